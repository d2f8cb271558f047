"""Claim text that stands on its own: a checkable sentence without the article around it.

A candidate sentence is rewritten so a fact-checker reading only the claim knows who and when:

* relative dates the engine resolved become absolute ("last month" -> "in June 2025", "on Tuesday"
  -> "on Tuesday 2 March 2027"); expressions with a year are left as written;
* a wire dateline ("VALLADOLID, Spain, March 2 (Reuters) - ") or a live blog's time stamp goes;
* pronouns are resolved: in a direct quote "I"/"me"/"my" are the speaker (and "we"/"us"/"our" when
  an organisation speaks), with the verb agreeing ("I have met" -> "Ana Ruiz has met"); reported
  speech opening with "he"/"she"/"it"/"his"/"its" that refers to the speaker names the speaker
  ("it had signed contracts" -> "Russia had signed contracts"); the journalist's own sentence opening
  with a pronoun names the latest matching speaker mentioned before it;
* sentence case and a final full stop.

Only what the engine already knows is used; anything it cannot resolve is left as written.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from .cues import DATELINE
from .dates import DateMention

_MONTH_NAMES = "January February March April May June July August September October November December".split()
_WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
# Prepositions that already govern a date ("since last month" -> "since June 2025", not "since in June 2025").
_GOVERNING = {"since", "until", "till", "by", "from", "before", "after", "through", "to", "between", "and", "of"}
TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*[A-Z]{2,4})?\s*\n\s*")
_MODALS = {"can", "could", "will", "would", "shall", "should", "must", "may", "might", "cannot", "can't", "won't"}
_ADVERBS = {"also", "still", "never", "always", "just", "only", "even", "already", "often", "now", "then", "really"}
_IRREGULAR_PAST = set(
    "said told met took gave went saw knew thought spoke made got had did was were came found left felt kept "
    "brought bought heard held meant paid ran sat sent stood understood wrote became began built chose drew "
    "drove fell fought forgot grew hid led lost rose sold shut slept taught threw won".split()
)
_THIRD_PERSON = {"have": "has", "do": "does", "go": "goes", "am": "is", "are": "is", "were": "was", "be": "is"}
_FIRST_CONTRACTIONS = {"'m": "is", "'ve": "has", "'ll": "will", "'re": "is"}


@dataclass
class Speaking:
    """Who a claim is from: its speaker's name, short form and kind, the claim's kind, and a way to
    find the speaker a pronoun at an article offset refers to."""

    speaker: str | None
    speaker_kind: str  # person | organization | unknown
    kind: str  # direct | paraphrase | statement
    antecedent: Callable[..., str | None]  # (kind, offset, other_than=None) -> name
    short: str | None = None  # the form used after the first ("Kabulov", "Lin")


def _fmt(d: dt.date) -> str:
    return f"{d.day} {_MONTH_NAMES[d.month - 1]} {d.year}"


def _absolute(expr: str, mention: DateMention, governed: bool, part: str) -> str:
    """The absolute form of a resolved relative date expression (`part`: "afternoon" in "tomorrow
    afternoon")."""
    d = dt.date.fromisoformat(mention.date)
    low = expr.lower()
    on, in_ = ("" if governed else "on "), ("" if governed else "in ")
    if mention.precision == "year":
        return f"{'earlier' if 'earlier' in low else 'later'} in {d.year}" if "this year" in low else f"{in_}{d.year}"
    month = f"{_MONTH_NAMES[d.month - 1]} {d.year}"
    if mention.precision == "month":
        first = low.split()[0]
        if "this month" in low:
            return f"{first} in {month}" if first in ("earlier", "later", "early", "late") else f"{in_}{month}"
        lead = re.match(r"(in|since|until|by|from|before|after|early|late|mid-)\s*", expr, re.I)
        return f"{lead.group(0)}{month}" if lead else f"{in_}{month}"
    if re.search(r"\b(?:last|this|next|past|coming)\s+week\b", low):
        return f"in the week of {_fmt(d - dt.timedelta(days=d.weekday()))}"
    if "weekend" in low:
        return f"on the weekend of {_fmt(d)}"
    if "weeks ago" in low:
        return f"around {_fmt(d)}"
    day = next((w for w in _WEEKDAYS if w.lower() in low), None)
    when = f"{day} {_fmt(d)}" if day else _fmt(d)
    if low in ("tonight", "last night"):
        part = "night"
    if part:
        return f"{on}the {part} of {when}"  # "tomorrow afternoon" -> "on the afternoon of 8 December 2026"
    if day:
        lead = re.match(r"((?:late|early)\s+on\s+)", expr, re.I)
        return f"{lead.group(1) if lead else on}{when}"
    if re.fullmatch(r"(?:on\s+)?[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?", expr):
        return f"{expr}, {d.year}"  # "March 2" -> "March 2, 2027"
    if re.fullmatch(r"(?:on\s+)?\d{1,2}\s+[A-Z][a-z]+\.?", expr):
        return f"{expr} {d.year}"  # "2 March" -> "2 March 2027"
    return f"{on}{when}"  # yesterday, today, tomorrow, three days ago


# Expressions anchored to the publication day itself; weekdays and bare months are rewritten only
# in a plainly past sentence, since the engine guesses their direction from tense.
_ANCHORED = re.compile(r"\b(?:yesterday|today|tomorrow|tonight|night|ago|last|next|this|past|coming)\b", re.I)
_NOT_PAST = re.compile(
    r"\b(?:will|would|could|might|may|shall|going\s+to|expects?|expected|if|through|until|plans?|planned|"
    r"schedul\w*|due|forecast\w*|maybe|perhaps|hopes?)\b|['’]ll\b",
    re.I,
)
_PAST = re.compile(r"\b(?:was|were|had|did|been|since|ago|\w+ed|" + "|".join(_IRREGULAR_PAST) + r")\b", re.I)
_PART_OF_DAY = re.compile(r"\s+(morning|afternoon|evening|night)\b", re.I)


def _reliable(mention: DateMention, sentence: str) -> bool:
    if _ANCHORED.search(mention.text):
        return True
    return _PAST.search(sentence) is not None and _NOT_PAST.search(sentence) is None


def resolve_dates(text: str, offset: int, dates: list[DateMention]) -> str:
    """Replace the resolved relative date expressions of text (article offset `offset`)."""
    for m in sorted(dates, key=lambda x: -x.start):
        a, b = m.start - offset, m.end - offset
        if a < 0 or b > len(text) or not m.date or re.search(r"\b(?:1[5-9]|20)\d\d\b", m.text):
            continue
        if not _reliable(m, text) or re.match(r"\s*,?\s*(?:\d{1,2}\s+[A-Z]|[A-Z][a-z]+\.?\s+\d)", text[b:]):
            continue  # a guess, or already followed by its date ("Thursday 14 January 2027")
        expr = m.text
        lead = re.search(r"\b(last|next|this|on)\s+$", text[:a], re.I)
        if lead and re.match(r"(?:" + "|".join(_WEEKDAYS + _MONTH_NAMES) + ")", expr):
            a, expr = lead.start(), text[lead.start() : b]  # "Last Tuesday" as one expression
        part = _PART_OF_DAY.match(text, b)
        if part:
            b = part.end()
        prev = re.search(r"(\w+)\s*$", text[:a])
        subject = a == 0 and re.match(r"\s+(?:is|was|will|marks|has)\b", text[b:])
        governed = subject or (prev is not None and prev.group(1).lower() in _GOVERNING)
        new = _absolute(expr, m, bool(governed), part.group(1).lower() if part else "")
        text = text[:a] + (new[0].upper() + new[1:] if a == 0 else new) + text[b:]
    return text


def strip_dateline(text: str) -> str:
    text = TIME_STAMP.sub("", text, count=1) if TIME_STAMP.match(text) else text
    m = DATELINE.match(text)
    return text[m.end() :] if m and len(text) - m.end() > 20 else text


def _third_person(verb: str) -> str:
    low = verb.lower()
    if low in _THIRD_PERSON:
        return _THIRD_PERSON[low]
    if low in _MODALS or low in _IRREGULAR_PAST or low.endswith("ed") or not low.isalpha():
        return verb
    if re.search(r"(?:s|sh|ch|x|z|o)$", low):
        return verb + "es"
    if re.search(r"[^aeiou]y$", low):
        return verb[:-1] + "ies"
    return verb + "s"


# First-person words by speaker kind: (subject, object, possessive).
_FIRST = {
    "person": ("I", "(?i:me|myself)", "(?i:my|mine)"),
    "organization": ("[Ww]e", "(?i:us|ourselves)", "(?i:our|ours)"),
}


_FIRST_RE = {
    kind: re.compile(
        rf"(?P<subj>\b(?:{subj})(?![\w-]))(?:(?P<contr>['’](?:m|ve|ll|re|d))|\s+(?P<adv>(?:{'|'.join(_ADVERBS)})\s+)?"
        rf"(?P<verb>[a-z]+)\b)?|(?P<poss>\b(?:{poss})\b)|(?P<obj>\b(?:{obj})\b)"
    )
    for kind, (subj, obj, poss) in _FIRST.items()
}


def _first_person(text: str, name: str, short: str, kind: str) -> str:
    """ "I have met the operator and my officials" -> "Ana Ruiz has met the operator and Ruiz's officials".
    The first mention is the full name, later ones the short form; "Jo and I have" keeps its verb."""
    pattern = _FIRST_RE[kind]
    used = False

    def who() -> str:
        nonlocal used
        out, used = (short if used else name), True
        return out

    def repl(m: re.Match) -> str:
        if m.group("poss"):
            return who() + "'s"
        if m.group("obj"):
            return who()
        person = who()
        contr, adv, verb = m.group("contr"), m.group("adv") or "", m.group("verb")
        if contr:
            return f"{person} {_FIRST_CONTRACTIONS.get(contr.replace('’', chr(39)).lower(), 'would')}"
        if not verb:
            return person
        if re.search(r"(?:^|[,;:]\s*|\bthat\s+)[A-Z][\w'’-]*\s+and\s+$", text[: m.start()]):
            return f"{person} {adv}{verb}"  # "Jo and I have": the verb stays plural
        if verb.lower() == "do" and re.match(r"\s+not\b", text[m.end() :]):
            return f"{person} {adv}does"
        return f"{person} {adv}{_third_person(verb)}"

    return pattern.sub(repl, text)


def _leading_pronoun(text: str, name: str) -> str:
    """ "it had signed contracts" -> "Russia had signed contracts"; "his group" -> "Ana Ruiz's group"."""
    m = re.match(r"(he|she|it)\b|(his|her|its)\b", text, re.I)
    if not m:
        return text
    return (name if m.group(1) else name + "'s") + text[m.end() :]


def _leading_kind(text: str) -> str | None:
    m = re.match(r"(he|she|his|her|it|its)\b", text, re.I)
    if not m:
        return None
    return "organization" if m.group(1).lower() in ("it", "its") else "person"


def _balance_quotes(text: str) -> str:
    """Close a quotation mark the cut left open (“within weeks -> “within weeks”)."""
    if text.count("“") > text.count("”"):
        return text.rstrip(".") + "”" + ("." if text.endswith(".") else "")
    if text.count('"') % 2:
        return text.rstrip(".") + '"' + ("." if text.endswith(".") else "")
    opened = [m.start() for m in re.finditer(r"(?:^|(?<=[\s(]))['‘](?=\w)", text)]
    if opened and not re.search(r"(?<=[\w.,!?])['’](?!\w)", text[opened[-1] + 1 :]):
        return text.rstrip(".") + ("’" if text[opened[-1]] == "‘" else "'") + ("." if text.endswith(".") else "")
    return text


def stand_alone(text: str, start: int, dates: list[DateMention], speaking: Speaking) -> str:
    """The claim text at article offset `start`, rewritten to stand on its own (see the module doc)."""
    text = resolve_dates(text, start, dates)
    text = strip_dateline(text).strip().lstrip("•·▪*–- ")
    name, kind = speaking.speaker, speaking.speaker_kind
    lead = _leading_kind(text)
    if speaking.kind == "direct" and name and kind in _FIRST:
        text = _first_person(text, name, speaking.short or name.split()[-1], kind)
    if speaking.kind in ("paraphrase", "partial") and name and lead in (kind, "unknown"):
        text = _leading_pronoun(text, name)  # the reported clause's pronoun is its speaker
    elif speaking.kind != "direct" and lead and (found := speaking.antecedent(lead, start)):
        text = _leading_pronoun(text, found)  # "His office said he would serve": he is the last person
    elif speaking.kind == "direct" and lead == "person" and (found := speaking.antecedent(lead, start, name)):
        text = _leading_pronoun(text, found)  # "He told me in January" in Vance's quote: he is not Vance
    text = _balance_quotes(" ".join(text.split()))
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    if speaking.kind != "statement" and text and not re.search(r"[.!?…][”\"’']?$", text):
        text = text.rstrip(",;:—– ") + "."  # a quote or reported clause cut from its sentence
    return text
