"""Other fact-checkers' textual ratings ("Pants on Fire!", "Engañoso", "Faux") -> RatingCategory.

`categorise()` tries, in order:

1. the whole rating, normalised (lower case, accents and punctuation removed), in RATING_TABLE;
2. its first phrase ("False. The photo is from 2019" -> "false"), in RATING_TABLE;
3. KEYWORD_RULES: the first rule whose words occur in the rating ("Mostly false, says X");
4. the numeric ratingValue's position between worstRating and bestRating;
5. `other`.

The table is the documentation: docs/import_export.md points here. Add new spellings to it
rather than to the keyword rules, which are a safety net.
"""

import re
from dataclasses import dataclass

from unidecode import unidecode

from claims.models import RatingCategory as C

TRUE, MOSTLY_TRUE, MIXED, MOSTLY_FALSE, FALSE, UNPROVEN, OTHER = (
    C.TRUE,
    C.MOSTLY_TRUE,
    C.MIXED,
    C.MOSTLY_FALSE,
    C.FALSE,
    C.UNPROVEN,
    C.OTHER,
)

_TABLE_SOURCE = {
    TRUE: [
        "true", "correct", "accurate", "right", "verified", "confirmed", "fact", "correct attribution",
        "geppetto checkmark", "verdadero", "verdadeiro", "cierto", "verdad", "correcto", "vrai", "exact",
        "wahr", "richtig", "stimmt", "vero", "waar", "prawda", "pravda", "benar",
    ],
    MOSTLY_TRUE: [
        "mostly true", "mostly accurate", "mostly correct", "largely true", "largely accurate", "broadly true",
        "true but", "accurate with caveats", "one pinocchio", "1 pinocchio", "mayormente verdadero",
        "en gran parte verdadero", "casi verdadero", "verdadero pero", "verdadeiro mas", "quase verdadeiro",
        "plutot vrai", "globalement vrai", "vrai mais", "weitgehend richtig", "uberwiegend richtig",
        "uberwiegend wahr", "meestal waar", "c'e del vero",
    ],
    MIXED: [
        "half true", "half-true", "half truth", "mixture", "mixed", "mix", "partly true", "partly false",
        "partially true", "partially false", "partly correct", "partially correct", "missing context",
        "needs context", "lacks context", "cherry picks", "two pinocchios", "2 pinocchios", "medio verdadero",
        "verdad a medias", "media verdad", "parcialmente verdadero", "parcialmente falso", "impreciso",
        "en parte verdadero", "meia verdade", "parcialmente verdadeiro", "em parte", "sem contexto",
        "fora de contexto", "en partie vrai", "en partie faux", "partiellement vrai", "partiellement faux",
        "imprecis", "teilweise richtig", "teilweise falsch", "halb wahr", "deels waar", "gedeeltelijk waar",
        "c'eri quasi", "in parte vero",
    ],
    MOSTLY_FALSE: [
        "mostly false", "mostly inaccurate", "largely false", "largely inaccurate", "misleading",
        "exaggerated", "exaggeration", "distorts the facts", "out of context", "miscaptioned", "spins the facts",
        "three pinocchios", "3 pinocchios", "mayormente falso", "en gran parte falso", "falso en su mayoria",
        "casi falso", "enganoso", "enganosa", "exagerado", "exagerada", "sacado de contexto", "distorcido",
        "plutot faux", "globalement faux", "trompeur", "trompeuse", "exagere", "exageree", "hors contexte",
        "weitgehend falsch", "uberwiegend falsch", "irrefuhrend", "ubertrieben", "aus dem zusammenhang gerissen",
        "fuorviante", "misleidend", "meestal onwaar",
    ],
    FALSE: [
        "false", "pants on fire", "pants on fire!", "incorrect", "inaccurate", "wrong", "fake", "fake news",
        "hoax", "fabricated", "fabrication", "not true", "untrue", "baseless", "debunked", "scam", "altered",
        "manipulated", "doctored", "misattributed", "four pinocchios", "4 pinocchios", "bottomless pinocchio",
        "falso", "falsa", "bulo", "fraude", "montaje", "manipulado", "manipulada", "inventado", "faux", "fausse",
        "infox", "intox", "canular", "falsch", "fake-news", "erfunden", "manipuliert", "onwaar", "niet waar",
        "nepnieuws", "bufala", "fals", "salah", "hoaks", "frei erfunden",
    ],
    UNPROVEN: [
        "unproven", "unsubstantiated", "unverified", "unverifiable", "no evidence", "not enough evidence",
        "insufficient evidence", "lacks evidence", "unsupported", "undetermined", "inconclusive",
        "cannot be verified", "can't be verified", "research in progress", "no proof", "sin evidencia",
        "sin pruebas", "no verificable", "inverificable", "no se puede probar", "insustentavel",
        "sem provas", "nao comprovado", "inconclusivo", "sans preuve", "non prouve", "invérifiable",
        "inverifiable", "unbelegt", "nicht belegt", "unbewiesen", "non verificabile", "onbewezen",
    ],
    OTHER: [
        "satire", "labeled satire", "originated as satire", "parody", "opinion", "not a claim", "legend",
        "outdated", "flip-flop", "full flop", "half flip", "no flip", "not rated", "explainer", "satira",
        "satire ou humour", "opinion ou analyse",
    ],
}  # fmt: skip

