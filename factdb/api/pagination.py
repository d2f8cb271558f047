"""Cursor pagination: stable under inserts, signed cursors bound to their list, capped page size."""

import hashlib
from base64 import b64decode
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.core import signing
from django.db.models import QuerySet
from rest_framework import pagination
from rest_framework.exceptions import ValidationError
from rest_framework.fields import DateTimeField
from rest_framework.pagination import Cursor
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.utils.urls import replace_query_param
from rest_framework.views import APIView

if TYPE_CHECKING:
    from factdb.api.viewsets import BoundedMixin, DocumentViewSet

_signer = signing.Signer(salt="factdb.api.cursor")
# Query parameters that may change between pages of one list.
_FREE = {"cursor", "page_size"}


def binding(request: Request) -> str:
    """What a cursor belongs to: the list (path) and everything that selects or orders it."""
    params = sorted((k, v) for k, values in request.query_params.lists() if k not in _FREE for v in values)
    return hashlib.blake2b(repr((request.path, params)).encode(), digest_size=8).hexdigest()


class CursorPagination(pagination.CursorPagination):
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"
    ordering = ("-id",)

    def get_page_size(self, request: Request) -> int:
        self.max_page_size = settings.FACTDB_API_MAX_PAGE_SIZE
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return settings.FACTDB_API_PAGE_SIZE
        raw = raw.strip()
        # Any whole number from 1 (the query string caps its length); more than the maximum gets the maximum.
        if not (raw.isascii() and raw.isdigit()) or int(raw) < 1:
            raise ValidationError({"page_size": [f"A whole number from 1 (at most {self.max_page_size} are sent)."]})
        return min(int(raw), self.max_page_size)

    def get_schema_operation_parameters(self, view: APIView) -> list[dict[str, Any]]:
        parameters = super().get_schema_operation_parameters(view)
        for parameter in parameters:
            if parameter["name"] == self.page_size_query_param:
                parameter["schema"]["minimum"] = 1
                parameter["description"] = (
                    f"Results per page (default {settings.FACTDB_API_PAGE_SIZE}; "
                    f"more than {settings.FACTDB_API_MAX_PAGE_SIZE} gets {settings.FACTDB_API_MAX_PAGE_SIZE})."
                )
            elif parameter["name"] == self.cursor_query_param:
                parameter["description"] = "Opaque: the `next` or `previous` link's, as given."
        return parameters

    def get_ordering(self, request: Request, queryset: QuerySet[Any], view: "DocumentViewSet") -> tuple[str, ...]:  # type: ignore[override]  # only our viewsets page
        return view.get_ordering()

    def paginate_queryset(  # type: ignore[override]  # only our viewsets page
        self, queryset: QuerySet[Any], request: Request, view: "BoundedMixin | None" = None
    ) -> list[Any] | None:
        assert view is not None  # the viewsets always pass themselves
        # Taken before the page is read: every change not in this page is at or after it.
        self.sync_token = DateTimeField().to_representation(view.clock()[0])
        self.binding = binding(request)
        return super().paginate_queryset(queryset, request, view)

    def encode_cursor(self, cursor: Cursor) -> str:
        url = super().encode_cursor(cursor)
        token = parse_qs(urlsplit(url).query)[self.cursor_query_param][0]
        # Signed, and bound to this list: a forged position, or a cursor taken to another list,
        # ordering or search, never reaches the database.
        return replace_query_param(url, self.cursor_query_param, _signer.sign(f"{self.binding}:{token}"))

    def decode_cursor(self, request: Request) -> Cursor | None:
        raw = request.query_params.get(self.cursor_query_param)
        if raw is None:
            return None
        try:
            bound, _, token = _signer.unsign(raw).partition(":")
            b64decode(token.encode("ascii"), validate=False)
        except (signing.BadSignature, ValueError, UnicodeError):
            raise ValidationError({"cursor": ["Invalid cursor; use the 'next' or 'previous' link as given."]}) from None
        if bound != self.binding:
            raise ValidationError(
                {"cursor": ["This cursor belongs to another list, ordering, filter or search; start that one afresh."]}
            )
        mutable = request.query_params.copy()
        mutable[self.cursor_query_param] = token
        original = request._request.GET
        request._request.GET = mutable  # type: ignore[assignment]  # for DRF's decoding only, put back below
        try:
            return super().decode_cursor(request)
        finally:
            request._request.GET = original

    def get_paginated_response(self, data: Any) -> Response:
        return Response(
            {
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "sync_token": self.sync_token,
                "results": data,
            }
        )

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        result = super().get_paginated_response_schema(schema)
        result["properties"]["sync_token"] = {
            "type": "string",
            "format": "date-time",
            "description": "Pass as updated_since (and tombstones ?since=) on your next incremental sync.",
        }
        result["required"] = ["results", "sync_token"]
        return result
