"""Incremental sync loses nothing: updated_since + tombstones keeps a mirror identical to a fresh export."""

from urllib.parse import quote

import pytest

from claims import workflow
from claims.models import Claim, Evidence, FactCheck, Topic
from sources.models import Outlet, Speaker

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
    economy = Topic.objects.create(name="Economy", slug="economy")
    first = build.published_claim("The city budget doubled", speaker=speaker)
    second = build.published_claim("Crime fell by half", speaker=speaker)
    lonely = build.published_claim("Only Carl said this", speaker=lone_speaker)
    draft_claim = build.in_review_claim("Still being checked", speaker=speaker)

    token, mirror = full_export(client)
    assert set(mirror["claim"]) == {first.pk, second.pk, lonely.pk}

    # Morning: publish, edit, correct, tag, rename -- some of it through bulk updates that skip save().
    workflow.transition_claim(draft_claim, "publish", editor)
    Claim.objects.filter(pk=first.pk).update(text="The city budget almost doubled")  # bulk, no signals
    first.topics.add(economy)
    workflow.correct_fact_check(
        FactCheck.objects.get(pk=second.current_fact_check_id), editor, "New data.", rating=build.rating("mostly_true")
    )
    Speaker.objects.filter(pk=speaker.pk).update(role="Former mayor")
    Outlet.objects.filter(pk=first.appearances.get().source.outlet_id).update(name="Renamed Gazette")
    Evidence.objects.create(fact_check_id=first.current_fact_check_id, url="https://example.org/e", title="More")
    token, removed, updated = incremental(client, mirror, token)
    assert removed == [] and updated > 0
    assert_in_sync(client, mirror)

    # Noon: unpublish (claim, its fact-check and its now claim-less speaker/source/outlet go), retract, delete.
    lonely_source = lonely.appearances.get().source
    workflow.set_claim_visibility(lonely, editor, False)
    workflow.transition_claim(second, "retract", editor)
    doomed = build.claim("Posted by mistake", speaker=speaker)
    workflow.set_claim_visibility(doomed, editor, True)
    token, removed, _ = incremental(client, mirror, token)
    assert_in_sync(client, mirror)
    assert doomed.pk in mirror["claim"]
    kinds = {(s["kind"], s["id"]) for s in removed}
    assert {
        ("claim", lonely.pk),
        ("fact_check", lonely.current_fact_check_id),
        ("speaker", lone_speaker.pk),
        ("source", lonely_source.pk),
        ("outlet", lonely_source.outlet_id),
        ("fact_check", second.current_fact_check_id),
    } <= kinds
    assert all(s["when"] for s in removed)

    doomed_source = doomed.appearances.get().source
    doomed.appearances.all().delete()
    Claim.objects.filter(pk=doomed.pk).delete()
    Claim.objects.filter(pk=first.pk).update(is_public=False)  # bulk unpublish
    token, removed, _ = incremental(client, mirror, token)
    assert_in_sync(client, mirror)
    kinds = {(s["kind"], s["id"]) for s in removed}
    assert {("claim", doomed.pk), ("source", doomed_source.pk), ("claim", first.pk)} <= kinds

    # Evening: re-publish, re-check and publish a new verdict, new claim by the lone speaker.
    workflow.set_claim_visibility(lonely, editor, True)
    Claim.objects.filter(pk=first.pk).update(is_public=True)
    workflow.transition_claim(second, "recheck", editor)
    build.fact_check(second, headline="Second look")
    workflow.transition_claim(second, "submit_for_review", users["factchecker"])
    workflow.transition_claim(second, "publish", editor)
    economy_pk = economy.pk
    first.topics.remove(economy)
    economy.delete()
    token, removed, _ = incremental(client, mirror, token)
    assert ("topic", economy_pk) in {(s["kind"], s["id"]) for s in removed}
    assert_in_sync(client, mirror)
    assert lonely.pk in mirror["claim"] and lone_speaker.pk in mirror["speaker"]

    # Nothing changed: an incremental sync brings nothing.
    token, removed, updated = incremental(client, mirror, token)
    assert removed == [] and updated == 0
    assert_in_sync(client, mirror)


@pytest.mark.django_db
def test_tombstones_never_mention_objects_that_were_never_public(client, world):
    body = client.get("/api/v1/tombstones/?since=2000-01-01T00:00:00Z").json()
    stones = {(s["kind"], s["id"]) for s in body["results"]}
    w = world
    assert ("claim", w.internal_claim.pk) not in stones
    assert ("fact_check", w.draft.pk) not in stones
    # Those that were public and are no longer are there.
    assert ("claim", w.unpublished_claim.pk) in stones
    assert ("fact_check", w.withdrawn.pk) in stones
    assert ("fact_check", w.unpublished_fc.pk) in stones
