"""A migrated database kept as a template, so a test run whose migrations have not changed skips them.

Migrating a new test database is the largest single cost of a short run (tens of seconds, on every worker).
After a run has migrated its database, a copy is kept under a name that hashes everything migrating reads:
the migration files of every installed app, our apps' code (the data migrations call it), the installed
packages and the FACTDB_ settings. The next run creates its databases from that copy (CREATE DATABASE …
TEMPLATE), and `migrate` finds nothing left to apply. Any change to those inputs names another template.
"""

import contextlib
import hashlib
import importlib.metadata
import os
from pathlib import Path

PREFIX = "factdb_migrated_"
APPS = ("factdb", "sources", "claims", "webhooks")


def _inputs():
    from django.apps import apps
    from django.conf import settings

    root = Path(settings.BASE_DIR)
    for app in APPS:
        yield from sorted((root / app).rglob("*.py"))
    for config in apps.get_app_configs():
        if not config.path.startswith(str(root)):
            yield from sorted(Path(config.path, "migrations").glob("*.py"))


def name() -> str:
    """The template's name: this database's (so runs against other databases keep theirs) and the hash."""
    from django.conf import settings

    digest = hashlib.sha256()
    for path in _inputs():
        digest.update(str(path).encode() + b"\0" + path.read_bytes())
    packages = sorted(f"{dist.metadata['Name']}=={dist.version}" for dist in importlib.metadata.distributions())
    digest.update("\n".join(packages).encode())
    digest.update(repr(sorted((k, v) for k, v in os.environ.items() if k.startswith("FACTDB_"))).encode())
    return f"{PREFIX}{settings.DATABASES['default']['NAME']}_{digest.hexdigest()[:16]}"


def exists(template: str) -> bool:
    from django.db import connection

    with connection.creation._nodb_cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [template])
        return cursor.fetchone() is not None


def keep(template: str) -> None:
    """Copy the freshly migrated test database to `template`, and drop the templates it replaces."""
    from django.db import DatabaseError, connection, connections

    source = connection.settings_dict["NAME"]
    connections.close_all()  # a database being copied must have no sessions
    with connection.creation._nodb_cursor() as cursor:
        try:
            cursor.execute(f'CREATE DATABASE "{template}" TEMPLATE "{source}"')
        except DatabaseError:
            return  # the other worker kept its copy first
        family = template.rsplit("_", 1)[0]
        cursor.execute("SELECT datname FROM pg_database WHERE starts_with(datname, %s)", [family])
        for (old,) in cursor.fetchall():
            if old == template or old.rsplit("_", 1)[0] != family:
                continue
            with contextlib.suppress(DatabaseError):  # in use by another run: a later one drops it
                cursor.execute(f'DROP DATABASE IF EXISTS "{old}"')
