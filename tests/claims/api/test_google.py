"""Google Fact Check Tools v1alpha1 compatibility, driven by Google's own generated client."""

import pytest
from googleapiclient.discovery import build as google_build
from googleapiclient.errors import HttpError

from claims.models import FactCheck


@pytest.fixture
def service(live_server, api_key):
    return google_build(
        "factchecktools",
        "v1alpha1",
        developerKey=api_key,
        static_discovery=True,
        client_options={"api_endpoint": live_server.url},
    )


@pytest.mark.django_db(transaction=True)
def test_claims_search_shape_and_paging(service, world, build, settings):
    w = world
    response = service.claims().search(query="unemployment").execute()
    assert response == {
        "claims": [
            {
                "text": w.claim.text,
                "claimant": "Ada Public",
                "claimReview": [
                    {
                        "publisher": {"name": settings.FACTDB_ORGANIZATION_NAME, "site": "127.0.0.1"},
                        "url": f"{settings.FACTDB_ORGANIZATION_URL.rstrip('/')}/fact-checks/{w.fact_check.pk}/",
                        "title": FactCheck.objects.get(pk=w.fact_check.pk).headline,
                        "reviewDate": response["claims"][0]["claimReview"][0]["reviewDate"],
                        "textualRating": "Mostly false",
                        "languageCode": "en",
                    }
                ],
            }
        ]
    }
    assert response["claims"][0]["claimReview"][0]["reviewDate"].endswith("Z")

    made = {build.published_claim(f"Harbour statistic {i}").pk for i in range(5)}
    seen, token, pages = [], None, 0
    while True:
        page = service.claims().search(query="harbour", pageSize=2, pageToken=token).execute()
        seen += [c["text"] for c in page["claims"]]
        pages += 1
        token = page.get("nextPageToken")
        if not token:
            break
    assert pages == 3
    assert len(seen) == len(set(seen)) == len(made)
    # The generated client's own pager.
    request, walked = service.claims().search(query="harbour", pageSize=2), 0
    while request is not None:
        walked += len(request.execute()["claims"])
        request = service.claims().search_next(request, request.execute())
    assert walked == 5
    # Other parameters.
    assert service.claims().search(query="harbour", languageCode="en", maxAgeDays=1, offset=4).execute()["claims"]
    assert service.claims().search(query="harbour", languageCode="fr").execute() == {"claims": []}
    assert service.claims().search(reviewPublisherSiteFilter="127.0.0.1", pageSize=50).execute()["claims"]
    assert service.claims().search(reviewPublisherSiteFilter="other.example").execute() == {"claims": []}


@pytest.mark.django_db(transaction=True)
def test_pages_list_and_get(service, world, settings):
    w = world
    pages = service.pages().list(pageSize=50).execute()["claimReviewMarkupPages"]
    # ClaimReview markup pages: standing verdicts only (a retracted one keeps its page, without markup).
    assert {p["name"] for p in pages} == {f"pages/{fc.pk}" for fc in FactCheck.objects.published()}
    page = service.pages().get(name=f"pages/{w.fact_check.pk}").execute()
    assert page["name"] == f"pages/{w.fact_check.pk}"
    assert page["pageUrl"].endswith(f"/fact-checks/{w.fact_check.pk}/")
    assert page["claimReviewAuthor"] == {"name": settings.FACTDB_ORGANIZATION_NAME}
    markup = page["claimReviewMarkups"][0]
    assert markup["claimReviewed"] == w.claim.text
    assert markup["claimAuthor"] == {
        "name": "Ada Public",
        "jobTitle": "Minister of Finance",
        "sameAs": "https://en.wikipedia.org/wiki/Ada",
    }
    assert markup["rating"] == {"textualRating": "Mostly false", "ratingValue": 2, "bestRating": 5, "worstRating": 1}
    assert markup["claimAppearances"] == [w.source.url]
    by_url = service.pages().list(url=page["pageUrl"]).execute()["claimReviewMarkupPages"]
    assert [p["name"] for p in by_url] == [page["name"]]
    with pytest.raises(HttpError) as error:
        service.pages().get(name=f"pages/{w.draft.pk}").execute()
    assert error.value.resp.status == 404


@pytest.mark.django_db(transaction=True)
def test_standard_parameters_fields_and_errors(service, world, live_server, api_key):
    import json
    import urllib.request

    # fields= partial response, as the client sends it.
    partial = service.claims().search(query="unemployment", fields="claims(text,claimReview/textualRating)").execute()
    assert partial == {"claims": [{"text": world.claim.text, "claimReview": [{"textualRating": "Mostly false"}]}]}
    # Every Google system parameter is accepted.
    url = (
        f"{live_server.url}/v1alpha1/claims:search?query=unemployment&key={api_key}&alt=json&prettyPrint=false"
        "&quotaUser=x&%24.xgafv=2&access_token=&callback=&oauth_token=&upload_protocol=raw&uploadType=media"
    )
    with urllib.request.urlopen(url) as response:
        body = response.read()
    assert b"\n" not in body
    assert json.loads(body)["claims"]
    # Errors come back in Google's shape, which the client turns into HttpError.
    for call, status in [
        (lambda: service.claims().search(query="x", pageToken="garbage").execute(), 400),
        (lambda: service.claims().search().execute(), 400),
        (lambda: service.claims().search(query="x", pageSize=-1).execute(), 400),
        (lambda: service.pages().get(name="pages/999999").execute(), 404),
    ]:
        with pytest.raises(HttpError) as error:
            call()
        assert error.value.resp.status == status
        assert json.loads(error.value.content)["error"]["code"] == status
    unknown = f"{live_server.url}/v1alpha1/claims:search?query=x&key={api_key}&bogus=1"
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(unknown)
    assert error.value.code == 400


@pytest.mark.django_db(transaction=True)
def test_google_endpoints_need_a_key(live_server, world):
    service = google_build(
        "factchecktools",
        "v1alpha1",
        developerKey="wrong.key",
        static_discovery=True,
        client_options={"api_endpoint": live_server.url},
    )
    with pytest.raises(HttpError) as error:
        service.claims().search(query="x").execute()
    assert error.value.resp.status == 401
