"""The suite's own isolation: a transactional test leaves the database exactly as migrated (tests/conftest.py)."""

from django.db import connection

from tests.conftest import _migrated, every_row


def _every_row():
    with connection.cursor() as cursor:
        return every_row(cursor.cursor, connection.introspection.table_names())


def test_after_a_transactional_test_the_database_is_as_migrated(transactional_db, request):
    migrated = _every_row()
    assert migrated == _migrated.rows  # captured once per worker before any test ran
    assert migrated["auth_group"]  # the migrations' data is in it
    assert migrated["claims_ratingscale"]
    request.getfixturevalue("build").published_claim()  # committed: users, claims, audit events, documents
    assert _every_row() != migrated

    _migrated.reset()

    assert _every_row() == migrated
