"""/healthz: 200 when the database (and Redis, when configured) answer, 503 naming the check that failed."""

import json
import subprocess
import sys

import pytest
from django.conf import settings

from tests.factdb.ops.conftest import subprocess_env


@pytest.mark.django_db
def test_healthy_instance_answers_200_without_authentication(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    expected = {"database": "ok", **({"redis": "ok"} if settings.REDIS_URL else {})}
    assert response.json() == {"status": "ok", "checks": expected}
    assert "no-cache" in response["Cache-Control"]
    assert client.head("/healthz").status_code == 200
    assert client.post("/healthz").status_code == 405


@pytest.mark.django_db
def test_unreachable_redis_answers_503(client, settings):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens on port 1

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {"status": "error", "checks": {"database": "ok", "redis": "error"}}


def test_unreachable_database_answers_503():
    # Another process: this one's connection belongs to the test database.
    script = (
        "import django, json; django.setup(); from django.test import Client;"
        "r = Client().get('/healthz'); print(json.dumps([r.status_code, r.json()]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=settings.BASE_DIR,
        env=subprocess_env(
            DATABASE_URL="postgres://postgres@127.0.0.1:1/nowhere", DJANGO_SETTINGS_MODULE="factdb.settings"
        ),
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    status, body = json.loads(result.stdout.splitlines()[-1])
    assert status == 503
    assert body == {"status": "error", "checks": {"database": "error"}}


@pytest.mark.django_db
def test_healthz_is_exempt_from_the_https_redirect(client, settings):
    settings.SECURE_SSL_REDIRECT = True

    assert client.get("/healthz").status_code == 200
    assert client.get("/admin/login/").status_code == 301
