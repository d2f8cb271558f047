"""Direct-quote extraction, attribution and reported-speech detection.

Pipeline (per article, in reading order):

1. split into paragraphs; find quoted spans per paragraph (straight or curly
   quotes; an unclosed quote runs to the end of its paragraph);
2. drop scare quotes (1-3 words, or a Title-Cased name/title);
3. mask real quotes so that the journalist's own words ("the frame") can be
   searched for attribution cues: a speech verb plus its subject, either
   before ("X said") or after ("said X") the verb, or "according to X";
4. resolve each cue's subject (name / pronoun / unnamed role / definite
   description) against a running discourse state;
5. give each quote the nearest cue in its sentence (else in its paragraph);
   quote-only paragraphs inherit from the previous paragraph when that
   paragraph's quote was attributed or left open;
6. cues in sentences without a direct quote become paraphrase items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .speakers import (
    GENERIC_ORG_REFS,
    ORG_WORDS,
    TITLE_WORDS,
    SpeakerRef,
    is_org_name,
    kind_from_appositive,
    name_similarity,
    parse_speaker_phrase,
)

MASK = "\ue000"  # stands in for quoted text inside the frame
OPEN_QUOTES = '“"'
CLOSE_QUOTES = '”"'

SPEECH_VERBS = (
    "said says say told tells added adds stated states insisted insists argued argues "
    "claimed claims noted notes warned warns explained explains wrote writes tweeted "
    "tweets posted posts announced announces declared declares asserted asserts "
    "maintained maintains acknowledged acknowledges recalled recalls continued "
    "replied replies responded responds stressed stresses emphasised emphasized "
    "emphasises emphasizes observed commented remarked conceded concedes admitted "
    "admits cautioned cautions countered counters vowed vows predicted predicts "
    "confirmed confirms denied denies reiterated reiterates asked asks quipped quips fumed fumes "
    "retorted retorts snapped snaps joked jokes"
).split() + ["shot back", "fired back", "hit back"]
# Verbs that may introduce reported speech without "that" ("X said the ...").
BARE_REPORT_VERBS = {
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "insisted",
    "insists",
    "argued",
    "argues",
    "wrote",
    "writes",
    "warned",
    "warns",
}
# Verbs that are usually not about speech ("continued to", "posted a profit").
_WEAK_VERBS = {"continued", "continues", "posted", "posts"}
_VERB_RE = re.compile(r"\b(" + "|".join(SPEECH_VERBS) + r")\b|\baccording to\b", re.I)
_AUX_TAIL = re.compile(
    r"(?:\s+(?:also|later|then|again|previously|further|once|repeatedly|recently|"
    r"has|have|had|would|will|had\s+previously|(?:late\s+|early\s+)?on\s+\w+day))+\s*$",
    re.I,
)
_ABBREV = {
    "dr",
    "mr",
    "mrs",
    "ms",
    "st",
    "gen",
    "sen",
    "rep",
    "gov",
    "lt",
    "col",
    "capt",
    "sgt",
    "prof",
    "inc",
    "corp",
    "ltd",
    "co",
    "jr",
    "sr",
    "no",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "vs",
    "etc",
    "mt",
    "u.s",
    "u.k",
    "u.n",
    "e.u",
    "d.c",
    "a.m",
    "p.m",
}
_ORG_RUN = re.compile(r"[A-Z][\w'’&-]*(?:[ \t]+(?:(?:of|and|for|on|the)[ \t]+)?[A-Z][\w'’&-]*)*")
# "Q: ..." / "A: ..." interview transcript paragraphs.
_QA_RE = re.compile(r"(Q|A|Question|Answer)\s*:\s+")
_COMMA = re.compile(r",(?!\d{3})")
# Kinship nouns ("his wife said") and the gender they imply.
KIN_GENDER = {
    "husband": "m",
    "wife": "f",
    "son": "m",
    "daughter": "f",
    "mother": "f",
    "father": "m",
    "brother": "m",
    "sister": "f",
    "widow": "f",
    "widower": "m",
    "grandmother": "f",
    "grandfather": "m",
    "mom": "f",
    "mum": "f",
    "dad": "m",
    "boyfriend": "m",
    "girlfriend": "f",
}
# "the company said": nouns that refer back to any organisation.
_ORG_NOUNS = ("company", "firm", "group", "body", "panel", "organisation", "organization")
_SPOKES = {"spokesman", "spokeswoman", "spokesperson"}
# Adjectives that may precede "spokesman" without naming an organisation.
_SPOKES_ADJ = {"senior", "former", "deputy", "chief", "official", "new", "another", "second", "unnamed"}
_DATELINE = re.compile(r"\s*[A-Z]{2,}\b[^\n—–]{0,60}?\s[—–-]\s")
_HEAD_TOK = (
    r"(?:[A-Z][\w'’.&-]*|of|for|and|on|the|bin|ibn|al|de|da|del|van|von|der|den|di|du|dos|"
    + "|".join(sorted((re.escape(w) for w in TITLE_WORDS if re.fullmatch(r"[a-z-]+\.?", w)), key=len, reverse=True))
    + r")(?![\w-])"
)
_HEAD_RE = re.compile(r"\s*(" + _HEAD_TOK + r"(?:[ \t]+" + _HEAD_TOK + r")*)")
_SCARE_SMALL = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "at"}


@dataclass
class QuoteItem:
    """A direct quote segment or a paraphrase (reported speech)."""

    text: str
    kind: str  # "direct" | "paraphrase"
    paragraph: int
    start: int
    end: int
    cue: str
    surface: str | None = None  # speaker surface form before clustering
    speaker_kind: str = "unknown"
    sentence: tuple[int, int] = (0, 0)  # source sentence span in the article


@dataclass
class _Segment:
    open: int  # index of the opening mark (article offsets)
    close: int  # index of the closing mark, or paragraph end if unclosed
    closed: bool
    real: bool = True


@dataclass
class _Cue:
    start: int
    end: int
    verb: str
    subject: str
    subj_start: int
    subj_end: int
    ref: SpeakerRef
    sentence: int
    inverted: bool = False
    surface: str | None = None
    kind: str = "unknown"
    paraphrase: tuple[int, int] | None = None
    other: str = ""  # the head the appositive name was taken from ("Her husband")


@dataclass
class _Referent:
    surface: str | None
    kind: str  # person | organization | unknown | role
    role: str | None = None


@dataclass
class _State:
    """Discourse memory used to resolve pronouns and definite descriptions."""

    last_any: _Referent | None = None
    last_person: _Referent | None = None
    last_org: _Referent | None = None
    roles: dict[str, _Referent] = field(default_factory=dict)
    names: list[tuple[str, str]] = field(default_factory=list)  # (surface, kind)
    last_statement: _Referent | None = None  # who last "said in a statement"
    gender: dict[str, str] = field(default_factory=dict)  # surname key -> "m" | "f"
    persons: list[tuple[_Referent, int]] = field(default_factory=list)  # (referent, paragraph)
    pidx: int = 0
    relatives: dict[str, _Referent] = field(default_factory=dict)  # "Frank Holt" <-> "Mary Holt"

    def gender_of(self, ref: _Referent | None) -> str | None:
        """Gender of a referent: by its full form, else by its last name."""
        if ref is None or not ref.surface:
            return None
        return self.gender.get(_gkey(ref.surface)) or self.gender.get(_gkey(ref.surface).split()[-1])

    def set_gender(self, surface: str | None, g: str) -> None:
        if surface and surface.split():
            self.gender.setdefault(_gkey(surface), g)
            self.gender.setdefault(_gkey(surface).split()[-1], g)

    def see(self, ref: _Referent) -> None:
        self.last_any = ref
        if ref.kind in ("person", "unknown") and ref.surface:
            self.last_person = ref
            self.persons.append((ref, self.pidx))
        if ref.kind == "organization" and ref.surface:
            self.last_org = ref
        if ref.kind == "role" and ref.role:
            self.roles[ref.role] = ref
        if ref.surface and ref.kind != "role":
            self.names.append((ref.surface, ref.kind))
        elif ref.surface:
            self.names.append((ref.surface, "organization"))


def _gkey(surface: str | None) -> str:
    return " ".join((surface or "").lower().split())


def strip_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """`(start, end)` without surrounding white space in `text`; None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blank-line separated if the text has blank lines, else per line."""
    sep = re.compile(r"\n\s*\n") if re.search(r"\n\s*\n", text) else re.compile(r"\n")
    spans, pos = [], 0
    for m in sep.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [span for s, e in spans if (span := strip_span(text, s, e))]


def _segments(text: str, s: int, e: int) -> list[_Segment]:
    segs: list[_Segment] = []
    open_at: int | None = None
    for i in range(s, e):
        ch = text[i]
        if open_at is None:
            if ch in OPEN_QUOTES:
                open_at = i
        elif ch in CLOSE_QUOTES:
            segs.append(_Segment(open_at, i, True))
            open_at = None
        elif ch == "“":  # malformed: re-open
            open_at = i
    if open_at is not None:
        segs.append(_Segment(open_at, e, False))
    return segs


def _content_span(text: str, seg: _Segment) -> tuple[int, int]:
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


_REPORT_VERB_RE = re.compile(
    r"\b(?:" + "|".join(v for v in SPEECH_VERBS if v not in _WEAK_VERBS and v not in ("asked", "asks")) + r")\b",
    re.I,
)


def _attached(text: str, seg: _Segment, end: int) -> bool:
    """A quote closed by "," "?" or "!" and directly followed by a speech verb
    (“We are close,” he said / “I have,” Delgado shot back) is a quote, however
    short it is."""
    if not seg.closed or text[seg.open + 1 : seg.close].rstrip()[-1:] not in (",", "?", "!"):
        return False
    tail = re.match(r"[^.!?;:,“”\"\n]{0,60}", text[seg.close + 1 : end]).group(0)
    verb = _REPORT_VERB_RE.search(tail)
    return verb is not None and len(tail[: verb.start()].split()) <= 3


def _sentence_spans(masked: str, text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Sentence spans of the frame (masked quotes count as words)."""
    spans, start = [], s
    for i in range(s, e - 1):
        ch = masked[i]
        end_punct = ch in ".!?" or (ch == MASK and text[i - 1] in ".!?" and masked[i + 1] != MASK)
        if not end_punct or not masked[i + 1].isspace():
            continue
        j = i + 1
        while j < e and masked[j].isspace():
            j += 1
        if j >= e or not (masked[j].isupper() or masked[j] in MASK + OPEN_QUOTES):
            continue
        if ch == ".":
            tok = re.search(r"([\w.]+)$", masked[start:i])
            word = tok.group(1).lower() if tok else ""
            if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
        spans.append((start, i + 1))
        start = j
    spans.append((start, e))
    return spans


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",;:—–-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:—–-"):
        b -= 1
    return a, b


