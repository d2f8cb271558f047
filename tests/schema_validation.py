"""Every /api/ and /v1alpha1/ JSON answer a test client receives is checked against the OpenAPI document.

tests/conftest.py wraps django.test.Client.request (which DRF's APIClient goes through too) for every test, so
no test can read an answer the published description does not promise. Answers at paths the document has no
operation for (an unknown URL's 404) are left out: no document can describe them.
"""

import json

from django.test import Client

from tests import openapi

PREFIXES = ("/api/", "/v1alpha1/")
JSON_TYPES = ("application/json", "application/ld+json")


def check(method: str, path: str, response) -> bool:
    """Validate one answer (raises on a mismatch); True if it was one to validate."""
    if not path.startswith(PREFIXES) or getattr(response, "streaming", False) or not response.content:
        return False
    if response.get("Content-Type", "").split(";")[0] not in JSON_TYPES or not openapi.is_operation_path(path):
        return False
    openapi.validate(path, method.lower(), response.status_code, json.loads(response.content), response.headers)
    return True


_original_request = Client.request


def validating_request(self, **request):
    response = _original_request(self, **request)
    if not isinstance(self, openapi.ValidatingClient):  # it has checked this answer already
        check(request["REQUEST_METHOD"], request["PATH_INFO"], response)
    return response
