"""The verification workflow: allowed and refused transitions, roles, four eyes, corrections."""

import pytest
from django.core.exceptions import PermissionDenied

from claims import workflow
from claims.models import Claim, ClaimStatus, ClaimTransition, Correction, FactCheckStatus
from claims.workflow import WorkflowError

S = ClaimStatus
# The newsroom's workflow, written out independently of the model: (from status, step) -> to status.
ALLOWED = {
    (S.NEW, "select"): S.SELECTED,
    (S.NEW, "mark_not_checkable"): S.NOT_CHECKABLE,
    (S.SELECTED, "mark_not_checkable"): S.NOT_CHECKABLE,
    (S.RESEARCHING, "mark_not_checkable"): S.NOT_CHECKABLE,
    (S.NOT_CHECKABLE, "reopen"): S.NEW,
    (S.SELECTED, "start_research"): S.RESEARCHING,
    (S.RESEARCHING, "submit_for_review"): S.IN_REVIEW,
    (S.IN_REVIEW, "send_back"): S.RESEARCHING,
    (S.IN_REVIEW, "publish"): S.PUBLISHED,
    (S.PUBLISHED, "retract"): S.RETRACTED,
    (S.PUBLISHED, "recheck"): S.RESEARCHING,
    (S.RETRACTED, "recheck"): S.RESEARCHING,
}
ALL_PAIRS = [(status, step.name) for status in S.values for step in workflow.STEPS]


def claim_in(build, status):
    """A claim in `status`, with the fact-check that status implies."""
    if status == S.IN_REVIEW:
        return build.in_review_claim()
    if status in (S.PUBLISHED, S.RETRACTED):
        claim = build.published_claim()
        if status == S.RETRACTED:
            claim = workflow.transition_claim(claim, "retract", build.users["editor"])
        return claim
    claim = build.claim()
    if status == S.RESEARCHING:
        build.fact_check(claim)  # a rated draft, so submit_for_review can succeed
    Claim.objects.filter(pk=claim.pk).update(status=status)
    return Claim.objects.get(pk=claim.pk)


@pytest.mark.parametrize(("status", "step"), ALL_PAIRS, ids=[f"{s}-{t}" for s, t in ALL_PAIRS])
def test_every_transition_is_allowed_or_refused_as_specified(build, users, status, step):
    claim = claim_in(build, status)
    # The editor may take every step (fact-checks are authored by the fact-checker: four eyes hold).
    if (status, step) in ALLOWED:
        moved = workflow.transition_claim(claim, step, users["editor"], note="because")
        assert moved.status == ALLOWED[(status, step)]
        record = ClaimTransition.objects.filter(claim=claim).first()
        assert (record.from_status, record.to_status, record.user, record.note) == (
            status,
            moved.status,
            users["editor"],
            "because",
        )
    else:
        with pytest.raises(WorkflowError, match="not possible"):
            workflow.transition_claim(claim, step, users["editor"])
        assert Claim.objects.get(pk=claim.pk).status == status


def test_unknown_step_is_refused(build, users):
    with pytest.raises(WorkflowError, match="Unknown workflow step"):
        workflow.transition_claim(build.claim(), "delete_everything", users["superuser"])


@pytest.mark.parametrize(
    ("role", "step", "from_status", "allowed"),
    [
        ("reporter", "select", S.NEW, False),
        ("factchecker", "select", S.NEW, False),
        ("editor", "select", S.NEW, True),
        ("reporter", "start_research", S.SELECTED, False),
        ("factchecker", "start_research", S.SELECTED, True),
        ("reporter", "publish", S.IN_REVIEW, False),
        ("factchecker", "publish", S.IN_REVIEW, False),
        ("editor2", "publish", S.IN_REVIEW, True),
        ("admin", "publish", S.IN_REVIEW, True),
        ("factchecker", "send_back", S.IN_REVIEW, False),
        ("editor", "send_back", S.IN_REVIEW, True),
        ("factchecker", "retract", S.PUBLISHED, False),
        ("editor", "retract", S.PUBLISHED, True),
        ("reporter", "mark_not_checkable", S.NEW, False),
    ],
)
def test_roles_decide_who_takes_each_step(build, users, role, step, from_status, allowed):
    claim = claim_in(build, from_status)
    if allowed:
        assert workflow.transition_claim(claim, step, users[role]).status == ALLOWED[(from_status, step)]
        assert step in [s.name for s in workflow.available_steps(claim, users[role])] or True
    else:
        with pytest.raises(PermissionDenied):
            workflow.transition_claim(claim, step, users[role])
        assert Claim.objects.get(pk=claim.pk).status == from_status
        assert step not in [s.name for s in workflow.available_steps(Claim.objects.get(pk=claim.pk), users[role])]


