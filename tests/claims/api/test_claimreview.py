"""ClaimReview JSON-LD, field by field, against Google's documented required and recommended properties."""

import datetime

import pytest

from claims import actions
from claims.models import FactCheck
from sources import actions as sources


@pytest.mark.django_db
def test_claimreview_of_a_published_fact_check(client, world, settings, users):
    w = world
    sources.do_change_source(w.source, {"published_on": datetime.date(2024, 3, 1)}, actor=users["editor"])
    w.source.refresh_from_db()
    response = client.get(f"/api/v1/fact-checks/{w.fact_check.pk}/claimreview/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    review = response.json()
    fact_check = FactCheck.objects.get(pk=w.fact_check.pk)
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == w.claim.text
    assert review["url"] == f"{settings.FACTDB_ORGANIZATION_URL.rstrip('/')}/fact-checks/{fact_check.pk}/"
    assert review["datePublished"] == fact_check.published_at.date().isoformat()
    assert review["author"] == {
        "@type": "Organization",
        "name": settings.FACTDB_ORGANIZATION_NAME,
        "url": settings.FACTDB_ORGANIZATION_URL,
    }
    # Corrected from False to Mostly false: value 2 on the 1..5 axis.
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "Mostly false",
        "ratingValue": 2,
        "worstRating": 1,
        "bestRating": 5,
    }
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"] == {
        "@type": "Person",
        "name": "Ada Public",
        "jobTitle": "Minister of Finance",
        "sameAs": ["https://en.wikipedia.org/wiki/Ada", "https://www.wikidata.org/wiki/Q42"],
    }
    assert item["datePublished"] == "2024-03-01"
    work = {
        "@type": "CreativeWork",
        "headline": "Budget speech report",
        "url": w.source.url,
        "datePublished": "2024-03-01",
        "publisher": {"@type": "Organization", "name": w.outlet.name, "url": f"https://{w.outlet.domain}/"},
    }
    assert item["appearance"] == [work]
    assert item["firstAppearance"] == work


@pytest.mark.django_db
def test_off_axis_rating_has_no_numbers(client, build, users):
    claim = build.published_claim("Aliens built the pyramids")
    fact_check = claim.current_fact_check
    actions.do_revise_fact_check(
        fact_check, actor=users["editor"], changes={"rating": build.rating("unproven")}, correction_note="Re-rated."
    )
    review = client.get(f"/api/v1/fact-checks/{fact_check.pk}/claimreview/").json()
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Unproven"}


@pytest.mark.django_db
def test_true_rating_and_organisation_author(client, world, build, users):
    fact_check = world.claim2.current_fact_check
    actions.do_revise_fact_check(
        fact_check, actor=users["editor"], changes={"rating": build.rating("true")}, correction_note="Re-rated."
    )
    review = client.get(f"/api/v1/fact-checks/{fact_check.pk}/claimreview/").json()
    assert review["reviewRating"]["ratingValue"] == 5 == review["reviewRating"]["bestRating"]
    assert review["itemReviewed"]["author"] == {"@type": "Organization", "name": "Acme Lobby"}


@pytest.mark.django_db
def test_claimreview_feed_lists_every_published_fact_check(client, world):
    body = client.get("/api/v1/claimreview/").json()
    # Published ones only: a retracted verdict stays readable, but without ClaimReview markup.
    assert {r["url"].rstrip("/").rsplit("/", 1)[-1] for r in body["results"]} == {
        str(fc.pk) for fc in FactCheck.objects.published()
    }
    assert all(r["@type"] == "ClaimReview" for r in body["results"])
    assert body["sync_token"]
