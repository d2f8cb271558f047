"""Keys: required, hashed, revocable, expiring; the management command; throttling across processes."""

import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from io import StringIO
from pathlib import Path
from urllib.parse import quote

import pytest
from django.core.management import call_command
from django.utils import timezone
from rest_framework.test import APIClient

from factdb.accounts import do_create_api_key, do_revoke_api_key
from factdb.models import PartnerKey

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.django_db
def test_no_key_answers_401_with_json_error():
    response = APIClient().get("/api/v1/claims/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Api-Key realm="factdb"'
    assert response.json()["error"]["status"] == 401
    assert response.json()["error"]["code"] == "not_authenticated"


@pytest.mark.django_db
@pytest.mark.parametrize("header", ["Api-Key nope.nope", "Api-Key ", "Bearer abc", "Api-Key a\x00b"])
def test_bad_keys_are_refused(header):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=header)
    assert client.get("/api/v1/claims/").status_code == 401


@pytest.mark.django_db
def test_revoked_and_expired_keys_are_refused(users):
    admin = users["admin"]
    revoked, revoked_key = do_create_api_key("Revoked", actor=admin)
    do_revoke_api_key(revoked, actor=admin)
    _, expired_key = do_create_api_key("Expired", actor=admin, expiry_date=timezone.now() - timedelta(days=1))
    for key in (revoked_key, expired_key):
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=f"Api-Key {key}")
        assert client.get("/api/v1/claims/").status_code == 401


@pytest.mark.django_db
def test_key_query_parameter_only_on_google_endpoints(api_key):
    assert APIClient().get(f"/api/v1/claims/?key={api_key}").status_code == 401
    assert APIClient().get(f"/v1alpha1/pages?key={api_key}").status_code == 200


@pytest.mark.django_db
def test_anonymous_reads_when_enabled(settings):
    settings.FACTDB_API_ANONYMOUS_READS = True
    settings.FACTDB_API_ANONYMOUS_RATE = "2/hour"
    address = f"10.{secrets.randbelow(256)}.{secrets.randbelow(256)}.{secrets.randbelow(256)}"
    client = APIClient(REMOTE_ADDR=address)  # an address of its own: its counter starts at nothing
    assert client.get("/api/v1/topics/").status_code == 200
    assert client.get("/api/v1/topics/").status_code == 200
    response = client.get("/api/v1/topics/")
    assert response.status_code == 429


@pytest.mark.django_db
def test_writes_are_not_allowed(client):
    response = client.post("/api/v1/topics/", {"name": "x"}, format="json")
    assert response.status_code == 405  # not a 403 "An API key is required": the key is fine, the method is not
    assert response["Allow"] == "GET, HEAD, OPTIONS"
    assert response.json()["error"]["code"] == "method_not_allowed"


@pytest.mark.django_db
def test_create_api_key_command_prints_key_last():
    out = StringIO()
    call_command("create_api_key", "Example Newsroom", "--expires-in-days", "30", stdout=out)
    key = out.getvalue().split()[-1]
    api_key = PartnerKey.objects.get_from_key(key)
    assert api_key.name == "Example Newsroom"
    assert api_key.expiry_date is not None
    assert key not in api_key.hashed_key  # hashed at rest
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {key}")
    assert client.get("/api/v1/topics/").status_code == 200


@pytest.mark.django_db
def test_throttle_answers_429_with_retry_after(client, settings):
    settings.FACTDB_API_RATE = "3/minute"
    codes = [client.get("/api/v1/topics/").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    response = client.get("/api/v1/topics/")
    assert 1 <= int(response["Retry-After"]) <= 60
    assert response.json()["error"]["code"] == "throttled"


def _redis_available(host="127.0.0.1", port=6379) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.django_db(transaction=True)
def test_throttle_holds_across_gunicorn_workers(users):
    """Two gunicorn workers share one per-key budget through Redis."""
    if not _redis_available():
        pytest.skip("Redis is not reachable on 127.0.0.1:6379")
    from django.db import connection

    _, key = do_create_api_key("Cross-process", actor=users["admin"])
    db = connection.settings_dict
    port = _free_port()
    env = dict(os.environ)
    host = db["HOST"] or "127.0.0.1"
    # The embedded server listens on a unix socket: its directory goes in ?host=.
    location = (
        f"@/{db['NAME']}?host={quote(host)}" if host.startswith("/") else f"@{host}:{db['PORT'] or 5432}/{db['NAME']}"
    )
    env.update(
        DATABASE_URL=f"postgres://{db['USER']}{location}",
        REDIS_URL="redis://127.0.0.1:6379/5",
        FACTDB_API_RATE="10/hour",
        DJANGO_DEBUG="1",
    )
    if db.get("PASSWORD"):
        env["DATABASE_URL"] = env["DATABASE_URL"].replace(f"{db['USER']}@", f"{db['USER']}:{db['PASSWORD']}@")
    import redis

    server = redis.Redis.from_url(env["REDIS_URL"])
    for stale in server.scan_iter("*throttle*"):  # an earlier run's budgets (same key ids), nothing else of the db
        server.delete(stale)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "factdb.wsgi",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--access-logfile",
            "-",
            "--access-logformat",
            "served-by %(p)s %(s)s",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        url = f"http://127.0.0.1:{port}/api/v1/topics/"
        for _ in range(100):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                time.sleep(0.1)

        def fetch(_):
            request = urllib.request.Request(url, headers={"Authorization": f"Api-Key {key}", "Connection": "close"})
            try:
                with urllib.request.urlopen(request, timeout=20) as response:
                    return response.status
            except urllib.error.HTTPError as error:
                if error.code == 429:
                    assert int(error.headers["Retry-After"]) >= 1  # noqa: PT017 (checked in the worker thread)
                return error.code

        with ThreadPoolExecutor(max_workers=4) as pool:  # concurrent, so both workers take requests
            codes = list(pool.map(fetch, range(24)))
        assert codes.count(200) == 10, codes
        assert codes.count(429) == 14, codes
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        output = proc.communicate(timeout=20)[0].decode()
    served = re.findall(r"served-by <?(\d+)>? (\d+)", output)
    assert len({pid for pid, _ in served}) == 2, output[-2000:]  # both workers answered, one shared budget
