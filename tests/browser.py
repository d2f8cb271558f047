"""A real headless browser for the suite: Debian's Chromium driven by Playwright (never a downloaded build)."""

import os

import pytest

CHROMIUM = "/usr/bin/chromium"  # Debian's; Playwright must never download a browser here
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    """One Chromium per module."""
    from playwright.sync_api import sync_playwright  # only where a test asks for the browser

    # Playwright's sync API runs an event loop in this thread; the ORM calls in the tests are still synchronous.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
