# ruff: noqa: N815  (the serializers' field names are Google's wire names, camelCase)
"""Google's `pages` create, update and delete: partners' own ClaimReview markup, through the action layer.

Pages a partner writes are named `pages/partner-{id}` (the newsroom's own pages, `pages/{id}`, are
read-only: they follow its verdicts). Only keys of the organisation that owns a page see or change
it. An update names the version it read (`versionId` in the body, or `If-Match` with the ETag or
versionId a read returned); a stale one answers 412 and nothing is written.
"""

import re

import orjson
from django.db import transaction
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import exceptions, permissions, serializers, status
from rest_framework.response import Response

from claims.actions import pages as page_actions
from claims.api.google import PAGING_PARAMS, SYSTEM_PARAMS, GoogleView, PagesListView
from claims.models import PartnerPage
from factdb import policy
from factdb.accounts import system_actor
from factdb.api.auth import IsPartner, Partner
from factdb.models import PartnerScope


class PreconditionFailed(exceptions.APIException):
    status_code = status.HTTP_412_PRECONDITION_FAILED
    default_detail = "The page changed since you read it; nothing was written. Read it again, then re-apply."
    default_code = "stale_version"


class PreconditionRequired(exceptions.APIException):
    status_code = status.HTTP_428_PRECONDITION_REQUIRED
    default_detail = "Name the version you read: versionId in the body, or an If-Match header."
    default_code = "version_required"


class WritesPages(permissions.BasePermission):
    message = "This API key may not write ClaimReview pages (it lacks the pages scope)."

    def has_permission(self, request, view):
        return isinstance(request.user, Partner) and request.user.has_scope(PartnerScope.PAGES)


# -- the page, as Google's discovery document describes it; unknown fields are refused, not dropped --


class Strict(serializers.Serializer):
    def to_internal_value(self, data):
        if isinstance(data, dict):
            unknown = sorted(set(data) - set(self.fields))
            if unknown:
                raise serializers.ValidationError({name: ["Unknown field."] for name in unknown})
        return super().to_internal_value(data)


def _text(limit, **kwargs):
    return serializers.CharField(max_length=limit, **kwargs)


def _url(**kwargs):
    return serializers.URLField(max_length=500, **kwargs)


DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


def _date(value):
    if not DATE.match(value):
        raise serializers.ValidationError("A date as YYYY-MM-DD.")
    return value


class RatingSerializer(Strict):
    textualRating = _text(200)
    ratingValue = serializers.IntegerField(required=False, min_value=-1000, max_value=1000)
    worstRating = serializers.IntegerField(required=False, min_value=-1000, max_value=1000)
    bestRating = serializers.IntegerField(required=False, min_value=-1000, max_value=1000)
    ratingExplanation = _text(2000, required=False, allow_blank=True)
    imageUrl = _url(required=False, allow_blank=True)


class ClaimAuthorSerializer(Strict):
    name = _text(200)
    jobTitle = _text(200, required=False, allow_blank=True)
    imageUrl = _url(required=False, allow_blank=True)
    sameAs = _url(required=False, allow_blank=True)


class ReviewAuthorSerializer(Strict):
    name = _text(200)
    imageUrl = _url(required=False, allow_blank=True)


class MarkupSerializer(Strict):
    url = _url(required=False, allow_blank=True)
    claimReviewed = _text(2000)
    claimDate = _text(10, required=False, validators=[_date])
    claimLocation = _text(200, required=False, allow_blank=True)
    claimFirstAppearance = _url(required=False, allow_blank=True)
    claimAppearances = serializers.ListField(child=_url(), required=False, max_length=50)
    claimAuthor = ClaimAuthorSerializer(required=False)
    rating = RatingSerializer()


class PageSerializer(Strict):
    name = _text(100, required=False, allow_blank=True)  # output-only but for updates: checked against the path
    pageUrl = _url()
    claimReviewAuthor = ReviewAuthorSerializer(required=False)
    claimReviewMarkups = serializers.ListField(child=MarkupSerializer(), min_length=1, max_length=50)
    publishDate = _text(10, required=False, validators=[_date])
    versionId = _text(40, required=False, allow_blank=True)


def page_body(page: PartnerPage) -> dict:
    return {"name": page.name, **page.document, "versionId": str(page.version)}


def parsed(request) -> tuple[dict, str]:
    """(the page's markup as stored, the versionId the client named); 400 for anything malformed."""
    if not isinstance(request.data, dict):
        raise exceptions.ValidationError({"body": ["A ClaimReviewMarkupPage JSON object."]})
    serializer = PageSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    data = orjson.loads(orjson.dumps(serializer.validated_data))
    data.pop("name", None)
    return data, data.pop("versionId", "")


def if_match(request) -> str:
    """The version an If-Match header names: `"3"`, `W/"3"` or `3`."""
    value = request.headers.get("If-Match", "").strip()
    if value == "*":
        return ""
    return value.removeprefix("W/").strip('"')


