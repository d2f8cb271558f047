"""The outbox: events the action layer emitted become Event and Delivery rows and queued jobs, in its transaction.

`enqueue` is a finish hook of the action layer (registered by claims after the projection's
refresh, so the documents are current): for each event the action emitted (factdb.actions.emit)
it stores the payload — the object's public document from the projection, as partners read it,
or null once it is no longer public — and one Delivery per subscriber, each deferred as a
procrastinate job on the same connection. A rolled-back action leaves no event, no delivery,
no job; a committed one cannot lose them.
"""

import uuid

import orjson
from django.db import models
from django.utils import timezone

from factdb import actions
from factdb.projection import iso
from webhooks.models import Delivery, Event, EventType, Subscription

# kind -> the public document model partners read (declared by claims at start-up: claims/apps.py).
DOCUMENTS: dict[str, type[models.Model]] = {}
# A subscriber that received a verdict hears about what later happens to it, whatever its filter.
FOLLOW_UPS = {EventType.CORRECTED, EventType.RETRACTED}


def register_documents(tables: dict) -> None:
    DOCUMENTS.update(tables)


def payload(event: str, kind: str, pk: int, claim: int, now) -> str:
    """The signed body: Standard Webhooks' {type, timestamp, data}, `data.document` the public document."""
    row = DOCUMENTS[kind].objects.using("default").filter(pk=pk).values("body", "removed_at").first() or {}
    body = row.get("body")
    data = {
        "kind": kind,
        "id": pk,
        "claim": claim,
        "document": orjson.Fragment(body) if body is not None else None,
        "removed_at": iso(row.get("removed_at")),
    }
    return orjson.dumps({"type": event, "timestamp": iso(now), "data": data}).decode()


def sendable(event: Event) -> str:
    """The body to send now: as stored, unless its object stopped being public since (then without the document,
    which partners may no longer read: a late or replayed delivery never carries what was withdrawn)."""
    if event.kind not in DOCUMENTS:
        return event.body
    row = DOCUMENTS[event.kind].objects.using("default").filter(pk=event.object_id).values("removed_at").first()
    if row is not None and row["removed_at"] is None:
        return event.body
    payload = orjson.loads(event.body)
    if payload["data"]["document"] is None:
        return event.body
    payload["data"]["document"] = None
    payload["data"]["removed_at"] = iso(row["removed_at"]) if row else None
    return orjson.dumps(payload).decode()


def recipients(event: str, kind: str, pk: int, subscriptions: list[Subscription]) -> list[Subscription]:
    wanted = [s for s in subscriptions if event in s.events]
    if event in FOLLOW_UPS:
        received = set(
            Delivery.objects.filter(
                event__type=EventType.PUBLISHED, event__kind=kind, event__object_id=pk, subscription__is_active=True
            ).values_list("subscription_id", flat=True)
        )
        wanted += [s for s in subscriptions if s.pk in received and s not in wanted]
    return wanted


def enqueue(touched) -> int:
    """The finish hook: store and queue what the action emitted; returns the deliveries queued."""
    emitted = list(dict.fromkeys(actions.emitted()))  # once each, in the order emitted
    if not emitted:
        return 0
    subscriptions = list(Subscription.objects.filter(is_active=True))
    if not subscriptions:
        return 0
    now, queued = timezone.now(), 0
    for event_type, kind, pk, claim in emitted:
        to = recipients(event_type, kind, pk, subscriptions)
        if not to:
            continue
        event = Event(
            message_id=f"msg_{uuid.uuid4().hex}",
            type=event_type,
            kind=kind,
            object_id=pk,
            claim_id=claim,
            body=payload(event_type, kind, pk, claim, now),
        )
        event.save()
        deliveries = [Delivery(event=event, subscription=subscription) for subscription in to]
        Delivery.objects.bulk_create(deliveries)
        for delivery in deliveries:
            defer(delivery)
        queued += len(deliveries)
    return queued


def defer(delivery: Delivery) -> None:
    """Queue the job that sends `delivery`, on the caller's connection (so in its transaction)."""
    from webhooks.tasks import deliver

    deliver.configure(lock=delivery.lock).defer(delivery_id=delivery.pk)
