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
from claims.actions import alerts as alert_actions
from claims.actions import desk, merges
from claims.actions import pages as page_actions
from claims.actions import tips as tip_actions
from claims.bulk.importer import import_data
from claims.models import Claim, ClaimStatus, FactCheckStatus, Priority, Rating, Topic
from factdb import accounts, notifications
from factdb.models import PartnerKey
from factdb.policy import ANY, NOBODY, ROLES, SUPERUSER, TABLE, Forbidden, Refused, check, roles_of
from sources import actions as sources
from tests.conftest import Snapshot
from webhooks.actions import do_change_subscription, do_create_subscription, do_replay_delivery
from webhooks.models import Delivery

PAGE = {"pageUrl": "https://partner.example/p", "claimReviewMarkups": [{"claimReviewed": "x", "rating": {}}]}

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

    def subscription(self):
        return do_create_subscription("Partner", "https://partner.example/hooks", actor=self.users["admin"])

    def delivery(self):
        """A delivery of a publication to a subscriber."""
        self.subscription()
        claim = self.claim(ClaimStatus.PUBLISHED)
        return Delivery.objects.get(event__claim_id=claim.pk, event__type="fact_check.published")

    def pages_key(self):
        system = accounts.system_actor()
        return accounts.do_create_api_key("Pages partner", organization="Org", scopes=["pages"], actor=system)[0]

    def alert(self):
        """A tip repeating a published claim, with a link: an alert ready to attach."""
        claim = self.claim(ClaimStatus.PUBLISHED)
        tip = tip_actions.do_receive_tip(
            claim.text, link="https://social.example/p", channel="form", actor=accounts.system_actor()
        )
        return tip.alerts.get()

    def subject(self, key):
        """The object a case's action is tried on, by `subject_key`."""
        if key is None:
            return None
        kind, state = key
        builders = {
            "claim": self.claim,
            "researching_claim": lambda state: self.build.researching_claim(),  # researching, no verdict yet
            "appearance": self.appearance,
            "fact_check": self.fact_check,
            "speaker": lambda state: self.named("speaker", state),
            "source": lambda state: self.named("source", state),
            "outlet": lambda state: self.named("outlet", state),
            "topic": self.topic,
            "user": self.user,
            "delivery": lambda state: self.delivery(),
            "alert": lambda state: self.alert(),
        }
        return builders[kind](state)


# Actions tried on an object of their own that the table does not list states for.
MADE_FOR = {"webhook.replay": "delivery", "alert.attach": "alert", "alert.dismiss": "alert"}


def subject_key(action, state):
    """What a case's action is tried on, as (kind, state); cases with the same key start from the same object."""
    kind, _, verb = action.partition(".")
    if state == ANY:
        return (MADE_FOR[action], ANY) if action in MADE_FOR else None
    if action == "fact_check.draft" and state == ClaimStatus.RESEARCHING:
        return ("researching_claim", state)
    if kind == "claim" or action in ("appearance.add", "fact_check.draft"):
        return ("claim", state)
    if kind == "evidence":
        return ("fact_check", state)
    if kind in ("appearance", "fact_check", "speaker", "source", "outlet", "topic", "user"):
        return (kind, state)
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


def _import_review(actor, n):
    report = import_data(claimreview(n), fmt="claimreview", user=actor)
    if not report.ok:
        reason = str(report.errors[0])
        raise Forbidden(reason) if "may not" in reason else Refused(reason)
    return report


