"""The desk's buttons: replaying a delivery, attaching a repeat, handling a tip, adding a subscription (as actions)."""

import pytest
from django.test import Client

from claims.actions.tips import do_receive_tip
from claims.models import Alert, AlertStatus, TipGroup, TipStatus
from factdb.accounts import system_actor
from webhooks.actions import do_create_subscription
from webhooks.models import Delivery, Subscription


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_an_editor_replays_a_delivery_and_a_reporter_cannot(build, users):
    do_create_subscription("CMS", "http://127.0.0.1:9/hooks", actor=users["admin"])
    build.published_claim()
    delivery = Delivery.objects.get(event__type="fact_check.published")
    post = {"action": "replay", "_selected_action": [delivery.pk]}
    assert logged_in(users["reporter"]).get("/admin/webhooks/delivery/").status_code == 403
    response = logged_in(users["editor"]).post("/admin/webhooks/delivery/", post, follow=True)
    assert response.status_code == 200
    assert b"queued again" in response.content
    replay = Delivery.objects.get(replay_of=delivery)
    assert replay.event_id == delivery.event_id
    assert replay.status == "pending"


@pytest.mark.django_db
def test_the_admin_adds_a_subscription_with_a_made_secret_and_refuses_a_bad_url(users):
    client = logged_in(users["admin"])
    form = {"name": "Platform", "url": "https://platform.example/hooks", "events": ["fact_check.published"]}
    assert client.post("/admin/webhooks/subscription/add/", {**form, "is_active": "on"}).status_code == 302
    subscription = Subscription.objects.get()
    assert subscription.secret.startswith("whsec_")
    assert subscription.events == ["fact_check.published"]
    bad = client.post("/admin/webhooks/subscription/add/", {**form, "url": "ftp://x.example/", "is_active": "on"})
    assert bad.status_code == 200
    assert Subscription.objects.count() == 1
    assert logged_in(users["editor"]).get("/admin/webhooks/subscription/add/").status_code == 403


@pytest.mark.django_db
def test_the_desk_attaches_a_repeat_and_handles_a_tip(build, users):
    claim = build.published_claim("Ferries carry 12 million people a year")
    do_receive_tip(claim.text, link="https://social.example/p/9", channel="form", actor=system_actor())
    do_receive_tip("Are the trains free on Sundays?", channel="form", actor=system_actor())
    editor = logged_in(users["editor"])
    alert, group = Alert.objects.get(), TipGroup.objects.get()
    page = editor.get(f"/admin/claims/alert/{alert.pk}/change/")
    assert page.status_code == 200
    assert b"track record" in page.content
    assert editor.get("/admin/claims/tipgroup/").status_code == 200
    editor.post("/admin/claims/alert/", {"action": "attach", "_selected_action": [alert.pk]})
    editor.post("/admin/claims/tipgroup/", {"action": "mark_handled", "_selected_action": [group.pk]})
    alert.refresh_from_db()
    group.refresh_from_db()
    assert alert.status == AlertStatus.ATTACHED
    assert alert.attached.claim_id == claim.pk
    assert group.status == TipStatus.HANDLED


