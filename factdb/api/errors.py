"""One JSON error shape for every failure: {"error": {"status", "code", "message", "details"}}.

The Google-compatible endpoints (/v1alpha1/) answer in Google's shape instead, as its clients expect.
Both shapes are declared here as JSON Schema too; factdb.api.schema documents them on every operation.
"""

import logging
from collections.abc import Mapping
from typing import Any, NotRequired, TypedDict

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import set_rollback

logger = logging.getLogger("factdb.api")

MESSAGES = {
    400: "The request is not valid.",
    401: "Authentication is required.",
    403: "You may not do this.",
    404: "Not found.",
    405: "Method not allowed.",
    406: "Not acceptable.",
    412: "The version named is not the current one; nothing was written.",
    428: "Name the version you read (versionId or If-Match).",
    429: "Too many requests.",
    500: "Internal server error.",
    503: "Service unavailable.",
}


# What _flatten makes of DRF's error details: JSON of strings.
Flat = str | list["Flat"] | dict[str, "Flat"]


class Problem(TypedDict):
    status: int
    code: str
    message: str
    details: Mapping[str, object]


class ErrorBody(TypedDict):
    error: Problem


class GoogleStatus(TypedDict):
    code: int
    message: str
    status: str
    details: NotRequired[list[dict[str, Any]]]


class GoogleErrorBody(TypedDict):
    error: GoogleStatus


def error_body(status_code: int, code: str, message: str, details: Mapping[str, object] | None = None) -> ErrorBody:
    return {"error": {"status": status_code, "code": code, "message": message, "details": details or {}}}


def _flatten(detail: object) -> Flat:
    if isinstance(detail, dict):
        return {str(k): _flatten(v) for k, v in detail.items()}
    if isinstance(detail, list):
        return [_flatten(v) for v in detail]
    return str(detail)


def exception_handler(exc: Exception, context: Mapping[str, Any]) -> Response | None:
    """DRF exception handler producing the shared error body (and keeping DRF's headers)."""
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    if not isinstance(exc, exceptions.APIException):
        return None  # a real bug: Django's handler500 answers with JSON
    headers: dict[str, str] = {}
    auth_header, wait = getattr(exc, "auth_header", None), getattr(exc, "wait", None)
    if auth_header:
        headers["WWW-Authenticate"] = auth_header
    if wait:
        headers["Retry-After"] = f"{int(wait)}"
    detail = exc.detail
    if isinstance(detail, (list, dict)):
        message, flat = MESSAGES.get(exc.status_code, "Error."), _flatten(detail)
        details: Mapping[str, object] = flat if isinstance(flat, dict) else {"non_field_errors": flat}
        code = "invalid"
    else:
        message, details, code = str(detail), {}, getattr(detail, "code", None) or exc.default_code
    if isinstance(exc, exceptions.Throttled):
        code, message = "throttled", f"Rate limit exceeded; retry in {wait or 1:.0f} seconds."
    view = context.get("view")
    body: ErrorBody | GoogleErrorBody = error_body(exc.status_code, str(code), message, details)
    if getattr(view, "google_errors", False):
        body = google_error_body(exc.status_code, message, details)
    set_rollback()
    return Response(body, status=exc.status_code, headers=headers)


GOOGLE_STATUS = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    405: "UNIMPLEMENTED",
    406: "INVALID_ARGUMENT",
    412: "FAILED_PRECONDITION",
    428: "FAILED_PRECONDITION",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    503: "UNAVAILABLE",
}


def google_error_body(status_code: int, message: str, details: Mapping[str, object] | None = None) -> GoogleErrorBody:
    """Google's error shape, which googleapiclient's HttpError parses."""
    body: GoogleStatus = {"code": status_code, "message": message, "status": GOOGLE_STATUS.get(status_code, "UNKNOWN")}
    if details:
        body["details"] = [
            {
                "@type": "type.googleapis.com/google.rpc.BadRequest",
                "fieldViolations": [
                    {"field": field, "description": " ".join(map(str, errs)) if isinstance(errs, list) else str(errs)}
                    for field, errs in details.items()
                ],
            }
        ]
    return {"error": body}


def _is_api(request: HttpRequest) -> bool:
    return bool(request.path.startswith(("/api/", "/v1alpha1/")))


def _json_error(request: HttpRequest, status_code: int, code: str) -> JsonResponse:
    """An error Django answers before any view (no route, a bug, a malformed request), in the path's shape."""
    if request.path.startswith("/v1alpha1/"):
        return JsonResponse(google_error_body(status_code, MESSAGES[status_code]), status=status_code)
    return JsonResponse(error_body(status_code, code, MESSAGES[status_code]), status=status_code)


def json_404(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    if not _is_api(request):
        from django.views.defaults import page_not_found

        return page_not_found(request, exception)
    return _json_error(request, 404, "not_found")


def json_500(request: HttpRequest) -> HttpResponse:
    if not _is_api(request):
        from django.views.defaults import server_error

        return server_error(request)
    return _json_error(request, status.HTTP_500_INTERNAL_SERVER_ERROR, "server_error")


def json_400(request: HttpRequest, exception: Exception) -> HttpResponse:  # Django always passes it
    if not _is_api(request):
        from django.views.defaults import bad_request

        return bad_request(request, exception)
    return _json_error(request, 400, "bad_request")


# The two shapes as JSON Schema (OpenAPI 3.0 dialect), for the schema and generated clients.
ERROR_SCHEMA = {
    "type": "object",
    "description": "Every error of the partner API.",
    "properties": {
        "error": {
            "type": "object",
            "properties": {
                "status": {"type": "integer", "description": "The HTTP status, repeated."},
                "code": {
                    "type": "string",
                    "description": "Machine-readable: invalid or bad_request (400), not_authenticated or "
                    "authentication_failed (401), permission_denied (403), not_found (404), method_not_allowed "
                    "(405), not_acceptable (406), throttled (429), server_error (500), too_expensive (503).",
                },
                "message": {"type": "string", "description": "For people."},
                "details": {
                    "type": "object",
                    "additionalProperties": {},
                    "description": "For a 400: what is wrong, by query parameter (messages), and `allowed` "
                    "(the parameters this operation takes) for an unknown one; otherwise empty.",
                },
            },
            "required": ["status", "code", "message", "details"],
        }
    },
    "required": ["error"],
}

GOOGLE_ERROR_SCHEMA = {
    "type": "object",
    "description": "Google's error shape (google.rpc.Status), which Google's generated clients parse.",
    "properties": {
        "error": {
            "type": "object",
            "properties": {
                "code": {"type": "integer", "description": "The HTTP status, repeated."},
                "message": {"type": "string"},
                "status": {"type": "string", "description": "The canonical code, e.g. INVALID_ARGUMENT."},
                "details": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "@type": {"type": "string"},
                            "fieldViolations": {
                                "type": "array",
                                "items": {
                                    "type": "object",
                                    "properties": {"field": {"type": "string"}, "description": {"type": "string"}},
                                    "required": ["field", "description"],
                                },
                            },
                        },
                        "required": ["@type"],
                    },
                },
            },
            "required": ["code", "message", "status"],
        }
    },
    "required": ["error"],
}
