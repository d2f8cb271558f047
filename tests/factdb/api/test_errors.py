"""Every error is documented and answers in its shape: the ValidatingClient checks each body (and the
required headers: WWW-Authenticate, Allow, Retry-After) against the OpenAPI document."""

import pytest

from factdb.accounts import do_create_api_key
from tests.openapi import ValidatingClient

pytestmark = pytest.mark.django_db

WRITES = ("post", "put", "patch", "delete")


def partner(users, **fields) -> ValidatingClient:
    _, key = do_create_api_key("Partner", actor=users["admin"], **fields)
    client = ValidatingClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {key}")
    return client


def paths(world) -> list[str]:
    return [
        "/api/v1/topics/",
        f"/api/v1/claims/{world.claim.pk}/",
        f"/api/v1/fact-checks/{world.fact_check.pk}/claimreview/",
        "/api/v1/tombstones/",
        "/api/v1/check/",
        "/api/v1/",
    ]


@pytest.mark.parametrize("scopes", [["read"], ["read", "pages", "tips"], None])
def test_writes_answer_405_with_allow_whatever_the_key(users, world, scopes):
    # None: no key at all. The API has no writes yet, for anyone: 405, never "An API key is required".
    client = partner(users, scopes=scopes) if scopes else ValidatingClient()
    for path in paths(world):
        for method in WRITES:
            response = getattr(client, method)(path, {"name": "x"}, format="json")
            assert response.status_code == 405, (method, path, response.content[:200])
            assert response["Allow"] == "GET, HEAD, OPTIONS"
            assert response.json()["error"]["code"] == "method_not_allowed"


def test_google_endpoints_answer_in_googles_shape_even_before_a_view(client, world):
    response = client.patch("/v1alpha1/pages", {}, format="json")  # pages takes GET and POST
    assert response.status_code == 405
    assert response.json()["error"]["status"] == "UNIMPLEMENTED"
    response = client.get("/v1alpha1/pages/abc")  # no route: Django's 404, still Google's shape
    assert response.status_code == 404
    assert response.json() == {"error": {"code": 404, "message": "Not found.", "status": "NOT_FOUND"}}
    response = client.get("/v1alpha1/pages", {"prettyPrint": "maybe"})
    assert response.status_code == 400
    assert response.json()["error"]["status"] == "INVALID_ARGUMENT"


def test_a_key_without_the_read_scope_is_403(users, world):
    response = partner(users, scopes=["tips"]).get("/api/v1/claims/")
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "permission_denied"


def test_no_key_is_401_with_www_authenticate(world):
    response = ValidatingClient().get(f"/api/v1/claims/{world.claim.pk}/")
    assert response.status_code == 401
    assert response["WWW-Authenticate"] == 'Api-Key realm="factdb"'


def test_an_unanswerable_accept_header_is_406(client, world):
    response = client.get("/api/v1/claims/", HTTP_ACCEPT="text/html")
    assert response.status_code == 406
    assert response.json()["error"]["code"] == "not_acceptable"


def test_claimreview_can_be_asked_for_by_its_media_type(client, world):
    url = f"/api/v1/fact-checks/{world.fact_check.pk}/claimreview/"
    for accept in ("application/ld+json", "application/json", "*/*"):
        response = client.get(url, HTTP_ACCEPT=accept)
        assert response.status_code == 200, accept
        assert response["Content-Type"].startswith("application/ld+json")


# The statement timeout (503 too_expensive) is set on the partner connections themselves:
# tests/factdb/ops/test_replicas.py tries it on the real connection.


def test_an_empty_value_is_the_same_as_leaving_it_out(client, world):
    plain = client.get("/api/v1/claims/").json()["results"]
    empty = "ordering=&page_size=&cursor=&q=&speaker=&category=&said_after=&updated_since="
    assert client.get(f"/api/v1/claims/?{empty}").json()["results"] == plain
    assert client.get("/api/v1/claims/?typo=").status_code == 400  # unknown names are still refused


def test_a_repeated_parameter_is_a_400(client, world):
    # Which one was meant? (Found by the fuzzer: the last one silently won.)
    response = client.get("/api/v1/claims/?language=en&language=de")
    assert response.status_code == 400
    assert "language" in response.json()["error"]["details"]
    response = client.get("/v1alpha1/claims:search?query=a&query=b")
    assert response.status_code == 400
    assert response.json()["error"]["status"] == "INVALID_ARGUMENT"


@pytest.mark.parametrize(
    "value",
    [
        "2369-03-14T07:23:41-17:29",  # ISO 8601 allows offsets PostgreSQL refuses (a 500, found by the fuzzer)
        "0001-01-01T00:00:00+01:00",  # before Python's first datetime in UTC
        "9999-12-31T23:59:59-01:00",  # after its last
    ],
)
def test_any_iso_date_time_is_a_bound(client, world, value):
    for url, name in (
        ("/api/v1/claims/", "updated_before"),
        ("/api/v1/claims/", "published_after"),
        ("/api/v1/sources/", "updated_since"),
        ("/api/v1/speakers/", "updated_after"),
        ("/api/v1/corrections/", "published_before"),
        ("/api/v1/tombstones/", "since"),
    ):
        response = client.get(url, {name: value})
        assert response.status_code == 200, (url, name, response.content[:300])


def test_page_size_is_any_whole_number_capped_at_the_maximum(client, world, settings):
    settings.FACTDB_API_MAX_PAGE_SIZE = 2
    response = client.get("/api/v1/claims/", {"page_size": "9" * 30})
    assert response.status_code == 200
    assert len(response.json()["results"]) == 2
    assert client.get("/api/v1/claims/", {"page_size": "-1"}).status_code == 400
