"""Every write path an audit got around, replayed the way a browser would, and refused.

Each attack GETs the admin's own form, POSTs it back with one thing changed (or posts
what a crafted form would), then checks three things: the answer says why (a message,
a form error, or 403/400, never a 500), the database holds what it held, and what
partners read from the API is byte for byte what it was.
"""

import io
import json

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from claims import actions
from claims.bulk.importer import import_data
from claims.models import (
    Appearance,
    Claim,
    ClaimEvent,
    ClaimStatus,
    ClaimTransition,
    Correction,
    CorrectionKind,
    Evidence,
    FactCheck,
    FactCheckStatus,
    Rating,
)
from factdb import accounts
from sources.actions import do_create_source, do_create_speaker
from sources.models import Speaker
from tests.claims.admin.conftest import change_form_data, client_for, messages_of


@pytest.fixture
def partner(demo):
    _, secret = accounts.do_create_api_key("Attack observer", actor=demo["Admin"])
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {secret}")
    return client


def public_record(partner, *paths) -> dict:
    """What partners read, as raw bytes per path (sync tokens stripped: they move with time, not with content)."""
    record = {}
    for path in paths or ("/api/v1/claims/", "/api/v1/fact-checks/", "/api/v1/speakers/", "/api/v1/sources/"):
        response = partner.get(path)
        body = response.json() if response.status_code == 200 else {}
        if isinstance(body, dict):
            body.pop("sync_token", None)
        record[path] = (response.status_code, json.dumps(body, sort_keys=True))
    return record


def snapshot(*objects) -> list:
    """Every field of these rows as the database holds them now."""
    return [(type(o).__name__, o.pk, sorted(type(o).objects.filter(pk=o.pk).values()[0].items())) for o in objects]


def url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def in_review_by_factchecker() -> Claim:
    claim = Claim.objects.filter(status=ClaimStatus.IN_REVIEW).order_by("pk").first()
    assert claim.fact_checks.get(status=FactCheckStatus.IN_REVIEW).author.username == "factchecker"
    return claim


def a_published_claim() -> Claim:
    return Claim.objects.filter(status=ClaimStatus.PUBLISHED).order_by("pk").first()


def second_editor():
    user = User.objects.create_user("editor2", password="pw", is_staff=True)
    user.groups.add(*User.objects.get(username="editor").groups.all())
    return user


# --- 1. Four eyes ----------------------------------------------------------------------------------


def test_an_editor_cannot_publish_a_verdict_they_rewrote(demo, partner):
    """Attack 1: a second editor rewrites the fact-checker's verdict in review, then publishes it."""
    claim = in_review_by_factchecker()
    fact_check = claim.fact_checks.get(status=FactCheckStatus.IN_REVIEW)
    other_rating = Rating.objects.exclude(pk=fact_check.rating_id).filter(scale=fact_check.rating.scale).first()
    rewriter = client_for(demo["Editor"])
    change = url(FactCheck, "change", fact_check.pk)
    data = change_form_data(rewriter.get(change))
    data |= {"headline": "Only the editor wrote this", "explanation": "Nobody else read it.", "rating": other_rating.pk}
    assert rewriter.post(change, data).status_code == 302  # rewriting in review is allowed: it is a new revision
    fact_check.refresh_from_db()
    assert (fact_check.revised_by, fact_check.revision, fact_check.reviewer) == (demo["Editor"], 2, None)
    before = public_record(partner)

    response = rewriter.post(reverse("admin:claims_claim_step", args=[claim.pk, "publish"]), follow=True)
    assert any("Four eyes: you wrote the latest revision" in m for m in messages_of(response))
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.IN_REVIEW
    approve = client_for(demo["Editor"]).post(
        url(FactCheck, "changelist"), {"action": "approve", "_selected_action": [fact_check.pk]}, follow=True
    )
    assert any("latest revision" in m for m in messages_of(approve))
    assert FactCheck.objects.get(pk=fact_check.pk).reviewer is None
    assert public_record(partner) == before

    # A second person reads it and publishes: the record names both.
    reader = client_for(second_editor())
    reader.post(reverse("admin:claims_claim_step", args=[claim.pk, "publish"]))
    fact_check.refresh_from_db()
    assert fact_check.status == FactCheckStatus.PUBLISHED
    assert fact_check.reviewer.username == "editor2"
    assert list(fact_check.revisions.values_list("number", "written_by__username")) == [
        (2, "editor"),
        (1, "factchecker"),
    ]


# --- 2. Evidence of a published verdict ------------------------------------------------------------


