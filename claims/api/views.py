from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions
from rest_framework.decorators import action
from rest_framework.response import Response

from claims import claimreview, matching
from claims.api.serializers import (
    CheckResultSerializer,
    ClaimReviewSerializer,
    ClaimSerializer,
    CorrectionSerializer,
    FactCheckSerializer,
    RatingScaleSerializer,
    TombstoneListSerializer,
    TombstoneSerializer,
    TopicSerializer,
)
from claims.filtersets import ClaimFilterSet, CorrectionFilterSet, FactCheckFilterSet
from claims.models import Claim, Correction, FactCheck, FactCheckStatus, RatingScale, Topic
from factdb.api import sync
from factdb.api.viewsets import (
    PartnerAPIView,
    PublicReadOnlyViewSet,
    parse_datetime_param,
)
from factdb.parsing import parse_id

ORDERING = {"id": "id", "updated_at": "updated_at", "created_at": "created_at"}


class SearchOrderingMixin:
    def get_ordering(self):
        if "q" in self.request.query_params and "ordering" not in self.request.query_params:
            if self.request.query_params["q"].strip():
                return ("-rank", "-id")
        return super().get_ordering()


class ClaimViewSet(SearchOrderingMixin, PublicReadOnlyViewSet):
    """Claims editors made public, with where they appeared and their published verdicts."""

    queryset = Claim.objects.all()
    serializer_class = ClaimSerializer
    filterset_class = ClaimFilterSet
    sync_kind = "claim"
    ordering_fields = ORDERING


class FactCheckViewSet(SearchOrderingMixin, PublicReadOnlyViewSet):
    """Published fact-checks on public claims, with evidence, rating and corrections."""

    queryset = FactCheck.objects.all()
    serializer_class = FactCheckSerializer
    filterset_class = FactCheckFilterSet
    sync_kind = "fact_check"
    ordering_fields = ORDERING | {"published_at": "published_at"}
    default_ordering = ("-published_at", "-id")

    @extend_schema(responses={200: ClaimReviewSerializer}, filters=False)
    @action(detail=True, url_path="claimreview", filterset_class=None, pagination_class=None)
    def claimreview(self, request, pk=None):
        """The fact-check as schema.org ClaimReview JSON-LD (what the newsroom's page embeds)."""
        fact_check = self.get_object()
        return Response(claimreview.claim_review(fact_check), content_type="application/ld+json")

    def get_queryset(self):
        if self.action == "claimreview":
            return claimreview.optimize(FactCheck.objects.published())
        return super().get_queryset()


class ClaimReviewFeedViewSet(PublicReadOnlyViewSet):
    """Every published fact-check as ClaimReview JSON-LD, newest first (cursor-paginated)."""

    queryset = FactCheck.objects.all()
    serializer_class = ClaimReviewSerializer
    sync_kind = "fact_check"
    ordering_fields = {"id": "id", "published_at": "published_at", "updated_at": "updated_at"}
    default_ordering = ("-published_at", "-id")

    def get_queryset(self):
        # ClaimReview marks up verdicts that stand: a retracted one keeps its page, not its markup.
        return claimreview.optimize(super().get_queryset().filter(status=FactCheckStatus.PUBLISHED))


class RatingScaleViewSet(PublicReadOnlyViewSet):
    """Rating scales with their methodology and their ratings (higher value = truer)."""

    queryset = RatingScale.objects.all()
    serializer_class = RatingScaleSerializer
    sync_kind = "rating_scale"
    ordering_fields = {"id": "id", "name": "name"}


class TopicViewSet(PublicReadOnlyViewSet):
    queryset = Topic.objects.all()
    serializer_class = TopicSerializer
    sync_kind = "topic"
    ordering_fields = {"id": "id", "name": "name"}


class CorrectionViewSet(PublicReadOnlyViewSet):
    """Public, dated notes of what changed in a published verdict and why."""

    queryset = Correction.objects.all()
    serializer_class = CorrectionSerializer
    filterset_class = CorrectionFilterSet
    sync_kind = "correction"
    ordering_fields = {"id": "id", "published_at": "published_at"}
    default_ordering = ("-published_at", "-id")


class TombstoneView(PartnerAPIView):
    """Objects that stopped being public (unpublished, retracted, deleted) at or after `since`."""

    extra_params = {"since", "kind"}

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "since", OpenApiTypes.DATETIME, required=True, description="The sync_token of your previous sync."
            ),
            OpenApiParameter("kind", str, enum=list(sync.KINDS), description="Only this kind."),
        ],
        responses={200: TombstoneListSerializer},
    )
    def get(self, request):
        raw = request.query_params.get("since")
        if raw is None:
            raise exceptions.ValidationError({"since": ["Required: the sync_token of your previous sync."]})
        since = parse_datetime_param("since", raw)
        kind = request.query_params.get("kind")
        if kind is not None and kind not in sync.KINDS:
            raise exceptions.ValidationError({"kind": [f"One of: {', '.join(sync.KINDS)}."]})
        token = sync.watermark()
        rows = sync.tombstones(since, kinds=[kind] if kind else sync.KINDS)
        return Response({"sync_token": token, "results": TombstoneSerializer(rows, many=True).data})


class CheckView(PartnerAPIView):
    """Has this been checked? Published fact-checks whose claim says the same as `text`, best first."""

    extra_params = {"text", "limit"}

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "text", str, required=True, description="The statement to look up (1000 characters at most)."
            ),
            OpenApiParameter("limit", int, description="How many matches at most (1–20, default 5)."),
        ],
        responses={200: CheckResultSerializer},
    )
    def get(self, request):
        text = request.query_params.get("text", "").strip()
        if not text:
            raise exceptions.ValidationError({"text": ["Required: the statement to look up."]})
        raw_limit = request.query_params.get("limit", "5")
        limit = parse_id(raw_limit)
        if limit is None or not 1 <= limit <= 20:
            raise exceptions.ValidationError({"limit": ["A whole number from 1 to 20."]})
        found = matching.published_matches(text, limit=limit)
        matches = [{"score": round(m.score, 3), "claim": m.claim, "fact_check": m.fact_check} for m in found]
        return Response(CheckResultSerializer({"text": text, "matches": matches}).data)
