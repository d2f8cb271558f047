"""Claims, where they appear, and the newsroom's verdicts on them.

Every write goes through claims.actions, which enforces the editorial rules; the
models hold structure, integrity constraints and read-side helpers. Which rows
partners may see is declared in claims.visibility.
"""

from typing import Any

import pgtrigger
from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, HashIndex, OpClass
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import MD5, Lower, Upper

from claims.search import DEFAULT_CONFIG, language_config
from factdb.models import (
    LANGUAGE_VALIDATOR,
    AppendOnlyModel,
    EditorialModel,
    GuardedModel,
    PublicQuerySet,
    audited,
)
from factdb.projection import PublicDocument
from sources.models import Source, Speaker

# Text without a language of its own (quotes, verdicts): the newsroom's language.
SEARCH_CONFIG = DEFAULT_CONFIG


def search_vector(*fields: str, language: str | None = None) -> models.GeneratedField:
    """A stored, indexed tsvector column computed by PostgreSQL from `fields`, with the configuration of the
    row's `language` column (claims.search), or the default one."""
    config = language_config(language) if language else SEARCH_CONFIG
    return models.GeneratedField(
        expression=SearchVector(*fields, config=config),
        output_field=SearchVectorField(),
        db_persist=True,
    )


def weighted_search_vector() -> models.GeneratedField:
    """The projection's tsvector from its search_a, search_b and search_c columns, weighted A, B and C, with
    the configuration of the document's language."""
    return models.GeneratedField(
        expression=SearchVector("search_a", weight="A", config=language_config())
        + SearchVector("search_b", weight="B", config=language_config())
        + SearchVector("search_c", weight="C", config=language_config()),
        output_field=SearchVectorField(),
        db_persist=True,
    )


@audited
class Topic(EditorialModel):
    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(Lower("name"), name="topic_name_unique_ci")]

    def __str__(self) -> str:
        return self.name


class RatingCategory(models.TextChoices):
    """Scale-independent meaning of a rating, so partners can compare newsrooms."""

    TRUE = "true", "True"
    MOSTLY_TRUE = "mostly_true", "Mostly true"
    MIXED = "mixed", "Mixed"
    MOSTLY_FALSE = "mostly_false", "Mostly false"
    FALSE = "false", "False"
    UNPROVEN = "unproven", "Unproven"
    OTHER = "other", "Other"


@audited
class RatingScale(EditorialModel):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    methodology = models.TextField(help_text="Public text: how ratings on this scale are decided.")
    is_default = models.BooleanField(default=False)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"], condition=Q(is_default=True), name="one_default_rating_scale"
            ),
        ]

    def __str__(self) -> str:
        return self.name


@audited
class Rating(EditorialModel):
    """One step of a rating scale; a higher ordinal value means closer to true."""

    scale = models.ForeignKey(RatingScale, on_delete=models.PROTECT, related_name="ratings")
    label = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100)
    value = models.PositiveSmallIntegerField(help_text="Ordinal position on the scale; higher is truer.")
    category = models.CharField(max_length=20, choices=RatingCategory.choices, db_index=True)
    colour = models.CharField(max_length=7, default="#777777", help_text="Badge colour, #rrggbb.")
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["scale", "-value"]
        constraints = [
            models.UniqueConstraint(fields=["scale", "value"], name="rating_value_unique_per_scale"),
            models.UniqueConstraint(fields=["scale", "slug"], name="rating_slug_unique_per_scale"),
            models.UniqueConstraint("scale", Lower("label"), name="rating_label_unique_per_scale"),
            models.CheckConstraint(condition=Q(colour__regex=r"^#[0-9A-Fa-f]{6}$"), name="rating_colour_hex"),
        ]

    def __str__(self) -> str:
        return (
            f"{self.label} ({self.scale.name})" if self.scale_id and "scale" in self._state.fields_cache else self.label
        )


class ClaimStatus(models.TextChoices):
    NEW = "new", "New"
    SELECTED = "selected", "Selected"
    RESEARCHING = "researching", "Researching"
    IN_REVIEW = "in_review", "In review"
    PUBLISHED = "published", "Published"
    NOT_CHECKABLE = "not_checkable", "Not checkable"
    RETRACTED = "retracted", "Retracted"


class Priority(models.IntegerChoices):
    LOW = 0, "Low"
    NORMAL = 1, "Normal"
    HIGH = 2, "High"
    URGENT = 3, "Urgent"


