"""Tips from readers (the public form) and partners (the API), and repeat alerts for the desk."""

import time

import pytest
from django.core.cache import cache
from django.test import Client
from rest_framework.test import APIClient

from claims.actions.alerts import do_attach_alert
from claims.bulk.importer import import_data
from claims.ingest import service
from claims.models import Alert, AlertOrigin, AlertStatus, Appearance, Tip, TipGroup
from claims.tips import _signer
from factdb.accounts import do_create_api_key
from factdb.models import PartnerScope

CHECKED = "Unemployment fell by 42 percent last year"


@pytest.fixture
def checked(build):
    return build.published_claim(CHECKED, speaker=build.speaker("Ada Public"))


def partner(users, *scopes):
    key = do_create_api_key("Tipster", actor=users["admin"], organization="Tipster", scopes=list(scopes))[1]
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {key}")
    return client


def form_post(client, address="10.0.0.1", started=None, **fields):
    data = {"text": "", "link": "", "contact": "", "website": "", **fields}
    data["started"] = _signer.sign(str(started if started is not None else time.time() - 10))
    return client.post("/tips/", data, REMOTE_ADDR=address)


@pytest.fixture(autouse=True)
def _fresh_rate_counts(settings):
    settings.FACTDB_TIPS_PER_HOUR = 1000
    cache.clear()


@pytest.mark.django_db
def test_a_tip_matching_a_published_verdict_is_answered_at_once_and_alerts_the_desk(checked, users):
    client = partner(users, PartnerScope.TIPS)
    response = client.post(
        "/api/v1/tips/", {"text": f"  {CHECKED}  ", "link": "https://social.example/p/1"}, format="json"
    )
    assert response.status_code == 201
    body = response.json()
    fact_check = checked.current_fact_check
    assert body["answered"] is True
    assert body["fact_check"]["id"] == fact_check.pk
    assert body["fact_check"]["headline"] == fact_check.headline
    assert body["claim"]["text"] == CHECKED
    tip = Tip.objects.get()
    assert tip.fact_check_id == fact_check.pk
    assert tip.group is None
    assert tip.channel == "api"
    alert = Alert.objects.get()
    assert (alert.origin, alert.fact_check_id, alert.tip_id) == (AlertOrigin.TIP, fact_check.pk, tip.pk)
    # The desk attaches the tip's link to the checked claim as a new appearance.
    do_attach_alert(alert, actor=users["editor"])
    alert.refresh_from_db()
    assert alert.status == AlertStatus.ATTACHED
    assert alert.attached.claim_id == checked.pk
    assert alert.attached.source.url == "https://social.example/p/1"


@pytest.mark.django_db
def test_unmatched_tips_are_queued_grouped_with_similar_ones(checked, users):
    client = Client()
    for i in range(12):
        response = form_post(client, address=f"10.0.1.{i}", text=f"Did the bridge really cost 3 billion euros{'?' * i}")
        assert response.status_code == 200
        assert b"our desk will look at it" in response.content
    api = partner(users, PartnerScope.TIPS)
    for _ in range(3):
        assert api.post("/api/v1/tips/", {"text": "Vaccines contain microchips"}, format="json").json() == {
            "answered": False,
            "queued": True,
        }
    groups = {group.text: group.count for group in TipGroup.objects.all()}
    assert groups == {"Did the bridge really cost 3 billion euros": 12, "Vaccines contain microchips": 3}
    assert Tip.objects.filter(group__isnull=False).count() == 15
    assert not Alert.objects.exists()


