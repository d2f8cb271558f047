"""Article ingest, Django side: propose what an article says, then save what editors accept.

``propose()`` runs the analysis engine (claims.ingest.analyze) with the database's
speakers, resolves speakers to ``Speaker`` rows, ranks claim candidates by
check-worthiness and lists the existing claims each one matches (claims.matching).
It only reads. ``save()`` is an action: it writes the source, its outlet, new speakers
and aliases, and claims with their appearances through the action layer, in one
transaction, as the user who saves; saving the same article again finds everything it
wrote and creates nothing.

The management command ``ingest_article`` and the admin "Import article" page are
the two entry points; both call these functions.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from django.db.models import Q

from claims import matching
from claims.actions import alerts, capture
from claims.ingest.analyze import MAX_TEXT_CHARS, KnownSpeaker, analyze_article
from claims.ingest.speakers import kind_of_name
from claims.models import AlertOrigin, Appearance, AppearanceKind, Claim
from factdb import policy
from factdb.actions import action
from factdb.parsing import parse_id
from factdb.pgstats import element_frequencies
from sources import actions as sources
from sources.models import Outlet, Source, Speaker, SpeakerAlias, SpeakerKind
from sources.normalize import domain_of, name_keys, normalize_name

# Candidates scoring at least this are accepted by default (the seed's death toll scores 0.82).
DEFAULT_ACCEPT_SCORE = 0.45
# Up to this many speakers are all handed to the engine; above it, only those whose
# name or alias shares a capitalised word with the article.
MATCHES_PER_CLAIM = 5

_KINDS = {"person": SpeakerKind.PERSON, "organization": SpeakerKind.ORGANIZATION}
_WORD = re.compile(r"\b[^\W\d_][\w'’-]+")


# What saving an article may create (the permission table's actions).
SAVE_ACTIONS = ("claim.capture", "source.create", "speaker.create", "outlet.create")


class IngestError(ValueError):
    """The article cannot be analysed as given; the message says why."""


@dataclass
class ArticleMeta:
    title: str = ""
    url: str = ""
    outlet: str = ""
    published: dt.date | None = None
    language: str = "en"


@dataclass
class SpeakerProposal:
    """A speaker found in the article: an existing Speaker, or one to create."""

    key: str
    name: str
    mentions: list[str]
    kind: str
    speaker: Speaker | None
    new_aliases: list[str] = field(default_factory=list)

    @property
    def speaker_id(self) -> int | None:
        return self.speaker.pk if self.speaker else None

    def to_dict(self) -> dict:
        return {
            "key": self.key,
            "name": self.name,
            "mentions": self.mentions,
            "kind": self.kind,
            "speaker_id": self.speaker_id,
            "action": "existing" if self.speaker else "new",
            "new_aliases": self.new_aliases,
        }


@dataclass
class ClaimProposal:
    """A check-worthy sentence, who said it, and the existing claims it matches."""

    key: str  # "start-end" in the article: stable between the proposal and the save
    text: str
    quote: str
    kind: str  # direct | paraphrase | statement
    speaker_key: str | None
    speaker_name: str | None
    score: float
    reasons: list[str]
    paragraph: int
    date_mentioned: str | None
    matches: list[matching.Match] = field(default_factory=list)
    already_imported: Claim | None = None  # the claim this quote was saved under from this source
    accept: bool = False
    attach_to: Claim | None = None

    def to_dict(self) -> dict:
        return {
            "key": self.key,
            "text": self.text,
            "speaker": self.speaker_name,
            "score": self.score,
            "reasons": self.reasons,
            "quote": self.quote,
            "kind": self.kind,
            "paragraph": self.paragraph + 1,
            "date_mentioned": self.date_mentioned,
            "accept": self.accept,
            "attach_to": self.attach_to.pk if self.attach_to else None,
            "already_imported": self.already_imported.pk if self.already_imported else None,
            "matches": [
                {
                    "claim_id": m.claim.pk,
                    "text": m.claim.text,
                    "status": m.claim.status,
                    "score": m.score,
                    "level": m.level,
                    "signals": m.signals,
                }
                for m in self.matches
            ],
        }


@dataclass
class Proposal:
    text: str
    meta: ArticleMeta
    source: Source | None
    speakers: list[SpeakerProposal]
    quotes: list[dict]
    claims: list[ClaimProposal]

    def speaker(self, key: str | None) -> SpeakerProposal | None:
        return next((s for s in self.speakers if s.key == key), None)

    def to_dict(self) -> dict:
        return {
            "source": {
                "id": self.source.pk if self.source else None,
                "title": self.meta.title or (self.source.title if self.source else default_title(self.text)),
                "url": self.meta.url,
                "outlet": self.meta.outlet,
                "published": self.meta.published.isoformat() if self.meta.published else None,
            },
            "speakers": [s.to_dict() for s in self.speakers],
            "quotes": self.quotes,
            "claims": [c.to_dict() for c in self.claims],
        }


def clean_text(text: str) -> str:
    """The article text as analysed and stored; raises IngestError when there is none to analyse."""
    if "\x00" in (text or ""):
        raise IngestError("This looks like a binary file, not article text.")
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise IngestError("The article text is empty.")
    if len(text) > MAX_TEXT_CHARS:
        raise IngestError(f"The article is too long ({len(text):,} characters; at most {MAX_TEXT_CHARS:,}).")
    return text


def default_title(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first if len(first) <= 200 else first[:199].rsplit(" ", 1)[0] + "…"


def known_speakers(text: str = "") -> list[KnownSpeaker]:
    """The database's speakers the article may name, with their aliases, as the engine takes them.

    With a text: the speakers sharing a name key (sources.normalize.name_keys) with one of its
    capitalised words, found by index; every spelling the engine would match shares one. Without:
    all of them.
    """
    speakers = Speaker.objects.all()
    if text:
        # Words that may be (part of) a name: capitalised, in any script ("Xi", "Кабулов").
        words = {word for word in _WORD.findall(text) if word[0].isupper()}
        keys = _telling_keys({key for word in words for key in article_word_keys(word)})
        named = Speaker.objects.filter(name_keys__overlap=keys).order_by().values("pk")
        by_alias = SpeakerAlias.objects.filter(name_keys__overlap=keys).order_by().values("speaker_id")
        speakers = speakers.filter(Q(pk__any_of=named) | Q(pk__any_of=by_alias))
    return [
        KnownSpeaker(id=s.pk, name=s.name, aliases=[a.name for a in s.aliases.all()])
        for s in speakers.prefetch_related("aliases").order_by("pk")
    ]


# A partial key (prefix, suffix, consonant skeleton) that more of the speakers share than this is not worth loading
# them all for: "Cooperation" shares "-tion" with 123 of 5,000 generated speakers. Whole-word keys always count.
COMMON_PARTIAL_KEY = 0.01
PARTIAL_KEYS = ("p:", "q:", "s:")


def _telling_keys(keys: set[str]) -> list[str]:
    frequencies = element_frequencies(Speaker, "name_keys")
    cap = max(50.0, COMMON_PARTIAL_KEY * frequencies.rows)
    return sorted(key for key in keys if not key.startswith(PARTIAL_KEYS) or frequencies.rows_holding(key) <= cap)


def article_word_keys(word: str) -> list[str]:
    """The name keys a capitalised word of an article can share with a speaker: its own, and an
    acronym's ("ECB" is the initials of "European Central Bank")."""
    keys = name_keys(word)
    if word.isupper() and word.isalpha():
        keys.append(f"a:{word.lower()}")
    return keys


