"""The one base viewset every partner endpoint uses.

It applies the visibility rule (the model's ``.public()`` queryset), the serializer's
query optimisation, strict query parameters (an unknown one answers 400),
``updated_since`` for incremental sync, ordering, and conditional GET.
"""

import hashlib

from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import exceptions, viewsets
from rest_framework.fields import DateTimeField
from rest_framework.views import APIView

from factdb.api import sync

COMMON_PARAMS = {"cursor", "page_size", "ordering", "updated_since"}

UPDATED_SINCE = OpenApiParameter(
    "updated_since",
    OpenApiTypes.DATETIME,
    description="Only objects whose representation or visibility changed at or after this time "
    "(use the sync_token of your previous sync). See /api/v1/tombstones/ for removals.",
)


def parse_datetime_param(name: str, value: str):
    if len(value) > 64:
        raise exceptions.ValidationError({name: ["Too long."]})
    try:
        return DateTimeField().to_internal_value(value)
    except exceptions.ValidationError:
        raise exceptions.ValidationError({name: ["Use an ISO 8601 date-time, e.g. 2025-01-31T12:00:00Z."]}) from None


class ConditionalGetMixin:
    """Strong ETag from the body, Last-Modified from the newest audit event; 304 when unchanged."""

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        response.render()
        etag = f'"{hashlib.blake2b(response.content, digest_size=16).hexdigest()}"'
        last = sync.last_change()
        response["ETag"] = etag
        if last is not None:
            response["Last-Modified"] = http_date(last.timestamp())
        conditional = get_conditional_response(
            request._request, etag=etag, last_modified=int(last.timestamp()) if last else None, response=response
        )
        if conditional is not response:
            conditional["ETag"] = etag
            for header in ("Last-Modified", "Vary", "Access-Control-Allow-Origin"):
                if header in response:
                    conditional[header] = response[header]
        return conditional


class StrictParamsMixin:
    """An unknown or malformed query parameter answers 400 instead of being silently ignored."""

    extra_params: set[str] = set()

    def allowed_params(self) -> set[str]:
        allowed = set(self.extra_params)
        filterset_class = getattr(self, "filterset_class", None)
        if filterset_class is not None:
            allowed |= set(filterset_class.base_filters)
        return allowed

    def check_params(self, request):
        allowed = self.allowed_params() if self.action != "retrieve" else set(self.detail_params)
        unknown = sorted(set(request.query_params) - allowed)
        if unknown:
            raise exceptions.ValidationError(
                {name[:50]: ["Unknown query parameter."] for name in unknown[:10]} | {"allowed": sorted(allowed)}
            )
        for name, values in request.query_params.lists():
            for value in values:
                if "\x00" in value:
                    raise exceptions.ValidationError({name: ["Null characters are not allowed."]})
                if len(value) > 1000:
                    raise exceptions.ValidationError({name: ["Too long (1000 characters at most)."]})

    detail_params: tuple[str, ...] = ()


class PartnerAPIView(StrictParamsMixin, ConditionalGetMixin, APIView):
    """A partner endpoint that is not a model list (tombstones, check, Google's): same strict params and caching."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self.action = "list"
        self.check_params(request)


class PublicReadOnlyViewSet(ConditionalGetMixin, StrictParamsMixin, viewsets.ReadOnlyModelViewSet):
    """List and detail of one partner-visible resource. Subclasses set queryset, serializer, filterset."""

    lookup_value_regex = "[0-9]+"
    sync_kind: str | None = None
    ordering_fields: dict[str, str] = {"id": "id"}
    default_ordering: tuple[str, ...] = ("-id",)
    extra_params = {"cursor", "page_size", "ordering"}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        # The schema documents exactly the ordering and sync parameters the class accepts.
        document_list(cls.ordering_fields, sync=bool(cls.sync_kind))(cls)

    def get_extra_params(self):
        return self.extra_params | ({"updated_since"} if self.sync_kind else set())

    def allowed_params(self):
        allowed = self.get_extra_params()
        if getattr(self, "filterset_class", None) is not None:
            allowed |= set(self.filterset_class.base_filters)
        return allowed

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self.check_params(request)

    def get_queryset(self):
        # THE visibility rule, defined on the model; a model without .public() fails loudly, never open.
        queryset = self.queryset.all().public()
        optimize = getattr(self.get_serializer_class(), "optimize", None)
        if optimize is not None:
            queryset = optimize(queryset)
        if self.action == "list" and self.sync_kind:
            since = self.request.query_params.get("updated_since")
            if since is not None:
                queryset = queryset.filter(
                    pk__in=sync.changed_ids(self.sync_kind, parse_datetime_param("updated_since", since))
                )
        return queryset

    def get_ordering(self):
        raw = self.request.query_params.get("ordering")
        if raw is None:
            return self.default_ordering
        name = raw.lstrip("-")
        if name not in self.ordering_fields:
            raise exceptions.ValidationError(
                {"ordering": [f"Order by one of: {', '.join(sorted(self.ordering_fields))} (prefix - for descending)."]}
            )
        field = self.ordering_fields[name]
        desc = raw.startswith("-")
        return (("-" if desc else "") + field,) + ((("-id" if desc else "id"),) if field != "id" else ())


def document_list(ordering_fields, sync=True, **extra):
    """Schema parameters the base viewset accepts (the filterset's are added by drf-spectacular)."""
    params = [
        OpenApiParameter(
            "ordering",
            str,
            enum=sorted(ordering_fields) + sorted(f"-{f}" for f in ordering_fields),
            description="Sort order; prefix - for descending.",
        ),
    ]
    if sync:
        params.append(UPDATED_SINCE)
    return extend_schema_view(list=extend_schema(parameters=params, **extra))
