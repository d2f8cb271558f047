"""Filters, full-text search, ordering and cursor pagination."""

import pytest

from claims import actions
from claims.models import Claim


def results(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.content[:400])
    return [item["id"] for item in response.json()["results"]]


@pytest.mark.django_db
def test_claim_filters(client, world):
    w = world
    assert set(results(client, f"/api/v1/claims/?speaker={w.speaker.pk}")) == {
        w.claim.pk,
        w.review_claim.pk,
        w.retracted_claim.pk,
    }
    assert results(client, f"/api/v1/claims/?source={w.source.pk}") == [w.claim.pk]
    assert results(client, f"/api/v1/claims/?outlet={w.outlet.pk}") == [w.claim.pk]
    assert results(client, "/api/v1/claims/?topic=economy") == [w.claim.pk]
    assert results(client, "/api/v1/claims/?rating=mostly-false") == [w.claim.pk]
    assert results(client, "/api/v1/claims/?category=mostly_false") == [w.claim.pk]
    assert results(client, "/api/v1/claims/?category=false") == [w.claim2.pk]
    assert set(results(client, "/api/v1/claims/?status=published")) == {w.claim.pk, w.claim2.pk}
    assert len(results(client, "/api/v1/claims/?language=en")) == 4
    assert results(client, "/api/v1/claims/?language=fr") == []
    assert set(results(client, "/api/v1/claims/?published_after=2000-01-01T00:00:00Z")) == {w.claim.pk, w.claim2.pk}
    assert results(client, "/api/v1/claims/?published_before=2000-01-01T00:00:00Z") == []
    assert len(results(client, "/api/v1/claims/?updated_after=2000-01-01T00:00:00Z")) == 4
    assert results(client, "/api/v1/claims/?said_after=2100-01-01") == []


@pytest.mark.django_db
def test_fact_check_and_other_filters(client, world):
    w = world
    assert results(client, f"/api/v1/fact-checks/?claim={w.claim.pk}") == [w.fact_check.pk]
    # The retracted verdict stays in the fact-check list (marked retracted), so filters find it too.
    assert set(results(client, f"/api/v1/fact-checks/?speaker={w.speaker.pk}")) == {w.fact_check.pk, w.retracted.pk}
    assert set(results(client, "/api/v1/fact-checks/?category=false")) == {
        w.claim2.current_fact_check_id,
        w.retracted.pk,
    }
    assert results(client, "/api/v1/fact-checks/?topic=economy") == [w.fact_check.pk]
    assert results(client, f"/api/v1/corrections/?fact_check={w.fact_check.pk}") == [w.correction.pk]
    assert results(client, "/api/v1/speakers/?q=ada") == [w.speaker.pk]
    assert results(client, "/api/v1/speakers/?kind=organization") == [w.org.pk]
    assert results(client, f"/api/v1/sources/?outlet={w.outlet.pk}") == [w.source.pk]
    assert results(client, "/api/v1/outlets/?q=zzz") == []


@pytest.mark.django_db
def test_full_text_search_over_claims_quotes_and_fact_checks(client, world, build, users):
    w = world
    # Claim text (stemmed: "fell" ~ "fell", "unemployment").
    assert results(client, "/api/v1/claims/?q=unemployment") == [w.claim.pk]
    # Appearance quote differs from the claim text.
    quoted = build.published_claim("Exports grew", quote="Our shipments of cheese rose sharply")
    assert results(client, "/api/v1/claims/?q=cheese") == [quoted.pk]
    # Published fact-check text.
    assert results(client, f"/api/v1/claims/?q=%22Verdict on claim {w.claim2.pk}%22") == [w.claim2.pk]
    # websearch syntax: exclusion and OR.
    assert results(client, "/api/v1/claims/?q=unemployment -percent") == []
    assert set(results(client, "/api/v1/claims/?q=cheese or unemployment")) == {quoted.pk, w.claim.pk}
    assert results(client, "/api/v1/fact-checks/?q=unemployment") == [w.fact_check.pk]
    # Ranking: a claim whose published verdict also matches outranks one matching in its text only.
    strong = build.published_claim("Inflation is rising")
    actions.do_revise_fact_check(
        strong.current_fact_check,
        actor=users["editor"],
        changes={"headline": "Inflation: the numbers"},
        correction_note="Clearer headline.",
    )
    weak = build.published_claim("Prices and inflation")
    assert results(client, "/api/v1/claims/?q=inflation")[:2] == [strong.pk, weak.pk]


