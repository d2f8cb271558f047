"""Who may do what, to which object, in which state: the newsroom's one permission table.

Every action in the action layer (claims.actions, sources.actions, factdb.accounts)
asks `check(actor, action, obj)` before it writes; the admin asks `allows(...)` to
decide which buttons and fields to show. Nothing else decides permissions.

A cell of `TABLE` maps an action and a state of its object to the roles allowed. A
state missing from an action's row means the action is not possible in that state
(`Refused`); a state present but without the actor's role means `Forbidden`. An empty
set means nobody, superusers included: those are rules of the record, not of rank.

An object's states come from `state_of(obj)`: a claim is at once "researching" and
"public", and each action's row names the facet it depends on. Rules that need more
than role and state (four eyes, evidence before publication, correction notes) are
enforced by the actions themselves.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Model

from factdb import guard

# Who asks: a person (or the system account), a visitor not logged in, or nobody.
AnyUser = User | AnonymousUser | None
_M = TypeVar("_M", bound=Model)

# The newsroom's roles: auth groups of these names (created by factdb's roles migration).
REPORTER, FACT_CHECKER, EDITOR, ADMIN = "Reporter", "Fact-checker", "Editor", "Admin"
SUPERUSER = "superuser"  # not a group: Django's is_superuser flag
SYSTEM = "system"  # not a group: the account commands act as when not run --as a user (factdb.accounts)
SYSTEM_USERNAME = "factdb-system"
ROLES = (REPORTER, FACT_CHECKER, EDITOR, ADMIN)

CAPTURE = frozenset({REPORTER, FACT_CHECKER, EDITOR, ADMIN})
RESEARCH = frozenset({FACT_CHECKER, EDITOR, ADMIN})
EDITORS = frozenset({EDITOR, ADMIN})
ADMINS = frozenset({ADMIN})
SUPERUSERS = frozenset({SUPERUSER})
NOBODY: frozenset[str] = frozenset()

ANY = "*"  # the action has no object (creating something new), or its state does not matter

# action -> {state: roles}. Superusers hold every role; NOBODY stays nobody.
TABLE: dict[str, dict[str, frozenset[str]]] = {
    # Claims. "public": partners follow it; its wording changes only by an editor's correction.
    "claim.capture": {ANY: CAPTURE},
    "claim.change_wording": {"internal": CAPTURE, "public": EDITORS},
    "claim.change_notes": {"internal": CAPTURE, "public": CAPTURE},
    "claim.change_topics": {"internal": CAPTURE, "public": EDITORS},
    "claim.delete": {"internal": EDITORS, "public": NOBODY},
    "claim.make_public": {"internal": EDITORS},
    "claim.make_internal": {"public": EDITORS},
    # The verification workflow; the state is the claim's status.
    "claim.select": {"new": EDITORS},
    "claim.mark_not_checkable": {"new": EDITORS, "selected": EDITORS, "researching": EDITORS},
    "claim.reopen": {"not_checkable": EDITORS},
    "claim.start_research": {"selected": RESEARCH},
    "claim.submit_for_review": {"researching": RESEARCH},
    "claim.send_back": {"in_review": EDITORS},
    "claim.publish": {"in_review": EDITORS},
    "claim.retract": {"published": EDITORS},
    "claim.recheck": {"published": RESEARCH, "retracted": RESEARCH},
    # The desk: who works on a claim, how urgent, by when; folding duplicates into one record.
    "claim.assign": {ANY: EDITORS},
    "claim.merge": {ANY: EDITORS},
    # Appearances. "pending": on a public claim, waiting for an editor before partners see it.
    "appearance.add": {"internal": CAPTURE, "public": CAPTURE},  # the claim's visibility
    "appearance.change": {"internal": CAPTURE, "pending": CAPTURE, "public": EDITORS},
    "appearance.publish": {"pending": EDITORS},
    "appearance.remove": {"internal": EDITORS, "pending": EDITORS, "public": EDITORS},
    # Verdicts (fact-checks) and their evidence; the state is the fact-check's status.
    "fact_check.draft": {"selected": RESEARCH, "researching": RESEARCH},  # the claim's status
    "fact_check.change": {"draft": RESEARCH, "in_review": RESEARCH, "published": EDITORS, "retracted": NOBODY},
    "fact_check.change_notes": {"draft": RESEARCH, "in_review": RESEARCH, "published": RESEARCH, "retracted": RESEARCH},
    "fact_check.approve": {"in_review": EDITORS},
    "fact_check.delete": {"draft": NOBODY, "in_review": NOBODY, "published": NOBODY, "retracted": NOBODY},
    "evidence.add": {"draft": RESEARCH, "in_review": RESEARCH, "published": EDITORS, "retracted": NOBODY},
    "evidence.change": {"draft": RESEARCH, "in_review": RESEARCH, "published": EDITORS, "retracted": NOBODY},
    "evidence.remove": {"draft": RESEARCH, "in_review": RESEARCH, "published": EDITORS, "retracted": NOBODY},
    # Speakers, sources and outlets: public once a public appearance names them.
    "speaker.create": {ANY: CAPTURE},
    "speaker.change": {"internal": CAPTURE, "public": EDITORS},
    "speaker.delete": {"internal": EDITORS, "public": NOBODY},
    "source.create": {ANY: CAPTURE},
    "source.change": {"internal": CAPTURE, "public": EDITORS},
    "source.delete": {"internal": EDITORS, "public": NOBODY},
    "speaker.merge": {ANY: EDITORS},
    "source.merge": {ANY: EDITORS},
    "outlet.create": {ANY: CAPTURE},
    "outlet.change": {"internal": CAPTURE, "public": EDITORS},
    "outlet.delete": {"internal": EDITORS, "public": NOBODY},
    "topic.create": {ANY: RESEARCH},
    "topic.change": {"internal": EDITORS, "public": EDITORS},
    "topic.delete": {"internal": ADMINS, "public": NOBODY},
    # The rating scales partners read every verdict against.
    "rating_scale.change": {ANY: ADMINS},
    # Other newsrooms' verdicts, imported from their ClaimReview markup.
    "external_review.import": {ANY: CAPTURE},
    # People and partner keys. Nobody below superuser grants what they do not hold.
    "user.create": {ANY: ADMINS},
    "user.change": {"staff": ADMINS, "superuser": SUPERUSERS},
    "user.set_password": {"staff": SUPERUSERS, "superuser": SUPERUSERS},
    "user.set_superuser": {"staff": SUPERUSERS, "superuser": SUPERUSERS},
    "api_key.create": {ANY: ADMINS | {SYSTEM}},
    "api_key.change": {ANY: ADMINS | {SYSTEM}},
    "api_key.revoke": {ANY: ADMINS | {SYSTEM}},
    # Partners' webhook subscriptions (their secrets are the admins'); replaying a delivery is the desk's too.
    "webhook.create": {ANY: ADMINS | {SYSTEM}},
    "webhook.change": {ANY: ADMINS | {SYSTEM}},
    "webhook.replay": {ANY: EDITORS | {SYSTEM}},
    # Partners' own ClaimReview pages: written by their keys (as the system account; the key must own the page).
    "page.create": {ANY: ADMINS | {SYSTEM}},
    "page.change": {ANY: ADMINS | {SYSTEM}},
    "page.delete": {ANY: ADMINS | {SYSTEM}},
    # Tips from readers (the public form) and partners (their keys), both received as the system account.
    "tip.receive": {ANY: CAPTURE | {SYSTEM}},
    "tip.handle": {ANY: RESEARCH},
    # Repeat alerts: an already-checked claim said again.
    "alert.attach": {ANY: EDITORS},
    "alert.dismiss": {ANY: RESEARCH},
    # One's own notifications (the action refuses anyone else's).
    "notification.read": {ANY: CAPTURE},
}

# What people read in refusals ("{this}": the object, e.g. "this claim").
LABELS = {
    "claim.capture": "capture claims",
    "claim.change_wording": "change the wording of {this}",
    "claim.change_notes": "change the internal notes of {this}",
    "claim.change_topics": "change the topics of {this}",
    "claim.delete": "delete {this}",
    "claim.make_public": "make {this} public",
    "claim.make_internal": "make {this} internal",
    "claim.select": "select {this} for checking",
    "claim.mark_not_checkable": "mark {this} not checkable",
    "claim.reopen": "reopen {this}",
    "claim.start_research": "start research on {this}",
    "claim.submit_for_review": "submit {this} for review",
    "claim.send_back": "send {this} back to research",
    "claim.publish": "publish the verdict on {this}",
    "claim.retract": "retract the verdict on {this}",
    "claim.recheck": "re-check {this}",
    "claim.assign": "assign {this} or set its priority and deadline",
    "claim.merge": "merge claims",
    "appearance.add": "add appearances to {this}",
    "appearance.change": "change {this}",
    "appearance.publish": "publish {this}",
    "appearance.remove": "remove {this}",
    "fact_check.draft": "draft a fact-check on {this}",
    "fact_check.change": "change the verdict of {this}",
    "fact_check.change_notes": "change the internal notes of {this}",
    "fact_check.approve": "approve {this}",
    "fact_check.delete": "delete {this}",
    "evidence.add": "add evidence to {this}",
    "evidence.change": "change the evidence of {this}",
    "evidence.remove": "remove evidence from {this}",
    "speaker.create": "add speakers",
    "speaker.change": "change {this}",
    "speaker.delete": "delete {this}",
    "source.create": "add sources",
    "source.change": "change {this}",
    "source.delete": "delete {this}",
    "speaker.merge": "merge speakers",
    "source.merge": "merge sources",
    "outlet.create": "add outlets",
    "outlet.change": "change {this}",
    "outlet.delete": "delete {this}",
    "topic.create": "add topics",
    "topic.change": "change {this}",
    "topic.delete": "delete {this}",
    "rating_scale.change": "change rating scales",
    "external_review.import": "import other newsrooms' verdicts",
    "user.create": "add users",
    "user.change": "change {this}",
    "user.set_password": "set the password of {this}",
    "user.set_superuser": "change the superuser status of {this}",
    "api_key.create": "create API keys",
    "api_key.change": "change API keys",
    "api_key.revoke": "revoke API keys",
    "webhook.create": "add webhook subscriptions",
    "webhook.change": "change webhook subscriptions",
    "webhook.replay": "replay webhook deliveries",
    "page.create": "create partner ClaimReview pages",
    "page.change": "change partner ClaimReview pages",
    "page.delete": "delete partner ClaimReview pages",
    "tip.receive": "receive tips",
    "tip.handle": "handle tips",
    "alert.attach": "attach repeated appearances",
    "alert.dismiss": "dismiss repeat alerts",
    "notification.read": "mark notifications read",
}


class ActionError(ValidationError):
    """An action refused to change the record; `.messages` says why in the newsroom's words."""


