"""Scoring a candidate, and the guards that keep look-alikes from being near-certain duplicates."""

from __future__ import annotations

import re
from collections.abc import Iterable

from django.conf import settings

# Scores are in [0, 1]; thresholds measured on the labelled pairs (docs/matching.md, settings FACTDB_MATCH_*).
SUGGEST_THRESHOLD = settings.FACTDB_MATCH_SUGGEST
DUPLICATE_THRESHOLD = settings.FACTDB_MATCH_DUPLICATE
# Cosines of all-MiniLM-L6-v2 below the floor say nothing; above the ceiling, the same claim.
SEMANTIC_FLOOR, SEMANTIC_CEILING = 0.5, 0.95
# A guard caps the score just below the duplicate threshold.
GUARD_CAP = 0.01


_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "thirty": "30", "forty": "40",
    "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90", "hundred": "100",
    "thousand": "1000", "million": "1000000", "half": "1/2", "third": "1/3", "quarter": "1/4", "fifth": "1/5",
}  # fmt: skip
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_NEGATION = {"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "false"}
# Opposite directions: the same sentence with "rose" for "fell" is another claim.
_UP = {
    "rise", "rises", "rose", "risen", "rising", "raise", "raised", "raises", "increase", "increased", "increases",
    "grow", "grew", "grown", "grows", "growth", "expand", "expanded", "gain", "gained", "gains", "up", "more",
    "higher", "doubled", "tripled", "added", "add", "hired", "boost", "boosted", "lifted", "surged", "climbed",
}  # fmt: skip
_DOWN = {
    "fall", "fell", "fallen", "falls", "drop", "dropped", "drops", "cut", "cuts", "decrease", "decreased",
    "decreases", "shrank", "shrunk", "shrink", "contracted", "lost", "loss", "lower", "less", "fewer", "down",
    "halved", "removed", "remove", "laid", "declined", "decline", "reduced", "reduce", "slashed", "plunged",
}  # fmt: skip


def numbers_in(text: str) -> set[str]:
    """The numbers a text states ("10,000" and "10000" alike; small number words too)."""
    found = {m.group(0).replace(",", "") for m in _NUMBER.finditer(text)}
    found |= {_NUMBER_WORDS[w] for w in _WORD.findall(text.lower()) if w in _NUMBER_WORDS}
    return {n.rstrip("0").rstrip(".") if "." in n else n for n in found}


def _is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2099


def numbers_differ(a: str, b: str) -> bool:
    """Do the texts state different numbers? Years count only when both texts give one."""
    na, nb = numbers_in(a), numbers_in(b)
    ya, yb = {n for n in na if _is_year(n)}, {n for n in nb if _is_year(n)}
    if ya and yb and ya != yb:
        return True
    return (na - ya) != (nb - yb)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def negation_differs(a: str, b: str) -> bool:
    def negated(text):
        words = _words(text)
        return sum(w in _NEGATION or w.endswith("n't") for w in words) % 2 == 1

    return negated(a) != negated(b)


def direction_differs(a: str, b: str) -> bool:
    def direction(text):
        words = set(_words(text))
        return (bool(words & _UP), bool(words & _DOWN))

    (up_a, down_a), (up_b, down_b) = direction(a), direction(b)
    return (up_a and down_b and not down_a and not up_b) or (down_a and up_b and not up_a and not down_b)


def dice(a: Iterable[str], b: Iterable[str]) -> float:
    a, b = set(a), set(b)
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def combine(signals: dict) -> float:
    """The match score in [0, 1] from the raw signals (see docs/matching.md for the choice).

    Lexical: the better of trigram similarity and the overlap of stemmed words.
    Semantic, when present, can only raise it: the mean of the lexical score and the
    cosine rescaled from [0.5, 0.95] to [0, 1], so wordings that share few words still
    rank while the scale (and so the thresholds) stays the lexical one.
    """
    lexical = max(signals["trigram"], signals["words"])
    score = lexical
    if signals.get("semantic") is not None:
        rescaled = min(1.0, max(0.0, (signals["semantic"] - SEMANTIC_FLOOR) / (SEMANTIC_CEILING - SEMANTIC_FLOOR)))
        score = max(lexical, (lexical + rescaled) / 2)
    if signals.get("guards"):
        score = min(score, DUPLICATE_THRESHOLD - GUARD_CAP)
    return round(max(0.0, min(1.0, score)), 4)


def guards(a: str, b: str) -> list[str]:
    """Why `a` and `b` cannot be the same claim even if they read alike."""
    found = []
    if numbers_differ(a, b):
        found.append("numbers differ")
    if negation_differs(a, b):
        found.append("negation differs")
    if direction_differs(a, b):
        found.append("direction differs")
    return found
