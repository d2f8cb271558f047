"""The one base viewset every partner resource uses: documents from the public projection.

A resource is a projection table (factdb.projection): list and detail read its current
rows and return their stored JSON untouched (`orjson.Fragment`), so a page is one indexed
query whatever its size, and nothing that is not in the projection can be served. The
viewset also applies strict query parameters (an unknown one answers 400), filters,
ordering, `updated_since`, cursor paging bound to its list, conditional GET, and a
statement timeout, so no request can keep the database busy.
"""

import hashlib
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

import orjson
from django.db import OperationalError
from django.db.models import Model, QuerySet
from django.http import HttpRequest, HttpResponseBase
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.dateparse import parse_datetime
from django.utils.http import http_date
from django_filters import utils as filter_utils
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import exceptions, viewsets
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from factdb.api import sync
from factdb.parsing import parse_id
from factdb.routers import partner_database

# The mixins below join a DRF view: to the type checker they are one, at run time plain classes.
if TYPE_CHECKING:
    _View = viewsets.GenericViewSet[Any]
else:
    _View = object

_ViewT = TypeVar("_ViewT", bound=APIView)

UPDATED_SINCE = OpenApiParameter(
    "updated_since",
    OpenApiTypes.DATETIME,
    description="Only objects whose representation or visibility changed at or after this time "
    "(use the sync_token of your previous sync). See /api/v1/tombstones/ for removals.",
)


def as_utc(value: datetime) -> datetime:
    """`value` in UTC: PostgreSQL refuses UTC offsets past ±15:59, which ISO 8601 allows. Python's datetimes
    end in years 1 and 9999; an instant just beyond is taken as that end (as a filter's bound, the same)."""
    try:
        return value.astimezone(UTC)
    except OverflowError:
        return (datetime.min if value.year == 1 else datetime.max).replace(tzinfo=UTC)


def parse_datetime_param(name: str, value: str) -> datetime:
    if len(value) > 64:
        raise exceptions.ValidationError({name: ["Too long."]})
    try:
        parsed = parse_datetime(value)
    except ValueError:  # well formed, but no such time (a 13th month)
        parsed = None
    if parsed is None:
        raise exceptions.ValidationError({name: ["Use an ISO 8601 date-time, e.g. 2025-01-31T12:00:00Z."]})
    return as_utc(timezone.make_aware(parsed) if timezone.is_naive(parsed) else parsed)


class DocumentFilterBackend(DjangoFilterBackend):  # type: ignore[misc]  # the library is untyped
    """django-filter's backend, with the date-times partners filter by in UTC before they reach PostgreSQL."""

    def filter_queryset(self, request: Request, queryset: QuerySet[Any], view: APIView) -> QuerySet[Any]:
        filterset = self.get_filterset(request, queryset, view)
        if filterset is None:
            return queryset
        if not filterset.is_valid():
            raise filter_utils.translate_validation(filterset.errors)
        cleaned = filterset.form.cleaned_data
        for name, value in cleaned.items():
            if isinstance(value, datetime):
                cleaned[name] = as_utc(value)
        filtered: QuerySet[Any] = filterset.qs
        return filtered


class TooExpensive(exceptions.APIException):
    status_code = 503
    default_code = "too_expensive"
    default_detail = "This request took too long and was stopped; narrow it (a filter, a rarer word) and retry."


SYNC_PARAMS = {"updated_since", "since"}


