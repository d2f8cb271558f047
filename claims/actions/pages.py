"""Partners' ClaimReview markup pages (the Google-compatible `pages` create, update and delete).

A partner key acts through the system account; the key is the partner's identity: it must hold
the `pages` scope and name an organisation, and only keys of the organisation that owns a page
change it. An update names the version it read; a stale one is refused and nothing is written.
"""

from typing import Any

from django.contrib.auth.models import User

from claims.models import PartnerPage
from factdb.actions import Forbidden, Refused, action, check, check_version, lock
from factdb.models import PartnerKey, PartnerScope


def _writer(key: PartnerKey) -> str:
    """The organisation `key` writes for; Forbidden without the pages scope or an organisation."""
    if PartnerScope.PAGES not in (key.scopes or []):
        raise Forbidden("This API key may not write ClaimReview pages (it lacks the pages scope).")
    if not key.organization.strip():
        raise Forbidden("This API key names no organisation, so it cannot own pages; ask the newsroom to set one.")
    return key.organization.strip()


def owned(page: PartnerPage, key: PartnerKey) -> bool:
    return page.organization == (key.organization or "").strip()


@action("page.create")
def do_create_page(document: dict[str, Any], *, actor: User, key: PartnerKey) -> PartnerPage:
    """A new markup page owned by the key's organisation."""
    check(actor, "page.create")
    page = PartnerPage(organization=_writer(key), page_url=document["pageUrl"], document=document, created_by_key=key)
    page.save()
    return page


@action("page.change")
def do_update_page(
    page: PartnerPage, document: dict[str, Any], *, actor: User, key: PartnerKey, expected_version: int | str | None
) -> PartnerPage:
    """Replace the page's markup; `expected_version` (the versionId read) must be the current one."""
    check(actor, "page.change")
    organization = _writer(key)
    page = lock(page)
    if page.organization != organization:
        raise Forbidden("This page belongs to another organisation.")
    if expected_version in (None, ""):
        raise Refused("Name the version you read: versionId in the body, or an If-Match header.")
    check_version(page, expected_version)
    page.page_url, page.document = document["pageUrl"], document
    page.save()
    return page


@action("page.delete")
def do_delete_page(
    page: PartnerPage, *, actor: User, key: PartnerKey, expected_version: int | str | None = None
) -> None:
    """Delete the page (its history stays in the audit trail); a version, if named, must be current."""
    check(actor, "page.delete")
    organization = _writer(key)
    page = lock(page)
    if page.organization != organization:
        raise Forbidden("This page belongs to another organisation.")
    check_version(page, expected_version)
    page.delete()