def test_evidence_cannot_be_added_or_moved_onto_a_published_verdict(demo, partner):
    """Attack 2: /admin/claims/evidence/add/ with a published fact_check, or a draft's evidence moved onto one."""
    published = a_published_claim().current_fact_check
    draft_evidence = Evidence.objects.filter(fact_check__status=FactCheckStatus.IN_REVIEW).first()
    before, rows = public_record(partner), snapshot(published, draft_evidence)
    checker = client_for(demo["Fact-checker"])
    form = {"fact_check": published.pk, "url": "https://evil.example/", "title": "Planted"}
    assert checker.post(url(Evidence, "add"), form).status_code == 403
    moved = {"fact_check": published.pk, "url": draft_evidence.url, "title": draft_evidence.title}
    assert checker.post(url(Evidence, "change", draft_evidence.pk), moved).status_code == 403
    assert client_for(demo["Editor"]).post(url(Evidence, "add"), form).status_code == 403  # editors too: no side door

    # The fact-check page itself: the inline is read-only for fact-checkers; a forged row changes nothing.
    page = checker.get(url(FactCheck, "change", published.pk))
    assert page.status_code == 200
    assert 'name="evidence-0-url"' not in page.text
    data = change_form_data(page)
    count = int(data["evidence-TOTAL_FORMS"])
    forged = data | {
        "evidence-TOTAL_FORMS": str(count + 1),
        f"evidence-{count}-url": "https://evil.example/",
        f"evidence-{count}-title": "Planted",
        "evidence-0-url": "https://evil.example/moved",
    }
    assert checker.post(url(FactCheck, "change", published.pk), forged).status_code in (200, 302)
    assert snapshot(published, draft_evidence) == rows
    assert published.evidence.count() == Evidence.objects.filter(fact_check=published).count()
    assert public_record(partner) == before


def test_an_editors_evidence_change_on_a_published_verdict_is_a_public_correction(demo, partner):
    published = a_published_claim().current_fact_check
    editor = client_for(demo["Editor"])
    change = url(FactCheck, "change", published.pk)
    data = change_form_data(editor.get(change)) | {"evidence-0-title": "Renamed evidence"}
    before = public_record(partner)
    refused = editor.post(change, data)
    assert refused.status_code == 200
    assert "needs a public correction note" in " ".join(refused.context["adminform"].form.errors["correction_note"])
    assert "Renamed evidence" not in Evidence.objects.filter(fact_check=published).values_list("title", flat=True)
    assert public_record(partner) == before

    saved = editor.post(change, data | {"correction_note": "We named the evidence wrongly."})
    assert saved.status_code == 302
    correction = Correction.objects.get(fact_check=published, kind=CorrectionKind.EVIDENCE)
    assert correction.note == "We named the evidence wrongly."
    assert public_record(partner) != before  # and partners see it, with the correction


# --- 3. Published content and a reporter -----------------------------------------------------------


def test_a_reporter_cannot_change_a_published_quote_or_speaker(demo, partner):
    """Attack 3a: the claim page's appearance rows, and the appearance's own page."""
    claim = a_published_claim()
    appearance = claim.appearances.get()
    other_speaker = Speaker.objects.exclude(pk=appearance.speaker_id).first()
    before, rows = public_record(partner), snapshot(appearance, claim)
    reporter = client_for(demo["Reporter"])

    page = reporter.get(url(Claim, "change", claim.pk))
    assert 'name="appearances-2-0-quote"' not in page.text  # the published appearance is shown read-only
    data = change_form_data(page)
    forged = data | {"appearances-2-0-quote": "Words he never said", "appearances-2-0-speaker": other_speaker.pk}
    assert reporter.post(url(Claim, "change", claim.pk), forged).status_code in (200, 302)
    own = change_form_data(reporter.get(url(Appearance, "change", appearance.pk)))
    response = reporter.post(url(Appearance, "change", appearance.pk), own | {"quote": "Words he never said"})
    assert response.status_code == 403
    assert snapshot(appearance, claim) == rows
    assert public_record(partner) == before


