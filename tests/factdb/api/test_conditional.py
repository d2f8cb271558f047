"""ETag / Last-Modified and 304 on conditional GET, for lists and details."""

import pytest
from django.utils.http import http_date

from sources import actions as sources


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/api/v1/claims/", "claim-detail", "/api/v1/speakers/", "/v1alpha1/pages"])
def test_etag_and_last_modified(client, world, path):
    url = f"/api/v1/claims/{world.claim.pk}/" if path == "claim-detail" else path
    first = client.get(url)
    assert first.status_code == 200
    etag, last_modified = first["ETag"], first["Last-Modified"]
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH='"other"').status_code == 200
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=http_date(0)).status_code == 200


@pytest.mark.django_db
def test_a_change_invalidates(client, world, users):
    url = f"/api/v1/claims/{world.claim.pk}/"
    first = client.get(url)
    sources.do_change_speaker(world.speaker, {"name": "Ada Renamed"}, actor=users["editor"])
    second = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert second.status_code == 200
    assert second["ETag"] != first["ETag"]


@pytest.mark.django_db(transaction=True)
def test_unchanged_list_revalidates_over_real_http(live_server, build, api_key):
    """Outside a test transaction now() moves on: the list's sync_token must not, or ETags never match."""
    import time
    import urllib.error
    import urllib.request

    build.published_claim("Exports rose 12 percent in 2024")
    url = f"{live_server.url}/api/v1/claims/"
    headers = {"Authorization": f"Api-Key {api_key}"}
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as response:
        etag = response.headers["ETag"]
    time.sleep(1.1)
    with pytest.raises(urllib.error.HTTPError) as revalidated:
        urllib.request.urlopen(urllib.request.Request(url, headers=headers | {"If-None-Match": etag}))
    assert revalidated.value.code == 304
