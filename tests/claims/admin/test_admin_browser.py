"""The editors' desk in a real browser: headless Chromium (Playwright) against the live test server."""

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from claims import actions
from claims.models import Claim, ClaimStatus, FactCheck, FactCheckStatus, Rating
from tests.claims.admin.conftest import SCREENSHOTS, log_in

pytestmark = pytest.mark.browser


def claim_in(status):
    return Claim.objects.filter(status=status).order_by("pk").first()


def test_editor_publishes_a_verdict_and_bulk_selects_claims(page):
    log_in(page, "editor")

    page.goto("/admin/claims/claim/")
    rows = page.locator("#result_list tbody tr")
    expect(rows).to_have_count(Claim.objects.count())
    expect(page.locator("#result_list .factdb-badge", has_text="Published").first).to_be_visible()
    expect(page.locator("#result_list .factdb-badge", has_text="True").first).to_be_visible()

    page.goto("/admin/sources/speaker/")
    page.fill("#searchbar", "Kubalov")
    page.press("#searchbar", "Enter")
    expect(page.locator("#result_list tbody tr")).to_have_count(1)
    expect(page.locator("#result_list")).to_contain_text("Zamir Kabulov")

    claim = claim_in(ClaimStatus.IN_REVIEW)
    page.goto(f"/admin/claims/claim/{claim.pk}/change/")
    expect(page.get_by_test_id("claim-status")).to_have_text("In review")
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "claim-change-in-review.png", full_page=True)
    page.get_by_role("button", name="Publish verdict").click()
    expect(page.locator("ul.messagelist")).to_contain_text("Claim is now published.")
    expect(page.get_by_test_id("claim-status")).to_have_text("Published")
    expect(page.locator("#workflow-panel")).to_contain_text("Public — partners can see this claim")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.PUBLISHED
    assert claim.is_public
    assert claim.current_fact_check.status == FactCheckStatus.PUBLISHED

    new = list(Claim.objects.filter(status=ClaimStatus.NEW).order_by("pk")[:2])
    page.goto("/admin/claims/claim/")
    for claim in new:
        page.check(f'input[name="_selected_action"][value="{claim.pk}"]')
    page.select_option('select[name="action"]', label="Select for checking (selected claims)")
    page.click('button[name="index"]')
    expect(page.locator("ul.messagelist")).to_contain_text("Select for checking: 2 claim(s) done.")
    assert {c.status for c in Claim.objects.filter(pk__in=[c.pk for c in new])} == {ClaimStatus.SELECTED}


def test_nobody_publishes_their_own_fact_check(page):
    claim = claim_in(ClaimStatus.IN_REVIEW)
    assert claim.fact_checks.get(status=FactCheckStatus.IN_REVIEW).author.username == "factchecker"

    # The fact-checker who wrote it sees no Publish button, and a forged POST is refused.
    log_in(page, "factchecker")
    page.goto(f"/admin/claims/claim/{claim.pk}/change/")
    expect(page.get_by_role("button", name="Submit for review")).to_have_count(0)
    expect(page.get_by_role("button", name="Publish verdict")).to_have_count(0)
    page.evaluate(
        """url => { const form = document.getElementById("claim_form"); form.action = url; form.submit(); }""",
        f"/admin/claims/claim/{claim.pk}/step/publish/",
    )
    expect(page.locator("ul.messagelist .error")).to_contain_text("may not")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW
    assert not claim.is_public

    # An editor who wrote it is not offered the button either (the role may publish, four eyes may not),
    # and a forged POST is refused by the action.
    editor = User.objects.get(username="editor")
    actions.do_revise_fact_check(claim.fact_checks.get(), actor=editor, changes={"headline": "The editor's rewrite"})
    page.context.clear_cookies()
    log_in(page, "editor")
    page.goto(f"/admin/claims/claim/{claim.pk}/change/")
    expect(page.get_by_role("button", name="Publish verdict")).to_have_count(0)
    expect(page.get_by_role("button", name="Approve verdict")).to_have_count(0)
    page.evaluate(
        """url => { const form = document.getElementById("claim_form"); form.action = url; form.submit(); }""",
        f"/admin/claims/claim/{claim.pk}/step/publish/",
    )
    expect(page.locator("ul.messagelist .error")).to_contain_text("Four eyes")
    expect(page.get_by_test_id("claim-status")).to_have_text("In review")
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW
    assert not claim.is_public


def test_correcting_a_published_verdict_needs_a_note(page):
    fact_check = FactCheck.objects.filter(status=FactCheckStatus.PUBLISHED, corrections__isnull=True).first()
    other = Rating.objects.filter(scale=fact_check.rating.scale).exclude(pk=fact_check.rating_id).first()
    log_in(page, "editor")
    page.goto(f"/admin/claims/factcheck/{fact_check.pk}/change/")

    page.select_option("#id_rating", str(other.pk))
    page.click('input[name="_save"]')
    expect(page.locator(".field-correction_note .errorlist")).to_contain_text("needs a public correction note")
    fact_check.refresh_from_db()
    assert fact_check.rating_id != other.pk
    assert not fact_check.corrections.exists()

    note = f"Re-rated {other.label}: a later official statement changed the picture."
    page.select_option("#id_rating", str(other.pk))
    page.fill("#id_correction_note", note)
    page.click('input[name="_save"]')
    expect(page.locator("ul.messagelist .success")).to_be_visible()
    fact_check.refresh_from_db()
    assert fact_check.rating_id == other.pk
    assert fact_check.corrections.get().note == note

    page.goto(f"/admin/claims/factcheck/{fact_check.pk}/change/")
    log = page.locator(".inline-group", has_text="corrections log")
    expect(log).to_contain_text(note)
    page.screenshot(path=SCREENSHOTS / "factcheck-change-corrected.png", full_page=True)
