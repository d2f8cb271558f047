"""A claim's whole way to partners, in a real browser (Debian's Chromium driven by Playwright).

A reporter captures a claim from an article (Import article), an editor selects it, a
fact-checker researches it and drafts a verdict with evidence but cannot publish it, an
editor approves and publishes it, and a partner's key then reads it from the API over HTTP.
Screenshots of every step land in test-results/ (kept as CI artifacts).
"""

import json
import urllib.request

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect

from claims.models import Claim, ClaimStatus, FactCheckStatus
from factdb.accounts import do_create_api_key
from tests.claims.admin.conftest import SCREENSHOTS, log_in

pytestmark = pytest.mark.browser

ARTICLE = """Harbour traffic hits a record, says port chief

ROTTERDAM — The port authority's chief executive, Marit Vos, presented the annual figures on Tuesday.

"The harbour handled 15 million containers last year, more than ever before," Vos said.

She added that the new terminal would open in 2027.
"""
CLAIM_TEXT = "The harbour handled 15 million containers last year, more than ever before."


def shot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"flow-{name}.png", full_page=True)


def step(page, claim, label):
    page.goto(f"/admin/claims/claim/{claim.pk}/change/")
    page.get_by_role("button", name=label).click()
    expect(page.locator("ul.messagelist .success")).to_be_visible()


def test_a_claim_from_an_article_to_a_partner(page, newsroom):
    # 1. The reporter imports the article and keeps the proposed claim.
    log_in(page, "reporter")
    page.goto("/admin/claims/import-article/")
    page.fill("#id_text", ARTICLE)
    page.fill("#id_url", "https://harbour-news.example/record-year")
    page.click('input[value="Analyse article"]')
    expect(page.locator("#import-claims")).to_contain_text("15 million containers")
    shot(page, "1-import-proposals")
    page.click('input[value="Save accepted claims"]')
    expect(page.locator("#content-main")).to_contain_text("created")
    claim = Claim.objects.get(text__contains="15 million containers")
    assert (claim.status, claim.is_public) == (ClaimStatus.NEW, False)
    assert claim.appearances.get().speaker.name == "Marit Vos"

    # 2. An editor selects it for checking.
    page.context.clear_cookies()
    log_in(page, "editor")
    step(page, claim, "Select for checking")

    # 3. The fact-checker researches it and drafts a verdict with evidence; publishing is not theirs.
    page.context.clear_cookies()
    log_in(page, "factchecker")
    step(page, claim, "Start research")
    page.get_by_role("link", name="Add fact-check").click()
    page.select_option("#id_rating", label="Mostly true")
    page.fill("#id_headline", "Port volumes did reach a record, at 14.8 million containers")
    page.fill("#id_explanation", "The port authority's annual report gives 14.8 million TEU, up from 14.5 million.")
    page.fill("#id_evidence-0-url", "https://harbour-authority.example/annual-report")
    page.fill("#id_evidence-0-title", "Annual report")
    shot(page, "3-draft")
    page.click('input[name="_save"]')
    expect(page.locator("ul.messagelist .success")).to_be_visible()
    step(page, claim, "Submit for review")
    expect(page.get_by_role("button", name="Publish verdict")).to_have_count(0)
    shot(page, "3-submitted")
    fact_check = claim.fact_checks.get()
    assert fact_check.status == FactCheckStatus.IN_REVIEW
    assert fact_check.author.username == "factchecker"

    # 4. An editor approves it, then publishes it from the claim page.
    page.context.clear_cookies()
    log_in(page, "editor")
    page.goto("/admin/claims/factcheck/")
    page.check(f'input[name="_selected_action"][value="{fact_check.pk}"]')
    page.select_option('select[name="action"]', value="approve")
    page.click('button[name="index"]')
    expect(page.locator("ul.messagelist")).to_contain_text("Approved")
    step(page, claim, "Publish verdict")
    expect(page.get_by_test_id("claim-status")).to_have_text("Published")
    shot(page, "4-published")

    # 5. A partner's key reads the verdict from the API, over HTTP.
    _, key = do_create_api_key("Flow partner", actor=User.objects.get(username="admin"))
    request = urllib.request.Request(
        f"{page.url.split('/admin/')[0]}/api/v1/claims/{claim.pk}/", headers={"Authorization": f"Api-Key {key}"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        document = json.loads(response.read())
    assert document["text"] == claim.text
    assert CLAIM_TEXT.startswith(claim.text)
    assert document["current_fact_check"]["headline"].startswith("Port volumes did reach a record")
    assert document["current_fact_check"]["rating"]["label"] == "Mostly true"
    assert document["appearances"][0]["speaker"]["name"] == "Marit Vos"
