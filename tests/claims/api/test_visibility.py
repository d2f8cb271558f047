"""Nothing that is not public ever reaches a partner: lists, details, nested data, search, feeds."""

import pytest

from claims import actions
from claims.models import Claim, Correction, FactCheck
from sources.models import Outlet, Source, Speaker
from tests.partner_api import MARKER

LISTS = ["claims", "fact-checks", "speakers", "sources", "outlets", "ratings", "topics", "corrections", "claimreview"]


def get(client, url):
    response = client.get(url)
    assert response.status_code in (200, 404), (url, response.status_code, response.content[:500])
    body = response.content.decode()
    assert MARKER not in body, url
    for word in ("internal_notes", "reviewer", '"author_id"', "editor2", "factchecker"):
        assert word not in body, (url, word)
    return response


def ids(response):
    return {item["id"] for item in response.json()["results"]}


@pytest.mark.django_db
def test_lists_contain_exactly_the_public_objects(client, world):
    w = world
    assert ids(get(client, "/api/v1/claims/")) == set(Claim.objects.public().values_list("pk", flat=True))
    assert ids(get(client, "/api/v1/claims/")) == {w.claim.pk, w.claim2.pk, w.review_claim.pk, w.retracted_claim.pk}
    # A retracted verdict stays on the public record (marked retracted); drafts never appear.
    assert ids(get(client, "/api/v1/fact-checks/")) == {w.fact_check.pk, w.claim2.current_fact_check_id, w.retracted.pk}
    assert ids(get(client, "/api/v1/speakers/")) == {w.speaker.pk, w.org.pk}
    assert ids(get(client, "/api/v1/sources/")) == set(Source.objects.public().values_list("pk", flat=True))
    assert w.hidden_source.pk not in ids(get(client, "/api/v1/sources/"))
    assert w.hidden_outlet.pk not in ids(get(client, "/api/v1/outlets/"))
    assert ids(get(client, "/api/v1/outlets/")) == set(Outlet.objects.public().values_list("pk", flat=True))
    assert ids(get(client, "/api/v1/corrections/")) == {w.correction.pk, w.retraction.pk}


@pytest.mark.django_db
def test_every_endpoint_list_detail_and_search_is_clean(client, world):
    for name in LISTS:
        for item in get(client, f"/api/v1/{name}/?page_size=200").json()["results"]:
            if name != "claimreview":
                get(client, f"/api/v1/{name}/{item['id']}/")
    for fc in FactCheck.objects.public():
        get(client, f"/api/v1/fact-checks/{fc.pk}/claimreview/")
    # Searching for the marker, or words only non-public text contains, finds nothing.
    for query in (MARKER, "Draft verdict", "Internal claim", "Unpublished", "Hidden"):
        assert get(client, f"/api/v1/claims/?q={query}").json()["results"] == []
        assert get(client, f"/api/v1/fact-checks/?q={query}").json()["results"] == []
        assert get(client, f"/api/v1/speakers/?q={query}").json()["results"] == []
        assert get(client, f"/v1alpha1/claims:search?query={query}").json().get("claims", []) == []
    get(client, "/v1alpha1/pages?pageSize=200")
    for fc in FactCheck.objects.public():
        get(client, f"/v1alpha1/pages/{fc.pk}")
    get(client, "/api/v1/tombstones/?since=2000-01-01T00:00:00Z")


@pytest.mark.django_db
def test_non_public_ids_answer_404_everywhere(client, world):
    w = world
    hidden = {
        "claims": [w.internal_claim.pk, w.unpublished_claim.pk],
        "fact-checks": [w.draft.pk, w.unpublished_fc.pk],
        "speakers": [w.hidden_speaker.pk],
        "sources": [w.hidden_source.pk],
        "outlets": [w.hidden_outlet.pk],
    }
    for name, pks in hidden.items():
        for pk in pks:
            response = get(client, f"/api/v1/{name}/{pk}/")
            assert response.status_code == 404, (name, pk)
            assert response.json()["error"]["status"] == 404
    for pk in hidden["fact-checks"]:
        assert get(client, f"/api/v1/fact-checks/{pk}/claimreview/").status_code == 404
        assert get(client, f"/v1alpha1/pages/{pk}").status_code == 404
    # Filters on hidden objects find nothing (and do not reveal them).
    assert get(client, f"/api/v1/claims/?speaker={w.hidden_speaker.pk}").json()["results"] == []
    assert get(client, f"/api/v1/fact-checks/?claim={w.review_claim.pk}").json()["results"] == []


