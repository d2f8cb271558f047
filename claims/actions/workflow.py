"""The verification workflow: every step a claim takes, from new to published (and back).

Which step is possible from which status, and for whom, is the permission table's
(factdb.policy: the rows "claim.<step>"); each step's target status and its checks are
here. Every step is recorded in ClaimTransition (who, when, from, to, note).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import User
from django.utils import timezone

from claims.actions import corrections, desk
from claims.actions.claims import publish_appearances
from claims.actions.verdicts import check_four_eyes
from claims.models import Claim, ClaimStatus, ClaimTransition, CorrectionKind, FactCheck, FactCheckStatus
from factdb import policy
from factdb.actions import Refused, action, check, emit, lock, touch
from webhooks.models import EventType


@dataclass(frozen=True)
class Step:
    name: str
    label: str
    target: str
    needs_note: bool = False  # the note is public (a retraction's reason)


# The order editors see the steps in.
STEPS = [
    Step("select", "Select for checking", ClaimStatus.SELECTED),
    Step("start_research", "Start research", ClaimStatus.RESEARCHING),
    Step("submit_for_review", "Submit for review", ClaimStatus.IN_REVIEW),
    Step("send_back", "Send back to research", ClaimStatus.RESEARCHING),
    Step("publish", "Publish verdict", ClaimStatus.PUBLISHED),
    Step("mark_not_checkable", "Mark not checkable", ClaimStatus.NOT_CHECKABLE),
    Step("reopen", "Reopen", ClaimStatus.NEW),
    Step("retract", "Retract verdict", ClaimStatus.RETRACTED, needs_note=True),
    Step("recheck", "Re-check", ClaimStatus.RESEARCHING),
]
BY_NAME = {step.name: step for step in STEPS}


def available_steps(claim: Claim, user: User) -> list[Step]:
    """Steps this user may take on this claim now (what the claim page offers; four eyes included)."""
    steps = [step for step in STEPS if policy.allows(user, f"claim.{step.name}", claim)]
    if any(step.name == "publish" for step in steps):
        verdict = pending_fact_check(claim, FactCheckStatus.IN_REVIEW)
        if verdict is not None and user.pk in (verdict.author_id, verdict.revised_by_id):
            steps = [step for step in steps if step.name != "publish"]
    return steps


def pending_fact_check(claim: Claim, status: str) -> FactCheck | None:
    return claim.fact_checks.filter(status=status).order_by("-updated_at").first()


@action("claim.step")
def do_step(claim: Claim, name: str, *, actor: User, note: str = "", plan: dict[str, Any] | None = None) -> Claim:
    """Move `claim` one workflow step, record who did it and why, and apply the step's effects.

    `plan`: assignee, priority and/or deadline to set with the step (desk.do_plan_claim).
    Raises Refused when the step is not possible from the claim's status or a rule refuses
    it, Forbidden when the actor's role may not take it.
    """
    step = BY_NAME.get(name)
    if step is None:
        raise Refused(f"Unknown workflow step “{name}”.")
    claim = lock(claim)  # two editors moving the same claim are serialised, not interleaved
    check(actor, f"claim.{name}", claim)
    note = (note or "").strip()
    if step.needs_note and not note:
        raise Refused(f"“{step.label}” needs a note saying why; it is published with the retraction.")
    from_status = claim.status
    effect = _EFFECTS.get(name)
    if effect is not None:
        effect(claim, actor, note)
    claim.status = step.target
    claim.status_since = timezone.now()
    claim.save()
    ClaimTransition(
        claim=claim, name=name, from_status=from_status, to_status=claim.status, user=actor, note=note
    ).save()
    touch(("claim", claim.pk))
    if plan:
        claim = desk.do_plan_claim(claim, actor=actor, **plan)
    desk.after_step(claim, name, actor, note)
    return claim


def _submit_for_review(claim: Claim, actor: User, note: str) -> None:
    draft = pending_fact_check(claim, FactCheckStatus.DRAFT)
    if draft is None:
        raise Refused("Write a draft fact-check before submitting the claim for review.")
    if draft.rating_id is None:
        raise Refused(f"The draft “{draft.headline}” has no rating yet.")
    draft.status = FactCheckStatus.IN_REVIEW
    draft.save(update_fields=["status"])


def _send_back(claim: Claim, actor: User, note: str) -> None:
    for fact_check in claim.fact_checks.filter(status=FactCheckStatus.IN_REVIEW):
        fact_check.status = FactCheckStatus.DRAFT
        fact_check.reviewer, fact_check.reviewed_at = None, None
        fact_check.save(update_fields=["status", "reviewer", "reviewed_at"])


def _publish(claim: Claim, actor: User, note: str) -> None:
    fact_check = pending_fact_check(claim, FactCheckStatus.IN_REVIEW)
    if fact_check is None:
        raise Refused("There is no fact-check in review to publish.")
    fact_check = lock(fact_check)
    check_four_eyes(fact_check, actor, "publish")
    if not fact_check.evidence.exists():
        raise Refused(f"“{fact_check.headline}” cites no evidence; add at least one item before publishing.")
    now = timezone.now()
    if fact_check.reviewer_id is None:  # publishing is itself the second reading
        fact_check.reviewer, fact_check.reviewed_at = actor, now
    fact_check.status = FactCheckStatus.PUBLISHED
    fact_check.published_at = now
    fact_check.save(update_fields=["status", "published_at", "reviewer", "reviewed_at"])
    claim.current_fact_check = fact_check
    if not claim.is_public:
        emit(EventType.MADE_PUBLIC, "claim", claim.pk, claim=claim.pk)
    claim.is_public = True  # a published verdict is public by definition, with what the editor has seen
    publish_appearances(claim)
    touch(("fact_check", fact_check.pk))
    emit(EventType.PUBLISHED, "fact_check", fact_check.pk, claim=claim.pk)


def _retract(claim: Claim, actor: User, note: str) -> None:
    """The verdict stays readable, marked retracted, with the reason in the public corrections log."""
    for fact_check in claim.fact_checks.filter(status=FactCheckStatus.PUBLISHED):
        fact_check.status = FactCheckStatus.RETRACTED
        fact_check.save(update_fields=["status"])
        corrections.record(claim, CorrectionKind.RETRACTION, note, actor=actor, fact_check=fact_check)
        emit(EventType.RETRACTED, "fact_check", fact_check.pk, claim=claim.pk)
    claim.current_fact_check = None


# Checks and changes a step needs besides the status change itself.
_EFFECTS = {
    "submit_for_review": _submit_for_review,
    "send_back": _send_back,
    "publish": _publish,
    "retract": _retract,
}


def do_steps(
    claims: Iterable[Claim], name: str, *, actor: User, note: str = ""
) -> tuple[list[Claim], list[tuple[Claim, str]]]:
    """One step for many claims (a bulk action); each claim succeeds or is refused on its own."""
    done: list[Claim] = []
    refused: list[tuple[Claim, str]] = []
    for claim in claims:
        try:
            done.append(do_step(claim, name, actor=actor, note=note))
        except policy.ActionError as error:
            refused.append((claim, policy.message(error)))
    return done, refused
