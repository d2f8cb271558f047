"""Helpers for the bulk import/export tests: fixture files, running the commands, counting every table."""

import io
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError

FIXTURES = Path(__file__).parent / "fixtures"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def table_counts() -> dict[str, int]:
    """Rows in every table of our apps, audit events included: 'nothing written' means all of these stay put."""
    return {
        model._meta.label: model._default_manager.count()
        for app in ("claims", "sources")
        for model in apps.get_app_config(app).get_models()
    }


class Run:
    def __init__(self, code, out, err):
        self.code, self.out, self.err = code, out, err


def run_command(name: str, *args) -> Run:
    """Run a management command; exit code 1 on CommandError, like manage.py."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command(name, *[str(a) for a in args], stdout=out, stderr=err)
        code = 0
    except CommandError as error:
        err.write(str(error))
        code = 1
    return Run(code, out.getvalue(), err.getvalue())


@pytest.fixture
def write(tmp_path):
    """write(name, content: str | bytes) -> path in a temporary directory."""

    def _write(name: str, content) -> Path:
        path = tmp_path / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
        return path

    return _write
