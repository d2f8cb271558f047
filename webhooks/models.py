"""Subscriptions, the events the action layer emits, and each delivery of an event to a subscriber.

An Event row and its Delivery rows are written by the action that caused them, in its
transaction, with one queued job per delivery (webhooks.outbox): a committed change is
never lost, a rolled-back one never sent. Deliveries are operational records, written by
the worker (webhooks.tasks), not part of the editorial record.
"""

import secrets

from django.contrib.postgres.fields import ArrayField
from django.db import models

from factdb import guard
from factdb.models import PartnerKey


class EventType(models.TextChoices):
    PUBLISHED = "fact_check.published", "A verdict was published"
    CORRECTED = "fact_check.corrected", "A published verdict was corrected"
    RETRACTED = "fact_check.retracted", "A published verdict was retracted"
    MADE_PUBLIC = "claim.made_public", "A claim was made public"
    MADE_INTERNAL = "claim.made_internal", "A claim was made internal"


def new_secret() -> str:
    """A Standard Webhooks secret: `whsec_` and base64 of 32 random bytes."""
    import base64

    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()


def _all_events():
    return list(EventType.values)


class Subscription(models.Model):
    """A partner's (or the newsroom's own CMS's) endpoint for events; changed only by webhooks.actions."""

    name = models.CharField(max_length=200, help_text="The partner or organisation receiving the events.")
    partner_key = models.ForeignKey(
        PartnerKey, null=True, blank=True, on_delete=models.PROTECT, related_name="subscriptions"
    )
    url = models.URLField(max_length=500, help_text="Where events are POSTed (https in production).")
    secret = models.CharField(max_length=100, default=new_secret, help_text="Signs every delivery (whsec_...).")
    events = ArrayField(models.CharField(max_length=40, choices=EventType.choices), default=_all_events)
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self):
        return f"{self.name} → {self.url}"

    def save(self, *args, **kwargs):
        guard.require(type(self), "save")
        if not self._state.adding:
            self.version += 1
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise guard.UnguardedWrite("Subscriptions are deactivated, never deleted: their deliveries refer to them.")


class Event(models.Model):
    """Something partners can hear about, with the public document it concerns, as sent (signed bytes)."""

    message_id = models.CharField(max_length=40, unique=True, help_text="webhook-id: the same on every retry.")
    type = models.CharField(max_length=40, choices=EventType.choices)
    kind = models.CharField(max_length=20, help_text="The kind of document (claim, fact_check).")
    object_id = models.BigIntegerField()
    claim_id = models.BigIntegerField(help_text="Events of one claim reach each subscriber in order.")
    body = models.TextField(help_text="The JSON payload, exactly as signed and sent.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["kind", "object_id"], name="webhooks_event_object")]

    def __str__(self):
        return f"{self.type} {self.kind} {self.object_id}"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    DELIVERED = "delivered", "Delivered"
    FAILED = "failed", "Failed (gave up)"


class Delivery(models.Model):
    """One event to one subscriber: every attempt's outcome, until delivered or given up."""

    event = models.ForeignKey(Event, on_delete=models.PROTECT, related_name="deliveries")
    subscription = models.ForeignKey(Subscription, on_delete=models.PROTECT, related_name="deliveries")
    replay_of = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="replays")
    status = models.CharField(max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    last_status_code = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name_plural = "deliveries"
        indexes = [models.Index(fields=["status", "id"], name="webhooks_delivery_status")]

    def __str__(self):
        return f"{self.event} to {self.subscription.name}: {self.status}"

    @property
    def lock(self) -> str:
        """Jobs with one lock run one at a time, oldest first (procrastinate): one subscriber, one claim."""
        return f"webhooks:{self.subscription_id}:claim:{self.event.claim_id}"
