"""Partner representations of outlets, sources and speakers: the schema of their public documents.

The documents themselves are built once, by claims.documents, and served as stored; these
serializers describe them (OpenAPI), and a test checks every document against that schema.
"""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from sources.models import Outlet, Source, Speaker

TRACK_RECORD_CATEGORIES = ("true", "mostly_true", "mixed", "mostly_false", "false", "unproven", "other")


class OutletSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Outlet
        fields = ["id", "name", "domain"]


class OutletSerializer(serializers.ModelSerializer):
    class Meta:
        model = Outlet
        fields = ["id", "name", "domain", "url", "country", "description", "created_at", "updated_at"]


class SourceSummarySerializer(serializers.ModelSerializer):
    outlet = OutletSummarySerializer(allow_null=True)

    class Meta:
        model = Source
        fields = ["id", "kind", "title", "url", "published_on", "language", "outlet"]


class SourceSerializer(serializers.ModelSerializer):
    outlet = OutletSummarySerializer(allow_null=True)

    class Meta:
        model = Source
        fields = [
            "id",
            "kind",
            "title",
            "url",
            "archive_url",
            "published_on",
            "language",
            "outlet",
            "created_at",
            "updated_at",
        ]


class SpeakerSummarySerializer(serializers.ModelSerializer):
    class Meta:
        model = Speaker
        fields = ["id", "name", "kind", "role"]


class TrackRecordSerializer(serializers.Serializer):
    """Claims by this speaker with a published verdict, per normalised rating category."""

    true = serializers.IntegerField()
    mostly_true = serializers.IntegerField()
    mixed = serializers.IntegerField()
    mostly_false = serializers.IntegerField()
    false = serializers.IntegerField()
    unproven = serializers.IntegerField()
    other = serializers.IntegerField()
    total = serializers.IntegerField()


class SpeakerSerializer(serializers.ModelSerializer):
    aliases = serializers.SerializerMethodField()
    wikidata_url = serializers.SerializerMethodField()
    track_record = serializers.SerializerMethodField()

    class Meta:
        model = Speaker
        fields = [
            "id",
            "name",
            "kind",
            "role",
            "affiliation",
            "country",
            "wikidata_id",
            "wikidata_url",
            "same_as",
            "description",
            "aliases",
            "track_record",
            "created_at",
            "updated_at",
        ]

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_aliases(self, speaker):
        return [alias.name for alias in speaker.aliases.all()]

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_wikidata_url(self, speaker):
        return f"https://www.wikidata.org/wiki/{speaker.wikidata_id}" if speaker.wikidata_id else None

    @extend_schema_field(TrackRecordSerializer)
    def get_track_record(self, speaker):
        record = {category: getattr(speaker, f"verdicts_{category}", 0) for category in TRACK_RECORD_CATEGORIES}
        record["total"] = sum(record.values())
        return record
