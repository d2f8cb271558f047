"""Integrity enforced by PostgreSQL itself, whatever code writes: constraints and append-only triggers.

These tests write around the action layer on purpose (`behind_the_layer`): the database must
refuse what the actions would refuse, even when the Python rules are bypassed.
"""

import pytest
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models.deletion import ProtectedError

from claims import actions
from claims.models import Appearance, Claim, ClaimTransition, Correction, FactCheck, Rating, RatingScale
from factdb.guard import UnguardedWrite, opened
from factdb.policy import Refused
from sources.actions import do_delete_outlet
from sources.models import Outlet, Source, Speaker


def behind_the_layer():
    return opened("test: writing around the action layer")


def refused(fn):
    with pytest.raises(IntegrityError), transaction.atomic(), behind_the_layer():
        fn()


def test_four_eyes_is_a_database_constraint(build, users):
    fact_check = build.fact_check(build.claim())
    # Bypass every Python check: the database still refuses self-review.
    refused(lambda: FactCheck.objects.filter(pk=fact_check.pk).update(reviewer=fact_check.author))


def test_four_eyes_counts_the_latest_reviser_in_the_database(build, users):
    fact_check = build.fact_check(build.claim(), author=users["factchecker"])
    actions.do_revise_fact_check(fact_check, actor=users["editor"], changes={"headline": "Rewritten"})
    refused(lambda: FactCheck.objects.filter(pk=fact_check.pk).update(reviewer=users["editor"]))


def test_published_fact_check_must_be_complete(build):
    fact_check = build.fact_check(build.claim())
    refused(lambda: FactCheck.objects.filter(pk=fact_check.pk).update(status="published"))


def test_source_url_is_normalised_and_unique(build):
    source = build.source(url="HTTPS://www.Example.com/story/?utm_source=x&b=2&a=1#top")
    assert source.url == "https://example.com/story?a=1&b=2"
    refused(lambda: Source.objects.create(title="Copy", url="https://example.com/story?b=2&a=1&utm_medium=email"))
    # Empty URLs (a transcript with no link) may repeat.
    assert build.source(url="", title="One")
    assert build.source(url="", title="Two")


def test_duplicate_sources_are_spotted_by_content_hash(build):
    first = build.source(full_text="The  minister said\nthe figure was 42.")
    second = build.source(full_text="the minister said the figure was 42.")
    assert first.content_hash == second.content_hash
    assert list(first.duplicates()) == [second]


def test_outlet_names_and_domains_are_unique(build):
    build.outlet("Daily Planet", domain="https://www.dailyplanet.example/news")
    assert Outlet.objects.get(name="Daily Planet").domain == "dailyplanet.example"
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
    with behind_the_layer():
        with pytest.raises(ProtectedError):
            appearance.speaker.delete()
        with pytest.raises(ProtectedError):
            appearance.source.delete()
    assert Appearance.objects.filter(pk=appearance.pk).exists()


def test_claims_with_fact_checks_or_steps_cannot_be_deleted(build, users):
    claim = build.published_claim()
    with behind_the_layer(), pytest.raises(ProtectedError):
        claim.delete()
    with pytest.raises(Refused, match="Nobody may delete this claim while it is public"):
        actions.do_delete_claim(claim, actor=users["editor"])
    selected = actions.do_step(build.claim(), "select", actor=users["editor"])
    with pytest.raises(Refused, match="workflow history"):
        actions.do_delete_claim(selected, actor=users["editor"])
    assert Claim.objects.filter(pk=claim.pk).exists()


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


def test_logs_cannot_be_edited_or_deleted(build, users):
    """Corrections, workflow steps and revisions are append-only in the database itself."""
    fact_check = build.published_claim().current_fact_check
    actions.do_revise_fact_check(
        fact_check, actor=users["editor"], changes={"rating": build.rating("true")}, correction_note="Updated figure"
    )
    for model in (Correction, ClaimTransition, fact_check.revisions.model):
        for rewrite in (lambda m=model: _touch_all(m), lambda m=model: m.objects.all()._raw_delete("default")):
            with (
                pytest.raises(DatabaseError, match="Cannot update or delete"),
                transaction.atomic(),
                behind_the_layer(),
            ):
                rewrite()
    assert Correction.objects.get().note == "Updated figure"


def _touch_all(model):
    """UPDATE every row (setting a column to itself): the append-only trigger must refuse it."""
    column = model._meta.get_field("id").column
    with connection.cursor() as cursor:
        cursor.execute(f'UPDATE "{model._meta.db_table}" SET "{column}" = "{column}"')


def test_speaker_wikidata_id_is_unique(build):
    build.speaker("A", wikidata_id="Q42")
    refused(lambda: Speaker.objects.create(name="B", wikidata_id="Q42"))


def test_source_needs_no_outlet_but_outlet_in_use_is_protected(build, users):
    source = build.source()
    with behind_the_layer(), pytest.raises(ProtectedError):
        source.outlet.delete()
    with pytest.raises(Refused, match="has sources"):
        do_delete_outlet(source.outlet, actor=users["editor"])
    assert build.source(title="Speech transcript", url="", outlet=None).outlet is None


def test_one_claim_per_wording(build, users):
    claim, created = actions.do_capture_claim("  Inflation   hit 9 percent\nin 2022 ", actor=users["reporter"])
    assert created
    assert claim.text == "Inflation hit 9 percent in 2022"
    refused(lambda: Claim.objects.create(text="Inflation hit 9 percent in 2022"))


def test_capture_reuses_the_claim_for_the_same_wording(users):
    first, created = actions.do_capture_claim("Exports fell  by 3 percent", actor=users["reporter"])
    again, created_again = actions.do_capture_claim(" Exports fell by 3 percent ", actor=users["reporter"])
    assert created
    assert not created_again
    assert again.pk == first.pk


@pytest.mark.parametrize(
    "write",
    [
        lambda build: Claim.objects.create(text="written around the layer"),
        lambda build: Claim.objects.filter(pk=build.claim().pk).update(is_public=True),
        lambda build: build.claim().delete(),
        lambda build: Speaker.objects.bulk_create([Speaker(name="Bulk")]),
        lambda build: FactCheck.objects.filter(pk=build.fact_check(build.claim()).pk).update(headline="x"),
    ],
    ids=["create", "queryset-update", "delete", "bulk-create", "verdict-update"],
)
def test_writes_outside_the_action_layer_fail(build, write):
    """The guard that keeps every write path going through the actions (and every test honest)."""
    with pytest.raises(UnguardedWrite, match="outside the action layer"):
        write(build)