def _find_cues(masked: str, sent: tuple[int, int], sidx: int) -> list[_Cue]:
    ss, se = sent
    cues: list[_Cue] = []
    for m in _VERB_RE.finditer(masked, ss, se):
        verb = m.group(0).lower()
        if verb == "according to":
            after = masked[m.end() : se]
            stop = re.search(r"[,;" + MASK + r"]|\.(?:\s|$)|$", after)
            a, b = _trim(masked, m.end(), m.end() + stop.start())
            subject = masked[a:b]
            cue = _Cue(m.start(), b, verb, subject, a, b, parse_speaker_phrase(subject), sidx)
            cues.append(cue)
            continue
        before = masked[ss : m.start()]
        if verb in ("asked", "asks") and not re.search(MASK + r"[,]?\s*[^" + MASK + r"]{0,60}$", before):
            continue  # "When asked ...": only "“...?” asked X" / "“...?” X asked" attribute
        if verb in _WEAK_VERBS and not (
            re.search(MASK + r"[,]?\s*[^" + MASK + r"]{0,60}$", before)
            or re.match(
                r"\s*(?::|that\b|on\s+(?:X|Twitter|Facebook|Instagram|LinkedIn|Telegram|social)\b)",
                masked[m.end() : se],
            )
        ):
            # "had continued to solicit", "posted a loss": speech only next to a
            # quote ("“...,” he continued"), before a colon, "that" or a platform
            continue
        # participles and infinitives are not attributions ("saying", "to say")
        if re.search(r"\b(to|not|would|could|did|does)\s*$", before, re.I) and verb in ("say", "tell"):
            continue
        inverted = before.strip() == "" or re.search(MASK + r"[,]?\s*$", before) is not None
        if inverted:
            after = masked[m.end() : se]
            stop = re.search(r"[,;" + MASK + r"]|\.(?=\s|$)|\s—|$", after)
            a, b = _trim(masked, m.end(), m.end() + stop.start())
            # "said Dr. Amina Diallo": the abbreviation's period is not a stop
            while b < se and masked[b] == "." and re.search(r"\b(Dr|Mr|Mrs|Ms|Gen|Sen|Rep|Gov|Prof)$", masked[a:b]):
                stop = re.search(r"[,;" + MASK + r"]|\.(?=\s|$)|$", masked[b + 1 : se])
                a, b = _trim(masked, a, b + 1 + stop.start())
            subject = masked[a:b]
            if subject and subject.split()[0].lower() not in ("that", "in", "on", "at"):
                ref = parse_speaker_phrase(subject)
                cues.append(_Cue(m.start(), b, verb, subject, a, b, ref, sidx, inverted=True))
            continue
        left_end = ss + len(before.rstrip())
        tail = _AUX_TAIL.search(masked, ss, left_end)
        if tail:
            left_end = tail.start()
        left = masked[ss:left_end]
        if left.rstrip().endswith(","):
            # "X, <appositive>, said" / "A spokesman, William Spindler, said"
            parts = [p for p in _COMMA.split(left.rstrip()[:-1])]
            # ages and relative clauses are not the subject:
            # "Mary Holt, 71, who has farmed there for 30 years, said"
            while len(parts) >= 2 and re.fullmatch(
                r"\s*(?:\d{1,3}|(?:who|whose|which)\b.*)", parts[-1].split(MASK)[-1], re.S
            ):
                parts.pop()
            appos = parts[-1].split(MASK)[-1].strip() if len(parts) >= 2 else ""
            head = parts[-2].strip() if len(parts) >= 2 else parts[0] if parts else ""
            head = head.split(MASK)[-1].strip()
            appos_ref = parse_speaker_phrase(appos)
            head_ref = parse_speaker_phrase(head)
            if appos_ref.ref == "name" and head_ref.ref in (
                "role",
                "none",
                "definite_person",
                "definite_role",
                "definite_org",
            ):
                subject, ref, other = appos, appos_ref, head
            else:
                subject, ref, other = head, head_ref, appos
            if ref.ref == "name" and ref.kind == "unknown":
                ref.kind = kind_from_appositive(other) or "unknown"
        else:
            subject = _COMMA.split(left)[-1].split(MASK)[-1]
            subject = re.split(r"\s[—–]\s", subject)[-1]  # drop a dateline
            subject = re.sub(r"^\s*(?:and|but|then|so)\b", "", subject).strip()
            ref = parse_speaker_phrase(subject) if subject else SpeakerRef("coord")
            if ref.ref == "relative" or (re.search(r"\s(?:who|whom)\s*$", subject) and len(_COMMA.split(left)) >= 2):
                # "Priya Raman, who said ..." / "Rosa Quint, a nurse
                # who said ..." -> the antecedent
                parts = _COMMA.split(left)
                ante = parts[-2].split(MASK)[-1].strip() if len(parts) >= 2 else ""
                if ref.ref != "relative":
                    # the antecedent is the name right before the appositive
                    tail = re.search(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*$", ante)
                    ante = tail.group(0) if tail else ante
                subject, ref = ante, parse_speaker_phrase(ante)
        idx = masked.find(subject, ss, m.start()) if subject else -1
        a = idx if idx >= 0 else m.start()
        cue = _Cue(min(a, m.start()), m.end(), verb, subject, a, a + len(subject), ref, sidx)
        if left.rstrip().endswith(",") and subject == appos:
            cue.other = other
        cues.append(cue)
    return cues


def _paraphrase_span(masked: str, cue: _Cue, sent: tuple[int, int]) -> tuple[int, int] | None:
    """Span of the reported content for a cue in a sentence without a direct quote."""
    ss, se = sent
    if cue.verb == "according to":
        if cue.start - ss < 3:  # "According to X, content."
            a, b = _trim(masked, cue.end, se)
        else:  # "content, according to X."
            a, b = _trim(masked, ss, cue.start)
    elif cue.inverted:
        return None
    else:
        after = masked[cue.end : se]
        that = re.match(r"^(?:[^,.;]{0,60}?\s)?that\s", after)
        trailing = re.match(
            r"^\s*(?:(?:on|in|at|late|early|earlier|during|after|from|via|through)\b[^,;]{0,80})?[.!?]?\s*$",
            after,
        )
        if that:
            a, b = _trim(masked, cue.end + that.end(), se)
        elif trailing and cue.subj_start - ss > 15:
            a, b = _trim(masked, ss, cue.subj_start)  # "content, officials said."
        elif cue.verb in BARE_REPORT_VERBS:
            skip = (
                re.match(r"^\s*(?:reporters|journalists|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?\s*", after)
                if cue.verb in ("told", "tells")
                else re.match(r"^\s*", after)
            )
            if re.match(r"^\s*(?:on|in|at|after|during|to|for)\b", after[skip.end() :]):
                return None
            a, b = _trim(masked, cue.end + skip.end(), se)
        else:
            return None
    while b > a and masked[b - 1] in '.!?”" ':
        b -= 1
    if len(masked[a:b].split()) < 4 or MASK in masked[a:b]:
        return None
    return a, b


class Attributor:
    """Runs the attribution pipeline over one article."""

    def __init__(self, text: str):
        self.text = text
        self.paragraphs = split_paragraphs(text)
        self.state = _State()
        self.person_hints: set[str] = set()
        self.org_hints: set[str] = set()  # surfaces referred to as "the company"
        self.mtext = text

    def _resolve(self, cue: _Cue, prev: _Cue | None) -> None:
        """Fill cue.surface / cue.kind from the cue's subject and the discourse state."""
        ref, st = cue.ref, self.state
        if ref.ref == "coord" and prev is not None:  # "..., but warned that"
            cue.surface, cue.kind = prev.surface, prev.kind
            return
        if ref.ref == "name":
            name = self._kin_name(ref.name or "", cue.other) if cue.other else ref.name
            st.see(_Referent(name, ref.kind))
            cue.surface, cue.kind = name, ref.kind
        elif ref.ref == "pronoun":
            target = st.last_any
            if ref.kind == "person" and target is not None and target.kind == "organization":
                target = st.last_person
            if ref.kind == "organization":
                target = st.last_org
            g = {"he": "m", "she": "f"}.get(ref.pronoun or "")
            if g and target is not None and target.kind != "role" and st.gender_of(target) not in (None, g):
                # "he replied" right after "his wife said": the latest person of that gender
                target = next((r for r, _ in reversed(st.persons) if st.gender_of(r) == g), target)
            if g and target is not None and target.surface and target.kind in ("person", "unknown"):
                st.set_gender(target.surface, g)
            if target is not None:
                if ref.kind == "person" and target.kind == "unknown" and target.surface:
                    self.person_hints.add(target.surface)  # "he said" => a person
                cue.surface = target.surface
                cue.kind = "organization" if target.kind == "role" else target.kind
                st.last_any = target
        elif ref.ref == "role":
            kin = re.fullmatch(r"\s*(?:his|her)\s+(\w+)\s*", cue.subject, re.I)
            if kin and kin.group(1).lower() in KIN_GENDER:
                # "his wife said": the person this one was introduced as a
                # relative of ("Her husband, Frank,"), if the genders fit
                g = KIN_GENDER[kin.group(1).lower()]
                owner = st.last_any.surface if st.last_any is not None else None
                cand = st.relatives.get(_gkey(owner))
                if cand is not None and st.gender_of(cand) in (g, None):
                    st.see(cand)
                    cue.surface, cue.kind = cand.surface, "person"
                    return
            mod = re.fullmatch(r"\s*(?i:a|an|the)\s+([a-z][\w-]*)\s+(\w+)\s*", cue.subject)
            if (
                not ref.name
                and mod
                and mod.group(2).lower() in _SPOKES
                and mod.group(1) not in _SPOKES_ADJ
                and st.last_org is not None
                and st.last_org.surface
            ):
                # "A force spokesperson said" -> the organisation last mentioned
                noun = mod.group(1)
                org = st.last_org.surface
                if noun in GENERIC_ORG_REFS and noun not in org.lower():
                    org = self._recent_org(noun, cue.start)
                if org:
                    r = _Referent(org, "role", ref.role)
                    st.see(r)
                    cue.surface, cue.kind = org, "organization"
                    return
            r = _Referent(ref.name, "role", ref.role)
            st.see(r)
            cue.surface, cue.kind = ref.name, "organization" if ref.name else "unknown"
        elif ref.ref == "definite_role":
            r = st.roles.get(ref.role or "")
            if r is not None:
                cue.surface, cue.kind = r.surface, "organization" if r.surface else "unknown"
                st.last_any = r
        elif ref.ref == "definite_org":
            if ref.role in ("statement", "release") and st.last_statement is not None:
                cue.surface, cue.kind = st.last_statement.surface, st.last_statement.kind
                st.last_any = st.last_statement
                return
            org = st.last_org
            if (
                ref.role
                and ref.role not in ("statement", "report", "release", "filing")
                and not (org is not None and org.surface and ref.role in org.surface.lower())
            ):
                named = self._recent_org(ref.role, cue.start)
                if named:  # "the bank said" after "The European Central Bank held ..."
                    org = _Referent(named, "organization")
                    st.see(org)
            maker = st.last_statement
            if (
                ref.role in _ORG_NOUNS
                and maker is not None
                and maker.surface
                and st.last_any is not None
                and st.last_any.surface == maker.surface
            ):
                # "Korvald said in a statement ... “…,” the company said."
                cue.surface, cue.kind = maker.surface, "organization"
                self.org_hints.add(maker.surface)
                return
            if (
                org is not None
                and org.surface
                and (
                    ref.role in (*_ORG_NOUNS, "statement", "report", "release", "filing")
                    or (ref.role or "") in org.surface.lower()
                )
            ):
                cue.surface, cue.kind = org.surface, "organization"
                st.last_any = org
        elif ref.ref == "definite_person":
            if st.last_person is not None:
                cue.surface, cue.kind = st.last_person.surface, st.last_person.kind
                st.last_any = st.last_person

    def _kin_name(self, name: str, other: str) -> str:
        """ "Her husband, Frank": a bare given name introduced by a kinship
        noun takes the family name of the person "her" refers to (the latest
        person of that gender in this or the previous paragraph)."""
        m = re.fullmatch(r"\s*(his|her)\s+(\w+)\s*", other, re.I)
        if not m or m.group(2).lower() not in KIN_GENDER:
            return name
        st = self.state
        g = "m" if m.group(1).lower() == "his" else "f"
        owner = next(
            (r for r, p in reversed(st.persons) if p >= st.pidx - 1 and st.gender_of(r) in (g, None)),
            None,
        )
        full = name
        if owner is not None and owner.surface and " " not in name.strip() and len(owner.surface.split()) >= 2:
            full = f"{name} {owner.surface.split()[-1]}"
        st.gender[_gkey(full)] = KIN_GENDER[m.group(2).lower()]
        st.set_gender(name, KIN_GENDER[m.group(2).lower()])
        if owner is not None and owner.surface:
            st.set_gender(owner.surface, g)
            st.relatives[_gkey(full)] = owner
            st.relatives[_gkey(owner.surface)] = _Referent(full, "person")
        return full

    def _recent_org(self, noun: str, before: int) -> str | None:
        """The latest organisation name in the frame before ``before`` whose
        name contains ``noun`` ("the ministry" -> "Ministry of Health")."""
        for m in reversed(list(_ORG_RUN.finditer(self.mtext, 0, before))):
            ref = parse_speaker_phrase(m.group(0))
            if ref.ref == "name" and ref.kind == "organization" and ref.name and noun in ref.name.lower().split():
                return ref.name
        return None

    def _colon_subject(self, masked: str, sent: tuple[int, int], seg_open: int) -> _Cue | None:
        """ "Arrieta, speaking after the match, was more measured: “…”": a quote
        introduced by a colon takes the subject opening the sentence."""
        before = masked[sent[0] : seg_open]
        if not before.rstrip().endswith(":") or MASK in before:
            return None
        head = re.match(r"\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*)(?=[\s,])", before)
        if not head:
            return None
        ref = parse_speaker_phrase(head.group(1))
        if ref.ref not in ("name", "pronoun") or ref.kind == "organization" and ref.ref == "pronoun":
            return None
        a = sent[0] + head.start(1)
        cue = _Cue(a, sent[0] + head.end(1), ":", head.group(1), a, sent[0] + head.end(1), ref, -1)
        self._resolve(cue, None)
        return cue if cue.surface else None

    def _plausible_name(self, masked: str, cue: _Cue, sent: tuple[int, int]) -> bool:
        """Reject sentence-initial plural common nouns ("Growers said"): a lone
        capitalised plural-looking word must also appear capitalised mid-sentence."""
        ref = cue.ref
        name = ref.name or ""
        if ref.ref != "name" or ref.kind != "unknown" or " " in name or not name.endswith("s") or name.endswith("ss"):
            return True
        if masked[sent[0] : cue.subj_start].strip():
            return True
        tok = re.escape(cue.subject.strip())
        return re.search(r"[^\s.!?]\s*\b" + tok + r"\b", masked) is not None

    def _subject_mention(self, masked: str, sent: tuple[int, int]) -> _Referent | None:
        """A person or organisation opening a sentence becomes the antecedent
        for a following "he said" / "the company said", even if it does not
        speak in that sentence ("Vantor CEO Felix Amari, testifying before
        Congress, rejected the characterization." / "Her husband, Frank, was
        less philosophical."). A bare one-word name counts only when it was
        already seen ("Berglund also dismissed ..."). Returns the referent."""
        body = masked[sent[0] : sent[1]]
        dateline = _DATELINE.match(body)
        if dateline:
            body = body[dateline.end() :]
        parts = _COMMA.split(body.split(MASK)[0], maxsplit=2)
        ref, other = None, ""
        if len(parts) >= 3 and len(parts[0].split()) <= 4:
            appos, head = parse_speaker_phrase(parts[1]), parse_speaker_phrase(parts[0])
            if appos.ref == "name" and head.ref in ("role", "none", "definite_person", "definite_role"):
                ref, other = appos, parts[0]  # "Her husband, Frank, was ..."
        if ref is None:
            head = _HEAD_RE.match(parts[0])
            if not head:
                return None
            phrase = head.group(1)
            org_head = re.match(r"(?:[ \t]+[a-z]+){1,2}(?=\s)", parts[0][head.end() :])
            if org_head and org_head.group(0).split()[-1] in ORG_WORDS:
                phrase += org_head.group(0)  # "North Dale police said ..."
            ref = parse_speaker_phrase(phrase)
        if ref.ref != "name" or not ref.name:
            return None
        kind = ref.kind
        if kind == "unknown" and other:
            kind = kind_from_appositive(other) or "unknown"
        if kind == "unknown":
            if not any(k != "organization" and name_similarity(ref.name, n) for n, k in self.state.names):
                return None
            kind = "person"
        if kind == "organization" and " " not in ref.name and not is_org_name([ref.name]):
            return None  # "The Swede has ..." is not an organisation
        r = _Referent(self._kin_name(ref.name, other) if kind == "person" and other else ref.name, kind)
        self.state.see(r)
        return r

    def run(self) -> list[QuoteItem]:
        """Return direct quotes and paraphrases in article order."""
        text = self.text
        masked = list(text)
        para_segs: list[list[_Segment]] = []
        qa = [_QA_RE.match(text, s) for s, _ in self.paragraphs]
        kinds = {m.group(1)[0] for m in qa if m}
        if kinds != {"Q", "A"}:  # a transcript needs both questions and answers
            qa = [None] * len(qa)
        for (s, e), qa_m in zip(self.paragraphs, qa, strict=True):
            if qa_m:
                # Interview transcript: the question is the interviewer's, the
                # answer is one direct quote by the interviewee.
                masked[s:e] = (MASK if qa_m.group(1)[0] == "A" else " ") * (e - s)
                para_segs.append([_Segment(qa_m.end() - 1, e, False)] if qa_m.group(1)[0] == "A" else [])
                continue
            segs = _segments(text, s, e)
            for seg in segs:
                a, b = _content_span(text, seg)
                before = text[s : seg.open].rstrip()
                standalone = not before or before[-1] in '.!?”"'
                seg.real = _attached(text, seg, e) or not is_scare_quote(text[a:b], standalone)
                lo, hi = seg.open, min(seg.close + 1, e)
                if seg.real:
                    masked[lo:hi] = MASK * (hi - lo)
                else:
                    masked[seg.open] = " "
                    if seg.closed:
                        masked[seg.close] = " "
            para_segs.append([g for g in segs if g.real])
        mtext = "".join(masked)
        self.mtext = mtext

        items: list[QuoteItem] = []
        prev_quote: tuple[str | None, str, bool] | None = None  # (surface, kind, open?)
        for pidx, (ps, pe) in enumerate(self.paragraphs):
            self.state.pidx = pidx
            sents = _sentence_spans(mtext, text, ps, pe)
            cues: list[_Cue] = []
            subjects: dict[int, _Referent] = {}
            for sidx, sent in enumerate(sents):
                if mtext[sent[0]] != MASK:
                    who = self._subject_mention(mtext, sent)
                    if who is not None:
                        subjects[sidx] = who
                prev = None
                for cue in _find_cues(mtext, sent, sidx):
                    if cue.ref.ref == "none":
                        continue
                    if not self._plausible_name(mtext, cue, sent):
                        cue.ref = SpeakerRef("role", role=cue.subject.lower())
                    self._resolve(cue, prev)
                    if (
                        cue.surface
                        and cue.ref.ref != "definite_org"
                        and re.search(r"\bstatement\b", mtext[sent[0] : sent[1]])
                    ):
                        self.state.last_statement = _Referent(cue.surface, cue.kind)
                    cues.append(cue)
                    prev = cue
                    if MASK not in mtext[sent[0] : sent[1]]:
                        cue.paraphrase = _paraphrase_span(mtext, cue, sent)
                        if cue.paraphrase:
                            a, b = cue.paraphrase
                            items.append(
                                QuoteItem(
                                    text[a:b],
                                    "paraphrase",
                                    pidx,
                                    a,
                                    b,
                                    text[cue.start : cue.end],
                                    cue.surface,
                                    cue.kind,
                                    sent,
                                )
                            )
            segs = para_segs[pidx]
            this_para: tuple[str | None, str, bool] | None = None
            if qa[pidx]:
                if segs:
                    a, b = _content_span(text, segs[0])
                    who = self.state.last_person
                    surface, kind = (who.surface, who.kind) if who else (None, "unknown")
                    items.append(QuoteItem(text[a:b], "direct", pidx, a, b, "Q&A", surface, kind, (ps, pe)))
                prev_quote = None
                continue
            for n, seg in enumerate(segs):
                a, b = _content_span(text, seg)
                sidx = next(i for i, (x, y) in enumerate(sents) if x <= seg.open < y or i == len(sents) - 1)
                at_start = n == 0 and seg.open == ps
                surface, kind, cue_text = None, "unknown", ""
                if at_start and prev_quote is not None and prev_quote[2]:
                    surface, kind = prev_quote[0], prev_quote[1]
                    cue_text = "continuation"
                elif (
                    not any(c.sentence == sidx for c in cues)
                    and (colon := self._colon_subject(mtext, sents[sidx], seg.open)) is not None
                ):
                    surface, kind, cue_text = colon.surface, colon.kind, text[colon.start : colon.end]
                elif cues:
                    same = [c for c in cues if c.sentence == sidx] or cues
                    best = min(same, key=lambda c: max(c.start - seg.close, seg.open - c.end, 0))
                    surface, kind, cue_text = best.surface, best.kind, text[best.start : best.end]
                elif not at_start and sidx in subjects and subjects[sidx].kind == "person":
                    # no speech verb in the paragraph: "Ekwueme, who backed
                    # the plan, accused colleagues of “…”" -> the sentence subject
                    who = subjects[sidx]
                    surface, kind = who.surface, who.kind
                    at = text.find(who.surface or "", sents[sidx][0], seg.open)
                    cue_text = text[at : at + len(who.surface or "")] if at >= 0 else who.surface or ""
                elif at_start and prev_quote is not None:
                    surface, kind = prev_quote[0], prev_quote[1]
                    cue_text = "continuation"
                items.append(QuoteItem(text[a:b], "direct", pidx, a, b, cue_text, surface, kind, sents[sidx]))
                this_para = (surface, kind, not seg.closed)
            attributed = this_para is not None and any(
                i.kind == "direct" and i.paragraph == pidx and i.cue for i in items
            )
            prev_quote = this_para if attributed or (this_para and this_para[2]) else None
        for it in items:
            if it.surface in self.org_hints:
                it.speaker_kind = "organization"
        items.sort(key=lambda i: i.start)
        return items


def extract_quotes(text: str) -> list[QuoteItem]:
    """Direct quotes and paraphrases with speaker surface forms (unclustered)."""
    return Attributor(text).run()


__all__ = ["Attributor", "QuoteItem", "extract_quotes", "is_scare_quote", "split_paragraphs"]
