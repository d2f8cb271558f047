from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import BaseCommand, CommandError
from django.core.management.base import CommandParser
from django.db import DEFAULT_DB_ALIAS, connections

from factdb.pgtools import Database, dumped_by_major, major_version


class Command(BaseCommand):
    help = (
        "Restore a backup_db file into an empty database (the one factdb uses, or --database-url's, "
        "which is created if missing). --force restores over existing tables."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument("--database-url", help="restore into this database instead of the one factdb uses")
        parser.add_argument(
            "--force", action="store_true", help="replace the backup's tables in a database that is not empty"
        )

    def handle(self, path: Path, database_url: str | None = None, force: bool = False, **options: Any) -> None:
        if not path.is_file():
            raise CommandError(f"No backup at {path}.")
        if database_url:
            database = Database.from_url(database_url)
        else:
            database = Database(connections[DEFAULT_DB_ALIAS].settings_dict, embedded=settings.FACTDB_EMBEDDED_DATABASE)
            connections[DEFAULT_DB_ALIAS].close()  # nothing of ours holds the database while it is replaced

        pg_restore = database.program("pg_restore")
        if (written_by := dumped_by_major(path)) > (major := major_version(pg_restore)):
            raise CommandError(
                f"{path} was written by pg_dump {written_by}; a PostgreSQL {major} server cannot take it. "
                f"Restore it into a PostgreSQL {written_by} server."
            )

        if database_url and database.create_if_missing():
            self.stdout.write(f"Created database {database.name}.")
        flags = ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error"]
        if relations := database.relation_count():
            if not force:
                raise CommandError(
                    f"Database {database.name} is not empty ({relations} tables, views or sequences). "
                    "Restore into an empty database, or pass --force to replace the backup's objects in it."
                )
            flags += ["--clean", "--if-exists"]
        result = database.run(pg_restore, *flags, str(path))
        if result.returncode != 0:
            raise CommandError(f"pg_restore failed, nothing was restored: {result.stderr.strip()}")
        self.stdout.write(f"Restored {path} into {database.name} ({pg_restore}).")
