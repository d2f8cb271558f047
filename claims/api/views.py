"""Partner endpoints for claims, fact-checks, ratings, topics, corrections, sync and "has this been checked?".

Every response is made of public documents (factdb.projection), served as stored.
"""

import orjson
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions
from rest_framework.decorators import action
from rest_framework.response import Response

from claims import matching
from claims.api.serializers import (
    CheckResultSerializer,
    ClaimReviewSerializer,
    ClaimSerializer,
    CorrectionSerializer,
    FactCheckSerializer,
    RatingScaleSerializer,
    TombstoneListSerializer,
    TopicSerializer,
)
from claims.filtersets import ClaimFilterSet, CorrectionFilterSet, FactCheckFilterSet
from claims.models import PublicClaim, PublicCorrection, PublicFactCheck, PublicRatingScale, PublicTopic
from factdb.api import sync
from factdb.api.renderers import JSONLDRenderer, JSONRenderer
from factdb.api.viewsets import DocumentViewSet, PartnerAPIView, SearchOrderingMixin, parse_datetime_param
from factdb.models import LANGUAGE_VALIDATOR
from factdb.parsing import parse_id

ORDERING = {"id": "id", "updated_at": "updated_at", "created_at": "created_at"}
MAX_TOMBSTONES = 10_000
# Blank is ASCII whitespace only, which every regex engine agrees on (Python's \s also takes \x1c-\x1f).
BLANK = " \t\n\v\f\r"
TEXT = "^[^\\x00]*[^\\x00\\t\\n\\v\\f\\r ][^\\x00]*$"  # not blank, no NUL


class ClaimViewSet(SearchOrderingMixin, DocumentViewSet):
    """Claims editors made public, with where they appeared and their published verdicts."""

    document_model = PublicClaim
    queryset = PublicClaim.objects.all()
    serializer_class = ClaimSerializer
    filterset_class = ClaimFilterSet
    ordering_fields = ORDERING


class FactCheckViewSet(SearchOrderingMixin, DocumentViewSet):
    """Public fact-checks (published, or retracted with the reason in corrections/), with evidence and corrections."""

    document_model = PublicFactCheck
    queryset = PublicFactCheck.objects.all()
    serializer_class = FactCheckSerializer
    filterset_class = FactCheckFilterSet
    ordering_fields = ORDERING | {"published_at": "published_at"}
    default_ordering = ("-published_at", "-id")

    @extend_schema(responses={(200, "application/ld+json"): ClaimReviewSerializer}, filters=False)
    @action(
        detail=True,
        url_path="claimreview",
        filterset_class=None,
        pagination_class=None,
        renderer_classes=[JSONRenderer, JSONLDRenderer],  # Accept: application/ld+json is no 406
    )
    def claimreview(self, request, pk=None):
        """The fact-check as schema.org ClaimReview JSON-LD (what the newsroom's page embeds; not once retracted)."""
        fact_check = parse_id(pk)
        row = (
            PublicFactCheck.objects.using(self.database)
            .current()
            .filter(pk=fact_check, claimreview_body__isnull=False)
            .only("claimreview_body")
            .first()
            if fact_check is not None
            else None
        )
        if row is None:
            raise exceptions.NotFound()
        return Response(orjson.Fragment(row.claimreview_body), content_type="application/ld+json")


class ClaimReviewFeedViewSet(DocumentViewSet):
    """Every standing (published) fact-check as ClaimReview JSON-LD, newest first (cursor-paginated)."""

    document_model = PublicFactCheck
    queryset = PublicFactCheck.objects.all()
    body_field = "claimreview_body"
    serializer_class = ClaimReviewSerializer
    ordering_fields = {"id": "id", "published_at": "published_at", "updated_at": "updated_at"}
    default_ordering = ("-published_at", "-id")


class RatingScaleViewSet(DocumentViewSet):
    """Rating scales with their methodology and their ratings (higher value = truer)."""

    document_model = PublicRatingScale
    queryset = PublicRatingScale.objects.all()
    serializer_class = RatingScaleSerializer
    ordering_fields = {"id": "id", "name": "name"}


class TopicViewSet(DocumentViewSet):
    document_model = PublicTopic
    queryset = PublicTopic.objects.all()
    serializer_class = TopicSerializer
    ordering_fields = {"id": "id", "name": "name"}


class CorrectionViewSet(DocumentViewSet):
    """Public, dated notes of what changed in the published record and why (retractions included)."""

    document_model = PublicCorrection
    queryset = PublicCorrection.objects.all()
    serializer_class = CorrectionSerializer
    filterset_class = CorrectionFilterSet
    ordering_fields = {"id": "id", "published_at": "published_at"}
    default_ordering = ("-published_at", "-id")


class TombstoneView(PartnerAPIView):
    """Objects that stopped being public (made internal, deleted) at or after `since`, oldest first."""

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
        token = self.clock()[0]
        rows = sync.tombstones(
            since, kinds=[kind] if kind else tuple(sync.KINDS), limit=MAX_TOMBSTONES + 1, using=self.database
        )
        if len(rows) > MAX_TOMBSTONES:
            # More than a page of removals: hand back the time to continue from (all of that instant is included).
            rows = rows[:MAX_TOMBSTONES]
            last = rows[-1]["when"]
            rows = [row for row in rows if row["when"] < last] or rows
            token = rows[-1]["when"]
        return Response({"sync_token": token, "results": rows})


class CheckView(PartnerAPIView):
    """Has this been checked? Published fact-checks whose claim says the same as `text`, best first."""

    extra_params = {"text", "limit", "language"}
    replica_reads = False  # matching reads the claims themselves

    @extend_schema(
        parameters=[
            OpenApiParameter(
                "text",
                {"type": "string", "maxLength": 1000, "pattern": TEXT},
                required=True,
                description="The statement to look up (1000 characters at most, not blank).",
            ),
            OpenApiParameter(
                "limit",
                {"type": "integer", "minimum": 1, "maximum": 20},
                description="How many matches at most (1–20, default 5).",
            ),
            OpenApiParameter(
                "language",
                {"type": "string", "maxLength": 20, "pattern": LANGUAGE_VALIDATOR.regex.pattern},
                description="The statement's language (BCP 47, e.g. 'es'): its words are read as claims in that "
                "language store theirs. Default: English.",
            ),
        ],
        responses={200: CheckResultSerializer},
    )
    def get(self, request):
        text = request.query_params.get("text", "").strip(BLANK)
        if not text:
            raise exceptions.ValidationError({"text": ["Required: the statement to look up."]})
        limit = parse_id(request.query_params.get("limit", "5"))
        if limit is None or not 1 <= limit <= 20:
            raise exceptions.ValidationError({"limit": ["A whole number from 1 to 20."]})
        language = request.query_params.get("language", "")
        if language and (len(language) > 20 or not LANGUAGE_VALIDATOR.regex.fullmatch(language)):
            raise exceptions.ValidationError({"language": [str(LANGUAGE_VALIDATOR.message)]})
        found = matching.published_matches(text, limit=limit, language=language)
        documents = {
            row.id: orjson.loads(row.body)
            for row in PublicFactCheck.objects.current().filter(pk__in=[m.fact_check.pk for m in found]).only("body")
        }
        matches = []
        for match in found:
            document = documents.get(match.fact_check.pk)
            if document is None or document["status"] != "published":
                continue  # only what the projection shows as standing
            summary = {k: document[k] for k in ("id", "headline", "status", "rating", "published_at", "url")}
            matches.append({"score": round(match.score, 3), "claim": document["claim"], "fact_check": summary})
        return Response({"text": text, "matches": matches})
