"""Sending one delivery: sign (Standard Webhooks), POST, record the outcome."""

import http.client
from datetime import datetime

from django.conf import settings
from django.db.models import F
from django.utils import timezone
from standardwebhooks.webhooks import Webhook

from webhooks.destinations import NotAllowed, Unreachable, destination, post
from webhooks.models import Delivery, DeliveryStatus
from webhooks.outbox import sendable


class DeliveryFailed(Exception):
    """The subscriber did not answer 2xx; the job is retried with backoff (webhooks.tasks)."""


def headers(secret: str, message_id: str, when: datetime, body: str) -> dict[str, str]:
    """webhook-id, webhook-timestamp and webhook-signature (v1: HMAC-SHA256 of id.timestamp.body)."""
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(int(when.timestamp())),
        "webhook-signature": Webhook(secret).sign(message_id, when, body),
    }


def attempt(delivery_id: int, *, last: bool) -> None:
    """POST the delivery once; raise DeliveryFailed unless it was accepted (`last`: give up after this one)."""
    delivery = Delivery.objects.select_related("event", "subscription").get(pk=delivery_id)
    if delivery.status == DeliveryStatus.DELIVERED:  # a retry after the outcome was recorded
        return
    event, subscription = delivery.event, delivery.subscription
    now = timezone.now()
    if not subscription.is_active:  # unsubscribed while this waited: not sent (a replay can, once reactivated)
        Delivery.objects.filter(pk=delivery.pk).update(status=DeliveryStatus.FAILED, last_error="Inactive.")
        return
    body = sendable(event)
    code, error = None, ""
    try:
        to = destination(subscription.url)
        code = post(
            to,
            body.encode(),
            {
                "Content-Type": "application/json",
                "User-Agent": "factdb-webhooks",
                **headers(subscription.secret, event.message_id, now, body),
            },
            settings.FACTDB_WEBHOOK_TIMEOUT,
        )
    except NotAllowed as refused:  # e.g. its name now points inside: never sent there, not retried
        Delivery.objects.filter(pk=delivery.pk).update(
            status=DeliveryStatus.FAILED, last_error=str(refused)[:500], last_attempt_at=now
        )
        return
    except (Unreachable, OSError, http.client.HTTPException) as failure:
        error = str(failure)[:500] or type(failure).__name__
    ok = code is not None and 200 <= code < 300
    if not ok and not error:
        error = f"HTTP {code}"
    status = DeliveryStatus.DELIVERED if ok else (DeliveryStatus.FAILED if last else DeliveryStatus.PENDING)
    Delivery.objects.filter(pk=delivery.pk).update(
        attempts=F("attempts") + 1,
        last_status_code=code,
        last_error=error,
        last_attempt_at=now,
        status=status,
        delivered_at=now if ok else None,
    )
    if not ok:
        raise DeliveryFailed(f"{subscription.url}: {error}")
