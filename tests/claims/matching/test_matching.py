"""Claim matching on the lexical signals and on the fallback embedding path (fake encoder)."""

import sys
from pathlib import Path

import pytest

from claims import actions, matching
from claims.models import Claim, ClaimEmbedding

ROOT = Path(__file__).resolve().parents[3]
CROCUS = "The March 2024 attack on Crocus City Hall in Moscow killed 145 people."


def test_reworded_demo_claim_is_ranked_first(demo):
    matches = matching.similar_claims("145 people died in the Crocus City Hall attack in March 2024")
    assert matches[0].claim.text == CROCUS
    assert matches[0].score >= matching.SUGGEST_THRESHOLD
    assert all(m.score >= matching.SUGGEST_THRESHOLD for m in matches)


def test_same_text_is_a_near_certain_duplicate(demo):
    best = matching.similar_claims(CROCUS)[0]
    assert best.claim.text == CROCUS
    assert best.is_duplicate
    assert best.level == "duplicate"


def test_other_numbers_are_suggested_but_never_duplicates(demo):
    claim, score, signals = matching.similar_claims(CROCUS.replace("145", "45"))[0]
    assert claim.text == CROCUS
    assert matching.SUGGEST_THRESHOLD <= score < matching.DUPLICATE_THRESHOLD
    assert "numbers differ" in signals["guards"]


def test_negation_is_never_a_duplicate(demo):
    best = matching.similar_claims("The Taliban are not fighting the Afghan wing of ISIS.")[0]
    assert best.claim.text == "The Taliban are fighting the Afghan wing of ISIS."
    assert not best.is_duplicate
    assert "negation differs" in best.signals["guards"]


def test_exclude_and_unrelated_text(demo):
    crocus = Claim.objects.get(text=CROCUS)
    assert crocus not in [m.claim for m in matching.similar_claims(CROCUS, exclude=crocus)]
    assert crocus not in [m.claim for m in matching.similar_claims(CROCUS, exclude=[crocus.pk])]
    assert matching.similar_claims("The Premier League club sacked its manager after five defeats.") == []
    assert matching.similar_claims("   ") == []


def test_guards():
    assert matching.numbers_differ("killed 145 people", "killed 45 people")
    assert not matching.numbers_differ("10,000 migrants", "over 10000 migrants")
    assert not matching.numbers_differ("killed 145 in March 2024", "145 killed")  # a year on one side only
    assert matching.numbers_differ("in 2023", "in 2022")
    assert matching.negation_differs("It rose.", "It did not rise.")
    assert not matching.negation_differs("It didn't rise.", "It did not rise.")
    assert matching.direction_differs("Unemployment fell to 3%", "Unemployment rose to 3%")


# --- "Has this been checked?" ------------------------------------------------------------------


def test_published_matches_never_leak_unpublished_or_internal_claims(build, users):
    editor = users["editor"]
    published = build.published_claim("The wildfire destroyed 3,000 hectares of forest near Valencia.")
    # Near-identical claims that must never answer: in review (public, unpublished), and published but
    # retracted (a verdict partners read is retracted rather than made internal; it no longer stands).
    in_review = build.in_review_claim("The wildfire destroyed 3,000 hectares of forest near Valencia!")
    actions.do_set_claim_visibility(in_review, True, actor=editor)
    retracted = build.retracted_claim("The wildfire destroyed 3,000 hectares of forest near Valencia, Spain.")
    fresh = build.claim("The wildfire destroyed 3,000 hectares of forest near Valencia this week.")

    found = matching.published_matches("Near Valencia, 3,000 hectares of forest were destroyed by the wildfire.")
    assert [m.claim for m in found] == [published]
    assert found[0].fact_check.status == "published"
    assert found[0].score >= matching.SUGGEST_THRESHOLD
    leaked = {m.claim.pk for m in matching.published_matches(in_review.text, limit=50, min_score=0)}
    assert leaked == {published.pk}
    assert not {in_review.pk, retracted.pk, fresh.pk} & leaked
    # The same holds with the semantic signal on.
    from tests.claims.matching.conftest import FakeEncoder

    with matching.use_encoder(FakeEncoder()):
        matching.index_claims(Claim.objects.all())
        assert {m.claim.pk for m in matching.published_matches(in_review.text, limit=50, min_score=0)} == {published.pk}


# --- Embeddings: storage, freshness and the fallback cosine -------------------------------------

ECB = "The ECB lifted its key rate to 4%."
ECB_QUERY = "The European Central Bank raised interest rates to 4 percent."


def test_semantic_signal_finds_a_rewording_lexical_matching_misses(build, fake_encoder, monkeypatch):
    monkeypatch.setattr(matching.storage, "has_pgvector", lambda using="default": False)  # the fallback path
    ecb = build.claim(ECB)
    with matching.use_encoder(None):
        lexical = {m.claim: m for m in matching.similar_claims(ECB_QUERY)}
        assert ecb not in lexical
    assert matching.index_claims([ecb]) == 1
    assert matching.index_claims([ecb]) == 0  # fresh: nothing to do
    stored = ClaimEmbedding.objects.get(claim=ecb, model=fake_encoder.name)
    assert len(stored.vector) == fake_encoder.dimensions
    best = matching.similar_claims(ECB_QUERY)[0]
    assert best.claim == ecb
    assert best.signals["semantic"] > 0.9
    assert best.score >= matching.SUGGEST_THRESHOLD


