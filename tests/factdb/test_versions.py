"""No lost updates: an action given the version an editor read refuses the change if someone saved since."""

import pytest

from claims import actions
from claims.models import Claim, FactCheck
from factdb.policy import Conflict
from sources import actions as sources
from sources.models import Speaker


def test_second_change_of_a_stale_claim_is_refused(build, users):
    claim = build.claim("Original text")
    read = claim.version
    actions.do_change_claim(claim, {"text": "Editor one's wording"}, actor=users["reporter"], expected_version=read)
    with pytest.raises(Conflict, match="Nothing was overwritten"):
        actions.do_change_claim(claim, {"text": "Editor two's wording"}, actor=users["editor"], expected_version=read)
    assert Claim.objects.get(pk=claim.pk).text == "Editor one's wording"


def test_second_change_of_a_stale_fact_check_is_refused(build, users):
    fact_check = build.fact_check(build.claim())
    read = FactCheck.objects.get(pk=fact_check.pk).version
    actions.do_revise_fact_check(
        fact_check, actor=users["factchecker"], changes={"explanation": "First"}, expected_version=read
    )
    with pytest.raises(Conflict):
        actions.do_revise_fact_check(
            fact_check, actor=users["editor"], changes={"explanation": "Second"}, expected_version=read
        )
    assert FactCheck.objects.get(pk=fact_check.pk).explanation == "First"


def test_speakers_sources_and_appearances_are_versioned_too(build, users):
    speaker = build.speaker("Ada")
    read = speaker.version
    sources.do_change_speaker(speaker, {"role": "Minister"}, actor=users["reporter"], expected_version=read)
    with pytest.raises(Conflict):
        sources.do_change_speaker(speaker, {"role": "Mayor"}, actor=users["reporter"], expected_version=read)
    assert Speaker.objects.get(pk=speaker.pk).role == "Minister"
    appearance = build.claim().appearances.get()
    read = appearance.version
    actions.do_change_appearance(appearance, {"location": "p. 2"}, actor=users["reporter"], expected_version=read)
    with pytest.raises(Conflict):
        actions.do_change_appearance(appearance, {"location": "p. 3"}, actor=users["reporter"], expected_version=read)


def test_a_workflow_step_does_not_clobber_a_concurrent_edit(build, users):
    claim = build.claim("Before")
    stale = Claim.objects.get(pk=claim.pk)
    actions.do_change_claim(claim, {"text": "After"}, actor=users["reporter"])
    actions.do_step(stale, "select", actor=users["editor"])  # re-reads and locks the row
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.status, stored.text) == ("selected", "After")