_PUNCTUATION = re.compile(r"[^\w\s']+")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """'  Pants on Fire! ' -> 'pants on fire'; 'Engañoso' -> 'enganoso'; 'Plutôt vrai' -> 'plutot vrai'."""
    text = unidecode(text or "").casefold().replace("’", "'")
    text = _PUNCTUATION.sub(" ", text.replace("-", " "))
    return _SPACES.sub(" ", text).strip()


RATING_TABLE: dict[str, str] = {
    normalise(text): category for category, texts in _TABLE_SOURCE.items() for text in texts
}

# Safety net for ratings not in the table: the first rule matching a whole word wins,
# so the qualified forms ("mostly", "half") come before the plain ones.
KEYWORD_RULES: list[tuple[re.Pattern, str]] = [
    (re.compile(rf"\b(?:{pattern})\b"), category)
    for pattern, category in [
        (r"satir\w*|parod\w*|opinion", OTHER),
        (r"unproven|unsubstantiated|unverif\w*|no evidence|sin (?:evidencia|pruebas)|sans preuve|unbelegt", UNPROVEN),
        (r"mostly (?:true|accurate|correct)|largely (?:true|accurate)|mayormente verdader\w*|plutot vrai", MOSTLY_TRUE),
        (r"mostly (?:false|inaccurate)|largely false|mayormente fals\w*|plutot faux", MOSTLY_FALSE),
        (r"half|partly|partially|parcialmente|en partie|teilweise|context\w*|contexto", MIXED),
        (r"mislead\w*|exaggerat\w*|enganos\w*|exagerad\w*|trompeu\w*|irrefuhrend", MOSTLY_FALSE),
        (r"false|falso|falsa|faux|fausse|falsch|fake|hoax|bulo|pants on fire|pinocchios|incorrect|wrong", FALSE),
        (r"true|accurate|correct|verdader\w*|verdadeir\w*|vrai|wahr|richtig", TRUE),
    ]
]

# Position on the scale, 0 (worst) to 1 (best) -> category: five equal bands.
_NUMERIC_BANDS = [(0.9, TRUE), (0.7, MOSTLY_TRUE), (0.4, MIXED), (0.1, MOSTLY_FALSE), (0.0, FALSE)]


@dataclass(frozen=True)
class Categorised:
    category: str
    how: str  # "table", "first phrase", "keyword", "numeric", "fallback"


def _number(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number and abs(number) != float("inf") else None  # no NaN or infinity


def numeric_category(value, worst, best) -> str | None:
    """The category for ratingValue's position between worstRating and bestRating, if all three are usable.

    Google's ClaimReview defaults: worstRating 1, bestRating 5.
    """
    value, worst, best = _number(value), _number(1 if worst in (None, "") else worst), _number(best or 5)
    if value is None or worst is None or best is None or best == worst:
        return None
    position = (value - worst) / (best - worst)
    if not 0 <= position <= 1:
        return None
    return next(category for threshold, category in _NUMERIC_BANDS if position >= threshold - 1e-9)


def categorise(text: str, value=None, worst=None, best=None) -> Categorised:
    """Our normalised category for another newsroom's rating (see the module docstring for the order)."""
    key = normalise(text)
    if key in RATING_TABLE:
        return Categorised(RATING_TABLE[key], "table")
    first = normalise(re.split(r"[.:;!?(\[–—|/]| - ", unidecode(text or ""), maxsplit=1)[0])
    if first and first in RATING_TABLE:
        return Categorised(RATING_TABLE[first], "first phrase")
    for pattern, category in KEYWORD_RULES:
        if key and pattern.search(key):
            return Categorised(category, "keyword")
    if (category := numeric_category(value, worst, best)) is not None:
        return Categorised(category, "numeric")
    return Categorised(OTHER, "fallback")
