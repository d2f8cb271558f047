"""Paragraphs and quoted spans: where the quotation marks are, and which spans are not speech.

Double quotes (straight or curly) are found first. British single quotes (‘…’ or '…') are then
found outside them, told apart from apostrophes by where they stand: an opening mark follows a
space or a dash and precedes a letter; a closing mark follows a letter or punctuation and precedes
a space, punctuation or the end. Double quotes inside a single-quoted span are nested speech
('He said, "Dad, they never came."'), and so are single quotes inside a double-quoted one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_QUOTES = '“"'
CLOSE_QUOTES = '”"'
_SINGLE = "‘'’"
_SCARE_SMALL = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "at"}
# A quoted term, not speech: "the so-called “…”", "a report titled “…”", "held the title “…”".
_TERM_BEFORE = re.compile(
    r"(?:\bso[- ]called|\b(?:en)?titled|\bthe\s+title(?:\s+of)?|\bdubbed|\bnicknamed|"
    r"\b(?:known|marketed|branded|sold|billed|trademarked|registered)\s+as|"
    r"\bknown\s+(?:[a-z]+\s+){1,5}?as|"  # "known to his staff simply as “PJ,”"
    r"\bthe\s+(?:slogan|motto|hashtag|banner|headline|phrase|term|word|label)|\bunder\s+the\s+(?:slogan|name|banner)|"
    r"\bwhat\s+(?:they|he|she|we|some|critics|officials)\s+(?:call|calls|called|describe[sd]?\s+as))\s*[,:]?\s*$",
    re.I,
)
_CALL_IT = re.compile(
    r"\b(?:call|calls|called|calling)\s+(?:it|this|that|them|these|those)\s+(?:the\s+|an?\s+)?$",
    re.I,
)
# Nouns for works whose quoted title follows them ("the report, “Left on the Platform”,").
_WORK_NOUNS = (
    r"report|paper|study|book|film|documentary|album|song|play|series|show|programme|program|hearing|"
    r"exhibition|campaign|article|essay|column|podcast|episode|novel|poem|memoir|strategy|plan|bill|act"
)
_WORK_BEFORE = re.compile(r"\b(?:" + _WORK_NOUNS + r")\b[^.!?;“”\"]{0,40}[,:]?\s*$", re.I)


# Other languages' quotation marks, read as curly ones: «…» and »…« (guillemets either way round), „…“ and „…”
# (low opening marks), and their single forms ‹…›, ›…‹, ‚…‘.
_LOW_OPEN = {"„": ("“", "”"), "‚": ("‘", "’")}


def _low_closed(text: str, i: int, low_open: list[str]) -> int | None:
    """Which of the open low marks text[i] closes, if any: "“" or "”" a „, "‘" or "’" a ‚ (not the apostrophe in
    "doesn’t")."""
    ch = text[i]
    apostrophe = ch == "’" and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()
    for k in range(len(low_open) - 1, -1, -1):
        if ch in _LOW_OPEN[low_open[k]] and not apostrophe:
            return k
    return None


def _same_mark_quotes(text: str) -> str:
    """Swedish and Finnish open and close a quote with the same mark, ”…” (’…’ inside): where no “ or „ opens
    one, a ” or ’ after a space and before a word opens it."""
    if "”" not in text or "“" in text or "„" in text:
        return text
    chars = list(text)
    for i, ch in enumerate(text[:-1]):
        if ch in "”’" and (i == 0 or text[i - 1].isspace() or text[i - 1] in "([—–-/") and not text[i + 1].isspace():
            chars[i] = "“" if ch == "”" else "‘"
    return "".join(chars)


def plain_marks(text: str) -> str:
    """`text` with every quotation mark as a curly English one, character for character (offsets stay)."""
    text = _same_mark_quotes(text)
    if not any(ch in text for ch in "«»„‚‹›"):
        return text
    chars = list(text)
    first = next((ch for ch in text if ch in "«»"), "«")
    opens, closes = ("«", "»") if first == "«" else ("»", "«")
    first_single = next((ch for ch in text if ch in "‹›"), "‹")
    s_opens, s_closes = ("‹", "›") if first_single == "‹" else ("›", "‹")
    low_open: list[str] = []  # the low marks still open, innermost last: „… ‚…‘ …“
    inner = False  # inside « »: English “ ” there are the nested quote ("«The letter said “…”. …»")
    for i, ch in enumerate(chars):
        if ch == "\n":
            low_open, inner = [], False
        elif ch in _LOW_OPEN:  # (inside « », „…“ is the nested quote: "«He said, „…“ He was right.»")
            chars[i] = "‘" if inner else _LOW_OPEN[ch][0]
            low_open.append(ch)
        elif (closed := _low_closed(text, i, low_open)) is not None:
            chars[i] = "’" if inner else _LOW_OPEN[low_open[closed]][1]  # German closes with what English opens with
            del low_open[closed:]
        elif inner and ch in "“”":
            chars[i] = "‘" if ch == "“" else "’"
        elif ch in (opens, s_opens):
            chars[i] = "“" if ch == opens else "‘"
            inner = inner or ch == opens
        elif ch in (closes, s_closes):
            chars[i] = "”" if ch == closes else "’"
            inner = inner and ch != closes
    return "".join(chars)


def is_headline(line: str) -> bool:
    """ "Acme Robotics Raises $40 Million to Build Robots": a title-case line with no sentence end."""
    words = [w for w in line.split() if len(w) > 3 and w[0].isalpha()]
    upper = sum(w[0].isupper() for w in words)
    return (
        "\n" not in line.strip()
        and not re.search(r"[.!?]\s*$", line)
        # (or a short one: "The Man Who Listens to Wood")
        and (len(words) >= 3 or len(words) == 2 and len(line.split()) >= 5)
        and upper >= 0.8 * len(words)
    )


@dataclass
class Segment:
    """One quoted span: its opening mark, its closing mark (or the paragraph end if unclosed)."""

    open: int
    close: int
    closed: bool
    real: bool = True
    single: bool = False  # British single quotes
    nested: bool = False  # inside another quoted span


def strip_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """`(start, end)` without surrounding white space in `text`; None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