class Refused(ActionError):
    """A rule of the record refused the change (the state does not allow it, a rule is not met)."""


class Forbidden(ActionError, PermissionDenied):
    """The actor's role may not take this action on this object in its state."""


class Conflict(ActionError):
    """Someone else saved the object since the actor read it; nothing was overwritten."""


def message(error: Exception) -> str:
    """The text to show a person for a refused action."""
    return " ".join(error.messages) if isinstance(error, ValidationError) else str(error)


def roles_of(user: AnyUser) -> frozenset[str]:
    """The newsroom roles `user` holds (all of them, and superuser, for a superuser)."""
    if user is None or not getattr(user, "is_active", False):
        return NOBODY
    cached = getattr(user, "_factdb_roles", None)
    if cached is None:
        if user.get_username() == SYSTEM_USERNAME:  # capture, and partner keys from the command line
            cached = frozenset({REPORTER, SYSTEM})
        elif user.is_superuser:
            cached = frozenset(ROLES) | SUPERUSERS
        else:
            cached = frozenset(user.groups.filter(name__in=ROLES).values_list("name", flat=True))
        # On the user (through request.user's lazy proxy too); forget_roles() drops it.
        user._factdb_roles = cached  # type: ignore[union-attr]  # a cache of ours, not a model field
    return cached