def test_four_eyes_author_cannot_publish_own_fact_check(build, users):
    claim = build.claim()
    editor = users["editor"]
    workflow.transition_claim(claim, "select", editor)
    workflow.transition_claim(claim, "start_research", editor)
    build.fact_check(claim, author=editor)
    workflow.transition_claim(claim, "submit_for_review", editor)
    with pytest.raises(WorkflowError, match="Four eyes"):
        workflow.transition_claim(claim, "publish", editor)
    assert Claim.objects.get(pk=claim.pk).status == S.IN_REVIEW
    published = workflow.transition_claim(claim, "publish", users["editor2"])
    fact_check = published.current_fact_check
    assert (published.status, fact_check.status, fact_check.reviewer) == (S.PUBLISHED, "published", users["editor2"])


def test_four_eyes_author_cannot_approve_own_fact_check(build, users):
    claim = build.in_review_claim()
    fact_check = claim.fact_checks.get()
    fact_check.author = users["editor"]
    fact_check.save()
    with pytest.raises(WorkflowError, match="Four eyes"):
        workflow.approve_fact_check(fact_check, users["editor"])
    approved = workflow.approve_fact_check(fact_check, users["editor2"])
    assert approved.reviewer == users["editor2"] and approved.reviewed_at is not None


def test_publishing_needs_evidence(build, users):
    claim = build.claim()
    workflow.transition_claim(claim, "select", users["editor"])
    workflow.transition_claim(claim, "start_research", users["factchecker"])
    build.fact_check(claim, evidence=0)
    workflow.transition_claim(claim, "submit_for_review", users["factchecker"])
    with pytest.raises(WorkflowError, match="evidence"):
        workflow.transition_claim(claim, "publish", users["editor"])
    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW and claim.current_fact_check is None and not claim.is_public


def test_submit_for_review_needs_a_rated_draft(build, users):
    claim = claim_in(build, S.SELECTED)
    workflow.transition_claim(claim, "start_research", users["factchecker"])
    with pytest.raises(WorkflowError, match="draft fact-check"):
        workflow.transition_claim(claim, "submit_for_review", users["factchecker"])
    build.fact_check(claim, category=None)
    with pytest.raises(WorkflowError, match="no rating"):
        workflow.transition_claim(claim, "submit_for_review", users["factchecker"])


def test_publish_makes_claim_public_and_current(build, users):
    claim = build.published_claim()
    assert claim.is_public
    assert claim.current_fact_check.status == FactCheckStatus.PUBLISHED
    assert claim.current_fact_check.published_at is not None


def test_recheck_keeps_verdict_current_until_a_new_one_is_published(build, users):
    claim = build.published_claim()
    first = claim.current_fact_check
    workflow.transition_claim(claim, "recheck", users["factchecker"])
    claim.refresh_from_db()
    assert claim.current_fact_check == first  # partners keep the old verdict while we re-check
    build.fact_check(claim, category="true", headline="Re-checked")
    workflow.transition_claim(claim, "submit_for_review", users["factchecker"])
    claim = workflow.transition_claim(claim, "publish", users["editor"])
    assert claim.current_fact_check.headline == "Re-checked"
    assert claim.fact_checks.filter(status=FactCheckStatus.PUBLISHED).count() == 2


def test_retract_withdraws_the_verdict(build, users):
    claim = workflow.transition_claim(build.published_claim(), "retract", users["editor"], note="Source fabricated")
    assert claim.current_fact_check is None
    assert not claim.fact_checks.filter(status=FactCheckStatus.PUBLISHED).exists()


def test_send_back_returns_fact_check_to_draft(build, users):
    claim = build.in_review_claim()
    workflow.transition_claim(claim, "send_back", users["editor"], note="More sources please")
    assert claim.fact_checks.get().status == FactCheckStatus.DRAFT


def test_visibility_is_an_editor_decision(build, users):
    claim = build.claim()
    with pytest.raises(PermissionDenied):
        workflow.set_claim_visibility(claim, users["factchecker"], True)
    assert not Claim.objects.get(pk=claim.pk).is_public
    assert workflow.set_claim_visibility(claim, users["editor"], True).is_public


