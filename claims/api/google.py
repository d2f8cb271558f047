"""Google Fact Check Tools API v1alpha1, read side, on factdb's data.

Clients generated from Google's discovery document work unchanged when pointed at
this server: ``claims:search``, ``pages`` (list) and ``pages/{id}`` (get), with
Google's parameters, response shapes, error shape and standard query parameters
(``key``, ``alt``, ``fields``, ``prettyPrint``, ...).
"""

import re
from datetime import timedelta

import orjson
from django.conf import settings
from django.core import signing
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions
from rest_framework.response import Response

from claims.claimreview import site
from claims.filtersets import ranked
from claims.models import PublicClaim, PublicFactCheck
from claims.search import primary_subtag
from factdb.api.viewsets import PartnerAPIView, documents
from factdb.filters import language_q
from factdb.parsing import parse_id

# Google takes BCP 47 codes in any case ('en-US', 'EN').
LANGUAGE_CODE = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"

# Google's system parameters, sent by every generated client (see the discovery document).
STANDARD_PARAMS = {
    "key",
    "alt",
    "prettyPrint",
    "fields",
    "quotaUser",
    "$.xgafv",
    "access_token",
    "callback",
    "oauth_token",
    "upload_protocol",
    "uploadType",
    "userIp",
}
MAX_PAGE_SIZE = 200
DEFAULT_PAGE_SIZE = 10
_signer = signing.Signer(salt="factdb.api.google-page-token")


def _int(params, name, low, high, default):
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    if not re.fullmatch(r"-?[0-9]{1,10}", raw) or not low <= int(raw) <= high:
        raise exceptions.ValidationError({name: [f"A whole number from {low} to {high}."]})
    return int(raw)


class GoogleView(PartnerAPIView):
    google_errors = True
    accepts_key_parameter = True
    method_params: set[str] = set()

    def allowed_params(self):
        return STANDARD_PARAMS | self.method_params

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        alt = request.query_params.get("alt", "json")
        if alt != "json":
            raise exceptions.ValidationError({"alt": ["Only alt=json is supported."]})
        pretty = request.query_params.get("prettyPrint", "true").lower()
        if pretty not in ("true", "false", "1", "0"):
            raise exceptions.ValidationError({"prettyPrint": ["true or false."]})
        request.pretty_print = pretty in ("true", "1")
        self.fields_mask = parse_fields(request.query_params.get("fields", ""))

    def finalize_response(self, request, response, *args, **kwargs):
        mask = getattr(self, "fields_mask", None)
        if mask and response.status_code == 200 and isinstance(response.data, dict):
            # The stored documents are opaque JSON: read them to keep only the fields asked for.
            response.data = apply_fields(orjson.loads(orjson.dumps(response.data)), mask)
        return super().finalize_response(request, response, *args, **kwargs)

    # -- paging: opaque, signed page tokens (an offset), as Google's are opaque --
    def page(self, queryset, params):
        size = _int(params, "pageSize", 1, 10_000, DEFAULT_PAGE_SIZE)
        size = min(size, MAX_PAGE_SIZE)
        offset = _int(params, "offset", 0, 10**9, 0)
        token = params.get("pageToken")
        if token:
            try:
                offset = int(_signer.unsign(token))
            except (signing.BadSignature, ValueError):
                raise exceptions.ValidationError({"pageToken": ["Invalid page token."]}) from None
        rows = list(queryset[offset : offset + size + 1])
        next_token = _signer.sign(str(offset + size)) if len(rows) > size else None
        return rows[:size], next_token


def parse_fields(text: str):
    """Google's partial-response selector: 'a,b/c,d(e,f)' -> {'a': {}, 'b': {'c': {}}, 'd': {'e': {}, 'f': {}}}."""
    text = text.strip()
    if not text:
        return None
    if len(text) > 1000 or not re.fullmatch(r"[A-Za-z0-9_,/()*@ ]+", text):
        raise exceptions.ValidationError({"fields": ["Invalid field selector."]})
    pos = 0

    def parse_list():
        nonlocal pos
        result = {}
        while True:
            start = pos
            while pos < len(text) and text[pos] not in ",/()":
                pos += 1
            name = text[start:pos].strip()
            if not name:
                raise exceptions.ValidationError({"fields": ["Invalid field selector."]})
            node = result.setdefault(name, {})
            while pos < len(text) and text[pos] == "/":
                pos += 1
                start = pos
                while pos < len(text) and text[pos] not in ",/()":
                    pos += 1
                child = text[start:pos].strip()
                if not child:
                    raise exceptions.ValidationError({"fields": ["Invalid field selector."]})
                node = node.setdefault(child, {})
            if pos < len(text) and text[pos] == "(":
                pos += 1
                node.update(parse_list())
                if pos >= len(text) or text[pos] != ")":
                    raise exceptions.ValidationError({"fields": ["Unbalanced parentheses."]})
                pos += 1
            if pos < len(text) and text[pos] == ",":
                pos += 1
                continue
            return result

    mask = parse_list()
    if pos != len(text):
        raise exceptions.ValidationError({"fields": ["Invalid field selector."]})
    return mask


def apply_fields(data, mask):
    if not mask or "*" in mask:
        return data
    if isinstance(data, list):
        return [apply_fields(item, mask) for item in data]
    if not isinstance(data, dict):
        return data
    return {key: apply_fields(value, mask[key]) for key, value in data.items() if key in mask}


def _whole(low: int, high: int) -> dict:
    return {"type": "integer", "minimum": low, "maximum": high}


