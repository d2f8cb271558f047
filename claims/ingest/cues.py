"""Attribution cues in the journalist's frame: a speech verb and its subject.

The frame is the article with real quotes masked (``MASK``), so only the journalist's own words
are searched. A cue's subject is found in one of these ways, each a small function below:

* ``according to X``;
* inverted, after a quote: ``“…,” said X`` / ``“…,” X said``;
* passive: ``was called “…” by X``, ``it was said by X``;
* before the verb: ``X said``, through appositives (``X, <appositive>, said`` /
  ``A spokesman, William Spindler, said``) and relative clauses (``X, who …, said``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .speakers import (
    GENERIC_ORG_REFS,
    ORG_WORDS,
    ROLE_WORDS,
    TITLE_WORDS,
    SpeakerRef,
    is_common_word,
    kind_from_appositive,
    names_a_body,
    parse_speaker_phrase,
)

MASK = "\ue000"  # stands in for quoted text inside the frame

SPEECH_VERBS = (
    "said says say told tells added adds stated states insisted insists argued argues "
    "claimed claims noted notes warned warns explained explains wrote writes tweeted "
    "tweets posted posts announced announces declared declares asserted asserts "
    "maintained maintains acknowledged acknowledges recalled recalls remembered remembers continued "
    "replied replies responded responds stressed stresses emphasised emphasized "
    "emphasises emphasizes observed commented remarked conceded concedes admitted "
    "admits cautioned cautions countered counters vowed vows predicted predicts "
    "confirmed confirms denied denies reiterated reiterates asked asks quipped quips fumed fumes "
    "retorted retorts snapped snaps joked jokes testified testifies reads read reported reports"
).split() + ["shot back", "fired back", "hit back", "put it", "called out", "called from", "called across"]
SPEECH_VERBS += "shouted shouts yelled yells whispered whispers".split()
# Verbs that may introduce reported speech without "that" ("X said the ...").
BARE_REPORT_VERBS = {"said", "says", "say", "told", "tells", "added", "adds", "insisted", "insists", "argued"}
BARE_REPORT_VERBS |= {"argues", "wrote", "writes", "warned", "warns"}
# Verbs that are usually not about speech ("continued to", "posted a profit").
# "“…,” the post reads"; "Radio Plata reports “…”" (but "the agency reported the heaviest losses")
WEAK_VERBS = {"continued", "continues", "posted", "posts", "reads", "read", "reported", "reports"}
WEAK_VERBS |= {"remembered", "remembers"}  # ("“…,” Yeremias remembers", not "Emir remembers standing beside him")
# ("in the words of one fisherman, “…”" credits as "according to" does)
_VERB_RE = re.compile(r"\b(" + "|".join(SPEECH_VERBS) + r")\b|\baccording to\b|\bin the words of\b", re.I)
REPORT_VERB_RE = re.compile(
    r"\b(?:" + "|".join(v for v in SPEECH_VERBS if v not in WEAK_VERBS and v not in ("asked", "asks")) + r")\b",
    re.I,
)
# A weak verb is speech before a colon, "that" or a platform: "posted this on X:", "posts on Facebook that".
_PLATFORM = (
    r"(?:X|Twitter|Facebook|Instagram|LinkedIn|Telegram|Threads|Bluesky|TikTok|YouTube|social\s+media|its\s+website)"
)
_WEAK_SPEECH = re.compile(
    r"\s*(?:that\b|(?:(?:this|the\s+following|an?\s+(?:message|statement|video|post|photo|plea|appeal|notice|"
    r"warning|reminder|update))\s*)?(?::|(?:on|to)\s+(?:(?:its|their|his|her)\s+)?" + _PLATFORM + r"\b))",
)
# Passive attribution: "was called “…” by X", "it was said by X".
_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?(?:called|described|dubbed|labell?ed|branded|termed|"
    r"characteri[sz]ed|said)\s+(?:as\s+)?(?:" + MASK + r"+[\s,]*)?(?:[^,.;" + MASK + r"]{0,40}?\s)?by\s+",
    re.I,
)
_AUX_TAIL = re.compile(
    r"(?:\s+(?:also|later|then|again|previously|further|once|repeatedly|recently|just|only|simply|never|"
    r"has|have|had|would|will|had\s+previously|(?:late\s+|early\s+)?on\s+\w+day))+\s*$",
    re.I,
)
_ABBREV = set(
    "dr mr mrs ms st gen sen rep gov lt col capt sgt prof inc corp ltd co jr sr no jan feb mar apr jun jul aug "
    "sep sept oct nov dec vs etc mt u.s u.k u.n e.u d.c a.m p.m n.v b.v".split()
)
_ABBREV_DOT = re.compile(r"(?<![\w.])([A-Za-z.]+)\.(?=,|\s+[a-z])")


def abbreviation_dots_as_spaces(text: str) -> str:
    """`text` with the full stop of an abbreviation inside a sentence ("Fastcraft Inc., president") as a space,
    so patterns that stop at a full stop run on; the same length."""
    return _ABBREV_DOT.sub(lambda m: m.group(1) + " " if m.group(1).lower() in _ABBREV else m.group(0), text)


COMMA = re.compile(r",(?!\d{3})")
# A US party-and-state tag or an age standing as its own comma part ("Sen. Ann Lee, D-Ohio, who").
_TAG_PART = re.compile(r"\s*(?:[DRI]-[A-Z][A-Za-z.]*|\d{1,3})\s*")


@dataclass
class Cue:
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


def _heading_line(masked: str, start: int, i: int) -> bool:
    """A short line with no closing punctuation before a capital: "18:40", "Troops deployed, says government"."""
    line = masked[max(start, masked.rfind("\n", 0, i) + 1) : i].strip()
    following = masked[i + 1 : i + 2]
    return 0 < len(line) <= 60 and line[-1] not in '.,;:!?"”’)' + MASK and (following.isupper() or following.isdigit())


def sentence_spans(masked: str, text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Sentence spans of the frame (masked quotes count as words)."""
    spans, start = [], s
    for i in range(s, e - 1):
        ch = masked[i]
        if (
            ch == "\n"
            and masked[start:i].strip()
            and (re.match(r"[ \t]*[•·▪*–-][ \t]", masked[i + 1 : i + 4]) or _heading_line(masked, start, i))
        ):
            spans.append((start, i))  # a bulleted line, a live blog's time or heading, is a sentence of its own
            start = i + 1
            continue
        end_punct = ch in ".!?" or (ch == MASK and text[i - 1] in ".!?" and masked[i + 1] != MASK)
        if not end_punct or not masked[i + 1].isspace():
            continue
        j = i + 1
        while j < e and masked[j].isspace():
            j += 1
        if j >= e or not (masked[j].isupper() or masked[j] in MASK + '“"'):
            continue
        if ch == ".":
            tok = re.search(r"([\w./]+)$", masked[start:i])  # ("km/h." ends a sentence: no initial)
            word = tok.group(1).lower() if tok else ""
            numbered = word == "no" and re.match(r"\d", masked[j])  # "No. 5", but "No. He told me"
            titled = (word + ".") in TITLE_WORDS  # "said Ing. Lukas Hofbauer", "Mag. Sabine Kogler"
            if (word in _ABBREV and (word != "no" or numbered)) or titled or (len(word) == 1 and word.isalpha()):
                continue
        spans.append((start, i + 1))
        start = j
    spans.append((start, e))
    return spans


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in ",;:—–-"):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",;:—–-"):
        b -= 1
    return a, b


