"""Integrity enforced by PostgreSQL itself, not only by forms."""

import pytest
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models.deletion import ProtectedError

from claims.models import Appearance, Correction, FactCheck, Rating, RatingScale
from sources.models import Outlet, Source, Speaker


def refused(fn):
    with pytest.raises(IntegrityError), transaction.atomic():
        fn()


def test_four_eyes_is_a_database_constraint(build, users):
    fact_check = build.fact_check(build.claim())
    # Bypass every Python check: the database still refuses self-review.
    refused(lambda: FactCheck.objects.filter(pk=fact_check.pk).update(reviewer=fact_check.author))


def test_published_fact_check_must_be_complete(build):
    fact_check = build.fact_check(build.claim())
    refused(lambda: FactCheck.objects.filter(pk=fact_check.pk).update(status="published"))


def test_source_url_is_normalised_and_unique(build):
    source = build.source(url="HTTPS://www.Example.com/story/?utm_source=x&b=2&a=1#top")
    assert source.url == "https://example.com/story?a=1&b=2"
    refused(lambda: build.source(url="https://example.com/story?b=2&a=1&utm_medium=email"))
    # Empty URLs (a transcript with no link) may repeat.
    assert build.source(url="") and build.source(url="")


def test_duplicate_sources_are_spotted_by_content_hash(build):
    first = build.source(full_text="The  minister said\nthe figure was 42.")
    second = build.source(full_text="the minister said the figure was 42.")
    assert first.content_hash == second.content_hash
    assert list(first.duplicates()) == [second]


def test_outlet_names_and_domains_are_unique(db):
    Outlet.objects.create(name="Daily Planet", domain="https://www.dailyplanet.example/news")
    assert Outlet.objects.get().domain == "dailyplanet.example"
    refused(lambda: Outlet.objects.create(name="daily planet"))
    refused(lambda: Outlet.objects.create(name="Other", domain="dailyplanet.example"))


def test_the_same_quote_is_not_recorded_twice_for_a_source(build):
    claim = build.claim(quote="Unemployment fell to 3 percent")
    appearance = claim.appearances.get()
    refused(
        lambda: Appearance.objects.create(
            claim=claim, source=appearance.source, speaker=appearance.speaker, quote="Unemployment fell to 3 percent"
        )
    )


def test_deleting_a_speaker_or_source_never_deletes_claims(build):
    claim = build.claim()
    appearance = claim.appearances.get()
    with pytest.raises(ProtectedError):
        appearance.speaker.delete()
    with pytest.raises(ProtectedError):
        appearance.source.delete()
    assert Appearance.objects.filter(pk=appearance.pk).exists()


def test_claims_with_fact_checks_cannot_be_deleted(build):
    claim = build.published_claim()
    with pytest.raises(ProtectedError):
        claim.delete()


def test_rating_scale_rules(db):
    scale = RatingScale.objects.get(is_default=True)
    assert [r.category for r in scale.ratings.order_by("-value")] == [
        "true",
        "mostly_true",
        "mixed",
        "mostly_false",
        "false",
        "unproven",
    ]
    refused(lambda: RatingScale.objects.create(name="Second default", slug="second", methodology="m", is_default=True))
    refused(lambda: Rating.objects.create(scale=scale, label="Pants on fire", slug="pof", value=1, category="false"))
    refused(
        lambda: Rating.objects.create(
            scale=scale, label="Bad colour", slug="bad", value=9, category="other", colour="red"
        )
    )


def test_corrections_cannot_be_edited_or_deleted(build, users):
    from claims import workflow

    fact_check = build.published_claim().current_fact_check
    workflow.correct_fact_check(fact_check, users["editor"], note="Updated figure", rating=build.rating("true"))
    for rewrite in (lambda: Correction.objects.update(note="rewritten history"), Correction.objects.all().delete):
        with pytest.raises(DatabaseError, match="Cannot update or delete"), transaction.atomic():
            rewrite()
    assert Correction.objects.get().note == "Updated figure"


def test_speaker_wikidata_id_is_unique(db):
    Speaker.objects.create(name="A", wikidata_id="Q42")
    refused(lambda: Speaker.objects.create(name="B", wikidata_id="Q42"))


def test_source_needs_no_outlet_but_outlet_in_use_is_protected(build):
    source = build.source()
    with pytest.raises(ProtectedError):
        source.outlet.delete()
    assert Source.objects.create(title="Speech transcript").outlet is None


def test_one_claim_per_wording(db):
    from claims.models import Claim

    claim = Claim.objects.create(text="  Inflation   hit 9 percent\nin 2022 ")
    assert claim.text == "Inflation hit 9 percent in 2022"  # spacing is not part of the wording
    refused(lambda: Claim.objects.create(text="Inflation hit 9 percent in 2022"))


def test_capture_reuses_the_claim_for_the_same_wording(build):
    from claims import capture

    first, created = capture.capture_claim("Exports fell  by 3 percent")
    again, created_again = capture.capture_claim(" Exports fell by 3 percent ")
    assert created and not created_again and again.pk == first.pk
