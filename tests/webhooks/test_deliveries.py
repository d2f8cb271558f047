"""Webhooks end to end: real actions, the real queue on PostgreSQL, the real worker, a real HTTP receiver."""

import time
from collections import defaultdict

import pytest
from django.db import connection, transaction

from claims import actions
from claims.actions.capture import CaptureBatch, constraints_checked_per_statement
from claims.models import Claim, FactCheck
from factdb.actions import action
from tests.webhooks.receiver import Receiver
from webhooks.actions import do_create_subscription, do_replay_delivery
from webhooks.models import Delivery, DeliveryStatus, Event, EventType

pytestmark = pytest.mark.django_db(transaction=True)


@action("test.capture")
def _captured(build, n: int, *, actor) -> list[Claim]:
    """`n` new claims by one speaker in one source, captured in bulk (as an import does)."""
    speaker, source = build.speaker(), build.source()
    with constraints_checked_per_statement():
        batch = CaptureBatch(build.users["reporter"])
        for i in range(n):
            text = f"Webhook claim {i} says {i} percent"
            claim, _ = batch.claim(text)
            batch.appearance(claim=claim, source=source, quote=text, speaker=speaker)
        batch.flush()
    return list(Claim.objects.filter(appearances__source=source).order_by("pk"))


@action("test.walk")
def _walked_to_review(build, claims, *, actor) -> list[Claim]:
    """Each claim selected, researched, drafted and submitted by its own nested actions (one refresh at the end)."""
    users, walked = build.users, []
    for claim in claims:
        actions.do_step(claim, "select", actor=users["editor"])
        actions.do_step(claim, "start_research", actor=users["factchecker"])
        build.fact_check(claim)
        walked.append(actions.do_step(claim, "submit_for_review", actor=users["factchecker"]))
    return walked


@action("test.publish_batch")
def _publish_each(claims, *, actor) -> None:
    """An editor's bulk publication: one step per claim, one transaction (and one projection refresh) for all."""
    for claim in claims:
        actions.do_step(claim, "publish", actor=actor)


def in_parallel(work, claims, *, size: int, threads: int = 3) -> list:
    """`work(chunk)` for chunks of `size` claims, on `threads` connections at once (the database waits, not
    Python: setting up a thousand claims one round trip after another is what makes such a test slow)."""
    from concurrent.futures import ThreadPoolExecutor

    def run(chunk):
        try:
            return work(chunk)
        finally:
            connection.close()  # this thread's own connection

    chunks = [claims[start : start + size] for start in range(0, len(claims), size)]
    with ThreadPoolExecutor(threads) as pool:
        return [item for result in pool.map(run, chunks) for item in (result or [])]


def in_review(build, n, threads: int = 1):
    """`n` claims with a verdict in review."""
    claims = _captured(build, n, actor=build.users["editor"])
    walk = lambda chunk: _walked_to_review(build, chunk, actor=build.users["editor"])  # noqa: E731
    if threads == 1:
        return walk(claims)
    return in_parallel(walk, claims, size=50, threads=threads)


def subscribe(url, name="Partner", **fields):
    from factdb.accounts import system_actor

    return do_create_subscription(name, url, actor=system_actor(), **fields)


