"""The desk: who works on a claim, how urgent it is, by when; and who hears about each step.

Assignment, priority and deadline are the newsroom's planning, not its record: they never
reach partners. Setting them is an action all the same (audited, checked against the
table), and tells the person assigned.
"""

import enum
from datetime import date
from typing import Literal

from django.contrib.auth.models import User
from django.db.models import QuerySet
from django.urls import reverse

from claims.models import Claim, FactCheck, Priority
from factdb import accounts, policy
from factdb.actions import Refused, action, check, lock
from factdb.notifications import notify


class _Unset(enum.Enum):
    UNSET = "unset"


UNSET = _Unset.UNSET  # "leave it as it is" (None means none: no assignee, no deadline)


def claim_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_change", args=[claim.pk])


def short(claim: Claim) -> str:
    text = claim.text
    return text if len(text) <= 80 else text[:77] + "…"


def name_of(user: User | None) -> str:
    return accounts.display_name(user, "nobody")


def assignable(queryset: QuerySet[User] | None = None) -> QuerySet[User]:
    """People a claim can be assigned to: active staff with a newsroom role that researches or edits."""
    roles = policy.RESEARCH
    users = queryset if queryset is not None else User.objects.all()
    return users.filter(is_active=True, is_staff=True).filter(groups__name__in=roles).distinct().order_by("username")


@action("claim.assign")
def do_plan_claim(
    claim: Claim,
    *,
    actor: User,
    assignee: User | None | Literal[_Unset.UNSET] = UNSET,
    priority: int | str | None | Literal[_Unset.UNSET] = UNSET,
    deadline: date | None | Literal[_Unset.UNSET] = UNSET,
) -> Claim:
    """Set who works on `claim`, its priority and its deadline (any of them; UNSET leaves one as is)."""
    claim = lock(claim)
    check(actor, "claim.assign", claim)
    changed: list[str] = []
    if assignee is not UNSET and assignee != claim.assignee:
        if assignee is not None and not assignable(User.objects.filter(pk=assignee.pk)).exists():
            raise Refused(f"{name_of(assignee)} cannot be assigned claims (a fact-checker or editor can).")
        claim.assignee = assignee
        changed.append("assignee")
    if priority is not UNSET and priority is not None and int(priority) != claim.priority:
        if int(priority) not in Priority.values:
            raise Refused(f"“{priority}” is not a priority.")
        claim.priority = int(priority)
        changed.append("priority")
    if deadline is not UNSET and deadline != claim.deadline:
        claim.deadline = deadline
        changed.append("deadline")
    if not changed:
        return claim
    claim.save(update_fields=changed)
    if claim.assignee is not None and ("assignee" in changed or "deadline" in changed):
        due = f", due {claim.deadline:%a %d %b}" if claim.deadline else ""
        verb = "assigned you" if "assignee" in changed else "changed the deadline of"
        notify(
            [claim.assignee],
            kind="assigned",
            text=f"{name_of(actor)} {verb} “{short(claim)}”{due}.",
            url=claim_url(claim),
            actor=actor,
        )
    return claim


def editors() -> QuerySet[User]:
    return User.objects.filter(is_active=True, groups__name=policy.EDITOR).distinct()


def _people_on(claim: Claim, fact_check: FactCheck | None = None) -> list[User | None]:
    people = [claim.assignee, claim.created_by]
    if fact_check is not None:
        people += [fact_check.author, fact_check.revised_by]
    return people


# What each workflow step tells whom (called by do_step, inside its transaction).
def after_step(claim: Claim, name: str, actor: User, note: str) -> None:
    verdict = claim.fact_checks.order_by("-updated_at").select_related("author", "revised_by").first()
    said = f": {note}" if note else ""
    who = name_of(actor)
    match name:
        case "submit_for_review":
            recipients, kind = [*editors(), claim.assignee], "submitted"
            text = f"{who} submitted “{short(claim)}” for review{said}."
        case "send_back":
            recipients, kind = _people_on(claim, verdict), "sent_back"
            text = f"{who} sent “{short(claim)}” back to research{said}."
        case "publish":
            recipients, kind = _people_on(claim, verdict), "published"
            text = f"{who} published the verdict on “{short(claim)}”."
        case "retract":
            recipients, kind = _people_on(claim, verdict), "retracted"
            text = f"{who} retracted the verdict on “{short(claim)}”{said}."
        case _:
            return
    notify(recipients, kind=kind, text=text, url=claim_url(claim), actor=actor)


def after_correction(claim: Claim, fact_check: FactCheck | None, kind_label: str, note: str, actor: User) -> None:
    notify(
        _people_on(claim, fact_check),
        kind="corrected",
        text=f"{name_of(actor)} corrected “{short(claim)}” ({kind_label.lower()}): {note}",
        url=claim_url(claim),
        actor=actor,
    )
