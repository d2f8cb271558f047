"""The partner documents of claims, fact-checks, ratings, topics and corrections: their schema.

The documents are built once from public data by claims.documents and served as stored;
these serializers describe them for the OpenAPI schema (and generated clients), and a test
checks every document against it. Only public fields: no internal notes, authors, reviewers
or drafts. Nested fact-checks are the public ones: published, or retracted (with their status;
the reason is in the corrections log).
"""

from drf_spectacular.extensions import OpenApiSerializerExtension
from rest_framework import serializers

from claims.models import Appearance, Claim, Correction, Evidence, FactCheck, Rating, RatingScale, Topic
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


class FactCheckSummarySerializer(serializers.ModelSerializer):
    rating = RatingSummarySerializer()
    url = serializers.URLField(help_text="The fact-check's public page.")

    class Meta:
        model = FactCheck
        fields = ["id", "headline", "status", "rating", "published_at", "url"]


class AppearanceSerializer(serializers.ModelSerializer):
    speaker = SpeakerSummarySerializer(allow_null=True)
    source = SourceSummarySerializer()

    class Meta:
        model = Appearance
        fields = ["id", "quote", "kind", "said_on", "location", "speaker", "source"]


class ClaimSerializer(serializers.ModelSerializer):
    topics = TopicSummarySerializer(many=True)
    appearances = AppearanceSerializer(many=True, help_text="Where it was said: the appearances an editor published.")
    current_fact_check = FactCheckSummarySerializer(allow_null=True, help_text="The verdict that stands, if any.")
    fact_checks = FactCheckSummarySerializer(many=True, help_text="Every public verdict, newest first.")

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


class ClaimSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Claim
        fields = ["id", "text", "language"]


class FactCheckSerializer(serializers.ModelSerializer):
    claim = ClaimSummarySerializer()
    rating = RatingSummarySerializer()
    url = serializers.URLField(help_text="The fact-check's public page.")
    evidence = EvidenceSerializer(many=True)
    corrections = CorrectionSerializer(many=True, help_text="The public corrections log, oldest first.")

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


class TombstoneSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(
        choices=["claim", "fact_check", "speaker", "source", "outlet", "topic", "rating_scale", "correction"]
    )
    id = serializers.IntegerField()
    when = serializers.DateTimeField(help_text="When it stopped being public.")


class TombstoneListSerializer(serializers.Serializer):
    sync_token = serializers.DateTimeField(help_text="Pass as since= (and updated_since=) next time.")
    results = TombstoneSerializer(many=True)


class ClaimReviewSerializer(serializers.BaseSerializer):
    """A published fact-check as schema.org ClaimReview (the document is built by claims.claimreview)."""


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
