"""Fixtures for the partner API tests: keys, an authenticated client, and a mixed public/private dataset."""

import pytest
from django.core.cache import cache
from rest_framework.test import APIClient
from rest_framework_api_key.models import APIKey

from claims import workflow
from claims.models import Correction, FactCheckStatus, Topic

MARKER = "ZQX-SECRET-4711"


@pytest.fixture(autouse=True)
def _fresh_throttle_state(settings):
    settings.FACTDB_API_RATE = "100000/hour"
    cache.clear()


@pytest.fixture
def api_key(db):
    _, key = APIKey.objects.create_key(name="Test partner")
    return key


@pytest.fixture
def client(api_key):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {api_key}")
    return client


class World:
    """Handles on the seeded objects, public and not."""


@pytest.fixture
def world(build, users):
    """Public data plus every kind of non-public object, each carrying MARKER where text can leak."""
    w = World()
    editor = users["editor"]
    w.topic = Topic.objects.create(name="Economy", slug="economy")
    w.speaker = build.speaker(
        "Ada Public", role="Minister of Finance", wikidata_id="Q42", same_as=["https://en.wikipedia.org/wiki/Ada"]
    )
    w.source = build.source(title="Budget speech report")
    w.outlet = w.source.outlet
    w.claim = build.published_claim("Unemployment fell by 42 percent last year", speaker=w.speaker, source=w.source)
    w.claim.topics.add(w.topic)
    w.claim.internal_notes = f"{MARKER} claim note"
    w.claim.save()
    w.fact_check = w.claim.current_fact_check
    w.fact_check.internal_notes = f"{MARKER} reviewer comment"
    w.fact_check.save()
    workflow.correct_fact_check(
        w.fact_check, editor, "Rating revised after new data.", rating=build.rating("mostly_false")
    )
    w.correction = Correction.objects.get(fact_check=w.fact_check)

    # A second public claim, unproven verdict, by an organisation.
    w.org = build.speaker("Acme Lobby", kind="organization")
    w.claim2 = build.published_claim("Imports doubled since the treaty", speaker=w.org)

    # Public claim whose fact-check is still in review: claim visible, draft verdict not.
    w.review_claim = build.in_review_claim("Taxes are lower than ever", speaker=w.speaker)
    w.review_claim = workflow.set_claim_visibility(w.review_claim, editor, True)
    w.draft = w.review_claim.fact_checks.get()
    w.draft.headline = f"Draft verdict {MARKER}"
    w.draft.explanation = f"Draft text {MARKER}"
    w.draft.save()

    # Internal claim with its own speaker, source and outlet: none of them may appear.
    w.hidden_speaker = build.speaker(f"Hidden Person {MARKER}")
    w.hidden_source = build.source(title=f"Hidden article {MARKER}")
    w.hidden_outlet = w.hidden_source.outlet
    w.hidden_outlet.name = f"Hidden Outlet {MARKER}"
    w.hidden_outlet.save()
    w.internal_claim = build.claim(
        f"Internal claim {MARKER}", speaker=w.hidden_speaker, source=w.hidden_source, internal_notes=MARKER
    )

    # Published, then retracted: the claim stays public, its fact-check is withdrawn.
    w.retracted_claim = build.published_claim("The bridge cost 3 billion", speaker=w.speaker)
    w.withdrawn = w.retracted_claim.current_fact_check
    w.withdrawn.headline = f"Withdrawn verdict {MARKER}"
    w.withdrawn.save()
    workflow.transition_claim(w.retracted_claim, "retract", editor)
    w.withdrawn.refresh_from_db()
    assert w.withdrawn.status == FactCheckStatus.WITHDRAWN

    # Published, then made internal again: claim and its published fact-check disappear.
    w.unpublished_claim = build.published_claim(
        f"Unpublished claim {MARKER}", speaker=w.hidden_speaker, source=w.hidden_source
    )
    w.unpublished_fc = w.unpublished_claim.current_fact_check
    workflow.set_claim_visibility(w.unpublished_claim, editor, False)
    return w