def _according_to(masked: str, m: re.Match, se: int, sidx: int) -> Cue:
    a, b = _following_subject(masked, m.end(), se)  # "According to Dr. Paul Kim, …"
    subject = masked[a:b]
    return Cue(m.start(), b, "according to", subject, a, b, parse_speaker_phrase(subject), sidx)


def _following_subject(masked: str, a: int, se: int) -> tuple[int, int]:
    """The subject after an inverted or passive verb, up to the next comma or period
    ("said Dr. Amina Diallo, a doctor …": the abbreviation's period is not a stop)."""
    stop = re.search(r"[,;" + MASK + r"]|\.(?=\s|$)|\s—|$", masked[a:se])
    a, b = trim(masked, a, a + stop.start())
    while (
        b < se
        and masked[b] == "."
        and (_ends_in_title(masked[a:b]) or _inner_abbreviation(masked[a:b]) or _initial(masked[a:b]))
    ):
        stop = re.search(r"[,;" + MASK + r"]|\.(?=\s|$)|$", masked[b + 1 : se])
        a2, b2 = trim(masked, a, b + 1 + stop.start())
        if not _ends_in_title(masked[a:b]) and parse_speaker_phrase(masked[a2:b2]).ref != "name":
            break  # "said the U.S. The State Department …": a new sentence, not a name running on
        a, b = a2, b2
    return a, b


# Abbreviations a name or a title runs on after: "said U.S. District Judge Ann Lee", "said Desmond St. Jean".
_INNER_ABBREV = {"u.s", "u.k", "u.n", "e.u", "st", "mt", "ft"}


def _initial(subject: str) -> bool:
    """ "said K" before ". G. Ramachandran": an initial, not a sentence end."""
    return re.search(r"(?:^|\s)[A-Z]$", subject) is not None


def _ends_in_title(subject: str) -> bool:
    """ "said Dr", "said Ing" before a full stop: an abbreviated title ("Dr.", "Ing.", "Mag."), not a sentence end."""
    last = re.search(r"([A-Za-z.-]+)$", subject)
    return last is not None and (last.group(1).lower() + ".") in TITLE_WORDS


def _inner_abbreviation(subject: str) -> bool:
    """ "said U.S", "said Desmond St" before a full stop: a name or title may run on (_INNER_ABBREV); "St" only inside
    a name ("Desmond St. Jean"), not after "of" ("Father John of St. Mary's Church")."""
    last = re.search(r"(\S+)\s+([A-Za-z.-]+)$|^\s*([A-Za-z.-]+)$", subject)
    if last is None:
        return False
    before, word = (last.group(1) or ""), (last.group(2) or last.group(3)).lower()
    if word == "st":
        return before[:1].isupper()
    return word in _INNER_ABBREV


