"""Actions on people and partner keys: nobody grants what they do not hold.

The Admin role adds newsroom users, gives and takes their roles and manages partner
keys; only superusers change superuser status, staff flags or other people's
passwords, and nobody but a superuser touches a superuser's account. Every change is
audited (factdb.models: UserEvent, RoleMembershipEvent, PartnerKeyEvent).
"""

import hashlib
from argparse import ArgumentParser
from collections.abc import Iterable, Mapping
from typing import Any

import pghistory
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.models import Group, User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from factdb import policy
from factdb.actions import Refused, action, apply_changes, check, check_version, lock
from factdb.api.auth import forget_checked_keys
from factdb.models import AuditedUser, PartnerKey, PartnerScope

# Commands that are not run as a named user act as this account: active, no password, not staff;
# it captures (as a reporter) and manages partner keys, and never publishes anything on its own.
SYSTEM_USERNAME = policy.SYSTEM_USERNAME
USER_FIELDS = ("username", "first_name", "last_name", "email", "is_active")
KEY_FIELDS = ("name", "organization", "rate", "scopes", "expiry_date")


def display_name(user: User | None, absent: str = "—") -> str:
    """How the newsroom names a person: the full name, else the username; `absent` for no one."""
    if user is None:
        return absent
    return str(user.get_full_name() or user.get_username())


def user_states(user: User) -> tuple[str, ...]:
    """A superuser's account is theirs and other superusers' to change; everyone else's is "staff"."""
    return ("superuser",) if user.is_superuser else ("staff",)


def system_actor() -> User:
    """The account commands act as when no --as USERNAME is given (created by a migration)."""
    users = get_user_model().objects
    user = users.filter(username=SYSTEM_USERNAME).first()
    if user is None:
        user = users.create_user(SYSTEM_USERNAME, is_staff=False, is_active=True)
        user.set_unusable_password()
        user.save()
    return user


def actor_named(username: str | None) -> User:
    """The user a command acts as: `username`, or the system account. Raises LookupError for an unknown name."""
    if not username:
        return system_actor()
    user = get_user_model().objects.filter(username=username).first()
    if user is None or not user.is_active:
        raise LookupError(f"No active user named {username!r}.")
    return user


def add_actor_argument(parser: ArgumentParser) -> None:
    """`--as USERNAME` for a management command that writes (default: the system account)."""
    parser.add_argument(
        "--as",
        dest="actor",
        metavar="USERNAME",
        help=f"the user this command acts as; its role decides what it may do (default: {SYSTEM_USERNAME})",
    )


def command_actor(options: Mapping[str, Any]) -> User:
    """The actor of a management command from its --as option; CommandError for an unknown user."""
    from django.core.management.base import CommandError

    try:
        return actor_named(options.get("actor"))
    except LookupError as error:
        raise CommandError(str(error)) from None


def _roles(names: Iterable[str]) -> list[Group]:
    names = list(dict.fromkeys(names))
    unknown = sorted(set(names) - set(policy.ROLES))
    if unknown:
        raise Refused(f"Unknown role(s): {', '.join(unknown)}. Roles: {', '.join(policy.ROLES)}.")
    return list(Group.objects.filter(name__in=names))


def _set_roles(user: User, names: Iterable[str]) -> None:
    if set(user.groups.values_list("name", flat=True)) != set(names):
        user.groups.set(_roles(names))
        policy.forget_roles(user)


def _validate_password(password: str, user: User) -> None:
    try:
        password_validation.validate_password(password, user)
    except ValidationError as error:
        raise Refused(" ".join(error.messages)) from None


@action("user.create")
def do_create_user(
    username: str, *, actor: User, roles: Iterable[str] = (), password: str | None = None, **fields: str | bool
) -> User:
    """A newsroom user (staff, so they can use the admin) with the given roles."""
    check(actor, "user.create")
    username = (username or "").strip()
    if not username:
        raise Refused("A user needs a username.")
    unknown = set(fields) - set(USER_FIELDS)
    if unknown:
        raise Refused(f"These fields cannot be set here: {', '.join(sorted(unknown))}.")
    user = get_user_model()(username=username, is_staff=True, **fields)
    try:
        user.full_clean(exclude=["password"])
    except ValidationError as error:
        raise Refused(" ".join(error.messages)) from None
    if password:
        _validate_password(password, user)
        user.set_password(password)
    else:
        user.set_unusable_password()
    try:
        with transaction.atomic():
            user.save()
    except IntegrityError:
        raise Refused(f"A user named {username!r} already exists.") from None
    _set_roles(user, roles)
    return user


