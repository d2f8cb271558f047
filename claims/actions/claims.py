"""Changing a claim: its wording, notes, topics and visibility; deleting one that never went anywhere."""

from collections.abc import Iterable
from typing import Any

from django.contrib.auth.models import User

from claims.actions import corrections
from claims.models import Appearance, Claim, ClaimTopic, CorrectionKind, FactCheckStatus, Topic, claim_text_key
from factdb.actions import (
    Refused,
    action,
    apply_changes,
    check,
    check_version,
    emit,
    lock,
    save_unique,
    touch,
    validated,
)
from webhooks.models import EventType

WORDING_FIELDS = ("text", "language")
VISIBLE_VERDICTS = [FactCheckStatus.PUBLISHED, FactCheckStatus.RETRACTED]
NOTE_FIELDS = ("internal_notes",)


@action("claim.change")
def do_change_claim(
    claim: Claim,
    changes: dict[str, Any],
    *,
    actor: User,
    expected_version: int | str | None = None,
    correction_note: str = "",
) -> Claim:
    """Change a claim's wording, language or internal notes.

    The wording of a public claim is what partners follow: only editors change it, with a
    public correction note. A verdict in review was approved for the old wording, so a new
    wording voids that approval.
    """
    claim = lock(claim)
    check_version(claim, expected_version)
    if "text" in changes:
        changes = {**changes, "text": claim_text_key(changes["text"])}
        if not changes["text"]:
            raise Refused("A claim needs its text.")
    previous_text = claim.text
    changed = apply_changes(claim, changes, WORDING_FIELDS + NOTE_FIELDS)
    wording = [field for field in changed if field in WORDING_FIELDS]
    if not changed:
        return claim
    if wording:
        check(actor, "claim.change_wording", claim)
        if claim.is_public:
            note = corrections.require_note(correction_note, "wording")
        for fact_check in claim.fact_checks.filter(status=FactCheckStatus.IN_REVIEW, reviewer__isnull=False):
            fact_check.reviewer, fact_check.reviewed_at = None, None
            fact_check.save(update_fields=["reviewer", "reviewed_at"])
    if set(changed) - set(WORDING_FIELDS):
        check(actor, "claim.change_notes", claim)
    validated(claim, exclude=["text"])
    other = Claim.objects.filter(text=claim.text).exclude(pk=claim.pk).first()
    save_unique(
        claim, f"Claim {other.pk if other else ''} already has this wording: add the appearances there instead."
    )
    if wording and claim.is_public:
        corrections.record(claim, CorrectionKind.WORDING, note, actor=actor, previous_text=previous_text)
    if "text" in changed:
        from claims import matching

        matching.index_claims_on_commit([claim])
    touch(("claim", claim.pk))
    return claim


@action("claim.change_topics")
def do_set_topics(claim: Claim, topics: Iterable[Topic], *, actor: User) -> Claim:
    """Tag the claim with exactly these topics."""
    claim = lock(claim)
    wanted = {topic.pk: topic for topic in topics}
    current = set(ClaimTopic.objects.filter(claim=claim).values_list("topic_id", flat=True))
    if set(wanted) == current:
        return claim
    check(actor, "claim.change_topics", claim)
    ClaimTopic.objects.filter(claim=claim).exclude(topic_id__in=wanted).delete()
    for pk in set(wanted) - current:
        ClaimTopic(claim=claim, topic=wanted[pk]).save()
    touch(("claim", claim.pk), *(("topic", pk) for pk in set(wanted) ^ current))
    return claim


@action("claim.delete")
def do_delete_claim(claim: Claim, *, actor: User) -> None:
    """Delete a claim captured by mistake; one that went through the workflow is kept."""
    claim = lock(claim)
    check(actor, "claim.delete", claim)
    if claim.transitions.exists() or claim.fact_checks.exists():
        raise Refused("This claim has a workflow history or fact-checks; mark it not checkable instead.")
    topic_ids = list(ClaimTopic.objects.filter(claim=claim).values_list("topic_id", flat=True))
    ClaimTopic.objects.filter(claim=claim).delete()
    Appearance.objects.filter(claim=claim).delete()
    claim.external_reviews.all().delete()
    pk = claim.pk
    claim.delete()
    touch(("claim", pk), *(("topic", topic) for topic in topic_ids))


@action("claim.set_visibility")
def do_set_claim_visibility(claim: Claim, public: bool, *, actor: User) -> Claim:
    """Make a claim public (partners follow it, with every appearance an editor now has seen) or internal.

    A claim with a verdict partners have read is not hidden: it is retracted, with a public reason.
    """
    claim = lock(claim)
    check(actor, "claim.make_public" if public else "claim.make_internal", claim)
    if not public and claim.fact_checks.filter(status__in=VISIBLE_VERDICTS).exists():
        raise Refused(
            "Partners have read a verdict on this claim: retract it with a public reason rather than hiding it."
        )
    if claim.is_public != public:
        emit(EventType.MADE_PUBLIC if public else EventType.MADE_INTERNAL, "claim", claim.pk, claim=claim.pk)
    claim.is_public = public
    claim.save(update_fields=["is_public"])
    if public:
        publish_appearances(claim)
    touch(("claim", claim.pk))
    return claim


def publish_appearances(claim: Claim) -> None:
    """Every appearance of `claim` becomes public (the editor making the claim public has seen them)."""
    pending = list(claim.appearances.filter(is_public=False))
    for appearance in pending:
        appearance.is_public = True
        appearance.save(update_fields=["is_public"])
    touch(*(("appearance", appearance.pk) for appearance in pending))