# One runner per action of the table (the workflow steps share do_step below).
RUNNERS = {
    "claim.capture": lambda world, obj, actor, n: actions.do_capture_claim(
        f"A claim captured by the table test, {n}", actor=actor
    ),
    "claim.change_wording": lambda world, obj, actor, n: actions.do_change_claim(
        obj, {"text": f"{obj.text} (reworded {n})"}, actor=actor, **NOTE
    ),
    "claim.change_notes": lambda world, obj, actor, n: actions.do_change_claim(
        obj, {"internal_notes": "noted"}, actor=actor
    ),
    "claim.change_topics": lambda world, obj, actor, n: actions.do_set_topics(
        obj, [actions.topic_for("Economy", actor=world.users["editor"])], actor=actor
    ),
    "claim.delete": lambda world, obj, actor, n: actions.do_delete_claim(obj, actor=actor),
    "claim.make_public": lambda world, obj, actor, n: actions.do_set_claim_visibility(obj, True, actor=actor),
    "claim.make_internal": lambda world, obj, actor, n: actions.do_set_claim_visibility(obj, False, actor=actor),
    "appearance.add": lambda world, obj, actor, n: actions.do_capture_appearance(
        actor=actor, claim=obj, source=world.build.source(), quote=f"Said again {n}"
    ),
    "appearance.change": lambda world, obj, actor, n: actions.do_change_appearance(
        obj, {"location": "p. 2"}, actor=actor, **NOTE
    ),
    "appearance.publish": lambda world, obj, actor, n: actions.do_publish_appearance(obj, actor=actor),
    "appearance.remove": lambda world, obj, actor, n: actions.do_remove_appearance(obj, actor=actor, **NOTE),
    "fact_check.draft": lambda world, obj, actor, n: actions.do_draft_fact_check(
        obj, headline="A new verdict", actor=actor
    ),
    "fact_check.change": lambda world, obj, actor, n: actions.do_revise_fact_check(
        obj, changes={"headline": "Revised"}, actor=actor, **NOTE
    ),
    "fact_check.change_notes": lambda world, obj, actor, n: actions.do_revise_fact_check(
        obj, changes={"internal_notes": "noted"}, actor=actor
    ),
    "fact_check.approve": lambda world, obj, actor, n: actions.do_approve_fact_check(obj, actor=actor),
    # No action deletes a verdict: the admin's delete is the only door, and it stays shut.
    "fact_check.delete": lambda world, obj, actor, n: check(actor, "fact_check.delete", obj),
    "evidence.add": lambda world, obj, actor, n: actions.do_add_evidence(
        obj, url="https://more.example/", actor=actor, **NOTE
    ),
    "evidence.change": lambda world, obj, actor, n: actions.do_change_evidence(
        obj.evidence.first(), {"title": "Renamed"}, actor=actor, **NOTE
    ),
    "evidence.remove": lambda world, obj, actor, n: actions.do_remove_evidence(
        obj.evidence.first(), actor=actor, **NOTE
    ),
    "speaker.create": lambda world, obj, actor, n: sources.do_create_speaker(f"New Speaker {n}", actor=actor),
    "speaker.change": lambda world, obj, actor, n: sources.do_change_speaker(obj, {"role": "Minister"}, actor=actor),
    "speaker.delete": lambda world, obj, actor, n: sources.do_delete_speaker(obj, actor=actor),
    "source.create": lambda world, obj, actor, n: sources.do_create_source(url=f"https://new.example/{n}", actor=actor),
    "source.change": lambda world, obj, actor, n: sources.do_change_source(obj, {"title": "Retitled"}, actor=actor),
    "source.delete": lambda world, obj, actor, n: sources.do_delete_source(obj, actor=actor),
    "outlet.create": lambda world, obj, actor, n: sources.do_create_outlet(f"New Outlet {n}", actor=actor),
    "outlet.change": lambda world, obj, actor, n: sources.do_change_outlet(obj, {"country": "PT"}, actor=actor),
    "outlet.delete": lambda world, obj, actor, n: sources.do_delete_outlet(obj, actor=actor),
    "topic.create": lambda world, obj, actor, n: actions.do_create_topic(f"New topic {n}", actor=actor),
    "topic.change": lambda world, obj, actor, n: actions.do_change_topic(
        obj, {"description": "What it covers"}, actor=actor
    ),
    "topic.delete": lambda world, obj, actor, n: actions.do_delete_topic(obj, actor=actor),
    "rating_scale.change": lambda world, obj, actor, n: actions.do_save_rating(
        Rating.objects.first(), {"description": "Redefined"}, actor=actor
    ),
    "external_review.import": lambda world, obj, actor, n: _import_review(actor, n),
    "user.create": lambda world, obj, actor, n: accounts.do_create_user(f"newcomer{n}", actor=actor),
    "user.change": lambda world, obj, actor, n: accounts.do_change_user(obj, {"first_name": "Renamed"}, actor=actor),
    "user.set_password": lambda world, obj, actor, n: accounts.do_set_password(
        obj, "a long and unusual passphrase 7", actor=actor
    ),
    "user.set_superuser": lambda world, obj, actor, n: accounts.do_set_superuser(
        obj, is_superuser=not obj.is_superuser, actor=actor
    ),
    "api_key.create": lambda world, obj, actor, n: accounts.do_create_api_key(f"Partner {n}", actor=actor),
    "api_key.change": lambda world, obj, actor, n: accounts.do_change_api_key(
        PartnerKey.objects.first(), {"organization": "Org"}, actor=actor
    ),
    "api_key.revoke": lambda world, obj, actor, n: accounts.do_revoke_api_key(PartnerKey.objects.first(), actor=actor),
    "webhook.create": lambda world, obj, actor, n: do_create_subscription(
        f"Partner {n}", "https://partner.example/hooks", actor=actor
    ),
    "webhook.change": lambda world, obj, actor, n: do_change_subscription(
        world.subscription(), {"is_active": False}, actor=actor
    ),
    "webhook.replay": lambda world, obj, actor, n: do_replay_delivery(obj, actor=actor),
    "page.create": lambda world, obj, actor, n: page_actions.do_create_page(PAGE, key=world.pages_key(), actor=actor),
    "page.change": lambda world, obj, actor, n: _change_page(world, actor),
    "page.delete": lambda world, obj, actor, n: _delete_page(world, actor),
    "tip.receive": lambda world, obj, actor, n: tip_actions.do_receive_tip(
        f"Tip number {n}", channel="form", actor=actor
    ),
    "tip.handle": lambda world, obj, actor, n: _handle_tip(actor, n),
    "alert.attach": lambda world, obj, actor, n: alert_actions.do_attach_alert(obj, actor=actor),
    "alert.dismiss": lambda world, obj, actor, n: alert_actions.do_dismiss_alert(obj, actor=actor),
    "claim.assign": lambda world, obj, actor, n: desk.do_plan_claim(
        world.build.claim(), priority=Priority.HIGH, actor=actor
    ),
    "claim.merge": lambda world, obj, actor, n: merges.do_merge_claims(
        world.build.claim(), world.build.claim(), actor=actor
    ),
    "speaker.merge": lambda world, obj, actor, n: merges.do_merge_speakers(
        world.build.speaker(), world.build.speaker(), actor=actor
    ),
    "source.merge": lambda world, obj, actor, n: merges.do_merge_sources(
        world.build.source(), world.build.source(), actor=actor
    ),
    "notification.read": lambda world, obj, actor, n: notifications.do_mark_read([], actor=actor),
}


