"""Actions on webhook subscriptions and deliveries (the permission table's `webhook.*` rows)."""

from factdb.actions import Refused, action, apply_changes, check, check_version, lock, validated
from webhooks import outbox
from webhooks.destinations import refusal
from webhooks.models import Delivery, EventType, Subscription

FIELDS = ("name", "partner_key", "url", "events", "is_active", "secret")


def _clean(subscription: Subscription, *, check_url: bool = True) -> None:
    unknown = sorted(set(subscription.events) - set(EventType.values))
    if unknown:
        raise Refused(f"Unknown event(s): {', '.join(unknown)}. Events: {', '.join(EventType.values)}.")
    refused = refusal(subscription.url) if check_url else None
    if refused:
        raise Refused(refused)
    if not subscription.secret.startswith("whsec_"):
        raise Refused("A webhook secret looks like whsec_ followed by base64 (leave it empty for a new one).")
    validated(subscription)


@action("webhook.create")
def do_create_subscription(name: str, url: str, *, actor, **fields) -> Subscription:
    """Subscribe `url` to events (all of them unless `events=`); the secret is made here unless given."""
    check(actor, "webhook.create")
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise Refused(f"These fields cannot be set here: {', '.join(sorted(unknown))}.")
    if not fields.get("secret"):
        fields.pop("secret", None)
    subscription = Subscription(name=(name or "").strip(), url=(url or "").strip(), **fields)
    _clean(subscription)
    subscription.save()
    return subscription


@action("webhook.change")
def do_change_subscription(subscription: Subscription, changes: dict, *, actor, expected_version=None):
    """Change a subscription (its URL, events, secret; `is_active=False` stops its deliveries)."""
    check(actor, "webhook.change")
    subscription = lock(subscription)
    check_version(subscription, expected_version)
    was_active = subscription.is_active
    changed = apply_changes(subscription, changes, FIELDS)
    if changed:
        # The URL is checked when it changes or starts receiving again: a subscription whose host went bad
        # can still be deactivated, or have its secret rotated.
        _clean(subscription, check_url="url" in changed or (subscription.is_active and not was_active))
        subscription.save()
    return subscription


@action("webhook.replay")
def do_replay_delivery(delivery: Delivery, *, actor) -> Delivery:
    """Send a delivery's event again to its subscriber (same webhook-id: a receiver that has it can skip it)."""
    check(actor, "webhook.replay")
    try:
        delivery = lock(delivery)  # and still there: retention may have deleted it since the page was shown
    except Delivery.DoesNotExist:
        raise Refused("That delivery is no longer kept (FACTDB_WEBHOOK_RETENTION_DAYS).") from None
    if not delivery.subscription.is_active:
        raise Refused(f"{delivery.subscription.name}'s subscription is inactive; reactivate it first.")
    replay = Delivery(event=delivery.event, subscription=delivery.subscription, replay_of=delivery)
    replay.save()
    outbox.defer(replay)
    return replay
