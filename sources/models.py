"""Where claims appear (sources, their outlets) and who makes them (speakers).

Rows change only through sources.actions. Which of them partners may see is decided
by the claims app (a speaker is public once a public appearance names them).
"""

from typing import Any

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower, Upper

from factdb.models import (
    COUNTRY_VALIDATOR,
    LANGUAGE_VALIDATOR,
    WIKIDATA_VALIDATOR,
    EditorialModel,
    GuardedModel,
    PublicQuerySet,
    audited,
)
from factdb.parsing import parse_id
from factdb.projection import PublicDocument
from sources.normalize import content_hash, domain_of, name_keys, normalize_name, normalize_url, similar_names


class OutletQuerySet(PublicQuerySet):
    def search(self, term: str):
        """Outlets by id, or by part of the name or domain."""
        if (pk := parse_id(term)) is not None:
            return self.filter(pk=pk)
        return self.filter(Q(name__icontains=term) | Q(domain__icontains=term))


@audited
class Outlet(EditorialModel):
    """A publisher: a newspaper, broadcaster, agency, website or account."""

    name = models.CharField(max_length=200)
    domain = models.CharField(max_length=253, blank=True, help_text="Site domain without www, e.g. 'reuters.com'.")
    url = models.URLField(blank=True)
    country = models.CharField(max_length=2, blank=True, validators=[COUNTRY_VALIDATOR])
    description = models.TextField(blank=True)

    objects = OutletQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(Lower("name"), name="outlet_name_unique_ci"),
            models.UniqueConstraint(fields=["domain"], condition=~Q(domain=""), name="outlet_domain_unique"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.normalize_fields()
        super().save(*args, **kwargs)

    def normalize_fields(self) -> None:
        """Store the domain without scheme or www.; save() calls this, and so must bulk inserts."""
        self.domain = domain_of(self.domain)


class SourceKind(models.TextChoices):
    ARTICLE = "article", "Article"
    TRANSCRIPT = "transcript", "Transcript"
    SPEECH = "speech", "Speech"
    VIDEO = "video", "Video"
    SOCIAL_POST = "social_post", "Social media post"
    PRESS_RELEASE = "press_release", "Press release"
    OFFICIAL_DOCUMENT = "official_document", "Official document"


class SourceQuerySet(PublicQuerySet):
    def find(self, *, url: str = "", full_text: str = ""):
        """The source with the same (normalised) URL, or else the same text; None if there is none."""
        if url and (source := self.filter(url=normalize_url(url)).first()):
            return source
        digest = content_hash(full_text)
        return self.filter(content_hash=digest).first() if digest else None


@audited
class Source(EditorialModel):
    """A document a claim appears in."""

    kind = models.CharField(max_length=20, choices=SourceKind.choices, default=SourceKind.ARTICLE)
    title = models.CharField(max_length=500)
    url = models.URLField(max_length=2000, blank=True, help_text="Stored normalised; unique when set.")
    outlet = models.ForeignKey(Outlet, on_delete=models.PROTECT, null=True, blank=True, related_name="sources")
    published_on = models.DateField(null=True, blank=True, db_index=True)
    language = models.CharField(max_length=20, default="en", validators=[LANGUAGE_VALIDATOR], db_index=True)
    full_text = models.TextField(blank=True)
    archive_url = models.URLField(max_length=2000, blank=True)
    content_hash = models.CharField(max_length=64, blank=True, editable=False, db_index=True)

    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "title"]
        constraints = [
            models.UniqueConstraint(fields=["url"], condition=~Q(url=""), name="source_url_unique"),
        ]
        # Serves the admin's case-insensitive substring search (UPPER(title) LIKE ...).
        indexes = [GinIndex(OpClass(Upper("title"), name="gin_trgm_ops"), name="source_title_trgm")]

    def __str__(self):
        return self.title

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.normalize_fields()
        super().save(*args, **kwargs)

    def normalize_fields(self) -> None:
        """Normalise the URL and hash the text; save() calls this, and so must bulk inserts."""
        self.url = normalize_url(self.url)
        self.content_hash = content_hash(self.full_text)

    def duplicates(self):
        """Other sources with the same text (syndicated or re-posted copies)."""
        if not self.content_hash:
            return Source.objects.none()
        return Source.objects.filter(content_hash=self.content_hash).exclude(pk=self.pk)


class SpeakerKind(models.TextChoices):
    PERSON = "person", "Person"
    ORGANIZATION = "organization", "Organisation"


class SpeakerQuerySet(PublicQuerySet):
    def matching(self, name: str):
        """Speakers whose name or any alias equals `name`, ignoring case and accents."""
        key = normalize_name(name)
        if not key:
            return self.none()
        return self.filter(Q(normalized_name=key) | Q(aliases__normalized_name=key)).distinct()

    def similar(self, name: str, limit: int = 5) -> list["Speaker"]:
        """Speakers whose name or an alias may be `name` spelled another way (Kabulow, Kabuloff, Кабулов).

        Candidates share a name key (GIN index on name_keys) with `name`; each is then compared word by word.
        """
        keys = [k for k in name_keys(name) if not k.startswith("a:")]
        if not keys:
            return []
        by_name = Speaker.objects.filter(name_keys__overlap=keys).order_by().values("pk")
        by_alias = SpeakerAlias.objects.filter(name_keys__overlap=keys).order_by().values("speaker_id")
        candidates = self.filter(pk__in=by_name.union(by_alias)).prefetch_related("aliases")[:200]
        found = []
        for speaker in candidates:
            spellings = [speaker.name, *(alias.name for alias in speaker.aliases.all())]
            if any(similar_names(name, spelling) for spelling in spellings):
                found.append(speaker)
                if len(found) >= limit:
                    break
        return found

    def search(self, term: str):
        """Substring search over names and aliases (trigram indexes), or every word's transliteration key
        (name_keys, GIN): 'Кабулов' finds 'Kabulov', 'Yeltsin' finds 'Ельцин', 'Zhaksybekov' 'Dzhaksybekov'."""
        key = normalize_name(term)
        if not key:
            return self
        # A UNION of index-served lookups; OR-ing them in one WHERE makes PostgreSQL scan every row.
        lookups = [
            Speaker.objects.filter(normalized_name__contains=key).order_by().values("pk"),
            SpeakerAlias.objects.filter(normalized_name__contains=key).order_by().values("speaker_id"),
        ]
        if translit := [k for k in name_keys(term) if k.startswith("t:")]:
            lookups += [
                Speaker.objects.filter(name_keys__contains=translit).order_by().values("pk"),
                SpeakerAlias.objects.filter(name_keys__contains=translit).order_by().values("speaker_id"),
            ]
        return self.filter(pk__in=lookups[0].union(*lookups[1:]))


