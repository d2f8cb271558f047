"""Other fact-checkers' ClaimReview: JSON-LD @graph, plain lists and the Fact Check Tools API response."""

import datetime

import pytest

from claims.bulk.importer import import_data
from claims.models import Claim, ExternalReview, FactCheck
from sources.models import Outlet, Source, Speaker
from tests.claims.bulk.conftest import FIXTURES, fixture_bytes, run_command

pytestmark = pytest.mark.django_db


def test_graph_with_multiple_publishers():
    result = run_command("import_data", FIXTURES / "claimreview_graph.jsonld")
    assert result.code == 0, result.err
    politifact = ExternalReview.objects.get(publisher_name="PolitiFact (example)")
    assert (politifact.textual_rating, politifact.category) == ("Pants on Fire!", "false")
    assert (politifact.rating_value, politifact.worst_rating, politifact.best_rating) == (1, 1, 6)
    assert politifact.publisher_site == "politifact.example"
    assert politifact.reviewed_on == datetime.date(2024, 3, 4)
    assert politifact.language == "en"
    assert politifact.raw["headline"] == "No, unemployment did not fall by 42 percent"
    claim = politifact.claim
    assert claim.text == "Unemployment fell by 42 percent last year."
    # appearance + firstAppearance -> two sources, said by the item's author.
    assert set(claim.appearances.values_list("source__url", flat=True)) == {
        "https://dailyplanet.example/news/budget",
        "https://video.example/watch?v=abc123",
    }
    ada = Speaker.objects.get(name="Ada Minister")
    assert (ada.role, ada.same_as) == ("Minister of Finance", ["https://en.wikipedia.org/wiki/Ada_Minister"])
    assert set(claim.appearances.values_list("speaker", flat=True)) == {ada.pk}
    assert claim.first_seen_on == datetime.date(2024, 2, 28)
    assert Outlet.objects.get(name="Daily Planet").domain == "dailyplanet.example"

    spanish = ExternalReview.objects.get(publisher_name="Verificado Ejemplo")
    assert (spanish.textual_rating, spanish.category, spanish.language) == ("Engañoso", "mostly_false", "es")
    assert spanish.claim.language == "es"
    assert Speaker.objects.get(name="Acme Lobby").kind == "organization"
    # Their verdicts are not our fact-checks.
    assert FactCheck.objects.count() == 0


def test_list_with_fallback_ratings_and_warnings(users):
    report = import_data(fixture_bytes("claimreview_list.json"), fmt="claimreview", user=users["editor"])
    assert report.ok, report.errors
    faux = ExternalReview.objects.get(url="https://lemonde-fact.example/les-decodeurs/article/2024/05/02/faux-plan")
    assert (faux.category, faux.language) == ("false", "fr")
    # "Jose Garcia" without accent, a new speaker; appears in the Spanish source.
    assert Speaker.objects.matching("José García").get().name == "Jose Garcia"
    fullfact = ExternalReview.objects.get(publisher_name="Full Fact (example)")
    assert fullfact.category == "false"  # keyword "incorrect" in a sentence-long rating
    assert fullfact.claim.appearances.count() == 0  # no appearance given: claim and review only
    spun = ExternalReview.objects.get(url="https://checker.example/reviews/44")
    assert spun.category == "mostly_true"  # unknown text: ratingValue 4 between 1 and 5
    warnings = {(w.row, w.message) for w in report.warnings}
    assert (2, "rating “This is incorrect. The fall was 4.2 percent, not 42 percent.” mapped to false by keyword") in (
        warnings
    )
    assert (3, "rating “Spinning like a top” mapped to mostly_true by numeric") in warnings


def test_google_fact_check_tools_response(users):
    report = import_data(fixture_bytes("google_factcheck_search.json"), fmt="claimreview", user=users["editor"])
    assert report.ok, report.errors
    assert report.created["external reviews"] == 3
    reviews = {r.publisher_name: r for r in ExternalReview.objects.all()}
    assert reviews["AFP Factual (ejemplo)"].category == "false"
    assert reviews["AFP Factual (ejemplo)"].publisher_site == "factual.afp.example"
    assert reviews["correctiv.example"].category == "false"  # publisher without a name: its site
    assert reviews["correctiv.example"].reviewed_on == datetime.date(2021, 1, 12)
    assert Claim.objects.count() == 2


def test_same_review_in_two_files_is_stored_once(users):
    import_data(fixture_bytes("claimreview_graph.jsonld"), fmt="claimreview", user=users["editor"])
    report = import_data(fixture_bytes("google_factcheck_search.json"), fmt="claimreview", user=users["editor"])
    assert report.existing["external reviews"] == 1  # PolitiFact's review, by URL
    assert ExternalReview.objects.count() == 4
    assert Claim.objects.filter(text="Unemployment fell by 42 percent last year.").count() == 1


def test_bad_review_reports_json_paths(write):
    data = b"""[{"@type": "ClaimReview", "url": "https://ok.example/r/1", "claimReviewed": "X",
      "author": {"name": "Ok"}, "datePublished": "yesterday",
      "reviewRating": {"alternateName": "False", "ratingValue": "low"},
      "itemReviewed": {"appearance": [{"url": "https://ok.example/a"}, {"url": "not a url"}]}}]"""
    before = Source.objects.count()
    result = run_command("import_data", write("bad.jsonld", data))
    assert result.code == 1
    assert "row 1, datePublished: Enter a real date as YYYY-MM-DD. (value: 'yesterday')" in result.err
    assert "row 1, reviewRating.ratingValue: Enter a number." in result.err
    assert "row 1, itemReviewed.appearance[1].url: Enter a valid" in result.err
    assert Source.objects.count() == before
    assert ExternalReview.objects.count() == 0
