"""Schemathesis over the partner API's OpenAPI document, with every check on: 0 failures.

Every operation of /api/schema/ is called in-process (WSGI) with a real partner key, on public data
(the `world` fixture), with valid and invalid values: the coverage phase's boundaries (empty,
NUL bytes, over-long strings, huge and negative numbers, wrong types, missing required parameters,
unknown parameters, methods the path does not take) and a derandomized Hypothesis search. The checks
include server errors, status codes, content types, response bodies and headers against their
schemas, valid data accepted, invalid data refused, authentication enforced, 405 with `Allow`.

Reproduce a failure with the curl command in its report (or rerun this test: the seed is fixed).
"""

import copy

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.urls import resolve
from hypothesis import HealthCheck, settings
from schemathesis.openapi.checks import RejectedPositiveData

from claims.models import PublicFactCheck
from factdb.wsgi import application
from tests.openapi import spec

CONFIG = {
    "seed": 4711,
    "generation": {
        "mode": "all",
        "max-examples": 30,
        "deterministic": True,
        "allow-x00": True,
        # The key is the test's (ignored_auth still tries none and a wrong one); a generated
        # Authorization header would be replaced by it, so a "missing header" case would be no such case.
        "with-security-parameters": False,
    },
    "phases": {
        "examples": {"enabled": True},
        "coverage": {"enabled": True},
        "fuzzing": {"enabled": True},
        "stateful": {"enabled": False},  # a read-only API has no links between operations to follow
    },
    "checks": {"enabled": True},
}

# The document /api/schema/ serves (test_schema_is_what_the_api_serves checks they are the same).
schema = schemathesis.openapi.from_dict(copy.deepcopy(spec()), config=schemathesis.Config.from_dict(CONFIG))
schema.app = application

# Values a schema cannot say are valid, so a well-typed made-up one is rightly a 400: tokens the server
# signed (cursor, pageToken), Google's field-selector grammar (fields), and claims:search's "query or
# reviewPublisherSiteFilter".
NOT_SCHEMA_CHECKABLE = {"cursor", "pageToken", "fields", "query"}


def _blamed(response) -> set[str]:
    """The parameters a 400 names, in either error shape."""
    details = response.json()["error"].get("details") or {}
    if isinstance(details, dict):
        return set(details)
    return {violation["field"] for detail in details for violation in detail.get("fieldViolations", [])}


@schema.hook
def filter_failure(context, failure, case, response):
    """Report every failure except a 400 for a schema-valid value of only those parameters."""
    if isinstance(failure, RejectedPositiveData) and response.status_code == 400:
        return not _blamed(response) <= NOT_SCHEMA_CHECKABLE
    return True


PUBLIC_IDS: dict[str, list[str]] = {}  # detail path -> ids of documents it serves (set by the test)


@schema.hook
def map_path_parameters(context, path_parameters):
    """Every other generated id becomes a public one, so details are read, not only missed (404)."""
    ids = PUBLIC_IDS.get(context.operation.path)
    for name, value in (path_parameters or {}).items():
        if ids and isinstance(value, str) and value.isdigit() and int(value) % 2 == 0:
            path_parameters[name] = ids[int(value) // 2 % len(ids)]
    return path_parameters


def public_ids(path: str) -> list[str]:
    view = resolve(path.replace("{id}", "1").replace("{page_id}", "1")).func
    model = getattr(getattr(view, "cls", None), "document_model", None) or PublicFactCheck  # Google's pages
    return [str(pk) for pk in model.objects.current().order_by("id").values_list("id", flat=True)]


@pytest.fixture
def connection_kept():
    """The WSGI handler closes the database connection after each request, and with it the test's
    transaction; Django's test client keeps it open the same way."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def public_data(world, settings):
    settings.FACTDB_API_RATE = "1000000/hour"  # thousands of requests from one key
    PUBLIC_IDS.clear()
    # Partners' own pages (pages/partner-{number}) are no public documents: none is this key's to read.
    PUBLIC_IDS.update({path: public_ids(path) for path in spec()["paths"] if "{" in path and "partner-" not in path})
    assert all(PUBLIC_IDS.values())
    yield
    PUBLIC_IDS.clear()


@pytest.mark.django_db
@schema.parametrize()
# A request that takes 5 s is a bug (the statement timeout is 1.5 s); fixtures are built once per operation.
@settings(deadline=5000, derandomize=True, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_api_conforms_to_its_schema(case, public_data, api_key, connection_kept):
    case.call_and_validate(headers={"Authorization": f"Api-Key {api_key}"})


@pytest.mark.django_db
def test_schema_is_what_the_api_serves(client):
    assert client.get("/api/schema/?format=json").json() == spec()
