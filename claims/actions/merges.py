"""Folding a duplicate into the record it duplicates: speakers, sources and claims.

Every appearance moves (an identical one, same quote in the same source, is the same appearance
and is kept once), verdicts in progress move with their claim, the duplicate's history stays in
the audit trail, and a Merge row says what was moved, by whom. A duplicate partners could see is
merged with a public correction note on every public claim it changes.
"""

from collections.abc import Iterable
from typing import TypeVar

from django.contrib.auth.models import User
from django.db.models import Model, QuerySet

from claims.actions import corrections
from claims.models import (
    Appearance,
    Claim,
    ClaimTopic,
    ClaimTransition,
    CorrectionKind,
    ExternalReview,
    FactCheck,
    FactCheckStatus,
    Merge,
    MergeKind,
)
from factdb import policy
from factdb.actions import Refused, action, check, lock, touch
from sources.models import Source, Speaker, SpeakerAlias

_M = TypeVar("_M", Claim, Source, Speaker)


def _move_appearances(
    appearances: QuerySet[Appearance], **target: Claim | Speaker | Source
) -> tuple[int, int, set[int]]:
    """Point these appearances at `target` (claim=, speaker= or source=); returns (moved, kept once, claim ids)."""
    moved = same = 0
    claim_ids: set[int] = set()
    for appearance in appearances.select_related("claim"):
        claim_ids.add(appearance.claim_id)
        claim_id = target["claim"].pk if "claim" in target else appearance.claim_id
        source_id = target["source"].pk if "source" in target else appearance.source_id
        twin = (
            Appearance.objects.filter(claim_id=claim_id, source_id=source_id)
            .exclude(pk=appearance.pk)
            .filter(quote=appearance.quote)
            .exists()
        )
        if twin:  # the same words in the same source: one appearance, kept once
            # (its speaker and source may have been public through it alone)
            touch(("speaker", appearance.speaker_id), ("source", appearance.source_id))
            appearance.delete()
            same += 1
            continue
        for field, value in target.items():
            setattr(appearance, field, value)
        if isinstance(into_claim := target.get("claim"), Claim):
            appearance.is_public = into_claim.is_public  # an editor merges: what they see is published
        appearance.save()
        moved += 1
        touch(("appearance", appearance.pk))
    if "claim" in target:
        claim_ids.add(target["claim"].pk)
    return moved, same, claim_ids


def _corrections_for(duplicate: Model, claim_ids: Iterable[int], note: str, actor: User, what: str) -> None:
    """A duplicate partners could see changes public appearances: each public claim gets a correction."""
    if "public" not in policy.state_of(duplicate):
        return
    note = corrections.require_note(note, what)
    for claim in Claim.objects.filter(pk__in=claim_ids, is_public=True):
        corrections.record(claim, CorrectionKind.APPEARANCE, note, actor=actor)


def _record(kind: str, duplicate: Model, into: Model, moved: dict[str, int], note: str, actor: User) -> Merge:
    merge = Merge(
        kind=kind,
        merged_id=duplicate.pk,
        merged_name=str(duplicate)[:500],
        into_id=into.pk,
        into_name=str(into)[:500],
        moved=moved,
        note=note,
        user=actor,
    )
    merge.save()
    return merge


def _pair(duplicate: _M, into: _M, what: str) -> tuple[_M, _M]:
    if duplicate.pk == into.pk:
        raise Refused(f"Choose another {what} to merge into: a {what} cannot be merged into itself.")
    return lock(duplicate), lock(into)


def _move_all_appearances(field: str, duplicate: _M, into: _M, note: str, actor: User) -> tuple[int, set[int]]:
    """Every appearance naming `duplicate` (as its `field`) now names `into`: (how many, their claims' ids)."""
    appearances = Appearance.objects.filter(**{field: duplicate})
    claim_ids = set(appearances.values_list("claim_id", flat=True))
    _corrections_for(duplicate, claim_ids, note, actor, f"{field} (merged into another)")
    moved, same, _ = _move_appearances(appearances, **{field: into})
    return moved + same, claim_ids


