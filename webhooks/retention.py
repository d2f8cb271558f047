"""How long sent webhooks are kept: finished deliveries and their events go after FACTDB_WEBHOOK_RETENTION_DAYS."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone

from webhooks.models import Delivery, DeliveryStatus, Event

FINISHED = (DeliveryStatus.DELIVERED, DeliveryStatus.FAILED)


@transaction.atomic
def prune(days: int | None = None) -> tuple[int, int]:
    """Delete deliveries finished and created more than `days` ago, then the events left with no delivery.

    A pending delivery is never deleted, nor one whose replay is kept. Returns (deliveries, events) deleted.
    """
    cutoff = timezone.now() - timedelta(days=settings.FACTDB_WEBHOOK_RETENTION_DAYS if days is None else days)
    old = Delivery.objects.filter(created_at__lt=cutoff, status__in=FINISHED)
    deliveries = 0
    while True:  # replays before what they replay (a replay protects its original), usually one round
        leaves = old.exclude(Exists(Delivery.objects.filter(replay_of=OuterRef("pk"))))
        deleted, _ = Delivery.objects.filter(pk__in=leaves.values("pk")).delete()
        if not deleted:
            break
        deliveries += deleted
    unsent = Event.objects.filter(created_at__lt=cutoff).exclude(Exists(Delivery.objects.filter(event=OuterRef("pk"))))
    events, _ = unsent.delete()
    return deliveries, events
