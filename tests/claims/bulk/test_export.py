"""export_public: only what partners may see, in every format, and it imports back."""

import csv
import json

import pgtrigger
import pytest

from claims import actions
from claims.bulk.importer import import_data
from claims.models import (
    Appearance,
    Claim,
    ClaimTopic,
    ClaimTransition,
    Correction,
    ExternalReview,
    FactCheck,
    FactCheckRevision,
)
from factdb import guard
from sources import actions as sources
from sources.models import Outlet, Source, Speaker
from tests.claims.bulk.conftest import run_command
from tests.conftest import Snapshot

pytestmark = pytest.mark.django_db
MARKER = "ZQX-INTERNAL-4711"


@pytest.fixture
def world(build, users):
    """Public claims, plus internal claims, drafts and notes that carry MARKER wherever text can leak.
    Built once per worker (tests/conftest.py Snapshot)."""
    return _world_rows(build, users)


def _build_world(build, users):
    editor, factchecker, reporter = users["editor"], users["factchecker"], users["reporter"]
    speaker = build.speaker("Ada Public", role="Minister of Finance", wikidata_id="Q42", aliases=["A. Public"])
    source = build.source(title="Budget speech report", published_on="2024-03-01")
    published = build.published_claim("Unemployment fell by 42 percent last year", speaker=speaker, source=source)
    actions.do_change_claim(published, {"internal_notes": f"{MARKER} claim note"}, actor=reporter)
    fact_check = published.current_fact_check
    actions.do_revise_fact_check(
        fact_check, actor=factchecker, changes={"internal_notes": f"{MARKER} reviewer comment"}
    )
    actions.do_revise_fact_check(
        fact_check,
        actor=editor,
        changes={"rating": build.rating("mixed")},
        correction_note="Rating revised after new data.",
    )
    second = build.published_claim(
        "Imports doubled since the treaty", speaker=build.speaker("Acme Lobby", kind="organization")
    )
    # A public claim whose verdict is still a draft in review.
    followed = build.in_review_claim("Taxes are lower than ever", speaker=speaker)
    actions.do_set_claim_visibility(followed, True, actor=editor)
    actions.do_revise_fact_check(
        followed.fact_checks.get(),
        actor=factchecker,
        changes={"headline": f"Draft {MARKER}", "explanation": f"Draft text {MARKER}"},
    )
    # Internal claim, its own speaker, source and outlet.
    hidden_source = build.source(title=f"Hidden article {MARKER}")
    sources.do_change_outlet(hidden_source.outlet, {"name": f"Hidden Outlet {MARKER}"}, actor=reporter)
    build.claim(f"Internal claim {MARKER}", speaker=build.speaker(f"Hidden {MARKER}"), source=hidden_source)
    # Made public (before any verdict), then internal again. (A claim with a verdict partners read is
    # retracted, never made internal.)
    unpublished = build.claim(f"Unpublished {MARKER}", speaker=build.speaker(f"Gone {MARKER}"), is_public=True)
    actions.do_set_claim_visibility(unpublished, False, actor=editor)
    # Another newsroom's verdict on our public claim: not ours to republish.
    review = [
        {
            "@type": "ClaimReview",
            "url": "https://other.example/r",
            "claimReviewed": published.text,
            "author": {"name": f"Other {MARKER}"},
            "reviewRating": {"alternateName": "False"},
        }
    ]
    report = import_data(json.dumps(review).encode(), fmt="claimreview", user=reporter)
    assert report.ok, report.errors
    assert ExternalReview.objects.get().claim == published
    return {"published": published, "second": second, "followed": followed, "users": users}


_world_rows = Snapshot(_build_world)


def export(fmt, tmp_path):
    target = tmp_path / ("out" if fmt == "csv" else f"export.{fmt}")
    result = run_command("export_public", "--format", fmt, "--output", target)
    assert result.code == 0, result.err
    if fmt == "csv":
        return {path.name: path.read_text() for path in target.iterdir()}
    return {target.name: target.read_text()}


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "claimreview"])
def test_export_contains_public_data_only(world, tmp_path, fmt):
    files = export(fmt, tmp_path)
    text = "\n".join(files.values())
    assert MARKER not in text
    for user in world["users"].values():  # no author or reviewer identity
        assert f'"{user.username}"' not in text
        assert f",{user.username}," not in text
    assert "Unemployment fell by 42 percent last year" in text
    if fmt != "claimreview":
        assert "Taxes are lower than ever" in text  # public claim, draft verdict hidden
        assert "Rating revised after new data." in text  # public correction