def test_a_thousand_publications_reach_a_flaky_receiver_exactly_once_and_in_order(build, drain):
    claims = in_review(build, 1000, threads=3)
    subscription = subscribe("http://placeholder.invalid/", events=[EventType.PUBLISHED, EventType.RETRACTED])
    with Receiver(subscription.secret, fail_rate=0.5) as receiver:
        from factdb.accounts import system_actor
        from webhooks.actions import do_change_subscription

        do_change_subscription(subscription, {"url": receiver.url}, actor=system_actor())
        editor = build.users["editor"]
        started = time.monotonic()
        in_parallel(lambda chunk: _publish_each(chunk, actor=editor), claims, size=25)
        # Some verdicts are retracted before their publication went out: order per claim must hold.
        retracted = claims[::20]
        for claim in retracted:
            actions.do_step(claim, "retract", actor=editor, note="The figure was misread.")
        published_in = time.monotonic() - started
        elapsed = drain(timeout=120, concurrency=8)
        events = receiver.events()

    print(f"\n1000 publications in {published_in:.1f}s; delivered in {elapsed:.1f}s; {receiver.requests} requests, "
          f"{receiver.failed} failed on purpose, {receiver.duplicates} duplicates dropped")  # fmt: skip
    assert receiver.bad_signatures == 0
    assert receiver.failed > 300  # the receiver really failed about half the time
    expected = 1000 + len(retracted)
    assert Event.objects.count() == expected
    assert Delivery.objects.filter(status=DeliveryStatus.DELIVERED).count() == expected
    # Exactly once as the receiver sees it: every event, each webhook-id once.
    assert len(events) == expected
    assert set(receiver.received) == set(Event.objects.values_list("message_id", flat=True))
    published = [e for e in events if e["type"] == EventType.PUBLISHED]
    assert {e["data"]["claim"] for e in published} == {c.pk for c in claims}
    # In order per claim: a retracted verdict's publication arrived before its retraction.
    per_claim = defaultdict(list)
    for e in events:
        per_claim[e["data"]["claim"]].append(e["type"])
    for claim in retracted:
        assert per_claim[claim.pk] == [EventType.PUBLISHED, EventType.RETRACTED]
    # The payload is the public document: the verdict as partners read it.
    first = next(e for e in published if e["data"]["claim"] == claims[1].pk)
    assert first["data"]["document"]["status"] == "published"
    assert first["data"]["document"]["id"] == FactCheck.objects.get(claim=claims[1]).pk


def test_a_rolled_back_publication_sends_nothing(build, drain):
    kept, rolled_back = in_review(build, 2)
    subscription = subscribe("http://placeholder.invalid/")
    with Receiver(subscription.secret) as receiver:
        from factdb.accounts import system_actor
        from webhooks.actions import do_change_subscription

        do_change_subscription(subscription, {"url": receiver.url}, actor=system_actor())
        with pytest.raises(RuntimeError):
            publish_then_fail(rolled_back, build.users["editor"])
        actions.do_step(kept, "publish", actor=build.users["editor"])
        drain()
        events = receiver.events()
    assert [(e["type"], e["data"]["claim"]) for e in events] == [
        (EventType.MADE_PUBLIC, kept.pk),  # publishing made the claim public, then its verdict
        (EventType.PUBLISHED, kept.pk),
    ]
    assert not Event.objects.filter(claim_id=rolled_back.pk).exists()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM procrastinate_jobs WHERE status = 'todo'")
        assert cursor.fetchone()[0] == 0


def test_a_correction_reaches_every_subscriber_that_received_the_verdict(build, drain):
    from factdb.accounts import system_actor
    from webhooks.actions import do_change_subscription

    (claim,) = in_review(build, 1)
    everything = subscribe("http://placeholder.invalid/", name="CMS")
    verdicts_only = subscribe("http://placeholder.invalid/", name="Platform", events=[EventType.PUBLISHED])
    with Receiver(everything.secret) as a, Receiver(verdicts_only.secret) as b:
        do_change_subscription(everything, {"url": a.url}, actor=system_actor())
        do_change_subscription(verdicts_only, {"url": b.url}, actor=system_actor())
        actions.do_step(claim, "publish", actor=build.users["editor"])
        drain()
        # Subscribed after the verdict went out, to verdicts only: it never received this one.
        with Receiver("whsec_" + "QUJD" * 8) as c:
            late = subscribe(c.url, name="Latecomer", events=[EventType.PUBLISHED], secret="whsec_" + "QUJD" * 8)
            fact_check = FactCheck.objects.get(claim=claim)
            actions.do_revise_fact_check(
                fact_check,
                actor=build.users["editor2"],
                changes={"headline": "A corrected headline"},
                correction_note="The headline overstated the finding.",
            )
            drain()
            late_events = c.events()
        a_events, b_events = a.events(), b.events()
    assert [e["type"] for e in a_events] == [EventType.MADE_PUBLIC, EventType.PUBLISHED, EventType.CORRECTED]
    assert [e["type"] for e in b_events] == [EventType.PUBLISHED, EventType.CORRECTED]
    assert b_events[1]["data"]["document"]["headline"] == "A corrected headline"
    assert late_events == []
    assert not late.deliveries.exists()


