"""Shared fixtures: one user per newsroom role, and a way to build claims through the real workflow."""

import os

import pytest

# Matching runs on the lexical signals in the suite, whatever extras the venv holds; the semantic
# tests (marker `semantic`) switch the model on themselves.
os.environ.setdefault("FACTDB_SEMANTIC_MATCHING", "off")

# Fixtures every app's tests may use, kept in modules of their own.
pytest_plugins = ["tests.browser"]

# Markers by path, so the files stay as their owners wrote them. `make test-fast` leaves these out.
BROWSER = (
    "tests/claims/admin/test_admin_browser.py",
    "tests/claims/admin/test_desk_browser.py",
    "tests/claims/admin/test_editorial_flow_browser.py",
)
ACCURACY = (
    "tests/claims/ingest/test_accuracy_bar.py",
    "tests/claims/matching/test_matching.py::test_labelled_pairs",
    # the matching branch's labelled-pair bars (on main already; harmless before the merge)
    "tests/claims/matching/test_matching.py::test_dev_pairs",
    "tests/claims/matching/test_matching.py::test_held_back_pairs",
    "tests/claims/matching/test_matching.py::test_fresh_pairs",
)
# Whole processes, servers or thousands of requests: each takes many seconds.
SLOW = (
    "tests/claims/admin/test_admin_queries.py",  # budgets at thousands of rows
    "tests/claims/bulk/test_atomic_import.py",  # files of 10,000 rows (one bad row: tests/claims/bulk/test_import.py)
    "tests/factdb/api/test_auth.py::test_throttle_holds_across_gunicorn_workers",  # two gunicorn processes
    "tests/claims/api/test_leaks.py",
    "tests/factdb/api/test_fuzz.py",
    "tests/factdb/test_audit_holds.py",
    "tests/factdb/test_concurrency.py",
    "tests/factdb/ops/test_backup.py",
    "tests/factdb/ops/test_embedded_db.py",
    "tests/factdb/ops/test_load.py",
    "tests/factdb/ops/test_replicas.py",
    # a thousand publications delivered to a flaky receiver (a server of its own)
    "tests/webhooks/test_deliveries.py::test_a_thousand_publications_reach_a_flaky_receiver_exactly_once_and_in_order",
)


MARKED = (("browser", BROWSER), ("accuracy", ACCURACY), ("slow", SLOW))


def pytest_ignore_collect(collection_path, config):
    """A file all of whose tests `-m` deselects is not collected at all: collecting the API fuzz tests alone
    (schemathesis builds their examples then) costs seconds on every worker of `make test-fast`."""
    from _pytest.mark.expression import Expression

    if not config.option.markexpr:
        return None
    path = collection_path.relative_to(config.rootpath).as_posix()
    marker = next((marker for marker, prefixes in MARKED if path in prefixes), None)
    if marker and not Expression.compile(config.option.markexpr).evaluate(lambda name: name == marker):
        return True
    return None


def pytest_collection_modifyitems(config, items):
    for item in items:
        for marker, prefixes in MARKED:
            if item.nodeid.startswith(prefixes):
                item.add_marker(marker)


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, django_db_blocker, request):
    """Test databases start as a copy of the last migrated one, when nothing migrating reads has changed
    (tests/template_db.py)."""
    from django.conf import settings

    from tests import template_db

    request.config.migrated_template = template_db.name()
    with django_db_blocker.unblock():
        found = template_db.exists(request.config.migrated_template)
    if found:
        settings.DATABASES["default"].setdefault("TEST", {})["TEMPLATE"] = request.config.migrated_template


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    from django.conf import settings

    from tests import template_db

    if "TEMPLATE" not in settings.DATABASES["default"].get("TEST", {}):
        with django_db_blocker.unblock():
            template_db.keep(request.config.migrated_template)
    with django_db_blocker.unblock():
        _migrated.capture()


# Django imports stay inside fixtures so Django-free suites (tests/claims/ingest) can run with -p no:django.