def test_json_export_mirrors_the_api(world, tmp_path):
    data = json.loads(export("json", tmp_path)["export.json"])
    assert data["format"] == "factdb-public-export"
    assert {c["text"] for c in data["claims"]} == {
        "Unemployment fell by 42 percent last year",
        "Imports doubled since the treaty",
        "Taxes are lower than ever",
    }
    assert len(data["fact_checks"]) == 2
    assert len(data["corrections"]) == 1
    assert {s["name"] for s in data["speakers"]} == {"Ada Public", "Acme Lobby"}
    fact_check = data["fact_checks"][0]
    assert "internal_notes" not in fact_check
    assert "author" not in fact_check
    assert "reviewer" not in fact_check
    ada = next(s for s in data["speakers"] if s["name"] == "Ada Public")
    assert ada["aliases"] == ["A. Public"]
    assert ada["wikidata_id"] == "Q42"


def test_jsonl_and_stdout(world, tmp_path):
    result = run_command("export_public", "--format", "jsonl")
    lines = [json.loads(line) for line in result.out.splitlines()]
    assert lines[0]["type"] == "header"
    assert sum(1 for line in lines if line["type"] == "claim") == 3
    assert "Exported 3 claims" in result.err


def test_csv_export_columns(world, tmp_path):
    files = export("csv", tmp_path)
    assert set(files) == {"claims.csv", "fact_checks.csv", "corrections.csv", "speakers.csv", "sources.csv",
                          "outlets.csv", "topics.csv"}  # fmt: skip
    rows = list(csv.DictReader(files["claims.csv"].splitlines()))
    row = next(r for r in rows if r["claim_text"] == "Unemployment fell by 42 percent last year")
    assert (row["rating_category"], row["speaker"], row["published_on"]) == ("mixed", "Ada Public", "2024-03-01")
    assert run_command("export_public", "--format", "csv").code == 1  # needs --output


def test_claimreview_export_is_valid_claimreview(world, tmp_path):
    reviews = json.loads(export("claimreview", tmp_path)["export.claimreview"])
    assert len(reviews) == 2
    assert all(r["@type"] == "ClaimReview" and r["reviewRating"]["alternateName"] for r in reviews)


def _empty_database():
    """Delete every claim, fact-check, source, outlet and speaker (users, ratings and topics stay).

    No action may do this (published verdicts and corrections are kept for good): the test stands in for
    a fresh installation, so it writes around the action layer.
    """
    with guard.opened("test: empty the database, as a fresh installation would be"):
        ExternalReview.objects.all().delete()
        Claim.objects.update(current_fact_check=None)
        with pgtrigger.ignore(
            "claims.Correction:correction_append_only",
            "claims.FactCheckRevision:revision_append_only",
            "claims.ClaimTransition:transition_append_only",
        ):
            Correction.objects.all().delete()
            FactCheckRevision.objects.all().delete()
            ClaimTransition.objects.all().delete()
        FactCheck.objects.all().delete()
        ClaimTopic.objects.all().delete()
        Appearance.objects.all().delete()
        Claim.objects.all().delete()
        Source.objects.all().delete()
        Outlet.objects.all().delete()
        Speaker.objects.all().delete()


def _snapshot(claims_queryset):
    claims = {}
    for claim in claims_queryset:
        claims[claim.text] = {
            # Captured appearances default to the source's date when said_on is unknown.
            (a.quote, a.speaker.name if a.speaker else None, a.source.url, a.kind, a.said_on or a.source.published_on)
            for a in Appearance.objects.filter(claim=claim).select_related("speaker", "source")
        }
    return claims


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_round_trip_into_an_empty_database(world, tmp_path, fmt):
    files_dir = tmp_path / "out"
    if fmt == "csv":
        run_command("export_public", "--format", "csv", "--output", files_dir)
        inputs = [(files_dir / f"{kind}.csv", kind) for kind in ("speakers", "sources", "claims")]
    else:
        path = tmp_path / "export.json"
        run_command("export_public", "--format", "json", "--output", path)
        inputs = [(path, kind) for kind in ("speakers", "sources", "claims")]
    expected = _snapshot(Claim.objects.public())
    speakers = {(s.name, s.kind, s.role, s.wikidata_id) for s in Speaker.objects.public()}
    sources = {
        (s.url, s.title, s.published_on, s.outlet.name) for s in Source.objects.public().select_related("outlet")
    }

    _empty_database()
    for path, kind in inputs:
        result = run_command("import_data", path, "--kind", kind, "--format", fmt)
        assert result.code == 0, result.err
    assert _snapshot(Claim.objects.all()) == expected
    assert {(s.name, s.kind, s.role, s.wikidata_id) for s in Speaker.objects.all()} == speakers
    assert {(s.url, s.title, s.published_on, s.outlet.name) for s in Source.objects.select_related("outlet")} == sources
    assert Speaker.objects.matching("A. Public").get().name == "Ada Public"  # aliases survive
