"""Partner representations of claims, fact-checks, ratings, topics and corrections.

Only public fields: no internal notes, no authors or reviewers, no drafts. Nested
fact-checks are the public ones on the (public) claim, via FactCheck.objects.public():
published, or retracted (shown with their status; the reason is in the corrections log).
"""

from django.db.models import Prefetch
from drf_spectacular.extensions import OpenApiSerializerExtension
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from claims import claimreview
from claims.claimreview import fact_check_url
from claims.models import Appearance, Claim, ClaimTopic, Correction, Evidence, FactCheck, Rating, RatingScale, Topic
from sources.api.serializers import SourceSummarySerializer, SpeakerSummarySerializer


class TopicSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Topic
        fields = ["id", "slug", "name"]


class TopicSerializer(serializers.ModelSerializer):
    class Meta:
        model = Topic
        fields = ["id", "slug", "name", "description", "created_at", "updated_at"]


class RatingSummarySerializer(serializers.ModelSerializer):
    scale = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Rating
        fields = ["id", "label", "slug", "value", "category", "colour", "scale"]


class RatingSerializer(serializers.ModelSerializer):
    class Meta:
        model = Rating
        fields = ["id", "label", "slug", "value", "category", "colour", "description"]


class RatingScaleSerializer(serializers.ModelSerializer):
    ratings = RatingSerializer(many=True, read_only=True)

    class Meta:
        model = RatingScale
        fields = ["id", "name", "slug", "methodology", "is_default", "ratings", "created_at", "updated_at"]

    @staticmethod
    def optimize(queryset):
        return queryset.prefetch_related(Prefetch("ratings", queryset=Rating.objects.order_by("-value")))


class FactCheckSummarySerializer(serializers.ModelSerializer):
    rating = RatingSummarySerializer()
    url = serializers.SerializerMethodField()

    class Meta:
        model = FactCheck
        fields = ["id", "headline", "status", "rating", "published_at", "url"]

    @extend_schema_field(serializers.URLField())
    def get_url(self, fact_check):
        return fact_check_url(fact_check.pk)


class AppearanceSerializer(serializers.ModelSerializer):
    speaker = SpeakerSummarySerializer(allow_null=True)
    source = SourceSummarySerializer()

    class Meta:
        model = Appearance
        fields = ["id", "quote", "kind", "said_on", "location", "speaker", "source"]


def public_fact_checks():
    return FactCheck.objects.public().select_related("rating__scale").order_by("-published_at", "-id")


class ClaimSerializer(serializers.ModelSerializer):
    topics = serializers.SerializerMethodField()
    appearances = serializers.SerializerMethodField()
    current_fact_check = serializers.SerializerMethodField()
    fact_checks = serializers.SerializerMethodField()

    class Meta:
        model = Claim
        fields = [
            "id",
            "text",
            "language",
            "status",
            "first_seen_on",
            "topics",
            "appearances",
            "current_fact_check",
            "fact_checks",
            "created_at",
            "updated_at",
        ]

    @staticmethod
    def optimize(queryset):
        return queryset.prefetch_related(
            Prefetch(
                "claimtopic_set",
                queryset=ClaimTopic.objects.select_related("topic").order_by("topic__name"),
                to_attr="topic_links",
            ),
            Prefetch(
                "appearances",
                queryset=Appearance.objects.public()
                .select_related("speaker", "source__outlet")
                .order_by("said_on", "id"),
                to_attr="public_appearances",
            ),
            Prefetch("fact_checks", queryset=public_fact_checks(), to_attr="public_fact_checks"),
        )

    @extend_schema_field(TopicSummarySerializer(many=True))
    def get_topics(self, claim):
        return TopicSummarySerializer([link.topic for link in claim.topic_links], many=True).data

    @extend_schema_field(AppearanceSerializer(many=True))
    def get_appearances(self, claim):
        return AppearanceSerializer(claim.public_appearances, many=True).data

    @extend_schema_field(FactCheckSummarySerializer(allow_null=True))
    def get_current_fact_check(self, claim):
        current = current_public_fact_check(claim)
        return FactCheckSummarySerializer(current).data if current else None

    @extend_schema_field(FactCheckSummarySerializer(many=True))
    def get_fact_checks(self, claim):
        return FactCheckSummarySerializer(claim.public_fact_checks, many=True).data


def current_public_fact_check(claim):
    """The claim's current verdict, only if it is published (needs the `public_fact_checks` prefetch)."""
    return next((fc for fc in claim.public_fact_checks if fc.pk == claim.current_fact_check_id), None)


