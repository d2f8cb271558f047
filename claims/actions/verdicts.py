"""Writing a verdict: drafting a fact-check, revising its content and evidence, approving it.

A fact-check's content (rating, headline, explanation, evidence) changes in numbered
revisions, each naming its writer (FactCheckRevision). Any revision voids an earlier
approval, and four eyes are checked against the author *and* the latest writer: no text
reaches partners that only one person has seen. A published verdict changes only by an
editor's correction with a public note.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import User
from django.utils import timezone

from claims.actions import corrections
from claims.models import Claim, CorrectionKind, Evidence, FactCheck, FactCheckRevision, FactCheckStatus, Rating
from factdb.actions import Refused, action, apply_changes, check, check_version, lock, touch, validated

CONTENT_FIELDS = ("rating", "headline", "explanation")
NOTE_FIELDS = ("internal_notes",)
EVIDENCE_FIELDS = ("url", "title", "note", "archive_url", "accessed_on", "position")


@dataclass
class EvidenceChanges:
    """What one revision does to the evidence: rows to add (field dicts), change ({evidence: fields}), remove."""

    add: list[dict[str, Any]] = field(default_factory=list)
    change: dict[Evidence, dict[str, Any]] = field(default_factory=dict)
    remove: list[Evidence] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.add or self.change or self.remove)


def evidence_snapshot(fact_check: FactCheck) -> list[dict[str, Any]]:
    return [
        {
            "url": e.url,
            "title": e.title,
            "note": e.note,
            "archive_url": e.archive_url,
            "accessed_on": e.accessed_on.isoformat() if e.accessed_on else None,
        }
        for e in fact_check.evidence.order_by("position", "id")
    ]


def _revise(fact_check: FactCheck, actor: User) -> None:
    """Record the content as it stands now as a new revision by `actor`; an approval given before is void."""
    fact_check.revision += 1
    fact_check.revised_by = actor
    if fact_check.status != FactCheckStatus.PUBLISHED:  # (a correction keeps the review of what was published)
        fact_check.reviewer, fact_check.reviewed_at = None, None
    fact_check.save()
    FactCheckRevision(
        fact_check=fact_check,
        number=fact_check.revision,
        rating_id=fact_check.rating_id,
        headline=fact_check.headline,
        explanation=fact_check.explanation,
        evidence=evidence_snapshot(fact_check),
        written_by=actor,
    ).save()


def _clean_evidence(evidence: Evidence) -> None:
    validated(evidence, exclude=["fact_check"])


@action("fact_check.draft")
def do_draft_fact_check(
    claim: Claim,
    *,
    actor: User,
    headline: str,
    rating: Rating | None = None,
    explanation: str = "",
    internal_notes: str = "",
    evidence: Iterable[dict[str, Any]] = (),
) -> FactCheck:
    """Start a verdict on a claim that is selected or being researched; the actor is its author."""
    claim = lock(claim)
    check(actor, "fact_check.draft", claim)
    pending = claim.fact_checks.filter(status__in=[FactCheckStatus.DRAFT, FactCheckStatus.IN_REVIEW]).first()
    if pending is not None:
        raise Refused(f"This claim already has a fact-check being written (“{pending.headline}”); revise that one.")
    headline = " ".join((headline or "").split())
    if not headline:
        raise Refused("A fact-check needs a headline.")
    fact_check = FactCheck(
        claim=claim,
        author=actor,
        rating=rating,
        headline=headline,
        explanation=explanation,
        internal_notes=internal_notes,
    )
    if rating is not None and not rating.scale_id:
        raise Refused("Choose a rating from a rating scale.")
    fact_check.save()
    for position, item in enumerate(evidence):
        row = Evidence(fact_check=fact_check, **({"position": position} | item))
        _clean_evidence(row)
        row.save()
    _revise(fact_check, actor)
    touch(("claim", claim.pk))
    return fact_check


@action("fact_check.change")
def do_revise_fact_check(
    fact_check: FactCheck,
    *,
    actor: User,
    changes: dict[str, Any] | None = None,
    evidence: EvidenceChanges | None = None,
    expected_version: int | str | None = None,
    correction_note: str = "",
) -> FactCheck:
    """Change a verdict's content and evidence (one revision), or its internal notes.

    In review, the change voids any approval. Published, it needs an editor and a public
    correction note, which is logged with the previous rating and headline. Retracted: never.
    """
    fact_check = lock(fact_check)
    check_version(fact_check, expected_version)
    changes = dict(changes or {})
    evidence = evidence or EvidenceChanges()
    stored = FactCheck(rating_id=fact_check.rating_id, headline=fact_check.headline)
    if "headline" in changes:
        changes["headline"] = " ".join((changes["headline"] or "").split())
        if not changes["headline"]:
            raise Refused("A fact-check needs a headline.")
    changed = apply_changes(fact_check, changes, CONTENT_FIELDS + NOTE_FIELDS)
    content = [name for name in changed if name in CONTENT_FIELDS]
    if set(changed) - set(CONTENT_FIELDS):
        check(actor, "fact_check.change_notes", fact_check)
    if not content and not evidence:
        if changed:
            fact_check.save()
            touch(("fact_check", fact_check.pk))
        return fact_check
    state = check(actor, "fact_check.change", fact_check)
    if evidence:
        check(actor, "evidence.change", fact_check)
    what = ", ".join(content + (["evidence"] if evidence else []))
    note = corrections.require_note(correction_note, what) if state == FactCheckStatus.PUBLISHED else ""
    if fact_check.rating is not None and fact_check.rating_id is None:
        raise Refused("Choose a rating from a rating scale.")
    _apply_evidence(fact_check, evidence)
    _revise(fact_check, actor)
    if state == FactCheckStatus.PUBLISHED:
        corrections.record(
            fact_check.claim,
            CorrectionKind.VERDICT if content else CorrectionKind.EVIDENCE,
            note,
            actor=actor,
            fact_check=fact_check,
            previous_rating_id=stored.rating_id if "rating" in content else None,
            new_rating_id=fact_check.rating_id if "rating" in content else None,
            previous_headline=stored.headline if "headline" in content else "",
        )
    touch(("fact_check", fact_check.pk), ("claim", fact_check.claim_id))
    return fact_check


def _apply_evidence(fact_check: FactCheck, evidence: EvidenceChanges) -> None:
    for row in evidence.remove:
        if row.fact_check_id != fact_check.pk:
            raise Refused("That evidence belongs to another fact-check.")
        row.delete()
    for row, fields in evidence.change.items():
        if row.fact_check_id != fact_check.pk:
            raise Refused("That evidence belongs to another fact-check.")
        row = lock(row)
        apply_changes(row, fields, EVIDENCE_FIELDS)
        _clean_evidence(row)
        row.save()
    next_position = (fact_check.evidence.order_by("-position").values_list("position", flat=True).first() or 0) + 1
    for fields in evidence.add:
        if "fact_check" in fields:
            raise Refused("Evidence is added to the fact-check being revised, not another.")
        row = Evidence(fact_check=fact_check, **({"position": next_position} | fields))
        next_position += 1
        _clean_evidence(row)
        row.save()


def do_add_evidence(fact_check: FactCheck, *, actor: User, correction_note: str = "", **fields: Any) -> FactCheck:
    """One item of evidence added to a verdict (a revision of its content)."""
    return do_revise_fact_check(
        fact_check, actor=actor, evidence=EvidenceChanges(add=[fields]), correction_note=correction_note
    )


def do_remove_evidence(evidence: Evidence, *, actor: User, correction_note: str = "") -> FactCheck:
    return do_revise_fact_check(
        evidence.fact_check, actor=actor, evidence=EvidenceChanges(remove=[evidence]), correction_note=correction_note
    )


def do_change_evidence(
    evidence: Evidence, changes: dict[str, Any], *, actor: User, correction_note: str = ""
) -> FactCheck:
    return do_revise_fact_check(
        evidence.fact_check,
        actor=actor,
        evidence=EvidenceChanges(change={evidence: changes}),
        correction_note=correction_note,
    )


def check_four_eyes(fact_check: FactCheck, actor: User, what: str) -> None:
    """Nobody approves or publishes a text they wrote: not the author, not the latest reviser."""
    if fact_check.author_id == actor.pk:
        raise Refused(f"Four eyes: you wrote “{fact_check.headline}”, so someone else must {what} it.")
    if fact_check.revised_by_id == actor.pk:
        raise Refused(
            f"Four eyes: you wrote the latest revision of “{fact_check.headline}”, so someone else must {what} it."
        )


@action("fact_check.approve")
def do_approve_fact_check(fact_check: FactCheck, *, actor: User) -> FactCheck:
    """Record a second pair of eyes on the current revision of a fact-check in review."""
    fact_check = lock(fact_check)
    check(actor, "fact_check.approve", fact_check)
    check_four_eyes(fact_check, actor, "approve")
    fact_check.reviewer, fact_check.reviewed_at = actor, timezone.now()
    fact_check.save(update_fields=["reviewer", "reviewed_at"])
    return fact_check
