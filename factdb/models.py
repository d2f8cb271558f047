"""The kit every app builds its models on: audit trail, timestamps, versions, validators, the write guard.

Editorial models (claims, appearances, verdicts, speakers, sources, ...) inherit
``EditorialModel``: their rows may only be written inside an action (factdb.actions),
so every change to the record passes the newsroom's rules. Their visibility to partners
is declared by the app that owns it (``define_visibility``), never assumed.
"""

from collections.abc import Callable, Iterable
from typing import Any, Self, TypeVar

import pghistory
from django.contrib.auth.models import Group, User
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ImproperlyConfigured
from django.core.validators import RegexValidator
from django.db import models
from rest_framework_api_key.models import AbstractAPIKey

from factdb import guard

LANGUAGE_VALIDATOR = RegexValidator(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", "Use a language code such as 'en' or 'pt-BR'.")
COUNTRY_VALIDATOR = RegexValidator(r"^[A-Z]{2}$", "Use a two-letter ISO 3166 country code such as 'RU'.")
WIKIDATA_VALIDATOR = RegexValidator(r"^Q[1-9][0-9]*$", "A Wikidata id looks like 'Q42'.")


_M = TypeVar("_M", bound=type[models.Model])


def audited(model: _M) -> _M:
    """Record every insert, update and delete of `model` in an append-only event table.

    Indexed by time: "what changed since ..." is asked of these tables (sync, the desk).
    """
    model_name = model._meta.model_name
    assert model_name is not None  # the stubs allow None; every model class has a name
    tracked: _M = pghistory.track(
        pghistory.InsertEvent(),
        pghistory.UpdateEvent(),
        pghistory.DeleteEvent(),
        meta={"indexes": [models.Index(fields=["pgh_created_at"], name=f"{model_name[:20]}_ev_time")]},
    )(model)
    return tracked


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        abstract = True


class GuardedQuerySet(models.QuerySet[Any]):
    """Bulk writes (update, delete, bulk_create, bulk_update) only inside an action."""

    def update(self, **kwargs: Any) -> int:
        guard.require(self.model, "update")
        return super().update(**kwargs)

    def delete(self) -> tuple[int, dict[str, int]]:
        guard.require(self.model, "delete")
        return super().delete()

    def bulk_create(self, objs: Iterable[Any], *args: Any, **kwargs: Any) -> list[Any]:
        guard.require(self.model, "bulk_create")
        return super().bulk_create(objs, *args, **kwargs)

    def bulk_update(self, objs: Iterable[Any], *args: Any, **kwargs: Any) -> int:
        guard.require(self.model, "bulk_update")
        return super().bulk_update(objs, *args, **kwargs)


_VISIBILITY: dict[str, Callable[[Any], Any]] = {}


def define_visibility(model: type[models.Model], rule: Callable[[Any], Any]) -> None:
    """Declare which rows of `model` partners may see: `rule(queryset) -> queryset`.

    Declared by the app that owns the visibility (claims, for speakers and sources too).
    """
    _VISIBILITY[model._meta.label] = rule


class PublicQuerySet(GuardedQuerySet):
    """`.public()`: the rows partners may see, by the rule declared for the model; no rule, no rows."""

    def public(self) -> Self:
        rule = _VISIBILITY.get(self.model._meta.label)
        if rule is None:  # fail closed: a model nobody declared visible is not
            raise ImproperlyConfigured(f"No visibility rule is defined for {self.model._meta.label}.")
        visible: Self = rule(self)  # the rule filters the queryset it is given
        return visible


class GuardedModel(models.Model):
    """A row of the editorial record: saved and deleted only inside an action."""

    objects = PublicQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        guard.require(type(self), "save")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        guard.require(type(self), "delete")
        return super().delete(*args, **kwargs)


class EditorialModel(GuardedModel, TimeStampedModel):
    """An editable row of the record: guarded, time-stamped, versioned against lost updates.

    `version` goes up by one on every save; an action given the version an editor read
    refuses the change when someone saved in between (factdb.actions.check_version).
    """

    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            self.version += 1
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "version", "updated_at"}
        super().save(*args, **kwargs)