# Statuses someone still has to act on (the desk's queues).
OPEN_STATUSES = (ClaimStatus.NEW, ClaimStatus.SELECTED, ClaimStatus.RESEARCHING, ClaimStatus.IN_REVIEW)


def claim_text_key(text: str) -> str:
    """What makes two claim texts the same claim: the words, whatever the spacing."""
    return " ".join((text or "").split())


@audited
class Claim(EditorialModel):
    """A canonical, checkable statement. It can appear many times, said by many speakers."""

    text = models.TextField()
    language = models.CharField(max_length=20, default="en", validators=[LANGUAGE_VALIDATOR], db_index=True)
    topics: "models.ManyToManyField[Topic, ClaimTopic]" = models.ManyToManyField(
        "Topic", through="ClaimTopic", blank=True, related_name="claims"
    )
    # Changed only by the workflow steps (claims.actions.workflow; who and from where: factdb.policy).
    status = models.CharField(
        max_length=20, choices=ClaimStatus.choices, default=ClaimStatus.NEW, db_index=True, editable=False
    )
    is_public = models.BooleanField(
        "public", default=False, db_index=True, editable=False, help_text="Partners may see this claim."
    )
    internal_notes = models.TextField(blank=True, help_text="Never shown to partners.")
    first_seen_on = models.DateField(
        null=True, blank=True, editable=False, db_index=True, help_text="Earliest appearance."
    )
    current_fact_check = models.ForeignKey(
        "FactCheck",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        help_text="The latest published fact-check.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )
    # The desk (claims.actions.desk): who works on it, how urgent, by when. Set only by do_plan_claim.
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        db_index=False,  # claim_assignee_status serves it
        related_name="assigned_claims",
    )
    priority = models.PositiveSmallIntegerField(
        choices=Priority.choices, default=Priority.NORMAL, db_default=Priority.NORMAL, editable=False
    )  # db_default: bulk loads (COPY) that do not name the column
    deadline = models.DateField(null=True, blank=True, editable=False)
    status_since = models.DateTimeField(
        null=True, blank=True, editable=False, help_text="When the status last changed."
    )
    merged_into = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, editable=False, related_name="merged_claims"
    )
    search_vector = search_vector("text", language="language")

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # One canonical claim per wording: captures, imports and ingest reuse it, never duplicate it.
            models.UniqueConstraint(MD5("text"), name="claim_text_unique"),
        ]
        indexes = [
            GinIndex(fields=["search_vector"], name="claim_search_vector"),
            GinIndex(OpClass(Upper("text"), name="gin_trgm_ops"), name="claim_text_trgm"),  # icontains search
            # Nearest claims by trigram distance, in index order (claims.matching): flat cost at any size.
            HashIndex(fields=["text"], name="claim_text_hash"),  # exact-text lookups (capture, imports); any length
            models.Index(fields=["-created_at"], name="claim_created_desc"),
            models.Index(fields=["is_public", "updated_at"], name="claim_public_updated"),
            # The desk's queues: open claims by status and deadline, and each person's own.
            models.Index(fields=["status", "deadline"], name="claim_status_deadline"),
            models.Index(fields=["assignee", "status"], name="claim_assignee_status"),
            models.Index(fields=["created_at"], condition=Q(priority__gte=2), name="claim_urgent_created"),
        ]

    def __str__(self) -> str:
        return self.text if len(self.text) <= 90 else self.text[:87] + "…"

    def save(self, *args: Any, **kwargs: Any) -> None:
        self.text = claim_text_key(self.text)
        super().save(*args, **kwargs)

    def refresh_first_seen(self) -> None:
        """Recompute `first_seen_on` from the appearances (kept denormalised for fast lists)."""
        first = self.appearances.aggregate(
            first=models.Min(models.functions.Coalesce("said_on", "source__published_on"))
        )["first"]
        Claim.objects.filter(pk=self.pk).update(first_seen_on=first)
        self.first_seen_on = first


@audited
class ClaimTopic(GuardedModel):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE)
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["claim", "topic"], name="claim_topic_unique")]

    def __str__(self) -> str:
        return str(self.topic)