def _inverted(masked: str, m: re.Match, se: int, sidx: int) -> Cue | None:
    a, b = _following_subject(masked, m.end(), se)
    subject = masked[a:b]
    if not subject or subject.split()[0].lower() in ("that", "in", "on", "at", "by"):
        return None
    ref = parse_speaker_phrase(subject)
    # "said the Minister of Rural Water and Irrigation, Sr. Abílio Ximenes, speaking …": an office, then its holder
    office = ref.ref == "none" and re.match(r"(?i:the)\s+\S+\s+(?:of|for)\s", subject) is not None
    if (ref.ref in ("role", "definite_person", "definite_role") or office) and b < se and masked[b] == ",":
        # "said his son, Tomás Ibarra Sandoval, 55,", "said the mayor, Ian Murray": the name in apposition speaks
        a2, b2 = _following_subject(masked, b + 1, se)
        appos = parse_speaker_phrase(masked[a2:b2])
        if appos.ref == "name" and appos.kind != "organization":
            verb = m.group(0).lower()
            return Cue(m.start(), b2, verb, masked[a2:b2], a2, b2, appos, sidx, inverted=True, other=subject)
    described = ""
    if ref.ref == "name" and b < se and masked[b] == ",":
        # "said Giorgio Pedrazzini, mayor of Lavizzara,": the description after the name (a later "the mayor")
        a2, b2 = _following_subject(masked, b + 1, se)
        # (or an office in capitals: "said Ndapewa Nangolo-Shikongo, Chief Executive Officer of KGHC")
        office_words = masked[a2:b2].split()
        office = bool(office_words) and office_words[0].lower() in TITLE_WORDS
        described = masked[a2:b2] if _DESCRIBES.match(masked, a2, b2) or office else ""
    return Cue(m.start(), b, m.group(0).lower(), subject, a, b, ref, sidx, inverted=True, other=described)


# A description after a name ("mayor of Lavizzara", "the town's mayor", "her husband"), not a clause ("who said").
_DESCRIBES = re.compile(
    # (or a child of a named possessor: "said Hodan Mohamed Abdi, Jama's daughter,"; not "Hirsi's wife")
    r"(?:(?:the|an?|his|her|their)\s+|[^\W\d_a-z][\w-]*['’]s\s+(?=(?:daughter|son|child|granddaughter|grandson)\b))?(?!(?:who|whom|whose|which|that|as|in|on|at|after|before|during|when|while|"
    r"adding|according|citing|referring|speaking|and|but|or|not|also|now|then)\b)[a-z][\w'’-]*"
)


def passive_cues(masked: str, sent: tuple[int, int], sidx: int) -> list[Cue]:
    """ "The plan was called “…” by Sen. Ann Lee" / "it was said by the inspector, Jo Hart,": the
    agent after "by" is the speaker; a name in an appositive after a role wins."""
    ss, se = sent
    cues = []
    for m in _PASSIVE.finditer(masked, ss, se):
        a, b = _following_subject(masked, m.end(), se)
        ref = parse_speaker_phrase(masked[a:b])
        if ref.ref != "name" and b < se and masked[b] == ",":
            a2, b2 = _following_subject(masked, b + 1, se)
            appos = parse_speaker_phrase(masked[a2:b2])
            if appos.ref == "name":
                a, b, ref = a2, b2, appos
        if ref.ref in ("name", "role", "definite_person", "definite_org", "definite_role"):
            cues.append(Cue(m.start(), b, "by", masked[a:b], a, b, ref, sidx, inverted=True))
    return cues


_SCENE_HEAD = re.compile(
    r"\s*(?:in|at|on|after|during|outside|inside|from|following|before|speaking|asked|when|while)\b", re.I
)


# A date opening a sentence before its subject's name, no comma between: "In 2019 the Lviv Heritage Fund", "On Monday
# Ana Ruiz" (not a scene: "In the square, a vendor, …, said").
_TIME_BEFORE_NAME = re.compile(
    r"\s*(?i:in|on|since|by)\s+(?:(?-i:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+\d{4})?|\d{4}|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+"
    r"(?=(?:the\s+)?[^\W\d_a-z])"
)
# A document by its author as a subject: "A 2025 report by the West African Coastal Observatory".
DOCUMENT_BY_HEAD = re.compile(
    r"\s*(?i:an?|the|its|their|this|that)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:report|study|survey|assessment|analysis|"
    r"review|paper|audit|bulletin)[ \t]+"
    # "A study published in March by the Mekong-Salween Water Network, a regional research group, found"
    # (or "prepared last year for the regional government by the Nuoro Geotechnical Consortium")
    r"(?:(?:published|released|commissioned|conducted|carried[ \t]+out|issued|prepared|written|produced|compiled|"
    r"drafted)[ \t]+(?:(?!with\b)[\w-]+[ \t]+){0,6}?)?"  # (not "written with input from the Ministry")
    r"(?:by|from)[ \t]+(?:the[ \t]+)?"
)
DOCUMENT_BY = re.compile(DOCUMENT_BY_HEAD.pattern + r"([^\W\d_a-z][^,;]*?)\s*")
# An appositive naming who made the subject: "prepared by the Water Board and seen by Reuters".
AUTHORED_BY = re.compile(
    r"\s*(?:prepared|written|produced|compiled|commissioned|published|issued|drafted|drawn[ \t]+up|carried[ \t]+out|"
    r"released|signed)\b[^,]{0,40}?\bby[ \t]+(?:the[ \t]+)?([^,]+?)(?:[ \t]+and[ \t]+[a-z]+\b[^,]*)?$"
)


