"""Admin logins: django-axes locks a username out from one address after FACTDB_LOGIN_FAILURE_LIMIT failures."""

import pytest
from django.conf import settings
from django.contrib.auth.models import User

pytestmark = pytest.mark.django_db

LOCKED = "Too many failed logins"


@pytest.fixture
def users():
    User.objects.create_superuser("root", password="pw")
    User.objects.create_user("editor", password="pw", is_staff=True)


def log_in(client, password, address="10.0.0.1", username="root"):
    return client.post("/admin/login/?next=/admin/", {"username": username, "password": password}, REMOTE_ADDR=address)


def test_repeated_failures_lock_the_username_out_from_that_address(client, users):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = log_in(client, "wrong")
        assert response.status_code == 200
        assert LOCKED not in response.text

    response = log_in(client, "wrong")
    assert response.status_code == 429
    assert LOCKED in response.text
    assert f"{settings.FACTDB_LOGIN_LOCKOUT_MINUTES} minutes" in response.text

    # Locked out even with the right password...
    response = log_in(client, "pw")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    # ...but only from that address, and only that username.
    assert log_in(client, "pw", address="10.0.0.2").status_code == 302
    client.logout()
    assert log_in(client, "pw", username="editor").status_code == 302


def test_a_successful_login_resets_the_count(client, users):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        log_in(client, "wrong")
    assert log_in(client, "pw").status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert log_in(client, "wrong").status_code == 200


def test_logins_without_a_request_still_work(client, users):
    # The test client's login() authenticates without a request; axes has no address to count there.
    assert client.login(username="root", password="pw")
    assert client.get("/admin/").status_code == 200