class BoundedMixin(_View):
    """Every partner request reads through the partner API's own connection (factdb.routers): read-only, its
    statements cut off after FACTDB_API_STATEMENT_TIMEOUT_MS (a 503 saying so, never a 500); a replica when
    there are some, except for incremental syncs, whose tokens are safe only on the primary."""

    database = "default"
    replica_reads = True  # False for views that read the editorial tables themselves

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if self.replica_reads:
            self.database = partner_database(sync=bool(SYNC_PARAMS & set(request.GET)))
        try:
            return super().dispatch(request, *args, **kwargs)
        except OperationalError as error:  # the statement timeout (QueryCanceled)
            if "statement timeout" not in str(error):
                raise
            response = self.handle_exception(TooExpensive())
            # DRF's request (set by dispatch), as every other response is finalized with
            return self.finalize_response(self.request, response, *args, **kwargs)

    def clock(self) -> tuple[datetime, datetime | None]:
        """(sync token, last change), read once per request."""
        if not hasattr(self, "_clock"):
            self._clock = sync.clock(self.database)
        return self._clock


class ConditionalGetMixin(_View):
    """Strong ETag from the body, Last-Modified from the newest change partners can see; 304 when unchanged."""

    if TYPE_CHECKING:

        def clock(self) -> tuple[datetime, datetime | None]: ...  # BoundedMixin's

    def finalize_response(  # type: ignore[override]  # a 304 is a plain Django response
        self, request: Request, response: Response, *args: Any, **kwargs: Any
    ) -> HttpResponseBase:
        response = super().finalize_response(request, response, *args, **kwargs)
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            return response
        response.render()
        etag = f'"{hashlib.blake2b(response.content, digest_size=16).hexdigest()}"'
        last = self.clock()[1]
        response["ETag"] = etag
        if last is not None:
            response["Last-Modified"] = http_date(last.timestamp())
        conditional = get_conditional_response(
            request._request, etag=etag, last_modified=int(last.timestamp()) if last else None, response=response
        )
        assert conditional is not None  # given a response, it answers one
        if conditional is not response:
            conditional["ETag"] = etag
            for header in ("Last-Modified", "Vary", "Access-Control-Allow-Origin"):
                if header in response:
                    conditional[header] = response[header]
        return conditional


class MethodFirstMixin(_View):
    """A method a resource does not take answers 405 with `Allow`, before keys are looked at: it is not
    something a key (whatever its scopes) could change, and "An API key is required" would mislead."""

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        method = request.method or ""  # always set for a request that reached a view
        if method.lower() not in self.http_method_names or not hasattr(self, method.lower()):
            raise exceptions.MethodNotAllowed(method)
        super().initial(request, *args, **kwargs)


MAX_VALUE_LENGTH = 1000


class StrictParamsMixin(_View):
    """An unknown, repeated or malformed query parameter answers 400 instead of being silently ignored.

    An empty value is the same as leaving the parameter out (`?q=&page_size=` is the first page of
    everything), as the filters have always read it; the schema says so (allowEmptyValue).
    """

    extra_params: set[str] = set()
    detail_params: tuple[str, ...] = ()

    def allowed_params(self) -> set[str]:
        allowed = set(self.extra_params)
        filterset_class = getattr(self, "filterset_class", None)
        if filterset_class is not None:
            allowed |= set(filterset_class.base_filters)
        return allowed

    def check_params(self, request: Request) -> None:
        allowed = set(self.detail_params) if getattr(self, "detail", False) else self.allowed_params()
        unknown = sorted(set(request.query_params) - allowed)
        if unknown:
            raise exceptions.ValidationError(
                {name[:50]: ["Unknown query parameter."] for name in unknown[:10]} | {"allowed": sorted(allowed)}
            )
        empty = False
        for name, values in request.query_params.lists():
            if len(values) > 1:  # which one was meant? (no parameter takes a list)
                raise exceptions.ValidationError({name: ["Give this parameter once."]})
            for value in values:
                if "\x00" in value:
                    raise exceptions.ValidationError({name: ["Null characters are not allowed."]})
                if len(value) > MAX_VALUE_LENGTH:
                    raise exceptions.ValidationError({name: [f"Too long ({MAX_VALUE_LENGTH} characters at most)."]})
                empty = empty or value == ""
        if empty:
            given = request._request.GET.copy()
            for name in list(given):
                if kept := [value for value in given.getlist(name) if value != ""]:
                    given.setlist(name, kept)
                else:
                    del given[name]
            given._mutable = False
            request._request.GET = given  # type: ignore[assignment]  # what request.query_params reads; immutable again


