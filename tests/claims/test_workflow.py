"""The verification workflow (claims.actions.workflow): steps, roles, four eyes, corrections, retraction."""

import pytest

from claims import actions
from claims.models import Claim, ClaimStatus, ClaimTransition, Correction, CorrectionKind, FactCheckStatus
from factdb.policy import Forbidden, Refused

S = ClaimStatus
# The newsroom's workflow, written out independently of the code: (from status, step) -> to status.
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
ALL_PAIRS = [(status, step.name) for status in S.values for step in actions.STEPS]


def claim_in(build, status):
    """A claim in `status`, walked there through the workflow, with the fact-check that status implies."""
    users = build.users
    if status == S.IN_REVIEW:
        return build.in_review_claim()
    if status == S.PUBLISHED:
        return build.published_claim()
    if status == S.RETRACTED:
        return build.retracted_claim()
    claim = build.claim()
    if status == S.NOT_CHECKABLE:
        return actions.do_step(claim, "mark_not_checkable", actor=users["editor"])
    if status in (S.SELECTED, S.RESEARCHING):
        claim = actions.do_step(claim, "select", actor=users["editor"])
    if status == S.RESEARCHING:
        build.fact_check(claim)  # a rated draft, so submit_for_review can succeed
        claim.refresh_from_db()
    return claim


@pytest.mark.parametrize(("status", "step"), ALL_PAIRS, ids=[f"{s}-{t}" for s, t in ALL_PAIRS])
def test_every_transition_is_allowed_or_refused_as_specified(build, users, status, step):
    claim = claim_in(build, status)
    assert claim.status == status
    # The editor may take every step (fact-checks are authored by the fact-checker: four eyes hold).
    note = "because"
    if (status, step) in ALLOWED:
        moved = actions.do_step(claim, step, actor=users["editor"], note=note)
        assert moved.status == ALLOWED[(status, step)]
        record = ClaimTransition.objects.filter(claim=claim).first()
        assert (record.from_status, record.to_status, record.user, record.note) == (
            status,
            moved.status,
            users["editor"],
            note,
        )
    else:
        with pytest.raises(Refused, match="cannot"):
            actions.do_step(claim, step, actor=users["editor"], note=note)
        assert Claim.objects.get(pk=claim.pk).status == status


def test_unknown_step_is_refused(build, users):
    with pytest.raises(Refused, match="Unknown workflow step"):
        actions.do_step(build.claim(), "delete_everything", actor=users["superuser"])


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
    offered = [s.name for s in actions.available_steps(claim, users[role])]
    if allowed:
        assert step in offered
        assert actions.do_step(claim, step, actor=users[role], note="why").status == ALLOWED[(from_status, step)]
    else:
        assert step not in offered
        with pytest.raises(Forbidden):
            actions.do_step(claim, step, actor=users[role], note="why")
        assert Claim.objects.get(pk=claim.pk).status == from_status


def test_four_eyes_author_cannot_publish_own_fact_check(build, users):
    claim = build.claim()
    editor = users["editor"]
    actions.do_step(claim, "select", actor=editor)
    actions.do_step(claim, "start_research", actor=editor)
    build.fact_check(claim, author=editor)
    actions.do_step(claim, "submit_for_review", actor=editor)
    with pytest.raises(Refused, match="Four eyes"):
        actions.do_step(claim, "publish", actor=editor)
    assert Claim.objects.get(pk=claim.pk).status == S.IN_REVIEW
    published = actions.do_step(claim, "publish", actor=users["editor2"])
    fact_check = published.current_fact_check
    assert (published.status, fact_check.status, fact_check.reviewer) == (S.PUBLISHED, "published", users["editor2"])


def test_four_eyes_counts_whoever_last_changed_the_verdict(build, users):
    """An editor who rewrote someone else's verdict in review can neither approve nor publish it."""
    claim = build.in_review_claim()
    fact_check = claim.fact_checks.get()
    actions.do_revise_fact_check(
        fact_check,
        actor=users["editor"],
        changes={"headline": "Rewritten by the editor", "rating": build.rating("true")},
    )
    fact_check.refresh_from_db()
    assert (fact_check.revised_by, fact_check.revision) == (users["editor"], 2)
    with pytest.raises(Refused, match="latest revision"):
        actions.do_approve_fact_check(fact_check, actor=users["editor"])
    with pytest.raises(Refused, match="latest revision"):
        actions.do_step(claim, "publish", actor=users["editor"])
    assert Claim.objects.get(pk=claim.pk).status == S.IN_REVIEW
    published = actions.do_step(claim, "publish", actor=users["editor2"])  # a second person read it
    assert published.current_fact_check.reviewer == users["editor2"]
    assert list(fact_check.revisions.values_list("number", "written_by")) == [
        (2, users["editor"].pk),
        (1, users["factchecker"].pk),
    ]


