from factdb.api.viewsets import PublicReadOnlyViewSet
from sources.api.serializers import OutletSerializer, SourceSerializer, SpeakerSerializer
from sources.filtersets import OutletFilterSet, SourceFilterSet, SpeakerFilterSet
from sources.models import Outlet, Source, Speaker

ORDERING = {"id": "id", "updated_at": "updated_at", "created_at": "created_at"}


class SpeakerViewSet(PublicReadOnlyViewSet):
    """People and organisations with at least one public claim, with their track record."""

    queryset = Speaker.objects.all()
    serializer_class = SpeakerSerializer
    filterset_class = SpeakerFilterSet
    sync_kind = "speaker"
    ordering_fields = ORDERING | {"name": "normalized_name"}


class SourceViewSet(PublicReadOnlyViewSet):
    """Documents that public claims appear in."""

    queryset = Source.objects.all()
    serializer_class = SourceSerializer
    filterset_class = SourceFilterSet
    sync_kind = "source"
    ordering_fields = ORDERING


class OutletViewSet(PublicReadOnlyViewSet):
    """Publishers of the sources public claims appear in."""

    queryset = Outlet.objects.all()
    serializer_class = OutletSerializer
    filterset_class = OutletFilterSet
    sync_kind = "outlet"
    ordering_fields = ORDERING | {"name": "name"}
