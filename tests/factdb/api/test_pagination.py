"""Cursors: signed, bound to the list, ordering, filters and search they came from; never a 500."""

from urllib.parse import parse_qs, urlsplit

import pytest


@pytest.fixture
def cursor(client, world):
    next_link = client.get("/api/v1/claims/?page_size=1").json()["next"]
    assert next_link
    return parse_qs(urlsplit(next_link).query)["cursor"][0]


@pytest.mark.parametrize(
    "elsewhere",
    [
        "/api/v1/speakers/",
        "/api/v1/fact-checks/",
        "/api/v1/corrections/",
        "/api/v1/claims/?ordering=updated_at",
        "/api/v1/claims/?ordering=-id",
        "/api/v1/claims/?q=unemployment",
        "/api/v1/claims/?status=published",
        "/api/v1/claims/?updated_since=2000-01-01T00:00:00Z",
    ],
)
def test_a_cursor_taken_elsewhere_is_a_clear_400(client, cursor, elsewhere):
    separator = "&" if "?" in elsewhere else "?"
    response = client.get(f"{elsewhere}{separator}cursor={cursor}")
    assert response.status_code == 400
    assert "another list" in response.json()["error"]["details"]["cursor"][0]


def test_the_same_list_pages_on_whatever_the_page_size(client, cursor, world):
    assert client.get(f"/api/v1/claims/?page_size=1&cursor={cursor}").status_code == 200
    assert client.get(f"/api/v1/claims/?page_size=3&cursor={cursor}").status_code == 200


def test_following_next_links_lists_every_public_claim_once(client, world):
    seen, url = [], "/api/v1/claims/?page_size=1"
    while url:
        body = client.get(url).json()
        seen += [claim["id"] for claim in body["results"]]
        url = body["next"]
    assert len(seen) == len(set(seen)) == len(client.get("/api/v1/claims/?page_size=200").json()["results"])
