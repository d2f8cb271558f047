"""Partner reads go to a read replica when one is configured (DATABASE_REPLICA_URLS); syncs stay on the primary.

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
from tests.ops.conftest import subprocess_env
from tests.ops.test_backup import url_for

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
    with CaptureQueriesContext(connections["default"]) as primary, \\
         CaptureQueriesContext(connections["replica_0"]) as replica:
        status = client.get(path).status_code
    report[path] = {"status": status, "primary": len(primary), "replica": len(replica)}
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
    assert all(r["status"] == 200 for r in report.values()), report
    for path in paths[:2]:  # browsing: the documents and the clock from the replica, only the key from the primary
        assert report[path]["replica"] >= 2 and report[path]["primary"] <= 1, (path, report[path])
    for path in paths[2:]:  # syncing: the primary, whose sync tokens are safe
        assert report[path]["replica"] == 0 and report[path]["primary"] >= 2, (path, report[path])
