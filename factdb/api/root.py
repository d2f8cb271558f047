"""GET /api/v1/: where everything is, for partners exploring the API (and their tools)."""

from drf_spectacular.utils import extend_schema
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.reverse import reverse
from rest_framework.views import APIView

from factdb.api.viewsets import MethodFirstMixin

ENDPOINTS = {
    "claims": "claim-list",
    "fact_checks": "factcheck-list",
    "claimreview": "claimreview-list",
    "speakers": "speaker-list",
    "sources": "source-list",
    "outlets": "outlet-list",
    "ratings": "ratingscale-list",
    "topics": "topic-list",
    "corrections": "correction-list",
    "tombstones": "tombstone-list",
    "check": "check",
    "schema": "api-schema",
    "docs": "api-docs",
}


class APIRootView(MethodFirstMixin, APIView):
    """Links to every partner endpoint (authentication as for the rest of the API)."""

    @extend_schema(exclude=True)
    def get(self, request: Request) -> Response:
        return Response({name: reverse(route, request=request) for name, route in ENDPOINTS.items()})