@action("speaker.merge")
def do_merge_speakers(duplicate: Speaker, into: Speaker, *, actor: User, note: str = "") -> Merge:
    """Merge the `duplicate` speaker into `into`: its appearances and aliases move, its name becomes an alias."""
    duplicate, into = _pair(duplicate, into, "speaker")
    check(actor, "speaker.merge", duplicate)
    moved, claim_ids = _move_all_appearances("speaker", duplicate, into, note, actor)
    known = {name.casefold() for name in into.aliases.values_list("name", flat=True)} | {into.name.casefold()}
    aliases = 0
    for alias in [*duplicate.aliases.all(), SpeakerAlias(name=duplicate.name)]:
        if alias.name.casefold() not in known:
            known.add(alias.name.casefold())
            SpeakerAlias(speaker=into, name=alias.name).save()
            aliases += 1
    duplicate.aliases.all().delete()
    merge = _record(MergeKind.SPEAKER, duplicate, into, {"appearances": moved, "aliases": aliases}, note, actor)
    touch(("speaker", duplicate.pk), ("speaker", into.pk), *(("claim", pk) for pk in claim_ids))
    duplicate.delete()  # its history stays in the audit trail; the Merge row says where it went
    return merge


@action("source.merge")
def do_merge_sources(duplicate: Source, into: Source, *, actor: User, note: str = "") -> Merge:
    """Merge the `duplicate` source into `into`: every appearance it holds moves."""
    duplicate, into = _pair(duplicate, into, "source")
    check(actor, "source.merge", duplicate)
    moved, claim_ids = _move_all_appearances("source", duplicate, into, note, actor)
    merge = _record(MergeKind.SOURCE, duplicate, into, {"appearances": moved}, note, actor)
    touch(("source", duplicate.pk), ("source", into.pk), ("outlet", duplicate.outlet_id))
    touch(*(("claim", pk) for pk in claim_ids))
    duplicate.delete()
    return merge


@action("claim.merge")
def do_merge_claims(duplicate: Claim, into: Claim, *, actor: User, note: str = "") -> Merge:
    """Merge the `duplicate` claim into `into`: appearances, verdicts in progress, topics and other
    newsrooms' reviews move; the duplicate stays (with its workflow log), internal, marked merged."""
    duplicate, into = _pair(duplicate, into, "claim")
    check(actor, "claim.merge", duplicate)
    if duplicate.merged_into_id or into.merged_into_id:
        raise Refused("One of these claims was merged already; merge into the claim it was merged into.")
    if duplicate.fact_checks.filter(status__in=[FactCheckStatus.PUBLISHED, FactCheckStatus.RETRACTED]).exists():
        raise Refused(
            "Partners have read a verdict on this claim, so it stays: merge the other claim into this one instead."
        )
    moved, same, _ = _move_appearances(Appearance.objects.filter(claim=duplicate), claim=into)
    verdicts = 0
    for fact_check in FactCheck.objects.filter(claim=duplicate):
        fact_check.claim = into
        fact_check.save(update_fields=["claim"])
        verdicts += 1
    have = set(ClaimTopic.objects.filter(claim=into).values_list("topic_id", flat=True))
    for link in ClaimTopic.objects.filter(claim=duplicate):
        if link.topic_id not in have:
            ClaimTopic(claim=into, topic_id=link.topic_id).save()
    reviews = ExternalReview.objects.filter(claim=duplicate).update(claim=into)
    duplicate.merged_into, duplicate.is_public, duplicate.assignee = into, False, None
    duplicate.save()
    ClaimTransition(
        claim=duplicate,
        name="merge",
        from_status=duplicate.status,
        to_status=duplicate.status,
        user=actor,
        note=f"Merged into claim {into.pk}." + (f" {note}" if note else ""),
    ).save()
    into.refresh_first_seen()
    merge = _record(
        MergeKind.CLAIM,
        duplicate,
        into,
        {"appearances": moved + same, "verdicts": verdicts, "other newsrooms' reviews": reviews},
        note,
        actor,
    )
    touch(("claim", duplicate.pk), ("claim", into.pk))
    return merge