def test_a_reporters_new_appearance_of_a_public_claim_waits_for_an_editor(demo, partner):
    """Attack 3b: adding an appearance to a public claim made a private speaker, source and outlet public."""
    claim = a_published_claim()
    reporter = demo["Reporter"]
    secret_speaker = do_create_speaker("Private Person", actor=reporter)
    secret_source = do_create_source(actor=reporter, url="https://private.example/notes", title="Private notes")
    before = public_record(partner)
    client = client_for(reporter)
    page = client.get(url(Claim, "change", claim.pk))
    data = change_form_data(page)
    prefix = "appearances"  # the inline of appearances partners do not see yet (the published ones follow)
    assert prefix in {i.formset.prefix for i in page.context["inline_admin_formsets"]}
    count = int(data[f"{prefix}-TOTAL_FORMS"])
    data |= {
        f"{prefix}-TOTAL_FORMS": str(count + 1),
        f"{prefix}-{count}-speaker": secret_speaker.pk,
        f"{prefix}-{count}-source": secret_source.pk,
        f"{prefix}-{count}-quote": "A quote the desk has not checked",
        f"{prefix}-{count}-kind": "direct",
    }
    assert client.post(url(Claim, "change", claim.pk), data).status_code == 302
    added = Appearance.objects.get(quote="A quote the desk has not checked")
    assert not added.is_public
    assert added.created_by == reporter
    assert public_record(partner) == before
    for path in (f"/api/v1/speakers/{secret_speaker.pk}/", f"/api/v1/sources/{secret_source.pk}/"):
        assert partner.get(path).status_code == 404

    # An editor publishes it: now partners see it, with its speaker and source.
    published = client_for(demo["Editor"]).post(
        reverse("admin:claims_claim_step", args=[claim.pk, f"publish_appearance_{added.pk}"]), follow=True
    )
    assert published.status_code == 200
    assert partner.get(f"/api/v1/speakers/{secret_speaker.pk}/").status_code == 200


def test_a_reporter_cannot_reword_a_public_claim(demo, partner):
    """Attack 3c: the text of a public claim (and of one whose verdict was approved) posted back changed."""
    claim = a_published_claim()
    before, rows = public_record(partner), snapshot(claim)
    client = client_for(demo["Reporter"])
    data = change_form_data(client.get(url(Claim, "change", claim.pk)))
    assert "text" not in data  # read-only for the role
    client.post(url(Claim, "change", claim.pk), data | {"text": "A claim nobody checked"})
    assert snapshot(claim) == rows
    assert public_record(partner) == before


def test_rewording_a_claim_voids_the_approval_of_its_verdict(demo):
    claim = in_review_by_factchecker()
    fact_check = actions.do_approve_fact_check(claim.fact_checks.get(), actor=demo["Editor"])
    assert fact_check.reviewer == demo["Editor"]
    client = client_for(demo["Reporter"])
    data = change_form_data(client.get(url(Claim, "change", claim.pk)))
    assert client.post(url(Claim, "change", claim.pk), data | {"text": claim.text + " (reworded)"}).status_code == 302
    assert FactCheck.objects.get(pk=fact_check.pk).reviewer is None  # the approval was for the old wording


def test_created_by_cannot_be_forged(demo):
    """Attack 3e: Appearance.created_by posted as another user."""
    claim = Claim.objects.filter(is_public=False).first()
    reporter = demo["Reporter"]
    source = do_create_source(actor=reporter, url="https://forged.example/", title="Forged")
    client = client_for(reporter)
    form = {
        "claim": claim.pk,
        "source": source.pk,
        "quote": "Said somewhere",
        "kind": "direct",
        "created_by": demo["Editor"].pk,
    }
    assert client.post(url(Appearance, "add"), form).status_code == 302
    assert Appearance.objects.get(quote="Said somewhere").created_by == reporter


def test_imports_attach_to_public_claims_only_as_pending(demo, partner, tmp_path):
    """Attack 3d: Import data (and article import's attach) onto a public claim."""
    claim = a_published_claim()
    before = public_record(partner)
    csv = (
        "claim_text,quote,speaker,source_url,source_title\n"
        f'"{claim.text}","An imported quote","Imported Person","https://imported.example/a","Imported"\n'
    )
    report = import_data(csv.encode(), fmt="csv", kind="claims", user=demo["Reporter"])
    assert report.ok, report.errors
    added = Appearance.objects.get(quote="An imported quote")
    assert added.claim == claim
    assert not added.is_public
    assert public_record(partner) == before


# --- 4. Privilege escalation -----------------------------------------------------------------------