# The clause after an unnamed speaker that names them after all: "A backpacker, who gave her name only as Camille,",
# "a coordinator, who gave only her first name, Anoma,", "a resident who identified himself only as Kofi".
GAVE_ONLY_NAME = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:and[ \t]+)?who|and)[ \t]+(?:would[ \t]+)?(?:only[ \t]+)?"  # (", and who gave her name")
    r"(?:gave|give|gives|identified|asked[ \t]+to[ \t]+be[ \t]+(?:identified|named|called))\b"
    r"[^,.;:\n]{0,40}?\b(?:name|as)(?:[ \t]+only)?(?:[ \t]+as)?[ \t]*,?[ \t]+"
    r"([^\W\d_a-z][\w'’-]+(?:[ \t]+[^\W\d_a-z][\w'’-]+)?)(?![\w'’-]|[ \t]+[^\W\d_a-z])"
)


def capitalised_word(ref: SpeakerRef, phrase: str) -> bool:
    """A common word capitalised at the start of a longer phrase ("Data about the ground …"), read as a name."""
    name = ref.name or ""
    words = phrase.split()
    if ref.ref != "name" or " " in name or len(words) < 3 or words[0] != name:
        return False
    return is_common_word(name.lower()) and words[1] in ("about", "of", "on", "for", "from", "in", "at", "with")


def _appositive_subject(left: str) -> tuple[str, SpeakerRef, str, str]:
    """ "X, <appositive>, said" / "A spokesman, William Spindler, said": (subject, ref, other, appos)."""
    given = GAVE_ONLY_NAME.search(left)
    # ("A backpacker from Lyon, who gave her name only as Camille, said": Camille)
    if given and re.fullmatch(r"\s*,\s*", left[given.end() :]):
        head = COMMA.split(left)[0]
        return given.group(1), SpeakerRef("name", name=given.group(1), kind="person"), head, head
    parts = COMMA.split(left.rstrip()[:-1])
    # "X, the dzongdag, or district administrator, of Punakha,": a part opening with "of" or "or" goes on the last
    for k in range(len(parts) - 1, 0, -1):
        if re.match(r"\s*(?:of|or)\s(?!which|whom|whose)", parts[k].split(MASK)[-1]) and MASK not in parts[k]:
            parts[k - 1] += "," + parts.pop(k)
    # a relative clause runs to the verb, commas and all: "Gloria Zuluaga, whose son Sebastián, 20, was killed, said"
    relative = next(
        (k for k in range(1, len(parts)) if re.match(r"\s*(?:who|whose|which)\b", parts[k].split(MASK)[-1])), None
    )
    # … or from inside a part: "Sutrisno, a fisherman who, like many Indonesians, uses one name, said"
    inside = next((k for k in range(1, len(parts)) if re.search(r"\s(?:who|whose|which)\s*$", parts[k])), None)
    if relative is not None:
        parts = parts[:relative]
    elif inside is not None:
        parts = [*parts[:inside], re.sub(r"\s(?:who|whose|which)\s*$", "", parts[inside])]
    # an age between the name and its description neither: "Sefo, 31, a flanker who …, said"
    parts = [p for k, p in enumerate(parts) if k == 0 or not re.fullmatch(r"\s*\d{1,3}\s*", p.split(MASK)[-1])]
    # ages and relative clauses are not the subject:
    # "Mary Holt, 71, who has farmed there for 30 years, said"
    while len(parts) >= 2 and re.fullmatch(
        r"\s*(?:\d{1,3}|(?:and\s+)?(?:who|whose|which)\b.*)", parts[-1].split(MASK)[-1], re.S
    ):
        parts.pop()
    appos = parts[-1].split(MASK)[-1].strip() if len(parts) >= 2 else ""
    relative = re.search(r"\s(who|whose|which)\s", appos)  # "a flanker who has played … in Salelologa"
    appos = appos[: relative.start()] if relative else appos
    head = parts[-2].strip() if len(parts) >= 2 else parts[0] if parts else ""
    head = head.split(MASK)[-1].strip()
    timed = _TIME_BEFORE_NAME.match(head)
    head = head[timed.end() :] if timed else head  # "In 2019 the Lviv Heritage Fund, a foundation …, wrote"
    by = DOCUMENT_BY.fullmatch(head)
    if by:  # "A 2025 report by the Coastal Observatory, a monitoring network, warned": the author speaks
        return by.group(1), parse_speaker_phrase(by.group(1)), appos, appos
    appos_ref, head_ref = parse_speaker_phrase(appos), parse_speaker_phrase(head)
    if capitalised_word(head_ref, head):  # "Data about the ground under a city, the company said,"
        head_ref = SpeakerRef("none")
    author = AUTHORED_BY.match(appos)
    if author:  # "The report, prepared by the Water Board and seen by Reuters, noted": the author speaks
        author_ref = parse_speaker_phrase(author.group(1))
        if author_ref.ref == "name":
            return author.group(1), author_ref, head, appos
        appos_ref = SpeakerRef("none")
    # "In a statement read by Ms Park, Tom Reed, whose …, said": the head is a scene-setting phrase, not the subject
    scene = _SCENE_HEAD.match(head) is not None and len(parts) == 2
    # (or an unnamed one: "Outside the court, a co-worker of the three men, who …, said")
    unnamed_after_scene = scene and appos_ref.ref == "role" and re.match(r"(?i:an?|one|another)\s", appos) is not None
    # a name in apposition opens with it ("A spokesman, William Spindler,"), not "…, loading sacks bound for Bissau,"
    # (or a title in lower case before the name: "The first witness, regional housing director Elena Ruiz Sáinz,")
    titled = bool(appos_ref.name) and appos.endswith(appos_ref.name or "") and not re.match(r"[a-z]+ing\s", appos)
    named = appos_ref.ref == "name" and (
        not appos[:1].islower() or re.match(r"(?:the|an?|its|their|his|her|our)\s", appos) is not None or titled
    )
    # ("A reporter from the local channel Derbent-24, Arsen Kurbanov, asked": the reporter, not the channel)
    someone_from = re.match(r"(?i:an?|one|the)\s+(?:[a-z-]+\s+){0,2}?[a-z]+\s+(?:from|for|at|of|with)\s", head)
    person_appos = named and appos_ref.kind == "person" and len((appos_ref.name or "").split()) >= 2
    if (named or unnamed_after_scene) and (
        scene
        or head_ref.ref in ("role", "none", "definite_person", "definite_role", "definite_org")
        or (someone_from is not None and person_appos)
    ):
        subject, ref, other = appos, appos_ref, head
    else:
        subject, ref, other = head, head_ref, appos
    if ref.ref == "name" and ref.kind == "unknown":
        # "a former crane operator who has led the union": "who" is said of people (a body takes "which")
        person = relative is not None and relative.group(1) == "who" and other == appos
        ref.kind = "person" if person else kind_from_appositive(other) or "unknown"
    elif ref.ref == "name" and ref.kind == "person" and other == appos and names_a_body(appos):
        ref.kind = "organization"  # "Itsas Langileak, a union that represents fishing crews," (read as a name)
    return subject, ref, other, appos