class PartnerAPIView(MethodFirstMixin, BoundedMixin, StrictParamsMixin, ConditionalGetMixin, APIView):
    """A partner endpoint that is not a resource list (tombstones, check, Google's): same strict params and caching."""

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)
        self.action = "list"
        self.check_params(request)


def documents(rows: Iterable[Model], field: str = "body") -> list[Any]:
    """Stored JSON, passed through the renderer untouched."""
    return [orjson.Fragment(getattr(row, field)) for row in rows]


class DocumentViewSet(
    MethodFirstMixin,
    BoundedMixin,
    ConditionalGetMixin,
    StrictParamsMixin,
    viewsets.ReadOnlyModelViewSet,  # type: ignore[type-arg]  # any model
):
    """List and detail of one partner resource, from its projection table (`document_model`).

    `serializer_class` describes the documents for the OpenAPI schema; the documents themselves
    are served as stored. `body_field` names the stored JSON served (another shape of the same object).
    """

    document_model: Any = None
    body_field = "body"
    filter_backends = [DocumentFilterBackend]
    lookup_value_regex = "[0-9]+"
    sync = True
    ordering_fields: dict[str, str] = {"id": "id", "updated_at": "updated_at", "created_at": "created_at"}
    default_ordering: tuple[str, ...] = ("-id",)
    extra_params = {"cursor", "page_size", "ordering"}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # The schema documents exactly the ordering and sync parameters the class accepts.
        document_list(cls.ordering_fields, sync=cls.sync)(cls)

    def allowed_params(self) -> set[str]:
        return super().allowed_params() | ({"updated_since"} if self.sync else set())

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)
        self.check_params(request)

    def get_queryset(self) -> QuerySet[Any]:
        queryset: QuerySet[Any] = self.document_model.objects.using(self.database).current()
        if self.body_field != "body":
            queryset = queryset.filter(**{f"{self.body_field}__isnull": False})
        if self.action == "list" and self.sync and (since := self.request.query_params.get("updated_since")):
            queryset = queryset.filter(updated_at__gte=parse_datetime_param("updated_since", since))
        return queryset

    def filter_queryset(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        filterset_class = getattr(self, "filterset_class", None)
        # No filter asked for: a filterset would only build and validate an empty form (a fifth of a page's time).
        if filterset_class is None or not set(self.request.query_params) & set(filterset_class.base_filters):
            return queryset
        return super().filter_queryset(queryset)

    def list(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        queryset = self.filter_queryset(self.get_queryset())
        columns = {self.body_field, *(field.lstrip("-") for field in self.get_ordering())} - {"rank"}
        page = self.paginate_queryset(queryset.only(*columns))
        assert page is not None  # every resource is paged (pagination_class)
        return self.get_paginated_response(documents(page, self.body_field))

    def retrieve(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        pk = parse_id(kwargs.get(self.lookup_field, ""))
        row = self.get_queryset().filter(pk=pk).only(self.body_field).first() if pk is not None else None
        if row is None:
            raise exceptions.NotFound()
        return Response(orjson.Fragment(getattr(row, self.body_field)))

    def get_ordering(self) -> tuple[str, ...]:
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


class SearchOrderingMixin(_View):
    """With `q`, results come best match first (unless the partner asks for another order)."""

    def get_ordering(self) -> tuple[str, ...]:
        query = self.request.query_params.get("q", "").strip()
        if query and "ordering" not in self.request.query_params:
            return ("-rank", "-id")
        return super().get_ordering()  # type: ignore[misc,no-any-return]  # DocumentViewSet's, later in the MRO


def document_list(
    ordering_fields: Iterable[str], sync: bool = True, **extra: Any
) -> Callable[[type[_ViewT]], type[_ViewT]]:
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