class ClaimTransition(AppendOnlyModel):
    """One step of a claim through the workflow: who moved it, when, from where to where, and why."""

    # PROTECT: a claim with a workflow history is never deleted (the step log is the newsroom's record).
    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="transitions")
    name = models.CharField(max_length=50)
    from_status = models.CharField(max_length=20, choices=ClaimStatus.choices)
    to_status = models.CharField(max_length=20, choices=ClaimStatus.choices)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        triggers = [pgtrigger.Protect(name="transition_append_only", operation=pgtrigger.Update | pgtrigger.Delete)]

    def __str__(self) -> str:
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"


class MergeKind(models.TextChoices):
    CLAIM = "claim", "Claim"
    SPEAKER = "speaker", "Speaker"
    SOURCE = "source", "Source"


class Merge(AppendOnlyModel):
    """One duplicate merged into the record it duplicated: what was moved, by whom, when."""

    kind = models.CharField(max_length=20, choices=MergeKind.choices)
    merged_id = models.BigIntegerField(help_text="The duplicate's id.")
    merged_name = models.CharField(max_length=500, help_text="The duplicate as it read when merged.")
    into_id = models.BigIntegerField()
    into_name = models.CharField(max_length=500)
    moved = models.JSONField(default=dict, help_text="How many appearances, verdicts, aliases... were moved.")
    note = models.TextField(blank=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["kind", "into_id"], name="merge_into")]
        triggers = [pgtrigger.Protect(name="merge_append_only", operation=pgtrigger.Update | pgtrigger.Delete)]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} “{self.merged_name}” merged into “{self.into_name}”"


class AppearanceKind(models.TextChoices):
    DIRECT_QUOTE = "direct", "Direct quote"
    PARAPHRASE = "paraphrase", "Paraphrase"


