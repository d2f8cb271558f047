"""Partner reads use their own connections: read-only, time-limited, a read replica when one is configured
(DATABASE_REPLICA_URLS), the primary for syncs.

Tested with a second database alias that points at the same (test) database: a process of its own
counts which alias each SQL statement of a request ran on.
"""

import json
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection

from factdb.accounts import do_create_api_key
from tests.factdb.ops.conftest import subprocess_env
from tests.factdb.ops.test_backup import url_for

pytestmark = pytest.mark.django_db(transaction=True)  # the other process sees committed rows only

PROBE = """
import json, sys, django
django.setup()
from django.db import connections
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(HTTP_AUTHORIZATION="Api-Key " + sys.argv[1])
report = {}
for path in sys.argv[2:]:
    with CaptureQueriesContext(connections["default"]) as default, \\
         CaptureQueriesContext(connections["partner"]) as primary, \\
         CaptureQueriesContext(connections["replica_0"]) as replica:
        status = client.get(path).status_code
    report[path] = {"status": status, "default": len(default), "primary": len(primary), "replica": len(replica)}
with connections["partner"].cursor() as cursor:
    cursor.execute("SHOW statement_timeout")
    report["timeout"] = cursor.fetchone()[0]
    cursor.execute("SHOW default_transaction_read_only")
    report["read_only"] = cursor.fetchone()[0]
print(json.dumps(report))
"""


def test_partner_reads_use_the_replica_and_syncs_the_primary(build, users):
    build.published_claim("Rents rose by 9 percent")
    _, key = do_create_api_key("Replica partner", actor=users["admin"])
    url = url_for(connection.settings_dict, connection.settings_dict["NAME"])
    paths = [
        "/api/v1/claims/",
        "/api/v1/speakers/?page_size=5",
        "/api/v1/claims/?updated_since=2000-01-01T00:00:00Z",
        "/api/v1/tombstones/?since=2000-01-01T00:00:00Z",
    ]
    result = subprocess.run(
        [sys.executable, "-c", PROBE, key, *paths],
        cwd=settings.BASE_DIR,
        env=subprocess_env(DATABASE_URL=url, DATABASE_REPLICA_URLS=url, DJANGO_SETTINGS_MODULE="factdb.settings"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert (report.pop("timeout"), report.pop("read_only")) == ("1500ms", "on")  # the partner connection's limits
    assert all(r["status"] == 200 for r in report.values()), report
    for path in paths[:2]:  # browsing: the documents and the clock from the replica; the key from the editorial side
        assert report[path]["replica"] >= 2, (path, report[path])
        assert report[path]["primary"] == 0, (path, report[path])
        assert report[path]["default"] <= 1, (path, report[path])
    for path in paths[2:]:  # syncing: the primary, whose sync tokens are safe
        assert report[path]["replica"] == 0, (path, report[path])
        assert report[path]["primary"] >= 2, (path, report[path])


@pytest.mark.django_db(transaction=True, databases=["default", "partner"])
def test_a_partner_request_that_runs_too_long_is_stopped_with_a_503(build, users, settings, monkeypatch):
    """The partner connection's own statement timeout ends a slow read; the partner is told to narrow it."""
    from django.db import connections
    from django.test import Client

    from factdb.api import sync

    settings.FACTDB_PARTNER_PRIMARY = "partner"  # the real partner connection (this test's rows are committed)
    build.published_claim("Rents rose by 9 percent")
    _, key = do_create_api_key("Slow partner", actor=users["admin"])

    def slow_clock(using="default"):
        with connections[using].cursor() as cursor:
            cursor.execute("SELECT pg_sleep(5)")  # stands for a read the planner got wrong
        raise AssertionError("the statement timeout did not stop the read")

    monkeypatch.setattr(sync, "clock", slow_clock)
    try:
        response = Client(HTTP_AUTHORIZATION=f"Api-Key {key}").get("/api/v1/claims/")
    finally:
        connections["partner"].close()
    assert response.status_code == 503, response.content
    assert response.json()["error"]["code"] == "too_expensive"
    assert "narrow it" in response.json()["error"]["message"]