def test_four_eyes_author_cannot_approve_own_fact_check(build, users):
    claim = build.claim()
    actions.do_step(claim, "select", actor=users["editor"])
    fact_check = build.fact_check(claim, author=users["editor"])
    actions.do_step(claim, "submit_for_review", actor=users["editor"])
    with pytest.raises(Refused, match="Four eyes"):
        actions.do_approve_fact_check(fact_check, actor=users["editor"])
    approved = actions.do_approve_fact_check(fact_check, actor=users["editor2"])
    assert approved.reviewer == users["editor2"]
    assert approved.reviewed_at is not None


def test_publishing_needs_evidence(build, users):
    claim = build.claim()
    build.fact_check(claim, evidence=0)
    actions.do_step(claim, "submit_for_review", actor=users["factchecker"])
    with pytest.raises(Refused, match="evidence"):
        actions.do_step(claim, "publish", actor=users["editor"])
    claim.refresh_from_db()
    assert claim.status == S.IN_REVIEW
    assert claim.current_fact_check is None
    assert not claim.is_public


def test_submit_for_review_needs_a_rated_draft(build, users):
    claim = claim_in(build, S.SELECTED)
    actions.do_step(claim, "start_research", actor=users["factchecker"])
    with pytest.raises(Refused, match="draft fact-check"):
        actions.do_step(claim, "submit_for_review", actor=users["factchecker"])
    build.fact_check(claim, category=None)
    with pytest.raises(Refused, match="no rating"):
        actions.do_step(claim, "submit_for_review", actor=users["factchecker"])


def test_publish_makes_claim_and_its_appearances_public(build, users):
    claim = build.published_claim()
    assert claim.is_public
    assert claim.current_fact_check.status == FactCheckStatus.PUBLISHED
    assert claim.current_fact_check.published_at is not None
    assert all(claim.appearances.values_list("is_public", flat=True))


def test_recheck_keeps_verdict_current_until_a_new_one_is_published(build, users):
    claim = build.published_claim()
    first = claim.current_fact_check
    actions.do_step(claim, "recheck", actor=users["factchecker"])
    claim.refresh_from_db()
    assert claim.current_fact_check == first  # partners keep the old verdict while we re-check
    build.fact_check(claim, category="true", headline="Re-checked")
    actions.do_step(claim, "submit_for_review", actor=users["factchecker"])
    claim = actions.do_step(claim, "publish", actor=users["editor"])
    assert claim.current_fact_check.headline == "Re-checked"
    assert claim.fact_checks.filter(status=FactCheckStatus.PUBLISHED).count() == 2


def test_retraction_needs_a_reason_and_stays_on_the_public_record(build, users):
    claim = build.published_claim()
    with pytest.raises(Refused, match="needs a note"):
        actions.do_step(claim, "retract", actor=users["editor"])
    assert Claim.objects.get(pk=claim.pk).status == S.PUBLISHED
    claim = actions.do_step(claim, "retract", actor=users["editor"], note="The source was fabricated.")
    fact_check = claim.fact_checks.get()
    assert claim.current_fact_check is None
    assert fact_check.status == FactCheckStatus.RETRACTED
    correction = Correction.objects.get(kind=CorrectionKind.RETRACTION)
    assert (correction.fact_check, correction.claim, correction.note) == (
        fact_check,
        claim,
        "The source was fabricated.",
    )


def test_send_back_returns_fact_check_to_draft(build, users):
    claim = build.in_review_claim()
    actions.do_step(claim, "send_back", actor=users["editor"], note="More sources please")
    assert claim.fact_checks.get().status == FactCheckStatus.DRAFT


def test_visibility_is_an_editor_decision(build, users):
    claim = build.claim()
    with pytest.raises(Forbidden):
        actions.do_set_claim_visibility(claim, True, actor=users["factchecker"])
    assert not Claim.objects.get(pk=claim.pk).is_public
    assert actions.do_set_claim_visibility(claim, True, actor=users["editor"]).is_public


def test_a_claim_with_a_verdict_partners_read_is_retracted_not_hidden(build, users):
    claim = build.published_claim()
    with pytest.raises(Refused, match="retract"):
        actions.do_set_claim_visibility(claim, False, actor=users["editor"])
    assert Claim.objects.get(pk=claim.pk).is_public


def test_changing_a_published_verdict_requires_a_correction(build, users):
    claim = build.published_claim()
    fact_check = claim.current_fact_check
    with pytest.raises(Refused, match="correction note"):
        actions.do_revise_fact_check(
            fact_check, actor=users["editor"], changes={"rating": build.rating("true")}, correction_note="  "
        )
    fact_check.refresh_from_db()
    assert fact_check.rating.category == "false"
    assert not Correction.objects.exists()

    with pytest.raises(Forbidden):
        actions.do_revise_fact_check(
            fact_check, actor=users["factchecker"], changes={"rating": build.rating("true")}, correction_note="x"
        )

    actions.do_revise_fact_check(
        fact_check,
        actor=users["editor"],
        changes={"rating": build.rating("true")},
        correction_note="New data from the ministry",
    )
    correction = Correction.objects.get()
    assert correction.previous_rating.category == "false"
    assert correction.new_rating.category == "true"
    assert (correction.note, correction.kind) == ("New data from the ministry", CorrectionKind.VERDICT)
    fact_check.refresh_from_db()
    assert fact_check.rating.category == "true"


