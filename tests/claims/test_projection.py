"""The public projection: kept in step by every action, rebuilt identically, valid against the published schema."""

import orjson
import pytest
from jsonschema import Draft202012Validator

from claims import actions, projection
from claims.actions import merges
from claims.models import PublicClaim, PublicCorrection, PublicFactCheck, PublicRatingScale, PublicTopic
from factdb.projection import SCHEMA_VERSION
from sources import actions as sources
from sources.models import PublicOutlet, PublicSource, PublicSpeaker
from tests.conftest import Snapshot
from tests.openapi import components, json_schema


@pytest.fixture
def newsroom(build, users):
    """A day of editorial work, through the actions only. Built once per worker (tests/conftest.py Snapshot)."""
    return _newsroom_rows(build, users)


def _build_newsroom(build, users):
    editor, reporter = users["editor"], users["reporter"]
    speaker = build.speaker("Ana Minister", role="Minister", aliases=["A. Minister"])
    published = build.published_claim("Exports rose by 12 percent in 2024", speaker=speaker)
    corrected = build.published_claim("The river flooded 400 homes", speaker=speaker)
    actions.do_revise_fact_check(
        corrected.current_fact_check,
        actor=editor,
        changes={"rating": build.rating("mostly_false")},
        correction_note="The count was revised.",
    )
    retracted = build.retracted_claim("The new bridge cost 2 billion", speaker=speaker)
    followed = build.claim("Schools will reopen in March", is_public=True)
    actions.do_capture_appearance(
        actor=reporter, claim=published, source=build.source(), quote="Exports rose by 12%", speaker=build.speaker()
    )  # pending: not public
    topic = actions.topic_for("Economy", actor=editor)
    actions.do_set_topics(published, [topic], actor=editor)
    sources.do_change_speaker(speaker, {"role": "Former minister"}, actor=editor)
    build.in_review_claim("Taxes fell for everyone")
    return {"published": published, "corrected": corrected, "retracted": retracted, "followed": followed}


_newsroom_rows = Snapshot(_build_newsroom)


def test_every_action_keeps_the_projection_current(newsroom):
    """A full rebuild finds nothing to change: the actions already wrote every document as it should be."""
    assert projection.rebuild() == dict.fromkeys(projection.TABLES, 0)


def test_documents_hold_public_data_only(newsroom, users):
    claim = orjson.loads(PublicClaim.objects.get(pk=newsroom["published"].pk).body)
    assert [a["quote"] for a in claim["appearances"]] == ["Exports rose by 12 percent in 2024"]  # not the pending one
    assert claim["appearances"][0]["speaker"]["role"] == "Former minister"
    assert [t["slug"] for t in claim["topics"]] == ["economy"]
    assert not PublicClaim.objects.filter(body__contains="Taxes fell").exists()  # in review, internal
    retracted = PublicFactCheck.objects.get(claim_id=newsroom["retracted"].pk)
    assert orjson.loads(retracted.body)["status"] == "retracted"
    assert retracted.claimreview_body is None
    assert retracted.google_page_body is None
    for row in PublicClaim.objects.current():
        assert "internal_notes" not in row.body
        assert "author" not in row.body


def test_a_change_partners_cannot_see_moves_nothing(newsroom, users):
    claim = newsroom["published"]
    before = PublicClaim.objects.get(pk=claim.pk)
    verdict = PublicFactCheck.objects.get(pk=claim.current_fact_check_id)
    actions.do_change_claim(claim, {"internal_notes": "call the ministry"}, actor=users["reporter"])
    actions.do_revise_fact_check(
        claim.current_fact_check, actor=users["editor"], changes={"internal_notes": "double-checked"}
    )
    after = PublicClaim.objects.get(pk=claim.pk)
    assert (after.body, after.updated_at) == (before.body, before.updated_at)
    assert PublicFactCheck.objects.get(pk=verdict.pk).updated_at == verdict.updated_at


def test_a_visible_change_moves_the_document_and_its_neighbours(newsroom, users):
    claim = newsroom["published"]
    speaker_id = claim.appearances.filter(is_public=True).get().speaker_id
    before = {m: m.objects.get(pk=pk).updated_at for m, pk in ((PublicClaim, claim.pk), (PublicSpeaker, speaker_id))}
    sources.do_change_speaker(
        claim.appearances.get(is_public=True).speaker, {"name": "Ana B. Minister"}, actor=users["editor"]
    )
    for model, pk in ((PublicClaim, claim.pk), (PublicSpeaker, speaker_id)):
        assert model.objects.get(pk=pk).updated_at > before[model]
    assert "Ana B. Minister" in PublicFactCheck.objects.get(pk=claim.current_fact_check_id).claimreview_body


