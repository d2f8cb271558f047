"""No lost updates: the second of two concurrent saves is refused and nothing is overwritten."""

import pytest
from concurrency.exceptions import RecordModifiedError
from django.db import transaction

from claims import workflow
from claims.models import Claim, FactCheck


def test_second_save_of_a_stale_claim_is_refused(build):
    claim = build.claim("Original text")
    first, second = Claim.objects.get(pk=claim.pk), Claim.objects.get(pk=claim.pk)
    first.text = "Editor one's wording"
    first.save()
    second.text = "Editor two's wording"
    with pytest.raises(RecordModifiedError), transaction.atomic():
        second.save()
    assert Claim.objects.get(pk=claim.pk).text == "Editor one's wording"


def test_second_save_of_a_stale_fact_check_is_refused(build, users):
    fact_check = build.fact_check(build.claim())
    first, second = FactCheck.objects.get(pk=fact_check.pk), FactCheck.objects.get(pk=fact_check.pk)
    first.explanation = "First"
    workflow.save_fact_check(first, users["factchecker"])
    second.explanation = "Second"
    with pytest.raises(RecordModifiedError):
        workflow.save_fact_check(second, users["editor"])
    assert FactCheck.objects.get(pk=fact_check.pk).explanation == "First"


def test_a_workflow_step_does_not_clobber_a_concurrent_edit(build, users):
    claim = build.claim("Before")
    stale = Claim.objects.get(pk=claim.pk)
    workflow.transition_claim(stale, "select", users["editor"])  # re-reads and locks the row
    fresh = Claim.objects.get(pk=claim.pk)
    fresh.text = "After"
    fresh.save()
    stored = Claim.objects.get(pk=claim.pk)
    assert (stored.status, stored.text) == ("selected", "After")
