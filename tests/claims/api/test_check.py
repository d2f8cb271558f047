"""GET /api/v1/check/?text= — "has this been checked?" answers only with published verdicts."""

from tests.partner_api import MARKER


def test_reworded_claim_finds_its_published_fact_check(client, world):
    response = client.get("/api/v1/check/", {"text": "Last year unemployment fell 42 percent"})
    assert response.status_code == 200
    body = response.json()
    assert body["matches"], body
    best = body["matches"][0]
    assert best["claim"]["id"] == world.claim.pk
    assert best["fact_check"]["id"] == world.fact_check.pk
    assert best["fact_check"]["rating"]["label"] == world.fact_check.rating.label
    assert 0 < best["score"] <= 1
    assert [m["score"] for m in body["matches"]] == sorted((m["score"] for m in body["matches"]), reverse=True)


def test_unpublished_look_alikes_never_answer(client, world):
    # Texts of claims that exist but have no standing published verdict: in review, retracted, internal, unpublished.
    for text in (
        "Taxes are lower than ever",
        "The bridge cost 3 billion",
        f"Internal claim {MARKER}",
        f"Unpublished claim {MARKER}",
    ):
        response = client.get("/api/v1/check/", {"text": text})
        assert response.status_code == 200
        ids = {m["claim"]["id"] for m in response.json()["matches"]}
        assert ids.isdisjoint(
            {world.review_claim.pk, world.retracted_claim.pk, world.internal_claim.pk, world.unpublished_claim.pk}
        ), text
        assert MARKER not in str(response.json()["matches"])  # the echoed query aside, nothing hidden leaks


def test_bad_input_is_a_400(client, world):
    for params in (
        {},
        {"text": "   "},
        {"text": "x", "limit": "0"},
        {"text": "x", "limit": "abc"},
        {"text": "x" * 1001},
        {"text": "a\x00b"},
        {"text": "x", "bogus": "1"},
    ):
        response = client.get("/api/v1/check/", params)
        assert response.status_code == 400, params
        assert response.json()["error"]["status"] == 400


def test_needs_a_key(world):
    from rest_framework.test import APIClient

    assert APIClient().get("/api/v1/check/", {"text": "unemployment"}).status_code in (401, 403)


def test_api_root_links_every_endpoint(client, world):
    body = client.get("/api/v1/").json()
    for name, url in body.items():
        response = client.get(url, {"since": "2020-01-01T00:00:00Z"} if name == "tombstones" else
                              {"text": "unemployment"} if name == "check" else {})  # fmt: skip
        assert response.status_code == 200, (name, url)
