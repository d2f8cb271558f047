"""A day at the desk, in a real browser (Debian's Chromium driven by Playwright).

A reporter is stopped from creating a duplicate speaker and captures a claim; an editor assigns
it with a deadline; the fact-checker finds it in their queue and in their notifications,
researches it and submits a verdict; the editor publishes it from the claim's one screen; its
history reads as sentences. Screenshots land in test-results/ (docs/screenshots/ keeps a few).
"""

from datetime import timedelta
from urllib.parse import quote

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from claims.models import Claim, ClaimStatus
from factdb.models import Notification
from sources.models import Speaker
from tests.claims.admin.conftest import SCREENSHOTS, log_in

pytestmark = pytest.mark.browser

CLAIM_TEXT = "Russia's trade with Afghanistan tripled last year to three billion dollars."


def shot(page, name, full_page=False):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"desk-{name}.png", full_page=full_page)


def as_user(page, username):
    page.context.clear_cookies()
    log_in(page, username)


def pick(page, field_id, typed, option):
    """Choose in one of the admin's autocomplete (select2) fields: wait for the answer to what was typed (the list
    the opening search showed is re-drawn when it arrives, and a click on the old one can be lost), then check the
    choice took."""
    page.click(f'[aria-labelledby="select2-{field_id}-container"]')
    with page.expect_response(lambda r: "/autocomplete/" in r.url and f"term={quote(typed)}" in r.url):
        page.fill(".select2-search__field", typed)
    page.locator(".select2-results__option", has_text=option).first.click()
    expect(page.locator(f"#select2-{field_id}-container")).to_contain_text(option)


def claim_page(page, claim):
    page.goto(f"/admin/claims/claim/{claim.pk}/change/")