# A dateline opening a story: "COPIAPÓ, Chile, May 12 (Andes Press Service) — ", "NEW YORK /PRNewswire/ -- ".
# Upper-case letters of the Latin, Greek and Cyrillic scripts and Vietnamese ("CẦN THƠ"), for a dateline's place.
_UPPER = re.escape("".join(c for c in map(chr, range(0x80, 0x2000)) if c.isupper()))
DATELINE = re.compile(
    rf"\s*[A-Z{_UPPER}][A-Z{_UPPER}.'’ -]{{2,}}(?:,[^—–\n]{{0,60}}?)?\s*(?:\([^)\n]{{1,30}}\)|/[^/\n]{{1,30}}/)?"
    r"\s*(?:--|[—–-])\s+"
)


_NAME_TAIL = re.compile(r"(?:[^\W\d_a-z][\w'’.-]*\s+){0,3}[^\W\d_a-z][\w'’-]*$")


def _antecedent(left: str, subject: str, ref: SpeakerRef) -> tuple[str, SpeakerRef]:
    """ "Priya Raman, who said …" / "Rosa Quint, a nurse who said …" / "the Secretary, Ruth Callander,
    who stood at the rostrum and told …": the relative pronoun's antecedent."""
    parts = COMMA.split(left)
    k = len(parts) - 2
    while k > 0 and _TAG_PART.fullmatch(parts[k].split(MASK)[-1]):
        k -= 1  # "Sen. Ann Lee, D-Ohio, who noted": the tag is not the antecedent
    ante = parts[k].split(MASK)[-1].strip() if k >= 0 else ""
    # "a nurse", "the mayor", or an office: "Fatouma Daoud Ismaël, Minister Delegate for Energy Transition, who said"
    office = re.match(r"[^\W\d_]+", ante)
    described = (re.match(r"(?i:an?|the)\s", ante) or office and office.group(0).lower() in TITLE_WORDS) and k >= 1
    named_before = _NAME_TAIL.search(parts[k - 1].split(MASK)[-1]) if described else None
    if ref.ref == "relative" and named_before and parse_speaker_phrase(named_before.group(0)).ref == "name":
        ante = named_before.group(0)  # "a reference from Rev. Jacob Sumbuk, a Lutheran pastor, who wrote"
    elif ref.ref != "relative":
        # the antecedent is the name right before the appositive
        tail = _NAME_TAIL.search(ante)
        ante = tail.group(0) if tail else ante
    found = parse_speaker_phrase(ante)
    if ref.ref == "relative" and found.ref != "name":
        # "The first phase was co-financed by the Fonds Vert … (FVOA), which said": the name ending the clause
        words = re.sub(r"\s*\([^()]*\)\s*$", "", ante).split()
        for i in range(1, len(words)):
            if words[i - 1].islower() and words[i][0].isupper():
                tail_ref = parse_speaker_phrase(" ".join(words[i:]))
                if tail_ref.ref == "name" and tail_ref.name == " ".join(words[i:]):
                    return tail_ref.name, tail_ref
    return ante, found