def forget_roles(user: User) -> None:
    """Drop the cached roles after group membership changed."""
    user.__dict__.pop("_factdb_roles", None)


# Model label -> function(obj) -> the object's states (facets), registered by the app that knows them.
_STATES: dict[str, Callable[[Any], tuple[str, ...]]] = {}  # each takes its own model's rows


def define_states(model: type[_M], states: Callable[[_M], tuple[str, ...]]) -> None:
    _STATES[model._meta.label] = states


# (model label, pk) -> states, while a page that writes nothing is drawn (see `states_read_once`).
_READ_ONCE: ContextVar[dict[tuple[str, Any], tuple[str, ...]] | None] = ContextVar("policy_states", default=None)


@contextmanager
def states_read_once() -> Iterator[None]:
    """Look each object's state up once inside the block: for drawing a page, never around a write.

    A change page asks `allows` for every field, inline and button, and a speaker's or an
    appearance's state is a query; while nothing is written the answer cannot change.
    """
    token = _READ_ONCE.set({})
    try:
        yield
    finally:
        _READ_ONCE.reset(token)


def forget_states() -> None:
    """After a write, a drawn page reads states afresh (called when an outermost action ends)."""
    memo = _READ_ONCE.get()
    if memo:
        memo.clear()


def state_of(obj: Model | None) -> tuple[str, ...]:
    if obj is None:
        return (ANY,)
    states = _STATES.get(obj._meta.label)
    if states is None:
        raise LookupError(f"No states are defined for {obj._meta.label}.")
    memo = _READ_ONCE.get()
    if memo is None or obj.pk is None or guard.current() is not None:  # an action reads states fresh, always
        return states(obj)
    key = (obj._meta.label, obj.pk)
    if key not in memo:
        memo[key] = states(obj)
    return memo[key]


