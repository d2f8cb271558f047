"""Audit holds: bulk updates, imports and raw SQL all leave history; the application's role cannot alter it.

The audit trail is written by database triggers (django-pghistory), so nothing that reaches a
table escapes it. What protects the trail from being rewritten is, in the end, the database's
privileges: the append-only triggers can be switched off by any session that may write the
table (pgtrigger's `SET pgtrigger.ignore`), so the role the application runs as must not hold
UPDATE, DELETE or TRUNCATE on history at all (`manage.py grant_app_role`, docs/operations.md).
"""

import io
import secrets
import subprocess
from contextlib import contextmanager

import pghistory.models
import psycopg
import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection

from claims.bulk.importer import import_data
from claims.models import Claim, ClaimTransition, Correction, FactCheckRevision
from factdb.guard import opened
from factdb.management.commands.grant_app_role import history_tables
from tests.processes import BASE_DIR, database_url, environment, python

# What the record's own rows are called in the brief: they must be among the protected tables.
APPEND_ONLY = {model._meta.db_table for model in (Correction, ClaimTransition, FactCheckRevision)}


def events(label: str, pk, **filters):
    return apps.get_model(label).objects.filter(pgh_obj_id=pk, **filters).order_by("pgh_id")


def test_bulk_updates_and_raw_sql_leave_history(build):
    first, second = build.claim(), build.claim()
    with opened("test: a bulk update"):
        Claim.objects.filter(pk=first.pk).update(internal_notes="bulk edit")  # no save(), no signals
    speaker = build.speaker("Deleted By Hand")
    with connection.cursor() as cursor:  # around the ORM, the guard and every action
        cursor.execute("UPDATE claims_claim SET internal_notes = %s WHERE id = %s", ["raw edit", second.pk])
        cursor.execute("DELETE FROM sources_speaker WHERE id = %s", [speaker.pk])
    assert events("claims.ClaimEvent", first.pk, pgh_label="update").last().internal_notes == "bulk edit"
    assert events("claims.ClaimEvent", second.pk, pgh_label="update").last().internal_notes == "raw edit"
    assert events("sources.SpeakerEvent", speaker.pk, pgh_label="delete").get().name == "Deleted By Hand"


def test_an_import_leaves_history_naming_the_importer(users):
    csv = (
        "claim_text,speaker,quote,source_url,outlet,topics\n"
        "Harbour fees doubled.,Ada Harbour,Fees doubled.,https://port.example/fees,Port News,Harbours\n"
    )
    report = import_data(csv.encode(), fmt="csv", user=users["editor"])
    assert report.ok, report.errors
    assert report.written, report.errors
    claim = Claim.objects.get(text="Harbour fees doubled.")
    inserted = [
        events("claims.ClaimEvent", claim.pk, pgh_label="insert").get(),
        events("claims.AppearanceEvent", claim.appearances.get().pk, pgh_label="insert").get(),
        events("sources.SpeakerEvent", claim.appearances.get().speaker_id, pgh_label="insert").get(),
        events("sources.SourceEvent", claim.appearances.get().source_id, pgh_label="insert").get(),
    ]
    for event in inserted:
        context = event.pgh_context
        assert (context["user"], context["actor"], context["action"]) == (users["editor"].pk, "editor", "import")


# --- The application's database role -------------------------------------------------------------


@contextmanager
def login_role():
    """A login role like the one the application should run as: not superuser, owns nothing. Dropped after."""
    name, password = f"factdb_app_test_{secrets.token_hex(4)}", secrets.token_hex(16)
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE ROLE "{name}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD %s', [password])
    try:
        yield name, password
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f'DROP OWNED BY "{name}"')  # its privileges, in this database and on it
            cursor.execute(f'DROP ROLE "{name}"')


def connect(name: str, password: str) -> psycopg.Connection:
    db = connection.settings_dict
    return psycopg.connect(
        host=db["HOST"] or None, port=db["PORT"] or None, dbname=db["NAME"], user=name, password=password,
        autocommit=True,
    )  # fmt: skip