ROLE_USERS = {"reporter": "Reporter", "factchecker": "Fact-checker", "editor": "Editor", "admin": "Admin"}


def _make_users():
    from django.contrib.auth.models import Group, User

    made = {}
    for username, role in ROLE_USERS.items():
        user = User.objects.create_user(username, password="pw", is_staff=True)
        user.groups.add(Group.objects.get(name=role))
        made[username] = user
    made["editor2"] = User.objects.create_user("editor2", password="pw", is_staff=True)
    made["editor2"].groups.add(Group.objects.get(name="Editor"))
    made["superuser"] = User.objects.create_superuser("root", password="pw")
    return made


@pytest.fixture
def users(db):
    """A user per role (groups come from the roles migration), plus a second editor and a superuser."""
    return role_users()


@pytest.fixture
def build(users):
    """Factories bound to the role users: build.claim(), build.published_claim(), ..."""
    from tests import factories

    return factories.Builder(users)


@pytest.fixture(autouse=True)
def _lexical_matching_only(request):
    """No test loads the real embedding model, installed or not; semantic tests swap their encoder in."""
    if not request.config.pluginmanager.hasplugin("django"):
        yield
        return
    from claims import matching

    with matching.use_encoder(None):
        yield


@pytest.fixture(autouse=True)
def _api_answers_match_the_openapi_document(request, monkeypatch):
    """Every partner API answer a test client gets is validated against the OpenAPI document
    (tests/schema_validation.py)."""
    if request.config.pluginmanager.hasplugin("django"):
        from django.test import Client

        from tests.schema_validation import validating_request

        monkeypatch.setattr(Client, "request", validating_request)


@pytest.fixture(autouse=True)
def _partner_reads_in_the_test_transaction(request):
    """Partner reads use their own connection (factdb/routers.py), which cannot see a test's uncommitted rows:
    in tests they use the test's. tests/factdb/ops/test_replicas.py checks the real routing, in a process of its own."""
    if request.config.pluginmanager.hasplugin("django"):
        settings = request.getfixturevalue("settings")
        settings.FACTDB_PARTNER_PRIMARY = "default"
        settings.FACTDB_REPLICAS = []


# PBKDF2's deliberate slowness costs ~0.3 s a user; tests create many.
FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fast_password_hashing(request):
    if request.config.pluginmanager.hasplugin("django"):
        request.getfixturevalue("settings").PASSWORD_HASHERS = FAST_HASHERS


@pytest.fixture(autouse=True)
def _webhook_receivers_on_this_machine(request):
    # The suite's receivers listen on 127.0.0.1, and its subscriptions name hosts that do not resolve here;
    # tests/webhooks/test_destinations.py turns the production rule back on.
    if request.config.pluginmanager.hasplugin("django"):
        request.getfixturevalue("settings").FACTDB_WEBHOOK_PRIVATE_DESTINATIONS = True


def _table_rows(cursor, table: str) -> set[bytes]:
    with cursor.copy(f'COPY "{table}" TO STDOUT') as copy:
        return set(b"".join(bytes(data) for data in copy).splitlines())


def every_row(cursor, tables) -> dict[str, set[bytes]]:
    """Each table's rows as COPY lines (`cursor`: psycopg's own)."""
    return {table: _table_rows(cursor, table) for table in tables}


def _put_back(cursor, rows: dict[str, set[bytes]], *, emptied=()) -> None:
    """Copy `rows` in (after emptying the `emptied` tables) with triggers and foreign-key checks off: the rows are
    the triggers' work already (audit events, documents), which must not run again."""
    cursor.execute("SET LOCAL session_replication_role = replica")
    for table in emptied:
        cursor.execute(f'DELETE FROM "{table}"')
    for table, table_rows in rows.items():
        if table_rows:
            with cursor.copy(f'COPY "{table}" FROM STDIN') as copy_in:
                copy_in.write(b"\n".join(table_rows) + b"\n")
    cursor.execute("SET LOCAL session_replication_role = DEFAULT")


