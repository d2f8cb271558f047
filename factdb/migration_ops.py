"""Migration operations shared by the apps' migrations."""

from typing import Any

import pghistory.utils
from django.db import migrations, models


def denormalize_context(app_label: str, event_models: list[str]) -> list[Any]:
    """Move event tables from pghistory's shared context rows to a JSON copy of the context per event.

    The old foreign key column (pgh_context_id) keeps its values as a plain UUID; the context's
    metadata (user, URL, action) is copied into the new pgh_context column, so no history is lost.
    Runs with the tables' append-only triggers disabled for the copy (the migration owns them).
    """
    operations = []
    for model in event_models:
        table = f"{app_label}_{model}"
        # Foreign keys checked per statement: queued (deferred) checks would block the ALTER TABLEs that follow.
        sql = f"""
        SET CONSTRAINTS ALL IMMEDIATE;
        DO $$ DECLARE r record; BEGIN
          FOR r IN SELECT c.conname FROM pg_constraint c
                   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
                   WHERE c.conrelid = '{table}'::regclass AND c.contype = 'f' AND a.attname = 'pgh_context_id'
          LOOP EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', '{table}', r.conname); END LOOP;
        END $$;
        ALTER TABLE "{table}" ADD COLUMN "pgh_context" jsonb NULL;
        ALTER TABLE "{table}" DISABLE TRIGGER USER;
        UPDATE "{table}" e SET "pgh_context" = c."metadata"
          FROM "pghistory_context" c WHERE c."id" = e."pgh_context_id";
        ALTER TABLE "{table}" ENABLE TRIGGER USER;
        SET CONSTRAINTS ALL DEFERRED;
        """
        operations.append(
            migrations.SeparateDatabaseAndState(
                database_operations=[migrations.RunSQL(sql, migrations.RunSQL.noop)],
                state_operations=[
                    migrations.RemoveField(model_name=model, name="pgh_context"),
                    migrations.AddField(
                        model_name=model, name="pgh_context", field=pghistory.utils.JSONField(null=True)
                    ),
                    migrations.AddField(model_name=model, name="pgh_context_id", field=models.UUIDField(null=True)),
                ],
            )
        )
    return operations