def _is_part_of(form: str, name: str) -> bool:
    """'Kabulov' is part of 'Zamir Kabulov' (a short form, not another spelling)."""
    return set(normalize_name(form).split()) <= set(normalize_name(name).split())


def _new_aliases(name: str, mentions: list[str], known: list[str]) -> list[str]:
    """Variant spellings worth recording: not the name, not a known alias, not just part of the name."""
    seen = {normalize_name(n) for n in [name, *known]}
    aliases = []
    for form in mentions:
        key = normalize_name(form)
        if key and key not in seen and not _is_part_of(form, name):
            seen.add(key)
            aliases.append(form)
    return aliases


def propose(text: str, meta: ArticleMeta | None = None, *, with_matches: bool = True) -> Proposal:
    """Analyse an article against the database. Reads only: nothing is written."""
    text = clean_text(text)
    meta = meta or ArticleMeta()
    known = known_speakers(text)
    analysis = analyze_article(text, published=meta.published, known_speakers=known)
    existing = Speaker.objects.prefetch_related("aliases").in_bulk(
        [s.speaker_id for s in analysis.speakers if s.speaker_id]
    )

    speakers: list[SpeakerProposal] = []
    by_name: dict[str, SpeakerProposal] = {}
    for index, found in enumerate(analysis.speakers):
        row = existing.get(found.speaker_id)
        name = row.name if row else found.name
        aliases = _new_aliases(name, found.mentions, [a.name for a in row.aliases.all()] if row else [])
        proposal = SpeakerProposal(f"s{index}", name, list(found.mentions), found.kind, row, aliases)
        speakers.append(proposal)
        by_name.setdefault(found.name, proposal)

    source = Source.objects.find(url=meta.url, full_text=text)
    imported: dict[str, Claim] = {}
    if source is not None:
        quotes = {c.quote.strip() for c in analysis.claims}
        for appearance in Appearance.objects.filter(source=source, quote__in=quotes).select_related("claim"):
            imported.setdefault(appearance.quote, appearance.claim)

    claims = []
    for found in analysis.claims:
        who = by_name.get(found.speaker) if found.speaker else None
        claim = ClaimProposal(
            key=f"{found.start}-{found.end}",
            text=" ".join(found.text.split()),
            quote=found.quote.strip(),
            kind=found.kind,
            speaker_key=who.key if who else None,
            speaker_name=who.name if who else None,
            score=found.score,
            reasons=list(found.reasons),
            paragraph=found.paragraph,
            date_mentioned=found.date_mentioned,
            already_imported=imported.get(found.quote.strip()),
        )
        if with_matches:
            claim.matches = matching.similar_claims(claim.text, limit=MATCHES_PER_CLAIM, language=meta.language)
        claim.accept = claim.score >= DEFAULT_ACCEPT_SCORE or claim.already_imported is not None
        best = claim.matches[0] if claim.matches else None
        claim.attach_to = claim.already_imported or (best.claim if best and best.is_duplicate else None)
        claims.append(claim)

    quotes = [
        {
            "text": q.text,
            "speaker": by_name[q.speaker].name if q.speaker in by_name else q.speaker,
            "kind": q.kind,
            "paragraph": q.paragraph + 1,
            "cue": q.cue,
        }
        for q in analysis.quotes
    ]
    return Proposal(text, meta, source, speakers, quotes, claims)


