"""The admin's Import article page: analyse, review, save."""

import re

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from claims.models import Appearance, Claim
from sources.models import Source, Speaker

URL = "/admin/claims/import-article/"
META = {
    "title": "Russia offers to help Taliban fight ISIS",
    "url": "",
    "outlet": "World Wire",
    "published": "2025-05-06",
}


@pytest.fixture
def editor_client(client, users):
    client.force_login(users["reporter"])  # reporters capture claims: they have claims.add_claim
    return client


def analyse(client, text):
    return client.post(URL, {"action": "analyse", "text": text, **META})


def review_form(response) -> dict:
    """The step-2 form as a browser would submit it: hidden fields, checked boxes, selected options."""
    html = response.content.decode()
    data = {}
    for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html):
        data[name] = value
    for name in re.findall(r'<input type="checkbox" name="([^"]+)"[^>]*checked', html):
        data[name] = "on"
    for name, value in re.findall(r'<input type="radio" name="([^"]+)" value="([^"]*)" checked', html):
        data[name] = value
    for name, body in re.findall(r'<textarea name="(text-[^"]+)"[^>]*>(.*?)</textarea>', html, re.S):
        data[name] = body
    data["text"] = response.context["proposal"].text  # the hidden article text (HTML-escaped in the page)
    return data


def crocus_key(response):
    return next(c.key for c in response.context["proposal"].claims if "Crocus City Hall in Moscow" in c.text)


def test_get_shows_the_form_with_admin_look(editor_client):
    response = editor_client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="breadcrumbs"' in html
    assert "Import article" in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert reverse("admin:claims_claim_changelist") in html


def test_changelist_links_to_the_import_page(editor_client):
    assert URL in editor_client.get(reverse("admin:claims_claim_changelist")).content.decode()


def test_proposals_then_accept_saves(editor_client, seed_text, users):
    response = analyse(editor_client, seed_text)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kabulov" in html
    assert "Kubalov" in html
    assert "Crocus City Hall" in html
    assert not Claim.objects.exists()
    assert not Source.objects.exists()

    data = review_form(response)
    key = crocus_key(response)
    assert data[f"accept-{key}"] == "on"  # above the default score
    data = {k: v for k, v in data.items() if not k.startswith("accept-")}
    data[f"accept-{key}"] = "on"
    data[f"text-{key}"] = "The Crocus City Hall attack in March 2024 killed 145 people."
    saved = editor_client.post(URL, data)
    assert saved.status_code == 200
    assert saved.context["step"] == 3
    claim = Claim.objects.get()
    assert claim.text == "The Crocus City Hall attack in March 2024 killed 145 people."
    assert claim.created_by == users["reporter"]
    assert Appearance.objects.get().quote.startswith("ISIS has also claimed responsibility")
    assert Speaker.objects.get().aliases.get().name == "Kubalov"  # the speaker list was accepted as proposed
    assert reverse("admin:claims_claim_change", args=[claim.pk]) in saved.content.decode()

    # Saving the same review again creates nothing.
    counts = (Claim.objects.count(), Appearance.objects.count(), Source.objects.count(), Speaker.objects.count())
    again = editor_client.post(URL, data)
    assert again.context["result"].created_anything is False
    assert counts == (
        Claim.objects.count(),
        Appearance.objects.count(),
        Source.objects.count(),
        Speaker.objects.count(),
    )


def test_rejected_claims_and_speakers_are_not_saved(editor_client, seed_text):
    response = analyse(editor_client, seed_text)
    data = {k: v for k, v in review_form(response).items() if not k.startswith(("accept-", "create-speaker-"))}
    saved = editor_client.post(URL, data)
    assert saved.status_code == 200
    assert not Claim.objects.exists()
    assert not Appearance.objects.exists()
    assert not Speaker.objects.exists()


def test_attach_to_an_existing_demo_claim(demo, client, seed_text):
    editor_client = client
    editor_client.force_login(User.objects.get(username="reporter"))  # the demo's reporter
    response = analyse(editor_client, seed_text)
    key = crocus_key(response)
    demo_crocus = Claim.objects.get(text__startswith="The March 2024 attack on Crocus")
    assert f'name="attach-{key}" value="{demo_crocus.pk}"' in response.content.decode()
    claims = Claim.objects.count()
    data = {k: v for k, v in review_form(response).items() if not k.startswith("accept-")}
    data.update({f"accept-{key}": "on", f"attach-{key}": str(demo_crocus.pk)})
    editor_client.post(URL, data)
    assert Claim.objects.count() == claims
    assert demo_crocus.appearances.filter(quote__startswith="ISIS has also claimed").exists()


def test_bad_input_shows_form_errors(editor_client):
    response = analyse(editor_client, "   ")
    assert response.status_code == 400
    assert "empty" in response.content.decode()
    response = editor_client.post(URL, {"action": "analyse", "text": "Some text.", "published": "yesterday"})
    assert response.status_code == 400
    assert "errorlist" in response.content.decode()


def test_accepted_claim_needs_text(editor_client, seed_text):
    response = analyse(editor_client, seed_text)
    key = crocus_key(response)
    data = review_form(response)
    data.update({f"accept-{key}": "on", f"text-{key}": "  ", f"attach-{key}": ""})
    response = editor_client.post(URL, data)
    assert response.status_code == 400
    assert "needs its text" in response.content.decode()
    assert not Claim.objects.exists()


def test_without_add_claim_permission_403(client, db):
    user = User.objects.create_user("viewer", password="pw", is_staff=True)
    client.force_login(user)
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"action": "analyse", "text": "Some text."}).status_code == 403


def test_anonymous_is_sent_to_login(client, db):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_csrf_is_enforced(users, seed_text):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(users["reporter"])
    assert client.post(URL, {"action": "analyse", "text": seed_text}).status_code == 403
