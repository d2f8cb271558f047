"""Speaker-label transcripts: broadcast, parliamentary and interview turns.

A transcript paragraph opens with a label that says who speaks, then a colon:

    DANA REEVES (Anchor): Good evening. ...
    REEVES: Tom, what are officials saying?
    CHIEF ANA SOTO, HILL COUNTY FIRE DISTRICT: We had gusts of 50 miles an hour.
    4. Mr Ian Bell (Eastmoor) (Con): What steps has she taken ...
    The Minister for Roads (Ms Jo Hart): None at all.
    Mr Speaker: Order.
    Q: ... / A: ...

Each turn is one direct quote by the label's person. Titles, constituencies, parties and
affiliations are dropped from the name; a label that names only an office ("The Minister for
Roads:", "ANCHOR:") takes the person an earlier label gave that office to; a bare surname is left
to clustering, which joins it to the full name. A label is only believed when the article has
at least two turns, and a turn's text must read as speech (a capital and a sentence end), so
"Segment: Harbour Fire" or a "Media contact:" block is not a turn. In a ``Q:``/``A:`` interview the
answers are the interviewee's; questions count only when a byline names the interviewer
("Interview by Jan Ruiz").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .speakers import ORG_CONNECTORS, PARTICLES, TITLE_WORDS, parse_speaker_phrase

_LABEL = re.compile(r"(?:\d{1,3}\.[ \t]+)?(?P<label>[^:\n]{1,140}?)[ \t]*:[ \t]*(?:\n[ \t]*)?(?=\S)")
_PAREN = re.compile(r"\(([^()]*)\)")
_QA = {"q": "Q", "question": "Q", "a": "A", "answer": "A"}
# Labels for a voice nobody names.
_UNNAMED = re.compile(
    r"(?i)^(?:unidentified|unknown|unnamed|off-camera|voices?|crowd|protesters?|audience|"
    r"(?:several\s+|an?\s+)?hon(?:ourable)?\.?\s+members?)\b"
)
# Labels that name only a part in the programme.
_ROLE_LABELS = {
    "anchor",
    "co-anchor",
    "reporter",
    "correspondent",
    "host",
    "co-host",
    "presenter",
    "interviewer",
    "moderator",
    "narrator",
    "meteorologist",
}
_HONORIFICS = {"mr", "mrs", "ms", "madam", "madame", "mister"}
_BYLINE = re.compile(
    r"^(?:interview(?:ed)?\s+by|questions\s+by|conducted\s+by|by)\s+(?P<name>[^,\n(]+)", re.I | re.MULTILINE
)
_SPEECH_END = re.compile(r"[.!?…][’”\"')]?(?:\s|$)")


@dataclass
class Turn:
    """One speaker's turn: the label span, the spoken text span and who speaks."""

    label: tuple[int, int]
    start: int
    end: int
    name: str | None
    kind: str = "person"
    qa: str | None = None  # "Q" or "A" in an interview


def _title_case(phrase: str) -> str:
    """'GOV. ANA DE LA CRUZ-ROSS' -> 'Gov. Ana de la Cruz-Ross'; mixed-case text is left alone."""
    if any(ch.islower() for ch in phrase):
        return phrase

    def word(w: str) -> str:
        if w.lower() in PARTICLES:
            return w.lower()
        return re.sub(r"[A-Z]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), w)

    return " ".join(word(w) for w in phrase.split())


def _is_label_text(outside: str) -> bool:
    """Every word capitalised (or a particle/connector), no digits, at most ten words."""
    words = outside.replace(",", " ").split()
    if not words or len(words) > 10 or re.search(r"\d", outside):
        return False
    small = PARTICLES | ORG_CONNECTORS | {"the"}
    return words[0][0].isupper() and all(w[0].isupper() or w.lower() in small or w[:3] in ("al-", "el-") for w in words)


def _role_key(head: str) -> str:
    return " ".join(re.sub(r"(?i)^the\s+", "", head).lower().split())


class _Labels:
    """Reads labels in order, remembering which office each named person holds."""

    def __init__(self) -> None:
        self.offices: dict[str, str] = {}

    def read(self, label: str) -> tuple[str | None, str] | None:
        """(name, kind) for a person label, (None, "unknown") for an unnamed voice, None if not a label."""
        parens = [p.strip() for p in _PAREN.findall(label)]
        outside = " ".join(_PAREN.sub(" ", label).split())
        if not _is_label_text(outside):
            return None
        head = outside.split(",")[0].strip()
        if _UNNAMED.match(head):
            return None, "unknown"
        key = _role_key(head)
        if key in self.offices:
            return self.offices[key], "person"
        if key in _ROLE_LABELS:
            return None, "unknown"  # "ANCHOR:" before anyone was named as the anchor
        words = _title_case(head).split()
        ref = parse_speaker_phrase(" ".join(words))
        if not head.lower().startswith("the ") and ref.ref == "name" and ref.name and ref.kind != "organization":
            for p in parens:  # "DANA REEVES (Anchor)": the part in brackets is her part in the programme
                if _role_key(p) in _ROLE_LABELS:
                    self.offices.setdefault(_role_key(p), ref.name)
            return ref.name, "person"
        for p in parens:  # "The Minister for Roads (Ms Jo Hart)"
            inner = parse_speaker_phrase(_title_case(p))
            if inner.ref == "name" and inner.name and inner.kind == "person" and len(inner.name.split()) >= 2:
                self.offices[key] = inner.name
                return inner.name, "person"
        low = [w.lower() for w in words]
        if low[0].rstrip(".") in _HONORIFICS and all(w in TITLE_WORDS or w + "." in TITLE_WORDS for w in low):
            return " ".join(words), "person"  # "Mr Speaker", "Madam Deputy Speaker": the office is the name
        if head.lower().startswith("the "):
            return None, "unknown"  # an office nobody was named for
        return None


def _interviewer(text: str, before: int) -> str | None:
    """The interviewer from a byline ahead of the first question ("Interview by Jan Ruiz")."""
    for m in _BYLINE.finditer(text, 0, before):
        ref = parse_speaker_phrase(m.group("name").strip())
        if ref.ref == "name" and ref.name and ref.kind == "person" and len(ref.name.split()) >= 2:
            return ref.name
    return None


def find_turns(text: str, paragraphs: list[tuple[int, int]]) -> list[Turn | None]:
    """The turn each paragraph is, or None; all None unless the article reads as a transcript."""
    labels = _Labels()
    turns: list[Turn | None] = []
    for s, e in paragraphs:
        m = _LABEL.match(text, s, e)
        turn = None
        if m:
            label = m.group("label").strip()
            spoken = text[m.end() : e]
            qa = _QA.get(label.lower())
            if qa:
                turn = Turn((m.start("label"), m.end("label")), m.end(), e, None, "unknown", qa)
            elif spoken[:1].isupper() or spoken[:1] in "‘“\"'":
                read = labels.read(label) if _SPEECH_END.search(spoken) else None
                if read is not None:
                    turn = Turn((m.start("label"), m.end("label")), m.end(), e, *read)
        turns.append(turn)
    qa_kinds = {t.qa for t in turns if t and t.qa}
    if qa_kinds == {"Q", "A"}:
        first = next(t for t in turns if t and t.qa)
        asker = _interviewer(text, first.label[0])
        for t in turns:
            if t and t.qa == "Q":
                t.name, t.kind = asker, "person" if asker else "unknown"
        return [t if t and t.qa else None for t in turns]
    labelled = [t for t in turns if t and not t.qa]
    if len(labelled) < 2:
        return [None] * len(turns)
    return [t if t and not t.qa else None for t in turns]