@audited
class Appearance(EditorialModel):
    """One time a claim was made: by whom, in which source, when, in what words."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="appearances")
    # PROTECT: deleting a speaker or source must never silently delete what they said.
    speaker = models.ForeignKey(
        Speaker,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="appearances",
        help_text="Leave empty when the speaker is unknown.",
    )
    source = models.ForeignKey(Source, on_delete=models.PROTECT, related_name="appearances")
    quote = models.TextField("verbatim quote")
    kind = models.CharField(max_length=20, choices=AppearanceKind.choices, default=AppearanceKind.DIRECT_QUOTE)
    said_on = models.DateField(null=True, blank=True, db_index=True)
    location = models.CharField(
        max_length=100, blank=True, help_text="Where in the source: paragraph, page or timestamp."
    )
    # Partners see an appearance once an editor has: by making its claim public, or by publishing it.
    is_public = models.BooleanField("published", default=False, editable=False, db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )
    search_vector = search_vector("quote")

    class Meta:
        ordering = ["said_on", "id"]
        constraints = [
            models.UniqueConstraint(F("claim"), F("source"), MD5("quote"), name="appearance_unique_quote_per_source"),
            models.CheckConstraint(condition=~Q(quote=""), name="appearance_quote_not_empty"),
        ]
        indexes = [GinIndex(fields=["search_vector"], name="appearance_search_vector")]

    def __str__(self) -> str:
        who = self.speaker.name if self.speaker is not None else "Unknown speaker"
        return f"{who}: {self.quote[:60]}"


class FactCheckStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    PUBLISHED = "published", "Published"
    RETRACTED = "retracted", "Retracted"


class FactCheckQuerySet(PublicQuerySet):
    def published(self) -> "FactCheckQuerySet":
        """Public verdicts that stand (not retracted): track records, "has this been checked?", ClaimReview."""
        return self.public().filter(status=FactCheckStatus.PUBLISHED)


@audited
class FactCheck(EditorialModel):
    """A verdict on a claim. A claim can be re-checked; its latest published fact-check is current.

    Its content (rating, headline, explanation, evidence) is revised in numbered
    revisions (FactCheckRevision), each naming its writer. Four eyes: the reviewer is
    neither the author nor whoever wrote the latest revision, and any revision voids an
    earlier approval.
    """

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="fact_checks")
    rating = models.ForeignKey(Rating, on_delete=models.PROTECT, null=True, blank=True, related_name="fact_checks")
    headline = models.CharField(max_length=300)
    explanation = models.TextField(blank=True, help_text="Public: what we found and how.")
    status = models.CharField(
        max_length=20, choices=FactCheckStatus.choices, default=FactCheckStatus.DRAFT, db_index=True, editable=False
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, editable=False, related_name="authored_fact_checks"
    )
    revision = models.PositiveIntegerField(default=0, editable=False, help_text="Number of the latest revision.")
    revised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        editable=False,
        related_name="+",
        help_text="Who wrote the latest revision of the content.",
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="reviewed_fact_checks",
        editable=False,
    )
    reviewed_at = models.DateTimeField(null=True, blank=True, editable=False)
    published_at = models.DateTimeField(null=True, blank=True, editable=False, db_index=True)
    internal_notes = models.TextField(
        blank=True, help_text="Research notes and reviewer comments; never shown to partners."
    )
    search_vector = search_vector("headline", "explanation")

    objects = FactCheckQuerySet.as_manager()  # type: ignore[misc]  # the model's own manager over its base's

    class Meta:
        verbose_name = "fact-check"
        ordering = ["-published_at", "-created_at"]
        constraints = [
            # Four eyes, in the database: nobody reviews their own fact-check, or their own revision of it.
            models.CheckConstraint(
                condition=Q(reviewer__isnull=True) | ~Q(reviewer=F("author")), name="factcheck_four_eyes"
            ),
            # Until publication, the reviewer did not write the latest revision either (a published
            # verdict's later revisions are editors' corrections, each logged in public).
            models.CheckConstraint(
                condition=Q(reviewer__isnull=True)
                | Q(revised_by__isnull=True)
                | ~Q(reviewer=F("revised_by"))
                | ~Q(status__in=["draft", "in_review"]),
                name="factcheck_four_eyes_revision",
            ),
            models.CheckConstraint(
                condition=~Q(status=FactCheckStatus.PUBLISHED)
                | Q(published_at__isnull=False, reviewer__isnull=False, rating__isnull=False),
                name="factcheck_published_is_complete",
            ),
        ]
        indexes = [
            GinIndex(fields=["search_vector"], name="factcheck_search_vector"),
            GinIndex(OpClass(Upper("headline"), name="gin_trgm_ops"), name="factcheck_headline_trgm"),
        ]

    def __str__(self) -> str:
        return self.headline

    @property
    def is_published(self) -> bool:
        return self.status == FactCheckStatus.PUBLISHED


class FactCheckRevision(AppendOnlyModel):
    """One version of a verdict's content, as its writer left it: who wrote which words."""

    fact_check = models.ForeignKey(FactCheck, on_delete=models.PROTECT, related_name="revisions")
    number = models.PositiveIntegerField()
    rating = models.ForeignKey(Rating, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    headline = models.CharField(max_length=300)
    explanation = models.TextField(blank=True)
    evidence = models.JSONField(default=list, help_text="The evidence cited: url, title, note, archive url.")
    written_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    written_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["fact_check", "-number"]
        constraints = [models.UniqueConstraint(fields=["fact_check", "number"], name="factcheck_revision_unique")]
        triggers = [pgtrigger.Protect(name="revision_append_only", operation=pgtrigger.Update | pgtrigger.Delete)]

    def __str__(self) -> str:
        return f"Revision {self.number} of fact-check {self.fact_check_id}"


@audited
class Evidence(EditorialModel):
    """A document a fact-check cites as proof (not a Source: sources are where claims appear)."""

    fact_check = models.ForeignKey(FactCheck, on_delete=models.CASCADE, related_name="evidence")
    url = models.URLField(max_length=2000)
    title = models.CharField(max_length=500, blank=True)
    note = models.TextField(blank=True, help_text="What this evidence shows.")
    archive_url = models.URLField(max_length=2000, blank=True)
    accessed_on = models.DateField(null=True, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        verbose_name_plural = "evidence"
        ordering = ["position", "id"]

    def __str__(self) -> str:
        return self.title or self.url


class CorrectionKind(models.TextChoices):
    VERDICT = "verdict", "Verdict changed"
    EVIDENCE = "evidence", "Evidence changed"
    WORDING = "wording", "Claim wording changed"
    APPEARANCE = "appearance", "Appearance changed"
    RETRACTION = "retraction", "Verdict retracted"


class Correction(AppendOnlyModel):
    """A public, dated note of what changed in the published record and why. Never edited afterwards.

    Every change partners could have seen leaves one: a verdict's rating or text, its
    evidence, a public claim's wording or appearances, and a retraction (with its reason).
    """

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="corrections")
    fact_check = models.ForeignKey(
        FactCheck, on_delete=models.PROTECT, null=True, blank=True, related_name="corrections"
    )
    kind = models.CharField(max_length=20, choices=CorrectionKind.choices, default=CorrectionKind.VERDICT)
    note = models.TextField(help_text="Public: what changed and why.")
    previous_rating = models.ForeignKey(Rating, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    new_rating = models.ForeignKey(Rating, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    previous_headline = models.CharField(max_length=300, blank=True)
    previous_text = models.TextField(blank=True, help_text="The claim's wording before a wording correction.")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    published_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = PublicQuerySet.as_manager()  # type: ignore[misc]  # over AppendOnlyModel's GuardedQuerySet

    class Meta:
        ordering = ["-published_at"]
        constraints = [models.CheckConstraint(condition=~Q(note=""), name="correction_note_not_empty")]
        triggers = [pgtrigger.Protect(name="correction_append_only", operation=pgtrigger.Update | pgtrigger.Delete)]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} on {self.published_at:%Y-%m-%d}"


@audited
class ExternalReview(EditorialModel):
    """Another newsroom's published verdict on a claim, imported from its ClaimReview markup.

    Not one of our fact-checks: no author, reviewer or workflow of ours. Kept to show
    who else checked a claim and what they concluded; never exported to partners.
    """

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="external_reviews")
    url = models.URLField(max_length=2000, unique=True, help_text="The fact-check article (stored normalised).")
    publisher_name = models.CharField(max_length=200)
    publisher_site = models.CharField(max_length=253, blank=True, help_text="Site domain without www.")
    textual_rating = models.CharField(max_length=300, blank=True, help_text="The rating exactly as published.")
    category = models.CharField(
        max_length=20, choices=RatingCategory.choices, db_index=True, help_text="Our normalised reading of it."
    )
    rating_value = models.FloatField(null=True, blank=True)
    worst_rating = models.FloatField(null=True, blank=True)
    best_rating = models.FloatField(null=True, blank=True)
    headline = models.CharField(max_length=500, blank=True)
    reviewed_on = models.DateField(null=True, blank=True, db_index=True)
    language = models.CharField(max_length=20, blank=True, validators=[LANGUAGE_VALIDATOR])
    raw = models.JSONField(help_text="The ClaimReview object as imported.")
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, editable=False, related_name="+"
    )

    class Meta:
        verbose_name = "external review"
        ordering = ["-reviewed_on", "-id"]

    def __str__(self) -> str:
        return f"{self.publisher_name}: {self.textual_rating or self.get_category_display()}"


