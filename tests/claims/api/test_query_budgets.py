"""Queries per list request are constant in the page size and within the committed budgets."""

import json
from pathlib import Path

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims import actions

BUDGETS = {
    k: v
    for k, v in json.loads((Path(__file__).parent / "query_budgets.json").read_text()).items()
    if not k.startswith("_")
}


def add_data(build, users, n, first=0):
    editor = users["editor"]
    topic = actions.topic_for("Budget", actor=editor)
    for i in range(first, first + n):
        claim = build.published_claim(f"The budget claim {i}")
        actions.do_set_topics(claim, [topic], actor=editor)
        actions.do_revise_fact_check(
            claim.current_fact_check, actor=editor, changes={"headline": f"Budget {i}"}, correction_note="Fixed."
        )


def url_for(name):
    return f"/{name}" if name.startswith("v1alpha1") else f"/api/v1/{name}/?page_size=200"


def statements(client, url) -> list[str]:
    """The SQL a request runs (the savepoints that stand for its transaction inside a test are not counted)."""
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return [q["sql"] for q in ctx.captured_queries if not q["sql"].startswith(("SAVEPOINT", "RELEASE SAVEPOINT"))]


def count(client, url):
    return len(statements(client, url))


@pytest.mark.django_db
def test_list_queries_are_constant_and_within_budget(client, build, users, settings):
    settings.FACTDB_API_KEY_CACHE_SECONDS = 0  # the worst case: the key looked up on every request
    add_data(build, users, 2)
    small = {name: count(client, url_for(name)) for name in BUDGETS}
    add_data(build, users, 8, first=2)
    for name, budget in BUDGETS.items():
        large = statements(client, url_for(name))
        assert len(large) <= budget, (name, large)
        assert len(large) == small[name], (name, small[name], len(large))
