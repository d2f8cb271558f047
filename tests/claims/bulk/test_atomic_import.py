"""Atomic imports: one bad row among 10,000 writes nothing, and the report names its row and field.

The file is the one benchmarks/import_speed.py times (10,000 claims by 1,000 speakers in 2,500
sources of 40 outlets, with topics), with one row spoiled in the middle. Two ways a row can be
bad: the row forms see it (an impossible date), or only the database does, after half the file
has been written in the import's transaction (a speaker name whose lookup form is too long for
its column). Either way every table, audit events and their context included, is as it was.
"""

import csv
import importlib.util
import io
import re
import time

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection

from claims.bulk.importer import import_data
from tests.claims.bulk.conftest import run_command

ROWS = 10_000
# The data row spoiled; in the report it is row BAD + 1 (the header is row 1). Off the import's chunks of 1,000
# rows, so a refusal when a chunk is written must still name this row.
BAD = ROWS // 2 + 3


def benchmark_rows(tmp_path) -> list[list[str]]:
    """The benchmark's 10,000-row claims file, as rows (benchmarks is not a package: loaded by path)."""
    spec = importlib.util.spec_from_file_location("import_speed", settings.BASE_DIR / "benchmarks" / "import_speed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = tmp_path / "claims.csv"
    module.generate(path, ROWS)
    return list(csv.reader(path.open(encoding="utf-8")))


def spoiled(rows: list[list[str]], column: str, value: str) -> bytes:
    rows = [list(row) for row in rows]
    rows[BAD][rows[0].index(column)] = value
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


def every_table() -> dict[str, int]:
    """Rows in every table an import could touch: the record, its projection, audit events and their context."""
    return {
        model._meta.label: model._default_manager.count()
        for app in ("claims", "sources", "factdb", "pghistory", "auth")
        for model in apps.get_app_config(app).get_models()
        if not model._meta.proxy
    }


@pytest.fixture
def rows(tmp_path):
    return benchmark_rows(tmp_path)


@pytest.mark.django_db
def test_a_bad_date_in_row_5004_writes_nothing(users, rows, tmp_path, capsys):
    path = tmp_path / "spoiled.csv"
    path.write_bytes(spoiled(rows, "said_on", "2024-02-30"))
    before = every_table()
    started = time.monotonic()
    run = run_command("import_data", path, "--as", "editor")
    seconds = time.monotonic() - started
    assert run.code == 1
    assert f"row {BAD + 1}, said_on: Enter a real date as YYYY-MM-DD. (value: '2024-02-30')" in run.err
    assert "Rejected: 1 error(s); nothing was written." in run.err
    assert every_table() == before
    with capsys.disabled():
        print(f"\natomic import (form rule): {ROWS} rows, bad row {BAD + 1} reported, nothing written, {seconds:.1f} s")


@pytest.mark.django_db
def test_a_name_too_long_for_its_lookup_form_is_a_reported_error(users, rows):
    """150 characters pass the name's own limit; transliterated for lookups (“北” is “bei ”) they need 600.

    (Found by this test: the import then failed while writing, with "value too long" and no field named.)
    """
    before = every_table()
    report = import_data(spoiled(rows, "speaker", "北" * 150), fmt="csv", kind="claims", user=users["editor"])
    assert not report.written
    assert [(e.row, e.field) for e in report.errors] == [(BAD + 1, "speaker")], report.errors
    assert "Too long once spelt in Latin letters" in report.errors[0].message
    assert every_table() == before


@pytest.mark.django_db
def test_a_row_the_database_refuses_while_writing_undoes_the_rows_before_it(users, rows, capsys):
    """Half the file is written when the database refuses a row (a rule only it knows: here a trigger the test
    adds; in life a constraint, a lock or statement timeout, a full disk): the whole import is undone."""
    with connection.cursor() as cursor:  # dropped with the test's transaction
        cursor.execute(
            "CREATE FUNCTION pg_temp.refuse_speaker() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.name = 'Refused Speaker' THEN RAISE EXCEPTION 'speaker refused by the database; % written before', "
            "(SELECT count(*) FROM sources_speaker); END IF; RETURN NEW; END $$"
        )
        cursor.execute(
            "CREATE TRIGGER refuse_speaker BEFORE INSERT ON sources_speaker "
            "FOR EACH ROW EXECUTE FUNCTION pg_temp.refuse_speaker()"
        )
    before = every_table()
    started = time.monotonic()
    report = import_data(spoiled(rows, "speaker", "Refused Speaker"), fmt="csv", kind="claims", user=users["editor"])
    seconds = time.monotonic() - started
    assert not report.ok
    assert not report.written
    [error] = report.errors
    assert (error.row, error.field) == (BAD + 1, "(database)"), report.errors
    written = int(re.fullmatch(r"speaker refused by the database; (\d+) written before", error.message).group(1))
    assert written > before["sources.Speaker"]  # the import had written speakers before this row...
    assert every_table() == before  # ...and none of them, nor anything else, is left
    with capsys.disabled():
        print(
            f"\natomic import (refused while writing): {ROWS} rows, row {BAD + 1} reported after "
            f"{written - before['sources.Speaker']} new speakers had been written, all undone, {seconds:.1f} s"
        )