def test_a_day_at_the_desk(page, newsroom):
    # 1. The reporter is stopped before creating "Zamir Kabulow": the newsroom knows him as Zamir Kabulov.
    as_user(page, "reporter")
    page.goto("/admin/sources/speaker/add/")
    page.fill("#id_name", "Zamir Kabulow")
    page.click('input[name="_save"]')
    expect(page.locator(".errorlist")).to_contain_text("Did you mean Zamir Kabulov?")
    expect(page.locator("#id_name")).to_have_value("Zamir Kabulow")  # nothing typed is lost
    shot(page, "duplicate-speaker")
    assert Speaker.objects.filter(name__icontains="Kabulow").count() == 0

    # ...and captures the claim with the speaker the newsroom already has.
    page.goto("/admin/claims/claim/add/")
    page.locator("#id_text").press_sequentially("Moscow and Kabul continue to cooperate de facto")
    expect(page.locator("#live-similar")).to_contain_text("Cooperation between Moscow and Kabul")  # while typing
    expect(page.locator("#live-similar button", has_text="Add as appearance of this claim")).to_be_visible()
    shot(page, "similar-while-typing")
    page.fill("#id_text", CLAIM_TEXT)
    page.locator("#appearances-group .add-row a").click()
    pick(page, "id_appearances-0-speaker", "Kabul", "Zamir Kabulov")
    pick(page, "id_appearances-0-source", "Taliban", "Russia offers to help Taliban")
    page.fill("#id_appearances-0-quote", "Our trade with Afghanistan tripled last year, to three billion dollars")
    page.click('input[name="_save"]')
    expect(page.locator("ul.messagelist .success")).to_be_visible()
    claim = Claim.objects.get(text=CLAIM_TEXT)
    assert claim.appearances.get().speaker.name == "Zamir Kabulov"

    # 2. The editor selects it and assigns it to the fact-checker, due in two days, from the claim page.
    as_user(page, "editor")
    claim_page(page, claim)
    page.select_option("#id_desk_assignee", label="factchecker")
    page.select_option("#id_desk_priority", label="High")
    due = timezone.localdate() + timedelta(days=2)
    page.fill("#id_desk_deadline", due.isoformat())
    page.get_by_role("button", name="Select for checking").click()
    expect(page.locator("ul.messagelist .success")).to_contain_text("Claim is now selected")
    expect(page.get_by_test_id("claim-assignee")).to_have_text("factchecker")
    claim.refresh_from_db()
    assert (claim.status, claim.assignee.username, claim.deadline) == (ClaimStatus.SELECTED, "factchecker", due)

    # 3. The fact-checker sees it in their queue and has a notification.
    as_user(page, "factchecker")
    page.goto("/admin/")
    expect(page.locator("#desk-mine")).to_contain_text("trade with Afghanistan tripled")
    expect(page.get_by_test_id("unread-badge")).to_be_visible()
    shot(page, "desk", full_page=True)
    page.click("#notifications-link")
    expect(page.locator("#result_list")).to_contain_text("editor assigned you")
    shot(page, "notifications")
    page.locator("#result_list a", has_text="assigned you").first.click()
    assert Notification.objects.get(recipient__username="factchecker", kind="assigned").read_at is not None

    # ...researches it and drafts the verdict, then submits it for review, all from the claim's page.
    page.get_by_role("button", name="Start research").click()
    expect(page.locator("ul.messagelist .success")).to_contain_text("researching")
    page.get_by_role("link", name="Add fact-check").click()
    page.wait_for_selector("#evidence-group table")
    widths = page.evaluate(
        "() => [document.querySelector('#evidence-group table').getBoundingClientRect().right, window.innerWidth]"
    )
    assert widths[0] <= widths[1], f"the evidence table overflows the window: {widths}"
    expect(page.locator("#id_rating + .help, .field-rating .help").first).to_contain_text("What each rating means")
    page.select_option("#id_rating", label="Mostly true")
    page.fill("#id_headline", "Trade did grow, but to 1.2 billion dollars, not three")
    page.fill("#id_explanation", "Russian customs data for last year show 1.2 billion dollars of trade.")
    page.fill("#id_evidence-0-url", "https://customs.example/afghanistan-2024")
    page.fill("#id_evidence-0-title", "Customs statistics")
    shot(page, "fact-check-form")
    page.click('input[name="_save"]')
    expect(page.locator("ul.messagelist .success")).to_be_visible()
    claim_page(page, claim)
    expect(page.locator("#verdict-panel")).to_contain_text("Customs statistics")
    page.get_by_role("button", name="Submit for review").click()
    expect(page.get_by_test_id("claim-status")).to_have_text("In review")
    expect(page.get_by_role("button", name="Publish verdict")).to_have_count(0)  # not theirs to take

    # 4. The editor finds it waiting for review and publishes it on the same screen.
    as_user(page, "editor")
    page.goto("/admin/")
    expect(page.locator("#desk-review")).to_contain_text("trade with Afghanistan tripled")
    page.locator("#desk-review a", has_text="trade with Afghanistan").click()
    expect(page.locator("#verdict-panel")).to_contain_text("Trade did grow")
    page.get_by_role("button", name="Approve verdict").click()
    expect(page.locator("ul.messagelist .success")).to_contain_text("Approved")
    page.get_by_role("button", name="Publish verdict").click()
    expect(page.get_by_test_id("claim-status")).to_have_text("Published")
    expect(page.get_by_test_id("public-page")).to_be_visible()
    shot(page, "claim-page")

    # 5. The history reads as sentences, with names.
    page.get_by_role("link", name="Read its history").click()
    story = page.locator("#story")
    expect(story).to_contain_text("reporter captured the claim")
    expect(story).to_contain_text("editor assigned it to factchecker.")
    expect(story).to_contain_text("factchecker submitted it for review.")
    expect(story).to_contain_text("editor approved the verdict")
    expect(story).to_contain_text("editor published the verdict.")
    assert "version" not in story.inner_text()
    assert "updated_at" not in story.inner_text()
    shot(page, "history")
    assert Notification.objects.filter(recipient__username="factchecker", kind="published").exists()