# --- Saving --------------------------------------------------------------------------------

UNKNOWN = ""  # speaker choice: nobody


@dataclass
class ClaimChoice:
    """An editor's decision on one candidate. `speaker`: "" unknown, "s3" a speaker of this
    article, "id:42" an existing speaker, "name:Jane Doe" a speaker found or created by name."""

    accept: bool = True
    text: str | None = None
    speaker: str | None = None
    attach_to: int | None = None


@dataclass
class SaveResult:
    source: Source
    source_created: bool
    outlet: Outlet | None = None
    outlet_created: bool = False
    speakers_created: list[Speaker] = field(default_factory=list)
    speakers_reused: list[Speaker] = field(default_factory=list)
    aliases_created: list[str] = field(default_factory=list)
    aliases_skipped: list[str] = field(default_factory=list)  # spellings of public speakers: editors add those
    claims_created: list[Claim] = field(default_factory=list)
    claims_reused: list[Claim] = field(default_factory=list)
    appearances_created: list[Appearance] = field(default_factory=list)
    appearances_reused: list[Appearance] = field(default_factory=list)

    @property
    def created_anything(self) -> bool:
        return bool(
            self.source_created
            or self.outlet_created
            or self.speakers_created
            or self.aliases_created
            or self.claims_created
            or self.appearances_created
        )

    def to_dict(self) -> dict:
        return {
            "source": {"id": self.source.pk, "created": self.source_created},
            "outlet": {"id": self.outlet.pk, "created": self.outlet_created} if self.outlet else None,
            "speakers_created": [s.pk for s in self.speakers_created],
            "speakers_reused": [s.pk for s in self.speakers_reused],
            "aliases_created": self.aliases_created,
            "aliases_skipped": self.aliases_skipped,
            "claims_created": [c.pk for c in self.claims_created],
            "claims_reused": [c.pk for c in self.claims_reused],
            "appearances_created": [a.pk for a in self.appearances_created],
            "appearances_reused": [a.pk for a in self.appearances_reused],
        }


