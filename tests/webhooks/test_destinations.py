"""Webhooks go to public hosts: a subscription cannot reach the server's own network (SSRF), whoever adds it,
however the URL is written, and whatever its name answers later."""

import socket
import threading

import pytest
from django.test import Client

from factdb.accounts import system_actor
from factdb.actions import Refused
from webhooks import destinations, sending
from webhooks.actions import do_change_subscription, do_create_subscription
from webhooks.destinations import refusal
from webhooks.models import Delivery, DeliveryStatus, Subscription

INSIDE = [
    "http://127.0.0.1:5432/",  # this machine's PostgreSQL
    "http://localhost:6379/",
    "http://127.1/",
    "http://0x7f000001/",
    "http://2130706433/",  # 127.0.0.1 as one number
    "http://10.1.2.3/hooks",
    "http://192.168.0.10/hooks",
    "http://172.16.5.5/hooks",
    "http://169.254.169.254/latest/meta-data/",  # a cloud's metadata service
    "http://100.64.0.1/",  # carrier-grade NAT
    "http://0.0.0.0:8000/",
    "http://224.0.0.1/",
    "http://[::1]/hooks",
    "http://[::ffff:127.0.0.1]/hooks",  # IPv4 loopback written as IPv6
    "http://[::ffff:7f00:1]/hooks",
    "http://[fd00::1]/hooks",
    "http://[fe80::1]/hooks",
    "http://[64:ff9b::a9fe:a9fe]/",  # NAT64 of 169.254.169.254
    "http://[2002:7f00:1::]/",  # 6to4 of 127.0.0.1
    "http://[::127.0.0.1]/",  # IPv4-compatible 127.0.0.1
]


@pytest.fixture
def production_rule(settings):
    settings.FACTDB_WEBHOOK_PRIVATE_DESTINATIONS = False


@pytest.mark.usefixtures("production_rule")
@pytest.mark.parametrize("url", INSIDE)
def test_private_and_reserved_addresses_are_refused(url):
    assert "is not a public address" in refusal(url)


@pytest.mark.usefixtures("production_rule")
def test_a_public_address_is_allowed_and_other_urls_are_not():
    assert refusal("https://8.8.8.8/hooks") is None
    assert refusal("https://[2001:4860:4860::8888]/hooks") is None
    assert "https://" in refusal("ftp://8.8.8.8/")
    assert "names a host" in refusal("https:///hooks")
    assert "did not resolve" in refusal("https://receiver.invalid/hooks")  # .invalid never resolves
    assert refusal("http://localhost./") is not None  # not public, or not found: refused either way
    assert "user name" in refusal("http://partner@8.8.8.8/hooks")
    assert "user name" in refusal("http://127.0.0.1%00@8.8.8.8/hooks")  # read as 8.8.8.8 here, not by urllib
    assert "%-escape" in refusal("http://8.8.8.8%2F@127.0.0.1/")
    assert "port" in refusal("http://8.8.8.8:99999/")


def test_while_developing_a_receiver_on_this_machine_is_allowed(settings):
    settings.FACTDB_WEBHOOK_PRIVATE_DESTINATIONS = True
    assert refusal("http://127.0.0.1:9000/hooks") is None
    assert "https://" in refusal("file:///etc/passwd")


@pytest.mark.django_db
@pytest.mark.usefixtures("production_rule")
def test_the_action_refuses_an_inside_url_on_create_and_on_change():
    with pytest.raises(Refused, match="not a public address"):
        do_create_subscription("Internal", "http://169.254.169.254/latest/", actor=system_actor())
    subscription = do_create_subscription("Platform", "https://8.8.8.8/hooks", actor=system_actor())
    with pytest.raises(Refused, match="not a public address"):
        do_change_subscription(subscription, {"url": "http://127.0.0.1:5432/"}, actor=system_actor())
    subscription.refresh_from_db()
    assert subscription.url == "https://8.8.8.8/hooks"


