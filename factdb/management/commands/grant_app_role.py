"""manage.py grant_app_role ROLE: what the application's database role may do, and what it may not.

Run it as the owner of the tables (the role `migrate` runs as), after every `migrate`: it is
idempotent, and tables a migration added get their grants. docs/operations.md, "Database roles".
"""

from typing import Any

import pghistory.models
from django.apps import apps
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError, connection, transaction

from factdb.models import AppendOnlyModel


def history_tables() -> list[str]:
    """The audit trail (pghistory's event tables) and the append-only logs: written once, never changed."""
    return sorted(
        model._meta.db_table
        for model in apps.get_models()
        if issubclass(model, pghistory.models.Event | AppendOnlyModel) and not model._meta.proxy
    )


class Command(BaseCommand):
    help = (
        "Grant ROLE (an existing login role, neither superuser nor owner of the tables) reading and writing the "
        "record, and nothing that rewrites history: no UPDATE, DELETE or TRUNCATE on audit events, corrections, "
        "workflow steps and revisions. Run as the tables' owner, after every migrate."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("role", help="The role the application connects as (DATABASE_URL's user).")

    def handle(self, *args: Any, role: str, **options: Any) -> None:
        name, database = connection.ops.quote_name(role), connection.ops.quote_name(connection.settings_dict["NAME"])
        history = history_tables()
        statements = [
            f"GRANT CONNECT ON DATABASE {database} TO {name}",
            f"GRANT USAGE ON SCHEMA public TO {name}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {name}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {name}",
            # The triggers refuse these too, but a session can switch pgtrigger's triggers off for itself
            # (SET pgtrigger.ignore): only a missing privilege holds against the role that writes the tables.
            *(f"REVOKE UPDATE, DELETE, TRUNCATE ON {connection.ops.quote_name(t)} FROM {name}" for t in history),
        ]
        try:
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = %s", [role])
                found = cursor.fetchone()
                if found is None:
                    raise CommandError(f"There is no database role {role!r}; create it first (CREATE ROLE ... LOGIN).")
                if found[0]:
                    raise CommandError(f"{role!r} is a superuser: no privilege can hold it back. Use another role.")
                cursor.execute("SELECT tableowner FROM pg_tables WHERE tablename = %s", [history[0]])
                if cursor.fetchone()[0] == role:
                    raise CommandError(f"{role!r} owns the tables, so it can grant itself anything. Use another role.")
                for statement in statements:
                    cursor.execute(statement)
        except DatabaseError as error:
            raise CommandError(
                f"Could not grant: {str(error).strip()} (run this as the owner of the tables)."
            ) from None
        self.stdout.write(
            f"{role} may read and write the record; it may not change or delete the {len(history)} history tables "
            f"({', '.join(history)})."
        )