def cell(action: str, obj: Model | None = None) -> tuple[str, frozenset[str] | None]:
    """(state, roles) of the table cell for `action` on `obj`; (state, None) when not possible in that state."""
    row = TABLE[action]
    if ANY in row:
        return ANY, row[ANY]
    states = state_of(obj)
    for state in states:
        if state in row:
            return state, row[state]
    return states[0], None


def allows_in(user: AnyUser, action: str, state: str) -> bool:
    """May `user` take `action` on an object in `state`? (For objects not written yet.)"""
    return bool(TABLE[action].get(state, NOBODY) & roles_of(user))


def allows(user: AnyUser, action: str, obj: Model | None = None) -> bool:
    """May `user` take `action` on `obj` now? (For showing buttons and fields; actions call `check`.)"""
    _, roles = cell(action, obj)
    return bool(roles and roles & roles_of(user))


def check(user: AnyUser, action: str, obj: Model | None = None) -> str:
    """Raise Refused or Forbidden unless `user` may take `action` on `obj`; returns the state that decided."""
    state, roles = cell(action, obj)
    what = LABELS[action].replace("{this}", describe(obj))
    when = f" while it is {state.replace('_', ' ')}" if state != ANY else ""
    if roles is None:
        raise Refused(f"You cannot {what}{when}.")
    if not roles & roles_of(user):
        if not roles:
            raise Refused(f"Nobody may {what}{when}.")
        needed = " or ".join(sorted(r.lower() for r in roles))
        raise Forbidden(f"Your role may not {what}{when} (it takes: {needed}).")
    return state


def describe(obj: Model | None) -> str:
    return f"this {obj._meta.verbose_name}" if obj is not None else "it"


def roles_for(action: str) -> frozenset[str]:
    """Every role that may take `action` in some state (for model permissions in the admin menus)."""
    return frozenset().union(*TABLE[action].values())


ROLE_MARKS = {REPORTER: "R", FACT_CHECKER: "F", EDITOR: "E", ADMIN: "A", SUPERUSER: "S", SYSTEM: "sys"}


def as_markdown() -> str:
    """The table as the README shows it (a test keeps the README's copy current)."""
    lines = ["| action | who may, in which state |", "|---|---|"]
    for action, row in TABLE.items():
        cells = []
        for state, roles in row.items():
            marks = " ".join(mark for role, mark in ROLE_MARKS.items() if role in roles) or "nobody"
            cells.append(marks if state == ANY else f"{state.replace('_', ' ')}: {marks}")
        lines.append(f"| `{action}` | {' · '.join(cells)} |")
    return "\n".join(lines)
