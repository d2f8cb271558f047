"""Capturing what was said: new claims and their appearances, one at a time or in bulk.

The admin, article ingest, bulk imports, the demo and the test factories record claims
through these actions, so re-importing the same material never duplicates anything, and
the rules hold for all of them: a new claim is internal until an editor makes it public;
an appearance added to a public claim waits for an editor ("pending") unless an editor
added it.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, TypeVar

from django.contrib.auth.models import User
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.db.models import Min, Model, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.text import slugify

from claims import matching
from claims.models import Appearance, AppearanceKind, Claim, ClaimTopic, Topic, claim_text_key
from factdb import policy
from factdb.actions import Refused, action, check, lock, touch, validated
from sources import actions as sources
from sources.models import Outlet, Source, Speaker, SpeakerAlias
from sources.normalize import normalize_name, normalize_url

_M = TypeVar("_M", bound=Model)
_T = TypeVar("_T")


@dataclass
class Captured:
    claim: Claim
    appearance: Appearance
    claim_created: bool
    appearance_created: bool


def _claim_instance(text: str, language: str, user: User) -> Claim:
    return Claim(text=text, language=language or "en", created_by=user)


@action("claim.capture")
def do_capture_claim(text: str, *, actor: User, language: str = "") -> tuple[Claim, bool]:
    """The claim with this text (spacing ignored), created if new; returns (claim, created)."""
    check(actor, "claim.capture")
    text = claim_text_key(text)
    if not text:
        raise Refused("A claim needs its text.")
    claim = Claim.objects.filter(text=text).first()
    if claim is not None:
        return claim, False
    claim = _claim_instance(text, language, actor)
    validated(claim, exclude=["text"])
    try:
        with transaction.atomic():  # a concurrent capture of the same text may win the unique constraint
            claim.save()
    except IntegrityError:
        return Claim.objects.get(text=text), False
    matching.index_claims_on_commit([claim])
    touch(("claim", claim.pk))
    return claim, True


def publishes_at_once(actor: User, claim: Claim) -> bool:
    """An appearance an editor adds to a public claim is public at once; anyone else's waits for one."""
    return claim.is_public and policy.allows_in(actor, "appearance.publish", "pending")


def _appearance_instance(
    claim: Claim,
    source: Source,
    quote: str,
    speaker: Speaker | None,
    kind: str,
    said_on: date | None,
    location: str,
    user: User,
    public: bool,
) -> Appearance:
    """An unsaved appearance; one place decides that the source's date stands in for an unknown one."""
    return Appearance(
        claim=claim,
        source=source,
        quote=quote,
        speaker=speaker,
        kind=kind,
        said_on=said_on or source.published_on,
        location=location,
        created_by=user,
        is_public=public,
    )


@action("appearance.add")
def do_capture_appearance(
    *,
    actor: User,
    source: Source,
    quote: str,
    claim: Claim | None = None,
    claim_text: str = "",
    speaker: Speaker | None = None,
    kind: str = AppearanceKind.DIRECT_QUOTE,
    said_on: date | None = None,
    location: str = "",
    language: str = "",
) -> Captured:
    """Record that `quote` appeared in `source`, as an appearance of `claim` (or of a claim with `claim_text`).

    Idempotent: an identical claim text is reused, and the same quote in the same source
    for the same claim is returned rather than stored twice.
    """
    quote = (quote or "").strip()
    if not quote:
        raise Refused("An appearance needs the verbatim quote.")
    claim_created = False
    if claim is None:
        claim, claim_created = do_capture_claim(claim_text or quote, language=language or source.language, actor=actor)
    claim = lock(claim)
    check(actor, "appearance.add", claim)
    appearance = Appearance.objects.filter(claim=claim, source=source, quote=quote).first()
    if appearance is not None:
        return Captured(claim, appearance, claim_created, False)
    public = publishes_at_once(actor, claim)
    appearance = _appearance_instance(claim, source, quote, speaker, kind, said_on, location, actor, public)
    appearance.save(force_insert=True)
    claim.refresh_first_seen()
    touch(("claim", claim.pk), ("appearance", appearance.pk))
    return Captured(claim, appearance, claim_created, True)


def topic_for(name: str, *, actor: User | None = None, create: bool = True) -> Topic | None:
    """The topic with this name or slug (any case); created by `actor` if asked and new."""
    from claims.actions.topics import do_create_topic

    name = " ".join((name or "").split())
    slug = slugify(name)
    if not slug:
        return None
    topic = Topic.objects.filter(Q(slug=slug) | Q(name__iexact=name)).first()
    if topic is None and create:
        topic = do_create_topic(name, actor=actor)  # type: ignore[arg-type]  # no actor: @action refuses (Forbidden)
    return topic