@pytest.mark.django_db
def test_the_form_answers_a_checked_claim_and_refuses_spam_and_floods(checked, settings):
    client = Client()
    assert b'name="website"' in client.get("/tips/").content
    answered = form_post(client, text=CHECKED, contact="reader@example.org")
    assert answered.status_code == 200
    assert checked.current_fact_check.headline.encode() in answered.content
    assert Tip.objects.get().contact == "reader@example.org"

    assert form_post(client, text="Spam spam", website="http://spam.example").status_code == 400  # honeypot
    assert form_post(client, text="Spam spam", started=time.time()).status_code == 400  # posted at once
    response = client.post("/tips/", {"text": "No token", "started": "forged"}, REMOTE_ADDR="10.0.0.9")
    assert response.status_code == 400
    empty = form_post(client, text="   ")
    assert empty.status_code == 400
    long = form_post(client, text="x" * 5000)
    assert long.status_code == 400
    assert b"x" * 100 in long.content
    assert Tip.objects.count() == 1

    settings.FACTDB_TIPS_PER_HOUR = 2
    cache.clear()
    codes = [form_post(client, address="10.0.0.7", text=f"Flood {i}").status_code for i in range(4)]
    assert codes == [200, 200, 429, 429]
    assert form_post(client, address="10.0.0.8", text="Another reader").status_code == 200
    assert Tip.objects.count() == 4


@pytest.mark.django_db
def test_the_tips_api_needs_the_scope_and_refuses_bad_bodies(users):
    assert partner(users, PartnerScope.READ).post("/api/v1/tips/", {"text": "x"}, format="json").status_code == 403
    assert APIClient().post("/api/v1/tips/", {"text": "x"}, format="json").status_code == 401
    client = partner(users, PartnerScope.TIPS)
    for body in ({}, {"text": ""}, {"text": "a\x00b"}, {"text": "ok", "link": "nope"}, {"text": "ok", "x": 1}, [1]):
        response = client.post("/api/v1/tips/", body, format="json")
        assert response.status_code == 400, body
    assert client.get("/api/v1/tips/").status_code == 405
    assert not Tip.objects.exists()


ARTICLE = """Minister repeats jobs figure

OSLO — The finance minister Ada Public repeated her claim on Tuesday. "{claim}," Public told reporters at the
harbour. She did not take questions.
"""


@pytest.mark.django_db
def test_a_repeated_claim_in_an_ingested_article_raises_an_alert_ready_to_attach(checked, users):
    text = ARTICLE.format(claim=CHECKED)
    proposal = service.propose(text, service.ArticleMeta(title="Jobs", url="https://news.example/jobs"))
    candidate = next(c for c in proposal.claims if "42 percent" in c.text)
    choices = {candidate.key: service.ClaimChoice(text=CHECKED)}
    result = service.save(proposal, choices, actor=users["reporter"])
    appearance = result.appearances_created[0]
    assert appearance.claim_id == checked.pk
    assert not appearance.is_public
    alert = Alert.objects.get()
    assert (alert.origin, alert.fact_check_id, alert.appearance_id) == (
        AlertOrigin.INGEST,
        checked.current_fact_check_id,
        appearance.pk,
    )
    service.save(proposal, choices, actor=users["reporter"])  # saved again: nothing new, no second alert
    assert Alert.objects.count() == 1
    do_attach_alert(alert, actor=users["editor"])
    assert Appearance.objects.get(pk=appearance.pk).is_public


@pytest.mark.django_db
def test_an_import_with_a_checked_claim_in_other_words_raises_an_alert(checked, users, build):
    from claims import matching

    variant = "Unemployment fell by 42 per cent last year"
    assert matching.published_matches(variant, min_score=0.85), "the variant must be a near-certain match"
    unrelated = "Ferry tickets cost twice as much as in 2019"
    data = f"claim_text,source_url,speaker\n{variant},https://blog.example/a,Ada Public\n{unrelated},https://blog.example/b,\n"
    report = import_data(data.encode(), fmt="csv", kind="claims", user=users["reporter"])
    assert report.ok, report.errors
    alert = Alert.objects.get()
    assert alert.origin == AlertOrigin.IMPORT
    assert alert.fact_check_id == checked.current_fact_check_id
    assert alert.appearance.claim.text == variant
    assert alert.appearance.source.url == "https://blog.example/a"
    do_attach_alert(alert, actor=users["editor"])
    alert.refresh_from_db()
    attached = alert.attached
    assert attached.claim_id == checked.pk
    assert attached.quote == variant
    assert attached.is_public
