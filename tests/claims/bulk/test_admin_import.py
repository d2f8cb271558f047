"""The admin's Import data page: upload, dry-run preview with the report, import; permission checks."""

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from claims.models import Claim, ExternalReview
from sources.models import Speaker
from tests.claims.bulk.conftest import fixture_bytes, table_counts

URL = "/admin/claims/import-data/"
pytestmark = pytest.mark.django_db


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def upload(client, name, content, **fields):
    return client.post(URL, {"file": SimpleUploadedFile(name, content), "kind": "claims", **fields})


def test_page_renders_for_editors(users):
    response = client_for(users["editor"]).get(URL)
    assert response.status_code == 200
    content = response.content.decode()
    assert "Import data" in content
    assert 'class="breadcrumbs"' in content
    assert 'name="file"' in content


def test_preview_then_import(users):
    client = client_for(users["editor"])
    before = table_counts()
    response = upload(client, "claims.csv", fixture_bytes("claims.csv"))
    assert response.status_code == 200
    assert table_counts() == before  # the preview is a dry run
    assert "Dry run, nothing written: would create 4 appearances, 3 claims" in response.content.decode()
    token = response.context["token"]
    response = client.post(URL, {"_import": "1", "token": token}, follow=True)
    assert response.status_code == 200
    assert "Imported: created 4 appearances, 3 claims" in response.content.decode()
    assert Claim.objects.count() == 3
    assert set(Claim.objects.values_list("created_by__username", flat=True)) == {"editor"}
    # The token is used up: posting it again imports nothing and says so.
    response = client.post(URL, {"_import": "1", "token": token}, follow=True)
    assert "expired" in response.content.decode()


def test_preview_shows_per_row_report_and_offers_no_import(users):
    client = client_for(users["editor"])
    bad = b"claim_text,source_url,published_on\nFine,https://ok.example/a,2024-01-01\nBad,not a url,2024-02-30\n"
    response = upload(client, "claims.csv", bad)
    content = response.content.decode()
    assert "Rejected: 2 error(s); nothing was written." in content
    assert "<td>3</td><td>source_url</td>" in content
    assert "<td>3</td><td>published_on</td>" in content
    assert "not a url" in content
    assert "token" not in response.context
    assert 'name="_import"' not in content


def test_claimreview_upload_by_extension(users):
    client = client_for(users["editor"])
    response = upload(client, "reviews.jsonld", fixture_bytes("claimreview_graph.jsonld"), kind="speakers")
    assert "would create" in response.content.decode()
    client.post(URL, {"_import": "1", "token": response.context["token"]})
    assert ExternalReview.objects.count() == 2


def test_bad_file_is_reported_not_crashing(users):
    response = upload(client_for(users["editor"]), "claims.csv", b"\xff\xfe\x00\x00garbage")
    assert response.status_code == 200
    assert "refused" in response.content.decode()


def test_unknown_extension_needs_a_format(users):
    response = upload(client_for(users["editor"]), "claims.txt", b"claim_text\nx\n")
    assert "Choose the format" in response.content.decode()
    response = upload(client_for(users["editor"]), "claims.txt", b"claim_text\nx\n", format="csv")
    assert "would create 1 claims" in response.content.decode()


def test_permissions(users):
    visitor = User.objects.create_user("visitor", password="pw", is_staff=True)
    assert client_for(visitor).get(URL).status_code == 403
    assert upload(client_for(visitor), "claims.csv", fixture_bytes("claims.csv")).status_code == 403
    assert Client().get(URL).status_code == 302  # not logged in: to the admin login
    # Reporters capture speakers: their preview works (and, being a dry run, writes nothing).
    response = upload(client_for(users["reporter"]), "speakers.csv", fixture_bytes("speakers.csv"), kind="speakers")
    assert response.status_code == 200
    assert "would create 4 speaker aliases, 3 speakers;" in response.content.decode()
    assert Speaker.objects.count() == 0
