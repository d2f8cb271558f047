"""The public corrections log: one entry for every change partners could have seen."""

from typing import Any

from django.contrib.auth.models import User

from claims.models import Claim, Correction, CorrectionKind, FactCheck, FactCheckStatus
from factdb.actions import Refused, emit, touch
from webhooks.models import EventType


def require_note(note: str, what: str) -> str:
    """The correction note for a change to published content; refused when there is none."""
    note = (note or "").strip()
    if not note:
        raise Refused(
            f"This is published: changing its {what} needs a public correction note saying what and why.",
            code="correction_note",  # the admin shows it on that field
        )
    return note


def record(
    claim: Claim, kind: str, note: str, *, actor: User, fact_check: FactCheck | None = None, **details: Any
) -> Correction:
    """Append a correction (only ever called by actions, inside their transaction)."""
    correction = Correction(claim=claim, fact_check=fact_check, kind=kind, note=note, created_by=actor, **details)
    correction.save()
    touch(("correction", correction.pk), ("claim", claim.pk))
    if kind != CorrectionKind.RETRACTION:  # the retraction step tells people itself
        from claims.actions import desk

        desk.after_correction(claim, fact_check, correction.get_kind_display(), note, actor)
    if fact_check is not None:
        touch(("fact_check", fact_check.pk))
    if kind != CorrectionKind.RETRACTION:  # a retraction is its own event (workflow)
        # A claim's wording or appearance shows in its published verdicts: their readers hear of it.
        published = claim.fact_checks.filter(status=FactCheckStatus.PUBLISHED)
        verdicts = [fact_check] if fact_check is not None else published
        for verdict in verdicts:
            emit(EventType.CORRECTED, "fact_check", verdict.pk, claim=claim.pk)
    return correction


__all__ = ["CorrectionKind", "record", "require_note"]
