"""The whole permission table, walked: every action, in every state of its object, by every role.

Generated from factdb.policy.TABLE: for each (action, state) an object is built in that state
through the actions, then each role tries the real action (in a savepoint, rolled back). The
table says what must happen: allowed, forbidden (the role may not), or refused (not possible
in that state, or nobody may). Actions are given valid input (correction notes, a verdict
written by someone else) so that only the table decides.
"""

import json

import pytest
from django.contrib.auth.models import Group, User
from django.db import transaction

from claims import actions
from claims.actions import desk, merges
from claims.bulk.importer import import_data
from claims.models import Claim, ClaimStatus, FactCheckStatus, Priority, Rating, Topic
from factdb import accounts, notifications
from factdb.models import PartnerKey
from factdb.policy import ANY, NOBODY, ROLES, SUPERUSER, TABLE, Forbidden, Refused, roles_of
from sources import actions as sources

ACTORS = [*ROLES, SUPERUSER]
CLAIM_STATES = list(ClaimStatus.values)
VERDICT_STATES = list(FactCheckStatus.values)
VISIBILITY = ["internal", "public"]

# Every state an action's object can be in (the table lists those where the action is possible).
UNIVERSE = {
    "claim": VISIBILITY,
    "appearance": ["internal", "pending", "public"],
    "fact_check": VERDICT_STATES,
    "evidence": VERDICT_STATES,
    "speaker": VISIBILITY,
    "source": VISIBILITY,
    "outlet": VISIBILITY,
    "topic": VISIBILITY,
    "user": ["staff", "superuser"],
}
STEPS = {step.name for step in actions.STEPS}


def universe(action):
    kind, _, verb = action.partition(".")
    row = TABLE[action]
    if ANY in row:
        return [ANY]
    if kind == "claim" and verb in STEPS or action == "fact_check.draft":
        return CLAIM_STATES
    if action == "appearance.add":
        return VISIBILITY  # the claim's
    return UNIVERSE[kind]


CASES = [(action, state) for action in TABLE for state in universe(action)]


def expected(action, state, role):
    row = TABLE[action]
    roles = row.get(ANY, row.get(state))
    if roles is None or roles == NOBODY:
        return "refused"
    holds = frozenset(ROLES) | {SUPERUSER} if role == SUPERUSER else {role}
    return "allowed" if roles & holds else "forbidden"


# --- objects in each state, built through the actions ------------------------------------------------


class World:
    def __init__(self, build, author):
        self.build, self.users, self.author = build, build.users, author

    def claim(self, state):
        """A claim in a workflow status, or internal/public; its verdict (if any) is written by `author`."""
        b, editor = self.build, self.users["editor"]
        if state in ("internal", ClaimStatus.NEW):
            return b.claim()
        if state == "public":
            return b.claim(is_public=True)
        claim = b.claim()
        if state == ClaimStatus.NOT_CHECKABLE:
            return actions.do_step(claim, "mark_not_checkable", actor=editor)
        actions.do_step(claim, "select", actor=editor)
        if state == ClaimStatus.SELECTED:
            return Claim.objects.get(pk=claim.pk)
        b.fact_check(claim, author=self.author)
        if state == ClaimStatus.RESEARCHING:
            return Claim.objects.get(pk=claim.pk)
        actions.do_step(claim, "submit_for_review", actor=self.author)
        if state == ClaimStatus.IN_REVIEW:
            return Claim.objects.get(pk=claim.pk)
        actions.do_step(claim, "publish", actor=editor)
        if state == ClaimStatus.RETRACTED:
            actions.do_step(claim, "retract", actor=editor, note="Withdrawn for the table test.")
        return Claim.objects.get(pk=claim.pk)

    def fact_check(self, state):
        claim_state = {"draft": ClaimStatus.RESEARCHING}.get(state, state)
        return self.claim(claim_state).fact_checks.get()

    def appearance(self, state):
        if state == "internal":
            return self.build.claim().appearances.get()
        claim = self.build.claim(is_public=True)
        if state == "public":
            return claim.appearances.get()
        return actions.do_capture_appearance(
            actor=self.users["reporter"], claim=claim, source=self.build.source(), quote="A later, pending quote"
        ).appearance

    def named(self, kind, state):
        """A speaker, source or outlet: public when a public appearance names it, else unused (deletable)."""
        if state == "public":
            appearance = self.build.claim(is_public=True).appearances.get()
            return {"speaker": appearance.speaker, "source": appearance.source, "outlet": appearance.source.outlet}[
                kind
            ]
        return {"speaker": self.build.speaker, "source": self.build.source, "outlet": self.build.outlet}[kind]()

    def topic(self, state):
        topic = actions.do_create_topic(f"Topic {Topic.objects.count() + 1}", actor=self.users["editor"])
        if state == "public":
            actions.do_set_topics(self.build.claim(is_public=True), [topic], actor=self.users["editor"])
        return topic

    def user(self, state):
        n = User.objects.count()
        if state == "superuser":
            return User.objects.create_superuser(f"root{n}", password="x")
        return accounts.do_create_user(f"person{n}", roles=["Reporter"], actor=self.users["admin"])

    def subject(self, action, state):
        kind, _, verb = action.partition(".")
        if state == ANY:
            return None
        if kind == "claim" or action in ("appearance.add", "fact_check.draft"):
            if action == "fact_check.draft" and state == ClaimStatus.RESEARCHING:
                return self.build.researching_claim()  # researching, with no verdict yet
            return self.claim(state)
        if kind == "appearance":
            return self.appearance(state)
        if kind in ("fact_check", "evidence"):
            return self.fact_check(state)
        if kind in ("speaker", "source", "outlet"):
            return self.named(kind, state)
        if kind == "topic":
            return self.topic(state)
        if kind == "user":
            return self.user(state)
        raise AssertionError(f"no subject for {action}")


