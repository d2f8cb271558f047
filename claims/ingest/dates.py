"""Find date expressions in an article and resolve them against its publication date.

Expressions are located with regular expressions (dateparser's own search is
slow and over-eager on wire copy: it reads "May" or "2-1" as dates) and then
resolved with dateparser using RELATIVE_BASE=published.  A few relative
forms dateparser does not understand ("later this month", "earlier this
week") are resolved arithmetically.  Without a publication date only
absolute expressions that carry a year are resolved.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import dateparser

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\."
)
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_NUM = r"\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_FUTURE_CUES = re.compile(
    r"\b(will|shall|plans? to|planned|scheduled|expected to|is due|are due|next|upcoming|"
    r"to meet|to travel|to vote|travel to|travels? to)\b",
    re.I,
)

# (regex, handler name, precision); order matters: longer forms first.
_PATTERNS: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(rf"\b(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"), "abs", "day"),
    (re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}\b"), "abs", "day"),
    (re.compile(rf"\b(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?![,.]?\d)"), "monthday", "day"),
    (re.compile(rf"\b\d{{1,2}}\s+(?:{_MONTHS})\b"), "monthday", "day"),
    (re.compile(rf"\b(?:{_MONTHS})\s+(?:of\s+)?\d{{4}}\b"), "abs", "month"),
    (re.compile(r"\b(?:later|earlier|late|early)\s+this\s+(?:week|month|year)\b", re.I), "this", "auto"),
    (re.compile(r"\b(?:last|next|this|past|coming)\s+(?:week|month|year|weekend)\b", re.I), "rel", "auto"),
    (re.compile(rf"(?<![\d,.])\b(?:{_NUM})\s+(?:days?|weeks?|months?|years?)\s+ago\b", re.I), "rel", "auto"),
    (re.compile(r"\b(?:yesterday|today|tomorrow|tonight|last\s+night)\b", re.I), "rel", "day"),
    (re.compile(rf"\b(?:(?:last|next|this|on|late\s+on|early\s+on)\s+)?(?:{_WEEKDAYS})\b"), "weekday", "day"),
    (
        re.compile(
            rf"\b(?:in|since|until|by|from|last|next|this|early|late|mid-|before|after)\s+(?:{_MONTHS})\b(?!\s+\d)"
        ),
        "month",
        "month",
    ),
    (re.compile(r"(?<![\d,.$£€-])\b(?:19[5-9]\d|20\d\d)\b(?![\d%-]|,\d| percent)"), "year", "year"),
]


@dataclass
class DateMention:
    """A date expression found in the article."""

    text: str
    date: str | None  # ISO date; first day of the month/year for coarser precision
    precision: str  # day | month | year
    start: int
    end: int

    def __getitem__(self, key: str):
        return getattr(self, key)

    def to_dict(self) -> dict:
        return {"text": self.text, "date": self.date, "precision": self.precision, "start": self.start, "end": self.end}


def _parse(expr: str, base: dt.date | None, prefer: str = "past") -> dt.date | None:
    settings = {"PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.combine(base, dt.time(12))
    res = dateparser.parse(expr.replace("Sept.", "Sep."), languages=["en"], settings=settings)
    return res.date() if res else None


def _truncate(d: dt.date, precision: str) -> dt.date:
    if precision == "month":
        return d.replace(day=1)
    if precision == "year":
        return d.replace(month=1, day=1)
    return d


def _resolve(expr: str, handler: str, precision: str, base: dt.date | None, future: bool):
    low = expr.lower()
    unit = re.search(r"(day|week|month|year)", low)
    if precision == "auto":
        precision = {"month": "month", "year": "year"}.get(unit.group(1) if unit else "", "day")
    if handler == "abs":
        d = _parse(expr, base)
        return (d and _truncate(d, precision)), precision
    if handler == "year":
        return dt.date(int(expr), 1, 1), "year"
    if base is None:
        return None, precision
    if handler == "this":  # "later this month" -> the publication month
        return _truncate(base, precision) if precision != "day" else base, precision
    if handler == "weekday":
        target = next(i for i, w in enumerate(_WEEKDAYS.split("|")) if w.lower() in low)
        back = (base.weekday() - target) % 7  # 0 = the publication day itself
        ahead = (target - base.weekday()) % 7
        if "next" in low:
            return base + dt.timedelta(days=ahead or 7), "day"
        if "last" in low:
            return base - dt.timedelta(days=back or 7), "day"
        return (base + dt.timedelta(days=ahead) if future else base - dt.timedelta(days=back)), "day"
    if handler == "monthday":
        cands = [_parse(f"{expr} {y}", None) for y in (base.year - 1, base.year, base.year + 1)]
        cands = [c for c in cands if c]
        return (min(cands, key=lambda c: abs((c - base).days)) if cands else None), "day"
    if handler == "month":
        prefer = "future" if ("next" in low or future) and "last" not in low else "past"
        month = re.search(_MONTHS, expr).group(0)
        d = _parse(month, base, prefer)
        return (d and _truncate(d, "month")), "month"
    if low in ("tonight", "last night"):
        return (base if low == "tonight" else base - dt.timedelta(days=1)), "day"
    if "weekend" in low:
        sat = base - dt.timedelta(days=(base.weekday() - 5) % 7)
        return (sat + dt.timedelta(days=7) if "next" in low else sat), "day"
    expr2 = re.sub(r"^(past|coming)\s", lambda m: "last " if m.group(1) == "past" else "next ", low)
    d = _parse(expr2, base, "future" if "next" in expr2 or "tomorrow" in expr2 else "past")
    return (d and _truncate(d, precision)), precision


def find_dates(text: str, published: dt.date | None = None) -> list[DateMention]:
    """All date expressions in ``text`` with ISO dates resolved against ``published``."""
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    for rx, handler, precision in _PATTERNS:
        for m in rx.finditer(text):
            a, b = m.span()
            if any(a < y and x < b for x, y in taken):
                continue
            taken.append((a, b))
            # tense of the surrounding clause decides past vs future weekdays
            s0 = max(text.rfind(".", 0, a), text.rfind("\n", 0, a)) + 1
            future = bool(_FUTURE_CUES.search(text[s0:a]))
            d, prec = _resolve(m.group(0), handler, precision, published, future)
            out.append(DateMention(m.group(0), d.isoformat() if d else None, prec, a, b))
    out.sort(key=lambda x: x.start)
    return out
