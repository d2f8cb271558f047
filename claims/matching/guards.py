"""Scoring a candidate, and the near-certain decision that keeps look-alikes below that level.

The decision (`judge`) reads both texts into units (content words, numbers, dates, names),
normalising what does not change a claim (morphology, demonyms, acronyms, number formats,
fronted phrases, a small synonym table), pairs them, and says why the new text is not the
claim: a unit it adds or swaps, a negation, another direction, names in another order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

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
    The near-certain level is the alignment's decision alone (`near_certain`): a score
    reaches DUPLICATE_THRESHOLD exactly when it holds, whatever the similarity.
    """
    lexical = max(signals["trigram"], signals["words"])
    score = lexical
    if signals.get("semantic") is not None:
        rescaled = min(1.0, max(0.0, (signals["semantic"] - SEMANTIC_FLOOR) / (SEMANTIC_CEILING - SEMANTIC_FLOOR)))
        score = max(lexical, (lexical + rescaled) / 2)
    if signals.get("near_certain") and not signals.get("guards"):
        score = max(score, DUPLICATE_THRESHOLD + (1 - DUPLICATE_THRESHOLD) * signals.get("coverage", 0.0) / 2)
    else:
        score = min(score, DUPLICATE_THRESHOLD - GUARD_CAP)
    return round(max(0.0, min(1.0, score)), 4)


def guards(a: str, b: str) -> list[str]:
    """Symmetric look-alike flags (numbers, negation, direction) for two texts. Scoring uses `judge`,
    which also lets the new text leave out what the claim says."""
    found = []
    if numbers_differ(a, b):
        found.append("numbers differ")
    if negation_differs(a, b):
        found.append("negation differs")
    if direction_differs(a, b):
        found.append("direction differs")
    return found


# --- Alignment: the near-certain decision ----------------------------------------------------

_STOPWORDS = set(
    """a an the of in on at by to for from with and or but as into onto than then that this these those there
    it its it's is are was were be been being am has have had having do does did will would shall should can could
    may might must which who whom whose what when where while about around some approximately roughly nearly almost
    just also now today currently already yet still so such very own up out back all every each any both
    i me my mine we us our ours you your he him his she her hers they them their theirs one's
    said says say saying told tells claimed claims claim stated states announced announces according reported
    reports added insisted argued noted
    that's who's make makes made making take takes took taken get gets got getting go goes went gone
    per cent number figure level total amount people person government come came coming
    between during within near off starting inform informs informed
    administration because due owing become becomes becoming
    troops forces side area region oblast package outbreak abroad whole entire"""
    .split()
)  # fmt: skip
# Reporting verbs ("said", "claimed", "told") are dropped: a quote and a report of it are one claim.
# "number", "figure", "level", "total" carry no content: "the number of migrants" = "migrants".

_NEGATORS = {"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "fail", "failed",
             "fails", "failing", "false", "deny", "denied", "denies"}  # fmt: skip

# Irregular forms a suffix stripper cannot reach.
_IRREGULAR = {
    "rose": "rise", "risen": "rise", "fell": "fall", "fallen": "fall", "grew": "grow", "grown": "grow",
    "shrank": "shrink", "shrunk": "shrink", "won": "win", "lost": "lose", "beat": "beat", "beaten": "beat",
    "shot": "shoot", "sent": "send", "left": "leave", "took": "take", "taken": "take", "began": "begin",
    "begun": "begin", "hit": "hit", "built": "build", "bought": "buy", "sold": "sell", "paid": "pay",
    "spent": "spend", "brought": "bring", "caught": "catch", "kept": "keep", "held": "hold", "led": "lead",
    "met": "meet", "ran": "run", "saw": "see", "seen": "see", "set": "set", "gave": "give", "given": "give",
    "wrote": "write", "written": "write", "chose": "choose", "chosen": "choose", "fled": "flee", "flew": "fly",
    "drove": "drive", "struck": "strike", "stole": "steal", "froze": "freeze", "children": "child",
    "men": "man", "women": "woman", "people": "person", "feet": "foot", "teeth": "tooth", "mice": "mouse",
    "died": "die", "dying": "die", "dead": "die", "deaths": "die", "death": "die", "better": "good",
    "best": "good", "worse": "bad", "worst": "bad", "downed": "destroy", "application": "apply",
    "applications": "apply", "aged": "age", "became": "become", "overtook": "overtake", "overtaken": "overtake",
}  # fmt: skip

