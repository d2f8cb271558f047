"""Check-worthiness scoring: is this sentence a verifiable factual claim?

A transparent linear model over surface features (in the spirit of
ClaimBuster's feature set, without training data): numbers, statistics,
dates, comparisons, causal links and superlatives push a sentence up;
opinion, prediction, pleasantries and questions push it down.  The weights
are listed in ``WEIGHTS`` and documented in docs/ingest.md.
"""

from __future__ import annotations

import re

BASE = 0.15
WEIGHTS: dict[str, float] = {
    "contains a number": 0.20,
    "statistic": 0.15,
    "casualties": 0.20,
    "date": 0.10,
    "comparison": 0.12,
    "causal": 0.08,
    "record/superlative": 0.12,
    "named entity": 0.05,
    "attributed fact": 0.05,
    "opinion": -0.20,
    "prediction": -0.12,
    "pleasantry": -0.35,
    "question": -0.25,
    "too short": -0.25,
}

_NUMBER = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|"
    r"hundreds?|thousands?|millions?|billions?|half|third|quarter|twice|double[sd]?|tripled?)\b",
    re.I,
)
_STAT = re.compile(
    r"%|\bper ?cent\b|\bpercent(?:age)?\b|\brate\b|\baverage\b|\bmedian\b|\bmillion\b|\bbillion\b|"
    r"\btrillion\b|[$€£¥]|\b(?:euros?|dollars?|pounds|yuan|roubles?|rubles?|kroner)\b|"
    r"\bper (?:capita|day|year|month)\b|\bout of\b|\bgdp\b|\binflation\b|\bbarrels?\b|\bhectares\b",
    re.I,
)
_CASUALTY = re.compile(
    r"\b(?:kill(?:ed|ing|s)?|dead|deaths?|died|wound(?:ed|ing)|injur(?:ed|ies|ing)|casualt(?:y|ies)|"
    r"death toll|fatalities|missing|displaced|evacuat\w+|arrested|detained)\b",
    re.I,
)
_DATE = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
    r"\b(?:yesterday|last (?:week|month|year)|this (?:week|month|year)|ago)\b"
)
_COMPARISON = re.compile(
    r"\b(?:more|less|fewer|higher|lower|larger|smaller|greater|than|compared|increase[sd]?|"
    r"decrease[sd]?|rose|risen|rise|fell|fallen|drop(?:ped)?|doubled|tripled|halved|up from|"
    r"down from|grew|declined?|surged?|plunged?|slipped|gained?)\b",
    re.I,
)
_CAUSAL = re.compile(
    r"\b(?:because|due to|caused|causes|led to|leads to|as a result|result(?:ed|s)? in|"
    r"blamed|responsible for|therefore|thanks to|after)\b",
    re.I,
)
_SUPERLATIVE = re.compile(
    r"\b(?:record|highest|lowest|largest|biggest|smallest|worst|best|first|last time|ever|"
    r"most|least|unprecedented|only)\b|\b\w{3,}est\b",
    re.I,
)
_OPINION = re.compile(
    r"\b(?:I|we) (?:think|believe|feel|hope|appreciate|see|want|know)\b|\bin my (?:view|opinion)\b|"
    r"\b(?:should|must|ought)\b|\b(?:great|terrible|wonderful|awful|disappointed|proud|"
    r"shameful|unacceptable|insult|regrettable|important|good enough|right call)\b",
    re.I,
)
_PREDICTION = re.compile(
    r"\b(?:will|would|could|might|may|going to|expects?|expected|forecasts?|predicts?|"
    r"likely|unlikely|plans? to|intends? to|too early)\b",
    re.I,
)
_PLEASANTRY = re.compile(
    r"\b(?:thank(?:s| you)?|grateful|welcome[sd]?|pleased|congratulat\w+|honou?red|"
    r"happy to|delighted|good (?:morning|afternoon|evening)|best wishes|appreciate)\b",
    re.I,
)
_NAMED = re.compile(r"(?<=\w )[A-Z][a-z]+")
_BEST_IGNORE = re.compile(r"\b(?:interest|honest|request|latest|west|rest|test|protest|forest|suggest)\b", re.I)


def score_sentence(text: str, *, attributed: bool = False) -> tuple[float, list[str]]:
    """Score one sentence in [0, 1] and return the reasons that fired."""
    reasons: list[str] = []
    checks = [
        ("contains a number", _NUMBER),
        ("statistic", _STAT),
        ("casualties", _CASUALTY),
        ("date", _DATE),
        ("comparison", _COMPARISON),
        ("causal", _CAUSAL),
        ("opinion", _OPINION),
        ("prediction", _PREDICTION),
        ("pleasantry", _PLEASANTRY),
        ("named entity", _NAMED),
    ]
    for reason, rx in checks:
        if rx.search(text):
            reasons.append(reason)
    if _SUPERLATIVE.search(_BEST_IGNORE.sub("", text)):
        reasons.append("record/superlative")
    if text.rstrip(' ”"').endswith("?"):
        reasons.append("question")
    if len(text.split()) < 6:
        reasons.append("too short")
    if attributed:
        reasons.append("attributed fact")
    score = BASE + sum(WEIGHTS[r] for r in reasons)
    return round(min(1.0, max(0.0, score)), 3), reasons
