"""Query budgets for the admin's change pages, the pages editors spend their day on (budgets committed in
query_budgets.json beside the lists' ones: raise one only with a reason in the commit message)."""

import json
from pathlib import Path

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims import actions
from tests.claims.admin.conftest import client_for

BUDGETS = json.loads((Path(__file__).parent / "query_budgets.json").read_text())


# Change pages: the pages editors spend their day on. Each field, inline and button asks the permission
# table; an object's state is read once per page, and every appearance of a claim is drawn from one query.
CHANGE_PAGES = {
    "claims.claim change": lambda claim: ("claims", "claim", claim.pk),
    "claims.appearance change": lambda claim: ("claims", "appearance", claim.appearances.order_by("pk")[0].pk),
    "sources.speaker change": lambda claim: ("sources", "speaker", claim.appearances.order_by("pk")[0].speaker_id),
    "sources.source change": lambda claim: ("sources", "source", claim.appearances.order_by("pk")[0].source_id),
}


def _change_page_queries(client, claim):
    counts = {}
    for label, where in CHANGE_PAGES.items():
        app, model, pk = where(claim)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(reverse(f"admin:{app}_{model}_change", args=[pk]))
        assert response.status_code == 200, label
        counts[label] = len(captured)
    return counts


def test_change_pages_stay_within_budget_and_do_not_grow_with_appearances(build, users):
    editor_client = client_for(users["editor"])
    claim = build.published_claim()
    _change_page_queries(editor_client, claim)  # the first page also fills Django's caches (content types)
    measured = [_change_page_queries(editor_client, claim)]
    for n in range(4):  # pending appearances (a reporter's) and published ones (an editor's)
        author = build.reporter if n % 2 else users["editor"]
        actions.do_capture_appearance(
            actor=author, claim=claim, source=build.source(), speaker=build.speaker(), quote=f"Quote {n} of it."
        )
    measured.append(_change_page_queries(editor_client, claim))
    print("admin change page queries (1 -> 5 appearances):", measured)
    # Django's autocomplete widget draws its chosen speaker and source with a query of its own, per appearance.
    grown = {label: measured[1][label] - measured[0][label] for label in CHANGE_PAGES}
    assert grown == {**dict.fromkeys(CHANGE_PAGES, 0), "claims.claim change": 2 * 4}, f"an N+1 query: {grown}"
    for label, count in measured[1].items():
        assert count <= BUDGETS[label], f"{label}: {count} queries, budget {BUDGETS[label]}"