# General newsroom synonyms, each group mapped to its first word (after stemming).
# General newsroom synonyms, each group read as its first word (after stemming). Words whose swap
# makes another claim (rise/fall, hire/fire, inflation/unemployment) are never in one group.
_SYNONYM_GROUPS = [
    # verbs
    "rise increase raise lift climb grow surge jump soar rocket spike hike expand",
    "fall drop decline decrease plunge slump sink dip tumble slide",
    "cut reduce lower slash trim eliminate axe",
    "shrink contract",
    "reach hit top",
    "hire recruit employ",
    "fire sack dismiss",
    "resign quit",
    "withdraw",
    "kill slay die",
    "injure wound hurt",
    "arrest detain",
    "jail imprison",
    "ban prohibit outlaw",
    "stab knife",
    "approve pass adopt back",
    "reject refuse",
    "build construct erect",
    "demolish raze",
    "abolish scrap",
    "beat defeat",
    "win secure clinch",
    "destroy downed",
    "buy purchase acquire",
    "start begin launch commence",
    "end finish conclude",
    "close shut",
    "overtake surpass",
    "show reveal",
    "host stage hold",
    "keep hold maintain",
    "grant award",
    "fund finance bankroll",
    "create make develop",
    "help aid assist assistance",
    "attack assault",
    "march demonstrate protest rally",
    "agree",
    # nouns
    "ceasefire truce",
    "deal agreement accord pact",
    "war conflict",
    "troop soldier",
    "record",
    "child kid",
    "pupil student schoolchild",
    "person individual resident",
    "vote ballot",
    "election poll",
    "parliament mp lawmaker legislator parliamentarian legislature",
    "law legislation",
    "migrant immigrant",
    "row dispute quarrel",
    "lack shortage",
    "murder homicide",
    "doctor physician",
    "car vehicle",
    "cost price",
    "wage salary",
    "company firm",
    "job post",
    "economy gdp",
    "unemployment joblessness jobless",
    "researcher scientist investigator",
    "nation country",
    "prison jail",
    "gun firearm",
    # other words
    "world global worldwide international",
    "more over above exceed extra additional new",
    "less fewer under below",
    "big large huge",
    "small little",
    "rapid fast quick",
    "annual yearly",
    "twice double",
]

# Irregular country adjectives; regular ones ("Mexican", "Ukrainian") reduce by suffix.
_DEMONYMS = {
    "polish": "poland", "finnish": "finland", "greek": "greece", "hellenic": "greece", "british": "ACR:uk",
    "britain": "ACR:uk", "dutch": "netherlands", "french": "france", "spanish": "spain", "swiss": "switzerland",
    "american": "ACR:us", "america": "ACR:us", "washington": "ACR:us", "danish": "denmark", "irish": "ireland",
    "turkish": "turkey", "chinese": "china", "welsh": "wales", "scottish": "scotland", "english": "england",
    "filipino": "philippines", "israeli": "israel", "pakistani": "pakistan", "iraqi": "iraq", "saudi": "saudi",
    "thai": "thailand", "swedish": "sweden", "norwegian": "norway", "peruvian": "peru", "kenyan": "kenya",
    "lebanese": "lebanon", "portuguese": "portugal", "japanese": "japan", "vietnamese": "vietnam",
}  # fmt: skip

_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]  # fmt: skip
_NUMBER_VALUES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1, "twothirds": 2 / 3,
              "threequarters": 0.75}  # fmt: skip
_MONTH_ABBREVIATIONS = {m[:3]: m for m in _MONTHS} | {"sept": "september"}
_MULTIPLIERS = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9,
                "trillion": 1e12, "tn": 1e12}  # fmt: skip
