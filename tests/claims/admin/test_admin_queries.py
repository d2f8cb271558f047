"""Query budgets for the busiest admin lists: bounded, constant in the number of rows, index-served search.

The budgets are committed in query_budgets.json (the change pages' too, tested in test_change_page_queries.py, which
is in the fast set); raise one only with a reason in the commit message.
"""

import re

import pytest
from django.contrib import admin
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from claims.models import Claim, FactCheck
from sources.actions import do_add_alias
from sources.models import Source, Speaker
from tests.claims.admin.test_change_page_queries import BUDGETS, CHANGE_PAGES

CHANGELISTS = {
    "claims.claim": Claim,
    "claims.factcheck": FactCheck,
    "sources.speaker": Speaker,
    "sources.source": Source,
}
SMALL, LARGE = 10, 200


def grow_newsroom(build, total, published_every=4):
    """Claims until there are `total`: some published (rating, fact-check), every speaker with an alias."""
    for n in range(Claim.objects.count(), total):
        claim = build.published_claim() if n % published_every == 0 else build.claim()
        speaker = claim.appearances.get().speaker
        do_add_alias(speaker, f"{speaker.name} Jr", actor=build.users["editor"])


def changelist_queries(client, model, **params):
    url = reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return response, [query["sql"] for query in captured.captured_queries]


@pytest.fixture
def editor_client(users):
    client = Client()
    client.force_login(users["editor"])
    return client


def test_changelists_stay_within_budget_and_do_not_grow_with_rows(build, editor_client):
    assert set(BUDGETS) == set(CHANGELISTS) | set(CHANGE_PAGES)
    measured = {}
    for size in (SMALL, LARGE):
        grow_newsroom(build, size)
        for label, model in CHANGELISTS.items():
            response, queries = changelist_queries(editor_client, model)
            assert len(response.context["cl"].result_list) == min(model.objects.count(), 50)
            measured.setdefault(label, {})[size] = len(queries)
    print("admin changelist queries (rows -> count):", measured)
    for label, counts in measured.items():
        assert counts[SMALL] == counts[LARGE], f"{label}: an N+1 query ({counts})"
        assert counts[LARGE] <= BUDGETS[label], f"{label}: {counts[LARGE]} queries, budget {BUDGETS[label]}"


COUNT = re.compile(r"\bCOUNT\(\*\)", re.I)


@pytest.mark.parametrize("label", CHANGELISTS)
def test_no_unbounded_count(build, editor_client, label):
    grow_newsroom(build, 60)  # more than a page
    response, queries = changelist_queries(editor_client, CHANGELISTS[label])
    counts = [sql for sql in queries if COUNT.search(sql)]
    assert counts, "the paginator's capped count is missing"
    for sql in counts:
        assert re.search(r"\bLIMIT \d+", sql), f"unbounded COUNT(*): {sql}"
    assert response.context["cl"].result_count == CHANGELISTS[label].objects.count()


def test_claim_search_sql_uses_tsvector_and_trigram_forms(build, editor_client):
    grow_newsroom(build, 20)
    wanted = build.claim("Grain exports through the Black Sea doubled last year")
    for term in ("Black Sea", "Sea", "xports"):  # a phrase: its words; one word: also part of a word
        response, queries = changelist_queries(editor_client, Claim, q=term)
        assert [claim.pk for claim in response.context["cl"].result_list] == [wanted.pk], term
        search_sql = " ".join(queries)
        assert '"search_vector" @@' in search_sql
        assert "websearch_to_tsquery" in search_sql
        substring = re.search(r'UPPER\("?\w+"?\."text"::text\) LIKE UPPER\(', search_sql)
        assert bool(substring) == (" " not in term), term
        assert '"text"::text LIKE' not in search_sql.replace("UPPER(", "")  # never a case-sensitive, unindexed scan


def _plan(queryset):
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE claims_claim")
        # Small test tables make any scan cheap; switch off the alternatives (sequential and ordered
        # primary-key scans) so the plan shows whether the GIN indexes can serve the search at all.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        plan = queryset.explain()
        cursor.execute("RESET enable_seqscan")
        cursor.execute("RESET enable_indexscan")
    return plan


def test_claim_search_is_served_by_gin_indexes(build, users):
    grow_newsroom(build, LARGE, published_every=LARGE)  # the plan depends on rows, not on verdicts
    wanted = build.claim("Wheat harvests in Kazakhstan fell by a third")
    model_admin = admin.site._registry[Claim]
    for term, index in [("harvests", "claim_search_vector"), ("akhsta", "claim_text_trgm")]:
        request = RequestFactory().get("/admin/claims/claim/", {"q": term})
        request.user = users["editor"]
        queryset, _ = model_admin.get_search_results(request, model_admin.get_queryset(request), term)
        assert list(queryset) == [wanted]
        assert index in _plan(queryset), term


@pytest.mark.parametrize("label", ["claims.claim", "claims.factcheck", "sources.source"])  # the big tables
def test_the_filter_sidebar_never_aggregates_a_big_table(build, editor_client, label):
    # RelatedOnly and AllValues filters list their choices with a DISTINCT over every row (1.3 s at 1M claims).
    grow_newsroom(build, 20)
    _, queries = changelist_queries(editor_client, CHANGELISTS[label])
    big = {"claims_claim", "claims_factcheck", "sources_source", "claims_claimtopic", "claims_appearance"}
    distinct_from = [re.search(r'SELECT DISTINCT .*? FROM "(\w+)"', sql, re.I | re.S) for sql in queries]
    assert not [found.group(1) for found in distinct_from if found and found.group(1) in big]


def test_the_language_filter_lists_the_languages_in_use(build, editor_client):
    for language in ("ru", "es", "en", "es"):
        build.claim(language=language)
    response, _ = changelist_queries(editor_client, Claim)
    language_filter = next(
        f for f in response.context["cl"].filter_specs if getattr(f, "field_path", None) == "language"
    )
    assert list(language_filter.lookup_choices) == ["en", "es", "ru"]
    filtered, _ = changelist_queries(editor_client, Claim, language="es")
    assert {claim.language for claim in filtered.context["cl"].result_list} == {"es"}
    assert len(filtered.context["cl"].result_list) == 2


def test_the_author_filter_offers_the_newsroom_only(build, editor_client, users):
    response, _ = changelist_queries(editor_client, FactCheck)
    author_filter = next(f for f in response.context["cl"].filter_specs if getattr(f, "field_path", None) == "author")
    offered = {label for _, label in author_filter.lookup_choices}
    assert users["editor"].username in offered
    assert not [user for user in users.values() if not user.is_staff and user.username in offered]
