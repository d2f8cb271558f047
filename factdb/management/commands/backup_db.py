import os
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import BaseCommand, CommandError
from django.core.management.base import CommandParser
from django.db import DEFAULT_DB_ALIAS, connections

from factdb.pgtools import Database


class Command(BaseCommand):
    help = "Back up the database to PATH with pg_dump (custom format); restore_db reads it back."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument("--database-url", help="back up this database instead of the one factdb uses")

    def handle(self, path: Path, database_url: str | None = None, **options: Any) -> None:
        if database_url:
            database = Database.from_url(database_url)
        else:
            database = Database(connections[DEFAULT_DB_ALIAS].settings_dict, embedded=settings.FACTDB_EMBEDDED_DATABASE)
        pg_dump = database.program("pg_dump")

        # Into a private file beside the target, renamed when complete: a failed run leaves no half backup,
        # and password hashes and API key digests are not world-readable.
        partial = path.with_name(path.name + ".partial")
        with open(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as out:
            result = database.run(pg_dump, "--format=custom", stdout=out)
        if result.returncode != 0:
            partial.unlink()
            raise CommandError(f"pg_dump failed: {result.stderr.decode(errors='replace').strip()}")
        os.replace(partial, path)
        self.stdout.write(f"Backed up {database.name} to {path} ({path.stat().st_size} bytes, {pg_dump}).")