class ClaimEmbedding(models.Model):
    """A claim's sentence embedding, for semantic matching (claims.matching).

    Derived data, so not audited: rebuilt from the claim text at any time. Fresh while
    `text_hash` equals md5 of the claim text. Stored as a float array so every server
    can hold it; where pgvector is installed, matching casts it to `vector` in SQL.
    """

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="embeddings")
    model = models.CharField(max_length=100, help_text="The encoder that produced the vector.")
    text_hash = models.CharField(max_length=32, help_text="md5 of the claim text that was embedded.")
    vector = ArrayField(models.FloatField())
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["claim", "model"], name="claim_embedding_unique_per_model")]

    def __str__(self) -> str:
        return f"{self.model} embedding of claim {self.claim_id}"


# --- The public projection: what partners read, as they read it (factdb.projection; kept by claims.projection) ---


CURRENT = Q(removed_at__isnull=True)


class PublicClaim(PublicDocument):
    status = models.CharField(max_length=20, db_index=True)
    language = models.CharField(max_length=20, db_index=True)
    category = models.CharField(max_length=20, blank=True, db_index=True, help_text="Of the current verdict.")
    rating_slug = models.CharField(max_length=100, blank=True)
    verdict_published_at = models.DateTimeField(null=True)
    speaker_ids = ArrayField(models.BigIntegerField(), default=list)
    source_ids = ArrayField(models.BigIntegerField(), default=list)
    outlet_ids = ArrayField(models.BigIntegerField(), default=list)
    topic_slugs = ArrayField(models.CharField(max_length=100), default=list)
    said_min = models.DateField(null=True)
    said_max = models.DateField(null=True)
    # Searched text, by weight: the claim (A), its public quotes (B), its standing verdicts (C).
    search_a = models.TextField(blank=True)
    search_b = models.TextField(blank=True)
    search_c = models.TextField(blank=True)
    search = weighted_search_vector()
    google_body = models.TextField(null=True, help_text="Google Fact Check Tools' Claim, once a verdict stands.")

    class Meta:
        indexes = [
            *PublicDocument.document_indexes("pubclaim"),
            GinIndex(fields=["speaker_ids"], name="pubclaim_speakers"),
            GinIndex(fields=["source_ids"], name="pubclaim_sources"),
            GinIndex(fields=["outlet_ids"], name="pubclaim_outlets"),
            GinIndex(fields=["topic_slugs"], name="pubclaim_topics"),
            GinIndex(fields=["search"], name="pubclaim_search"),
            # The ranked searches' candidate walk (claims.filtersets.ranked: the newest matches first) reads these
            # narrow indexes only, not the wide document rows: 327 → 25 ms for a common word at 1M claims.
            models.Index(fields=["-id"], include=["search"], condition=CURRENT, name="pubclaim_search_walk"),
            models.Index(
                fields=["-id"],
                include=["search"],
                condition=CURRENT & Q(google_body__isnull=False),
                name="pubclaim_google_search_walk",
            ),  # fmt: skip
            models.Index(fields=["verdict_published_at"], name="pubclaim_verdict_published"),
            models.Index(fields=["said_min"], name="pubclaim_said_min"),
            models.Index(fields=["said_max"], name="pubclaim_said_max"),
        ]