def refresh_first_seen(claim_ids: Iterable[int]) -> None:
    """`Claim.refresh_first_seen` for many claims in one statement (after bulk-inserted appearances)."""
    first = (
        Appearance.objects.filter(claim=OuterRef("pk"))
        .order_by()
        .values("claim")
        .annotate(first=Min(Coalesce("said_on", "source__published_on")))
        .values("first")
    )
    Claim.objects.filter(pk__in=list(claim_ids)).update(first_seen_on=Subquery(first))


@contextmanager
def constraints_checked_per_statement() -> Iterator[None]:
    """Inside a transaction: check foreign keys at the end of each statement rather than at commit.

    Same checks, earlier (CaptureBatch inserts what is referred to before what refers to it).
    Why: our foreign keys are DEFERRABLE INITIALLY DEFERRED, so every inserted row queues its
    checks until commit, and the audit triggers (pghistory, pgtrigger) catch an exception per row,
    which makes PostgreSQL scan that whole queue each time: an import of n rows took O(n²).
    On success the default (deferred, as Django creates every such constraint) is restored;
    on error the rollback restores it.
    """
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    yield
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")


# The same normalisations, remembered: a file names the same speakers, sources and topics many times.
_url_key = lru_cache(maxsize=100_000)(normalize_url)
_name_key = lru_cache(maxsize=100_000)(normalize_name)
_slug = lru_cache(maxsize=10_000)(slugify)


class RowRefused(Exception):  # noqa: N818  # "refused", the import report's word
    """The database refused an object a batch queued: `row` is the file row that queued it (None if unknown)."""

    def __init__(self, row: int | None, error: DatabaseError) -> None:
        super().__init__(str(error))
        self.row, self.error = row, error


