"""The write guard: editorial rows change only inside an action.

`factdb.actions.action` opens the guard for the duration of an action; a save, delete
or bulk write of an editorial model anywhere else raises `UnguardedWrite`. That makes
"every change goes through the action layer" a property the test suite checks on every
write it performs, not a convention.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import Model

_open: ContextVar[str | None] = ContextVar("factdb_write_guard", default=None)


class UnguardedWrite(RuntimeError):
    """Code outside the action layer tried to write the editorial record."""


def current() -> str | None:
    """The name of the action running now, or None outside any action."""
    return _open.get()


def require(model: type[Model], operation: str) -> None:
    if _open.get() is None:
        raise UnguardedWrite(
            f"{operation} of {model._meta.label} outside the action layer: call the do_* action that owns it."
        )


@contextmanager
def opened(name: str) -> Iterator[None]:
    """Allow editorial writes for the duration of the block (used by factdb.actions and data migrations)."""
    token = _open.set(name)
    try:
        yield
    finally:
        _open.reset(token)