def test_an_admin_role_user_cannot_make_themselves_superuser(demo):
    """Attack 4: an Admin-group user ticks is_superuser on their own account, resets a superuser's password."""
    member = demo["Admin"]
    client = client_for(member)
    change = url(User, "change", member.pk)
    data = change_form_data(client.get(change))
    client.post(change, data | {"is_superuser": "on", "is_staff": "on", "user_permissions": ["1", "2"]})
    member.refresh_from_db()
    assert not member.is_superuser
    assert not member.user_permissions.exists()

    superuser = demo["superuser"]
    password_hash = superuser.password
    password_url = reverse("admin:auth_user_password_change", args=[superuser.pk])
    assert client.get(password_url).status_code == 403
    response = client.post(password_url, {"password1": "taken over 123!", "password2": "taken over 123!"})
    assert response.status_code == 403
    superuser.refresh_from_db()
    assert superuser.password == password_hash
    assert client.post(url(User, "change", superuser.pk), {"username": "renamed"}).status_code == 403
    # Within reach: newsroom users and their roles.
    reporter = demo["Reporter"]
    data = change_form_data(client.get(url(User, "change", reporter.pk)))
    assert client.post(url(User, "change", reporter.pk), data | {"roles": ["Fact-checker"]}).status_code == 302
    assert list(reporter.groups.values_list("name", flat=True)) == ["Fact-checker"]


# --- 5. Audit --------------------------------------------------------------------------------------


def test_workflow_steps_cannot_be_deleted_even_by_a_superuser(demo):
    step = ClaimTransition.objects.first()
    response = client_for(demo["superuser"]).post(url(ClaimTransition, "delete", step.pk), {"post": "yes"})
    assert response.status_code == 403
    assert ClaimTransition.objects.filter(pk=step.pk).exists()


def test_command_line_imports_name_their_actor(demo, tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text("claim_text,quote,source_url\nA claim from the command line,It was said,https://cli.example/\n")
    call_command("import_data", str(path), "--as", "reporter", stdout=io.StringIO())
    event = ClaimEvent.objects.get(text="A claim from the command line", pgh_label="insert")
    assert event.pgh_context["actor"] == "reporter"
    assert event.pgh_context["action"] == "import"
    path.write_text("claim_text,quote,source_url\nAnother claim from a script,Said,https://cli.example/b\n")
    call_command("import_data", str(path), stdout=io.StringIO())
    event = ClaimEvent.objects.get(text="Another claim from a script", pgh_label="insert")
    assert event.pgh_context["actor"] == accounts.SYSTEM_USERNAME


# --- 6. Bad input in the admin ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        {"speaker": "\x00"},
        {"outlet": "\x00"},
        {"status__exact": "\x00"},
        {"language": "\x00"},
        {"q": "\x00"},
        {"topics__id__exact": "99999999999999999999"},
        {"current_fact_check__rating__id__exact": "99999999999999999999"},
    ],
)
def test_bad_admin_filters_are_a_clear_answer_never_a_500(demo, query):
    response = client_for(demo["Editor"]).get(url(Claim, "changelist"), query, follow=True)
    assert response.status_code in (200, 400)
    text = response.content.decode()
    assert "Database error" not in text
    if response.status_code == 200:
        assert any("out of range" in m for m in messages_of(response)) or response.redirect_chain == []


def test_autocomplete_with_a_null_byte_is_a_400(demo):
    response = client_for(demo["Editor"]).get(
        "/admin/autocomplete/",
        {"app_label": "claims", "model_name": "appearance", "field_name": "speaker", "term": "\x00"},
    )
    assert response.status_code == 400
    assert b"null character" in response.content


# --- 7. Retraction ---------------------------------------------------------------------------------


def test_a_retraction_stays_public_with_its_reason(demo, partner):
    claim = a_published_claim()
    fact_check = claim.current_fact_check
    editor = client_for(demo["Editor"])
    refused = editor.post(reverse("admin:claims_claim_step", args=[claim.pk, "retract"]), follow=True)
    assert any("needs a note" in m for m in messages_of(refused))
    editor.post(
        reverse("admin:claims_claim_step", args=[claim.pk, "retract"]),
        {"workflow_note": "The ministry withdrew the figures we relied on."},
    )
    public = Client().get(f"/fact-checks/{fact_check.pk}/")  # anyone, logged in or not
    assert public.status_code == 200
    text = public.content.decode()
    assert "This fact-check was retracted" in text
    assert "The ministry withdrew the figures" in text
    assert "application/ld+json" not in text  # no ClaimReview markup for a verdict that no longer stands
    detail = partner.get(f"/api/v1/fact-checks/{fact_check.pk}/").json()
    assert detail["status"] == "retracted"
    corrections = partner.get("/api/v1/corrections/").json()["results"]
    assert any(c["kind"] == "retraction" and c["fact_check"] == fact_check.pk for c in corrections)
    assert partner.get(f"/api/v1/fact-checks/{fact_check.pk}/claimreview/").status_code == 404
