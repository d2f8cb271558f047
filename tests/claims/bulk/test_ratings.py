"""The mapping of other fact-checkers' textual ratings to our normalised categories."""

import pytest

from claims.bulk.ratings import RATING_TABLE, categorise, normalise, numeric_category


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("True", "true"),
        ("Correct attribution", "true"),
        ("Verdadero", "true"),
        ("Vrai", "true"),
        ("Mostly accurate", "mostly_true"),
        ("Mostly True", "mostly_true"),
        ("Plutôt vrai", "mostly_true"),
        ("Half true", "mixed"),
        ("Half-True", "mixed"),
        ("Mixture", "mixed"),
        ("Missing context", "mixed"),
        ("Verdad a medias", "mixed"),
        ("Misleading", "mostly_false"),
        ("Engañoso", "mostly_false"),
        ("ENGANOSO", "mostly_false"),
        ("Trompeur", "mostly_false"),
        ("Mostly False", "mostly_false"),
        ("Exaggerated", "mostly_false"),
        ("False", "false"),
        ("  false. ", "false"),
        ("Pants on Fire!", "false"),
        ("pants on fire", "false"),
        ("Falso", "false"),
        ("Faux", "false"),
        ("Falsch", "false"),
        ("Four Pinocchios", "false"),
        ("Bulo", "false"),
        ("Unsubstantiated", "unproven"),
        ("Unproven", "unproven"),
        ("No evidence", "unproven"),
        ("Sin evidencia", "unproven"),
        ("Satire", "other"),
        ("Full Flop", "other"),
    ],
)
def test_table(text, category):
    result = categorise(text)
    assert (result.category, result.how) == (category, "table")


def test_normalise_folds_case_accents_punctuation():
    assert normalise("  Pants on Fire! ") == "pants on fire"
    assert normalise("Engañoso") == "enganoso"
    assert normalise("Half-True") == "half true"


def test_every_table_key_is_normalised():
    assert all(normalise(key) == key for key in RATING_TABLE)


@pytest.mark.parametrize(
    ("text", "category", "how"),
    [
        ("False. The photo was taken in 2019.", "false", "first phrase"),
        ("Misleading: the figure is from 2010", "mostly_false", "first phrase"),
        ("This is incorrect. The fall was 4.2 percent.", "false", "keyword"),
        ("The claim is mostly false, experts say", "mostly_false", "keyword"),
        ("Partly accurate, lacks key context", "mixed", "keyword"),
        ("There is no evidence for this", "unproven", "keyword"),
    ],
)
def test_fallbacks_for_sentences(text, category, how):
    assert (categorise(text).category, categorise(text).how) == (category, how)


@pytest.mark.parametrize(
    ("value", "worst", "best", "category"),
    [
        (1, 1, 5, "false"),
        (2, 1, 5, "mostly_false"),
        (3, 1, 5, "mixed"),
        (4, 1, 5, "mostly_true"),
        (5, 1, 5, "true"),
        ("6", "1", "6", "true"),
        (1, 1, 6, "false"),
        (0, 0, 10, "false"),
        (10, 0, 10, "true"),
        (4, None, None, "mostly_true"),  # Google's defaults: worst 1, best 5
    ],
)
def test_numeric_position(value, worst, best, category):
    assert numeric_category(value, worst, best) == category


@pytest.mark.parametrize(("value", "worst", "best"), [(None, 1, 5), ("n/a", 1, 5), (7, 1, 5), (3, 3, 3), ("nan", 1, 5)])
def test_numeric_unusable(value, worst, best):
    assert numeric_category(value, worst, best) is None


def test_unknown_text_uses_number_then_other():
    assert (categorise("Spinning like a top", 4, 1, 5).category, categorise("Spinning like a top", 4, 1, 5).how) == (
        "mostly_true",
        "numeric",
    )
    assert categorise("Spinning like a top").category == "other"
    assert categorise("").how == "fallback"
    # Known text wins over a contradicting number.
    assert categorise("False", 5, 1, 5).category == "false"