@pytest.mark.django_db
def test_cursor_pagination_walks_everything_once(client, build, users):
    made = [build.claim(f"Paginated claim {i}") for i in range(7)]
    for claim in made:
        actions.do_set_claim_visibility(claim, True, actor=users["editor"])
    seen, url, pages = [], "/api/v1/claims/?page_size=3&ordering=created_at", 0
    while url:
        body = client.get(url).json()
        seen += [item["id"] for item in body["results"]]
        url, pages = body["next"], pages + 1
        assert body["sync_token"]
    assert seen == [c.pk for c in made]
    assert pages == 3
    # The page size is capped.
    assert len(client.get("/api/v1/claims/?page_size=100000").json()["results"]) == 7


@pytest.mark.django_db
def test_search_results_paginate_by_rank(client, build):
    for i in range(5):
        build.published_claim(f"Wheat harvest {i}")
    seen, url = [], "/api/v1/claims/?q=wheat&page_size=2"
    while url:
        body = client.get(url).json()
        seen += [item["id"] for item in body["results"]]
        url = body["next"]
    assert len(seen) == len(set(seen)) == 5
    assert seen == sorted(seen, reverse=True)  # equal ranks: newest first


BAD = [
    "/api/v1/claims/?speakr=1",  # typo'd filter
    "/api/v1/claims/?speaker=abc",
    "/api/v1/claims/?speaker=99999999999999999999999",
    "/api/v1/claims/?speaker=-1",
    "/api/v1/claims/?published_after=yesterday",
    "/api/v1/claims/?said_after=2024-13-45",
    "/api/v1/claims/?q=abc%00def",
    "/api/v1/claims/?q=" + "x" * 5000,
    "/api/v1/claims/?category=bogus",
    "/api/v1/claims/?status=bogus",
    "/api/v1/claims/?cursor=garbage",
    "/api/v1/claims/?cursor=cD0yMDI0LTAxLTAx",  # a well-formed but unsigned DRF cursor
    "/api/v1/claims/?page_size=0",
    "/api/v1/claims/?page_size=abc",
    "/api/v1/claims/?ordering=internal_notes",
    "/api/v1/claims/?updated_since=not-a-date",
    "/api/v1/fact-checks/?claim=1.5",
    "/api/v1/tombstones/",
    "/api/v1/tombstones/?since=bad",
    "/api/v1/tombstones/?since=2024-01-01T00:00:00Z&kind=user",
    "/api/v1/claims/1/?q=x",
]


@pytest.mark.django_db
@pytest.mark.parametrize("url", BAD)
def test_bad_parameters_answer_400_with_json_error(client, world, url):
    response = client.get(url)
    assert response.status_code == 400, response.content[:300]
    error = response.json()["error"]
    assert error["status"] == 400
    assert error["code"]
    assert error["message"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/claims/abc/",
        "/api/v1/claims/99999999999999999999999/",
        "/api/v1/claims/0/",
        "/api/v1/nothing/",
        "/api/v1/claims/1%00/",
        "/v1alpha1/pages/abc",
        "/v1alpha1/pages/999999999999999999999",
    ],
)
def test_malformed_ids_answer_404_with_json_error(client, url):
    response = client.get(url)
    assert response.status_code == 404
    # Google's shape under /v1alpha1/ (a status name), ours elsewhere (the number)
    assert response.json()["error"]["status"] == ("NOT_FOUND" if url.startswith("/v1alpha1/") else 404)


@pytest.mark.django_db
def test_method_not_allowed_is_json(client, world):
    response = client.delete(f"/api/v1/claims/{world.claim.pk}/")
    assert response.status_code == 405
    assert response.json()["error"]["status"] == 405


@pytest.mark.django_db
def test_unhandled_error_is_json_500(client, monkeypatch):
    from claims.api import views

    def boom(self, *args, **kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr(views.TopicViewSet, "list", boom)
    client.raise_request_exception = False
    response = client.get("/api/v1/topics/")
    assert response.status_code == 500
    assert response.json() == {
        "error": {"status": 500, "code": "server_error", "message": "Internal server error.", "details": {}}
    }


@pytest.mark.django_db
def test_cors_for_configured_partner_origins(client, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://partner.example"]
    response = client.get("/api/v1/topics/", HTTP_ORIGIN="https://partner.example")
    assert response["Access-Control-Allow-Origin"] == "https://partner.example"
    response = client.get("/api/v1/topics/", HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in response
    assert Claim.objects.count() == 0
