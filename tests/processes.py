"""Running factdb in other processes (workers, gunicorn) against the test database the suite committed to.

Used by tests marked `django_db(transaction=True)`: their data is committed, so another process
connected to the same test database (pytest-django's, e.g. test_proof_gw0) sees it.
"""

import os
import sys
from urllib.parse import quote

from django.conf import settings
from django.db import connection


def database_url(user: str | None = None, password: str | None = None) -> str:
    """The test database this process uses, as a DATABASE_URL (a socket directory goes in ?host=), as `user`."""
    db = connection.settings_dict
    password = db["PASSWORD"] if user is None else password
    user = quote(db["USER"] if user is None else user, safe="")
    password = f":{quote(password, safe='')}" if password else ""
    host, port = db["HOST"] or "", str(db["PORT"] or "")
    if host.startswith("/"):  # the embedded server's socket directory
        extra = f"&port={port}" if port else ""
        return f"postgres://{user}{password}@/{db['NAME']}?host={quote(host, safe='')}{extra}"
    return f"postgres://{user}{password}@{host}{':' + port if port else ''}/{db['NAME']}"


def environment(**overrides) -> dict:
    """The environment of a factdb process on the test database (no Redis unless asked for)."""
    env = {key: value for key, value in os.environ.items() if key not in {"REDIS_URL", "DATABASE_REPLICA_URLS"}}
    env |= {"DATABASE_URL": database_url(), "DJANGO_SETTINGS_MODULE": "factdb.settings", "PYTHONUNBUFFERED": "1"}
    return env | overrides


def python(*args) -> list[str]:
    """A command line running this interpreter in the project directory's import path."""
    return [sys.executable, *args]


BASE_DIR = settings.BASE_DIR
