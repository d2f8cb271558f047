"""The suite-wide check of partner API answers against the OpenAPI document (tests/schema_validation.py)."""

import jsonschema
import pytest
from django.http import JsonResponse
from django.test import Client

from tests import schema_validation


def test_an_answer_the_document_does_not_promise_fails():
    wrong = JsonResponse({"results": "not a list", "next": 3})
    with pytest.raises(jsonschema.ValidationError):
        schema_validation.check("GET", "/api/v1/claims/", wrong)


def test_an_undocumented_status_fails():
    with pytest.raises(AssertionError, match="does not describe"):
        schema_validation.check("GET", "/api/v1/claims/", JsonResponse({}, status=418))


def test_other_answers_are_left_alone():
    assert not schema_validation.check("GET", "/admin/", JsonResponse({"anything": 1}))
    assert not schema_validation.check("GET", "/api/v1/no-such-resource/", JsonResponse({"x": 1}, status=404))


@pytest.mark.django_db
def test_every_test_client_answer_is_checked(monkeypatch):
    checked = []
    original = schema_validation.check
    monkeypatch.setattr(schema_validation, "check", lambda *args: checked.append(args[:2]) or original(*args))
    response = Client().get("/api/v1/claims/")  # a plain Django client, no key: a documented 401
    assert response.status_code == 401
    assert checked == [("GET", "/api/v1/claims/")]
