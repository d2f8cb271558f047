"""Webhooks go to public hosts: a subscription cannot reach the server's own network (SSRF), whoever adds it."""

import pytest
from django.test import Client

from factdb.accounts import system_actor
from factdb.actions import Refused
from webhooks.actions import do_change_subscription, do_create_subscription
from webhooks.destinations import refusal
from webhooks.models import Subscription

INSIDE = [
    "http://127.0.0.1:5432/",  # this machine's PostgreSQL
    "http://localhost:6379/",
    "http://10.1.2.3/hooks",
    "http://192.168.0.10/hooks",
    "http://172.16.5.5/hooks",
    "http://169.254.169.254/latest/meta-data/",  # a cloud's metadata service
    "http://100.64.0.1/",  # carrier-grade NAT
    "http://0.0.0.0:8000/",
    "http://[::1]/hooks",
    "http://[::ffff:127.0.0.1]/hooks",  # IPv4 loopback written as IPv6
    "http://[fd00::1]/hooks",
    "http://224.0.0.1/",
    "http://2130706433/",  # 127.0.0.1 as one number
]


@pytest.fixture
def production_rule(settings):
    settings.FACTDB_WEBHOOK_PRIVATE_DESTINATIONS = False


@pytest.mark.usefixtures("production_rule")
@pytest.mark.parametrize("url", INSIDE)
def test_private_and_reserved_addresses_are_refused(url):
    assert "private or reserved address" in refusal(url)


@pytest.mark.usefixtures("production_rule")
def test_a_public_address_is_allowed_and_other_schemes_or_unknown_hosts_are_not():
    assert refusal("https://8.8.8.8/hooks") is None
    assert refusal("https://[2001:4860:4860::8888]/hooks") is None
    assert "https://" in refusal("ftp://8.8.8.8/")
    assert "names a host" in refusal("https:///hooks")
    assert "cannot be reached" in refusal("https://receiver.invalid/hooks")  # .invalid never resolves


def test_while_developing_a_receiver_on_this_machine_is_allowed(settings):
    settings.FACTDB_WEBHOOK_PRIVATE_DESTINATIONS = True
    assert refusal("http://127.0.0.1:9000/hooks") is None
    assert "https://" in refusal("file:///etc/passwd")


@pytest.mark.django_db
@pytest.mark.usefixtures("production_rule")
def test_the_action_refuses_an_inside_url_on_create_and_on_change():
    with pytest.raises(Refused, match="private or reserved"):
        do_create_subscription("Internal", "http://169.254.169.254/latest/", actor=system_actor())
    subscription = do_create_subscription("Platform", "https://8.8.8.8/hooks", actor=system_actor())
    with pytest.raises(Refused, match="private or reserved"):
        do_change_subscription(subscription, {"url": "http://127.0.0.1:5432/"}, actor=system_actor())
    subscription.refresh_from_db()
    assert subscription.url == "https://8.8.8.8/hooks"


@pytest.mark.django_db
@pytest.mark.usefixtures("production_rule")
def test_the_admin_form_posted_with_an_inside_url_saves_nothing_and_says_why(users):
    client = Client()
    client.force_login(users["admin"])
    form = {"name": "Internal", "url": "http://10.0.0.5/hooks", "events": ["fact_check.published"], "is_active": "on"}
    response = client.post("/admin/webhooks/subscription/add/", form)
    assert response.status_code == 200
    assert "private or reserved address" in response.content.decode()
    assert not Subscription.objects.exists()
