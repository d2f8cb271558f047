"""Fixtures for the partner API tests: keys, an authenticated client, and a mixed public/private dataset.

The API kit's tests (tests/factdb/api) and the claims API's (tests/claims/api) both use them: each directory's
conftest.py imports them from here. (Not in tests/conftest.py: `client` would replace Django's test client in every
other test.)
"""

import pytest

from claims import actions
from claims.models import Correction, CorrectionKind, FactCheckStatus
from factdb.accounts import do_create_api_key
from sources import actions as sources
from tests.conftest import Snapshot
from tests.openapi import ValidatingClient

MARKER = "ZQX-SECRET-4711"


@pytest.fixture(autouse=True)
def _fresh_throttle_state(settings):
    # Throttle counters are per key (or per address), and keys are new in every test: no need to clear the
    # cache, which with Redis would also wipe the counters of a test running in the other worker.
    settings.FACTDB_API_RATE = "100000/hour"
    settings.FACTDB_API_ANONYMOUS_RATE = "100000/hour"


@pytest.fixture
def api_key(users, request):
    if "world" in request.fixturenames:
        request.getfixturevalue("world")  # first, so it starts from the rows its snapshot was built on
    _, secret = do_create_api_key("Test partner", actor=users["admin"])
    return secret


@pytest.fixture
def client(api_key):
    """A partner's client; every answer it gets is checked against the published OpenAPI document."""
    client = ValidatingClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {api_key}")
    return client


class World:
    """Handles on the seeded objects, public and not."""


@pytest.fixture
def world(build, users):
    """Public data plus every kind of non-public object, each carrying MARKER where text can leak."""
    return public_and_private_world(build, users)


def _build_world(build, users):
    w = World()
    editor, factchecker, reporter = users["editor"], users["factchecker"], users["reporter"]
    w.topic = actions.do_create_topic("Economy", actor=editor)
    w.speaker = build.speaker(
        "Ada Public", role="Minister of Finance", wikidata_id="Q42", same_as=["https://en.wikipedia.org/wiki/Ada"]
    )
    w.source = build.source(title="Budget speech report")
    w.outlet = w.source.outlet
    w.claim = build.published_claim("Unemployment fell by 42 percent last year", speaker=w.speaker, source=w.source)
    actions.do_set_topics(w.claim, [w.topic], actor=editor)
    actions.do_change_claim(w.claim, {"internal_notes": f"{MARKER} claim note"}, actor=reporter)
    w.fact_check = w.claim.current_fact_check
    actions.do_revise_fact_check(
        w.fact_check, actor=factchecker, changes={"internal_notes": f"{MARKER} reviewer comment"}
    )
    actions.do_revise_fact_check(
        w.fact_check,
        actor=editor,
        changes={"rating": build.rating("mostly_false")},
        correction_note="Rating revised after new data.",
    )
    w.claim.refresh_from_db()
    w.fact_check.refresh_from_db()
    w.correction = Correction.objects.get(fact_check=w.fact_check)

    # A second public claim, unproven verdict, by an organisation.
    w.org = build.speaker("Acme Lobby", kind="organization")
    w.claim2 = build.published_claim("Imports doubled since the treaty", speaker=w.org)

    # Public claim whose fact-check is still in review: claim visible, draft verdict not.
    w.review_claim = build.in_review_claim("Taxes are lower than ever", speaker=w.speaker)
    w.review_claim = actions.do_set_claim_visibility(w.review_claim, True, actor=editor)
    w.draft = actions.do_revise_fact_check(
        w.review_claim.fact_checks.get(),
        actor=factchecker,
        changes={"headline": f"Draft verdict {MARKER}", "explanation": f"Draft text {MARKER}"},
    )

    # Internal claim with its own speaker, source and outlet: none of them may appear.
    w.hidden_speaker = build.speaker(f"Hidden Person {MARKER}")
    w.hidden_source = build.source(title=f"Hidden article {MARKER}")
    w.hidden_outlet = sources.do_change_outlet(
        w.hidden_source.outlet, {"name": f"Hidden Outlet {MARKER}"}, actor=reporter
    )
    w.internal_claim = build.claim(
        f"Internal claim {MARKER}", speaker=w.hidden_speaker, source=w.hidden_source, internal_notes=MARKER
    )

    # Published, then retracted: the claim stays public, and so does its verdict, marked retracted,
    # with the reason in the corrections log (partners read it; it is not made to vanish).
    w.retracted_claim = build.retracted_claim(
        "The bridge cost 3 billion", speaker=w.speaker, reason="The cost report we relied on was withdrawn."
    )
    w.retracted = w.retracted_claim.fact_checks.get()
    assert w.retracted.status == FactCheckStatus.RETRACTED
    w.retraction = Correction.objects.get(fact_check=w.retracted, kind=CorrectionKind.RETRACTION)

    # Made public while its verdict was still in review, then made internal again: the claim, its
    # draft and its speaker, source and outlet disappear. (A claim with a verdict partners read is
    # retracted, never hidden: see the retracted claim above.)
    w.unpublished_claim = build.in_review_claim(
        f"Unpublished claim {MARKER}", speaker=w.hidden_speaker, source=w.hidden_source
    )
    actions.do_set_claim_visibility(w.unpublished_claim, True, actor=editor)
    w.unpublished_fc = w.unpublished_claim.fact_checks.get()
    w.unpublished_claim = actions.do_set_claim_visibility(w.unpublished_claim, False, actor=editor)
    return w


# Built once per worker through the action layer, put back for every test that starts from the same rows.
public_and_private_world = Snapshot(_build_world)
