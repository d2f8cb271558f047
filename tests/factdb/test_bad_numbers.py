"""Numbers typed by people and partners: anything that is not a plain id is a 4xx or no match, never a 500."""

import pytest
from rest_framework.test import APIClient

from factdb.accounts import do_create_api_key
from factdb.parsing import parse_id

TRICKY = ["²", "٣", "1²", "99999999999999999999999", "-1", "1e3", " 7 ", ""]


@pytest.mark.parametrize(("text", "expected"), [("42", 42), (" 7 ", 7), ("²", None), ("٣", None), ("-1", None),
                                                 ("1" * 19, None), ("", None), (None, None)])  # fmt: skip
def test_parse_id(text, expected):
    assert parse_id(text) == expected


@pytest.mark.parametrize("value", TRICKY)
def test_api_parameters(users, value):
    _, key = do_create_api_key("p", actor=users["admin"])
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {key}")
    for url, params in [
        ("/api/v1/check/", {"text": "unemployment", "limit": value}),
        ("/api/v1/claims/", {"page_size": value}),
        (f"/v1alpha1/pages/{value}", {}),
        ("/v1alpha1/claims:search", {"query": "x", "pageSize": value}),
    ]:
        response = client.get(url, params)
        assert response.status_code < 500, (url, value, response.status_code)


@pytest.mark.parametrize("value", TRICKY)
def test_admin_search_and_filters(client, users, value):
    client.force_login(users["editor"])
    for url in ("/admin/claims/claim/", "/admin/claims/factcheck/", "/admin/claims/appearance/"):
        assert client.get(url, {"q": value}).status_code == 200, (url, value)
    for param in ("speaker", "outlet"):
        assert client.get("/admin/claims/claim/", {param: value}).status_code == 200, (param, value)
