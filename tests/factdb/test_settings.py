"""Settings come from the environment; production settings pass Django's deployment checks."""

import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


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


def load_settings(monkeypatch, **env):
    """factdb/settings.py evaluated afresh under `env` (on a DATABASE_URL, so no embedded server starts)."""
    monkeypatch.setenv("DATABASE_URL", "postgres://factdb@127.0.0.1:5432/factdb")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(Path(settings.BASE_DIR) / "factdb" / "settings.py"))


@pytest.mark.parametrize(
    ("value", "expected"), [("1", True), ("ON", True), (" yes ", True), ("false", False), ("0", False)]
)
def test_boolean_variables_accept_the_usual_spellings(monkeypatch, value, expected):
    assert load_settings(monkeypatch, DJANGO_DEBUG=value, DJANGO_SECRET_KEY="k" * 50)["DEBUG"] is expected


def test_an_unknown_boolean_is_an_error_naming_the_variable_and_the_accepted_values(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match=r"DJANGO_DEBUG='ture' is not a boolean; use one of 1, true, yes"):
        load_settings(monkeypatch, DJANGO_DEBUG="ture")


@pytest.mark.parametrize("value", ["8h", "1.5", "-1"])
def test_a_bad_number_is_an_error_naming_the_variable(monkeypatch, value):
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SESSION_COOKIE_AGE="):
        load_settings(monkeypatch, DJANGO_SESSION_COOKIE_AGE=value)


def test_an_unknown_log_level_is_an_error(monkeypatch):
    assert load_settings(monkeypatch, DJANGO_LOG_LEVEL="info")["LOGGING"]["root"]["level"] == "INFO"
    with pytest.raises(ImproperlyConfigured, match="DJANGO_LOG_LEVEL='verbose' is not one of DEBUG, INFO"):
        load_settings(monkeypatch, DJANGO_LOG_LEVEL="verbose")


def test_a_typo_stops_manage_py_at_start_up():
    result = manage("check", env={**os.environ, "DJANGO_SECURE_SSL_REDIRECT": "ture"})
    assert result.returncode != 0
    assert "DJANGO_SECURE_SSL_REDIRECT='ture' is not a boolean" in result.stderr


def test_admin_sessions_last_a_working_day_unless_configured(monkeypatch):
    defaults = load_settings(monkeypatch)
    assert defaults["SESSION_COOKIE_AGE"] == 8 * 60 * 60
    assert defaults["SESSION_EXPIRE_AT_BROWSER_CLOSE"] is False

    configured = load_settings(
        monkeypatch, DJANGO_SESSION_COOKIE_AGE="3600", DJANGO_SESSION_EXPIRE_AT_BROWSER_CLOSE="1"
    )
    assert configured["SESSION_COOKIE_AGE"] == 3600
    assert configured["SESSION_EXPIRE_AT_BROWSER_CLOSE"] is True


def test_forwarded_proto_is_trusted_only_behind_a_declared_proxy(monkeypatch):
    assert "SECURE_PROXY_SSL_HEADER" not in load_settings(monkeypatch)
    behind_proxy = load_settings(monkeypatch, DJANGO_SECURE_PROXY_SSL_HEADER="1")
    assert behind_proxy["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")


def test_csp_can_be_report_only_with_a_report_uri(monkeypatch):
    enforced = load_settings(monkeypatch)
    assert enforced["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["default-src"] == ["'self'"]
    assert "CONTENT_SECURITY_POLICY_REPORT_ONLY" not in enforced

    trial = load_settings(monkeypatch, DJANGO_CSP_REPORT_ONLY="1", DJANGO_CSP_REPORT_URI="/csp-reports/")
    assert trial["CONTENT_SECURITY_POLICY"] is None
    assert trial["CONTENT_SECURITY_POLICY_REPORT_ONLY"]["DIRECTIVES"]["report-uri"] == "/csp-reports/"


def test_login_lockout_is_configurable(monkeypatch):
    configured = load_settings(monkeypatch, FACTDB_LOGIN_FAILURE_LIMIT="3", FACTDB_LOGIN_LOCKOUT_MINUTES="60")
    assert configured["AXES_FAILURE_LIMIT"] == 3
    assert configured["AXES_COOLOFF_TIME"].total_seconds() == 3600
    assert configured["AUTHENTICATION_BACKENDS"][0] == "factdb.security.LoginThrottleBackend"
    with pytest.raises(ImproperlyConfigured, match="FACTDB_LOGIN_FAILURE_LIMIT='0'"):
        load_settings(monkeypatch, FACTDB_LOGIN_FAILURE_LIMIT="0")


def test_public_urls_come_from_the_hosts_in_production_never_a_development_port(monkeypatch):
    monkeypatch.delenv("FACTDB_ORGANIZATION_URL", raising=False)
    monkeypatch.delenv("FACTDB_FACT_CHECK_URL", raising=False)
    loaded = load_settings(
        monkeypatch, DJANGO_DEBUG="0", DJANGO_SECRET_KEY="k" * 50, DJANGO_ALLOWED_HOSTS="checks.example.org,other"
    )
    assert loaded["FACTDB_ORGANIZATION_URL"] == "https://checks.example.org/"
    assert loaded["FACTDB_FACT_CHECK_URL"] == "https://checks.example.org/fact-checks/{id}/"
    chosen = load_settings(monkeypatch, FACTDB_ORGANIZATION_URL="https://news.example/")
    assert chosen["FACTDB_FACT_CHECK_URL"] == "https://news.example/fact-checks/{id}/"
