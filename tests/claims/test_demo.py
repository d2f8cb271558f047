"""The demo newsroom built from the seed article, and its idempotence."""

from io import StringIO

import pytest
from django.core.management import call_command

from claims.demo import DEMO_USERS
from claims.models import Appearance, Claim, ClaimStatus, Correction, Evidence, FactCheck, FactCheckStatus
from sources.models import Source, Speaker


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Claim, Appearance, FactCheck, Evidence, Correction, Source, Speaker)
    }


@pytest.mark.django_db
def test_load_demo_is_idempotent():
    call_command("load_demo", stdout=StringIO())
    first = counts()
    call_command("load_demo", stdout=StringIO())
    assert counts() == first


def test_demo_matches_the_brief(demo):
    assert Claim.objects.count() >= 5
    # Every appearance quotes its source verbatim, and the claim is in the source's language.
    for appearance in Appearance.objects.select_related("source", "claim"):
        assert appearance.quote in appearance.source.full_text
        assert appearance.claim.language == appearance.source.language
    # Published claims, with sources, in English, Spanish and Russian (search is tested in each: tests/claims/api).
    for language in ("en", "es", "ru"):
        assert Source.objects.filter(language=language).exists(), language
        assert FactCheck.objects.filter(status=FactCheckStatus.PUBLISHED, claim__language=language).exists()
    kabulov = Speaker.objects.matching("Kubalov").get()
    assert kabulov.name == "Zamir Kabulov"
    # The Russian source's claim was attributed to him by his name in Cyrillic.
    assert Appearance.objects.filter(speaker=kabulov, source__language="ru").exists()
    assert Speaker.objects.matching("Kremlin").get().kind == "organization"
    published = FactCheck.objects.filter(status=FactCheckStatus.PUBLISHED)
    assert published.count() >= 3
    assert all(fc.evidence.exists() and fc.reviewer_id != fc.author_id for fc in published)
    assert published.filter(claim__text__icontains="Crocus").exists()
    assert published.filter(claim__text__icontains="Taliban from its list").exists()
    assert Correction.objects.count() >= 1
    assert FactCheck.objects.exclude(status=FactCheckStatus.PUBLISHED).exists()  # drafts
    assert Claim.objects.filter(is_public=False).exists()
    assert Claim.objects.filter(is_public=True).exclude(status=ClaimStatus.PUBLISHED).exists()  # tracked publicly


def test_demo_users_can_log_in(demo, client):
    for username, role, _ in DEMO_USERS:
        assert client.login(username=username, password="factdb-demo"), username
        response = client.get("/admin/")
        assert response.status_code == 200, role
