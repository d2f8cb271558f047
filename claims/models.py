"""Claims, where they appear, and the newsroom's verdicts on them.

Writes that carry editorial rules (workflow transitions, publishing,
corrections) go through `claims.workflow`; the models hold structure,
integrity constraints and read-side helpers.
"""

import pgtrigger
from concurrency.fields import AutoIncVersionField
from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, HashIndex, OpClass
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import MD5, Lower, Upper
from django_fsm import FSMField, transition

from sources.models import LANGUAGE_VALIDATOR, PublicQuerySet, Source, Speaker, TimeStampedModel, audited

SEARCH_CONFIG = "english"


def search_vector(*fields):
    """A stored, indexed tsvector column computed by PostgreSQL from `fields`."""
    return models.GeneratedField(
        expression=SearchVector(*fields, config=SEARCH_CONFIG),
        output_field=SearchVectorField(),
        db_persist=True,
    )


class TopicQuerySet(PublicQuerySet):
    public_claim_path = "topics"


@audited
class Topic(TimeStampedModel):
    name = models.CharField(max_length=100)
    slug = models.SlugField(max_length=100, unique=True)
    description = models.TextField(blank=True)

    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(Lower("name"), name="topic_name_unique_ci")]

    def __str__(self):
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


class RatingScaleQuerySet(models.QuerySet):
    def public(self):
        """Every scale is public: partners need the methodology behind every rating."""
        return self


@audited
class RatingScale(TimeStampedModel):
    name = models.CharField(max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    methodology = models.TextField(help_text="Public text: how ratings on this scale are decided.")
    is_default = models.BooleanField(default=False)

    objects = RatingScaleQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"], condition=Q(is_default=True), name="one_default_rating_scale"
            ),
        ]

    def __str__(self):
        return self.name


@audited
class Rating(TimeStampedModel):
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

    def __str__(self):
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


def claim_text_key(text: str) -> str:
    """What makes two claim texts the same claim: the words, whatever the spacing."""
    return " ".join((text or "").split())


class ClaimQuerySet(models.QuerySet):
    def public(self):
        """Claims editors made public; the only claims partners ever see."""
        return self.filter(is_public=True)


@audited
class Claim(TimeStampedModel):
    """A canonical, checkable statement. It can appear many times, said by many speakers."""

    text = models.TextField()
    language = models.CharField(max_length=20, default="en", validators=[LANGUAGE_VALIDATOR], db_index=True)
    topics = models.ManyToManyField("Topic", through="ClaimTopic", blank=True, related_name="claims")
    status = FSMField(max_length=20, choices=ClaimStatus.choices, default=ClaimStatus.NEW, db_index=True)
    is_public = models.BooleanField("public", default=False, db_index=True, help_text="Partners may see this claim.")
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
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    version = AutoIncVersionField()
    search_vector = search_vector("text")

    objects = ClaimQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        permissions = [
            ("triage_claim", "Can select claims, mark them not checkable or reopen them"),
            ("research_claim", "Can research claims and submit them for review"),
            ("review_claim", "Can send claims in review back to research"),
            ("publish_claim", "Can publish and retract verdicts"),
            ("change_claim_visibility", "Can make claims public or internal"),
        ]
        constraints = [
            # One canonical claim per wording: captures, imports and ingest reuse it, never duplicate it.
            models.UniqueConstraint(MD5("text"), name="claim_text_unique"),
        ]
        indexes = [
            GinIndex(fields=["search_vector"], name="claim_search_vector"),
            GinIndex(OpClass(Upper("text"), name="gin_trgm_ops"), name="claim_text_trgm"),  # icontains search
            HashIndex(fields=["text"], name="claim_text_hash"),  # exact-text lookups (capture, imports); any length
            models.Index(fields=["-created_at"], name="claim_created_desc"),
            models.Index(fields=["is_public", "updated_at"], name="claim_public_updated"),
        ]

    def __str__(self):
        return self.text if len(self.text) <= 90 else self.text[:87] + "…"

    # Allowed transitions, defined once. Permission and four-eyes checks that need
    # the acting user live in claims.workflow, which is the only caller.
    @transition(field=status, source=ClaimStatus.NEW, target=ClaimStatus.SELECTED, permission="claims.triage_claim")
    def select(self):
        pass

    @transition(
        field=status,
        source=[ClaimStatus.NEW, ClaimStatus.SELECTED, ClaimStatus.RESEARCHING],
        target=ClaimStatus.NOT_CHECKABLE,
        permission="claims.triage_claim",
    )
    def mark_not_checkable(self):
        pass

    @transition(
        field=status, source=ClaimStatus.NOT_CHECKABLE, target=ClaimStatus.NEW, permission="claims.triage_claim"
    )
    def reopen(self):
        pass

    @transition(
        field=status, source=ClaimStatus.SELECTED, target=ClaimStatus.RESEARCHING, permission="claims.research_claim"
    )
    def start_research(self):
        pass

    @transition(
        field=status, source=ClaimStatus.RESEARCHING, target=ClaimStatus.IN_REVIEW, permission="claims.research_claim"
    )
    def submit_for_review(self):
        pass

    @transition(
        field=status, source=ClaimStatus.IN_REVIEW, target=ClaimStatus.RESEARCHING, permission="claims.review_claim"
    )
    def send_back(self):
        pass

    @transition(
        field=status, source=ClaimStatus.IN_REVIEW, target=ClaimStatus.PUBLISHED, permission="claims.publish_claim"
    )
    def publish(self):
        pass

    @transition(
        field=status, source=ClaimStatus.PUBLISHED, target=ClaimStatus.RETRACTED, permission="claims.publish_claim"
    )
    def retract(self):
        pass

    @transition(
        field=status,
        source=[ClaimStatus.PUBLISHED, ClaimStatus.RETRACTED],
        target=ClaimStatus.RESEARCHING,
        permission="claims.research_claim",
    )
    def recheck(self):
        pass

    def save(self, *args, **kwargs):
        self.text = claim_text_key(self.text)
        super().save(*args, **kwargs)

    def refresh_first_seen(self):
        """Recompute `first_seen_on` from the appearances (kept denormalised for fast lists)."""
        first = self.appearances.aggregate(
            first=models.Min(models.functions.Coalesce("said_on", "source__published_on"))
        )["first"]
        Claim.objects.filter(pk=self.pk).update(first_seen_on=first)
        self.first_seen_on = first


