"""Telling people what needs them: a row in their admin inbox, and an email once the change is committed.

Only actions notify (inside their transaction): a refused or rolled-back change tells nobody.
Email goes through Django's mail backend (console in development, SMTP by settings:
docs/operations.md), one message per person, after the commit.
"""

import logging
from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from factdb import guard
from factdb.actions import Refused, action, check
from factdb.models import Notification

log = logging.getLogger(__name__)


def notify(
    recipients: Iterable[User | None], *, kind: str, text: str, url: str = "", actor: User | None = None
) -> list[Notification]:
    """Notify each active recipient (not the actor: nobody is told what they did themselves)."""
    if guard.current() is None:
        raise guard.UnguardedWrite("notify() outside an action.")
    people: list[User] = []
    seen: set[int] = set()
    for person in recipients:
        if person is None or person.pk in seen or not person.is_active:
            continue
        if actor is not None and person.pk == actor.pk:
            continue
        seen.add(person.pk)
        people.append(person)
    if not people:
        return []
    rows = Notification.objects.bulk_create(
        [Notification(recipient=person, actor=actor, kind=kind, text=text[:1000], url=url) for person in people]
    )
    addresses = [person.email for person in people if person.email]
    if addresses:
        transaction.on_commit(lambda: _send(addresses, text, url))
    return rows


def _send(addresses: list[str], text: str, url: str) -> None:
    link = f"{settings.FACTDB_ADMIN_BASE_URL.rstrip('/')}{url}" if settings.FACTDB_ADMIN_BASE_URL and url else url
    body = f"{text}\n\n{link}\n" if link else f"{text}\n"
    subject = f"[{settings.FACTDB_ORGANIZATION_NAME}] {text}"[:150]
    for address in addresses:  # one message each: recipients do not see each other
        try:
            send_mail(subject, body, None, [address])
        except Exception:  # the change is committed; a mail server down must not turn it into an error page
            log.exception("Could not email a notification to %s", address)


def unread_count(user: User, cap: int = 99) -> int:
    """Unread notifications, counted up to `cap` (the badge says "99" for more; never a full count)."""
    return Notification.objects.filter(recipient=user, read_at__isnull=True)[:cap].count()


def context(request: HttpRequest) -> dict[str, object]:
    """Template context: the unread count, counted only when a page shows it (the admin header)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not user.is_staff:
        return {}
    return {"notifications_unread": lambda: unread_count(user)}


@action("notification.read")
def do_mark_read(notifications: Iterable[Notification | int], *, actor: User) -> int:
    """Mark the actor's own notifications read (others' are refused); returns how many changed."""
    check(actor, "notification.read")
    ids = [n.pk if hasattr(n, "pk") else int(n) for n in notifications]
    if Notification.objects.filter(pk__in=ids).exclude(recipient=actor).exists():
        raise Refused("You can only mark your own notifications read.")
    return Notification.objects.filter(pk__in=ids, read_at__isnull=True).update(read_at=timezone.now())
