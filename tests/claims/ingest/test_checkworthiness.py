"""Check-worthiness: verifiable statistics outrank opinion and pleasantries."""

from claims.ingest.analyze import analyze_article
from claims.ingest.checkworthiness import score_sentence

FACTUAL = [
    "Unemployment fell to 4.2 percent in October, the lowest rate since 2019.",
    "The attack killed 145 people and wounded hundreds more.",
    "Exports rose 14 percent last year to a record 31 billion euros.",
]
SOFT = [
    "We are very grateful to our partners and thank them for their support.",
    "I think this is a great day for the city.",
    "We hope things will get better.",
    "Is this really what voters wanted?",
]


def test_scores_in_unit_interval_with_reasons():
    for s in FACTUAL + SOFT:
        score, reasons = score_sentence(s)
        assert 0.0 <= score <= 1.0
        assert isinstance(reasons, list)


def test_numbers_and_statistics_outrank_opinions_and_pleasantries():
    assert min(score_sentence(s)[0] for s in FACTUAL) > max(score_sentence(s)[0] for s in SOFT)


def test_reasons_are_named():
    _, reasons = score_sentence(FACTUAL[0])
    assert {"contains a number", "statistic", "date", "record/superlative"} <= set(reasons)
    _, reasons = score_sentence(SOFT[0])
    assert "pleasantry" in reasons
    _, reasons = score_sentence(SOFT[1])
    assert "opinion" in reasons
    assert "prediction" in score_sentence(SOFT[2])[1]


def test_article_claims_sorted_and_sourced():
    text = (
        "“Thank you all for coming, it is a pleasure to be here,” said Mayor Lena Fischer.\n\n"
        "The city recorded 212 homicides last year, up 18 percent from 2024, according to police data.\n\n"
        "“I believe we should all be proud of this city,” Fischer said."
    )
    a = analyze_article(text)
    scores = [c.score for c in a.claims]
    assert scores == sorted(scores, reverse=True)
    assert "212 homicides" in a.claims[0].text
    assert a.claims[0].quote.startswith("The city recorded 212 homicides")
    assert a.claims[-1].kind == "direct"
    assert a.claims[-1].speaker == "Lena Fischer"