class PublicFactCheck(PublicDocument):
    claim_id = models.BigIntegerField(db_index=True)
    status = models.CharField(max_length=20, db_index=True)
    language = models.CharField(max_length=20, db_index=True)
    category = models.CharField(max_length=20, blank=True, db_index=True)
    rating_slug = models.CharField(max_length=100, blank=True, db_index=True)
    published_at = models.DateTimeField(null=True)
    speaker_ids = ArrayField(models.BigIntegerField(), default=list)
    source_ids = ArrayField(models.BigIntegerField(), default=list)
    outlet_ids = ArrayField(models.BigIntegerField(), default=list)
    topic_slugs = ArrayField(models.CharField(max_length=100), default=list)
    said_min = models.DateField(null=True)
    said_max = models.DateField(null=True)
    # Searched text, by weight: the verdict (A), its claim (B), the claim's public quotes (C).
    search_a = models.TextField(blank=True)
    search_b = models.TextField(blank=True)
    search_c = models.TextField(blank=True)
    search = weighted_search_vector()
    claimreview_body = models.TextField(null=True, help_text="schema.org ClaimReview, while the verdict stands.")
    google_page_body = models.TextField(null=True, help_text="Google's ClaimReviewMarkupPage, while it stands.")

    class Meta:
        indexes = [
            *PublicDocument.document_indexes("pubfactcheck"),
            models.Index(fields=["published_at", "id"], name="pubfactcheck_published"),
            GinIndex(fields=["speaker_ids"], name="pubfactcheck_speakers"),
            GinIndex(fields=["source_ids"], name="pubfactcheck_sources"),
            GinIndex(fields=["outlet_ids"], name="pubfactcheck_outlets"),
            GinIndex(fields=["topic_slugs"], name="pubfactcheck_topics"),
            GinIndex(fields=["search"], name="pubfactcheck_search"),
            models.Index(fields=["-id"], include=["search"], condition=CURRENT, name="pubfactcheck_search_walk"),
        ]


class PublicCorrection(PublicDocument):
    claim_id = models.BigIntegerField(db_index=True)
    fact_check_id = models.BigIntegerField(null=True, db_index=True)
    published_at = models.DateTimeField()

    class Meta:
        indexes = [
            *PublicDocument.document_indexes("pubcorrection"),
            models.Index(fields=["published_at", "id"], name="pubcorrection_published"),
        ]


class PublicTopic(PublicDocument):
    name = models.CharField(max_length=100)

    class Meta:
        indexes = [
            *PublicDocument.document_indexes("pubtopic"),
            models.Index(fields=["name", "id"], name="pubtopic_name"),
        ]


class PublicRatingScale(PublicDocument):
    name = models.CharField(max_length=100)

    class Meta:
        indexes = [
            *PublicDocument.document_indexes("pubratingscale"),
            models.Index(fields=["name", "id"], name="pubratingscale_name"),
        ]


