"""The seed article's required result (see the brief)."""

import datetime as dt

from claims.ingest.analyze import analyze_article

PUBLISHED = dt.date(2025, 7, 28)


def _analysis(seed_text):
    return analyze_article(seed_text, published=PUBLISHED)


def test_six_direct_quotes_all_kabulov(seed_text):
    a = _analysis(seed_text)
    direct = [q for q in a.quotes if q.kind == "direct"]
    prefixes = [
        "We see and appreciate",
        "This group is a common enemy",
        "Cooperation between Moscow and Kabul continues de facto.",
        "There are hydrocarbons",
        "However, it is too early",
        "We should not forget that lithium",
    ]
    assert [q.text[: len(p)] for q, p in zip(direct, prefixes, strict=False)] == prefixes
    assert len(direct) == len(prefixes)
    assert {q.speaker for q in direct} == {"Kabulov"}
    # offsets point at the quoted text in the article
    for q in direct:
        assert seed_text[q.start : q.end] == q.text


def test_kubalov_merged_into_kabulov(seed_text):
    a = _analysis(seed_text)
    persons = [s for s in a.speakers if s.kind == "person"]
    assert len(persons) == 1
    assert persons[0].name == "Kabulov"
    assert {"Kabulov", "Kubalov"} <= set(persons[0].mentions)


def test_reported_speech_paraphrases(seed_text):
    a = _analysis(seed_text)
    para = [q for q in a.quotes if q.kind == "paraphrase"]
    decision = [q for q in para if q.text.startswith("the decision to remove the Taliban")]
    enemy = [q for q in para if q.text.startswith("ISIS remains a shared enemy")]
    assert len(decision) == 1
    assert decision[0].speaker == "Kabulov"
    assert decision[0].cue == "He also said"
    assert len(enemy) == 1
    assert enemy[0].speaker == "Kabulov"


def test_kremlin_sentence_is_a_journalist_claim(seed_text):
    a = _analysis(seed_text)
    kremlin = [c for c in a.claims if c.text.startswith("The Kremlin raised allegations")]
    assert len(kremlin) == 1
    assert kremlin[0].kind == "statement"
    assert kremlin[0].speaker is None


def test_death_toll_in_top_three_claims(seed_text):
    a = _analysis(seed_text)
    top = [c.text for c in a.claims[:3]]
    assert any("killing 145 and wounding hundreds more" in t for t in top)
    assert all(0.0 <= c.score <= 1.0 for c in a.claims)


def test_last_month_resolved_against_published(seed_text):
    a = _analysis(seed_text)
    last_month = next(d for d in a.dates if d.text == "last month")
    assert last_month.date == "2025-06-01"
    assert last_month.precision == "month"
    designation = next(c for c in a.claims if "removed the designation" in c.text)
    assert designation.date_mentioned == "2025-06-01"


def test_to_dict_is_json_serialisable(seed_text):
    import json

    d = _analysis(seed_text).to_dict()
    assert json.loads(json.dumps(d))["quotes"][0]["speaker"] == "Kabulov"
    assert set(d) >= {"speakers", "quotes", "claims", "dates"}