# "millions of hectares" is a less precise "15 million hectares".
_VAGUE = {"hundreds": (100, 1e3), "thousands": (1e3, 1e6), "millions": (1e6, 1e9), "billions": (1e9, 1e12)}

_TOKEN = re.compile(r"[A-Za-z]+\d+[A-Za-z\d]*|\d+(?:[.,]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)?|[%$€£]|[,;:()]")
_YEAR = re.compile(r"^(19|20)\d\d$")


def _one_in(match: re.Match) -> str:
    """ "one in five", "two in five": a percentage."""
    part, whole = (_NUMBER_VALUES.get(g.lower()) or float(g) for g in match.groups())
    if not 0 < part < whole:
        return match.group(0)
    return f"{100 * part / whole:.6g} percent"


# Phrases read as one word before tokenising ("shot down" = "downed", "more than" = "over").
_PHRASES = [
    (r"\b(?:pulled|pulls|pull|pulling|dropped|drops|drop|dropping) out\b", "withdrew"),
    (r"\b(?:shot|shoots|shoot) down\b", "destroyed"),
    (r"\b(?:fell|fallen|falls|dropped|sank|rose|risen|rises|climbed) to (?=an? (?:record|all time|new))", "hit "),
    (r"\b(?:taken|took|take|takes|taking) on\b", "hired"),
    (r"\bsigned off on\b", "approved"),
    (r"\bpay for\b", "fund"),
    (r"\bduring the night\b", "overnight"),
    (r"\bborrowing costs\b", "interest rates"),
    (r"\bwent up in flames\b", "burned"),
    (r"\b(?:12|twelve) months\b", "year"),
    (r"\bChristmas Day\b", "25 December"),
    (r"\bNew Year's Day\b", "1 January"),
    (r"\b(?:lifted|lifts|lift) off\b", "launched"),
    (r"(\d)(?:st|nd|rd|th)\b", r"\1"),
    (r"\btwo[ -]thirds\b", "twothirds"),
    (r"\bthree[ -]quarters\b", "threequarters"),
    (r"£\s?(\d[\d.,]*(?:\s?(?:bn|billion|million|m|trillion|tn))?)", r"\1 pounds"),
    (r"€\s?(\d[\d.,]*(?:\s?(?:bn|billion|million|m|trillion|tn))?)", r"\1 euros"),
    (r"\b(?:went|go|goes|gone|going) up\b", "rose"),
    (r"\b(?:went|go|goes|gone|going) down\b", "fell"),
    (r"\b(?:stepped|steps|step|stepping) down\b", "resigned"),
    (r"\b(?:laid|lays|lay|laying) off\b", "fired"),
    (r"\b(?:tore|torn|tear|tears|knocked|knock|knocks|pulled|pull) down\b", "demolished"),
    (r"\b(?:turned|turns|turn|voted|votes|vote) down\b", "rejected"),
    (r"\b(?:kicked|kicks|kick) off\b", "started"),
    (r"\b(?:struck|strikes|strike) down\b", "overturned"),
    (r"\b(?:regained|regains|regain) control of\b", "retook"),
    (r"\bbetween January and March\b", "in the first quarter of"),
    (r"\bbetween April and June\b", "in the second quarter of"),
    (r"\bbetween July and September\b", "in the third quarter of"),
    (r"\bbetween October and December\b", "in the fourth quarter of"),
    (r"\bcarbon dioxide\b", "CO2"),
    (r"\ball[- ]time high\b", "record"),
    (r"\bmore than\b", "over"),
    (r"\b(?:fewer|less) than\b", "under"),
    (r"\bin a row\b", "consecutive"),
    (r"\bsent to prison\b", "jailed"),
    (r"\bpercentage points?\b", "pctpoint"),
    (
        r"(?<![\d.,])\b(one|two|three|four|\d{1,2}) in (two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
        r"\b(?![\d.,])",
        _one_in,
    ),
    (r"\b(?:unemployment|jobless) rate\b", "unemployment"),
    (r"\binflation rate\b", "inflation"),
    (r"\bQ([1-4])\b", lambda m: ["", "first", "second", "third", "fourth"][int(m.group(1))] + " quarter of"),
    (r"(\d)\s?(?:°\s?C|C)\b", r"\1 celsius"),
    (r"\bdegrees? celsius\b", "celsius"),
    (r"\bgiga ?tonnes\b", "billion tonnes"),
    (r"\bhalved\b", "fell by 50 percent"),
    (r"\bdoubled\b", "rose by 100 percent"),
    (r"\btripled\b", "rose by 200 percent"),
    (r"\bper ?cent\b", "percent"),
    (r"%", " percent"),
    (r"\bUS\$", "$"),
    (r"\$\s?(\d[\d.,]*(?:\s?(?:bn|billion|million|m|trillion|tn))?)", r"\1 dollars"),
    (r"(\d)(bn|mn|m|k|tn)\b", r"\1 \2"),
]