def test_a_replay_sends_the_same_message_again_and_bad_secrets_fail(build, drain):
    (claim,) = in_review(build, 1)
    subscription = subscribe("http://placeholder.invalid/", events=[EventType.PUBLISHED])
    with Receiver("whsec_" + "WllZ" * 8) as wrong:  # verifies with another secret: every request refused
        from factdb.accounts import system_actor
        from webhooks.actions import do_change_subscription

        do_change_subscription(subscription, {"url": wrong.url}, actor=system_actor())
        from django.test import override_settings

        with override_settings(FACTDB_WEBHOOK_MAX_ATTEMPTS=2):
            actions.do_step(claim, "publish", actor=build.users["editor"])
            drain()
        assert wrong.bad_signatures == 2
        assert wrong.events() == []
    delivery = Delivery.objects.get()
    assert delivery.status == DeliveryStatus.FAILED
    assert delivery.attempts == 2
    assert delivery.last_status_code == 400
    with Receiver(subscription.secret) as right:
        do_change_subscription(subscription, {"url": right.url}, actor=system_actor())
        replay = do_replay_delivery(delivery, actor=build.users["editor"])
        drain()
        events = right.events()
    replay.refresh_from_db()
    assert replay.status == DeliveryStatus.DELIVERED
    assert replay.replay_of_id == delivery.pk
    assert list(right.received) == [delivery.event.message_id]
    assert events[0]["data"]["claim"] == claim.pk


def test_a_deactivated_subscription_gets_nothing_more(build, drain):
    from factdb.accounts import system_actor
    from webhooks.actions import do_change_subscription

    (claim,) = in_review(build, 1)
    with Receiver("whsec_" + "QUJD" * 8) as receiver:
        subscription = subscribe(receiver.url, secret="whsec_" + "QUJD" * 8)
        actions.do_step(claim, "publish", actor=build.users["editor"])
        do_change_subscription(subscription, {"is_active": False}, actor=system_actor())
        drain()
        assert receiver.events() == []
        assert receiver.requests == 0
    assert set(Delivery.objects.values_list("status", flat=True)) == {DeliveryStatus.FAILED}


def publish_then_fail(claim, editor):
    """A request that published, then failed before it committed."""
    with transaction.atomic():
        actions.do_step(claim, "publish", actor=editor)
        raise RuntimeError("the request failed after the action")


def test_a_subscription_whose_host_now_points_inside_gets_nothing(build, drain, settings):
    (claim,) = in_review(build, 1)
    with Receiver("whsec_" + "QUJD" * 8) as receiver:
        subscription = subscribe(receiver.url, secret="whsec_" + "QUJD" * 8)  # allowed while it was saved
        actions.do_step(claim, "publish", actor=build.users["editor"])
        settings.FACTDB_WEBHOOK_PRIVATE_DESTINATIONS = False  # as if its name were re-pointed at 127.0.0.1
        drain()
        assert receiver.requests == 0
    deliveries = Delivery.objects.filter(subscription=subscription)
    assert deliveries.exists()
    for delivery in deliveries:
        assert delivery.status == DeliveryStatus.FAILED
        assert "127.0.0.1 is not a public address" in delivery.last_error


def test_an_https_subscription_is_sent_over_tls_or_not_at_all(build, drain, settings):
    settings.FACTDB_WEBHOOK_MAX_ATTEMPTS = 3  # every attempt fails the same way
    (claim,) = in_review(build, 1)
    with Receiver("whsec_" + "QUJD" * 8) as receiver:  # speaks plain HTTP only
        subscription = subscribe(receiver.url.replace("http://", "https://"), secret="whsec_" + "QUJD" * 8)
        actions.do_step(claim, "publish", actor=build.users["editor"])
        drain()  # every retry fails the handshake until the last
        assert receiver.events() == []  # the TLS handshake failed: nothing went out in the clear
    for delivery in Delivery.objects.filter(subscription=subscription):
        assert delivery.status == DeliveryStatus.FAILED
        assert "SSL" in delivery.last_error or "ssl" in delivery.last_error