# --- each action, tried for real -----------------------------------------------------------------------

NOTE = {"correction_note": "Corrected for the table test."}


def claimreview(n):
    return json.dumps(
        {
            "@type": "ClaimReview",
            "url": f"https://elsewhere.example/check-{n}",
            "claimReviewed": f"Something said elsewhere, number {n}",
            "author": {"@type": "Organization", "name": "Elsewhere Checks", "url": "https://elsewhere.example/"},
            "reviewRating": {"@type": "Rating", "alternateName": "False"},
            "datePublished": "2025-01-01",
        }
    ).encode()


def run(world, action, obj, actor, n):
    b = world.build
    match action:
        case "claim.capture":
            return actions.do_capture_claim(f"A claim captured by the table test, {n}", actor=actor)
        case "claim.change_wording":
            return actions.do_change_claim(obj, {"text": f"{obj.text} (reworded {n})"}, actor=actor, **NOTE)
        case "claim.change_notes":
            return actions.do_change_claim(obj, {"internal_notes": "noted"}, actor=actor)
        case "claim.change_topics":
            return actions.do_set_topics(obj, [actions.topic_for("Economy", actor=world.users["editor"])], actor=actor)
        case "claim.delete":
            return actions.do_delete_claim(obj, actor=actor)
        case "claim.make_public" | "claim.make_internal":
            return actions.do_set_claim_visibility(obj, action == "claim.make_public", actor=actor)
        case "appearance.add":
            return actions.do_capture_appearance(actor=actor, claim=obj, source=b.source(), quote=f"Said again {n}")
        case "appearance.change":
            return actions.do_change_appearance(obj, {"location": "p. 2"}, actor=actor, **NOTE)
        case "appearance.publish":
            return actions.do_publish_appearance(obj, actor=actor)
        case "appearance.remove":
            return actions.do_remove_appearance(obj, actor=actor, **NOTE)
        case "fact_check.draft":
            return actions.do_draft_fact_check(obj, headline="A new verdict", actor=actor)
        case "fact_check.change":
            return actions.do_revise_fact_check(obj, changes={"headline": "Revised"}, actor=actor, **NOTE)
        case "fact_check.change_notes":
            return actions.do_revise_fact_check(obj, changes={"internal_notes": "noted"}, actor=actor)
        case "fact_check.approve":
            return actions.do_approve_fact_check(obj, actor=actor)
        case "fact_check.delete":
            # No action deletes a verdict: the admin's delete is the only door, and it stays shut.
            from factdb.policy import check

            return check(actor, action, obj)
        case "evidence.add":
            return actions.do_add_evidence(obj, url="https://more.example/", actor=actor, **NOTE)
        case "evidence.change":
            return actions.do_change_evidence(obj.evidence.first(), {"title": "Renamed"}, actor=actor, **NOTE)
        case "evidence.remove":
            return actions.do_remove_evidence(obj.evidence.first(), actor=actor, **NOTE)
        case "speaker.create":
            return sources.do_create_speaker(f"New Speaker {n}", actor=actor)
        case "speaker.change":
            return sources.do_change_speaker(obj, {"role": "Minister"}, actor=actor)
        case "speaker.delete":
            return sources.do_delete_speaker(obj, actor=actor)
        case "source.create":
            return sources.do_create_source(url=f"https://new.example/{n}", actor=actor)
        case "source.change":
            return sources.do_change_source(obj, {"title": "Retitled"}, actor=actor)
        case "source.delete":
            return sources.do_delete_source(obj, actor=actor)
        case "outlet.create":
            return sources.do_create_outlet(f"New Outlet {n}", actor=actor)
        case "outlet.change":
            return sources.do_change_outlet(obj, {"country": "PT"}, actor=actor)
        case "outlet.delete":
            return sources.do_delete_outlet(obj, actor=actor)
        case "topic.create":
            return actions.do_create_topic(f"New topic {n}", actor=actor)
        case "topic.change":
            return actions.do_change_topic(obj, {"description": "What it covers"}, actor=actor)
        case "topic.delete":
            return actions.do_delete_topic(obj, actor=actor)
        case "rating_scale.change":
            return actions.do_save_rating(Rating.objects.first(), {"description": "Redefined"}, actor=actor)
        case "external_review.import":
            report = import_data(claimreview(n), fmt="claimreview", user=actor)
            if not report.ok:
                reason = str(report.errors[0])
                raise Forbidden(reason) if "may not" in reason else Refused(reason)
            return report
        case "user.create":
            return accounts.do_create_user(f"newcomer{n}", actor=actor)
        case "user.change":
            return accounts.do_change_user(obj, {"first_name": "Renamed"}, actor=actor)
        case "user.set_password":
            return accounts.do_set_password(obj, "a long and unusual passphrase 7", actor=actor)
        case "user.set_superuser":
            return accounts.do_set_superuser(obj, is_superuser=not obj.is_superuser, actor=actor)
        case "api_key.create":
            return accounts.do_create_api_key(f"Partner {n}", actor=actor)
        case "api_key.change":
            return accounts.do_change_api_key(PartnerKey.objects.first(), {"organization": "Org"}, actor=actor)
        case "api_key.revoke":
            return accounts.do_revoke_api_key(PartnerKey.objects.first(), actor=actor)
        case "claim.assign":
            return desk.do_plan_claim(b.claim(), priority=Priority.HIGH, actor=actor)
        case "claim.merge":
            return merges.do_merge_claims(b.claim(), b.claim(), actor=actor)
        case "speaker.merge":
            return merges.do_merge_speakers(b.speaker(), b.speaker(), actor=actor)
        case "source.merge":
            return merges.do_merge_sources(b.source(), b.source(), actor=actor)
        case "notification.read":
            return notifications.do_mark_read([], actor=actor)
    if action.removeprefix("claim.") in STEPS:
        return actions.do_step(obj, action.removeprefix("claim."), actor=actor, note="A note for the table test.")
    raise AssertionError(f"the table has an action this test cannot run: {action}")