class EvidenceSerializer(serializers.ModelSerializer):
    class Meta:
        model = Evidence
        fields = ["id", "url", "title", "note", "archive_url", "accessed_on", "position"]


class CorrectionSerializer(serializers.ModelSerializer):
    previous_rating = RatingSummarySerializer(allow_null=True)
    new_rating = RatingSummarySerializer(allow_null=True)

    class Meta:
        model = Correction
        fields = [
            "id",
            "kind",
            "claim",
            "fact_check",
            "note",
            "previous_rating",
            "new_rating",
            "previous_headline",
            "previous_text",
            "published_at",
        ]

    @staticmethod
    def optimize(queryset):
        return queryset.select_related("previous_rating__scale", "new_rating__scale")


class ClaimSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Claim
        fields = ["id", "text", "language"]


class FactCheckSerializer(serializers.ModelSerializer):
    claim = ClaimSummarySerializer()
    rating = RatingSummarySerializer()
    url = serializers.SerializerMethodField()
    evidence = EvidenceSerializer(many=True)
    corrections = serializers.SerializerMethodField()

    class Meta:
        model = FactCheck
        fields = [
            "id",
            "claim",
            "headline",
            "status",
            "explanation",
            "rating",
            "url",
            "published_at",
            "evidence",
            "corrections",
            "created_at",
            "updated_at",
        ]

    @staticmethod
    def optimize(queryset):
        return queryset.select_related("claim", "rating__scale").prefetch_related(
            Prefetch("evidence", queryset=Evidence.objects.order_by("position", "id")),
            Prefetch(
                "corrections",
                queryset=CorrectionSerializer.optimize(Correction.objects.public()).order_by("published_at", "id"),
                to_attr="public_corrections",
            ),
        )

    @extend_schema_field(serializers.URLField())
    def get_url(self, fact_check):
        return fact_check_url(fact_check.pk)

    @extend_schema_field(CorrectionSerializer(many=True))
    def get_corrections(self, fact_check):
        return CorrectionSerializer(fact_check.public_corrections, many=True).data


class TombstoneSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(
        choices=["claim", "fact_check", "speaker", "source", "outlet", "topic", "rating_scale", "correction"]
    )
    id = serializers.IntegerField()
    when = serializers.DateTimeField(help_text="When it stopped being public (the latest change that affected it).")


class TombstoneListSerializer(serializers.Serializer):
    sync_token = serializers.DateTimeField(help_text="Pass as since= (and updated_since=) next time.")
    results = TombstoneSerializer(many=True)


class ClaimReviewSerializer(serializers.BaseSerializer):
    """A published fact-check as schema.org ClaimReview (needs claimreview.optimize()'s prefetches)."""

    def to_representation(self, instance):
        return claimreview.claim_review(instance)


CLAIMREVIEW_SCHEMA = {
    "type": "object",
    "description": "schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview), as Google documents it.",
    "properties": {
        "@context": {"type": "string", "example": "https://schema.org"},
        "@type": {"type": "string", "example": "ClaimReview"},
        "url": {"type": "string", "format": "uri"},
        "claimReviewed": {"type": "string"},
        "headline": {"type": "string"},
        "inLanguage": {"type": "string"},
        "datePublished": {"type": "string", "format": "date"},
        "dateModified": {"type": "string", "format": "date-time"},
        "author": {"type": "object", "additionalProperties": True},
        "reviewRating": {"type": "object", "additionalProperties": True},
        "itemReviewed": {"type": "object", "additionalProperties": True},
    },
    "required": [
        "@context",
        "@type",
        "url",
        "claimReviewed",
        "datePublished",
        "author",
        "reviewRating",
        "itemReviewed",
    ],
}


class ClaimReviewSerializerExtension(OpenApiSerializerExtension):
    target_class = ClaimReviewSerializer

    def map_serializer(self, auto_schema, direction):
        return CLAIMREVIEW_SCHEMA


class CheckMatchSerializer(serializers.Serializer):
    """One answer to "has this been checked?": a published verdict on a claim like the text."""

    score = serializers.FloatField(help_text="Similarity in [0, 1]; ≥ 0.85 means near-certainly the same claim.")
    claim = ClaimSummarySerializer()
    fact_check = FactCheckSummarySerializer()


class CheckResultSerializer(serializers.Serializer):
    text = serializers.CharField()
    matches = CheckMatchSerializer(many=True)
