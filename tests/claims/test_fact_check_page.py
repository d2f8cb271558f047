"""/fact-checks/<id>/: the public page ClaimReview's `url` points at, with the markup embedded."""

import json
import re

from claims import actions, claimreview
from claims.models import FactCheckStatus


def markup_of(response):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S)
    return json.loads(match.group(1))


def test_published_fact_check_page_embeds_its_claimreview(client, build, users):
    claim = build.published_claim("Wages rose 4 percent </script><b>in 2024</b>")
    fact_check = claim.current_fact_check
    actions.do_revise_fact_check(
        fact_check,
        actor=users["editor"],
        changes={"rating": build.rating("true")},
        correction_note="Updated with final data",
    )
    response = client.get(f"/fact-checks/{fact_check.pk}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert fact_check.headline in page
    assert "Updated with final data" in page
    assert "</script><b>" not in page.split('type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    markup = markup_of(response)
    assert markup["@type"] == "ClaimReview"
    assert markup["claimReviewed"] == claim.text
    assert markup["url"] == claimreview.fact_check_url(fact_check.pk)
    assert markup["url"].endswith(f"/fact-checks/{fact_check.pk}/")


def test_nothing_unpublished_has_a_page(client, build, users):
    in_review = build.in_review_claim().fact_checks.get()
    # Made public before any verdict, then internal again (with a draft verdict being written meanwhile).
    unpublished = build.in_review_claim(is_public=True)
    actions.do_set_claim_visibility(unpublished, False, actor=users["editor"])
    for fact_check in (in_review, unpublished.fact_checks.get()):
        assert client.get(f"/fact-checks/{fact_check.pk}/").status_code == 404
    assert client.get("/fact-checks/999999/").status_code == 404


def test_a_retracted_verdict_keeps_its_page_with_the_notice_and_without_markup(client, build, users):
    retracted = build.retracted_claim("Bridges cost 3 billion", reason="The cost report was withdrawn.")
    fact_check = retracted.fact_checks.get()
    assert fact_check.status == FactCheckStatus.RETRACTED
    response = client.get(f"/fact-checks/{fact_check.pk}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert fact_check.headline in page
    assert "This fact-check was retracted" in page
    assert "The cost report was withdrawn." in page
    assert 'type="application/ld+json"' not in page  # search engines must stop showing the verdict