def default_choices(proposal: Proposal, min_score: float | None = None) -> dict[str, ClaimChoice]:
    """What is saved when nobody reviews the proposal (the command line's --save)."""
    choices = {}
    for c in proposal.claims:
        accept = c.accept if min_score is None else (c.score >= min_score or c.already_imported is not None)
        choices[c.key] = ClaimChoice(
            accept=accept,
            text=c.text,
            speaker=c.speaker_key or UNKNOWN,
            attach_to=c.attach_to.pk if c.attach_to else None,
        )
    return choices


def _outlet_for(meta: ArticleMeta, actor) -> tuple[Outlet | None, bool]:
    domain = domain_of(meta.url) if meta.url else ""
    outlet = sources.resolve_outlet(meta.outlet, domain=domain)
    if outlet is not None or not (meta.outlet or domain):
        return outlet, False
    return sources.resolve_outlet(meta.outlet, domain=domain, create=True, actor=actor), True


def _save_source(proposal: Proposal, actor, result: SaveResult) -> Source:
    """The article's source (and outlet), found by URL or text, else created."""
    meta = proposal.meta
    source = Source.objects.find(url=meta.url, full_text=proposal.text)
    if source is None:
        outlet, result.outlet_created = _outlet_for(meta, actor)
        source, result.source_created = sources.capture_source(
            actor=actor,
            url=meta.url,
            title=(meta.title or default_title(proposal.text))[:500],
            full_text=proposal.text,
            outlet=outlet,
            published_on=meta.published,
            language=meta.language or "en",
        )
    result.source, result.outlet = source, source.outlet
    return source


