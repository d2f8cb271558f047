"""Changing, publishing and removing appearances (adding one is capture: claims.actions.capture).

A public appearance (on a public claim, seen by an editor) is published content: its
quote, speaker, source and date change only by an editor's correction with a public note.
"""

from typing import Any

from django.contrib.auth.models import User

from claims.actions import corrections
from claims.models import Appearance, Claim, CorrectionKind
from factdb.actions import Refused, action, apply_changes, check, check_version, lock, touch

FIELDS = ("quote", "speaker", "source", "kind", "said_on", "location")


def _touch(appearance: Appearance, *previous: Appearance) -> None:
    """The appearance's claim, and the speakers and sources it names now and named before."""
    keys = [("claim", appearance.claim_id), ("appearance", appearance.pk)]
    keys += [("speaker", pk) for pk in {appearance.speaker_id, *[p.speaker_id for p in previous]} if pk]
    keys += [("source", pk) for pk in {appearance.source_id, *[p.source_id for p in previous]} if pk]
    touch(*keys)


@action("appearance.change")
def do_change_appearance(
    appearance: Appearance,
    changes: dict[str, Any],
    *,
    actor: User,
    expected_version: int | str | None = None,
    correction_note: str = "",
) -> Appearance:
    appearance = lock(appearance)
    check_version(appearance, expected_version)
    before = Appearance(speaker_id=appearance.speaker_id, source_id=appearance.source_id)
    if "quote" in changes:
        changes = {**changes, "quote": (changes["quote"] or "").strip()}
    state = check(actor, "appearance.change", appearance)
    previous_quote = appearance.quote
    changed = apply_changes(appearance, changes, FIELDS)
    if not changed:
        return appearance
    if state == "public":
        note = corrections.require_note(correction_note, "appearance (" + ", ".join(changed) + ")")
    if not appearance.quote:
        raise Refused("An appearance needs the verbatim quote.")
    appearance.save()
    Claim.objects.get(pk=appearance.claim_id).refresh_first_seen()
    if state == "public":
        corrections.record(appearance.claim, CorrectionKind.APPEARANCE, note, actor=actor, previous_text=previous_quote)
    _touch(appearance, before)
    return appearance


@action("appearance.publish")
def do_publish_appearance(appearance: Appearance, *, actor: User) -> Appearance:
    """An editor has seen a pending appearance of a public claim: partners see it (and its speaker and source)."""
    appearance = lock(appearance)
    check(actor, "appearance.publish", appearance)
    appearance.is_public = True
    appearance.save(update_fields=["is_public"])
    _touch(appearance)
    return appearance


@action("appearance.remove")
def do_remove_appearance(appearance: Appearance, *, actor: User, correction_note: str = "") -> None:
    appearance = lock(appearance)
    state = check(actor, "appearance.remove", appearance)
    claim = Claim.objects.get(pk=appearance.claim_id)
    note = corrections.require_note(correction_note, "appearances") if state == "public" else ""
    _touch(appearance)
    quote = appearance.quote
    appearance.delete()
    claim.refresh_first_seen()
    if state == "public":
        corrections.record(claim, CorrectionKind.APPEARANCE, note, actor=actor, previous_text=quote)