class CaptureBatch:
    """The capture rules above, for thousands of rows in one transaction (bulk imports).

    Objects are found by the same natural keys (claim text, source URL, speaker name,
    alias or Wikidata id, outlet domain or name, topic slug) and built by the same
    helpers, normalised by the models' own `normalize_fields()` (what their save() does).
    The differences: existing objects are loaded in bulk (`prime`) and cached, and new
    speakers, sources, claims, appearances and topic links are inserted in batches, so
    an object returned by `speaker()`, `source()` or `claim()` has no primary key until
    `flush()` (`saved()` inserts it at once). Call `flush()` before the transaction ends.

    Use it inside an action (the importer's): the permission table is checked for `actor`
    as each kind of object is first created, and appearances of public claims wait for an
    editor unless `actor` is one.
    """

    CHUNK = 1000

    def __init__(self, actor: User) -> None:
        self.user = actor
        self._allowed: dict[str, bool] = {}
        self._claims: dict[str, Claim | None] = {}  # None: known not to exist
        self._sources: dict[str, Source | None] = {}
        self._speakers: dict[str, Speaker | None] = {}
        self._wikidata: dict[str, Speaker | None] = {}
        self._outlets: dict[tuple[str, str], Outlet | None] = {}
        self._topics: dict[str, Topic] = {}
        # Links are keyed by claim text, so that claims not yet inserted have a key too.
        self._known_claims: set[str] = set()  # claims whose appearances and topics are all loaded
        # (claim text, source URL or else id, quote): queued sources have a URL but no id yet.
        self._appearance_keys: set[tuple[str, str | int, str]] = set()
        self._claim_topics: set[tuple[str, int]] = set()
        self._new_speakers: list[Speaker] = []
        self._new_sources: list[Source] = []
        self._new_claims: list[Claim] = []
        self._new_appearances: list[Appearance] = []
        self._new_topic_links: list[ClaimTopic] = []
        self._touched: list[Claim] = []
        self.created_appearances: list[Appearance] = []  # inserted by flush()
        self.row: int | None = None  # the file row being read: what a refusal at flush() time is reported against

    def prime(
        self, *, claim_texts: Iterable[str] = (), source_urls: Iterable[str] = (), speaker_names: Iterable[str] = ()
    ) -> None:
        """Load the existing claims, sources and speakers a file mentions, one query per chunk of keys."""
        texts = sorted({claim_text_key(t) for t in claim_texts} - {""} - set(self._claims))
        for chunk in _chunks(texts, self.CHUNK):
            found = {c.text: c for c in Claim.objects.filter(text__in=chunk)}
            self._claims.update({text: found.get(text) for text in chunk})
            self._load_links(list(found.values()))
        urls = sorted({_url_key(u) for u in source_urls} - {""} - set(self._sources))
        for chunk in _chunks(urls, self.CHUNK):
            found = {s.url: s for s in Source.objects.filter(url__in=chunk)}
            self._sources.update({url: found.get(url) for url in chunk})
        keys = sorted({_name_key(n) for n in speaker_names} - {""} - set(self._speakers))
        for chunk in _chunks(keys, self.CHUNK):
            named: dict[str, Speaker] = {}
            for speaker in Speaker.objects.filter(normalized_name__in=chunk).order_by("name", "pk"):
                named.setdefault(speaker.normalized_name, speaker)
            aliases = SpeakerAlias.objects.filter(normalized_name__in=chunk).select_related("speaker")
            for alias in aliases.order_by("speaker__name", "speaker_id"):
                named.setdefault(alias.normalized_name, alias.speaker)
            self._speakers.update({key: named.get(key) for key in chunk})

    def _load_links(self, claims: Iterable[Claim]) -> None:
        texts = {c.pk: c.text for c in claims if c.pk is not None and c.text not in self._known_claims}
        if not texts:
            return
        rows = Appearance.objects.filter(claim_id__in=texts).values_list(
            "claim_id", "source_id", "source__url", "quote"
        )
        self._appearance_keys.update((texts[claim], url or source, quote) for claim, source, url, quote in rows)
        links = ClaimTopic.objects.filter(claim_id__in=texts).values_list("claim_id", "topic_id")
        self._claim_topics.update((texts[claim_id], topic_id) for claim_id, topic_id in links)
        self._known_claims.update(texts.values())

    def _check(self, action_name: str, obj: Model | None = None) -> None:
        """`check` for this batch's actor; creation checks are asked once per batch."""
        if obj is None:
            if action_name not in self._allowed:
                check(self.user, action_name)
                self._allowed[action_name] = True
            return
        check(self.user, action_name, obj)

    def claim(self, text: str, *, language: str = "") -> tuple[Claim, bool]:
        """As `do_capture_claim`, but a new claim is inserted at the next `flush()`."""
        key = claim_text_key(text)
        if not key:
            raise Refused("A claim needs its text.")
        if key not in self._claims:
            self._claims[key] = Claim.objects.filter(text=key).first()
        existing = self._claims[key]
        if existing is not None:
            return existing, False
        self._check("claim.capture")
        claim = self._claims[key] = _claim_instance(key, language, self.user)
        self._known_claims.add(claim.text)
        self._queue(self._new_claims, claim)
        return claim, True

    def speaker(self, name: str, *, create: bool = False, **defaults: Any) -> tuple[Speaker | None, bool]:
        """As `resolve_speaker`; returns (speaker, created)."""
        key = _name_key(name)
        if not key:
            return None, False
        wikidata_id = defaults.get("wikidata_id") or ""
        if wikidata_id:
            if wikidata_id not in self._wikidata:
                self._wikidata[wikidata_id] = Speaker.objects.filter(wikidata_id=wikidata_id).first()
            if self._wikidata[wikidata_id] is not None:
                return self._wikidata[wikidata_id], False
        if key not in self._speakers:
            self._speakers[key] = Speaker.objects.matching(name).first()
        if self._speakers[key] is not None or not create:
            return self._speakers[key], False
        self._check("speaker.create")
        speaker = self._speakers[key] = Speaker(name=" ".join(name.split()), **defaults)
        speaker.normalize_fields()
        self._queue(self._new_speakers, speaker)
        if wikidata_id:
            self._wikidata[wikidata_id] = speaker
        return speaker, True

    def outlet(self, name: str = "", *, domain: str = "") -> tuple[Outlet | None, bool]:
        """As `sources.actions.resolve_outlet(create=True)`; returns (outlet, created)."""
        key = (domain.strip().lower(), _name_key(name))
        if key not in self._outlets:
            outlet = sources.resolve_outlet(name, domain=domain)
            if outlet is None and (name or domain):
                self._outlets[key] = sources.resolve_outlet(name, domain=domain, create=True, actor=self.user)
                return self._outlets[key], True
            self._outlets[key] = outlet
        return self._outlets[key], False

    def source(self, url: str, **fields: Any) -> tuple[Source, bool]:
        """As `sources.actions.capture_source` for a source with a URL; returns (source, created)."""
        key = _url_key(url)
        if not key:
            raise Refused("Sources are matched by URL; this one has none.")
        if key not in self._sources:
            self._sources[key] = Source.objects.find(url=key)
        known = self._sources[key]
        if known is not None:
            return known, False
        self._check("source.create")
        source = self._sources[key] = Source(url=key, title=fields.pop("title", "") or key, **fields)
        source.normalize_fields()
        self._queue(self._new_sources, source)
        return source, True

    def topics(self, claim: Claim, names: Iterable[str]) -> int:
        """Tag `claim` with these topics (as `topic_for`); returns how many topics were created."""
        created = 0
        self._load_links([claim])
        for name in names:
            slug = _slug(name)
            if not slug:
                continue
            if slug not in self._topics:
                existing_topic = topic_for(name, create=False)
                created += existing_topic is None
                topic_or_none = existing_topic or topic_for(name, actor=self.user)
                assert topic_or_none is not None  # its slug is not empty
                self._topics[slug] = topic_or_none
            topic = self._topics[slug]
            if (claim.text, topic.pk) not in self._claim_topics:
                if claim.pk is not None:
                    self._check("claim.change_topics", claim)
                self._claim_topics.add((claim.text, topic.pk))
                self._queue(self._new_topic_links, ClaimTopic(claim=claim, topic=topic))
        return created

    def appearance(
        self,
        *,
        claim: Claim,
        source: Source,
        quote: str,
        speaker: Speaker | None = None,
        kind: str = AppearanceKind.DIRECT_QUOTE,
        said_on: date | None = None,
        location: str = "",
    ) -> bool:
        """As `capture_appearance`: queued unless the claim already has this quote in this source; True if new."""
        quote = (quote or "").strip()
        if not quote:
            raise Refused("An appearance needs the verbatim quote.")
        self._load_links([claim])
        key = (claim.text, source.url or source.pk, quote)
        if key in self._appearance_keys:
            return False
        if claim.pk is not None:
            self._check("appearance.add", claim)
        self._appearance_keys.add(key)
        self._touched.append(claim)
        public = claim.pk is not None and publishes_at_once(self.user, claim)
        self._queue(
            self._new_appearances,
            _appearance_instance(claim, source, quote, speaker, kind, said_on, location, self.user, public),
        )
        if len(self._new_appearances) >= self.CHUNK or len(self._new_claims) >= self.CHUNK:
            self.flush()
        return True

    def _queue(self, queue: list[_M], obj: _M) -> None:
        obj._batch_row = self.row  # type: ignore[attr-defined]  # read back only if the database refuses it
        queue.append(obj)

    def _insert(self, model: type[_M], objs: list[_M]) -> None:
        """bulk_create, and on a refusal the row that queued the refused object (tried one by one to find it)."""
        try:
            with transaction.atomic():
                model._default_manager.bulk_create(objs, batch_size=self.CHUNK)
        except DatabaseError as error:
            for obj in objs:
                try:
                    with transaction.atomic():
                        model._default_manager.bulk_create([obj])
                except DatabaseError as refused:
                    raise RowRefused(getattr(obj, "_batch_row", None), refused) from error
            raise

    def saved(self, obj: _M) -> _M:
        """`obj` (a claim, speaker or source from this batch), inserted now if it is still queued."""
        if obj.pk is None:
            self.flush()
        return obj

    def flush(self) -> None:
        """Insert the queued speakers, sources, claims, appearances and topic links, with first-seen dates."""
        # bulk_create skips Model.save(): speakers and sources were normalised by normalize_fields() (all
        # their save() does), claims and links have no save() logic, and Appearance.save()'s
        # refresh_first_seen() is done here for all claims at once: in Python for new claims (all their
        # appearances are queued here), in one UPDATE for existing ones.
        new_claims = {id(claim) for claim in self._new_claims}
        for appearance in self._new_appearances:
            claim = appearance.claim
            if id(claim) in new_claims and (day := appearance.said_on or appearance.source.published_on):
                claim.first_seen_on = min(day, claim.first_seen_on or day)
        self._insert(Speaker, self._new_speakers)
        self._insert(Source, self._new_sources)
        # Bulk imports leave embeddings to `manage.py embed_claims`: encoding thousands inline would stall them.
        self._insert(Claim, self._new_claims)
        self._insert(Appearance, self._new_appearances)
        self.created_appearances += self._new_appearances  # repeat alerts look at them (claims.actions.alerts)
        self._insert(ClaimTopic, self._new_topic_links)
        existing = {claim.pk for claim in self._touched if id(claim) not in new_claims}
        if existing:
            refresh_first_seen(existing)
        touch(*(("claim", claim.pk) for claim in self._touched))
        self._new_speakers, self._new_sources = [], []
        self._new_claims, self._new_appearances, self._new_topic_links, self._touched = [], [], [], []


def _chunks(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]
