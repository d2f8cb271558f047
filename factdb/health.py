"""/healthz for load balancers: is this instance able to serve (database, and Redis when configured)?"""

import functools
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

if TYPE_CHECKING:
    import redis

logger = logging.getLogger(__name__)


def check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


@functools.cache
def _redis_client(url: str) -> "redis.Redis":
    import redis

    # Short timeouts: a load balancer's probe must get an answer before its own deadline.
    return redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)


def check_redis() -> None:
    _redis_client(settings.REDIS_URL).ping()


def checks() -> dict[str, Callable[[], None]]:
    found: dict[str, Callable[[], None]] = {"database": check_database}
    if settings.REDIS_URL:
        found["redis"] = check_redis
    return found


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """200 {"status": "ok", "checks": {...}} when every check passes, else 503 naming the failed ones.

    No authentication and no details of the failure in the answer (it is public); the log has them.
    """
    results: dict[str, str] = {}
    for name, check in checks().items():
        try:
            check()
        except Exception:
            logger.exception("Health check %r failed", name)
            results[name] = "error"
        else:
            results[name] = "ok"
    healthy = all(result == "ok" for result in results.values())
    return JsonResponse({"status": "ok" if healthy else "error", "checks": results}, status=200 if healthy else 503)
