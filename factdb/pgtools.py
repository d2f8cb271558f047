"""pg_dump and pg_restore for `manage.py backup_db` and `restore_db` (docs/operations.md).

Each tool must be of the server's major version: an older pg_dump refuses a newer server, and a pg_restore
older than the pg_dump that wrote an archive cannot read it. The embedded server is dumped with the wheel's
own programs; a DATABASE_URL server with the system's (or FACTDB_PG_BIN_DIR's).
"""

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import dj_database_url
import psycopg
from django.conf import settings
from django.core.management import CommandError
from django.db.backends.postgresql.client import DatabaseClient
from psycopg import pq, sql

LIBPQ_KEYWORDS = {option.keyword.decode() for option in pq.Conninfo.get_defaults()}

# Tables, views, sequences... outside the system schemas and not part of an extension.
COUNT_RELATIONS = """
    SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname <> 'information_schema' AND left(n.nspname, 3) <> 'pg_'
      AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
"""


def major_version(program: Path) -> int:
    output = subprocess.run([program, "--version"], capture_output=True, text=True, check=True).stdout
    found = re.search(r"\(PostgreSQL\) (\d+)", output)
    if found is None:
        raise RuntimeError(f"{program} did not say which PostgreSQL it is: {output!r}")
    return int(found.group(1))


@dataclass
class Database:
    """A database to back up or restore into: Django-style settings, and whether it is the embedded server."""

    settings: dict[str, Any]
    embedded: bool = False

    @classmethod
    def from_url(cls, url: str) -> "Database":
        db = dj_database_url.parse(url)
        db.setdefault("OPTIONS", {})
        if not db["HOST"] and "host" in db["OPTIONS"]:
            db["HOST"] = db["OPTIONS"].pop("host")  # a unix socket directory, as in settings
        return cls(dict(db))

    @property
    def name(self) -> str:
        return str(self.settings["NAME"])

    def connect(self, dbname: str | None = None) -> psycopg.Connection:
        db = self.settings
        params = {"dbname": dbname or db["NAME"], "user": db["USER"], "password": db["PASSWORD"]}
        params |= {"host": db["HOST"], "port": db["PORT"]}
        params |= {key: value for key, value in db.get("OPTIONS", {}).items() if key in LIBPQ_KEYWORDS}
        return psycopg.connect(**{key: value for key, value in params.items() if value}, autocommit=True)

    def server_major(self) -> int:
        try:
            conn = self.connect()
        except psycopg.OperationalError:
            conn = self.connect("postgres")  # the database may not exist yet (restore_db creates it)
        with conn:
            return conn.info.server_version // 10000

    def relation_count(self) -> int:
        with self.connect() as conn:
            row = conn.execute(COUNT_RELATIONS).fetchone()
            assert row is not None  # a COUNT always answers
            return int(row[0])

    def create_if_missing(self) -> bool:
        """Create the database when the server has none of that name; True if it did."""
        try:
            self.connect().close()
            return False
        except psycopg.OperationalError:
            with self.connect("postgres") as conn:
                if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [self.name]).fetchone():
                    raise  # it exists: the error was something else
                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(self.name)))
            return True

    def program(self, name: str) -> Path:
        """`name` (pg_dump, pg_restore) of this server's major version, or a CommandError saying what was found."""
        major = self.server_major()
        if settings.FACTDB_PG_BIN_DIR:
            candidates = [Path(settings.FACTDB_PG_BIN_DIR) / name]
        else:
            from factdb.embedded_db import bin_dir

            system: list[Path | str | None] = [Path(f"/usr/lib/postgresql/{major}/bin") / name, shutil.which(name)]
            wheel: list[Path | str | None] = [bin_dir() / name]
            candidates = [Path(path) for path in (wheel + system if self.embedded else system + wheel) if path]
        found = []
        for path in dict.fromkeys(candidates):
            if path.is_file() and os.access(path, os.X_OK):
                if (version := major_version(path)) == major:
                    return path
                found.append(f"{path} (PostgreSQL {version})")
        raise CommandError(
            f"The server runs PostgreSQL {major} and {name} must match it; found {', '.join(found) or 'none'}. "
            f"Install PostgreSQL {major}'s client programs or point FACTDB_PG_BIN_DIR at them."
        )

    def run(
        self, program: Path, *options: str, stdout: IO[bytes] | None = None
    ) -> subprocess.CompletedProcess[Any]:  # text unless stdout is a file
        """Run `program` connected to this database, the way `manage.py dbshell` connects psql."""
        # Django puts the parameters before the database name; ending them with --dbname names it explicitly,
        # which pg_restore needs (its positional argument is the archive).
        args, env = DatabaseClient.settings_to_cmd_args_env(self.settings, ["--no-password", "--dbname"])
        return subprocess.run(
            [str(program), *args[1:], *options],
            env={**os.environ, **(env or {})},
            stdout=stdout if stdout is not None else subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=stdout is None,
        )


def dumped_by_major(archive: Path) -> int:
    """The major version of the pg_dump that wrote `archive`.

    Read with the wheel's pg_restore, the newest at hand: an older one cannot even read a newer archive's header.
    """
    from factdb.embedded_db import bin_dir

    listing = subprocess.run([bin_dir() / "pg_restore", "--list", archive], capture_output=True, text=True)
    match = re.search(r"Dumped by pg_dump version: (\d+)", listing.stdout)
    if listing.returncode != 0 or not match:
        raise CommandError(f"{archive} is not a backup_db file: {listing.stderr.strip()}")
    return int(match.group(1))