@audited
class Speaker(EditorialModel):
    """A person or organisation that makes claims."""

    name = models.CharField(max_length=200)
    normalized_name = models.CharField(max_length=200, editable=False, db_index=True)
    # Where the name is found again however it is spelled (sources.normalize.name_keys): ingest looks
    # up the few speakers an article may name by these, not every speaker.
    name_keys = ArrayField(models.CharField(max_length=200), default=list, editable=False)
    kind = models.CharField(max_length=20, choices=SpeakerKind.choices, default=SpeakerKind.PERSON)
    role = models.CharField("role / title", max_length=200, blank=True)
    affiliation = models.CharField(max_length=200, blank=True)
    country = models.CharField(max_length=2, blank=True, validators=[COUNTRY_VALIDATOR])
    wikidata_id = models.CharField("Wikidata id", max_length=20, blank=True, validators=[WIKIDATA_VALIDATOR])
    same_as = ArrayField(
        models.URLField(max_length=500),
        default=list,
        blank=True,
        help_text="sameAs links (Wikipedia, official pages), comma-separated.",
    )
    description = models.TextField(blank=True)

    objects = SpeakerQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["wikidata_id"], condition=~Q(wikidata_id=""), name="speaker_wikidata_unique"
            ),
        ]
        indexes = [
            GinIndex(fields=["normalized_name"], opclasses=["gin_trgm_ops"], name="speaker_name_trgm"),
            GinIndex(fields=["name_keys"], name="speaker_name_keys"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.normalize_fields()
        super().save(*args, **kwargs)

    def normalize_fields(self) -> None:
        """Derive the lookup form of the name; save() calls this, and so must bulk inserts."""
        self.name = " ".join(self.name.split())
        self.normalized_name = normalize_name(self.name)
        self.name_keys = name_keys(self.name)


@audited
class SpeakerAlias(GuardedModel):
    """Another spelling of a speaker's name: a variant, transliteration or misspelling.

    Spellings are kept as written ("Замир Кабулов" and "Kubalov" both stay); lookups go
    through the normalised form, so case and accents never matter.
    """

    speaker = models.ForeignKey(Speaker, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200)
    normalized_name = models.CharField(max_length=200, editable=False, db_index=True)
    name_keys = ArrayField(models.CharField(max_length=200), default=list, editable=False)

    class Meta:
        verbose_name_plural = "speaker aliases"
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint("speaker", Lower("name"), name="speaker_alias_unique"),
        ]
        indexes = [
            GinIndex(fields=["normalized_name"], opclasses=["gin_trgm_ops"], name="speaker_alias_trgm"),
            GinIndex(fields=["name_keys"], name="speaker_alias_name_keys"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.normalize_fields()
        super().save(*args, **kwargs)

    def normalize_fields(self) -> None:
        """Derive the lookup form of the name; save() calls this, and so must bulk inserts."""
        self.name = " ".join(self.name.split())
        self.normalized_name = normalize_name(self.name)
        self.name_keys = name_keys(self.name)


# --- The public projection: what partners read of speakers, sources and outlets (factdb.projection) ------
# Kept by the claims app's action layer, which decides what is public; read by sources.api.


class PublicSpeaker(PublicDocument):
    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20)
    country = models.CharField(max_length=2, blank=True)
    wikidata_id = models.CharField(max_length=20, blank=True)
    names = models.TextField(blank=True, help_text="The name and aliases, normalised, for search.")

    class Meta:
        indexes = [
            *PublicDocument.document_indexes("pubspeaker"),
            models.Index(fields=["name", "id"], name="pubspeaker_name"),
            GinIndex(fields=["names"], opclasses=["gin_trgm_ops"], name="pubspeaker_names_trgm"),
        ]


class PublicSource(PublicDocument):
    title = models.CharField(max_length=500)
    outlet_id = models.BigIntegerField(null=True, db_index=True)
    kind = models.CharField(max_length=20)
    language = models.CharField(max_length=20)
    published_on = models.DateField(null=True)

    class Meta:
        indexes = [
            *PublicDocument.document_indexes("pubsource"),
            GinIndex(OpClass(Upper("title"), name="gin_trgm_ops"), name="pubsource_title_trgm"),
            models.Index(fields=["published_on"], name="pubsource_published"),
        ]


class PublicOutlet(PublicDocument):
    name = models.CharField(max_length=200)
    domain = models.CharField(max_length=253, blank=True, db_index=True)
    country = models.CharField(max_length=2, blank=True)

    class Meta:
        indexes = [
            *PublicDocument.document_indexes("puboutlet"),
            models.Index(fields=["name", "id"], name="puboutlet_name"),
            GinIndex(OpClass(Upper("name"), name="gin_trgm_ops"), name="puboutlet_name_trgm"),
        ]
