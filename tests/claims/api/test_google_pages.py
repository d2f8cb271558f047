"""Google's `pages` create, update and delete, driven by Google's own generated client against a real server."""

import json

import pytest
from googleapiclient.discovery import build as google_build
from googleapiclient.errors import HttpError

from claims.models import PartnerPage
from factdb.accounts import do_create_api_key
from factdb.models import PartnerScope

PAGE = {
    "pageUrl": "https://partner.example/checks/unemployment",
    "publishDate": "2026-11-30",
    "claimReviewAuthor": {"name": "Partner Checks", "imageUrl": "https://partner.example/logo.png"},
    "claimReviewMarkups": [
        {
            "claimReviewed": "Unemployment fell by 42 percent last year",
            "claimDate": "2026-11-01",
            "claimAppearances": ["https://news.example/speech"],
            "claimAuthor": {"name": "Ada Public", "jobTitle": "Minister of Finance"},
            "rating": {"textualRating": "Mostly false", "ratingValue": 2, "worstRating": 1, "bestRating": 5},
        }
    ],
}


def key_for(users, organization, scopes):
    return do_create_api_key(organization[:50], actor=users["admin"], organization=organization, scopes=scopes)[1]


def service_for(live_server, key):
    return google_build(
        "factchecktools",
        "v1alpha1",
        developerKey=key,
        static_discovery=True,
        client_options={"api_endpoint": live_server.url},
    )


def status_of(error: HttpError) -> tuple[int, str]:
    return error.resp.status, json.loads(error.content)["error"]["status"]


@pytest.mark.django_db(transaction=True)
def test_googles_client_creates_updates_and_deletes_a_page(live_server, users):
    writer = service_for(live_server, key_for(users, "Partner Checks", [PartnerScope.READ, PartnerScope.PAGES]))
    pages = writer.pages()

    created = pages.create(body=PAGE).execute()
    assert created["name"].startswith("pages/partner-")
    assert created["versionId"] == "1"
    assert created["claimReviewMarkups"] == PAGE["claimReviewMarkups"]
    assert pages.get(name=created["name"]).execute() == created
    listed = pages.list(organization="Partner Checks").execute()["claimReviewMarkupPages"]
    assert [page["name"] for page in listed] == [created["name"]]

    changed = {**PAGE, "versionId": created["versionId"]}
    changed["claimReviewMarkups"] = [{**PAGE["claimReviewMarkups"][0], "rating": {"textualRating": "False"}}]
    updated = pages.update(name=created["name"], body=changed).execute()
    assert updated["versionId"] == "2"
    assert updated["claimReviewMarkups"][0]["rating"] == {"textualRating": "False"}

    # Stale: it names version 1, which someone (this client) already replaced. Nothing is written.
    stale = {**PAGE, "versionId": "1", "pageUrl": "https://partner.example/overwritten"}
    with pytest.raises(HttpError) as refused:
        pages.update(name=created["name"], body=stale).execute()
    assert status_of(refused.value) == (412, "FAILED_PRECONDITION")
    page = PartnerPage.objects.get()
    assert page.version == 2
    assert page.page_url == PAGE["pageUrl"]

    # Not naming a version at all: 428, nothing written.
    with pytest.raises(HttpError) as unnamed:
        pages.update(name=created["name"], body=PAGE).execute()
    assert status_of(unnamed.value) == (428, "FAILED_PRECONDITION")

    assert pages.delete(name=created["name"]).execute() == {}
    assert not PartnerPage.objects.exists()
    with pytest.raises(HttpError) as gone:
        pages.get(name=created["name"]).execute()
    assert gone.value.resp.status == 404


@pytest.mark.django_db(transaction=True)
def test_pages_belong_to_the_keys_organisation_and_need_the_pages_scope(live_server, users):
    owner = service_for(live_server, key_for(users, "Partner Checks", [PartnerScope.READ, PartnerScope.PAGES]))
    other = service_for(live_server, key_for(users, "Other Newsroom", [PartnerScope.READ, PartnerScope.PAGES]))
    reader = service_for(live_server, key_for(users, "Reader Only", [PartnerScope.READ]))
    name = owner.pages().create(body=PAGE).execute()["name"]

    with pytest.raises(HttpError) as no_scope:
        reader.pages().create(body=PAGE).execute()
    assert status_of(no_scope.value) == (403, "PERMISSION_DENIED")
    # Another organisation neither sees nor changes it (not found: its existence is not theirs to know).
    for call in (
        other.pages().get(name=name),
        other.pages().update(name=name, body={**PAGE, "versionId": "1"}),
        other.pages().delete(name=name),
    ):
        with pytest.raises(HttpError) as hidden:
            call.execute()
        assert hidden.value.resp.status == 404
    assert other.pages().list(organization="Partner Checks").execute().get("claimReviewMarkupPages") == []
    assert PartnerPage.objects.get().version == 1


@pytest.mark.django_db
def test_bad_bodies_are_400_methods_not_taken_are_405_and_if_match_works(client, users):
    from rest_framework.test import APIClient

    key = key_for(users, "Partner Checks", [PartnerScope.READ, PartnerScope.PAGES])
    partner = APIClient()
    partner.credentials(HTTP_AUTHORIZATION=f"Api-Key {key}")
    for body in (
        {},
        {**PAGE, "claimReviewMarkups": []},
        {**PAGE, "pageUrl": "not a url"},
        {**PAGE, "surprise": 1},
        {**PAGE, "claimReviewMarkups": [{"claimReviewed": "x\x00y", "rating": {"textualRating": "False"}}]},
        {**PAGE, "publishDate": "30/11/2026"},
        [PAGE],
    ):
        response = partner.post("/v1alpha1/pages", body, format="json")
        assert response.status_code == 400, body
        assert response.json()["error"]["status"] == "INVALID_ARGUMENT"
    response = partner.post("/v1alpha1/pages", b"{not json", content_type="application/json")
    assert response.status_code == 400
    assert not PartnerPage.objects.exists()

    name = partner.post("/v1alpha1/pages", PAGE, format="json").json()["name"]
    read = partner.get(f"/v1alpha1/{name}")
    assert read["ETag"] == '"1"'
    assert partner.put(f"/v1alpha1/{name}", PAGE, format="json", HTTP_IF_MATCH='"1"').json()["versionId"] == "2"
    stale = partner.put(f"/v1alpha1/{name}", PAGE, format="json", HTTP_IF_MATCH=read["ETag"])
    assert stale.status_code == 412
    assert partner.delete(f"/v1alpha1/{name}", HTTP_IF_MATCH='"1"').status_code == 412
    assert PartnerPage.objects.get().version == 2

    # Methods a resource does not take: 405 with Allow, nothing written.
    assert partner.patch(f"/v1alpha1/{name}", PAGE, format="json").status_code == 405
    assert partner.post(f"/v1alpha1/{name}", PAGE, format="json").status_code == 405
    assert partner.delete("/v1alpha1/pages").status_code == 405
    newsroom_page = partner.put("/v1alpha1/pages/1", PAGE, format="json")
    assert newsroom_page.status_code == 405
    assert "PUT" not in newsroom_page["Allow"]
    assert PartnerPage.objects.get().version == 2
