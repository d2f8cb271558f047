"""The permission table's own rules: the README shows the table as it is, and refusals say why."""

from pathlib import Path

import pytest
from django.conf import settings

from factdb import guard, policy


def test_the_readme_shows_the_table_as_it_is():
    readme = (Path(settings.BASE_DIR) / "README.md").read_text()
    shown = readme.split("<!-- policy-table -->")[1].split("<!-- /policy-table -->")[0].strip()
    assert shown == policy.as_markdown(), "README.md's table is stale: paste factdb.policy.as_markdown() into it"


def test_every_action_has_words_for_people():
    assert set(policy.LABELS) == set(policy.TABLE)


def test_refusals_name_the_action_the_object_and_the_state(build, users):
    claim = build.published_claim()
    reporter = users["reporter"]
    with pytest.raises(policy.Forbidden) as forbidden:
        policy.check(reporter, "claim.change_wording", claim)
    assert policy.message(forbidden.value) == (
        "Your role may not change the wording of this claim while it is public (it takes: admin or editor)."
    )
    with pytest.raises(policy.Refused) as refused:
        policy.check(users["editor"], "claim.select", claim)
    assert policy.message(refused.value) == "You cannot select this claim for checking while it is published."


def test_an_inactive_account_holds_no_role(users):
    users["editor"].is_active = False
    assert policy.roles_of(users["editor"]) == frozenset()


def test_a_drawn_page_reads_each_state_once_and_a_write_reads_it_fresh(build, users):
    from claims import actions
    from claims.models import Appearance, Claim

    claim = build.claim()
    speaker = claim.appearances.get().speaker
    with policy.states_read_once():
        assert policy.state_of(speaker) == ("internal",)
        with guard.opened("test: the claim made public behind the page's back"):
            Claim.objects.filter(pk=claim.pk).update(is_public=True)
            Appearance.objects.filter(claim=claim).update(is_public=True)
            assert policy.state_of(speaker) == ("public",)  # a write reads fresh
        assert policy.state_of(speaker) == ("internal",)  # the page's first answer, not a second query
        actions.do_change_claim(claim, {"internal_notes": "seen"}, actor=users["editor"])
        assert policy.state_of(speaker) == ("public",)  # an action that ended made the page read again
    assert policy.state_of(speaker) == ("public",)
