"""Settings come from the environment; production settings pass Django's deployment checks."""

import os
import subprocess
import sys

from django.conf import settings


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def production_env():
    env = dict(os.environ)
    env.update(
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="x" * 20 + "production-secret-with-enough-entropy-1234567890",
        DJANGO_ALLOWED_HOSTS="factdb.example.org",
    )
    return env


def test_production_settings_pass_check_deploy():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    env = production_env()
    del env["DJANGO_SECRET_KEY"]
    result = manage("check", env=env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_migrations_are_complete():
    result = manage("makemigrations", "--check", "--dry-run", env=dict(os.environ))
    assert result.returncode == 0, result.stdout + result.stderr