def test_stale_embeddings_are_ignored_and_refreshed(build, fake_encoder, monkeypatch):
    monkeypatch.setattr(matching.storage, "has_pgvector", lambda using="default": False)
    ecb = build.claim(ECB)
    matching.index_claims([ecb])
    ecb = actions.do_change_claim(ecb, {"text": "Something else entirely about football."}, actor=build.reporter)
    assert ecb not in [m.claim for m in matching.similar_claims(ECB_QUERY)]
    assert matching.backfill_embeddings(encoder=fake_encoder) == 1
    assert matching.backfill_embeddings(encoder=fake_encoder) == 0


def test_candidates_without_embeddings_are_encoded_on_the_fly(build, fake_encoder, monkeypatch):
    monkeypatch.setattr(matching.storage, "has_pgvector", lambda using="default": False)
    claim = build.claim(CROCUS)
    best = matching.similar_claims("145 people died in the Crocus City Hall attack in March 2024")[0]
    assert best.claim == claim
    assert best.signals["semantic"] is not None
    assert not ClaimEmbedding.objects.exists()  # matching only reads


def test_pgvector_path_when_the_server_has_it(build, fake_encoder):
    if not matching.has_pgvector():
        pytest.skip("this PostgreSQL server has no pgvector (the embedded PostgreSQL 18 has it)")
    ecb = build.claim(ECB)
    build.claim(CROCUS)
    matching.index_claims(Claim.objects.all())
    best = matching.similar_claims(ECB_QUERY)[0]
    assert best.claim == ecb
    assert best.signals["semantic"] > 0.9


def test_semantic_off_setting(settings):
    settings.FACTDB_SEMANTIC_MATCHING = "off"
    assert matching.semantic_mode() == "off"
    settings.FACTDB_SEMANTIC_MATCHING = "auto"
    assert matching.semantic_mode() == "auto"


# --- The labelled pairs --------------------------------------------------------------------------


def _benchmark():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import matching_accuracy
    finally:
        sys.path.pop(0)
    return matching_accuracy


def test_labelled_pairs_lexical_thresholds(db):
    bench = _benchmark()
    pairs = bench.load_pairs()
    assert len(pairs) >= 60
    assert {p["type"] for p in pairs} >= {"paraphrase", "reorder", "number", "negation", "topic", "unrelated"}
    scored = bench.score_pairs(pairs)
    result = bench.evaluate(scored)
    assert result["suggest"]["recall"] >= 0.9
    assert result["duplicate"]["precision"] >= 0.85
    # "145 killed" / "45 killed" and negations are never near-certain duplicates.
    assert not [p for p in scored if p["type"] in {"number", "negation"} and p["score"] >= matching.DUPLICATE_THRESHOLD]


NEAR_MISS_TYPES = {"number", "negation", "date", "place", "group", "action", "quantity", "direction", "comparison"}


def test_dev_pairs_meet_the_bar(db):
    """The pairs the lexical decision was tuned on (docs/matching.md): the bar of issue #12."""
    bench = _benchmark()
    scored = bench.score_pairs(bench.load_pairs(bench.DEV_PAIRS))
    result = bench.evaluate(scored)
    assert (result["pairs"], result["same"]) == (292, 113)
    assert result["duplicate"]["precision"] >= 0.95
    assert result["duplicate"]["recall"] >= 0.70
    assert result["suggest"]["recall"] >= 0.9
    near_misses = [p for p in scored if p["type"] in NEAR_MISS_TYPES and p["score"] >= matching.DUPLICATE_THRESHOLD]
    assert near_misses == []


def test_held_back_pairs_stay_near_certain(db):
    """Never tuned on. Recall there is reported in docs/matching.md, not asserted; what is asserted is what
    ingest relies on: the near-certain level stays near-certain, and suggestions still find the rewording."""
    bench = _benchmark()
    result = bench.evaluate(bench.score_pairs(bench.load_pairs(bench.HELD_BACK_PAIRS)))
    assert (result["pairs"], result["same"]) == (297, 119)
    assert result["duplicate"]["precision"] >= 0.95
    assert result["suggest"]["recall"] >= 0.9


def test_fresh_pairs_stay_near_certain(db):
    """A set written blind after the held-back half was spent; never tuned on. Same promise as above."""
    bench = _benchmark()
    result = bench.evaluate(bench.score_pairs(bench.load_pairs(bench.FRESH_PAIRS)))
    assert (result["pairs"], result["same"]) == (300, 120)
    assert result["duplicate"]["precision"] >= 0.95
    assert result["suggest"]["recall"] >= 0.9


@pytest.mark.semantic
def test_labelled_pairs_with_the_real_model(db):
    bench = _benchmark()
    with matching.use_encoder(matching.SentenceTransformerEncoder()) as encoder:
        scored = bench.score_pairs(bench.load_pairs(), encoder)
    result = bench.evaluate(scored)
    assert result["suggest"]["recall"] >= 0.9
    assert result["duplicate"]["precision"] >= 0.9
    assert result["duplicate"]["recall"] >= 0.4


@pytest.mark.semantic
def test_real_model_stores_and_matches(demo):
    with matching.use_encoder(matching.SentenceTransformerEncoder()):
        assert matching.backfill_embeddings() == Claim.objects.count()
        best = matching.similar_claims("Afghanistan is rich in oil and gas, gemstones and rare earths.")[0]
    assert best.claim.text.startswith("Afghanistan has deposits of hydrocarbons")
    assert best.signals["semantic"] > 0.8