class _Speakers:
    """Resolves the speakers a save needs, once each: the article's own (by key) and those an editor
    picked or typed ("id:3", "name:Ministry of Health")."""

    def __init__(self, proposal: Proposal, actor, result: SaveResult, speaker_names: dict[str, str]) -> None:
        self.proposal, self.actor, self.result, self.names = proposal, actor, result, speaker_names
        self.resolved: dict[str, Speaker] = {}

    def article_speaker(self, key: str) -> Speaker | None:
        if key in self.resolved:
            return self.resolved[key]
        found = self.proposal.speaker(key)
        if found is None:
            return None
        speaker = Speaker.objects.filter(pk=found.speaker.pk).first() if found.speaker is not None else None
        if speaker is None:
            name = " ".join((self.names.get(key) or found.name).split())
            # a speaker the editor renamed ("the ministry" -> "Ministry of Health") takes the kind of the new name
            kind = found.kind if name == found.name or found.kind == "organization" else kind_of_name(name)
            speaker = self._by_name(name, kind)
        else:
            self.result.speakers_reused.append(speaker)
        self._add_aliases(speaker, [found.name, *found.mentions])
        self.resolved[key] = speaker
        return speaker

    def _by_name(self, name: str, kind: str) -> Speaker:
        speaker = sources.resolve_speaker(name)
        if speaker is not None:
            self.result.speakers_reused.append(speaker)
            return speaker
        speaker = sources.resolve_speaker(
            name, create=True, actor=self.actor, kind=_KINDS.get(kind, SpeakerKind.PERSON)
        )
        self.result.speakers_created.append(speaker)
        return speaker

    def _add_aliases(self, speaker: Speaker, forms: list[str]) -> None:
        """New spellings become aliases; a speaker the actor may not change keeps them as skipped."""
        known = [a.name for a in speaker.aliases.all()]
        for alias in _new_aliases(speaker.name, forms, known):
            if policy.allows(self.actor, "speaker.change", speaker):
                sources.do_add_alias(speaker, alias, actor=self.actor)
                self.result.aliases_created.append(alias)
            else:
                self.result.aliases_skipped.append(alias)

    def chosen(self, choice: str | None) -> Speaker | None:
        choice = (choice or "").strip()
        if not choice:
            return None
        if choice.startswith("id:"):
            pk = parse_id(choice[3:])
            return Speaker.objects.filter(pk=pk).first() if pk is not None else None
        if choice.startswith("name:"):
            return self._typed(choice[5:])
        return self.article_speaker(choice)

    def _typed(self, name: str) -> Speaker | None:
        speaker = sources.resolve_speaker(name)
        if speaker is None and normalize_name(name):
            # an organisation typed by an editor ("Halden Port Authority") is not a person
            kind = _KINDS[kind_of_name(name)]
            speaker = sources.resolve_speaker(name, create=True, actor=self.actor, kind=kind)
            self.result.speakers_created.append(speaker)
        return speaker


@action("ingest.save")
def save(
    proposal: Proposal,
    choices: dict[str, ClaimChoice] | None = None,
    *,
    actor,
    speaker_names: dict[str, str] | None = None,
    create_speakers: set[str] | None = None,
) -> SaveResult:
    """Write the accepted part of `proposal` in one transaction, as `actor`, through the action layer.

    `choices` maps claim keys to decisions (default: `default_choices`); candidates
    without a choice are not saved. `speaker_names` renames new speakers by key;
    `create_speakers` lists the keys of new speakers to create even if no accepted
    claim is theirs (default: all of them). Idempotent: a second save of the same
    article finds its source, speakers, claims and appearances and creates nothing.
    """
    choices = default_choices(proposal) if choices is None else choices
    result = SaveResult(source=proposal.source, source_created=False)
    source = _save_source(proposal, actor, result)
    speakers = _Speakers(proposal, actor, result, speaker_names or {})

    keys = {s.key for s in proposal.speakers if s.speaker is None} if create_speakers is None else create_speakers
    for s in proposal.speakers:
        if s.key in keys or s.speaker is not None:
            speakers.article_speaker(s.key)

    for candidate in proposal.claims:
        choice = choices.get(candidate.key)
        if choice is not None and choice.accept:
            _save_claim(candidate, choice, source, speakers, actor, result)
    alerts.raise_for_appearances(result.appearances_created, AlertOrigin.INGEST)  # an already-checked claim, again
    return result


def _save_claim(candidate, choice: ClaimChoice, source: Source, speakers: _Speakers, actor, result: SaveResult) -> None:
    """One accepted candidate as an appearance, on the chosen claim or on a new one."""
    claim = Claim.objects.get(pk=choice.attach_to) if choice.attach_to else None
    captured = capture.do_capture_appearance(
        source=source,
        quote=candidate.quote,
        claim=claim,
        claim_text=" ".join((choice.text or candidate.text).split()),
        speaker=speakers.chosen(choice.speaker if choice.speaker is not None else candidate.speaker_key),
        kind=AppearanceKind.DIRECT_QUOTE if candidate.kind == "direct" else AppearanceKind.PARAPHRASE,
        location=f"paragraph {candidate.paragraph + 1}",
        actor=actor,
    )
    (result.claims_created if captured.claim_created else result.claims_reused).append(captured.claim)
    (result.appearances_created if captured.appearance_created else result.appearances_reused).append(
        captured.appearance
    )
