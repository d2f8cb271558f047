"""The action layer's kit: every change to the editorial record is a `do_*` function marked `@action`.

An action runs in one transaction, with the write guard open (factdb.guard), its name
and actor recorded on every audit event it causes (django-pghistory context), and, when
the outermost action finishes, the hooks that keep derived state in step (the public
projection) run inside the same transaction. Admin views, management commands, imports,
ingest, the demo and the test factories all call actions; nothing else writes.
"""

import functools
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from typing import Any, ParamSpec, TypeVar

import pghistory
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Field, Model
from django.http import HttpRequest

from factdb import guard, policy

# Re-exported: the layer's API.
from factdb.policy import ActionError as ActionError
from factdb.policy import Conflict as Conflict
from factdb.policy import Forbidden as Forbidden
from factdb.policy import Refused as Refused
from factdb.policy import check as check
from factdb.policy import message as message

_touched: ContextVar[set[Any] | None] = ContextVar("factdb_touched", default=None)
_emitted: ContextVar[list[tuple[str, str, int, int]] | None] = ContextVar("factdb_emitted", default=None)
_FINISHERS: list[Callable[[set[Any]], None]] = []


def on_finish(hook: Callable[[set[Any]], None]) -> None:
    """Run `hook(touched)` at the end of every outermost action, before it commits."""
    if hook not in _FINISHERS:
        _FINISHERS.append(hook)


P = ParamSpec("P")
R = TypeVar("R")
M = TypeVar("M", bound=Model)


def touch(*keys: Iterable[Any]) -> None:
    """Note objects an action changed, as (kind, id) pairs, for the finish hooks."""
    touched = _touched.get()
    if touched is None:
        raise guard.UnguardedWrite("touch() outside an action.")
    for key in keys:
        touched.add(key)


def emit(event: str, kind: str, pk: int, *, claim: int) -> None:
    """Note an event partners may subscribe to (webhooks), in order; sent only if the action commits."""
    emitted = _emitted.get()
    if emitted is None:
        raise guard.UnguardedWrite("emit() outside an action.")
    emitted.append((event, kind, pk, claim))


def emitted() -> list[tuple[str, str, int, int]]:
    """The events the running outermost action emitted so far: (event, kind, id, claim id)."""
    return list(_emitted.get() or ())


def action(name: str) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Make `fn(*args, actor, **kwargs)` the action `name` (see the module docstring)."""

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(fn)
        def run(*args: P.args, **kwargs: P.kwargs) -> R:
            actor: Any = kwargs.get("actor")  # keyword-only in every action
            if actor is None or not getattr(actor, "pk", None):
                raise Forbidden("Every change to the record names who made it; no actor was given.")
            if guard.current() is not None:  # nested: part of the outer action
                with transaction.atomic(), guard.opened(name):
                    return fn(*args, **kwargs)
            touched: set[Any] = set[Any]()
            token, events = _touched.set(touched), _emitted.set([])
            try:
                with (
                    transaction.atomic(),
                    guard.opened(name),
                    pghistory.context(user=actor.pk, actor=actor.get_username(), action=name),
                ):
                    result = fn(*args, **kwargs)
                    for hook in _FINISHERS:
                        hook(touched)
                return result
            finally:
                _touched.reset(token)
                _emitted.reset(events)
                policy.forget_states()

        run.action_name = name  # type: ignore[attr-defined]  # read by the admin and the table test
        return run

    return decorate


def actor_of(request: HttpRequest) -> User:
    """The person making `request`, as an action's actor; a visitor not logged in is refused as the action would."""
    user = request.user
    if not isinstance(user, User):
        raise Forbidden("Every change to the record names who made it; no actor was given.")
    return user


def check_version(obj: Model, expected: int | str | None, current: int | str | None = None) -> None:
    """Refuse the change if `obj` (freshly locked) moved past the version the actor read.

    `current`: the version now, for rows without a version column (people and keys: a digest of what
    their page shows, factdb.accounts).
    """
    current = obj.version if current is None else current  # type: ignore[attr-defined]  # versioned rows only
    if expected not in (None, "") and str(expected) != str(current):
        raise Conflict(
            f"Someone else saved this {obj._meta.verbose_name} while you were editing it. Nothing was overwritten: "
            "open it again to see their changes, then re-apply yours."
        )


def lock(obj: M) -> M:
    """The current row of `obj`, locked for the rest of the transaction (concurrent actions queue here).

    FOR NO KEY UPDATE, not FOR UPDATE: actions never change a primary key, and the stronger lock would
    also block every insert that merely refers to the row (a revision naming its rating, a correction
    its claim), which deadlocked concurrent editors.
    """
    return type(obj)._default_manager.select_for_update(no_key=True).get(pk=obj.pk)


def save_unique(obj: Model, taken: str) -> None:
    """Save `obj`; a unique constraint (maybe lost to a concurrent writer) is a refusal saying `taken`."""
    try:
        with transaction.atomic():
            obj.save()
    except IntegrityError:
        raise Refused(taken) from None


def validated(obj: Model, exclude: Iterable[str] = ()) -> None:
    """The model's own field validation, as a refusal with its messages."""
    try:
        obj.full_clean(exclude=list(exclude), validate_unique=False, validate_constraints=False)
    except ValidationError as error:
        details = getattr(error, "message_dict", None)
        text = "; ".join(f"{name}: {' '.join(m)}" for name, m in details.items()) if details else error.messages
        raise Refused(text if isinstance(text, str) else " ".join(text)) from None


def change_fields(
    obj: M,
    changes: dict[str, Any],
    *,
    fields: Iterable[str],
    action_name: str,
    actor: User,
    expected_version: int | str | None = None,
    prepare: Callable[[M], object] | None = None,
) -> tuple[M, list[str]]:
    """The plain shape of a change: lock the row, check the table and the version, apply, validate, save.

    Returns (obj, changed field names). `prepare(obj)` normalises before validation.
    """
    obj = lock(obj)
    check(actor, action_name, obj)
    check_version(obj, expected_version)
    changed = apply_changes(obj, changes, fields)
    if changed:
        if prepare is not None:
            prepare(obj)
        validated(obj)
        save_unique(obj, f"Another {obj._meta.verbose_name} already has this name or address.")
    return obj, changed


def apply_changes(obj: Model, changes: dict[str, Any], allowed: Iterable[str]) -> list[str]:
    """Set the allowed fields of `changes` on `obj`; returns the names whose value really changed."""
    allowed = set(allowed)
    unknown = sorted(set(changes) - allowed)
    if unknown:
        raise Refused(f"These fields cannot be changed here: {', '.join(unknown)}.")
    changed = []
    for field, value in changes.items():
        model_field = obj._meta.get_field(field)
        assert isinstance(model_field, Field)  # `allowed` names the model's own fields, never a reverse relation
        attname = model_field.attname
        current = getattr(obj, attname)
        new = value.pk if hasattr(value, "_meta") else value
        if current != new:
            setattr(obj, field, value)
            changed.append(field)
    return changed