def test_an_object_that_stops_being_public_leaves_a_tombstone(newsroom, users):
    followed = newsroom["followed"]
    source_id = followed.appearances.get().source_id
    actions.do_set_claim_visibility(followed, False, actor=users["editor"])
    row = PublicClaim.objects.get(pk=followed.pk)
    assert row.body is None
    assert row.removed_at is not None
    assert PublicSource.objects.get(pk=source_id).removed_at is not None
    # Never public, never mentioned.
    hidden = newsroom["published"].appearances.get(is_public=False)
    assert not PublicSpeaker.objects.filter(pk=hidden.speaker_id).exists()


def test_a_quote_merged_into_a_claim_partners_never_saw_takes_its_speaker_source_and_outlet_with_it(build, users):
    """The merge makes the quote internal, and the claim it leaves names it no more: its speaker, source and
    outlet, public only through it, are tombstoned all the same."""
    followed = build.claim("Fuel prices will halve by June", is_public=True)  # public, no verdict
    quote = followed.appearances.get()
    internal = build.claim("Fuel will cost half as much by June")
    named = {PublicSpeaker: quote.speaker_id, PublicSource: quote.source_id, PublicOutlet: quote.source.outlet_id}
    assert all(table.objects.current().filter(pk=pk).exists() for table, pk in named.items())

    merges.do_merge_claims(followed, internal, actor=users["editor"])

    assert not any(table.objects.current().filter(pk=pk).exists() for table, pk in named.items())
    assert projection.rebuild() == dict.fromkeys(projection.TABLES, 0)  # and nothing else was left behind


def test_a_source_moved_to_another_outlet_leaves_the_old_outlet_if_it_was_public_through_it(build, users):
    source = build.claim("Bread costs twice what it did", is_public=True).appearances.get().source
    old, new = source.outlet, build.outlet("Evening Courier")
    assert PublicOutlet.objects.current().filter(pk=old.pk).exists()

    sources.do_change_source(source, {"outlet": new}, actor=users["editor"])

    assert not PublicOutlet.objects.current().filter(pk=old.pk).exists()
    assert PublicOutlet.objects.current().filter(pk=new.pk).exists()
    assert projection.rebuild() == dict.fromkeys(projection.TABLES, 0)


def test_rebuild_restores_a_damaged_projection(newsroom):
    PublicClaim.objects.all().delete()
    PublicRatingScale.objects.update(schema_version=SCHEMA_VERSION - 1)
    assert projection.outdated()
    counts = projection.rebuild()
    assert counts["claim"] == PublicClaim.objects.current().count() > 0
    assert not projection.outdated()


SCHEMAS = {
    PublicClaim: "Claim",
    PublicFactCheck: "FactCheck",
    PublicSpeaker: "Speaker",
    PublicSource: "Source",
    PublicRatingScale: "RatingScale",
}


def test_every_document_validates_against_the_openapi_schema(newsroom):

    checked = 0
    for model, name in {
        **SCHEMAS,
        PublicCorrection: "Correction",
        PublicTopic: "Topic",
        PublicOutlet: "Outlet",
    }.items():
        validator = Draft202012Validator({"$ref": f"#/components/schemas/{name}", "components": components()})
        for row in model.objects.current():
            validator.validate(orjson.loads(row.body))
            checked += 1
    assert checked > 10
    claimreview = json_schema({"$ref": "#/components/schemas/ClaimReview"})
    for row in PublicFactCheck.objects.current().exclude(claimreview_body=None):
        Draft202012Validator({**claimreview, "components": components()}).validate(orjson.loads(row.claimreview_body))


def test_a_server_moved_to_another_address_rewrites_its_public_urls(newsroom, settings):
    assert not projection.outdated()
    settings.FACTDB_FACT_CHECK_URL = "https://checks.example.org/fact-checks/{id}/"
    assert projection.outdated()
    projection.rebuild_if_outdated()
    verdict = PublicFactCheck.objects.get(pk=newsroom["published"].current_fact_check_id)
    assert f"https://checks.example.org/fact-checks/{verdict.pk}/" in verdict.body
    assert not projection.outdated()