# "Dr. X - no relation to the MNA - testified": an aside between dashes just before the verb
_DASH_ASIDE = re.compile(r"(?:\s(?:--|-)\s|\s?[—–]\s?)[^—–\n]{1,80}?(?:\s(?:--|-)|\s?[—–])\s*$")
_RELATIVE_OPENER = re.compile(r"(?:^|\s)(?:(?:in|on|at|of|from|during|after|under|with)\s+(?:which|whom)|where)\s+")


# What stands before "reports that" when it is the noun: "dismissed reports that", "amid reports that".
_NOUN_REPORTS = re.compile(r"(?:\b[a-z]+(?:ed|ing)|\b(?:of|about|amid|despite|over|to|with|by|and|denies))\s*$")
# Words after which a pronoun is no new subject: "X and he", "a comment under it".
_NOT_BEFORE_SUBJECT = {"and", "or", "under", "of", "about", "on", "in", "to", "from", "with", "by", "for", "at"}


def _preceding(masked: str, m: re.Match, ss: int, sidx: int) -> Cue | None:
    """ "X said": the text back to the previous comma, masked quote or dateline dash."""
    dateline = DATELINE.match(masked, ss, m.start())
    if dateline:  # "NAIROBI, Kenya (AP) — The head of …, Erastus Mwangi, warned": not part of the subject
        ss = dateline.end()
    before = masked[ss : m.start()]
    left_end = ss + len(before.rstrip())
    tail = _AUX_TAIL.search(masked, max(ss, left_end - 120), left_end)  # a tail of a few words: never rescan all
    if tail:
        left_end = tail.start()
    aside = _DASH_ASIDE.search(masked, ss, left_end)
    if aside and aside.start() > ss:
        left_end = aside.start()
    left = masked[ss:left_end]
    other, appos = "", None
    if left.rstrip().endswith(","):
        subject, ref, other, appos = _appositive_subject(left)
    else:
        subject = COMMA.split(left)[-1].split(MASK)[-1]
        subject = re.split(r"\s[—–-]{1,2}\s", subject)[-1]  # drop a dateline ("(Reuters) - ", "(AP) — ")
        # a sentence the splitter kept on after a time: "… since about 3 a.m. Ledger meteorologist Renée Thibodeaux"
        subject = re.split(r"\b[ap]\.m\.\s+(?=[^\W\d_a-z])", subject)[-1]
        subject = re.sub(r"^\s*(?:and|but|then|so)\b", "", subject).strip()
        # "X said he had warned", "Every Christmas he says": the verb's subject is the pronoun before it
        # (not the object of a preposition: "One widely shared comment under it read:")
        pronoun = re.search(r"(\w+)\s+(?:he|she|they|we|I|it)$", subject)
        # (nor the object of a relative clause: "The account that posted it added")
        object_it = re.search(r"\b(?:that|which|who)\s+(?:\w+\s+){1,2}it$", subject) is not None
        if pronoun and pronoun.group(1) not in _NOT_BEFORE_SUBJECT and not object_it:  # ("And he said" is his)
            subject = subject[pronoun.end(1) :].strip()
        # "…, in which Vilakati said:", "… a hearing at which the minister said": the relative clause's own subject
        # (also inside the clause: "The prosecution produced messages from March in which Sandhu wrote:")
        subject = _RELATIVE_OPENER.split(subject)[-1]
        if re.search(r"\s(?:and|but)(?:\s+(?:also|then|later))?$", subject) and not re.search(
            r"\b(?:who|which)\b", subject
        ):
            subject = ""  # "X acknowledged that … and said": the verb shares the sentence's subject
        by = DOCUMENT_BY.fullmatch(subject) if subject else None
        if by:  # "A report by the Coastal Observatory warned": the author speaks
            subject = by.group(1)
        ref = parse_speaker_phrase(subject) if subject else SpeakerRef("coord")
        if ref.ref == "relative" or (re.search(r"\s(?:who|whom)\s*$", subject) and len(COMMA.split(left)) >= 2):
            subject, ref = _antecedent(left, subject, ref)
    # a whole word: "he" is not the one inside "whether" ("Asked whether …, he said:")
    found = re.compile(r"(?<!\w)" + re.escape(subject) + r"(?!\w)").search(masked, ss, m.start()) if subject else None
    a = found.start() if found else m.start()
    cue = Cue(min(a, m.start()), m.end(), m.group(0).lower(), subject, a, a + len(subject), ref, sidx)
    if appos is not None and other:  # the appositive's other part: "X, dike warden of the board," is the warden
        cue.other = other
    return cue


