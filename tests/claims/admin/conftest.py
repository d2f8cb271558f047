"""Admin test helpers: the demo newsroom, one logged-in client per role, change-form POST data, a real browser."""

from pathlib import Path

import pytest
from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.auth.models import Group, User
from django.db import transaction
from django.test import Client
from playwright.sync_api import expect

from claims.demo import DEMO_PASSWORD, load_demo
from tests import conftest

# Role label -> demo username; "Admin" gets its own non-superuser so the group's permissions are what's tested.
ROLES = {
    "superuser": "admin",
    "Admin": "admin-group",
    "Editor": "editor",
    "Fact-checker": "factchecker",
    "Reporter": "reporter",
}


@pytest.fixture(scope="module")
def demo_newsroom(django_db_setup, django_db_blocker):
    """The demo newsroom (claims.demo), put in once per module and rolled back after it.

    Each test still runs in its own savepoint (the `db` fixture), like TestCase.setUpTestData.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        conftest.demo_newsroom()
        member = User.objects.create_user("admin-group", password="pw", is_staff=True)
        member.groups.add(Group.objects.get(name="Admin"))
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_newsroom, db):
    """The role users of the demo newsroom: superuser, Admin, Editor, Fact-checker, Reporter."""
    return {role: User.objects.get(username=username) for role, username in ROLES.items()}


def client_for(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def registered_admins():
    """Every ModelAdmin on the default admin site, in a stable order."""
    return sorted(admin.site._registry.items(), key=lambda item: item[0]._meta.label)


def _form_values(form, data):
    for name, field in form.fields.items():
        key, value = form.add_prefix(name), form[name].value()
        if isinstance(field.widget, forms.CheckboxInput):
            if value:
                data[key] = "on"
        elif isinstance(value, list | tuple):
            data[key] = [str(item) for item in value]
        else:
            data[key] = "" if value is None else str(value)


def change_form_data(response) -> dict:
    """What the browser would POST back for an unchanged admin change form (main form and inlines)."""
    data = {}
    _form_values(response.context["adminform"].form, data)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        _form_values(formset.management_form, data)
        for form in formset.forms:
            _form_values(form, data)
    return data


def messages_of(response) -> list[str]:
    return [str(message) for message in response.context["messages"]] if response.context else []


# --- A real browser: Debian's Chromium driven by Playwright, against the live test server ---------------

SCREENSHOTS = Path(settings.BASE_DIR) / "test-results"


@pytest.fixture
def newsroom(transactional_db, live_server):
    """The demo newsroom on the live server."""
    load_demo()
    return live_server


@pytest.fixture
def page(browser, newsroom):
    context = browser.new_context(base_url=newsroom.url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


def log_in(page, username):
    page.goto("/admin/login/?next=/admin/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.click("input[type=submit]")
    expect(page.locator("#user-tools")).to_contain_text(username)