@audited
class PartnerPage(EditorialModel):
    """A partner's ClaimReview markup page, written over the Google-compatible `pages` API (claims.actions.pages).

    Owned by the organisation of the key that created it: only keys of that organisation read,
    update or delete it. `document` is the page in Google's shape, without its name and versionId.
    """

    organization = models.CharField(max_length=200, db_index=True)
    page_url = models.URLField(max_length=500)
    document = models.JSONField()
    created_by_key = models.ForeignKey("factdb.PartnerKey", on_delete=models.PROTECT, related_name="pages")

    class Meta:
        ordering = ["-id"]

    def __str__(self) -> str:
        return f"{self.organization}: {self.page_url}"

    @property
    def name(self) -> str:
        return f"pages/partner-{self.pk}"


class TipStatus(models.TextChoices):
    OPEN = "open", "Open"
    HANDLED = "handled", "Handled"


class TipGroup(GuardedModel):
    """One item of the desk's triage queue: tips asking about the same thing, counted, not repeated."""

    text = models.TextField(help_text="The first tip's text: what the group is about.")
    count = models.PositiveIntegerField(default=0)
    status = models.CharField(max_length=10, choices=TipStatus.choices, default=TipStatus.OPEN)
    claim = models.ForeignKey(Claim, null=True, blank=True, on_delete=models.SET_NULL, related_name="tip_groups")
    first_at = models.DateTimeField(auto_now_add=True)
    last_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "tip (triage queue)"
        verbose_name_plural = "tips (triage queue)"
        indexes = [
            GinIndex(OpClass(Upper("text"), name="gin_trgm_ops"), name="tipgroup_text_trgm"),
            models.Index(fields=["status", "-count"], name="tipgroup_queue"),
        ]

    def __str__(self) -> str:
        return f"{self.text[:80]} ({self.count})"


class TipChannel(models.TextChoices):
    FORM = "form", "Public form"
    API = "api", "Partner API"


class Tip(GuardedModel):
    """A claim a reader (public form) or a partner (API, with its key) asked the newsroom to check.

    Answered at once with a published fact-check that matches, else queued in a TipGroup.
    The contact is the reader's: only the desk sees it.
    """

    text = models.TextField()
    link = models.URLField(max_length=500, blank=True)
    contact = models.CharField(max_length=200, blank=True)
    channel = models.CharField(max_length=10, choices=TipChannel.choices)
    partner_key = models.ForeignKey("factdb.PartnerKey", null=True, blank=True, on_delete=models.PROTECT)
    fact_check = models.ForeignKey(
        FactCheck, null=True, blank=True, on_delete=models.PROTECT, help_text="The answer, when one matched."
    )
    score = models.FloatField(null=True, blank=True)
    group = models.ForeignKey(TipGroup, null=True, blank=True, on_delete=models.PROTECT, related_name="tips")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]

    def __str__(self) -> str:
        return self.text[:80]


class AlertOrigin(models.TextChoices):
    INGEST = "ingest", "Imported article"
    IMPORT = "import", "Data import"
    TIP = "tip", "Tip"


class AlertStatus(models.TextChoices):
    OPEN = "open", "Open"
    ATTACHED = "attached", "Appearance attached"
    DISMISSED = "dismissed", "Dismissed"


class Alert(GuardedModel):
    """A claim the newsroom already checked, said again (Full Fact's "already checked"): for the desk.

    `fact_check` is the published verdict it matched; the new appearance (quote, speaker, source,
    date), ready to attach to the checked claim, is `appearance` (captured by ingest or an import)
    or, for a tip, its text and link.
    """

    origin = models.CharField(max_length=10, choices=AlertOrigin.choices)
    fact_check = models.ForeignKey(FactCheck, on_delete=models.PROTECT, related_name="alerts")
    score = models.FloatField()
    appearance = models.ForeignKey(Appearance, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    tip = models.ForeignKey(Tip, null=True, blank=True, on_delete=models.SET_NULL, related_name="alerts")
    status = models.CharField(max_length=10, choices=AlertStatus.choices, default=AlertStatus.OPEN)
    attached = models.ForeignKey(Appearance, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-id"]
        indexes = [models.Index(fields=["status", "-id"], name="alert_queue")]

    def __str__(self) -> str:
        return f"Already checked: {self.fact_check.claim.text[:80]}"
