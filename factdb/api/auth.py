"""Who may read the partner API, and how often.

Partners send their key as ``Authorization: Api-Key <key>``; the Google-compatible
endpoints also accept ``?key=<key>`` as Google's clients send it. Keys are
djangorestframework-api-key keys: hashed at rest, revocable, optionally expiring.
"""

from __future__ import annotations

import hashlib
import time
from typing import TYPE_CHECKING, Any, cast

from django.conf import settings
from django.core.cache import cache
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions, permissions, throttling

from factdb.models import PartnerKey, PartnerScope

if TYPE_CHECKING:  # (not at run time: DRF's views import this module through the settings)
    from drf_spectacular.openapi import AutoSchema
    from rest_framework.request import Request
    from rest_framework.views import APIView

KEYWORD = "Api-Key"


class Partner:
    """The authenticated caller: a partner identified by its API key (not a Django user)."""

    is_authenticated = True
    is_anonymous = False

    def __init__(self, api_key: PartnerKey) -> None:
        self.api_key = api_key
        self.pk = api_key.prefix

    def has_scope(self, scope: str) -> bool:
        return scope in (self.api_key.scopes or [])

    def __str__(self) -> str:
        return self.api_key.name


def _key_from_request(request: Request) -> str | None:
    header = authentication.get_authorization_header(request).decode("latin-1")
    if header:
        keyword, _, key = header.partition(" ")
        if keyword.lower() != KEYWORD.lower() or not key.strip():
            return None  # another scheme: not ours
        return key.strip()
    view = request.parser_context.get("view") if getattr(request, "parser_context", None) else None
    if getattr(view, "accepts_key_parameter", False):
        return request.query_params.get("key") or None
    return None


# Keys this worker checked lately: a partner's many requests cost one lookup (FACTDB_API_KEY_CACHE_SECONDS).
_checked: dict[bytes, tuple[float, PartnerKey]] = {}


def forget_checked_keys() -> None:
    """After a key is revoked or changed: this worker looks it up again at once (others within the cache time)."""
    _checked.clear()


def _valid_key(key: str) -> PartnerKey:
    """The PartnerKey `key` unlocks (raises PartnerKey.DoesNotExist), from the cache when checked lately."""
    fingerprint = hashlib.sha256(key.encode()).digest()  # the secret itself is not kept
    now = time.monotonic()
    hit = _checked.get(fingerprint)
    if hit is not None and now - hit[0] < settings.FACTDB_API_KEY_CACHE_SECONDS:
        return hit[1]
    api_key = cast(PartnerKey, PartnerKey.objects.get_from_key(key))
    if len(_checked) > 10_000:
        _checked.clear()
    _checked[fingerprint] = (now, api_key)
    return api_key


class APIKeyAuthentication(authentication.BaseAuthentication):
    def authenticate(self, request: Request) -> tuple[Partner, PartnerKey] | None:
        key = _key_from_request(request)
        if key is None:
            return None
        if "\x00" in key or len(key) > 200:
            raise exceptions.AuthenticationFailed("Invalid API key.")
        try:
            api_key = _valid_key(key)
        except PartnerKey.DoesNotExist:
            raise exceptions.AuthenticationFailed("Invalid API key.") from None
        if api_key.has_expired:
            raise exceptions.AuthenticationFailed("This API key has expired.")
        return Partner(api_key), api_key

    def authenticate_header(self, request: Request) -> str:
        return f'{KEYWORD} realm="factdb"'


class IsPartner(permissions.BasePermission):
    """A valid key is required, unless FACTDB_API_ANONYMOUS_READS opens reads to everyone."""

    # Only a key without the read scope gets here: no key at all is a 401 (NotAuthenticated).
    message = "This API key may not read the published record (it lacks the read scope)."

    def has_permission(self, request: Request, view: APIView) -> bool:
        if request.method not in permissions.SAFE_METHODS:
            return False  # never reached: MethodFirstMixin answers 405 first
        if isinstance(request.user, Partner):
            return request.user.has_scope(PartnerScope.READ)
        return settings.FACTDB_API_ANONYMOUS_READS


class PartnerRateThrottle(throttling.BaseThrottle):
    """Fixed-window rate per key (per client IP for anonymous reads).

    The counter lives in the Django cache and is incremented atomically, so with
    Redis as the cache the limit holds across all worker processes and hosts.
    """

    def __init__(self) -> None:
        self._wait: int | None = None

    def parse_rate(self, rate: str) -> tuple[int, int]:
        count, _, period = rate.partition("/")
        return int(count), {"s": 1, "m": 60, "h": 3600, "d": 86400}[period.strip()[0]]

    def allow_request(self, request: Request, view: APIView) -> bool:
        if isinstance(request.user, Partner):
            scope, ident = "partner", request.user.api_key.prefix
            rate = request.user.api_key.rate or settings.FACTDB_API_RATE  # a key's own rate, else the default
        else:
            scope, ident, rate = "anonymous", self.get_ident(request), settings.FACTDB_API_ANONYMOUS_RATE
        limit, period = self.parse_rate(rate)
        now = time.time()
        window = int(now // period)
        key = f"factdb-api-throttle:{scope}:{ident}:{period}:{window}"
        cache.add(key, 0, timeout=period + 1)
        try:
            count = cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, timeout=period + 1)
            count = 1
        if count <= limit:
            return True
        self._wait = max(1, int((window + 1) * period - now + 0.999))
        return False

    def wait(self) -> int | None:
        return self._wait


class APIKeyAuthenticationScheme(OpenApiAuthenticationExtension):
    target_class = APIKeyAuthentication
    name = "ApiKeyAuth"

    def get_security_definition(self, auto_schema: AutoSchema) -> dict[str, Any]:
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": 'Send "Authorization: Api-Key <your key>".',
        }