@pytest.mark.django_db
def test_a_subscription_whose_host_went_bad_can_be_stopped_but_not_restarted(settings):
    subscription = do_create_subscription("Platform", "http://127.0.0.1:9/hooks", actor=system_actor())
    settings.FACTDB_WEBHOOK_PRIVATE_DESTINATIONS = False  # its host is now an inside address

    do_change_subscription(subscription, {"is_active": False}, actor=system_actor())
    do_change_subscription(subscription, {"secret": "whsec_" + "QUJD" * 8}, actor=system_actor())
    with pytest.raises(Refused, match="not a public address"):
        do_change_subscription(subscription, {"is_active": True}, actor=system_actor())
    subscription.refresh_from_db()
    assert not subscription.is_active
    assert subscription.secret == "whsec_" + "QUJD" * 8


@pytest.mark.django_db
@pytest.mark.usefixtures("production_rule")
def test_the_admin_form_posted_with_an_inside_url_saves_nothing_and_says_why(users):
    client = Client()
    client.force_login(users["admin"])
    form = {"name": "Internal", "url": "http://10.0.0.5/hooks", "events": ["fact_check.published"], "is_active": "on"}
    response = client.post("/admin/webhooks/subscription/add/", form)
    assert response.status_code == 200
    assert "is not a public address" in response.content.decode()
    assert not Subscription.objects.exists()


@pytest.fixture
def queued_delivery(build, settings):
    """A delivery waiting for https://partner.example/hooks (saved while such names were allowed)."""
    do_create_subscription("Platform", "https://partner.example/hooks", actor=system_actor())
    build.published_claim("Ferries carry 12 million people a year")
    settings.FACTDB_WEBHOOK_PRIVATE_DESTINATIONS = False
    settings.FACTDB_WEBHOOK_TIMEOUT = 1
    return Delivery.objects.first()


@pytest.mark.django_db
def test_a_name_that_answers_public_then_inside_gets_only_the_checked_address(queued_delivery, monkeypatch):
    answers = iter(["93.184.216.34", "127.0.0.1", "127.0.0.1"])  # DNS rebinding: a public answer, then inside
    lookups, connections = [], []

    def rebinding_dns(host, port, *args, **kwargs):
        lookups.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    def no_network(address, timeout=None, **kwargs):
        connections.append(address)
        raise ConnectionRefusedError("refused")

    monkeypatch.setattr(socket, "getaddrinfo", rebinding_dns)
    monkeypatch.setattr(socket, "create_connection", no_network)

    with pytest.raises(sending.DeliveryFailed):
        sending.attempt(queued_delivery.pk, last=False)

    assert lookups == ["partner.example"]  # looked up once,
    assert connections == [("93.184.216.34", 443)]  # and the connection went to the address that was checked


@pytest.mark.django_db
def test_a_passing_dns_failure_is_retried_not_given_up(queued_delivery, monkeypatch):
    def dns_down(*args, **kwargs):
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", dns_down)

    with pytest.raises(sending.DeliveryFailed):
        sending.attempt(queued_delivery.pk, last=False)

    queued_delivery.refresh_from_db()
    assert queued_delivery.status == DeliveryStatus.PENDING
    assert queued_delivery.attempts == 1
    assert "did not resolve" in queued_delivery.last_error


def test_a_lookup_that_hangs_is_unreachable_after_the_webhook_timeout(monkeypatch, settings):
    settings.FACTDB_WEBHOOK_TIMEOUT = 0.2
    settings.FACTDB_WEBHOOK_PRIVATE_DESTINATIONS = False
    release = threading.Event()

    def hanging_dns(host, port, *args, **kwargs):
        release.wait(10)  # a resolver that does not answer (released when the test ends)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port))]

    monkeypatch.setattr(socket, "getaddrinfo", hanging_dns)
    try:
        with pytest.raises(destinations.Unreachable, match="did not resolve within 0.2 s"):
            destinations.destination("https://partner.example/hook")
    finally:
        release.set()
