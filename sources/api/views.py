from factdb.api.viewsets import DocumentViewSet
from sources.api.serializers import OutletSerializer, SourceSerializer, SpeakerSerializer
from sources.filtersets import OutletFilterSet, SourceFilterSet, SpeakerFilterSet
from sources.models import PublicOutlet, PublicSource, PublicSpeaker

ORDERING = {"id": "id", "updated_at": "updated_at", "created_at": "created_at"}


class SpeakerViewSet(DocumentViewSet):
    """People and organisations with at least one public claim, with their track record."""

    document_model = PublicSpeaker
    queryset = PublicSpeaker.objects.all()
    serializer_class = SpeakerSerializer
    filterset_class = SpeakerFilterSet
    ordering_fields = ORDERING | {"name": "name"}


class SourceViewSet(DocumentViewSet):
    """Documents that public claims appear in."""

    document_model = PublicSource
    queryset = PublicSource.objects.all()
    serializer_class = SourceSerializer
    filterset_class = SourceFilterSet
    ordering_fields = ORDERING


class OutletViewSet(DocumentViewSet):
    """Publishers of the sources public claims appear in."""

    document_model = PublicOutlet
    queryset = PublicOutlet.objects.all()
    serializer_class = OutletSerializer
    filterset_class = OutletFilterSet
    ordering_fields = ORDERING | {"name": "name"}