# A line break that ends a sentence, before a line that opens one: a paragraph of its own in a live blog's entry
# ("… he said.\nA reporter from the local channel …"), unless the text is hard-wrapped.
_LINE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"’']))\n(?=[“\"‘]?[^\W\d_a-z])")
_WRAPPED = re.compile(r"[^\s.!?:”\"’']\n(?=[a-z])")  # a line broken before a lower-case word
_CREDIT_LINE = re.compile(r"\n(?:(?:That|This|Those|These)\s+(?:was|is|were|are)\b|[—–-]\s|(?:said|says)\b)")
_LABEL_LINE = re.compile(r"[^\W\d_][\w .'’()-]{0,40}:\s")  # "Presenter: …", "CHAIR: …"
# A line opening with an upper-case speaker label: a turn of a transcript printed one turn per line ("CHAIR: …\nCLERK:")
_TURN_LINE = re.compile(r"\n(?=([^\W\d_a-z][^\W\d_]*(?:[ .'’-]+[^\W\d_]+){0,4}\.?):\s)")


def _sentence_lines(text: str, s: int, e: int) -> list[int]:
    """Where a blank-line paragraph breaks into sentence-ending lines (see _LINE_END): not after a short line (a
    time, "5:35 p.m."), nor between a line that is only a quote and its credit ("That was Priya Ramdial, …"), nor
    before a line that opens with a label; but always before a line opening with an upper-case speaker label, a
    transcript's next turn ("CHAIR: …\nCLERK: …")."""
    cuts = []
    for m in _LINE_END.finditer(text, s, e):
        line = text[text.rfind("\n", s, m.start()) + 1 : m.start()]
        quote_only = re.fullmatch(r"\s*[“\"‘'][^\n]*[”\"’']", line) is not None
        credit = quote_only and _CREDIT_LINE.match(text, m.start()) is not None
        if len(line.split()) >= 4 and not credit and not _LABEL_LINE.match(text, m.end()):
            cuts.append(m.start())
    cuts += [m.start() for m in _TURN_LINE.finditer(text, s, e) if _next_turn(text, m)]
    return sorted(set(cuts))


# Labels a transcript gives a part rather than a person, which may speak only once.
_PART_LABELS = frozenset("CHAIR CLERK HOST CALLER Q A PRESENTER ANCHOR INTERVIEWER GUEST WITNESS MODERATOR".split())