_ASKED_WHETHER = re.compile(r"\b(?:asked|asking|wondered|wondering)\s+(?:whether|if|why|how|what|when)\b[^,;:]*$", re.I)
_TOLD_PASSIVE = re.compile(r"\b(?:when|if|once|after|being|been|was|were|is|are|be|got|get|gets)\s*$", re.I)


_ASKED_WH = re.compile(r"[ \t]+(?:who|what|whether|why|how|when|where|which|if)\b")  # (not "asked about 30 parents")


def _is_speech(masked: str, m: re.Match, se: int, before: str) -> bool:
    """Filters verbs that are not attributions here."""
    verb = m.group(0).lower()
    ss = m.start() - len(before)
    if m.group(0)[0].isupper() and re.search(r"\b(?:bin|ibn|ben|bint)[ \t]+$", before):
        return False  # "Khalfan bin Said al-Maamari": a father's name
    # "“…?” Mr Baird asked.": the quote's "?" may have closed the sentence before the cue
    closed = re.search(MASK + r"[ \t]*$", masked[max(0, ss - 4) : ss]) is not None
    after_quote = closed and len(before) <= 60 and MASK not in before
    next_to_quote = after_quote or re.search(MASK + r"[,]?\s*[^" + MASK + r"]{0,60}$", before) is not None
    # ("One reporter asked, “…?”": the question follows the verb)
    next_to_quote = next_to_quote or re.match(r"[,:]?[ \t]*" + MASK, masked[m.end() : se]) is not None
    reported_that = verb in ("reported", "reports") and re.match(r"\s+that\b", masked[m.end() : se]) is not None
    if reported_that and verb == "reports":  # ("Berglund also dismissed reports that …": the noun, not "The daily X …")
        reported_that = _NOUN_REPORTS.search(before) is None
    # "The water has started to drop at Lanzheron, Oksana Hrytsenko reports.": a credit closing the sentence
    credit = verb in ("reported", "reports") and re.match(r"[ \t]*(?:[.!]|$)", masked[m.end() : se + 1]) is not None
    credit = credit and re.search(r",[ \t]*[^,]{2,60}$", before) is not None
    reported_that = reported_that or credit
    if verb in ("asked", "asks", "reported", "reports") and not next_to_quote and not reported_that:
        # "When asked ...", "dismissed reports that": only next to the quote ("“...?” asked X"), or "X reported that"
        return False
    if _ASKED_WHETHER.search(before):
        return False  # "Asked whether the company had warned residents, he said:" is the question, not a cue
    if verb == "asked" and _ASKED_WH.match(masked, m.end()):
        return False  # "“…” ¶ Asked who will take over, Salim laughs.": the question put, not who asked it
    if verb in WEAK_VERBS and not (next_to_quote or credit or _WEAK_SPEECH.match(masked, m.end(), se)):
        # "had continued to solicit", "posted a loss": speech only next to a quote
        # ("“...,” he continued"), before a colon, "that" or a platform
        return False
    if verb.endswith("s") and re.search(r"\b(?:her|his|their|its|my|our|your|the|these|those)\s*$", before, re.I):
        return False  # a noun: "pressed her on her notes", "the posts"
    if verb.endswith("ed") and re.search(r"\b(?:an?|the|its|their|his|her|our|this|that)\s*$", before, re.I):
        return False  # an adjective: "the confirmed toll", "an announced plan"
    if verb == "told" and _TOLD_PASSIVE.search(before):
        return False  # the subject was told something ("X laughed when told of the advice"): not X's words
    opener = m.group(0) in ("Told", "Asked") or verb == "told" and not before.strip()
    if opener and re.match(r"\s+(?:of|about|that|how|what|whether|if|why|when)\b", masked[m.end() : se]):
        # "Told of the invitation, Pépé Jo laughed", "… year.” Asked whether X would rebuild, she paused": the
        # subject was told or asked, as above
        return False
    passive = re.search(r"\b(?:was|were|is|are|been|being|be)\s*$", before, re.I)
    if passive and (verb.endswith("ed") or re.match(r"\s+by\b", masked[m.end() : se])):
        # passive: "it was said by X" (passive_cues), "compensation would be announced": nobody speaks here
        return False
    # participles and infinitives are not attributions ("saying", "to say")
    # (but "My father used to say, “…”" is his habit of saying it)
    infinitive = re.search(r"\b(to|not|would|could|did|does)\s*$", before, re.I) and not re.search(
        r"\bused\s+to\s*$", before
    )
    return not (infinitive and verb in ("say", "tell"))


_APPOSITIVE_TAIL = re.compile(r",\s*(?:(?:the|an?|who|whose)\s|\d{1,3}\b|[a-z]+\s+(?:of|for|at)\s)", re.I)