def test_evidence_of_a_published_verdict_changes_only_by_correction(build, users):
    fact_check = build.published_claim().current_fact_check
    with pytest.raises(Forbidden):
        actions.do_add_evidence(fact_check, actor=users["factchecker"], url="https://x.example/", correction_note="x")
    with pytest.raises(Refused, match="correction note"):
        actions.do_add_evidence(fact_check, actor=users["editor"], url="https://x.example/")
    assert fact_check.evidence.count() == 1
    actions.do_add_evidence(fact_check, actor=users["editor"], url="https://x.example/", correction_note="Added source")
    assert fact_check.evidence.count() == 2
    assert Correction.objects.get().kind == CorrectionKind.EVIDENCE


def test_editing_internal_notes_of_published_verdict_needs_no_correction(build, users):
    fact_check = build.published_claim().current_fact_check
    actions.do_revise_fact_check(fact_check, actor=users["factchecker"], changes={"internal_notes": "call again"})
    assert not Correction.objects.exists()
    fact_check.refresh_from_db()
    assert (fact_check.internal_notes, fact_check.revision) == ("call again", 1)


def test_drafts_change_freely(build, users):
    fact_check = build.fact_check(build.claim())
    actions.do_revise_fact_check(fact_check, actor=users["factchecker"], changes={"rating": build.rating("true")})
    assert not Correction.objects.exists()


def test_bulk_steps_report_each_claim(build, users):
    new_claims = [build.claim() for _ in range(3)]
    researching = claim_in(build, S.RESEARCHING)
    done, refused = actions.do_steps([*new_claims, researching], "select", actor=users["editor"])
    assert {c.pk for c in done} == {c.pk for c in new_claims}
    assert [c.pk for c, _ in refused] == [researching.pk]
    assert "cannot select this claim for checking" in refused[0][1]


def test_changing_a_verdict_in_review_voids_the_approval(build, users):
    claim = build.in_review_claim()
    fact_check = actions.do_approve_fact_check(claim.fact_checks.get(), actor=users["editor"])
    actions.do_revise_fact_check(fact_check, actor=users["factchecker"], changes={"rating": build.rating("true")})
    fact_check.refresh_from_db()
    assert fact_check.reviewer is None
    assert fact_check.reviewed_at is None
    # Notes are not the verdict: an approval survives them.
    fact_check = actions.do_approve_fact_check(fact_check, actor=users["editor"])
    actions.do_revise_fact_check(fact_check, actor=users["factchecker"], changes={"internal_notes": "footnotes ok"})
    fact_check.refresh_from_db()
    assert fact_check.reviewer == users["editor"]


def test_changing_the_claim_voids_the_approval_of_its_verdict(build, users):
    claim = build.in_review_claim()
    actions.do_approve_fact_check(claim.fact_checks.get(), actor=users["editor"])
    actions.do_change_claim(claim, {"text": "A reworded claim, 43 percent"}, actor=users["reporter"])
    assert claim.fact_checks.get().reviewer is None


def test_published_claim_wording_is_an_editors_correction(build, users):
    claim = build.published_claim("Unemployment fell by 3 percent")
    with pytest.raises(Forbidden):
        actions.do_change_claim(claim, {"text": "Unemployment fell by 4 percent"}, actor=users["reporter"])
    with pytest.raises(Refused, match="correction note"):
        actions.do_change_claim(claim, {"text": "Unemployment fell by 4 percent"}, actor=users["editor"])
    actions.do_change_claim(
        claim, {"text": "Unemployment fell by 4 percent"}, actor=users["editor"], correction_note="Misquoted figure"
    )
    correction = Correction.objects.get()
    assert (correction.kind, correction.previous_text) == (CorrectionKind.WORDING, "Unemployment fell by 3 percent")
    # Notes are internal: anyone who captures may keep them, public claim or not.
    actions.do_change_claim(claim, {"internal_notes": "ask the ministry"}, actor=users["reporter"])


def test_verdicts_are_never_deleted(client, build, users):
    fact_check = build.published_claim().current_fact_check
    draft = build.fact_check(build.claim())
    client.force_login(users["editor"])
    for target in (fact_check, draft):
        response = client.post(f"/admin/claims/factcheck/{target.pk}/delete/", {"post": "yes"})
        assert response.status_code == 403
        assert type(target).objects.filter(pk=target.pk).exists()