def refused(conn: psycopg.Connection, *statements: str) -> str | None:
    """Run the statements in one transaction (rolled back); the error that stopped them, or None."""
    try:
        with conn.transaction(force_rollback=True):
            for statement in statements:
                conn.execute(statement)
    except psycopg.Error as error:
        return f"{type(error).__name__}: {error}".splitlines()[0]
    return None


def triggers_of(conn: psycopg.Connection, table: str) -> list[str]:
    rows = conn.execute(
        "SELECT tgname FROM pg_trigger WHERE tgrelid = %s::regclass AND NOT tgisinternal", [table]
    ).fetchall()
    return [name for (name,) in rows]


@pytest.mark.django_db(transaction=True)
def test_the_application_role_cannot_alter_history(build, users, capsys):
    build.retracted_claim()  # workflow steps, revisions, corrections, and events of every kind of row
    tables = history_tables()
    assert set(tables) >= APPEND_ONLY
    assert {m._meta.db_table for m in apps.get_models() if issubclass(m, pghistory.models.Event)} <= set(tables)

    with login_role() as (name, password):
        # What "read and write every table" gives: the triggers refuse a plain rewrite, but the session
        # that writes a table can tell pgtrigger's triggers to stand aside. Triggers alone do not hold.
        with connection.cursor() as cursor:
            cursor.execute(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{name}"')
            cursor.execute(f'GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "{name}"')
        with connect(name, password) as conn:
            ignore = "{" + ",".join(triggers_of(conn, "claims_correction")) + "}"
            assert "Cannot update or delete" in refused(conn, "UPDATE claims_correction SET note = 'rewritten'")
            assert refused(conn, f"SET LOCAL pgtrigger.ignore = '{ignore}'", "DELETE FROM claims_correction") is None

        call_command("grant_app_role", name, stdout=io.StringIO())
        checked = 0
        with connect(name, password) as conn:
            for table in tables:
                columns = [row[0] for row in conn.execute(f"SELECT * FROM {table} LIMIT 0").description]
                ignore = "{" + ",".join(triggers_of(conn, table)) + "}"
                for statement in (
                    f"UPDATE {table} SET {columns[0]} = {columns[0]}",
                    f"DELETE FROM {table}",
                    f"TRUNCATE {table}",
                    f"ALTER TABLE {table} DISABLE TRIGGER ALL",
                    f"ALTER TABLE {table} DISABLE TRIGGER USER",
                    f"ALTER TABLE {table} OWNER TO {name}",
                    f"DROP TABLE {table}",
                ):
                    error = refused(conn, statement)
                    assert error, (statement, error)
                    assert error.startswith("InsufficientPrivilege"), (statement, error)
                    checked += 1
                for trigger in triggers_of(conn, table):
                    error = refused(conn, f"DROP TRIGGER {trigger} ON {table}")
                    assert error, (trigger, error)
                    assert error.startswith("InsufficientPrivilege"), (trigger, error)
                    checked += 1
                error = refused(conn, f"SET LOCAL pgtrigger.ignore = '{ignore}'", f"DELETE FROM {table}")
                assert error, (table, error)
                assert error.startswith("InsufficientPrivilege"), (table, error)
                checked += 1
            # Switching every trigger off for the session is the superuser's alone.
            error = refused(conn, "SET session_replication_role = replica")
            assert error, error
            assert error.startswith("InsufficientPrivilege"), error
            assert refused(conn, "SELECT count(*) FROM claims_claimevent") is None  # reading stays allowed
            checked += 1

        # And the application still does its work as this role: an import writes the record and its history.
        csv = BASE_DIR / "tests" / "claims" / "bulk" / "fixtures" / "claims.csv"
        run = subprocess.run(
            python("manage.py", "import_data", str(csv), "--as", "editor"),
            cwd=BASE_DIR,
            env=environment(DATABASE_URL=database_url(name, password)),
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert run.returncode == 0, run.stderr[-2000:]
        imported = Claim.objects.get(text="Unemployment fell by 42 percent last year.")
        inserted = events("claims.ClaimEvent", imported.pk, pgh_label="insert").get()
        assert inserted.pgh_context["actor"] == "editor"
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_roles WHERE rolname = %s", [name])
        assert cursor.fetchone()[0] == 0
    with capsys.disabled():
        print(f"\napplication role: {checked} attempts to alter {len(tables)} history tables refused")