@audited
class ClaimTopic(models.Model):
    claim = models.ForeignKey(Claim, on_delete=models.CASCADE)
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["claim", "topic"], name="claim_topic_unique")]

    def __str__(self):
        return str(self.topic)


class ClaimTransition(models.Model):
    """One step of a claim through the workflow: who moved it, when, from where to where, and why."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="transitions")
    name = models.CharField(max_length=50)
    from_status = models.CharField(max_length=20, choices=ClaimStatus.choices)
    to_status = models.CharField(max_length=20, choices=ClaimStatus.choices)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+")
    note = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        triggers = [pgtrigger.Protect(name="transition_append_only", operation=pgtrigger.Update)]

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"


class AppearanceKind(models.TextChoices):
    DIRECT_QUOTE = "direct", "Direct quote"
    PARAPHRASE = "paraphrase", "Paraphrase"


class AppearanceQuerySet(models.QuerySet):
    def public(self):
        return self.filter(claim__is_public=True)


@audited
class Appearance(TimeStampedModel):
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
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    search_vector = search_vector("quote")

    objects = AppearanceQuerySet.as_manager()

    class Meta:
        ordering = ["said_on", "id"]
        constraints = [
            models.UniqueConstraint(F("claim"), F("source"), MD5("quote"), name="appearance_unique_quote_per_source"),
            models.CheckConstraint(condition=~Q(quote=""), name="appearance_quote_not_empty"),
        ]
        indexes = [GinIndex(fields=["search_vector"], name="appearance_search_vector")]

    def __str__(self):
        who = self.speaker.name if self.speaker_id else "Unknown speaker"
        return f"{who}: {self.quote[:60]}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self.claim.refresh_first_seen()

    def delete(self, *args, **kwargs):
        claim = self.claim
        result = super().delete(*args, **kwargs)
        claim.refresh_first_seen()
        return result


class FactCheckStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    PUBLISHED = "published", "Published"
    WITHDRAWN = "withdrawn", "Withdrawn"


class FactCheckQuerySet(models.QuerySet):
    def public(self):
        """Published fact-checks on public claims; nothing else reaches partners."""
        return self.filter(status=FactCheckStatus.PUBLISHED, claim__is_public=True)


@audited
class FactCheck(TimeStampedModel):
    """A verdict on a claim. A claim can be re-checked; its latest published fact-check is current."""

    claim = models.ForeignKey(Claim, on_delete=models.PROTECT, related_name="fact_checks")
    rating = models.ForeignKey(Rating, on_delete=models.PROTECT, null=True, blank=True, related_name="fact_checks")
    headline = models.CharField(max_length=300)
    explanation = models.TextField(blank=True, help_text="Public: what we found and how.")
    status = models.CharField(
        max_length=20, choices=FactCheckStatus.choices, default=FactCheckStatus.DRAFT, db_index=True
    )
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="authored_fact_checks")
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
    version = AutoIncVersionField()
    search_vector = search_vector("headline", "explanation")

    objects = FactCheckQuerySet.as_manager()

    class Meta:
        verbose_name = "fact-check"
        ordering = ["-published_at", "-created_at"]
        permissions = [
            ("approve_factcheck", "Can approve fact-checks written by others"),
            ("correct_factcheck", "Can correct published fact-checks"),
        ]
        constraints = [
            # Four eyes, in the database: nobody reviews their own fact-check.
            models.CheckConstraint(
                condition=Q(reviewer__isnull=True) | ~Q(reviewer=F("author")), name="factcheck_four_eyes"
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

    def __str__(self):
        return self.headline

    @property
    def is_published(self):
        return self.status == FactCheckStatus.PUBLISHED


@audited
class Evidence(TimeStampedModel):
    """A source cited by a fact-check."""

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

    def __str__(self):
        return self.title or self.url


class CorrectionQuerySet(models.QuerySet):
    def public(self):
        return self.filter(fact_check__in=FactCheck.objects.public())


class Correction(models.Model):
    """A public, dated note of what changed in a published verdict and why. Never edited afterwards."""

    fact_check = models.ForeignKey(FactCheck, on_delete=models.PROTECT, related_name="corrections")
    note = models.TextField(help_text="Public: what changed and why.")
    previous_rating = models.ForeignKey(Rating, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    new_rating = models.ForeignKey(Rating, on_delete=models.PROTECT, null=True, blank=True, related_name="+")
    previous_headline = models.CharField(max_length=300, blank=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    published_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = CorrectionQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at"]
        constraints = [models.CheckConstraint(condition=~Q(note=""), name="correction_note_not_empty")]
        triggers = [pgtrigger.Protect(name="correction_append_only", operation=pgtrigger.Update | pgtrigger.Delete)]

    def __str__(self):
        return f"Correction of {self.fact_check_id} on {self.published_at:%Y-%m-%d}"


@audited
class ExternalReview(TimeStampedModel):
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
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = "external review"
        ordering = ["-reviewed_on", "-id"]

    def __str__(self):
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

    def __str__(self):
        return f"{self.model} embedding of claim {self.claim_id}"