def _change_page(world, actor):
    page = page_actions.do_create_page(PAGE, key=world.pages_key(), actor=accounts.system_actor())
    return page_actions.do_update_page(page, PAGE, key=page.created_by_key, expected_version=1, actor=actor)


def _delete_page(world, actor):
    page = page_actions.do_create_page(PAGE, key=world.pages_key(), actor=accounts.system_actor())
    return page_actions.do_delete_page(page, key=page.created_by_key, actor=actor)


def _handle_tip(actor, n):
    tip = tip_actions.do_receive_tip(f"Tip number {n}", channel="form", actor=accounts.system_actor())
    return tip_actions.do_handle_tip_group(tip.group, actor=actor)


def run(world, action, obj, actor, n):
    if action in RUNNERS:
        return RUNNERS[action](world, obj, actor, n)
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


def _starting_point(build, key):
    """A case's starting point: verdicts written by a second fact-checker (so four eyes never stand in the
    table's way), a partner key, and the subject built through the actions."""
    author = User.objects.create_user("author", password="pw", is_staff=True)
    author.groups.add(Group.objects.get(name="Fact-checker"))
    accounts.do_create_api_key("Existing partner", actor=build.users["admin"])
    return author, World(build, author).subject(key)


# Built once per worker and subject, put back (its rows copied in) for every case that starts from it.
_starting_points: dict[object, Snapshot] = {}


def test_every_action_in_the_table_is_walked():
    assert {action for action, _ in CASES} == set(TABLE)


@pytest.mark.parametrize(("action", "state"), CASES, ids=[f"{a}@{s}" for a, s in CASES])
def test_the_table_decides(build, actors, action, state):
    key = subject_key(action, state)
    author, obj = _starting_points.setdefault(key, Snapshot(_starting_point))(build, key)
    world = World(build, author)
    outcomes = {}
    refusals = []
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
            refusals.append((role, str(error)))
    assert outcomes == {role: expected(action, state, role) for role in ACTORS}
    assert not [(role, error) for role, error in refusals if "Four eyes" in error], (action, state, refusals)
