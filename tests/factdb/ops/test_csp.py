"""Content-Security-Policy: every page gets it, and the admin and Swagger UI work under it with local assets only."""

import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth.models import User
from playwright.sync_api import expect


class Assets(HTMLParser):
    """What a page loads (script, stylesheet, image, icon URLs) and its inline scripts' nonces."""

    def __init__(self, html):
        super().__init__()
        self.urls, self.inline_script_nonces = [], []
        self._in_script = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in {"script", "img", "iframe"} and attrs.get("src"):
            self.urls.append(attrs["src"])
        if tag == "link" and attrs.get("href"):
            self.urls.append(attrs["href"])
        if tag == "script" and not attrs.get("src") and attrs.get("type", "text/javascript") == "text/javascript":
            self.inline_script_nonces.append(attrs.get("nonce"))


def policy(response):
    header = response["Content-Security-Policy"]
    return {d.split()[0]: d.split()[1:] for d in header.split(";") if d.strip()}


def assert_self_hosted(urls):
    assert urls
    for url in urls:
        assert url.startswith("/"), url
        assert not url.startswith("//"), url


@pytest.mark.django_db
def test_admin_login_page_has_the_policy_and_only_local_assets(client):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    directives = policy(response)
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]  # no inline scripts at all on this page
    assert directives["frame-ancestors"] == ["'none'"]
    assets = Assets(response.text)
    assert_self_hosted(assets.urls)
    assert assets.inline_script_nonces == []


@pytest.mark.django_db
def test_api_docs_inline_script_carries_the_nonce_of_the_policy(client):
    response = client.get("/api/docs/")

    assert response.status_code == 200
    script_src = policy(response)["script-src"]
    nonce = re.fullmatch(r"'nonce-(.+)'", script_src[1]).group(1)
    assert script_src[0] == "'self'"
    assert "'unsafe-inline'" not in script_src
    assets = Assets(response.text)
    assert assets.inline_script_nonces == [nonce]
    assert_self_hosted(assets.urls)
    assert any("drf_spectacular_sidecar/swagger-ui-dist" in url for url in assets.urls)


@pytest.mark.django_db
def test_json_api_and_healthz_answers_carry_it_too(client):
    assert "Content-Security-Policy" in client.get("/healthz")
    assert "Content-Security-Policy" in client.get("/api/v1/")


@pytest.mark.browser
def test_admin_and_swagger_ui_work_in_a_browser_under_the_policy(browser, transactional_db, live_server):
    User.objects.create_superuser("root", password="pw")
    context = browser.new_context(base_url=live_server.url)
    context.set_default_timeout(10_000)
    page = context.new_page()
    violations, requests = [], []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    page.on("request", lambda request: requests.append(request.url))

    page.goto("/admin/login/?next=/admin/")
    page.fill("#id_username", "root")
    page.fill("#id_password", "pw")
    page.click("input[type=submit]")
    expect(page.locator("#user-tools")).to_contain_text("root")
    # A change list with the date-range filter (inline script with the nonce) and a change form with its widgets.
    page.goto("/admin/claims/claim/")
    expect(page.locator("#changelist-filter")).to_be_visible()
    page.goto("/admin/claims/claim/add/")
    expect(page.locator("#content-main form")).to_be_visible()

    page.goto("/api/docs/")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("factdb partner API")
    expect(page.locator(".swagger-ui .opblock").first).to_be_visible()  # the schema was fetched and rendered

    context.close()
    assert violations == []
    assert all(url.startswith(live_server.url) for url in requests), [u for u in requests if live_server.url not in u]