def test_changing_a_published_verdict_requires_a_correction(build, users):
    claim = build.published_claim()
    fact_check = claim.current_fact_check
    with pytest.raises(WorkflowError, match="correction note"):
        workflow.correct_fact_check(fact_check, users["editor"], note="  ", rating=build.rating("true"))
    fact_check.refresh_from_db()
    assert fact_check.rating.category == "false" and not Correction.objects.exists()

    with pytest.raises(PermissionDenied):
        workflow.correct_fact_check(fact_check, users["factchecker"], note="x", rating=build.rating("true"))

    workflow.correct_fact_check(
        fact_check, users["editor"], note="New data from the ministry", rating=build.rating("true")
    )
    correction = Correction.objects.get()
    assert correction.previous_rating.category == "false" and correction.new_rating.category == "true"
    assert correction.note == "New data from the ministry"
    fact_check.refresh_from_db()
    assert fact_check.rating.category == "true"


def test_editing_internal_notes_of_published_verdict_needs_no_correction(build, users):
    fact_check = build.published_claim().current_fact_check
    fact_check.internal_notes = "call the ministry again"
    workflow.save_fact_check(fact_check, users["editor"])
    assert not Correction.objects.exists()


def test_drafts_change_freely(build, users):
    claim = build.claim()
    fact_check = build.fact_check(claim)
    fact_check.rating = build.rating("true")
    workflow.save_fact_check(fact_check, users["factchecker"])
    assert not Correction.objects.exists()


def test_bulk_transition_reports_each_claim(build, users):
    new_claims = [build.claim() for _ in range(3)]
    researching = claim_in(build, S.RESEARCHING)
    done, refused = workflow.bulk_transition([*new_claims, researching], "select", users["editor"])
    assert {c.pk for c in done} == {c.pk for c in new_claims}
    assert [c.pk for c, _ in refused] == [researching.pk]
    assert "not possible" in refused[0][1]


def test_changing_a_verdict_in_review_voids_the_approval(build, users):
    claim = build.in_review_claim()
    fact_check = workflow.approve_fact_check(claim.fact_checks.get(), users["editor"])
    fact_check.rating = build.rating("true")
    workflow.save_fact_check(fact_check, users["factchecker"])
    fact_check.refresh_from_db()
    assert fact_check.reviewer is None and fact_check.reviewed_at is None
    # Notes are not the verdict: an approval survives them.
    fact_check = workflow.approve_fact_check(fact_check, users["editor"])
    fact_check.internal_notes = "checked the footnotes"
    workflow.save_fact_check(fact_check, users["factchecker"])
    fact_check.refresh_from_db()
    assert fact_check.reviewer == users["editor"]


def test_published_evidence_and_claim_wording_are_editors_only(build, users):
    claim = build.published_claim()
    fact_check = claim.current_fact_check
    assert not workflow.may_edit_evidence(users["factchecker"], fact_check)
    assert workflow.may_edit_evidence(users["editor"], fact_check)
    assert workflow.may_edit_evidence(users["factchecker"], build.fact_check(build.claim()))
    assert not workflow.may_edit_claim_text(users["reporter"], claim)
    assert workflow.may_edit_claim_text(users["editor"], claim)
    assert workflow.may_edit_claim_text(users["reporter"], build.claim())


def test_admin_enforces_published_evidence_and_wording(client, build, users):
    claim = build.published_claim()
    fact_check = claim.current_fact_check
    evidence = fact_check.evidence.get()
    client.force_login(users["factchecker"])
    page = client.get(f"/admin/claims/factcheck/{fact_check.pk}/change/").content.decode()
    assert 'name="evidence-0-url"' not in page  # shown read-only
    assert client.post(f"/admin/claims/evidence/{evidence.pk}/delete/", {"post": "yes"}).status_code == 403
    assert fact_check.evidence.filter(pk=evidence.pk).exists()
    client.force_login(users["reporter"])
    page = client.get(f"/admin/claims/claim/{claim.pk}/change/").content.decode()
    assert 'name="text"' not in page


def test_published_verdicts_are_retracted_not_deleted(client, build, users):
    claim = build.published_claim()
    fact_check = claim.current_fact_check
    assert not workflow.may_delete_fact_check(users["editor"], fact_check)
    assert workflow.may_delete_fact_check(users["editor"], build.fact_check(build.claim()))
    client.force_login(users["editor"])
    response = client.post(f"/admin/claims/factcheck/{fact_check.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    assert fact_check.__class__.objects.filter(pk=fact_check.pk).exists()