@pytest.mark.django_db
def test_retracted_verdict_stays_public_without_claimreview(client, world):
    w = world
    detail = get(client, f"/api/v1/fact-checks/{w.retracted.pk}/")
    assert detail.status_code == 200
    assert detail.json()["status"] == "retracted"
    assert [(c["id"], c["kind"]) for c in detail.json()["corrections"]] == [(w.retraction.pk, "retraction")]
    correction = get(client, f"/api/v1/corrections/{w.retraction.pk}/").json()
    assert (correction["kind"], correction["claim"], correction["fact_check"], correction["note"]) == (
        "retraction",
        w.retracted_claim.pk,
        w.retracted.pk,
        "The cost report we relied on was withdrawn.",
    )
    # Search engines must stop showing the verdict: no ClaimReview markup for it anywhere.
    assert get(client, f"/api/v1/fact-checks/{w.retracted.pk}/claimreview/").status_code == 404
    assert get(client, f"/v1alpha1/pages/{w.retracted.pk}").status_code == 404


@pytest.mark.django_db
def test_nested_verdicts_are_public_ones_only(client, world):
    w = world
    review = get(client, f"/api/v1/claims/{w.review_claim.pk}/").json()
    assert review["current_fact_check"] is None
    assert review["fact_checks"] == []
    retracted = get(client, f"/api/v1/claims/{w.retracted_claim.pk}/").json()
    assert retracted["current_fact_check"] is None
    assert [(fc["id"], fc["status"]) for fc in retracted["fact_checks"]] == [(w.retracted.pk, "retracted")]
    claim = get(client, f"/api/v1/claims/{w.claim.pk}/").json()
    assert claim["current_fact_check"]["id"] == w.fact_check.pk
    assert [fc["id"] for fc in claim["fact_checks"]] == [w.fact_check.pk]
    # The draft's rating ("false") must not be inferable from a rating filter.
    assert w.review_claim.pk not in ids(get(client, "/api/v1/claims/?category=false"))
    # Track record counts published verdicts only: Ada has one (mostly false after the correction).
    ada = get(client, f"/api/v1/speakers/{w.speaker.pk}/").json()
    assert ada["track_record"]["mostly_false"] == 1
    assert ada["track_record"]["total"] == 1


@pytest.mark.django_db
def test_correction_of_hidden_claim_is_hidden(client, world, users):
    """A claim with a verdict partners read is retracted, never hidden; one without can be made internal again."""
    w = world
    editor = users["editor"]
    assert Correction.objects.public().count() == 2
    actions.do_change_claim(
        w.review_claim, {"text": "Taxes are lower than ever before"}, actor=editor, correction_note="Full quote."
    )
    wording = Correction.objects.get(claim=w.review_claim)
    assert ids(get(client, "/api/v1/corrections/")) == {w.correction.pk, w.retraction.pk, wording.pk}

    actions.do_set_claim_visibility(w.review_claim, False, actor=editor)
    assert get(client, f"/api/v1/corrections/{wording.pk}/").status_code == 404
    assert ids(get(client, "/api/v1/corrections/")) == {w.correction.pk, w.retraction.pk}
    assert Speaker.objects.public().filter(pk=w.speaker.pk).exists()  # still has other public claims


def test_topics_of_internal_claims_stay_internal(client, world, users):
    secret = actions.do_create_topic(f"Investigation {MARKER}", slug="secret-investigation", actor=users["editor"])
    actions.do_set_topics(world.internal_claim, [secret], actor=users["reporter"])
    listed = client.get("/api/v1/topics/").json()["results"]
    assert secret.pk not in {t["id"] for t in listed}
    assert world.topic.pk in {t["id"] for t in listed}
    assert client.get(f"/api/v1/topics/{secret.pk}/").status_code == 404
    assert MARKER not in client.get("/api/v1/topics/").content.decode()
