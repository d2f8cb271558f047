"""The editorial write path: every workflow step, publication and correction.

Admin actions, the API, management commands and imports all call these
functions, so the rules (allowed transitions, permissions, four eyes,
evidence before publication, corrections after it) hold everywhere.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django_fsm import can_proceed, has_transition_perm

from claims.models import Claim, ClaimTransition, Correction, FactCheck, FactCheckStatus


class WorkflowError(ValidationError):
    """An editorial rule refused the change; the message says which and why."""


@dataclass(frozen=True)
class Step:
    name: str
    label: str


# The order editors see the steps in; the transitions themselves are defined on Claim.
STEPS = [
    Step("select", "Select for checking"),
    Step("start_research", "Start research"),
    Step("submit_for_review", "Submit for review"),
    Step("send_back", "Send back to research"),
    Step("publish", "Publish verdict"),
    Step("mark_not_checkable", "Mark not checkable"),
    Step("reopen", "Reopen"),
    Step("retract", "Retract verdict"),
    Step("recheck", "Re-check"),
]
STEP_NAMES = {step.name for step in STEPS}


def step_permission(name: str) -> str:
    """The permission a step needs, as declared on the Claim transition."""
    transitions = getattr(Claim, name)._django_fsm.transitions.values()
    return next(iter(transitions)).permission


def available_steps(claim: Claim, user) -> list[Step]:
    """Steps this user may take on this claim now."""
    return [
        step
        for step in STEPS
        if can_proceed(getattr(claim, step.name)) and has_transition_perm(getattr(claim, step.name), user)
    ]


def _pending_fact_check(claim: Claim, status: str) -> FactCheck | None:
    return claim.fact_checks.filter(status=status).order_by("-updated_at").first()


def _check_four_eyes(fact_check: FactCheck, user, what: str) -> None:
    if fact_check.author_id == user.pk:
        raise WorkflowError(f"Four eyes: you wrote “{fact_check.headline}”, so someone else must {what} it.")


@transaction.atomic
def transition_claim(claim: Claim, name: str, user, note: str = "") -> Claim:
    """Move `claim` one workflow step, record who did it, and apply the step's side effects.

    Raises WorkflowError when the step is not allowed from the current status or a
    rule refuses it, PermissionDenied when the user's role may not take it.
    """
    if name not in STEP_NAMES:
        raise WorkflowError(f"Unknown workflow step “{name}”.")
    # Lock the row: two editors moving the same claim are serialised, not interleaved.
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    method = getattr(claim, name)
    if not can_proceed(method):
        label = next(step.label for step in STEPS if step.name == name)
        raise WorkflowError(f"“{label}” is not possible for a claim that is {claim.get_status_display().lower()}.")
    if not has_transition_perm(method, user):
        raise PermissionDenied(f"Your role may not “{name.replace('_', ' ')}” claims.")

    from_status = claim.status
    if name in _SIDE_EFFECTS:
        _SIDE_EFFECTS[name](claim, user)
    method()
    claim.save()
    ClaimTransition.objects.create(
        claim=claim, name=name, from_status=from_status, to_status=claim.status, user=user, note=note
    )
    return claim


def _submit_for_review(claim: Claim, user) -> None:
    draft = _pending_fact_check(claim, FactCheckStatus.DRAFT)
    if draft is None:
        raise WorkflowError("Write a draft fact-check before submitting the claim for review.")
    if draft.rating_id is None:
        raise WorkflowError(f"The draft “{draft.headline}” has no rating yet.")
    draft.status = FactCheckStatus.IN_REVIEW
    draft.save()


def _send_back(claim: Claim, user) -> None:
    for fact_check in claim.fact_checks.filter(status=FactCheckStatus.IN_REVIEW):
        fact_check.status = FactCheckStatus.DRAFT
        fact_check.reviewer = None
        fact_check.reviewed_at = None
        fact_check.save()


def _publish(claim: Claim, user) -> None:
    fact_check = _pending_fact_check(claim, FactCheckStatus.IN_REVIEW)
    if fact_check is None:
        raise WorkflowError("There is no fact-check in review to publish.")
    _check_four_eyes(fact_check, user, "publish")
    if not fact_check.evidence.exists():
        raise WorkflowError(f"“{fact_check.headline}” cites no evidence; add at least one item before publishing.")
    now = timezone.now()
    if fact_check.reviewer_id is None:
        fact_check.reviewer, fact_check.reviewed_at = user, now
    fact_check.status = FactCheckStatus.PUBLISHED
    fact_check.published_at = now
    fact_check.save()
    claim.current_fact_check = fact_check
    claim.is_public = True  # a published verdict is public by definition


def _retract(claim: Claim, user) -> None:
    for fact_check in claim.fact_checks.filter(status=FactCheckStatus.PUBLISHED):
        fact_check.status = FactCheckStatus.WITHDRAWN
        fact_check.save()
    claim.current_fact_check = None


# Checks and changes a step needs besides the status change itself.
_SIDE_EFFECTS = {
    "submit_for_review": _submit_for_review,
    "send_back": _send_back,
    "publish": _publish,
    "retract": _retract,
}


def bulk_transition(claims, name: str, user, note: str = "") -> tuple[list[Claim], list[tuple[Claim, str]]]:
    """Apply one step to many claims; each claim succeeds or fails on its own."""
    done, refused = [], []
    for claim in claims:
        try:
            done.append(transition_claim(claim, name, user, note))
        except (WorkflowError, PermissionDenied) as error:
            refused.append((claim, message(error)))
    return done, refused


def message(error: Exception) -> str:
    """The text to show an editor for a refused step (WorkflowError or PermissionDenied)."""
    return " ".join(error.messages) if isinstance(error, ValidationError) else str(error)


@transaction.atomic
def set_claim_visibility(claim: Claim, user, public: bool) -> Claim:
    """Make a claim public (partners may follow it) or internal."""
    if not user.has_perm("claims.change_claim_visibility"):
        raise PermissionDenied("Only editors decide which claims are public.")
    claim = Claim.objects.select_for_update().get(pk=claim.pk)
    if claim.is_public != public:
        claim.is_public = public
        claim.save()
    return claim


@transaction.atomic
def approve_fact_check(fact_check: FactCheck, user) -> FactCheck:
    """Record a second pair of eyes on a fact-check in review."""
    if not user.has_perm("claims.approve_factcheck"):
        raise PermissionDenied("Your role may not approve fact-checks.")
    fact_check = FactCheck.objects.select_for_update().get(pk=fact_check.pk)
    if fact_check.status != FactCheckStatus.IN_REVIEW:
        raise WorkflowError("Only a fact-check in review can be approved.")
    _check_four_eyes(fact_check, user, "approve")
    fact_check.reviewer, fact_check.reviewed_at = user, timezone.now()
    fact_check.save()
    return fact_check


VERDICT_FIELDS = ("rating", "headline", "explanation")


def verdict_changes(fact_check: FactCheck, stored: FactCheck | None = None) -> list[str]:
    """Which public verdict fields of `fact_check` differ from what is stored."""
    if stored is None:
        stored = FactCheck.objects.filter(pk=fact_check.pk).first() if fact_check.pk else None
    if stored is None:
        return []
    columns = [fact_check._meta.get_field(field).attname for field in VERDICT_FIELDS]
    pairs = zip(VERDICT_FIELDS, columns, strict=True)
    return [field for field, column in pairs if getattr(stored, column) != getattr(fact_check, column)]


def correction_required(changed: list[str]) -> str:
    """Why a change to a published verdict was refused without a correction note."""
    fields = ", ".join(changed)
    return f"This verdict is published: changing its {fields} needs a public correction note."


@transaction.atomic
def save_fact_check(fact_check: FactCheck, user, correction_note: str = "") -> FactCheck:
    """Save a fact-check; a change to a published verdict needs a public correction note.

    A verdict changed while in review loses its approval: the second pair of eyes must look again.
    The version field refuses the save if someone else changed the fact-check since
    it was loaded (concurrency.exceptions.RecordModifiedError).
    """
    stored = FactCheck.objects.select_for_update().filter(pk=fact_check.pk).first() if fact_check.pk else None
    changed = verdict_changes(fact_check, stored) if stored else []
    is_published = stored is not None and stored.status == FactCheckStatus.PUBLISHED
    if is_published and changed:
        if not user.has_perm("claims.correct_factcheck"):
            raise PermissionDenied("Only editors may change a published verdict.")
        if not correction_note.strip():
            raise WorkflowError(correction_required(changed))
    if stored is not None and stored.status == FactCheckStatus.IN_REVIEW and changed:
        fact_check.reviewer, fact_check.reviewed_at = None, None
    fact_check.save()
    if is_published and changed:
        Correction.objects.create(
            fact_check=fact_check,
            note=correction_note.strip(),
            previous_rating_id=stored.rating_id,
            new_rating_id=fact_check.rating_id,
            previous_headline=stored.headline if stored.headline != fact_check.headline else "",
            created_by=user,
        )
    return fact_check


def may_edit_evidence(user, fact_check: FactCheck) -> bool:
    """Evidence of a published verdict is part of it: only those who may correct verdicts change it."""
    if fact_check is not None and fact_check.is_published:
        return user.has_perm("claims.correct_factcheck")
    return user.has_perm("claims.change_evidence")


def may_delete_fact_check(user, fact_check: FactCheck) -> bool:
    """A verdict that partners have seen is retracted, never deleted: its history stays."""
    if fact_check is not None and fact_check.status in (FactCheckStatus.PUBLISHED, FactCheckStatus.WITHDRAWN):
        return False
    return user.has_perm("claims.delete_factcheck")


def may_edit_claim_text(user, claim: Claim) -> bool:
    """Once a verdict on it is published, a claim's wording is what partners saw checked."""
    if claim is not None and claim.current_fact_check_id is not None:
        return user.has_perm("claims.publish_claim")
    return user.has_perm("claims.change_claim")


def correct_fact_check(fact_check: FactCheck, user, note: str, **changes) -> FactCheck:
    """Change a published verdict (rating, headline, explanation) and log a public correction."""
    unknown = set(changes) - set(VERDICT_FIELDS)
    if unknown:
        raise WorkflowError(f"Corrections change {', '.join(VERDICT_FIELDS)}; not {', '.join(sorted(unknown))}.")
    for field, value in changes.items():
        setattr(fact_check, field, value)
    return save_fact_check(fact_check, user, correction_note=note)