def _names_only(tail: str) -> bool:
    """ "SSEN." / "the ministry." / "Police Scotland." / "Ana Ruiz, the mayor of Ely.": a short speaker phrase
    ending the sentence, perhaps with an appositive."""
    appositive = _APPOSITIVE_TAIL.search(tail)
    if appositive is not None and MASK not in tail:
        tail = tail[: appositive.start()]
    words = re.findall(r"[\w.'’&-]+", tail)
    if not words or len(words) > 6 or re.search(r"[,;:" + MASK + "]", tail):
        return False
    nouns = ROLE_WORDS | GENERIC_ORG_REFS | ORG_WORDS | TITLE_WORDS | {"the", "a", "an", "of", "for", "and"}
    return all(w[0].isupper() or w.lower().rstrip(".") in nouns for w in words)


def find_cues(masked: str, sent: tuple[int, int], sidx: int) -> list[Cue]:
    """Every attribution cue in one frame sentence, in order."""
    ss, se = sent
    cues: list[Cue] = []
    for m in _VERB_RE.finditer(masked, ss, se):
        if m.group(0).lower() in ("according to", "in the words of"):
            # ("in the words of her colleagues, her grid" quotes nobody: only before a quote in the sentence)
            if m.group(0).lower() == "according to" or MASK in masked[m.end() : se]:
                cues.append(_according_to(masked, m, se, sidx))
            continue
        before = masked[ss : m.start()]
        if not _is_speech(masked, m, se, before):
            continue
        inverted = before.strip() == "" or re.search(MASK + r"[,]?\s*$", before) is not None
        # "content, says SSEN." / "content, said the ministry.": the speaker follows the verb
        # (not "…, Mara Lind, told analysts.": "told" is followed by whom it was told to)
        told = m.group(0).lower() in ("told", "tells", "tell")
        if not inverted and not told and before.rstrip().endswith(",") and _names_only(masked[m.end() : se]):
            cue = _inverted(masked, m, se, sidx)
            if cue is not None:
                # "DHAKA (MPA) — content, said X": not content; nor a credit line above it ("Equinox Wire\n")
                line = masked.rfind("\n", ss, m.start())
                start = ss if line < 0 else line + 1
                dateline = DATELINE.match(masked, start, m.start())
                cue.paraphrase = trim(masked, dateline.end() if dateline else start, ss + len(before.rstrip()) - 1)
                cues.append(cue)
                continue
        cue = _inverted(masked, m, se, sidx) if inverted else _preceding(masked, m, ss, sidx)
        if cue is not None and cue.ref.ref in ("role", "pronoun") and REPORT_VERB_RE.search(cue.subject):
            continue  # "X said it had noted …": a verb inside the reported content, not a second cue
        if cue is not None and cue.ref.ref == "name" and _ITS_AFTER.match(masked, m.end(), se):
            cue.ref.kind = "organization"  # "Norsk Vannkraft says its reservoir would absorb a flood": a body
        if cue is not None:
            cues.append(cue)
    return cues + passive_cues(masked, sent, sidx)


_ITS_AFTER = re.compile(r"\s+(?:(?:that|on\s+\w+|in\s+a\s+statement|)\s*,?\s*)?its\s")


def paraphrase_span(masked: str, cue: Cue, sent: tuple[int, int]) -> tuple[int, int] | None:
    """Span of the reported content for a cue in a sentence without a direct quote."""
    ss, se = sent
    if cue.verb == "according to":
        if cue.start - ss < 3:  # "According to X, content."
            a, b = trim(masked, cue.end, se)
        else:  # "content, according to X."
            a, b = trim(masked, ss, cue.start)
    elif cue.inverted:
        if cue.paraphrase is None:
            return None
        a, b = cue.paraphrase  # "content, says X."
    else:
        after = masked[cue.end : se]
        that = re.match(r"^(?:[^,.;]{0,60}?\s)?that\s", after)
        trailing = re.match(
            r"^\s*(?:(?:on|in|at|late|early|earlier|during|after|from|via|through)\b[^,;]{0,80})?"
            r"(?:,\s*(?:after|as|when|while|because|following|amid|citing)\b[^;\ue000]*)?[.!?]?\s*$",
            after,
        )
        if that:
            a, b = trim(masked, cue.end + that.end(), se)
        elif trailing and cue.subj_start - ss > 15:
            # "content, officials said." / "DHAKA (MPA) — content, the minister, Dr X, said on Tuesday, after …"
            dateline = DATELINE.match(masked, ss, cue.subj_start)
            head = masked.rfind(cue.other, ss, cue.subj_start) if cue.other else -1
            a, b = trim(masked, dateline.end() if dateline else ss, head if head > ss else cue.subj_start)
        elif cue.verb in BARE_REPORT_VERBS:
            skip = (
                re.match(r"^\s*(?:reporters|journalists|[^\W\d_a-z][\w.]*(?:\s+[^\W\d_a-z][\w.]*)*)?\s*", after)
                if cue.verb in ("told", "tells")
                else re.match(r"^\s*", after)
            )
            if re.match(r"^\s*(?:on|in|at|after|during|to|for)\b", after[skip.end() :]):
                return None
            a, b = trim(masked, cue.end + skip.end(), se)
        else:
            return None
    while b > a and masked[b - 1] in '.!?”" ':
        b -= 1
    if len(masked[a:b].split()) < 4 or MASK in masked[a:b]:
        return None
    return a, b
