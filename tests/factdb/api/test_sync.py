"""Incremental sync loses nothing: updated_since + tombstones keeps a mirror identical to a fresh export."""

from urllib.parse import quote

import pytest

from claims import actions
from claims.models import Claim, FactCheck
from factdb import guard
from sources.actions import do_change_outlet, do_change_speaker

RESOURCES = {
    "claims": "claim",
    "fact-checks": "fact_check",
    "speakers": "speaker",
    "sources": "source",
    "outlets": "outlet",
    "topics": "topic",
    "ratings": "rating_scale",
    "corrections": "correction",
}


def walk(client, url):
    token, items = None, []
    while url:
        response = client.get(url)
        assert response.status_code == 200, (url, response.content[:300])
        body = response.json()
        token = token or body["sync_token"]
        items += body["results"]
        url = body["next"]
    return token, items


def full_export(client):
    mirror, token = {}, None
    for name, kind in RESOURCES.items():
        first, items = walk(client, f"/api/v1/{name}/?page_size=2")
        token = token or first  # the token of the pass's first request
        mirror[kind] = {item["id"]: item for item in items}
    return token, mirror


def incremental(client, mirror, since):
    response = client.get(f"/api/v1/tombstones/?since={quote(since)}")
    assert response.status_code == 200
    token = response.json()["sync_token"]
    removed = response.json()["results"]
    for stone in removed:
        mirror[stone["kind"]].pop(stone["id"], None)
    updated = 0
    for name, kind in RESOURCES.items():
        _, items = walk(client, f"/api/v1/{name}/?page_size=2&updated_since={quote(since)}")
        mirror[kind].update({item["id"]: item for item in items})
        updated += len(items)
    return token, removed, updated


def assert_in_sync(client, mirror):
    _, fresh = full_export(client)
    for kind in RESOURCES.values():
        assert mirror[kind] == fresh[kind], kind


@pytest.mark.django_db(transaction=True)
def test_a_day_of_edits_replayed_through_incremental_sync(client, build, users):
    editor = users["editor"]
    speaker = build.speaker("Bea Mayor", role="Mayor")
    lone_speaker = build.speaker("Carl Lone")
    economy = actions.do_create_topic("Economy", actor=editor)
    first = build.published_claim("The city budget doubled", speaker=speaker)
    second = build.published_claim("Crime fell by half", speaker=speaker)
    second_verdict = second.current_fact_check_id
    lonely = build.claim("Only Carl said this", speaker=lone_speaker, is_public=True)  # public, no verdict yet
    draft_claim = build.in_review_claim("Still being checked", speaker=speaker)

    token, mirror = full_export(client)
    assert set(mirror["claim"]) == {first.pk, second.pk, lonely.pk}

    # Morning: publish, reword, correct, tag, rename a speaker and an outlet.
    actions.do_step(draft_claim, "publish", actor=editor)
    actions.do_change_claim(
        first, {"text": "The city budget almost doubled"}, actor=editor, correction_note="Misquoted."
    )
    actions.do_set_topics(first, [economy], actor=editor)
    actions.do_revise_fact_check(
        FactCheck.objects.get(pk=second_verdict),
        actor=editor,
        changes={"rating": build.rating("mostly_true")},
        correction_note="New data.",
    )
    do_change_speaker(speaker, {"role": "Former mayor"}, actor=editor)
    do_change_outlet(first.appearances.get().source.outlet, {"name": "Renamed Gazette"}, actor=editor)
    actions.do_add_evidence(
        FactCheck.objects.get(pk=first.current_fact_check_id),
        actor=editor,
        url="https://example.org/e",
        title="More",
        correction_note="Added a source.",
    )
    token, removed, updated = incremental(client, mirror, token)
    assert removed == []
    assert updated > 0
    assert_in_sync(client, mirror)

    # Noon: unpublish (the claim and its now claim-less speaker/source/outlet go), retract (the verdict
    # stays, marked retracted), publish a claim by mistake.
    lonely_source = lonely.appearances.get().source
    actions.do_set_claim_visibility(lonely, False, actor=editor)
    actions.do_step(second, "retract", actor=editor, note="The crime figures were revised.")
    doomed = build.claim("Posted by mistake", speaker=speaker)
    actions.do_set_claim_visibility(doomed, True, actor=editor)
    token, removed, _ = incremental(client, mirror, token)
    assert_in_sync(client, mirror)
    assert doomed.pk in mirror["claim"]
    kinds = {(s["kind"], s["id"]) for s in removed}
    assert {
        ("claim", lonely.pk),
        ("speaker", lone_speaker.pk),
        ("source", lonely_source.pk),
        ("outlet", lonely_source.outlet_id),
    } <= kinds
    assert ("fact_check", second_verdict) not in kinds
    assert mirror["fact_check"][second_verdict]["status"] == "retracted"
    assert all(s["when"] for s in removed)

    # Afternoon: the mistake is made internal and deleted.
    doomed_source = doomed.appearances.get().source
    actions.do_set_claim_visibility(doomed, False, actor=editor)
    actions.do_delete_claim(doomed, actor=editor)
    token, removed, _ = incremental(client, mirror, token)
    assert_in_sync(client, mirror)
    kinds = {(s["kind"], s["id"]) for s in removed}
    assert {("claim", doomed.pk), ("source", doomed_source.pk)} <= kinds

    # Evening: re-publish, re-check and publish a new verdict, remove a topic.
    actions.do_set_claim_visibility(lonely, True, actor=editor)
    actions.do_step(second, "recheck", actor=editor)
    build.fact_check(second, headline="Second look")
    actions.do_step(second, "submit_for_review", actor=users["factchecker"])
    actions.do_step(second, "publish", actor=editor)
    economy_pk = economy.pk
    actions.do_set_topics(first, [], actor=editor)
    actions.do_delete_topic(economy, actor=users["admin"])
    token, removed, _ = incremental(client, mirror, token)
    assert ("topic", economy_pk) in {(s["kind"], s["id"]) for s in removed}
    assert_in_sync(client, mirror)
    assert lonely.pk in mirror["claim"]
    assert lone_speaker.pk in mirror["speaker"]

    # Nothing changed: an incremental sync brings nothing.
    token, removed, updated = incremental(client, mirror, token)
    assert removed == []
    assert updated == 0
    assert_in_sync(client, mirror)


@pytest.mark.django_db
def test_tombstones_never_mention_objects_that_were_never_public(client, world):
    body = client.get("/api/v1/tombstones/?since=2000-01-01T00:00:00Z").json()
    stones = {(s["kind"], s["id"]) for s in body["results"]}
    w = world
    assert ("claim", w.internal_claim.pk) not in stones
    assert ("fact_check", w.draft.pk) not in stones
    assert ("fact_check", w.unpublished_fc.pk) not in stones  # a draft on a once-public claim: never public
    # Those that were public and are no longer are there.
    assert ("claim", w.unpublished_claim.pk) in stones
    # A retracted verdict is still public (marked retracted): no tombstone.
    assert ("fact_check", w.retracted.pk) not in stones


@pytest.mark.django_db(transaction=True)
def test_a_write_around_the_action_layer_is_never_published(client, build, users):
    """Partners read the projection the actions keep: raw SQL changes the record, not what partners see."""
    claim = build.published_claim("The harbour handled 3 million containers")
    token, before = full_export(client)
    with guard.opened("test: a raw write, as a script bypassing the actions would"):
        Claim.objects.filter(pk=claim.pk).update(text="Something nobody checked", internal_notes="leaked?")
    _, after = full_export(client)
    assert after == before
    token, removed, updated = incremental(client, before, token)
    assert removed == []
    assert updated == 0