class AppendOnlyModel(models.Model):
    """A log row (workflow steps, corrections, revisions): written once by an action, never changed."""

    objects = GuardedQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        guard.require(type(self), "save")
        if not self._state.adding:
            raise guard.UnguardedWrite(f"{type(self).__name__} rows are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise guard.UnguardedWrite(f"{type(self).__name__} rows are append-only.")


class Notification(GuardedModel):
    """Something a person should know about (assigned to them, waiting for their review, published...).

    Written by the actions that cause it (factdb.notifications), in their transaction; the email
    goes out once that transaction commits.
    """

    recipient = models.ForeignKey(User, on_delete=models.CASCADE, related_name="notifications", db_index=False)
    actor = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    kind = models.CharField(max_length=30)
    text = models.CharField(max_length=1000)
    url = models.CharField(max_length=500, blank=True, help_text="Where to act on it (a path in the admin).")
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "-created_at"], name="notification_recipient"),
            models.Index(fields=["recipient"], condition=models.Q(read_at__isnull=True), name="notification_unread"),
        ]

    def __str__(self) -> str:
        return self.text


# --- People and partner keys: audited like the record itself ------------------------------------


class PartnerScope(models.TextChoices):
    READ = "read", "Read the published record"
    PAGES = "pages", "Write ClaimReview pages (Google-compatible pages API)"
    TIPS = "tips", "Send tips"


def _default_scopes() -> list[str]:
    return [PartnerScope.READ]


class PartnerKey(AbstractAPIKey):
    """A partner's API key: hashed at rest, revocable, expiring, with its own rate and scopes.

    Created, changed and revoked only through factdb.accounts; every change is audited.
    """

    organization = models.CharField(
        max_length=200, blank=True, help_text="The partner organisation; it owns the ClaimReview pages it writes."
    )
    rate = models.CharField(
        max_length=20,
        blank=True,
        validators=[RegexValidator(r"^[1-9][0-9]{0,8}/(second|minute|hour|day)$", "Write it as 1000/hour.")],
        help_text="Requests allowed, e.g. 5000/hour. Empty: the default rate (FACTDB_API_RATE).",
    )
    scopes = ArrayField(
        models.CharField(max_length=20, choices=PartnerScope.choices), default=_default_scopes, blank=True
    )

    class Meta(AbstractAPIKey.Meta):
        verbose_name = "partner API key"
        verbose_name_plural = "partner API keys"

    def save(self, *args: Any, **kwargs: Any) -> None:
        guard.require(type(self), "save")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise guard.UnguardedWrite("Partner keys are revoked, never deleted: their history stays.")


def _audit(
    model: type[models.Model], *trackers: pghistory.Tracker, name: str, exclude: Iterable[str] = ()
) -> type[models.Model]:
    return pghistory.create_event_model(
        model,
        *trackers,
        exclude=list(exclude),
        model_name=name,
        app_label="factdb",
        abstract=False,
        meta={"indexes": [models.Index(fields=["pgh_created_at"], name=f"{name.lower()[:20]}_time")]},
    )


def _changes() -> tuple[
    pghistory.Tracker, ...
]:  # fresh trackers per model: a tracker remembers the fields of the model it tracks
    return (pghistory.InsertEvent(), pghistory.UpdateEvent(), pghistory.DeleteEvent())


# Django's own tables are tracked through proxies, so that their triggers' migrations are factdb's.
class AuditedUser(User):
    class Meta:
        proxy = True


class AuditedGroup(Group):
    class Meta:
        proxy = True


class RoleMembership(User.groups.through):  # type: ignore[name-defined,misc]  # the stubs' through is Any
    class Meta:
        proxy = True


# Password hashes never enter the audit trail; a password change is recorded as an event of its own.
UserEvent = _audit(
    AuditedUser,
    *_changes(),
    pghistory.ManualEvent("password.changed"),
    name="UserEvent",
    exclude=["password", "last_login"],
)
GroupEvent = _audit(AuditedGroup, *_changes(), name="GroupEvent")
RoleMembershipEvent = _audit(
    RoleMembership, pghistory.InsertEvent(), pghistory.DeleteEvent(), name="RoleMembershipEvent"
)
PartnerKeyEvent = _audit(PartnerKey, *_changes(), name="PartnerKeyEvent", exclude=["hashed_key"])