def _basis_points(match: re.Match) -> str:
    return f"{float(match.group(1).replace(',', '')) / 100:g} pctpoint"


_BASIS_POINTS = re.compile(r"(\d[\d,]*) basis points?\b", re.I)


@dataclass
class Unit:
    keys: set[str]
    kind: str  # word | name | number | year | month
    surface: str
    rank: int  # order in the sentence (a fronted phrase moved to the end, "X and Y" share one)
    # A key only the other text's own keys can match (never another alias): the initials of a run
    # of names ("ACR:who" for "World Health Organization"), the magnitude of a number ("~millions").
    alias: str = ""


@dataclass
class Reading:
    units: list[Unit] = field(default_factory=list)
    negated: bool = False
    breaks: set[int] = field(default_factory=set)  # punctuation before these units ends a run of names


def _normalise(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = re.sub(r"\b(\d{4})-(\d{2})-(\d{2})\b", _iso_date, text)
    text = re.sub(r"(?<=[a-zA-Z0-9])-(?=[a-zA-Z0-9])", " ", text)
    text = _BASIS_POINTS.sub(_basis_points, text)
    for pattern, replacement in _PHRASES:
        text = re.sub(pattern, replacement, text, flags=re.I)
    return _front_to_back(_speaker_first(text))


_QUOTE_FIRST = re.compile(r'^"(?P<quote>[^"]+?)[,.]?"\s*,?\s*(?P<speaker>[^"]+?)\.?$')
# "X, the IMF said." / "X, according to the IMF."
_SAID_LAST = re.compile(
    r"^(?P<quote>[^\"]+?),\s+(?P<speaker>(?:according to [^,]{1,60}?|[^,]{1,60}? (?:said|says|claimed|claims|announced"
    r"|reported|stated|told [^,]{1,30}?)(?: on \w+day)?))\.?$",
    re.I,
)


def _speaker_first(text: str) -> str:
    """'"We hired 50,000 nurses," Johnson said.' reads as 'Johnson said we hired 50,000 nurses', the order of
    a report of the quote, so the speaker's place in the sentence does not look like a change of roles."""
    match = _QUOTE_FIRST.match(text.strip()) or _SAID_LAST.match(text.strip())
    if not match:
        return text
    quote, speaker = match["quote"], match["speaker"]
    first = quote.split()[0].lower()
    if first in _STOPWORDS or first in _FIRST_PERSON:  # "We", "The": not a name
        quote = quote[:1].lower() + quote[1:]
    return f"{speaker[:1].upper()}{speaker[1:]}, {quote}"


_MONTH_NAMES = "|".join(m.title() for m in _MONTHS)
# A leading phrase ending in a comma, or a leading date ("In October 2023 the WHO ...").
_FRONTED = re.compile(
    rf"^(?:(?:In|On|By|Since|From) (?:(?:the )?\d{{1,2}}(?:st|nd|rd|th)? )?(?:{_MONTH_NAMES})(?: \d{{1,2}},?)?"
    r"(?: \d{4})?(?:,\s*|\s+(?=[A-Z]))|(?:In|Since) \d{4}(?:,\s*|\s+(?=[A-Z]))"
    r"|(?:Between|From) \d{4} (?:and|to) \d{4}(?:,\s*|\s+(?=[A-Z]))"
    r"|(?:In|On|From|Over|During|Since|After|Before|At|By|For|Between|Until|Last|This)\b[^,]{0,40},\s+)"
)


def _front_to_back(text: str) -> str:
    """ "In 2021, X happened" reads as "X happened in 2021": word order then shows who did what to whom."""
    match = _FRONTED.match(text)
    if not match:
        return text
    rest, fronted = text[match.end() :], match.group(0).rstrip(", ")
    return rest[:1].upper() + rest[1:].rstrip(".") + " " + fronted[:1].lower() + fronted[1:]


def _iso_date(match: re.Match) -> str:
    year, month, day = match.groups()
    if 1 <= int(month) <= 12:
        return f"{int(day)} {_MONTHS[int(month) - 1].title()} {year}"
    return match.group(0)


def _number_value(token: str) -> float | None:
    if token in _NUMBER_VALUES:
        return float(_NUMBER_VALUES[token])
    if not token[0].isdigit():
        return None
    if re.fullmatch(r"\d{1,3}(,\d{3})+", token):
        return float(token.replace(",", ""))
    try:
        return float(token.replace(",", "."))
    except ValueError:
        return None


def read(text: str) -> Reading:
    """The units of a text a near-certain duplicate must agree on."""
    reading = Reading()
    tokens = _TOKEN.findall(_normalise(text))
    i = 0
    while i < len(tokens):
        i = _read_token(tokens, i, reading)
    _acronyms(reading)
    return reading


def _read_token(tokens: list[str], i: int, reading: Reading) -> int:
    """Read the token at `i` (and any that belong with it) into `reading`; returns the next index."""
    token = tokens[i]
    if token in ",;:()":
        reading.breaks.add(len(reading.units))
        return i + 1
    low = token.lower().removesuffix("'s")
    if low == "and" and reading.units and i + 1 < len(tokens) and tokens[i + 1][:1].isupper():
        reading.units[-1].rank = -1  # "X and Y": the next name shares X's rank
        return i + 1
    rank = len(reading.units)
    if reading.units and reading.units[-1].rank == -1:
        rank = reading.units[-1].rank = len(reading.units) - 1
    if low in _NEGATORS or low.endswith("n't"):
        reading.negated = not reading.negated
        return i + 1
    quantity = _read_quantity(tokens, i, low, reading, rank)
    if quantity is not None:
        return quantity
    if low in _FIRST_PERSON and not token.isupper():  # for word order only: "we destroyed Russia's tanks"
        reading.units.append(Unit({"P1"}, "pronoun", token, rank))
        return i + 1
    if low in _STOPWORDS and (token.islower() or (i == 0 and (len(token) == 1 or not token.isupper()))):
        return i + 1
    reading.units.append(_word(token, low, rank, first=i == 0))
    return i + 1


def _read_quantity(tokens: list[str], i: int, low: str, reading: Reading, rank: int) -> int | None:
    """Numbers, fractions, vague amounts ("millions of"), months and weekdays; None for anything else."""
    value = _number_value(low)
    if value is not None:
        return _read_number(tokens, i, value, reading, rank)
    if low in {"thousand", "million", "billion", "trillion"}:  # "a million"
        return _read_number(tokens, i, _MULTIPLIERS[low], reading, rank)
    if low in _FRACTIONS:
        if i + 1 < len(tokens) and tokens[i + 1].lower() in {"a", *_MULTIPLIERS}:
            return _read_number(tokens, i, _FRACTIONS[low], reading, rank)
        value = _FRACTIONS[low]  # "a third" is also "33 percent"
        reading.units.append(Unit({f"#{value:.6g}", f"#{round(value * 100)}%", low}, "number", tokens[i], rank))
        return i + 1
    if low in _VAGUE:
        reading.units.append(Unit({f"~{low}"}, "number", tokens[i], rank))
        return i + 1
    low = _MONTH_ABBREVIATIONS.get(low.rstrip("."), low) if tokens[i][:1].isupper() else low
    if low in _MONTHS or low in _WEEKDAYS:
        reading.units.append(Unit({"@" + low}, "month", tokens[i], rank))
        return i + 1
    return None


def _word(token: str, low: str, rank: int, *, first: bool) -> Unit:
    if re.fullmatch(r"[A-Z]{2,}s", token):
        low = low[:-1]  # "MPs"
    stem = _stem(low)
    keys = {stem} | _SYNONYMS.get(stem, set()) | _SYNONYMS.get(low, set())
    if not token[0].isupper():
        return Unit(keys, "word", token, rank)
    keys |= {_name_key(low), _name_key(low).rstrip("aeiouy")}  # "Chilean" / "Chile"
    capitals = "".join(ch for ch in token if ch.isupper())
    if len(capitals) >= 2 and len(token) <= 6:  # "WHO", "BoE": the initials of a run of names (_acronyms)
        keys.add("ACR:" + capitals.lower())
    return Unit(keys, "word" if first else "name", token, rank)


# Added words that always narrow a claim: a rank, a level, a group of people.
_QUALIFIERS = set(
    """first second third fourth fifth sixth seventh eighth ninth tenth last next previous only low high lower
    higher lowest highest top bottom least most best worst men man women woman boy boys girl girls child children
    adult adults teenager teenagers elderly pensioners students pupils workers"""
    .split()
)  # fmt: skip
_FIRST_PERSON = {"we", "our", "ours", "us", "i", "my", "me", "mine"}


def _read_number(tokens: list[str], i: int, value: float, reading: Reading, rank: int) -> int:
    start = i
    i += 1
    while i < len(tokens):  # "twenty four", "six hundred", "63 billion", "half a million"
        low = tokens[i].lower()
        if low in _MULTIPLIERS:
            value *= _MULTIPLIERS[low]
        elif low == "hundred":
            value *= 100
        elif low in _NUMBER_VALUES and _NUMBER_VALUES[low] < 10 and 20 <= value < 100 and value % 10 == 0:
            value += _NUMBER_VALUES[low]
        elif [t.lower() for t in tokens[i : i + 3]] == ["and", "a", "half"]:
            value, i = value + 0.5, i + 2  # "six and a half thousand"
        elif not (low == "a" and i + 1 < len(tokens) and tokens[i + 1].lower() in _MULTIPLIERS):
            break
        i += 1
    if i < len(tokens) and tokens[i].lower() == "percent":  # "50 percent" is also "half"
        reading.units.append(Unit({f"#{value:.6g}%", f"#{value / 100:.6g}"}, "number", tokens[start], rank))
        return i + 1
    if i == start + 1 and _YEAR.match(tokens[start]):
        reading.units.append(Unit({"Y" + tokens[start]}, "year", tokens[start], rank))
    else:
        vague = next((f"~{word}" for word, (low, high) in _VAGUE.items() if low <= value < high), "")
        reading.units.append(Unit({f"#{value:.6g}"}, "number", " ".join(tokens[start:i]), rank, vague))
    return i


def _acronyms(reading: Reading) -> None:
    """ "World Health Organization" also reads as WHO."""
    run: list[Unit] = []
    for index, unit in enumerate([*reading.units, None]):
        capitalised = unit is not None and unit.surface[:1].isupper() and not unit.surface.isupper()
        if capitalised and (not run or index not in reading.breaks):
            run.append(unit)
            continue
        if len(run) >= 2:
            key = "ACR:" + "".join(u.surface[0] for u in run).lower()
            for member in run:
                member.alias = key
        run = [unit] if capitalised else []


def _same(u: Unit, v: Unit) -> bool:
    if u.keys & v.keys or (u.alias and u.alias in v.keys) or (v.alias and v.alias in u.keys):
        return True
    if u.kind in {"word", "name"} and v.kind in {"word", "name"}:
        a, b = min(u.keys, key=len), min(v.keys, key=len)
        short, long = sorted((a, b), key=len)
        return len(short) >= 5 and long.startswith(short) and not (u.kind == "name" or v.kind == "name")
    return False


@dataclass
class Alignment:
    extra: list[Unit]  # what the text says that the claim does not
    missing: list[Unit]  # what the claim says that the text leaves out
    coverage: float  # share of the claim's units the text has
    reversed: list[tuple[str, str]]
    negation: bool
    substituted: list[Unit] = field(default_factory=list)
    pairs: dict = field(default_factory=dict)


def align(claim: str, text: str, text_reading: Reading | None = None) -> Alignment:
    c, t = read(claim), text_reading or read(text)
    pairs, matched_c = {}, set()
    for j, v in enumerate(t.units):
        if v.kind == "pronoun":
            same = [k for k, u in enumerate(c.units) if u.kind == "pronoun"]
            if same:
                pairs[j] = same[0]
            continue
        same = [k for k, u in enumerate(c.units) if _same(u, v)]
        if same:
            pairs[j] = _nearest(c, v, same, max(pairs.values(), default=-1) + 1)
            matched_c.update(same)
    extra = [v for j, v in enumerate(t.units) if j not in pairs and v.kind != "pronoun"]
    missing = [u for k, u in enumerate(c.units) if k not in matched_c and u.kind != "pronoun"]
    content = [u for u in c.units if u.kind != "pronoun"]
    coverage = 1 - len(missing) / len(content) if content else 0.0
    alignment = Alignment(extra, missing, coverage, _reversals(c, t, pairs), c.negated != t.negated)
    alignment.substituted = _substitutions(c, t, pairs, matched_c)
    alignment.pairs = pairs
    return alignment


def _nearest(c: Reading, v: Unit, same: list[int], expected: int) -> int:
    """The claim's unit a text unit pairs with: the same word if any, then the one where it is expected."""
    return min(same, key=lambda k: (c.units[k].keys != v.keys, abs(k - expected)))


def _substitutions(c: Reading, t: Reading, pairs: dict[int, int], matched_c: set[int]) -> list[Unit]:
    """Extra words of the text standing where the claim has a word the text lacks ("Portugal" for "Spain")."""
    found = []
    for j, unit in enumerate(t.units):
        if j in pairs or unit.kind == "pronoun":
            continue
        before = [pairs[x] for x in range(j - 1, -1, -1) if x in pairs][:1]
        after = [pairs[x] for x in range(j + 1, len(t.units)) if x in pairs][:1]
        low = min(before + after) if before and after else (before[0] if before else -1)
        high = max(before + after) if before and after else (after[0] if after else len(c.units))
        if before and not after:
            high = len(c.units)
        if after and not before:
            low = -1
        if any(k not in matched_c for k in range(low + 1, high)):
            found.append(unit)
    return found


def _reversals(c: Reading, t: Reading, pairs: dict[int, int]) -> list[tuple[str, str]]:
    """Names whose order swapped: "Argentina beat France" / "France beat Argentina" (and so, a passive
    rewording, "France was beaten by Argentina": never near-certain, only suggested)."""
    names = [
        (j, k)
        for j, k in sorted(pairs.items())
        if t.units[j].kind == "pronoun"
        or (
            "name" in (t.units[j].kind, c.units[k].kind)
            and t.units[j].surface[:1].isupper()
            and c.units[k].surface[:1].isupper()
        )
    ]
    found = []
    for (j1, k1), (j2, k2) in zip(names, names[1:], strict=False):
        if (t.units[j1].rank - t.units[j2].rank) * (c.units[k1].rank - c.units[k2].rank) < 0:
            found.append((t.units[j1].surface, t.units[j2].surface))
    return found


_SUFFIXES = [
    ("isations", "is", 3), ("izations", "is", 3), ("isation", "is", 3), ("ization", "is", 3), ("ising", "is", 3),
    ("izing", "is", 3), ("ised", "is", 3), ("ized", "is", 3), ("ises", "is", 3), ("izes", "is", 3), ("ise", "is", 3),
    ("ize", "is", 3), ("ations", "", 3), ("ation", "", 3), ("ments", "", 4), ("ment", "", 4), ("ities", "", 4),
    ("ity", "", 4), ("ness", "", 4), ("ingly", "", 3), ("edly", "", 3), ("ally", "", 3), ("ily", "y", 3),
    ("ly", "", 4), ("est", "", 4), ("ies", "y", 3), ("ied", "y", 3), ("ying", "y", 3), ("ing", "", 3), ("ed", "", 3),
    ("als", "", 4), ("al", "", 4), ("es", "", 4),
    ("s", "", 3), ("e", "", 3),
]  # fmt: skip


def _synonym_table() -> dict[str, set[str]]:
    table: dict[str, set[str]] = {}
    for group in _SYNONYM_GROUPS:
        words = group.split()
        for word in words:  # a word may be in two groups: "held" rates are "kept", a "held" summit "hosted"
            table.setdefault(word, set()).add(words[0])
            table.setdefault(_stem(word), set()).add(words[0])
    return table


def _stem(word: str) -> str:
    word = _IRREGULAR.get(word, word)
    for suffix, replacement, keep in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            word = word[: len(word) - len(suffix)] + replacement
            if suffix in {"ed", "ing", "est"} and len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # "dropped", "stabbing"
            return word
    return word


_SYNONYMS = _synonym_table()


def _name_key(word: str) -> str:
    if word in _DEMONYMS:
        word = _DEMONYMS[word]
        if word.startswith("ACR:"):
            return word
    for suffix in ("ians", "ian", "ans", "an", "ese", "ish", "ia", "a", "e", "y", "o", "i", "n"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


# A reworded text may add this many words of its own (see _extra_reasons).
MAX_INSERTED = 2
# Less than this share of the claim's words in the text: too little to be sure it is the same claim.
MIN_COVERAGE = 0.4
_KIND_REASON = {"number": "numbers differ", "year": "dates differ", "month": "dates differ", "name": "names differ"}


def differences(claim: str, text: str) -> list[str]:
    """Why `text` is not a near-certain duplicate of `claim` (empty: it is one); see `judge`."""
    return judge(claim, text)[0]


def judge(claim: str, text: str, text_reading: Reading | None = None) -> tuple[list[str], float]:
    """Why `text` is not a near-certain duplicate of `claim` (empty: it is one).

    The text may leave out what the claim says (a date, a qualifier, a number): "Poland's
    fertility rate fell to a record low" is the claim "... in 2023". It may not say anything
    the claim does not, beyond known variants and synonyms: a word in its place ("Portugal"
    for "Spain", "nurses" for "teachers"), an added qualifier ("men", "second-highest"), a
    negation, another direction, or the same names in another order.
    Returns the reasons and the share of the claim's words the text has. `text_reading`: `read(text)`, when
    one text is judged against many claims.
    """
    alignment = align(claim, text, text_reading)
    found = []
    if alignment.negation:
        found.append("negation differs")
    if direction_differs(claim, text):
        found.append("direction differs")
    for reason in _extra_reasons(alignment):
        if reason not in found:
            found.append(reason)
    if alignment.reversed:
        found.append("roles reversed")
    if alignment.coverage < MIN_COVERAGE:
        found.append("leaves out most of the claim")
    return found, alignment.coverage


def _extra_reasons(alignment: Alignment) -> list[str]:
    """What the text says beyond the claim. A word standing in for one of the claim's, a number,
    date or name, or a qualifier (an ordinal, high/low, a group of people) always counts. Other
    added words count when the text otherwise repeats the whole claim (one added word on top of
    the claim's own, "food inflation" for "inflation", narrows it to another claim), or when
    there are more than two; a reworded text with an added word or two ("Russian troops began
    the invasion") is still the claim."""
    reasons = []
    inserted = []
    for unit in alignment.extra:
        if unit.kind in _KIND_REASON:
            reasons.append(_KIND_REASON[unit.kind])
        elif unit in alignment.substituted:  # a capitalised word in the first place is a name too
            reasons.append("names differ" if unit.surface[:1].isupper() else "words differ")
        elif unit.surface.lower() in _QUALIFIERS:
            reasons.append("adds a qualifier")
        else:
            inserted.append(unit)
    if inserted and (len(inserted) > MAX_INSERTED or not alignment.missing):
        reasons.append("adds words")
    return reasons


def near_certain(claim: str, text: str) -> bool:
    """Is `text` a near-certain duplicate of `claim`? (The only way a match reaches that level.)"""
    return not differences(claim, text)
