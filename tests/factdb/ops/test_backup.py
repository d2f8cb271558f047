"""backup_db / restore_db: a backup restored into a fresh database serves byte-identical API answers."""

import base64
import json
import subprocess
import sys
from io import StringIO
from urllib.parse import quote

import psycopg
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client

from factdb.accounts import do_create_api_key
from factdb.pgtools import Database
from tests.factdb.ops.conftest import subprocess_env

pytestmark = pytest.mark.django_db(transaction=True)  # pg_dump sees only committed rows

ENDPOINTS = ["/api/v1/claims/", "/api/v1/fact-checks/", "/api/v1/speakers/", "/api/v1/ratings/"]

# The same requests in another process, on whatever database its DATABASE_URL names.
REQUESTS = """
import base64, json, sys, django
django.setup()
from django.conf import settings
from django.test import Client
settings.DEBUG = False  # as under pytest-django
client = Client(HTTP_AUTHORIZATION="Api-Key " + sys.argv[1])
print(json.dumps({path: base64.b64encode(client.get(path).content).decode() for path in sys.argv[2:]}))
"""


@pytest.fixture
def published(build):
    """What gets backed up: published fact-checks and a partner's API key. The only fixture that builds data."""
    build.published_claim("Unemployment fell by 42 percent last year")
    build.published_claim("Imports doubled since the treaty", speaker=build.speaker("Acme Lobby", kind="organization"))
    _, key = do_create_api_key("Backup test partner", actor=build.users["admin"])
    return key


def url_for(db: dict, name: str) -> str:
    """A DATABASE_URL for database `name` on the server of Django settings `db`."""
    credentials = quote(db["USER"]) + (":" + quote(db["PASSWORD"], safe="") if db["PASSWORD"] else "")
    if db["HOST"].startswith("/"):  # the embedded server's unix socket
        return f"postgres://{credentials}@/{name}?host={quote(db['HOST'])}"
    return f"postgres://{credentials}@{db['HOST']}:{db['PORT'] or 5432}/{name}"


@pytest.fixture
def restored_url():
    """A database name on the test server that does not exist yet; dropped afterwards."""
    db = connection.settings_dict
    name = f"{db['NAME']}_restored"
    maintenance = Database(db)
    drop = f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'
    with maintenance.connect("postgres") as conn:
        conn.execute(drop)
    yield url_for(db, name)
    with maintenance.connect("postgres") as conn:
        conn.execute(drop)


def test_a_restored_backup_serves_byte_identical_api_answers(published, restored_url, tmp_path):
    client = Client(HTTP_AUTHORIZATION=f"Api-Key {published}")
    original = {path: client.get(path) for path in ENDPOINTS}
    assert all(response.status_code == 200 for response in original.values())
    assert len(original["/api/v1/fact-checks/"].json()["results"]) == 2

    backup = tmp_path / "factdb.dump"
    call_command("backup_db", backup, stdout=StringIO())
    call_command("restore_db", backup, database_url=restored_url, stdout=StringIO())

    result = subprocess.run(
        [sys.executable, "-c", REQUESTS, published, *ENDPOINTS],
        cwd=settings.BASE_DIR,
        env=subprocess_env(DATABASE_URL=restored_url, DJANGO_SETTINGS_MODULE="factdb.settings"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    restored = {path: base64.b64decode(body) for path, body in json.loads(result.stdout.splitlines()[-1]).items()}
    for path in ENDPOINTS:
        assert restored[path] == original[path].content, path


def test_restore_refuses_a_database_that_is_not_empty_unless_forced(published, restored_url, tmp_path):
    backup = tmp_path / "factdb.dump"
    call_command("backup_db", backup, stdout=StringIO())
    call_command("restore_db", backup, database_url=restored_url, stdout=StringIO())

    with pytest.raises(CommandError, match=r"is not empty .* pass --force"):
        call_command("restore_db", backup, database_url=restored_url)

    call_command("restore_db", backup, database_url=restored_url, force=True, stdout=StringIO())
    with psycopg.connect(restored_url.replace("postgres://", "postgresql://")) as conn:
        assert conn.execute("SELECT count(*) FROM claims_factcheck").fetchone()[0] == 2


def test_a_pg_dump_of_another_major_version_is_refused(settings, tmp_path):
    fake = tmp_path / "pg_dump"
    fake.write_text("#!/bin/sh\necho 'pg_dump (PostgreSQL) 9.6.24'\n")
    fake.chmod(0o755)
    settings.FACTDB_PG_BIN_DIR = str(tmp_path)

    with pytest.raises(CommandError, match=r"runs PostgreSQL \d+ and pg_dump must match it; found .*PostgreSQL 9\)"):
        call_command("backup_db", tmp_path / "never.dump")
    assert not list(tmp_path.glob("never.dump*"))


def test_a_backup_from_a_newer_pg_dump_is_refused(restored_url, tmp_path):
    from factdb.embedded_db import bin_dir
    from factdb.pgtools import major_version

    source = Database(connection.settings_dict)
    newer = bin_dir() / "pg_dump"
    if major_version(newer) <= source.server_major():
        pytest.skip("needs a server older than the embedded wheel's PostgreSQL")
    backup = tmp_path / "newer.dump"
    with open(backup, "wb") as out:
        assert source.run(newer, "--format=custom", stdout=out).returncode == 0

    with pytest.raises(CommandError, match=rf"written by pg_dump {major_version(newer)}"):
        call_command("restore_db", backup, database_url=restored_url)
