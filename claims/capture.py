"""Capturing what was said: the one write path for new claims and appearances.

The admin, the API, article ingest and bulk imports all record claims through
these functions, so re-importing the same material never duplicates anything.
"""

from dataclasses import dataclass

from django.db import transaction

from claims.models import Appearance, AppearanceKind, Claim
from sources.models import Source, Speaker
from sources.normalize import content_hash, normalize_name, normalize_url


@dataclass
class Captured:
    claim: Claim
    appearance: Appearance
    claim_created: bool
    appearance_created: bool


def find_source(*, url: str = "", full_text: str = "") -> Source | None:
    """An existing source with the same (normalised) URL, or else the same text."""
    if url and (source := Source.objects.filter(url=normalize_url(url)).first()):
        return source
    digest = content_hash(full_text)
    return Source.objects.filter(content_hash=digest).first() if digest else None


def resolve_speaker(name: str, *, create: bool = False, **defaults) -> Speaker | None:
    """The speaker known by `name` (any alias, any case or accents); optionally create it."""
    if not normalize_name(name):
        return None
    speaker = Speaker.objects.matching(name).first()
    if speaker is None and create:
        speaker = Speaker.objects.create(name=" ".join(name.split()), **defaults)
    return speaker


@transaction.atomic
def capture_appearance(
    *,
    source: Source,
    quote: str,
    claim: Claim | None = None,
    claim_text: str = "",
    speaker: Speaker | None = None,
    kind: str = AppearanceKind.DIRECT_QUOTE,
    said_on=None,
    location: str = "",
    language: str = "",
    user=None,
) -> Captured:
    """Record that `quote` appeared in `source`, as an appearance of `claim` (or of a claim with `claim_text`).

    Idempotent: an identical claim text is reused, and the same quote in the same source
    for the same claim is returned rather than stored twice.
    """
    quote = quote.strip()
    if not quote:
        raise ValueError("An appearance needs the verbatim quote.")
    claim_created = False
    if claim is None:
        text = " ".join((claim_text or quote).split())
        claim = Claim.objects.filter(text=text).first()
        if claim is None:
            claim = Claim.objects.create(text=text, language=language or source.language, created_by=user)
            claim_created = True
    appearance = Appearance.objects.filter(claim=claim, source=source, quote=quote).first()
    if appearance is not None:
        return Captured(claim, appearance, claim_created, False)
    appearance = Appearance.objects.create(
        claim=claim,
        source=source,
        quote=quote,
        speaker=speaker,
        kind=kind,
        said_on=said_on or source.published_on,
        location=location,
        created_by=user,
    )
    return Captured(claim, appearance, claim_created, True)