# What every Google method takes besides its own parameters.
SYSTEM_PARAMS = [
    OpenApiParameter("key", str, description="API key (alternative to the Authorization header)."),
    OpenApiParameter("fields", str, description="Partial response selector, e.g. claims(text,claimReview/url)."),
    OpenApiParameter("prettyPrint", bool),
]
PAGING_PARAMS = [
    OpenApiParameter("pageSize", _whole(1, 10_000), description=f"At most {MAX_PAGE_SIZE} are sent."),
    OpenApiParameter("pageToken", str, description="Opaque: the previous answer's nextPageToken."),
    OpenApiParameter("offset", _whole(0, 10**9)),
]
SEARCH_PARAMS = [
    OpenApiParameter(
        "query", str, description="Text to search for (web-search syntax); this or reviewPublisherSiteFilter."
    ),
    OpenApiParameter(
        "languageCode",
        {"type": "string", "pattern": LANGUAGE_CODE},
        description="BCP-47 language code, e.g. 'en' or 'pt-BR': only claims in that language (any region), "
        "and the query is read in it (stemming); case and accents never matter.",
    ),
    OpenApiParameter("reviewPublisherSiteFilter", str, description="Only reviews by this publisher site."),
    OpenApiParameter("maxAgeDays", _whole(1, 100_000), description="Only reviews at most this many days old."),
    *PAGING_PARAMS,
    *SYSTEM_PARAMS,
]


class ClaimsSearchView(GoogleView):
    """Google Fact Check Tools `claims.search`: fact-checked public claims matching a query."""

    method_params = {
        "query",
        "languageCode",
        "reviewPublisherSiteFilter",
        "maxAgeDays",
        "pageSize",
        "pageToken",
        "offset",
    }

    @extend_schema(
        operation_id="google_claims_search",
        parameters=SEARCH_PARAMS,
        responses={200: OpenApiTypes.OBJECT},
        tags=["google-factchecktools"],
    )
    def get(self, request):
        params = request.query_params
        query = params.get("query", "").strip()
        publisher = params.get("reviewPublisherSiteFilter", "").strip().lower()
        if not query and not publisher:
            raise exceptions.ValidationError({"query": ["Either query or reviewPublisherSiteFilter is required."]})
        claims = (
            PublicClaim.objects.using(self.database).current().filter(google_body__isnull=False)
        )  # claims with a standing verdict
        if publisher and publisher.removeprefix("www.") != site().removeprefix("www."):
            claims = claims.none()
        max_age = _int(params, "maxAgeDays", 1, 100_000, None)
        if max_age is not None:
            claims = claims.filter(verdict_published_at__gte=timezone.now() - timedelta(days=max_age))
        language = params.get("languageCode", "")
        if language:
            if not re.fullmatch(LANGUAGE_CODE, language):
                raise exceptions.ValidationError({"languageCode": ["Use a BCP-47 code such as 'en' or 'pt-BR'."]})
            language = primary_subtag(language)  # Google's filter is by language: 'en-US' finds 'en' and 'en-GB'
            claims = claims.filter(language_q(language))
        if query:
            claims = ranked(claims, query, language).order_by("-rank", "-id")
        else:
            claims = claims.order_by("-verdict_published_at", "-id")
        rows, next_token = self.page(claims.only("google_body"), params)
        body = {"claims": documents(rows, "google_body")}
        if next_token:
            body["nextPageToken"] = next_token
        return Response(body)


def _pages_queryset(database):
    """Standing verdicts' markup pages (a retracted verdict has none)."""
    return PublicFactCheck.objects.using(database).current().filter(google_page_body__isnull=False)


class PagesListView(GoogleView):
    """Google Fact Check Tools `pages.list`: the newsroom's ClaimReview markup pages."""

    method_params = {"organization", "url", "offset", "pageSize", "pageToken"}

    @extend_schema(
        operation_id="google_pages_list",
        responses={200: OpenApiTypes.OBJECT},
        parameters=[
            OpenApiParameter("organization", str),
            OpenApiParameter("url", str),
            *PAGING_PARAMS,
            *SYSTEM_PARAMS,
        ],
        tags=["google-factchecktools"],
    )
    def get(self, request):
        params = request.query_params
        pages = _pages_queryset(self.database).order_by("-published_at", "-id").only("google_page_body")
        url = params.get("url", "").strip()
        organization = params.get("organization", "").strip()
        if url:
            pages = pages.filter(pk__in=[pk for pk in [_fact_check_id_from_url(url)] if pk])
        if organization and organization.lower() not in {settings.FACTDB_ORGANIZATION_NAME.lower(), site().lower()}:
            pages = pages.none()
        rows, next_token = self.page(pages, params)
        body = {"claimReviewMarkupPages": documents(rows, "google_page_body")}
        if next_token:
            body["nextPageToken"] = next_token
        return Response(body)


def _fact_check_id_from_url(url: str) -> int | None:
    template = settings.FACTDB_FACT_CHECK_URL
    prefix, _, suffix = template.partition("{id}")
    if url.startswith(prefix) and url.endswith(suffix):
        middle = url[len(prefix) : len(url) - len(suffix) if suffix else None]
        return parse_id(middle)
    return None


class PageDetailView(GoogleView):
    """Google Fact Check Tools `pages.get`: one ClaimReview markup page, `pages/{id}`."""

    @extend_schema(
        operation_id="google_pages_get",
        responses={200: OpenApiTypes.OBJECT},
        parameters=SYSTEM_PARAMS,
        tags=["google-factchecktools"],
    )
    def get(self, request, page_id):
        pk = parse_id(page_id)
        row = _pages_queryset(self.database).filter(pk=pk).only("google_page_body").first() if pk is not None else None
        if row is None:
            raise exceptions.NotFound(f"pages/{page_id} not found.")
        return Response(orjson.Fragment(row.google_page_body))