def _refusal(error: policy.ActionError) -> exceptions.APIException:
    if isinstance(error, policy.Conflict):
        return PreconditionFailed()
    if isinstance(error, policy.Forbidden):
        return exceptions.PermissionDenied(policy.message(error))
    return exceptions.ValidationError({"body": [policy.message(error)]})


class PageWrites:
    """Writes need the `pages` scope (reads, the `read` scope); every write is an action, in one transaction."""

    replica_reads = False

    def get_permissions(self):
        if self.request.method in permissions.SAFE_METHODS:
            return [IsPartner()]
        return [WritesPages()]

    def act(self, do, *args, **kwargs):
        try:
            with transaction.atomic():
                return do(*args, actor=system_actor(), key=self.request.user.api_key, **kwargs)
        except policy.ActionError as error:
            raise _refusal(error) from None


PAGE_RESPONSES = {200: OpenApiTypes.OBJECT}
WRITE_ERRORS = "; 403 without the pages scope or an organisation on the key"


class PageCreateMixin(PageWrites):
    @extend_schema(
        operation_id="google_pages_create",
        request=PageSerializer,
        responses=PAGE_RESPONSES,
        parameters=SYSTEM_PARAMS,
        tags=["google-factchecktools"],
        description="Create a ClaimReview markup page owned by the key's organisation" + WRITE_ERRORS + ".",
    )
    def post(self, request):
        document, _ = parsed(request)
        page = self.act(page_actions.do_create_page, document)
        return Response(page_body(page))


class PartnerPageView(PageWrites, GoogleView):
    """One of a partner's own pages, `pages/partner-{id}`: get, update (PUT, Google's), delete."""

    def owned_page(self, number: str) -> PartnerPage:
        """The page, if the key's organisation owns it (another organisation's page is not found, not refused)."""
        pk = number
        organization = (getattr(self.request.user, "api_key", None) and self.request.user.api_key.organization) or ""
        page = PartnerPage.objects.filter(pk=int(pk), organization=organization.strip()).first()
        if page is None or not organization.strip():
            raise exceptions.NotFound(f"pages/partner-{number} not found.")
        return page

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        version = getattr(self, "version_read", None)
        if version is not None and response.status_code == 200:
            response["ETag"] = f'"{version}"'  # what If-Match names on an update
        return response

    @extend_schema(
        operation_id="google_partner_pages_get",
        responses=PAGE_RESPONSES,
        parameters=SYSTEM_PARAMS,
        tags=["google-factchecktools"],
    )
    def get(self, request, number):
        page = self.owned_page(number)
        self.version_read = page.version
        return Response(page_body(page))

    @extend_schema(
        operation_id="google_pages_update",
        request=PageSerializer,
        responses=PAGE_RESPONSES,
        parameters=SYSTEM_PARAMS,
        tags=["google-factchecktools"],
        description="Replace the page's markup. Name the version read (versionId or If-Match): 412 if stale, "
        "428 if not named" + WRITE_ERRORS + ".",
    )
    def put(self, request, number):
        page = self.owned_page(number)
        document, version = parsed(request)
        if request.data.get("name") not in (None, "", page.name):
            raise exceptions.ValidationError({"name": [f"The body names another page than {page.name}."]})
        version = version or if_match(request)
        if not version:
            raise PreconditionRequired()
        page = self.act(page_actions.do_update_page, page, document, expected_version=version)
        self.version_read = page.version
        return Response(page_body(page))

    @extend_schema(
        operation_id="google_pages_delete",
        responses=PAGE_RESPONSES,
        parameters=SYSTEM_PARAMS,
        tags=["google-factchecktools"],
        description="Delete the page (If-Match, if sent, must name the current version: 412 if stale)"
        + WRITE_ERRORS
        + ".",
    )
    def delete(self, request, number):
        page = self.owned_page(number)
        self.act(page_actions.do_delete_page, page, expected_version=if_match(request) or None)
        return Response({})


class PagesView(PageCreateMixin, PagesListView):
    """`pages`: list (the newsroom's pages, or with `organization=` the key's own organisation's) and create."""

    @extend_schema(
        operation_id="google_pages_list",
        responses={200: OpenApiTypes.OBJECT},
        parameters=[
            OpenApiParameter("organization", str, description="The key's own organisation lists its own pages."),
            OpenApiParameter("url", str),
            *PAGING_PARAMS,
            *SYSTEM_PARAMS,
        ],
        tags=["google-factchecktools"],
    )
    def get(self, request):
        own = partner_pages(request, request.query_params.get("organization", "").strip())
        if own is None:
            return super().get(request)
        url = request.query_params.get("url", "").strip()
        if url:
            own = own.filter(page_url=url)
        rows, next_token = self.page(own, request.query_params)
        body = {"claimReviewMarkupPages": [page_body(page) for page in rows]}
        if next_token:
            body["nextPageToken"] = next_token
        return Response(body)


def partner_pages(request, organization: str):
    """The key's own organisation's pages, when `organization` names it (pages.list)."""
    own = (getattr(getattr(request.user, "api_key", None), "organization", "") or "").strip()
    if not own or organization.lower() != own.lower():
        return None
    return PartnerPage.objects.filter(organization=own).order_by("-id")