def user_version(user: User) -> str:
    """What an admin page of `user` shows, as a short digest: the version of a row that has no version column."""
    values = [getattr(user, name) for name in USER_FIELDS] + sorted(user.groups.values_list("name", flat=True))
    return hashlib.blake2b(repr(values).encode(), digest_size=8).hexdigest()


def key_version(key: PartnerKey) -> str:
    values = [getattr(key, name) for name in KEY_FIELDS] + [key.revoked]
    return hashlib.blake2b(repr(values).encode(), digest_size=8).hexdigest()


@action("user.change")
def do_change_user(
    user: User,
    changes: dict[str, Any],
    *,
    actor: User,
    roles: Iterable[str] | None = None,
    expected_version: int | str | None = None,
) -> User:
    """Change a user's name, email, active flag or roles (not passwords or staff/superuser flags)."""
    user = lock(user)
    check(actor, "user.change", user)
    check_version(user, expected_version, user_version(user))
    if user.pk == actor.pk and changes.get("is_active") is False:
        raise Refused("You cannot deactivate your own account.")
    if apply_changes(user, changes, USER_FIELDS):
        try:
            user.full_clean(exclude=["password"])
        except ValidationError as error:
            raise Refused(" ".join(error.messages)) from None
        user.save()
    if roles is not None:
        _set_roles(user, roles)
    return user


@action("user.set_password")
def do_set_password(user: User, password: str, *, actor: User) -> User:
    """Set a password: one's own, or (superusers only) anyone's."""
    if user.pk != actor.pk:
        check(actor, "user.set_password", user)
    _validate_password(password, user)
    user.set_password(password)
    user.save(update_fields=["password"])
    pghistory.create_event(AuditedUser.objects.get(pk=user.pk), label="password.changed")
    return user


@action("user.set_superuser")
def do_set_superuser(
    user: User, *, actor: User, is_superuser: bool | None = None, is_staff: bool | None = None
) -> User:
    """Superusers only: make someone a superuser, or take it away; give or take the staff flag."""
    check(actor, "user.set_superuser", user)
    if user.pk == actor.pk and is_superuser is False:
        raise Refused("You cannot take away your own superuser status; ask another superuser.")
    if is_superuser is not None:
        user.is_superuser = is_superuser
    if is_staff is not None:
        user.is_staff = is_staff
    user.save(update_fields=["is_superuser", "is_staff"])
    policy.forget_roles(user)
    return user


# --- Partner keys --------------------------------------------------------------------------------


def _clean_key(key: PartnerKey) -> None:
    unknown = set(key.scopes) - set(PartnerScope.values)
    if unknown:
        raise Refused(f"Unknown scope(s): {', '.join(sorted(unknown))}. Scopes: {', '.join(PartnerScope.values)}.")
    try:
        key.full_clean(exclude=["id", "prefix", "hashed_key"])
    except ValidationError as error:
        raise Refused(" ".join(error.messages)) from None


@action("api_key.create")
def do_create_api_key(name: str, *, actor: User, **fields: Any) -> tuple[PartnerKey, str]:
    """A new partner key; returns (key, secret). The secret is shown once; only its hash is stored."""
    check(actor, "api_key.create")
    name = (name or "").strip()
    if not name or len(name) > 50:
        raise Refused("The partner name must be 1 to 50 characters.")
    key = PartnerKey(name=name, **fields)
    secret = PartnerKey.objects.assign_key(key)
    _clean_key(key)
    key.save()
    return key, secret


@action("api_key.change")
def do_change_api_key(
    key: PartnerKey, changes: dict[str, Any], *, actor: User, expected_version: int | str | None = None
) -> PartnerKey:
    check(actor, "api_key.change")
    key = lock(key)
    check_version(key, expected_version, key_version(key))
    if key.revoked:
        raise Refused("This key is revoked; create a new one.")
    if apply_changes(key, changes, KEY_FIELDS):
        _clean_key(key)
        key.save()
        forget_checked_keys()
    return key


@action("api_key.revoke")
def do_revoke_api_key(key: PartnerKey, *, actor: User) -> PartnerKey:
    """Revoke a key for good (a revoked key is never valid again, and is kept for the record)."""
    check(actor, "api_key.revoke")
    key = PartnerKey.objects.select_for_update().get(pk=key.pk)
    if not key.revoked:
        key.revoked = True
        key.save()
        forget_checked_keys()
    return key
