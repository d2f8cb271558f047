"""How long sent webhooks are kept: finished deliveries and their events go after FACTDB_WEBHOOK_RETENTION_DAYS."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Exists, OuterRef
from django.utils import timezone
from procrastinate import sql
from procrastinate.jobs import Status

from webhooks.models import Delivery, DeliveryStatus, Event, EventType

FINISHED = (DeliveryStatus.DELIVERED, DeliveryStatus.FAILED)
LONGEST = 36_500  # days: a longer retention means "keep", not a date before year 1
BATCH = 5_000


def _retention_days(days: int | None) -> int:
    """The days to keep (FACTDB_WEBHOOK_RETENTION_DAYS unless given), at most LONGEST; a negative number is refused."""
    days = settings.FACTDB_WEBHOOK_RETENTION_DAYS if days is None else days
    if days < 0:
        raise ValueError("Retention is a number of days, 0 or more.")
    return min(days, LONGEST)


def prune(days: int | None = None) -> tuple[int, int]:
    """Delete deliveries finished and created more than `days` ago, then the events left with no delivery.

    Kept whatever their age: pending deliveries, one whose replay is kept, and deliveries of a publication,
    which say who must hear of its correction or retraction (webhooks.outbox.recipients). Deleted in batches,
    each in its own transaction. Returns (deliveries, events) deleted.
    """
    cutoff = timezone.now() - timedelta(days=_retention_days(days))
    old = Delivery.objects.filter(created_at__lt=cutoff, status__in=FINISHED).exclude(event__type=EventType.PUBLISHED)
    deliveries = events = 0
    while True:  # replays before what they replay (a replay protects its original)
        with transaction.atomic():
            leaves = old.exclude(Exists(Delivery.objects.filter(replay_of=OuterRef("pk"))))
            batch = list(leaves.order_by("pk").values_list("pk", flat=True)[:BATCH])
            if not batch:
                break
            deliveries += Delivery.objects.filter(pk__in=batch).delete()[0]
    without_deliveries = Event.objects.filter(created_at__lt=cutoff).exclude(
        Exists(Delivery.objects.filter(event=OuterRef("pk")))
    )
    while batch := list(without_deliveries.order_by("pk").values_list("pk", flat=True)[:BATCH]):
        with transaction.atomic():
            events += Event.objects.filter(pk__in=batch).delete()[0]
    return deliveries, events


# The worker's own record of a job once it is over: the delivery keeps what was sent and its outcome.
FINAL_JOB_STATUSES = [s.value for s in (Status.SUCCEEDED, Status.FAILED, Status.CANCELLED, Status.ABORTED)]


def prune_jobs(days: int | None = None) -> int:
    """Delete the worker's finished jobs (procrastinate_jobs and their events) over `days` old, with procrastinate's
    own query (its builtin remove_old_jobs task runs it only inside an async worker). Returns the jobs deleted."""
    with connection.cursor() as cursor:
        cursor.execute(
            sql.queries["delete_old_jobs"],
            {"nb_hours": _retention_days(days) * 24, "queue": None, "statuses": FINAL_JOB_STATUSES},
        )
        return cursor.rowcount
