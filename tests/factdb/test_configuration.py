"""docs/configuration.md is the one reference of the environment: exactly the variables settings.py reads."""

import ast
import re
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
READERS = {"env_bool", "env_int", "env_choice", "env_float", "env_list"}


def variables_read_by_settings() -> set[str]:
    """Every variable name settings.py passes to an env_* helper or reads from os.environ (any branch)."""
    names = set()
    for node in ast.walk(ast.parse((ROOT / "factdb" / "settings.py").read_text())):
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            helper = isinstance(func, ast.Name) and func.id in READERS
            environ_get = (
                isinstance(func, ast.Attribute) and func.attr == "get" and ast.unparse(func.value) == "os.environ"
            )
            if helper or environ_get:
                names.add(node.args[0].value)
        subscript = isinstance(node, ast.Subscript) and ast.unparse(node.value) == "os.environ"
        if subscript and isinstance(node.slice, ast.Constant):
            names.add(node.slice.value)
    return names


def variables_in_the_table() -> set[str]:
    text = (ROOT / "docs" / "configuration.md").read_text()
    table = re.search(r"<!-- settings-table -->(.*?)<!-- /settings-table -->", text, re.S).group(1)
    return {
        name
        for row in table.splitlines()
        if row.startswith("| `")
        for name in re.findall(r"`([A-Z_]+)`", row.split("|")[1])
    }


def test_the_parser_finds_what_settings_reads():
    found = variables_read_by_settings()
    # One of each way settings.py reads the environment, so the scan above cannot quietly find nothing.
    assert {"DJANGO_DEBUG", "DJANGO_SECRET_KEY", "DATABASE_URL", "FACTDB_EMBEDDED_PGDATA", "DJANGO_LOG_LEVEL"} <= found
    assert {"FACTDB_MATCH_SUGGEST", "DATABASE_REPLICA_URLS", "DJANGO_SESSION_COOKIE_AGE"} <= found


def test_every_variable_settings_reads_is_documented_and_nothing_else():
    read, documented = variables_read_by_settings(), variables_in_the_table()
    assert read - documented == set(), "read by factdb/settings.py but missing from docs/configuration.md"
    assert documented - read == set(), "in docs/configuration.md but no longer read by factdb/settings.py"


def test_the_readme_links_the_table():
    assert "(docs/configuration.md)" in (ROOT / "README.md").read_text()


def test_only_settings_reads_the_environment():
    """The application reads os.environ in settings.py alone."""
    allowed = {
        "factdb/settings.py",
        "manage.py",  # these three only name the settings module
        "factdb/wsgi.py",
        "factdb/asgi.py",
        "factdb/pgtools.py",  # hands the environment on to pg_dump/pg_restore (PATH, PG*), reads nothing from it
    }
    paths = [ROOT / "manage.py"] + [
        path for app in ("factdb", "claims", "sources") for path in (ROOT / app).rglob("*.py")
    ]
    readers = {
        path.relative_to(ROOT).as_posix()
        for path in paths
        if "migrations" not in path.parts and re.search(r"\bos\.(environ|getenv)\b|\bgetenv\(", path.read_text())
    }
    assert "factdb/settings.py" in readers  # the scan sees a reader when there is one
    assert readers - allowed == set()