class MigratedRows:
    """The rows `migrate` left (roles, the default rating scale, the system account, their audit events and
    documents), read once per worker, for putting the database back after a transactional test.

    Django ends a transactional test (live_server, ...) with `flush`: a TRUNCATE of every table (~0.7 s here)
    that also removes the migration data. Instead every table is emptied with DELETE and those rows are
    copied back, as they were (same ids), triggers off (~0.02 s): the tests after it, whichever worker runs
    them in whatever order, find the database as migrated. (Serialized rollback is no option: reloading its
    JSON goes through the models and would write the append-only audit tables again.)
    """

    def __init__(self):
        self.rows: dict[str, set[bytes]] = {}

    def capture(self):
        from django.db import connection

        with connection.cursor() as cursor:
            self.rows = every_row(cursor.cursor, connection.introspection.table_names())

    def reset(self, using="default"):
        from django.db import connections, transaction

        connection = connections[using]
        with transaction.atomic(using=using), connection.cursor() as cursor:
            _put_back(cursor.cursor, self.rows, emptied=connection.introspection.table_names())


_migrated = MigratedRows()


def _reset_to_migrated(self):
    """TransactionTestCase._fixture_teardown, without the flush (see MigratedRows)."""
    for db_name in self._databases_names(include_mirrors=False):
        _migrated.reset(db_name)


def pytest_configure(config):
    if config.pluginmanager.hasplugin("django"):
        from django.test import TransactionTestCase

        TransactionTestCase._fixture_teardown = _reset_to_migrated


# --- Data built once per worker, put back for each test that asks ------------------------------------------


TABLE_HASH = "SELECT '{table}', md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM \"{table}\" t"


class Snapshot:
    """What a builder adds to the database, saved when it runs in a worker and put back after.

    A build is saved with a hash of every table before it (the state it started from): the rows that appeared
    (COPY text, table by table) and a copy of what the builder returned. A later test that starts from a saved
    state gets those rows back (one COPY a table, instead of the thousands of statements the action layer runs)
    and a fresh deep copy of the returned objects, like TestCase.setUpTestData. From any other state it builds
    for real, and saves that build too (a test may build other rows before it asks). A build that changed rows
    that were there is never saved.
    """

    KEPT = 4  # states saved per builder: the migrated database, and the last few others tests started it from

    def __init__(self, build):
        self.build = build
        self.saved: dict[tuple, tuple[dict[str, set[bytes]], object]] = {}

    def __call__(self, *args):
        import copy

        from django.db import connection, transaction

        with transaction.atomic(), connection.cursor() as cursor:
            tables = connection.introspection.table_names()
            # Every row of every table, hashed: the rows can be put back only onto what they were built on.
            cursor.execute(" UNION ALL ".join(TABLE_HASH.format(table=table) for table in tables))
            state = tuple(sorted(cursor.fetchall()))
            if state in self.saved:
                rows, value = self.saved[state]
                _put_back(cursor.cursor, rows)
                return copy.deepcopy(value)
            before = every_row(cursor.cursor, tables)
            value = self.build(*args)
            after = every_row(cursor.cursor, tables)
            if all(before[table] <= after[table] for table in tables):  # only added rows can be put back
                if len(self.saved) >= self.KEPT:
                    del self.saved[next(iter(self.saved))]
                rows = {table: after[table] - before[table] for table in tables if after[table] != before[table]}
                self.saved[state] = (rows, copy.deepcopy(value))
            return value


def _load_demo():
    from django.test import override_settings

    from claims.demo import load_demo

    with override_settings(PASSWORD_HASHERS=FAST_HASHERS):  # also where a module-scoped fixture builds it
        load_demo()


demo_newsroom = Snapshot(_load_demo)
# Same rows (and ids) in every test: what is built on them (the API tests' world) can be put back too.
role_users = Snapshot(_make_users)


@pytest.fixture
def demo(db):
    """The demo newsroom (claims.demo), in the test's transaction."""
    demo_newsroom()
