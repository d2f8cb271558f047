"""/fact-checks/<id>/: the public page ClaimReview's `url` points at, with the markup embedded."""

import json
import re

from claims import claimreview, workflow


def markup_of(response):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S)
    return json.loads(match.group(1))


def test_published_fact_check_page_embeds_its_claimreview(client, build, users):
    claim = build.published_claim("Wages rose 4 percent </script><b>in 2024</b>")
    fact_check = claim.current_fact_check
    workflow.correct_fact_check(
        fact_check, users["editor"], note="Updated with final data", rating=build.rating("true")
    )
    response = client.get(f"/fact-checks/{fact_check.pk}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert fact_check.headline in page and "Updated with final data" in page
    assert "</script><b>" not in page.split('type="application/ld+json">', 1)[1].split("</script>", 1)[0]
    markup = markup_of(response)
    assert markup["@type"] == "ClaimReview"
    assert markup["claimReviewed"] == claim.text
    assert markup["url"] == claimreview.fact_check_url(fact_check.pk)
    assert markup["url"].endswith(f"/fact-checks/{fact_check.pk}/")


def test_nothing_unpublished_has_a_page(client, build, users):
    in_review = build.in_review_claim().fact_checks.get()
    unpublished = build.published_claim()
    workflow.set_claim_visibility(unpublished, users["editor"], False)
    retracted = build.published_claim()
    withdrawn = retracted.current_fact_check
    workflow.transition_claim(retracted, "retract", users["editor"])
    for fact_check in (in_review, unpublished.current_fact_check, withdrawn):
        assert client.get(f"/fact-checks/{fact_check.pk}/").status_code == 404
    assert client.get("/fact-checks/999999/").status_code == 404