@pytest.mark.django_db
def test_prune_keeps_pending_deliveries_a_replay_s_original_and_who_heard_a_verdict(build, users):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    from webhooks.actions import do_replay_delivery
    from webhooks.models import DeliveryStatus, Event, EventType

    subscription = do_create_subscription("Platform", "https://platform.example/hooks", actor=system_actor())
    for text in ("Ferries carry 12 million people a year", "Buses carry 40 million", "Trams carry 9 million"):
        build.published_claim(text)
    mine = Delivery.objects.filter(subscription=subscription)
    sent, pending, replayed = mine.filter(event__type=EventType.MADE_PUBLIC).order_by("pk")
    verdicts = set(mine.filter(event__type=EventType.PUBLISHED).values_list("pk", flat=True))
    assert len(verdicts) == 3
    Delivery.objects.filter(pk__in=[sent.pk, *verdicts]).update(status=DeliveryStatus.DELIVERED)
    Delivery.objects.filter(pk=replayed.pk).update(status=DeliveryStatus.FAILED)
    replay = do_replay_delivery(replayed, actor=users["editor"])  # pending: it keeps its original
    long_ago = timezone.now() - timedelta(days=91)
    mine.exclude(pk=replay.pk).update(created_at=long_ago)
    Event.objects.update(created_at=long_ago)

    call_command("prune_webhooks")

    assert set(mine.values_list("pk", flat=True)) == {pending.pk, replayed.pk, replay.pk, *verdicts}
    assert not Event.objects.filter(pk=sent.event_id).exists()  # left with no delivery

    Delivery.objects.filter(pk=replay.pk).update(status=DeliveryStatus.DELIVERED, created_at=long_ago)
    Delivery.objects.filter(pk=pending.pk).update(status=DeliveryStatus.FAILED)
    call_command("prune_webhooks", days=1_000_000_000)  # "keep for ever": nothing goes, no overflow
    assert mine.count() == 3 + len(verdicts)
    call_command("prune_webhooks")
    assert set(mine.values_list("pk", flat=True)) == verdicts  # they say who must hear of a retraction
    assert set(Event.objects.values_list("type", flat=True)) == {EventType.PUBLISHED}


@pytest.mark.django_db
def test_after_a_prune_a_retraction_still_reaches_whoever_received_the_verdict(build, users):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    from claims import actions
    from webhooks.models import DeliveryStatus, EventType

    subscription = do_create_subscription(
        "Platform", "https://platform.example/hooks", events=[EventType.PUBLISHED], actor=system_actor()
    )
    claim = build.published_claim("Ferries carry 12 million people a year")
    Delivery.objects.update(status=DeliveryStatus.DELIVERED, created_at=timezone.now() - timedelta(days=400))
    call_command("prune_webhooks")

    actions.do_step(claim, "retract", actor=users["editor"], note="The ferry figures were withdrawn.")

    assert Delivery.objects.filter(subscription=subscription, event__type=EventType.RETRACTED).exists()


@pytest.mark.django_db
def test_prune_refuses_a_negative_retention_and_a_pruned_delivery_cannot_be_replayed(build, users):
    from django.core.management import CommandError, call_command

    from factdb.actions import Refused
    from webhooks.actions import do_replay_delivery

    with pytest.raises(CommandError, match="0 or more"):
        call_command("prune_webhooks", days=-1)
    do_create_subscription("Platform", "https://platform.example/hooks", actor=system_actor())
    build.published_claim("Ferries carry 12 million people a year")
    shown = Delivery.objects.first()  # on the desk's page
    Delivery.objects.filter(pk=shown.pk).delete()  # retention ran meanwhile
    with pytest.raises(Refused, match="no longer kept"):
        do_replay_delivery(shown, actor=users["editor"])


@pytest.mark.django_db
def test_prune_deletes_the_workers_finished_jobs_past_retention_and_keeps_the_rest(build, users):
    from django.core.management import call_command
    from django.db import connection

    do_create_subscription("Platform", "https://platform.example/hooks", actor=system_actor())
    for text in ("Ferries carry 12 million people a year", "Buses carry 40 million"):
        build.published_claim(text)

    def jobs():
        with connection.cursor() as cursor:
            cursor.execute("SELECT id, status FROM procrastinate_jobs ORDER BY id")
            return cursor.fetchall()

    queued = jobs()
    assert len(queued) >= 4
    (old_ok, old_failed, recent_ok, *waiting) = [pk for pk, _ in queued]
    with connection.cursor() as cursor:
        cursor.execute("UPDATE procrastinate_jobs SET status = 'succeeded' WHERE id IN (%s, %s)", [old_ok, recent_ok])
        cursor.execute("UPDATE procrastinate_jobs SET status = 'failed' WHERE id = %s", [old_failed])
        cursor.execute(
            "UPDATE procrastinate_events SET at = now() - interval '91 days' WHERE job_id IN (%s, %s)",
            [old_ok, old_failed],
        )

    call_command("prune_webhooks")

    left = jobs()
    assert [pk for pk, _ in left] == [recent_ok, *waiting]  # finished 91 days ago: gone; finished today or to do: kept
    assert {status for pk, status in left if pk in waiting} == {"todo"}