def _next_turn(text: str, m: re.Match[str]) -> bool:
    """A line opening with an upper-case label after a line that ends a sentence, when the label is a part's or a
    name the text uses elsewhere ("CLERK:", "NGUBANE:" after "Mr Sibusiso Ngubane"): a transcript's next turn; not
    "DANGER: NO ENTRY" after "the notice said", nor a letter's "PS:"."""
    label = m.group(1)
    if not label.isupper():
        return False
    line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    if not re.search(r"[.!?…”\"’')\]]\s*$", line):
        return False
    return label.rstrip(".") in _PART_LABELS or len(re.findall(r"\b" + re.escape(label) + r"\b", text, re.I)) >= 2


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blank-line separated if the text has blank lines (and sentence-ending lines inside them, when
    the text is not hard-wrapped), else per line."""
    blank = re.search(r"\n\s*\n", text) is not None
    sep = re.compile(r"\n\s*\n") if blank else re.compile(r"\n")
    spans, pos = [], 0
    for m in sep.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    if blank and len(_WRAPPED.findall(text)) < 3:
        lines = []
        for s, e in spans:
            for cut in _sentence_lines(text, s, e):
                lines.append((s, cut))
                s = cut + 1
            lines.append((s, e))
        spans = lines
    return [span for s, e in spans if (span := strip_span(text, s, e))]


def _double_segments(text: str, s: int, e: int) -> list[Segment]:
    segs: list[Segment] = []
    open_at: int | None = None
    for i in range(s, e):
        ch = text[i]
        if open_at is None:
            if ch in OPEN_QUOTES:
                open_at = i
        elif ch in CLOSE_QUOTES:
            segs.append(Segment(open_at, i, True))
            open_at = None
        elif ch == "“":  # malformed: re-open
            open_at = i
    if open_at is not None:
        segs.append(Segment(open_at, e, False))
    return segs


def opens_single(text: str, i: int, s: int) -> bool:
    """A single mark that opens a quotation: after a space, dash or bracket, before a letter ('90s is not)."""
    if text[i] not in "‘'" or i + 1 >= len(text) or not text[i + 1].isalpha():
        return False
    return i == s or text[i - 1].isspace() or text[i - 1] in '([—–-:/“"'


def _closes_single(text: str, i: int, e: int) -> str | None:
    """'strong' or 'weak' when the mark at i can close a single-quoted span, else None.

    Weak: a plural possessive could look the same ("the parents' choice"): an s, the mark, a
    space and a lower-case word."""
    if text[i] not in "’'" or text[i - 1].isspace():
        return None
    nxt = text[i + 1] if i + 1 < e else ""
    if nxt and not (nxt.isspace() or nxt in ',.;:!?)]—–-”"'):
        return None  # an apostrophe inside a word: didn't, Coroner's
    if text[i - 1] == "s" and re.match(r"\s[a-z]", text[i + 1 : i + 3]):
        return "weak"
    return "strong"


def _single_segments(text: str, s: int, e: int, taken: list[Segment], continues: bool) -> list[Segment]:
    """British single-quoted spans of text[s:e] outside the double-quoted spans in `taken`.

    A span left open at the paragraph end is kept only when the next paragraph re-opens with a single
    mark (`continues`), the convention for a quotation running over paragraphs."""

    def free(i: int) -> bool:
        return not any(g.open <= i <= g.close for g in taken)

    segs: list[Segment] = []
    i = s
    while i < e:
        if not (opens_single(text, i, s) and free(i)):
            i += 1
            continue
        close = None
        j = i + 2
        while j < e:
            if free(j) and (strength := _closes_single(text, j, e)):
                if strength == "strong":
                    close = j
                    break
                if close is None:
                    close = j  # weak: kept unless a strong close comes before the next opening
            elif close is not None and opens_single(text, j, s) and free(j):
                break
            j += 1
        if close is not None:
            segs.append(Segment(i, close, True, single=True))
            i = close + 1
        elif continues:
            segs.append(Segment(i, e, False, single=True))
            break
        else:
            i += 1
    return segs


def segments(text: str, s: int, e: int, next_start: int | None = None) -> list[Segment]:
    """Quoted spans of the paragraph text[s:e], in order; double quotes inside single ones are nested."""
    double = _double_segments(text, s, e)
    continues = next_start is not None and opens_single(text, next_start, next_start)
    single = _single_segments(text, s, e, double, continues)
    for d in double:
        d.nested = any(g.open < d.open and d.close <= g.close for g in single)
    inner = [  # "I remember a mother who told me, 'My son feels well now.'": single quotes inside double ones
        Segment(g.open, g.close, True, single=True, nested=True)
        for d in double
        if not d.nested
        for g in _single_segments(text, d.open + 1, d.close, [], False)
    ]
    return sorted(double + single + inner, key=lambda g: g.open)


def content_span(text: str, seg: Segment) -> tuple[int, int]:
    a, b = seg.open + 1, seg.close
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] == ","):
        b -= 1
    return a, b


def is_scare_quote(content: str, standalone: bool = False) -> bool:
    """Short quoted terms and quoted titles are not quotations.

    ``standalone`` means the quote opens a paragraph or follows the end of a
    sentence; a short full sentence there ("“That is backwards.”") is a quote.
    """
    words = re.findall(r"[\w'’-]+", content)
    if len(words) <= 3:
        return not (standalone and content[:1].isupper() and content.rstrip()[-1:] in ".!?")
    content_words = [w for w in words if w.lower() not in _SCARE_SMALL]
    titled = all(w[0].isupper() for w in content_words)
    return titled and len(words) <= 8 and not re.search(r"[.!?,;]", content.rstrip(".!? "))


def is_term(before: str, content: str) -> bool:
    """A title of a work or a so-called term, not speech.

    `before` is the paragraph text up to the opening mark. "the so-called “curse of the kings”" and
    "held the title “keeper of the seals”" name a term; a Title-Cased span after a work noun ("the
    report, “Left on the Platform”," / "paper, “Mass Loss in the Andes, 1990–2020”,") names a work,
    even with a comma or a year inside it."""
    if _TERM_BEFORE.search(before):
        return True
    words = re.findall(r"[^\W\d_][\w'’-]*", content)
    if len(words) <= 3 and _CALL_IT.search(before):
        return True  # "Growers call it the “tomato boom,” and many say …": a name for it, however punctuated
    content_words = [w for w in words if w.lower() not in _SCARE_SMALL]
    titled = bool(content_words) and sum(w[0].isupper() for w in content_words) >= 0.8 * len(content_words)
    return titled and len(words) <= 16 and bool(_WORK_BEFORE.search(before)) and content.rstrip()[-1:] not in ".!?"