@pytest.fixture
def actors(users):
    people = {
        "Reporter": users["reporter"],
        "Fact-checker": users["factchecker"],
        "Editor": users["editor"],
        "Admin": users["admin"],
        SUPERUSER: users["superuser"],
    }
    assert all(roles_of(people[role]) >= ({role} if role != SUPERUSER else {SUPERUSER}) for role in people)
    return people


@pytest.fixture
def author(users):
    """Verdicts are written by a second fact-checker, so four eyes never stand in the table's way."""
    user = User.objects.create_user("author", password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Fact-checker"))
    return user


def test_every_action_in_the_table_is_walked():
    assert {action for action, _ in CASES} == set(TABLE)


@pytest.mark.parametrize(("action", "state"), CASES, ids=[f"{a}@{s}" for a, s in CASES])
def test_the_table_decides(build, actors, author, action, state):
    world = World(build, author)
    accounts.do_create_api_key("Existing partner", actor=actors["Admin"])
    obj = world.subject(action, state)
    outcomes = {}
    for n, role in enumerate(ACTORS):
        fresh = type(obj).objects.get(pk=obj.pk) if obj is not None else None
        try:
            with transaction.atomic():
                run(world, action, fresh, actors[role], n)
                transaction.set_rollback(True)  # each role tries the same object in the same state
            outcomes[role] = "allowed"
        except Forbidden:
            outcomes[role] = "forbidden"
        except Refused as error:
            outcomes[role] = "refused"
            assert "Four eyes" not in str(error), (action, state, role, error)
    assert outcomes == {role: expected(action, state, role) for role in ACTORS}
