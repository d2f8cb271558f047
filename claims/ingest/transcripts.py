"""Speaker-label transcripts: broadcast, parliamentary and interview turns.

A transcript paragraph opens with a label that says who speaks, then a colon:

    DANA REEVES (Anchor): Good evening. ...
    REEVES: Tom, what are officials saying?
    CHIEF ANA SOTO, HILL COUNTY FIRE DISTRICT: We had gusts of 50 miles an hour.
    4. Mr Ian Bell (Eastmoor) (Con): What steps has she taken ...
    The Minister for Roads (Ms Jo Hart): None at all.
    Mr Speaker: Order.
    Q: ... / A: ...

Earnings-call and interview transcripts print the name on a line of its own above the turn instead ("Jane Doe
-- Chief Executive Officer", then her words); such a turn runs to the next name line and is one quote.

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

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .cues import DATELINE, REPORT_VERB_RE
from .speakers import (
    ORG_CONNECTORS,
    PARTICLES,
    ROLE_NOUNS,
    ROLE_WORDS,
    TITLE_WORDS,
    full_person_name,
    is_common_word,
    name_similarity,
    parse_speaker_phrase,
    token_match,
)

# "NAME: …", "4. Mr Ian Bell (Eastmoor) (Con): …", "**Interviewer:** …" (Markdown bold), Hansard's
# question numbers ("Q12 Chair: …") and a played clip's tag ("[CLIP] JO LEE: …")
_LABEL = re.compile(
    r"(?:\d{1,3}\.[ \t]+|Q[ \t]?\d{1,4}[ \t]+|[\[(][A-Z][A-Za-z -]{1,20}[\])][ \t]*)?"
    r"[*_]{0,2}(?P<label>[^:\n*]{1,140}?)[ \t]*(?:[*_]{2}[ \t]*:|:[*_]{0,2})"
    r"[ \t]*(?:\n[ \t]*)?(?=\S)"
)
# The Congressional Record's "Chairman CRAPO. …", "Senator WYDEN. …", "The CHAIRMAN. …", "Mr. SMITH of Texas. …"
# and the same in mixed case ("Mr. Pelletier. …", "Ranking Member Abernathy. …", "The Chairman. …"): one or two
# title words and a surname or office, then a full stop; "Voice." / "A Voice." is someone in the room.
_RECORD_NAME = r"[A-Z](?:[A-Z'’-]{2,}|[a-z][A-Za-z'’-]+)"
_RECORD_LABEL = re.compile(
    r"(?P<label>(?:The|(?:[A-Z][a-z]+\.?[ \t]+){1,2}?)[ \t]*" + _RECORD_NAME + r"(?:[ \t]+" + _RECORD_NAME + r")?"
    r"(?:[ \t]+of[ \t]+[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?)?|(?:A[ \t]+)?Voices?)\.[ \t]+(?=\S)"
)
# An interview's "Q." / "A." (or "Q -") without a colon.
# (Not "A. Berg: …", an initial and a surname.)
_QA_DOT = re.compile(
    r"(?P<label>[QA])(?:\.|[ \t]+[-–—])[ \t]+(?=\S)(?![^\W\d_a-z][\w'’-]+[ \t]*(?:\([^)\n]*\)[ \t]*)?:)"
    r"|(?P<q>Q)[ \t]+(?=[A-Z])"
)
_PAREN = re.compile(r"\(([^()]*)\)")
# The first turn's label in capitals, where a transcript's introduction ends; a capitalised word of a name.
_LABEL_LINE = re.compile(r"(?m)^[^\W\d_a-z][^\W\d_a-z .'’-]{1,40}:[ \t]")
_CAP_WORD = r"[^\W\d_a-z][\w'’-]+"
_QA = {"q": "Q", "question": "Q", "a": "A", "answer": "A"}
# Labels for a voice nobody names.
_UNNAMED = re.compile(
    r"(?i)^(?:unidentified|unknown|unnamed|off-camera|(?:an?\s+)?voices?|crowd|protesters?|audience|operator|"
    r"(?:several\s+|an?\s+)?hon(?:ourable)?\.?\s+members?|vox\s+pops?|members?\s+of\s+the\s+public)\b"
)
# Someone in the room, placed but not named: "A voice from the public gallery", "Member of the public in the hall";
# Hansard's "An hon. member:", "Some hon. members:" too.
_VOICE_FROM = re.compile(
    r"(?i:an?\s+)?(?:[Vv]oices?|[Hh]ecklers?|[Mm]embers?\s+of\s+the\s+public)\s+(?:from|in)\s+the\s+[a-z]+(?:\s+[a-z]+){0,2}"
    r"|(?i:an?|some|several|other)\s+(?i:hon(?:ourable|orable|\.)?)\s+(?i:members?)"
)
# A numbered voice of a recording or street interview: "VOX POP 1", "Speaker 2", "Woman 3".
_NUMBERED_VOICE = re.compile(
    r"(?i)(?:vox\s+pops?|voice|speaker|man|woman|male|female|caller|participant|resident|interviewee)\s*#?\d{1,2}"
)
# Labels that name only a part in the programme.
_ROLE_LABELS = {
    "anchor",
    "co-anchor",
    "reporter",
    "journalist",
    "correspondent",
    "host",
    "co-host",
    "presenter",
    "interviewer",
    "moderator",
    "narrator",
    "newsreader",
    "newscaster",
    "announcer",
    "continuity",
    "commentator",
    "translator",
    "interpreter",
    "meteorologist",
    "guest",
    "caller",
    "panelist",
    "panellist",
    "witness",
    "interviewee",
    "listener",
    "viewer",
    "clerk",  # (a hearing's "CLERK:" reading the written submissions)
    "secretary",  # (or its "SECRETARY:", "The committee secretary is X.")
}
_HONORIFICS = {"mr", "mrs", "ms", "madam", "madame", "mister"}
# (also closing an intro's sentence: "… on how Czech children are assessed. Interview by Tomáš Hrubý.")
_BYLINE = re.compile(
    # (or in a masthead line: "BORNEO WEEKLY REVIEW | Interview by Rosnah Abdul Latif | 22 February 2026")
    r"(?:^|(?<=[.!?|] ))(?:an?\s+)?(?P<asked>interview(?:ed|\s+conducted)?\s+by|questions\s+by|conducted\s+by|by)\s+"
    # "An interview by Lorena Vaesken for Cuenca magazine"
    r"(?P<name>[^,\n(.|]+?)(?=\s+(?:for|in|of)\s|\s*[,\n(.|]|$)",
    re.I | re.MULTILINE,
)
# An intro naming the interviewer: "X spoke with Tech Ledger's Jan Ruiz in London", "talked to Jan Ruiz".
_SPOKE_WITH = re.compile(
    r"\b(?:spoke|speaking|talked|talking|sat\s+down)\s+(?:with|to)\s+(?:(?:the|our|their)\s+)?"
    r"(?:[^\W\d_a-z][\w.&-]*(?:\s+[^\W\d_a-z][\w.&-]*)*[’']s\s+)?"
    r"(?:(?:[a-z-]+\s+){0,3}[a-z-]+,\s+)?"  # "spoke to the Ledger's environment editor, Yousef Behbehani,"
    r"(?:(?:[a-z-]+\s+){0,2}(?:correspondent|reporter|editor|journalist|writer|producer)\s+)?"  # "our correspondent X"
    r"(?P<name>[^\W\d_a-z][\w’'-]+(?:\s+[^\W\d_a-z][\w’'-]+){1,2})"
)
# An intro's sentence about the interview: "The interview with Shaheema, conducted in Malé by Ibrahim Waheed, has …"
_CONDUCTED_BY = re.compile(
    r"\b(?:The|This)\s+interview\b[^.\n]{0,60}?\b(?:conducted|carried\s+out|recorded)\s+(?:(?:in|at|on)\s+[^,.\n]{1,40}?\s+)?"
    r"by\s+(?P<name>[^\W\d_a-z][\w’'-]+(?:\s+[^\W\d_a-z][\w’'-]+){1,2})"
)
# The interviewer as the intro's subject: "Lena Hartmann met her at her workshop", "Jo Lee interviewed him in May".
_MET_THEM = re.compile(
    r"(?P<name>[^\W\d_a-z][\w’'-]+(?:\s+[^\W\d_a-z][\w’'-]+){1,2})"
    # (with where they work between: "Tomás Iñiguez-Lara of the farm magazine Surco y Piedra spoke with her")
    r"(?:\s+(?:of|from|at)\s+[^.,\n]{1,60}?|,[^,.\n]{1,80},)?\s+(?:met|interviewed|visited|"
    r"caught\s+up\s+with|sat\s+down\s+with|spoke\s+(?:to|with)|talked\s+(?:to|with))\s+(?P<them>her|him|them)\b"
)


def interviewed_gender(text: str, before: int) -> str | None:
    """ "Tomás Iñiguez-Lara spoke with her at her kitchen table": the gender the intro gives the interviewee."""
    met = list(_MET_THEM.finditer(text, 0, before))
    return {"her": "f", "him": "m"}.get(met[-1]["them"]) if met else None


# The interviewer as the intro's subject, the one they talked to named: "Marta Lindgren spoke to Hiwot in her office"
# (the object must be someone the intro named before: see `_interviewer`).
_MET_NAMED = re.compile(  # (or in apposition: "Our correspondent, Aya Tsuchida, spoke to Tetsuo")
    r"(?P<name>[^\W\d_a-z][\w’'-]+(?:\s+[^\W\d_a-z][\w’'-]+){1,2}),?\s+(?:met|interviewed|"
    r"sat\s+down\s+with|spoke\s+(?:to|with)|talked\s+(?:to|with))\s+"
    r"(?P<other>[^\W\d_a-z][\w’'-]+(?:\s+[^\W\d_a-z][\w’'-]+){0,2})"
)
# A court's examining lawyer: "Under questioning by prosecutor Dan Cole", "cross-examined by Rita Moss".
_EXAMINED_BY = re.compile(
    r"\b(?:questioning|questioned|examination|examined|cross-examination|cross-examined)\s+by\s+"
    r"(?P<name>(?:[\w.-]+\s+){0,3}?[^\W\d_a-z][\w’'-]+\s+[^\W\d_a-z][\w’'-]+)"
)
_SPEECH_END = re.compile(r"[.!?…][’”\"')]?(?:\s|$)|(?:--|—|\w-)\s*$")  # "-": cut off ("no diesel to put in them-")
# "(BEGIN VIDEOTAPE)", "[Whereupon, the hearing was adjourned.]": stage directions, not speech.
_STAGE = re.compile(r"\s*[(\[]")
_QUOTE_MARKS = re.compile(r"[\"“”‘’]")
_QUOTED = re.compile(r"“[^”\n]*(?:”|$)|\"[^\"\n]*(?:\"|$)")  # (or left open: a quote going on below)
_FIRST_PERSON = re.compile(r"\b(?:I|[Mm]y|me|we|our|us)\b")
_WRITER_WE = re.compile(r"\s*We\s")  # "We put Grace's complaint to the board after the programme.": the writer
# An editor's note after a transcript: "This interview has been edited for length and clarity."
_EDITORIAL = re.compile(
    r"(?i)\b(?:has|have|was|were)\s+been\s+(?:edited|condensed|translated|shortened|abridged)\b"
    r"|\bthis\s+(?:interview|transcript|conversation)\b|\b(?:additional\s+)?reporting\s+by\b"
    r"|\bcopyright\b|\ball\s+rights\s+reserved\b|©"
    r"|\b(?:joined|left)\s+(?:the|us\s+for\s+the)\s+(?:conversation|interview|discussion)\b"  # ("X joined the …")
)
# The record's own procedural lines, in no member's voice: "Question put and agreed to.", "Resolved,", "Motion
# made, and Question proposed", "The House divided:", "Sitting suspended."
_PROCEDURAL = re.compile(
    r"(?i)\s*(?:(?:main\s+)?question\s+(?:put|proposed|accordingly|agreed|negatived)|motion\s+(?:made|agreed)"
    r"|amendment\s+(?:proposed|made|agreed|negatived)|(?:resolved|ordered)(?:,|\s+that\b|\s*$)"
    r"|the\s+(?:house|committee)\s+divided|sitting\s+(?:suspended|resumed)|bill\s+(?:read|reported)"
    r"|division\s+(?:no\.\s*)?\d)"
)
# A third-person subject and a speech verb: the journalist's prose, not a speaker's own words.
_REPORTED = re.compile(
    r"(?:\b(?i:he|she|they|it)|[^\W\d_a-z][\w'’-]+)\s+(?:also\s+)?(?i:" + REPORT_VERB_RE.pattern + ")"
)


@dataclass
class Turn:
    """One speaker's turn: the label span, the spoken text span and who speaks."""

    label: tuple[int, int]
    start: int
    end: int
    name: str | None
    kind: str = "person"
    qa: str | None = None  # "Q" or "A" in an interview
    continued: bool = False  # an unlabelled paragraph that carries on the turn before it
    joined: bool = False  # a paragraph inside a turn that began above it (part of that turn's one quote)
    runs_on: bool = False  # the paragraphs below it, up to the next label, are part of its one quote
    credited: bool = False  # "Q (Kevin Ah-Chuen, Le Quotidien):", "Q (name inaudible):": a question someone put
    clip: bool = False  # "MBEWE (recording): “…”": a played clip in quotation marks, which nothing after continues
    printed: str | None = None  # a one-word label of a fuller name, as printed: "TANAKA" of Tanaka Hiroshi


def _title_case(phrase: str) -> str:
    """'GOV. ANA DE LA CRUZ-ROSS' -> 'Gov. Ana de la Cruz-Ross'; mixed-case text is left alone."""
    if any(ch.islower() for ch in phrase):
        return phrase

    def word(w: str) -> str:
        if w.lower() in PARTICLES:
            return w.lower()
        return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), w)

    return " ".join(word(w) for w in phrase.split())


def _is_label_text(outside: str) -> bool:
    """Every word capitalised (or a particle/connector), no digits, at most ten words."""
    words = outside.replace(",", " ").split()
    if not words or len(words) > 10 or re.search(r"\d", outside):
        return False
    if any(w.endswith(".") and len(w) > 5 and w.lower() not in TITLE_WORDS for w in words[:-1]):
        return False  # "Transcript. Hosts": a sentence ends inside, so this is a credits line, not a label
    if words[0] in ("About", "ABOUT"):
        return False  # a press release's "About USM: Universiti Sains Malaysia, founded in 1969, …" block
    small = PARTICLES | ORG_CONNECTORS | {"the"}
    return words[0][0].isupper() and all(w[0].isupper() or w.lower() in small or w[:3] in ("al-", "el-") for w in words)


def label_brackets(label: str) -> tuple[list[str], str]:
    """(what the brackets hold, outermost first; the label outside them): "The Chair (Mr. Patrick Doucet
    (Acadie—Bathurst, Lib.))" holds "Mr. Patrick Doucet" and "Acadie—Bathurst, Lib."."""
    parens: list[str] = []
    outside = label
    while found := _PAREN.findall(outside):
        parens = [p.strip() for p in found] + parens
        outside = _PAREN.sub(" ", outside)
    return parens, " ".join(outside.split())


# Offices a hearing's labels give in capitals, a turn whoever holds them: "CHAIR:", "CLERK:"
_OFFICE_LABELS = {"chair", "chairman", "chairwoman", "chairperson", "clerk", "presiding officer"}


def _role_key(head: str) -> str:
    return " ".join(re.sub(r"(?i)^the\s+", "", head).lower().split())


class _Labels:
    """Reads labels in order, remembering which office each named person holds."""

    def __init__(self, text: str = "") -> None:
        self.offices: dict[str, str] = {}
        self.text = text
        self.folded = _dotless_folded(text)  # (for `_as_printed`, once per text)
        # where the last label was read: stage directions after it change who holds the chair, and the chair calling
        # the next witness who "WITNESS:" is
        self.read_to = 0
        self.introduced: dict[str, str] = {}  # a family-name label whose turn gave the full name, by label
        self.in_intro: dict[str, str | None] = {}  # `_named_in_intro` by label word (it reads the whole text)

    def read(self, label: str, at: int = -1) -> tuple[str | None, str] | None:
        """(name, kind) for a person label, (None, "unknown") for an unnamed voice, None if not a label."""
        if at > self.read_to:
            self._read_stage(at)
        parens, outside = label_brackets(label)
        if _NUMBERED_VOICE.fullmatch(outside):
            return self._numbered_caller(outside, at)
        if _VOICE_FROM.fullmatch(outside):
            return None, "unknown"
        if not _is_label_text(outside):
            return None
        # "The Hon. DAVID OKORO", "The Rt Hon. Ann Fox": a courtesy title before a name, not an office
        head = re.sub(r"(?i)^the\s+(?=(?:rt\.?\s+|right\s+)?hon(?:ourable|\.)?\s)", "", outside.split(",")[0].strip())
        if _UNNAMED.match(head):
            return None, "unknown"
        key = _role_key(head)
        if head.lower().startswith("the ") and (holder := _holder_in_brackets(parens)):
            self.offices[key] = holder  # "THE CHAIR (Mette Sønderskov):" names this sitting's chair
        if key == "journalist" and at >= 0:  # each one whoever their own turn says they are ("Ana Ruiz, Reuters.")
            return self._own_name(at)
        named = self._part_named(key, parens) if key in _ROLE_LABELS else None
        if named:  # "CALLER (ABDOULAYE, DOSSO):" names this caller, whoever called before
            return named, "person"
        self._find_holder(key, head, at)
        if key in self.offices:
            return self.offices[key], "person"
        if key in _ROLE_LABELS or key in _OFFICE_LABELS and head.isupper():
            return None, "unknown"  # "ANCHOR:" before anyone was named; "CHAIR:" of a chair the text never names
        return self._named(head, key, parens, at)

    def _own_name(self, at: int) -> tuple[str | None, str]:
        """The name a turn opens on ("Joseph Banda, Zambia Daily Mail.") or introduces ("I'm Ana Ruiz")."""
        opening = _REPORTER_OPENS.match(self.text, self.text.find(":", at) + 1)
        ref = parse_speaker_phrase(opening.group(1)) if opening else None
        name = ref.name if ref is not None and ref.ref == "name" and ref.kind != "organization" else None
        # (or the one the intro makes the journalist: "The journalist Maria Okafor interviewed the governor")
        name = (
            full_person_name(name or "")
            or _self_introduced(self.text, at)
            or _role_noun_holder(self.text, "journalist")
        )
        return (name, "person") if name else (None, "unknown")

    def _read_stage(self, at: int) -> None:
        """What happened since the last label: the chair taken, the next witness called."""
        for took in _TAKES_CHAIR.finditer(self.text, self.read_to, at):  # "[Zarema Khasanova takes the chair.]"
            if name := full_person_name(took.group(1)):
                self.offices["chair"] = name
        for called in _NEXT_WITNESS.finditer(self.text, self.read_to, at):
            if name := full_person_name(called.group(1)):
                self.offices["witness"] = name
        for called in _FLOOR_TO_WITNESS.finditer(self.text, self.read_to, at):
            if not _labelled(self.text, called.group(1)):
                self.offices["witness"] = _surname_in_full(self.text, called.group(1))
        self.read_to = at

    def _numbered_caller(self, label: str, at: int) -> tuple[str | None, str]:
        """ "CALLER 1:" after "Lek from Mae Chan, you're on the air.": the caller the host put through or who gives
        a name, the same one at every "CALLER 1:"; any other numbered voice ("SPEAKER 2:") is nobody named."""
        key = _role_key(label)
        if not key.startswith("caller"):
            return None, "unknown"
        if key not in self.offices:
            self.offices.pop("caller", None)  # (a new number is a new caller)
            self._find_holder("caller", "CALLER", at)
            if "caller" in self.offices:
                self.offices[key] = self.offices["caller"]
        return (self.offices[key], "person") if key in self.offices else (None, "unknown")

    def _part_named(self, key: str, parens: list[str]) -> str | None:
        """ "Host (Jo Park):", "Caller (Dave, Margate):": the name in brackets after a part in the programme."""
        for p in parens:
            ref = parse_speaker_phrase(_title_case(p.split(",")[0].strip()))
            if ref.ref == "name" and ref.name and ref.kind != "organization":
                if len(ref.name.split()) >= 2:
                    self.offices.setdefault(key, ref.name)
                return ref.name
        return None

    def _find_holder(self, key: str, head: str, at: int = -1) -> None:
        """Who holds an office or part the article names only by that office: "THE CHAIR:" after "Senator X,
        chair of the subcommittee"; "Guest:" after "My guest today is the economist Dana Ortiz."; "ANCHOR: Good
        evening, I'm Claire Beaumont."; a second "CALLER:" who says "It's Noreen Faherty here" is Noreen Faherty."""
        introduced = _self_introduced(self.text, at, key == "caller") if key in _ROLE_LABELS else None
        if introduced is None and key == "caller":
            introduced = _caller_put_through(self.text, at)
            introduced = None if introduced and _labelled(self.text, introduced) else introduced
            introduced = introduced or _introduced_next(self.text, at)
            if introduced is None and (
                _NEW_CALL.search(self.text, max(0, at - 300), at) or at >= 0 and _ANONYMOUS.match(self.text, at)
            ):
                # "We have another caller. Go ahead": not the one before; nor "I would rather not give my name."
                self.offices.pop(key, None)
                return
        if introduced:
            self.offices[key] = introduced
            return
        if key in self.offices:
            return
        if holder := _roster_labelled(self.text, key):  # "Committee clerk (CLERK): Marta Cecilia Portillo."
            self.offices[key] = holder
            return
        # "THE CHAIR:", or Hansard's bare "Chair:" after "Members present: Dame Ann Fox (Chair)"
        # ("DEPUTY CHAIR:" after "Deputy Chair Jānis Ozols presided": an office of title words)
        office = head.lower().startswith("the ") or all(w in TITLE_WORDS or w in _OFFICE_MODIFIERS for w in key.split())
        holder = _office_holder(self.text, key) if office else None
        if holder is None and " " not in key and key in ROLE_NOUNS:  # "CLERK:" after "committee clerk Annette Roy"
            holder = _role_noun_holder(self.text, key)
        cabinet = _CABINET_SECRETARY.search(self.text) if key == "secretary" and holder is None else None
        if cabinet:  # "SECRETARY:" after "Secretary of State Marco Rubio testified": his, not the committee's secretary
            holder = full_person_name(cabinet.group(1))
        if holder is None and key in _ROLE_LABELS:
            holder = _role_holder(self.text, key) or _self_introduced(self.text, at)
        if holder is None and key == "witness":  # "The committee took evidence from Berhane Gebreyohannes, …"
            holder = _first_full_person(m.group(1) for m in _EVIDENCE_FROM.finditer(self.text, 0, max(at, 0)))
        if holder is None and key in _PRESENTING:  # "HOST:" in a programme whose header says "Presenter: X."
            holder = next(filter(None, (_role_holder(self.text, part) for part in _PRESENTING - {key})), None)
        if holder and key == "caller" and _labelled(self.text, holder):
            holder = None  # "Our next caller is Kgosi Mmolai" with "MMOLAI:" turns: a "CALLER:" is another one
        if holder:
            self.offices[key] = holder

    def _remember_office(self, titles: list[str], name: str) -> None:
        """ "Chairman Pelletier." makes him the holder of a later "The Chairman." (honorifics hold no office)."""
        office = [w.lower() for w in titles if w.lower().rstrip(".") not in _HONORIFICS]
        if office and all(w in TITLE_WORDS or w in ROLE_WORDS for w in office):
            self.offices.setdefault(" ".join(office), name)

    def _named(self, head: str, key: str, parens: list[str], at: int) -> tuple[str | None, str] | None:
        """A label that names its speaker, possibly with a part in brackets or an office."""
        words = _title_case(head).split()
        # "Chairman CRAPO": a surname in capitals after a title is a name, not an acronym
        words = [_as_printed(w, self.text, self.folded) if len(w) > 2 and w.isalpha() else w for w in words]
        ref = parse_speaker_phrase(" ".join(words))
        bare = len(head.split()) == 1 or any(w.lower() in ROLE_WORDS for w in words)
        one_word = ref.ref == "name" and ref.name and " " not in ref.name
        named_self = one_word and (_self_introduced(self.text, at) or "").split()[:1] == [ref.name]
        office = one_word and re.search(r"\b(?i:the)[ \t]+(?i:" + re.escape(head) + r")\b", self.text)
        holder = _role_noun_holder(self.text, head.lower()) if office else None
        if holder:  # "BOURGMESTRE:" after "The session was chaired by the bourgmestre, Claudine Weber-Kieffer"
            self.offices[key] = holder
            return holder, "person"
        if bare and one_word and not named_self and not _used_as_name(self.text, ref.name, at):
            return None  # "Transcript:", "HEARING:", "MEMBERS PRESENT:": a heading, not a person
        if one_word and at >= 0:  # "MVULA: Same surname, but different luck, Thoko! Yohane Mvula from Limbe."
            intro = self.introduced.get(head) or _self_introduced(self.text, at, caller=True)
            if intro and " " in intro and token_match(intro.split()[-1], ref.name or ""):
                self.introduced[head] = intro  # (and his later turns)
                return intro, "person"
        if one_word and ref.name:  # "TANAKA:" after "On the podium: … Tanaka Hiroshi, president of …"
            if ref.name not in self.in_intro:
                self.in_intro[ref.name] = _named_in_intro(self.text, ref.name)
            introduced = self.in_intro[ref.name]
            if introduced:
                return introduced, "person"
        if not head.lower().startswith("the ") and ref.ref == "name" and ref.name and ref.kind != "organization":
            self._remember_office(words[: -len(ref.name.split())], ref.name)
            for p in parens:  # "DANA REEVES (Anchor)": the part in brackets is her part in the programme
                if _role_key(p) in _ROLE_LABELS:
                    self.offices.setdefault(_role_key(p), ref.name)
            return _printed_in_full(self.text, ref.name), "person"
        holder = _holder_in_brackets(parens)  # "The Minister for Roads (Ms Jo Hart)"
        if holder:
            self.offices[key] = holder
            return holder, "person"
        low = [w.lower() for w in words]
        if low[0].rstrip(".") in _HONORIFICS and all(w in TITLE_WORDS or w + "." in TITLE_WORDS for w in low):
            # "Mr Speaker", "Madam Deputy Speaker": the office is the name, unless the record names its holder
            return _chair_holder(self.text, words[1:]) or " ".join(words), "person"
        if head.lower().startswith("the "):
            return None, "unknown"  # an office nobody was named for
        return None


def _dotless_folded(text: str) -> str:
    """The text with the Turkish dotless "ı" and dotted "İ" as "i" and "I" (the same length: positions agree)."""
    return text.replace("ı", "i").replace("İ", "I")


def _as_printed(word: str, text: str, folded: str) -> str:
    """A label's word as the text prints it: "QASIMOV" is "Qasımov" (the Turkish "ı" is "I" in capitals), else the
    word capitalised when it is in capitals ("CRAPO"). `folded` is `_dotless_folded(text)`."""
    word = word.capitalize() if word.isupper() else word
    m = re.search(r"\b" + re.escape(_dotless_folded(word)) + r"\b", folded)
    return text[m.start() : m.end()] if m else word


# "Ana Ruiz, the chair"; a hearing's roster adds the state: "ANA RUIZ, Ohio, Chairman"
_NAME_BEFORE = re.compile(
    r"((?:[^\W\d_a-z][\w.'’-]*\s+){1,4}[^\W\d_a-z][\w'’-]+)(?:\s*\([^()]*\))?"
    r"(?:,[ \t]*[^\W\d_a-z][a-z]+(?:[ \t][^\W\d_a-z][a-z]+)?)?,\s*(?:the\s+)?$"
)
# "Dame Ann Fox (Chair)", "Senator Bronwyn Tait (ALP, Tasmania) (Chair)": the office in brackets after the name
# A lower-case particle inside a name: "Roslan bin Hashim", "Thirumalai a/l Subramaniam", "Ana de la Cruz"
_NAME_PARTICLE = r"(?:(?:" + "|".join(re.escape(p) for p in sorted(PARTICLES, key=len, reverse=True)) + r")[ \t]+){0,2}"


def _particled_name(words: int) -> str:
    """A full name of two to `words` + 1 capitalised words, lower-case particles allowed after each ("Roslan bin
    Hashim", "Rannvá við Stein")."""
    return r"(?:[^\W\d_a-z][\w.'’-]*[ \t]+" + _NAME_PARTICLE + r"){1," + str(words) + r"}[^\W\d_a-z][\w'’-]+"


_NAME_PAREN = re.compile(  # (or "Valentina Sergeyevna Orlova (committee chair)", not "(former chair)")
    r"((?:[^\W\d_a-z][\w.'’-]*\s+" + _NAME_PARTICLE + r"){1,4}[^\W\d_a-z][\w'’-]+)\s*(?:\([^()\n]{1,40}\)\s*)?"
    r"\((?:(?:committee|subcommittee|panel|board|council|commission|hearing|session|inquiry)[ \t]+)?$"
)
# An abbreviated title before a name: "Mag. Ingrid Pölzl-Wendt", "Ing. Klaus Oberhuber", "Dr. Ana Ruiz".
_DOTTED_TITLE = (
    r"(?i:" + "|".join(re.escape(w) for w in sorted((w for w in TITLE_WORDS if w.endswith(".")), key=len)[::-1]) + r")"
)
# "Chair Ruiz", "Chair: Ana Ruiz.", "Chair: Councillor Mag. Ingrid Pölzl-Wendt."
# (a member's title may come in lower case: "Chair: councillor Judit Szilágyi.")
_LOWER_OFFICE = r"(?:(?:councillor|councilor|senator|deputy|representative|alderman|alderwoman|assemblymember)[ \t]+)?"
_NAME_AFTER = re.compile(
    r"(?::[ \t]*" + _LOWER_OFFICE + r"|\s+)((?:" + _DOTTED_TITLE + r"[ \t]+|[^\W\d_a-z][\w'’-]+\s*){1,5})"
)
# The roster's next entry on the same line: "Chair: Ana Ruiz. Members: …" (so "Chair:" there is no turn)
_ROSTER_NEXT = re.compile(r"[^\n:]*?[.;][ \t]+(?P<entry>[^\W\d_a-z][\w \t]{0,30}):")


# The headings of a hearing's roster: "Members:", "Clerk:", "Witnesses:", "Also present:".
_ROSTER_HEADINGS = frozenset(
    "members member witness witnesses clerk clerks chair chairman chairwoman secretary present apologies counsel "
    "presiding appearing attending attendance panel".split()
)


def _roster_next(text: str, at: int) -> bool:
    """The line goes on with another roster entry: ". Members:", "; Clerk:" (not ". Here is the point:", ". Mr.
    Smith:")."""
    m = _ROSTER_NEXT.match(text, at)
    return bool(m) and m.group("entry").split()[-1].lower() in _ROSTER_HEADINGS


# An office by what its holder did: "Sen. Harold Pike of Washington County chaired the hearing".
# ("Councillor María José Tenesaca presided.")
_OFFICE_DONE = {"chair": "(?:chaired|presided(?:[ \t]+over)?)", "chairman": "chaired", "chairwoman": "chaired"}
# ("(The Chair leaves the room. Deputy Chair Marko Ilić presides.)" then "ACTING CHAIR:")
_OFFICE_DONE["acting chair"] = r"(?:presides|presided|takes[ \t]+the[ \t]+chair|took[ \t]+the[ \t]+chair)"
_FULL_NAME = r"(?:[^\W\d_a-z][\w.'’-]*[ \t]+){1,3}[^\W\d_a-z][\w'’-]+"
_OF_PLACE = r"(?:[ \t]+of[ \t]+(?:[^\W\d_a-z][\w'’-]+[ \t]+){0,2}[^\W\d_a-z][\w'’-]+)?"  # "of Washington County"
# A roster's "Presiding: Dragana Milošević-Rakić (…), committee chair.", Hansard's "In the chair: Cllr X. Members …"
# (there a full stop ends the name)
_PRESIDING = re.compile(
    r"\bPresiding(?:[ \t]+(?:officer|member))?[ \t]*:[ \t]*(" + _FULL_NAME + r")"
    r"|\bIn[ \t]+the[ \t]+(?i:chair)[ \t]*:[ \t]*((?:" + _DOTTED_TITLE + r"[ \t]+|[^\W\d_a-z][\w'’-]+[ \t]*){1,5})"
)
# A stage direction that hands the chair to someone: "[Zarema Khasanova takes the chair.]"
_TAKES_CHAIR = re.compile(
    r"(" + _FULL_NAME + r")[ \t]+(?:takes|took|resumes|resumed|assumes|assumed)[ \t]+the[ \t]+chair\b"
)
# The chair calling the next witness: "Our second witness is Encik Ahmad Faizal bin Hassan", "I now call Dr X.", "The
# committee calls Señora Rosa Quizhpe"
_NEXT_WITNESS = re.compile(
    r"\b(?:(?i:our|the)[ \t]+(?:first|second|third|fourth|next|last|final|following)[ \t]+witness"
    r"(?:[ \t]+(?:today|this[ \t]+(?:morning|afternoon)))?[ \t]+is"
    r"|(?i:I|we)[ \t]+(?:now[ \t]+)?call(?:[ \t]+on)?"
    r"|(?i:the)[ \t]+(?:committee|panel|commission|inquiry|tribunal|council)[ \t]+(?:now[ \t]+)?calls)[ \t]+"
    r"(" + _particled_name(4) + r")"
)
# The chair giving the floor to the witness it just called: "We now call the second witness. Mrs. Ziani, you may
# begin." (not "I thank the witness …. Mr. Okafor, you have the floor.": a member with turns of his own)
_FLOOR_TO_WITNESS = re.compile(
    r"\b(?i:call|calls|calling)[ \t]+(?i:the|our)[ \t]+(?:\w+[ \t]+)?(?i:witness)\b[^\n]{0,120}?"
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Madam|Mme|Señora|Señor|Sra|Sr)\.?[ \t]+"
    r"([^\W\d_a-z][\w'’-]+(?:[ \t]+[^\W\d_a-z][\w'’-]+)?),[ \t]+(?:you[ \t]+(?:may|can)[ \t]+(?:begin|proceed|start)"
    r"|the[ \t]+floor[ \t]+is[ \t]+yours|you[ \t]+have[ \t]+the[ \t]+floor"
    r"|please[ \t]+(?:begin|proceed|go[ \t]+ahead))\b"
)
# A minister called Secretary: "Secretary of State Marco Rubio", "Secretary Ana Ruiz".
_CABINET_SECRETARY = re.compile(
    r"\bSecretary(?:[ \t]+of(?:[ \t]+[^\W\d_a-z][\w'’-]+){1,2}?)?[ \t]+(" + _FULL_NAME + r")"
)
# The witness an intro names by what the committee heard: "took evidence from X", "heard testimony from X".
# (not "Last month the committee took evidence from X. Today it hears from …": an earlier sitting's witness)
_EVIDENCE_FROM = re.compile(
    r"(?:^|(?<=[.!?\n])[ \t]*)(?:(?!\b(?i:last|earlier|previously|ago)\b)[^.!?\n])*?"
    r"\b(?:took|heard|takes|hears|received)[ \t]+(?:evidence|testimony)[ \t]+from[ \t]+(" + _FULL_NAME + r")"
)
# Words that make another office of a title: "Deputy Chair", "ACTING CHAIR"
_OFFICE_MODIFIERS = ("deputy", "vice", "acting", "under", "assistant", "permanent")
_ANOTHER_OFFICE = re.compile(r"\b(?i:" + "|".join(_OFFICE_MODIFIERS) + r"|co)[ \t-]$")


def _name_pieces(name: str) -> list[str]:
    """A name run split at full stops that end a sentence, not a title's or an initial's: "Resources. Sen. Harold
    Pike" → ["Resources", "Sen. Harold Pike"]; "Kadri Mägi. Testifying" → ["Kadri Mägi", "Testifying"]."""
    pieces: list[list[str]] = [[]]
    for w in name.split():
        pieces[-1].append(w)
        if w.endswith(".") and len(w) > 2 and w.lower() not in TITLE_WORDS and w.lower()[:-1] not in TITLE_WORDS:
            pieces[-1][-1] = w.rstrip(".")
            pieces.append([])
    return [" ".join(p) for p in pieces if p]


def _holder_by_deed(text: str, office: str, done: str) -> str | None:
    """Who did what an office does: "Sen. Harold Pike of Washington County chaired the hearing", or in the passive
    "The session was chaired by Kadri Mägi." (the name up to a sentence's full stop, on its side of the verb); not
    "Deputy Chair Jānis Ozols presided" for the chair."""
    found = re.finditer(r"(" + _FULL_NAME + r")" + _OF_PLACE + r"[ \t]+" + done + r"\b", text)
    plain = office.split()[0] not in _OFFICE_MODIFIERS
    active = next((m for m in found if not (plain and set(m.group(1).lower().split()) & set(_OFFICE_MODIFIERS))), None)
    chair = full_person_name(_name_pieces(active.group(1))[-1]) if active else None
    passive = None if chair else re.search(done + r"[ \t]+by[ \t]+(" + _FULL_NAME + r")", text)
    return chair or (full_person_name(_name_pieces(passive.group(1))[0]) if passive else None)


_FORMER = re.compile(r"\b(?i:former|ex-|previous|outgoing|late|retired|then)\s+(?:[a-z]+\s+)?$")
_NAME_APPOSED = re.compile(r",[ \t]+((?:[^\W\d_a-z][\w.'’-]*[ \t]+){1,4}[^\W\d_a-z][\w'’-]+),")
# (and for the chair, "The committee chair is Cllr Ingrid Haugland;")
_CHAIR_IS = re.compile(r"[ \t]+(?:is|was)[ \t]+((?:[^\W\d_a-z][\w.'’-]*[ \t]+){1,4}[^\W\d_a-z][\w'’-]+)[,;.]")


def _office_holder(text: str, office: str) -> str | None:
    """The person the article gives an office to: "Senator Ana Ruiz, chair of the subcommittee" or
    "Sen. Ana Ruiz (D-Mich.), Chair" or "Chair Ruiz" or "Ana Ruiz (Chair)", for a label that names only the office."""
    if not office or not all(w in TITLE_WORDS or w in _OFFICE_MODIFIERS for w in office.split()):  # ("deputy chair")
        return None
    done = _OFFICE_DONE.get(office)
    chair = _holder_by_deed(text, office, done) if done else None
    presiding = _PRESIDING.search(text) if office == "chair" and not chair else None
    chair = chair or (full_person_name((presiding.group(1) or presiding.group(2)).strip()) if presiding else None)
    if chair:
        return chair
    # ("CHAIR:" for the roster's "Magomed Dudurkaev (chairman)")
    words = [re.escape(w) + (r"(?:man|woman|person)?" if w == "chair" else "") for w in office.split()]
    for m in re.finditer(r"\b" + r"\s+".join(words) + r"\b", text, re.I):
        if m.start() > 0 and text[m.start() - 1] == " " and text[m.start() - 5 : m.start()].lower() == "the ":
            continue
        if _ANOTHER_OFFICE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "Deputy Chair Marko Ilić" holds another office than "CHAIR:"
        before = _NAME_BEFORE.search(text, max(0, m.start() - 120), m.start())
        # ("Chair Ruiz", "Chair: Ana Ruiz.", or in running text "committee clerk Annette Roy")
        running = text[m.end() : m.end() + 1] == " "  # (not past the end: "… had no chair")
        after = _NAME_AFTER.match(text, m.end()) if text[m.start()].isupper() or running else None
        label = m.start() == 0 or text[m.start() - 1] == "\n" or text[max(0, m.start() - 4) : m.start()] == "THE "
        if after is not None and label and text[m.end() : m.end() + 1] == ":" and not _roster_next(text, after.end()):
            after = None  # "CHAIR: Thank you, Ana Ruiz." is a turn, not a roster's "Chair: Ana Ruiz. Members: …"
        paren = (
            _NAME_PAREN.search(text, max(0, m.start() - 120), m.start())
            if re.match(r"(?:\s+of\s+the\s+\w+)?\)", text[m.end() : m.end() + 40])  # "(Chairman of the subcommittee)"
            else None
        )
        # ("The committee chair, Councillor Ilze Bērziņa, opened the session", "The committee chair is Cllr Ingrid
        # Haugland;": the name in apposition after it)
        # (not "The former committee chair, Councillor Peter Lund, spoke from the gallery")
        past = _FORMER.search(text, max(0, m.start() - 30), m.start()) is not None
        apposed = _NAME_APPOSED.match(text, m.end()) if not label and not past else None
        chair_is = not label and not past and office.startswith("chair")
        apposed = apposed or (_CHAIR_IS.match(text, m.end()) if chair_is else None)
        for found in (before, after, paren, apposed):
            if found is None:
                continue
            # a roster line, not the heading above it
            name = full_person_name(_title_case(found.group(1).split("\n")[-1]))
            if name:
                return name
    return None


def _roster_labelled(text: str, key: str) -> str | None:
    """The person a roster gives the label in brackets: "Presiding (CHAIR): Councillor Rosa Elena Menjívar de Castro.",
    "Witness (WITNESS): Ing. Tomás Girón Ayala, project director of …"."""
    m = re.search(r"\((?i:" + re.escape(key) + r")\)[ \t]*:[ \t]*([^,;:\n()]{3,90})", text)
    return full_person_name(_name_pieces(m.group(1))[0]) if m else None


def _role_noun_holder(text: str, noun: str) -> str | None:
    """The one person the article names with a role noun a label uses, outside the turns: "committee clerk Annette
    Roy" or "Annette Roy, the committee clerk" for "CLERK:"; None if it names nobody so, or two people."""
    noun_re = r"(?i:" + re.escape(noun) + r")"
    before = r"\b" + noun_re + r":?[ \t]+(" + _FULL_NAME + r")"  # ("Producer: Mina Fawzy.")
    after = r"(" + _FULL_NAME + r"),[ \t]+(?:the[ \t]+)?(?:[a-z-]+[ \t]+){0,2}" + noun_re + r"\b"
    bracket = r"(" + _FULL_NAME + r")[ \t]*\(" + noun_re + r"\)"  # "Committee secretary: Óscar Iván Berrío (CLERK)."
    # ("chaired by the bourgmestre, Claudine Weber-Kieffer", "The échevin responsible for mobility, Patrick Schmit,")
    apposed = r"\b(?i:the)[ \t]+" + noun_re + r"(?:[ \t]+[a-z-]+){0,4},[ \t]+(" + _FULL_NAME + r")"
    found = (
        [m.group(1) for m in re.finditer(bracket, text)]
        + [_name_pieces(m.group(1))[0] for m in re.finditer(apposed, text)]
        + [_name_pieces(m.group(1))[0] for m in re.finditer(before, text)]  # (not "Dalia Hosny. Callers")
        + [
            m.group(1)
            for m in re.finditer(after, text)
            if not re.search(r"\b(?:of|in|at|from|near)[ \t]+$", text[max(0, m.start() - 6) : m.start()])  # a place
        ]
    )
    names = {name for name in map(full_person_name, found) if name}
    return names.pop() if len(names) == 1 else None


def _role_holder(text: str, role: str) -> str | None:
    """ "My guest today is the economist Dana Ortiz" / "our host, Sam Lee" / "Presenter: Sam Lee." (a credits line, not
    a "HOST:" label): who a programme part is."""
    pattern = (
        # (the first of a roster's "Witnesses: Ms Lim Siew Peng, …; Encik …")
        # (or an intro's "The witnesses were hydrogeologist X and Y")
        r"(?i:\b" + re.escape(role) + r")(?:(?i:e?s)(?=[ \t]*:|[ \t]+were\b))?(?:[ \t]+(?i:today|tonight|this\s+week))?"
        r"(?:[ \t]+(?i:is|was|were)|,|(?<=[a-z]):)[ \t]+"
        # (a name, not "from Niamey. Go ahead": a full stop only after an initial)
        # (not "a woman from Kom Ombo": a place)
        r"(?:(?i:the|an?)[ \t]+)?(?:(?!(?:from|in|at|near|on|of)[ \t])[a-z-]+[ \t]+){0,2}"
        r"((?:" + _DOTTED_TITLE + r"[ \t]+)*(?:[^\W\d_a-z](?:\.|[\w'’-]*)[ \t]+){1,3}[^\W\d_a-z][\w'’-]+)"
    )
    done = _DONE_BY.get(role)
    if done:  # "moderated by KOAT anchor Dana Whitlock", "hosted by Sam Lee"
        pattern += (
            r"|(?:\b"  # (or a credits line opening with it: "Presented by Sibusiso Ndlovu")
            + done
            + r"|(?:^|(?<=\n))(?i:"
            + done
            + r"))[ \t]+by[ \t]+((?:[^\W\d_][\w'’.-]*[ \t]+){0,3}?[^\W\d_a-z][\w'’-]+[ \t]+[^\W\d_a-z][\w'’-]+)"
            # (or a sentence of its own: "Moderated by police media officer Rebecca Hollis."; not "Presented by Tomas
            # Varga, the ceremony ran for three hours")
            + r"|(?<=[.!?;][ \t])(?i:"
            + done
            + r")[ \t]+by[ \t]+((?:[^\W\d_][\w'’.-]*[ \t]+){0,3}?[^\W\d_a-z][\w'’-]+[ \t]+[^\W\d_a-z][\w'’-]+)(?=\.)"
        )
    if role in _PRESENTING:  # the title before the name, opening a sentence: "Presenter Gráinne Ní Fhátharta was
        # joined in studio by …" (not "a tribute to presenter Maeve Walsh, who died last week")
        opening = r"(?:^|(?<=[.!?][ \t])|(?<=\n))" + role.capitalize()
        pattern = opening + r"[ \t]+(" + _PARTICLED_NAME_3 + r")|" + pattern
    found = _first_full_person(
        next(filter(None, m.groups()), "") for m in re.finditer(pattern, text) if not _said_in_a_turn(text, m)
    )
    titled = _SHOW_WITH.match(text) if found is None and role in _PRESENTING else None
    # (a label of their own says the show is with its guest: "… with Maria Gonzalez" and then "GONZALEZ:")
    guest = titled is not None and any(
        re.search(r"(?m)^[ \t]*" + re.escape(w.upper()) + r"[ \t]*:", text) for w in titled.group(1).split()
    )
    return _first_full_person([titled.group(1)]) if titled and not guest else found


def _said_in_a_turn(text: str, m: re.Match[str]) -> bool:
    """A sentence of a labelled turn ("CANDIDATE: … in 2018. Moderated by Jim Carver. …"), not the intro's."""
    line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
    label = _LABEL.match(line)  # (in capitals: not a roster's "Speakers: …; Moderated by X.")
    sentence = text[max(0, m.start() - 2) : m.start()] in (". ", "! ", "? ", "; ")
    return sentence and label is not None and label.group("label").isupper()


_PARTICLED_NAME_3 = _particled_name(3)  # ("Presenter Rannvá við Stein;")
# A programme titled after its presenter on the first line: "Talk Back with Kendrick Ramlogan — transcript" (not "An
# interview with …", "In conversation with …": the guest)
_SHOW_WITH = re.compile(
    r"[ \t]*(?![^\n]*\b(?i:interview|conversation|chat|talks|meeting|q&a)\b)"
    r"(?:(?!\b(?:hosts|meets|joins|welcomes)\b)[^\n]){2,60}?[ \t]with[ \t]+"  # (not "Ruto hosts breakfast with …")
    r"((?:[^\W\d_a-z][\w'’-]+[ \t]+){1,2}[^\W\d_a-z][\w'’-]+)[ \t]*(?:[—–:-]|\n|$)"
)
# One programme part under its several names: the person who presents it.
_PRESENTING = frozenset({"host", "presenter", "anchor"})
# The participle that gives a programme part its holder: "a debate moderated by Dana Ortiz".
_DONE_BY = {
    "moderator": "moderated",
    "host": "(?:hosted|presented)",
    "co-host": "co-hosted",
    "presenter": "(?:presented|hosted)",
    "anchor": "(?:anchored|presented)",
    "interviewer": "(?:interviewed|conducted)",
    "narrator": "narrated",
}


# A presenter naming themself at the start of their turn: "Good evening, I'm Claire Beaumont."
_MY_NAME = r"[Mm]y\s+(?:real\s+|full\s+)?name\s+is"
_INTRODUCING = r"\b(?:I['’]m|I\s+am|" + _MY_NAME + r"|[Ii]t['’]s|[Ii]t\s+is|[Tt]his\s+is)\s+"
_TWO_OR_THREE_NAMES = r"((?:[^\W\d_a-z][\w'’-]+[ \t]+){1,2}[^\W\d_a-z][\w'’-]+)"
_SELF_INTRO = re.compile(_INTRODUCING + _TWO_OR_THREE_NAMES)


_DAY_OR_MONTH = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August"
    r"|September|October|November|December)\b"
)
_MY_NAME_IS = re.compile(r"\b" + _MY_NAME + r"\s+" + _TWO_OR_THREE_NAMES)
_SELF_INTRO_GIVEN = re.compile(
    _INTRODUCING + r"([^\W\d_a-z][\w'’-]+)(?:,?[ \t]+(?:from|in|calling[ \t]+from)[ \t]+[^\W\d_a-z]|[ \t]+here\b)"
)
# "This is Hamdi, and I keep a felucca" (not "it is Ramadan, and I cannot …")
_THIS_IS_AND_I = re.compile(
    r"\b(?:[Tt]his\s+is|[Mm]y\s+name\s+is)\s+([^\W\d_a-z][\w'’-]+),?[ \t]+and[ \t]+I[ \t]+[a-z]"
)
# The host putting a caller through: "Peter is calling us from Kitengela. Good morning, Peter."
_CALLER_INTRO = re.compile(
    r"\b(?!(?:You|We|They|He|She|I)(?:['’][a-z]+)?[ \t])"  # (not "You're on the line from Kisumu")
    r"([^\W\d_a-z][\w'’-]+(?:[ \t]+[^\W\d_a-z][\w'’-]+)?)[ \t]+(?:is[ \t]+)?(?:calling|on[ \t]+the[ \t]+line|"
    # ("Wade Kesler is in Jerome")
    r"joins[ \t]+us|is[ \t]+joining[ \t]+us|is[ \t]+(?:in|from|out[ \t]+in)[ \t]+(?=[^\W\d_a-z]))\b"
    # ("Kapitan Edgardo Salonga, good morning, sir.")
    r"|\b([^\W\d_a-z][\w'’-]+[ \t]+[^\W\d_a-z][\w'’-]+),[ \t]+good[ \t]+(?:morning|afternoon|evening)\b"
)


# "Our first caller is Kasiano, from Kolonia. Go ahead, Kasiano" / "one more call, from Emilio on Kapinga. Emilio,
# can you hear us?": named as the caller, then spoken to (so "Another caller, from Niamey. Go ahead" names no one).
# ("Next on the line is Mrs. Hoa, who has run a stall …": then greeted by name, "Good evening, Mrs. Hoa.")
_CALLER_NAMED = re.compile(
    r"\b(?:call(?:er)?(?:[ \t]+is|,)?|on[ \t]+the[ \t]+line[ \t]+is)[ \t]+(?:from[ \t]+)?"
    r"([^\W\d_a-z][\w'’-]+(?:[ \t]+[^\W\d_a-z][\w'’-]+)?)"
)


# The host taking a new call: the "CALLER:" after it is not the caller before.
_NEW_CALL = re.compile(
    r"(?i:\b(?:another|next|new|one[ \t]+more|last)[ \t]+call(?:er)?\b"
    r"|\b(?:someone|somebody|a[ \t]+(?:caller|listener)|another[ \t]+listener)[ \t]+on[ \t]+the[ \t]+line\b"
    # ("Next up is a caller from Twin Falls")
    r"|\b(?:next[ \t]+up|up[ \t]+next)\b|\ba[ \t]+caller[ \t]+(?:from|in|who)\b)"
)
# The host greeting a caller by name: "Lisa, go ahead." / "Go ahead, Lisa." / "Good morning, Peter." / "Good evening,
# Mrs. Hoa."
_GREETED = re.compile(
    # ("Lek from Mae Chan, you're on the air.")
    # ("Anh Tùng, you are brave to call today.", "Ông Bảy, welcome back.": a term of address before the name)
    r"(?:^|[.!?][ \t]+)(?:(?:Anh|Chị|Ông|Bà|Cô|Chú|Bác|Khun|Ato|Mzee|Mama|Baba|Uncle|Auntie)[ \t]+)?"
    r"([^\W\d_a-z][\w'’-]+)(?:[ \t]+(?:from|in)(?:[ \t]+[^\W\d_a-z][\w'’-]+){1,2})?,[ \t]+"
    r"(?i:good[ \t]+(?:morning|afternoon|evening),[ \t]+)?"  # ("Hùng, good morning, you are on the air.")
    r"(?i:go[ \t]+ahead|you(?:['’]re|[ \t]+are)[ \t]+(?:on|brave|welcome)|welcome)\b"
    r"|(?i:go[ \t]+ahead|welcome|good[ \t]+(?:morning|afternoon|evening)),[ \t]+(?:(?:Mr|Mrs|Ms|Miss)\.?[ \t]+)?"
    r"([^\W\d_a-z][\w'’-]+)[.!?,]"
)


# A caller who will not say who they are, at the start of the turn (after its label).
_ANONYMOUS = re.compile(
    r"[^:\n]{1,60}:[ \t]*(?:[^.!?\n]{1,25}[.!?,][ \t]+){0,3}"  # (after "Hello." or "Mon,", "Hello? Am I on?")
    r"(?:I(?:['’]d|[ \t]+would)[ \t]+rather[ \t]+not"
    r"|I[ \t]+(?:do[ \t]*n['’o]t|won['’]t|will[ \t]+not)(?:[ \t]+want[ \t]+to)?)"
    r"[ \t]+(?:give|say|use)[ \t]+my[ \t]+name(?![ \t]+to\b)",  # (not "I won't give my name to another survey")
    re.I,
)


_CALLER_LINE = re.compile(r"[ \t]*caller\b", re.I)


def _on_caller_line(text: str, at: int) -> bool:
    """Whether `at` is in a "CALLER:" turn."""
    return _CALLER_LINE.match(text, text.rfind("\n", 0, at) + 1) is not None


def _caller_put_through(text: str, at: int) -> str | None:
    """The caller the host names in the lines just before the turn."""
    if at < 0:
        return None
    # (the host's words: not a caller's own "Mon Santos, good morning" to the host)
    found = [m for m in _CALLER_INTRO.finditer(text, max(0, at - 300), at) if not _on_caller_line(text, m.start())]
    found += [
        m
        for m in _CALLER_NAMED.finditer(text, max(0, at - 300), at)
        if re.search(r"(?:[.!?,][ \t]+)" + re.escape(m.group(1)) + r"[,.!?]", text[m.end() : at])
    ]
    last = max(found, key=lambda m: m.end(), default=None)
    if last is None:
        return _put_on_air(text, at)
    if _NEW_CALL.search(text, last.end(), at):  # a new call taken after it: someone else
        return None
    name = last.group(1) or last.group(2)
    greeted = [
        g[1] or g[2]
        for g in _GREETED.finditer(text, last.end(), at)
        if not _on_caller_line(text, g.start())  # (the host's greeting, not the caller's "Good morning, Mon.")
    ]
    if greeted and greeted[-1] != name:  # "Thank you, Kasiano. Now, Lisa has been waiting. Lisa, go ahead."
        name = greeted[-1]
    return name if parse_speaker_phrase(name).ref == "name" else None


def _put_on_air(text: str, at: int) -> str | None:
    """ "PRODUCER: Hany, Hamdi is back on line two. Go ahead, Hamdi, you are on.": the caller the turn just before
    puts on air by name (only "go ahead" or "you're on"; "Good evening, Aswan" greets a town)."""
    this_turn = text.rfind("\n\n", 0, at)
    if this_turn <= 0:
        return None  # (turns not set apart by blank lines: no "turn just before" to read)
    start = max(text.rfind("\n\n", 0, this_turn), 0, this_turn - 400)
    names = [
        g[1] or g[2]
        for g in _GREETED.finditer(text, start, at)
        if re.search(r"(?i)go[ \t]+ahead|you(?:['’]re|[ \t]+are)[ \t]+(?:on|brave)|,[ \t]+welcome\b", g.group(0))
        and not _on_caller_line(text, g.start())
        and not _NEW_CALL.search(text, g.end(), at)
    ]
    if not names or parse_speaker_phrase(names[-1]).ref != "name":
        return None
    # a name the text uses again, never as a place: not "Rugby, you're on Open Line." (callers named by their town,
    # "the clinic in Rugby")
    place = re.search(r"\b(?:in|from|of|near|at)[ \t]+" + re.escape(names[-1]) + r"\b", text)
    again = len(re.findall(r"\b" + re.escape(names[-1]) + r"\b", text)) >= 2
    return names[-1] if again and not place else None


def _labelled(text: str, name: str) -> bool:
    """Whether the transcript has turns labelled with the name's surname ("MMOLAI:", "Oreeditse Mmolai:")."""
    surname = re.escape(name.split()[-1])
    label = r"(?im)^[ \t]*(?:[^\W\d_][\w.'’-]*[ \t]+){0,3}" + surname + r"[ \t]*(?:\([^)\n]*\)[ \t]*)?:"
    return re.search(label, text) is not None


# A caller who gives a full name as a sentence of its own at the start of a turn: "Oh, sorry. Brenda. Brenda
# Kjelstad." / "Morning. Rolf Engebretson, out west of Towner."
# A caller's full name, two or three words, the last maybe with an Arabic article ("Abdel-Rahman el-Sayed").
_CALLER_FULL_NAME = r"((?:[^\W\d_a-z][\w'’-]+[ \t]+){1,2}(?:(?:el|al|ad|as|ash)-)?[^\W\d_a-z][\w'’-]+)"
_BARE_INTRO = re.compile(
    r"[ \t]*(?:[^.!?\n]{1,45}[.!?][ \t]+){0,3}"
    + _CALLER_FULL_NAME
    + r"(?:\.|,[ \t]+(?:from|in|out|up|down|over|calling|here)\b"
    # ("Yohane Mvula from Limbe.", a sentence of its own; not "Victor Phiri from ZESCO is with us")
    + r"|[ \t]+(?:from|calling[ \t]+from)[ \t]+[^\W\d_a-z][\w'’-]*(?:[ \t]+[^\W\d_a-z][\w'’-]*){0,2}"
    + r"(?:,[ \t]+[^\W\d_a-z][\w'’-]*(?:[ \t]+[^\W\d_a-z][\w'’-]*)?)?[.!])"
)
# A caller who opens the turn on a full name and goes on: "Abdel-Rahman el-Sayed, I teach at the secondary school"
_NAME_THEN_I = re.compile(r"[ \t]*" + _CALLER_FULL_NAME + r",[ \t]+I[ \t]+[a-z]")


_NEXT_LABEL = re.compile(r"\n(?=[^\W\d_a-z][^\W\d_a-z .'’-]{0,40}:\s)")


def _self_introduced(text: str, at: int, caller: bool = False) -> str | None:
    end = text.find("\n\n", at) if at >= 0 else -1  # (the turn's own words, not the caller's "this is Grace …" after)
    label = _NEXT_LABEL.search(text, at + 1) if at >= 0 else None  # (a transcript printed one turn per line)
    end = label.start() if label and (end < 0 or label.start() < end) else end
    stop = min(at + 160, end if end > 0 else len(text))
    # (not words the turn quotes: 'an officer … said, "My name is Joseph Phiri, and I am closing you down."')
    turn = _QUOTED.sub(lambda q: " " * len(q.group(0)), text[:end] if end > 0 else text)
    m = _SELF_INTRO.search(turn, at, stop) if at >= 0 else None
    name = full_person_name(m.group(1)) if m else None
    if name and _DAY_OR_MONTH.search(name) and re.match(r"(?i:it|this)\b", m.group(0)):
        name = None  # "it's Carnival Tuesday and you're on Talk Back": a day, not the host ("I'm Esther Sunday" is)
    # ("… to wash my stock. My name is Bertha Chirwa, and I want …": anywhere in the turn; also after "it is Mama
    # Kemunto", a name that is none)
    m = _MY_NAME_IS.search(turn, at) if at >= 0 and name is None else None
    name = full_person_name(m.group(1)) if m else name
    colon = text.find(":", at, stop) if caller and at >= 0 and name is None else -1
    bare = (
        (_BARE_INTRO.match(text, colon + 1, stop) or _NAME_THEN_I.match(text, colon + 1, stop)) if colon >= 0 else None
    )
    name = full_person_name(bare.group(1)) if bare else name
    found = at >= 0 and name is None
    given = (_SELF_INTRO_GIVEN.search(text, at, stop) or _THIS_IS_AND_I.search(text, at, stop)) if found else None
    if given and not is_common_word(given.group(1)) and parse_speaker_phrase(given.group(1)).ref == "name":
        name = given.group(1)  # "It is Doina, from Bălți.": a caller who gives only her given name
    # "This is Open Line" where the intro prints the programme's title in quotation marks, or the text opens with it
    # ("Open Line: Custer County wind moratorium"): no one's name
    titled = name is not None and (
        re.search(r"[“\"‘']" + re.escape(name) + r"[”\"’']", text) is not None
        or re.match(r"\s*" + re.escape(name) + r"\b", text) is not None
    )
    return None if titled else name


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def _introduced_next(text: str, at: int) -> str | None:
    """ "CALLER: Hi there, Gary." / "HOST: Who am I talking to?" / "CALLER: Oh, sorry. Brenda Kjelstad.": a caller
    who gives the name in their next turn, one turn of the host's later."""
    label = re.match(r"[^:\n]{1,40}:", text[at : at + 42]) if at >= 0 else None
    breaks = list(itertools.islice(_PARAGRAPH_BREAK.finditer(text, at), 2)) if label else []
    if len(breaks) < 2 or not text.startswith(label.group(0), breaks[1].end()):
        return None
    if _NEW_CALL.search(text, breaks[0].end(), breaks[1].end()):
        return None  # "Who else is on the line? Next caller, go ahead."
    return _self_introduced(text, breaks[1].end(), caller=True)


def _used_as_name(text: str, word: str, at: int = -1) -> bool:
    """A one-word label is a surname only if the article also has it, or a variant spelling of it
    ("KOWALCZIK:" after "Ines Kowalczyk"), after another capitalised word ("OKAFOR:" after "Miriam Okafor")."""
    pattern = r"\b([^\W\d_][\w.'’-]*)[ \t]+(?=([^\W\d_][\w'’-]*)\b)"  # overlapping pairs
    # a caller's given name the host or a guest says to them: "Good morning, Fathima." / "Thank you, Nimal."
    # (or called on air: "Our next caller is Thomas Kuriakose — Kunjumon to everyone. Kunjumon?")
    spoken_to = re.compile(r",[ \t]+" + re.escape(word) + r"[.!?,]|[.!?][ \t]+" + re.escape(word) + r"\?")
    if spoken_to.search(text):
        return True
    # or opening a sentence or a turn, or put through by the host: "Let's go to the phones. Yelitza, from Cabudare,
    # good morning." / "HOST: Dušan, calling from Vršac." / "Let's go to Martin, who …" / "Alan in Maiden Newton, …"
    opening = re.compile(r"(?:[.!?:]|\bto)[ \t]+" + re.escape(word) + r"(?:,|[ \t]+(?:in|from)[ \t]+[^\W\d_a-z])")
    if not is_common_word(word) and opening.search(text):
        return True
    # or the caller's own full name in the turn: "LUKE: Yes sir, Luke O’Bryan, I drive a forklift"
    turn = text[at + len(word) + 1 : at + 140] if at >= 0 else ""
    own = re.search(re.escape(word) + r"[ \t]+[^\W\d_a-z][\w'’-]+", turn) if turn else None
    if own and full_person_name(own.group(0)):
        return True
    return any(
        (m.group(1)[0].isupper() or m.group(1) in PARTICLES)  # (or "oğlu Qasımov", "bin Hashim")
        and m.group(2)[0].isupper()
        and m.group(1).lower() not in ("the", "a", "an")
        and (token_match(word, m.group(2)) > 0 or _given_name_of(word, m.group(1), m.group(2)))
        for m in re.finditer(pattern, text)
        if not at <= m.start() <= at + 140  # not the label itself ("MEMBERS PRESENT:")
    )


def _first_full_person(phrases: Iterable[str]) -> str | None:
    """The first of the phrases that is a person's full name (see `full_person_name`)."""
    return next((name for phrase in phrases if (name := full_person_name(phrase))), None)


def _holder_in_brackets(parens: list[str]) -> str | None:
    return _first_full_person(_title_case(p) for p in parens)


def _chair_holder(text: str, office: list[str]) -> str | None:
    """Who holds an office the record names in brackets: "[MR SPEAKER (Mr Ong Boon Teck) in the Chair]",
    "Deputy Speaker (Ms Jo Hart)"."""
    office_re = r"(?i:\b" + r"\s+".join(map(re.escape, office)) + r")"
    pattern = office_re + r"\s*\(([^()]{3,60})\)"
    # "(Madam Speaker, the Hon. Carmeta Pinder-Sands, in the Chair)"
    chair = office_re + r",\s*(?:the\s+)?([^(),]{3,60}),\s*in\s+the\s+[Cc]hair"
    found = [m.group(1).strip() for m in re.finditer(pattern, text)]
    return _first_full_person([*found, *(m.group(1).strip() for m in re.finditer(chair, text))])


def _given_name_of(word: str, first: str, last: str) -> bool:
    """ "KOJO:" in a programme that prints "Kojo Mensah-Bonsu": a presenter's first name as the label."""
    return first.lower() == word.lower() and parse_speaker_phrase(f"{first} {last}").kind == "person"


def _surname_in_full(text: str, name: str) -> str:
    """The one full name the article prints ending in a family name ("Ziani" → "Hafsa Ziani"), else the name."""
    if " " in name:
        return name
    found = {
        f"{m.group(1)} {name}"
        for m in re.finditer(r"\b([^\W\d_a-z][\w'’-]+)[ \t]+" + re.escape(name) + r"\b", text)
        if parse_speaker_phrase(f"{m.group(1)} {name}").kind == "person" and m.group(1).lower() not in TITLE_WORDS
    }
    return found.pop() if len(found) == 1 else name


def _named_in_intro(text: str, word: str) -> str | None:
    """Of two people the text names in full with `word` first or last, the one the lines before the first turn name
    ("Tanaka Hiroshi" on the podium for "TANAKA:", not the reporter "Tanaka Mariko" who asks later), else None (one
    person alone is left to clustering, which keeps the label as a form of the name)."""
    first = _LABEL_LINE.search(text)
    w = re.escape(word)
    full = re.compile(rf"(?<![\w'’-])(?:{w}(?:[ \t]+{_CAP_WORD}){{1,2}}|(?:{_CAP_WORD}[ \t]+){{1,2}}{w})(?![\w'’-])")

    def people(part: str) -> set[str]:
        refs = (parse_speaker_phrase(m.group(0)) for m in full.finditer(part))
        return {r.name for r in refs if r.ref == "name" and r.name and r.kind == "person"}

    intro = people(text[: first.start()]) if first else set()
    named = intro.pop() if len(intro) == 1 else None
    if named is None:
        return None
    # (another person, not the same one by another form: "Wes Tallmadge" and "Wesley Tallmadge")
    given = next((w for w in named.split() if not token_match(w, word)), "")
    others = [
        n
        for n in people(text)
        if not name_similarity(n, named, "person") and not (given.startswith(n.split()[0]) or n.startswith(given))
    ]
    return named if given and others else None


def _printed_in_full(text: str, name: str) -> str:
    """The one longer name the article prints that starts with a two-word label's words ("Nana Ama" → "Nana Ama
    Dankwah" from "Presenters: Nana Ama Dankwah, …"), else the label's own. A one-word label is left to clustering:
    it may be a surname ("HOVELL" is not "Hovell Haulage")."""
    if " " not in name:
        return name
    found = {
        f"{name} {m.group(1)}"
        for m in re.finditer(r"\b" + re.escape(name) + r"[ \t]+([^\W\d_a-z][\w'’-]+)", text)
        if parse_speaker_phrase(f"{name} {m.group(1)}").kind == "person"
    }
    return found.pop() if len(found) == 1 else name


def _headline_case(spoken: str) -> bool:
    """ "Cyclone Rahim Makes Landfall in Bangladesh": a title after a programme's name, not speech."""
    first = _first_sentence(spoken)
    words = [w for w in first.split() if len(w) > 3 and w[0].isalpha()]
    capitalised = len(words) >= 5 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
    # title case capitalises its verbs: "First on the list is Dale Haskell of Jonesport." is a sentence
    return capitalised and not _LOWER_CASE_VERB.search(first)


def _first_sentence(spoken: str) -> str:
    """To the sentence's end (not "S.A.")."""
    return re.split(r"(?<!\b[A-Z])[.;!?]", spoken, maxsplit=1)[0]


def _speaks_on(text: str, label: str, spoken: str) -> bool:
    """A title-case opening that is speech all the same: the label speaks again and the turn goes on in the first
    person ("AIPERI: Welcome back to Silk Road Ledger. I’m Aiperi Sadykova, and …"; not a masthead's "KBC NEWSROOM:
    …; World War I Memorial Damaged", printed once)."""
    first = _first_sentence(spoken)
    rest = _QUOTED.sub(" ", spoken[len(first) :])
    person = _FIRST_PERSON.search(rest) or re.search(r"(?:^|[.!?][ \t]+)(?:We|Our)\b", rest)
    return bool(person) and len(re.findall(r"(?m)^[ \t]*" + re.escape(label) + r"[ \t]*:", text)) >= 2


_LOWER_CASE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must)\b")


def _interviewer(text: str, before: int, asked: bool = False) -> str | None:
    """The interviewer from a byline or intro ahead of the first question ("Interview by Jan Ruiz", "… spoke
    with Jan Ruiz", "Jan Ruiz met her at …", a witness "under questioning by prosecutor Jan Ruiz").
    `asked`: only words that say they asked (not a bare "By Jan Ruiz", which may be the reporter's byline)."""
    met = [m for m in _MET_NAMED.finditer(text, 0, before) if _named_before(text, m["other"], m.start())]
    spoken_to = {m.start("other") for m in met}  # "Ola Strand spoke to Hanne Vik": she is not the interviewer
    found = [
        *(m for m in _BYLINE.finditer(text, 0, before) if not asked or m.group("asked").lower() != "by"),
        *(m for m in _SPOKE_WITH.finditer(text, 0, before) if m.start("name") not in spoken_to),
        *_MET_THEM.finditer(text, 0, before),
        *_CONDUCTED_BY.finditer(text, 0, before),
        # the last of them: the intro's "X spoke to Hiwot" comes after anyone else who met her
        *reversed(met),
    ]
    return _first_full_person(m.group("name").strip() for m in [*found, *_EXAMINED_BY.finditer(text, 0, before)])


def _named_before(text: str, other: str, before: int) -> bool:
    """Is `other` ("Hiwot", "Ms Berhane") a form of a person's name printed before `before` ("Hiwet Berhane, 46,")?"""
    words = [w for w in other.split() if w.lower().rstrip(".") not in _HONORIFICS]
    names = re.finditer(r"\b([^\W\d_a-z][\w’'-]+)\s+([^\W\d_a-z][\w’'-]+)", text[:before])
    return bool(words) and any(
        parse_speaker_phrase(m.group(0)).kind == "person" and any(token_match(w, n) >= 80 for n in m.groups())
        for m in names
        for w in words
    )


def _record_label(text: str, s: int, e: int) -> re.Match | None:
    m = _RECORD_LABEL.match(text, s, e)
    if m is None:
        return None
    words = m.group("label").split()
    first = words[0].lower()
    if first == "the" and not words[1].isupper() and words[1].lower() not in TITLE_WORDS:
        return None  # "The Verdict. …": a review's run-in heading; "The Chairman." / "The CLERK." are offices
    return m if first in ("the", "a", "voice", "voices") or first in TITLE_WORDS or first + "." in TITLE_WORDS else None


def _read_turn(text: str, s: int, e: int, labels: _Labels) -> Turn | None:
    dot = _QA_DOT.match(text, s, e)
    if dot:  # "Q. Why close now?" / "A. The rent tripled." / the White House's "Q Mr. President, …"
        label = "label" if dot.group("label") else "q"
        return Turn((dot.start(label), dot.end(label)), dot.end(), e, None, "unknown", dot.group(label))
    m = _LABEL.match(text, s, e)
    record = None if m else _record_label(text, s, e)
    m = m or record
    if not m:
        return None
    label = m.group("label").strip()
    spoken = text[m.end() : e]
    qa = _QA.get(" ".join(_PAREN.sub(" ", label).split()).lower())
    if qa:  # "Answer (Luis Enrique):" names who answers; "Q (Kevin Ah-Chuen, Le Quotidien):" who asks
        parens = [p.split(",")[0].strip() for p in _PAREN.findall(label)]
        named = [
            r for r in map(parse_speaker_phrase, parens) if r.ref == "name" and r.name and r.kind != "organization"
        ]
        who, kind = (named[0].name, "person") if named else (None, "unknown")
        return Turn((m.start("label"), m.end("label")), m.end(), e, who, kind, qa, runs_on=True, credited=bool(parens))
    # a roster line: "Chair: Councillor Mag. Ingrid Pölzl-Wendt. Members: …", "Chair: Mr. X (Lib.)" (a name and a party;
    # not the Speaker calling "Mr Gerald Koh.")
    roster = _PAREN.search(spoken) and full_person_name(_PAREN.sub(" ", spoken).strip(" .\n"))
    if not label.isupper() and (_roster_next(spoken, 0) or roster):
        return None
    calls = re.match(r"(?:The\s+)?(?:Right\s+)?(?:Hon\.?|Honourable|Minister|Member)\b", spoken)  # the Speaker calls
    resumed = re.match(r"[—–][ \t]*[a-z]", spoken) is not None  # "BARRIOS: — and June, and May, and April."
    if not (spoken[:1].isupper() or resumed or spoken[:1] in "‘“\"'") or (
        _headline_case(spoken) and not calls and not _speaks_on(text, label, spoken)
    ):
        return None
    read = labels.read(label, s) if _SPEECH_END.search(spoken) else None
    if read is None:
        return None
    # a labelled turn is one quote however many paragraphs it runs to (the hearing's chair opening it), but a played
    # clip in quotation marks ends with its closing mark ("MBEWE (recording): “…”")
    clip = re.fullmatch(r"\s*[\"“][^\"“”]+[\"”]\s*", spoken) is not None
    word = label_brackets(label)[1].strip()
    fuller = read[0] is not None and " " in read[0] and " " not in word
    printed = next((w for w in (read[0] or "").split() if token_match(w, word)), None) if fuller else None
    return Turn((m.start("label"), m.end("label")), m.end(), e, *read, runs_on=not clip, clip=clip, printed=printed)


def _continue_turns(
    text: str, paragraphs: list[tuple[int, int]], turns: list[Turn | None], stops: set[int] = frozenset()
) -> None:
    """A turn that runs on over unlabelled paragraphs: each is the same speaker's, until a label,
    a stage direction ("(BEGIN VIDEOTAPE)"), or prose again: quotation marks or a speech verb
    ("Separately, the minister told reporters that …")."""
    last: Turn | None = None
    for i, (s, e) in enumerate(paragraphs):
        if turns[i] is not None or i in stops:
            last = turns[i] if turns[i] is None or not turns[i].clip else None  # (a dropped question ends the run too)
            continue
        body = text[s:e]
        if not re.search(r"[a-z]", body):
            last = None  # "END 2:31 P.M. EDT": a stage line in capitals
            continue
        label = _LABEL.match(text, s, e)
        heading = label is not None and _is_label_text(_PAREN.sub(" ", label.group("label")))
        # (quotation marks are the writer's, unless the words around them speak in the first person: 'My husband says,
        # "…" I tell him, "…"' carries on a caller's turn)
        speech = _FIRST_PERSON.search(_QUOTED.sub(" ", body)) and not _WRITER_WE.match(body)
        quoting = _QUOTE_MARKS.search(body) and not speech
        prose = heading or quoting or _REPORTED.search(body) or _EDITORIAL.search(body)
        prose = prose or _PROCEDURAL.match(body)
        # a paragraph naming the speaker ("Kapoor's company has since …") is about them, not by them
        prose = prose or bool(last and last.name and re.search(r"\b" + re.escape(last.name.split()[-1]) + r"\b", body))
        if last is None or prose or _STAGE.match(body) or not _SPEECH_END.search(body):
            last = None
            continue
        if last.runs_on:
            last.end = e
            turns[i] = Turn((s, s), s, e, last.name, last.kind, joined=True)
            continue
        turns[i] = last = Turn((s, s), s, e, last.name, last.kind, last.qa, continued=True)


# A speaker's name alone on a line above the turn, as earnings-call and interview transcripts print it:
# "Jane Doe", "Jane Doe -- Chief Executive Officer", "Jane Doe, CFO", "Jane Doe - Analyst, Acme",
# "Jane Doe | Acme", "JANE DOE:", "**Jane Doe**", "Operator". The role after the dash or comma is dropped.
_HEADER_LINE = re.compile(
    r"[ \t]*[*_]{0,2}(?P<label>[^\n:*_,|—–]{1,80}?)(?:[ \t]*(?:--|[—–|,]|[ \t]-[ \t])[^\n:]{0,100}?)?[*_]{0,2}"
    r"[ \t]*:?[*_]{0,2}[ \t]*$"
)


def _header(text: str, s: int, e: int, labels: _Labels) -> Turn | None:
    """A paragraph that is only a speaker's name (and role, on the same line or the next): the label of the turn
    below it. Its own spoken span is empty; ``_header_turns`` gives the turn the paragraphs below."""
    lines = text[s:e].split("\n")
    first_end = s + len(lines[0])
    if len(lines) > 2 or len(lines) == 2 and not _role_line(lines[1]):
        return None  # "Jane Doe\nChief Executive Officer": a role line under the name
    m = _HEADER_LINE.fullmatch(text, s, first_end)
    if m is None or re.search(r"[.!?][’”\"')]?[ \t]*$", lines[0]) and not _initial(text, first_end):
        return None
    label = " ".join(m.group("label").split())
    head = _PAREN.sub(" ", label).strip()
    if not head or len(head.split()) > 6:
        return None
    # "Voices from the community", "About Kwanza Hidro": a release's sub-heading, not a speaker's name line
    plain = [w for w in head.split()[1:] if w.islower() and w not in PARTICLES | ORG_CONNECTORS | {"the"}]
    if plain or head.split()[0] in ("About", "ABOUT"):
        return None
    read = labels.read(label, s)
    if read is None:
        return None
    name, kind = read
    # "The Road Ahead" (a sub-heading) reads as an office nobody holds; only a voice or a part is unnamed
    if name is None and not (_UNNAMED.match(head) or _role_key(head) in _ROLE_LABELS):
        return None
    return Turn((m.start("label"), m.end("label")), e, e, name, kind)


def _role_line(line: str) -> bool:
    """ "Chief Executive Officer", "Analyst, Morgan Stanley": a short line under a name, not speech."""
    words = line.split()
    return 0 < len(words) <= 10 and line.strip()[0].isupper() and not re.search(r"[.!?:\"“”]\s*$|[\"“”]", line)


def _initial(text: str, e: int) -> bool:
    """ "Jane Doe Jr." / "J. Doe": a label may end in an abbreviation's full stop."""
    return re.search(r"(?:\b[A-Z]|\bJr|\bSr|\bInc|\bCo)\.[ \t]*$", text[:e]) is not None


def _is_speech(body: str) -> bool:
    return bool(body[:1].isupper() or body[:1] in "‘“\"'") and _SPEECH_END.search(body) is not None


def _find_headers(text: str, paragraphs: list[tuple[int, int]], labels: _Labels) -> dict[int, tuple[Turn, int]]:
    """Header paragraphs: index -> (its label turn, index of the first paragraph it speaks). A role line may stand
    between the name and the speech as a paragraph of its own."""
    bodies = [text[s:e] for s, e in paragraphs]
    heads: dict[int, tuple[Turn, int]] = {}
    for i, (s, e) in enumerate(paragraphs):
        name_line, _, rest = bodies[i].partition("\n")
        if DATELINE.match(rest):
            continue  # "07:41 — Equinox Wire\nQUITO (EQW) — …": a live blog's agency copy, not a speaker's turn
        if rest and _is_speech(rest.strip()) and not _role_line(rest):  # "Jo Lee  1:23\nThanks for having me."
            head = _header(text, s, s + len(name_line), labels)
            if head is not None:
                heads[i] = (Turn(head.label, s + len(name_line) + 1, e, head.name, head.kind), i)
            continue
        k = i + 1
        if k == len(paragraphs):
            break
        if not _is_speech(bodies[k]) and k + 1 < len(paragraphs) and _role_line(bodies[k]) and "\n" not in bodies[k]:
            k += 1
        if _is_speech(bodies[k]):
            head = _header(text, s, e, labels)
            if head is not None:
                heads[i] = (head, k)
    return heads


def _header_turns(text: str, paragraphs: list[tuple[int, int]], labels: _Labels) -> list[Turn | None] | None:
    """Turns under name lines ("Jane Doe -- CEO" above her answer): each header's turn is one quote that runs
    over the paragraphs below it up to the next header, a stage direction or an editor's note. Believed when
    at least two headers stand above speech and one voice comes back (a transcript alternates; sub-headings in
    a feature do not repeat), or an unnamed voice such as "Operator" is among them."""
    heads = _find_headers(text, paragraphs, labels)
    names = [t.name for t, _ in heads.values() if t.name]
    if len(heads) < 2 or not (len(set(names)) < len(names) or len(names) < len(heads)):
        return None
    turns: list[Turn | None] = [None] * len(paragraphs)
    current: Turn | None = None
    speaks: dict[int, Turn] = {k: t for t, k in heads.values()}
    for i, (s, e) in enumerate(paragraphs):
        body = text[s:e]
        if i in heads:
            # a name line over its own speech in one paragraph starts the turn; else the turn is below
            turns[i], current = heads[i][0], heads[i][0] if heads[i][1] == i else None
        elif i in speaks:
            h = speaks[i]
            turns[i] = current = Turn(h.label, s, e, h.name, h.kind)
        elif current is None and i + 1 in speaks and i - 1 in heads and heads[i - 1][1] == i + 1:
            h = speaks[i + 1]
            turns[i] = Turn(h.label, e, e, h.name, h.kind)  # the role line between a name and its speech
        elif (
            current is not None
            and _is_speech(body)
            and not (_STAGE.match(body) or _EDITORIAL.search(body) or _PROCEDURAL.match(body))
        ):
            current.end = e  # the turn runs on: one quote over its paragraphs
            turns[i] = Turn((s, s), s, e, current.name, current.kind, joined=True)
        else:
            current = None
    return turns


# A recording's time code by a label: "[00:01:23] Jo Lee:", "Jo Lee (00:01:23):", "Jo Lee  1:23" on its own line.
_TIME_CODE = re.compile(
    r"^[ \t]*[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?(?:[ \t]+[-–—])?[ \t]*"
    r"|(?<![ \t])[ \t]*[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?(?=[ \t]*:?[ \t]*$)",  # (from a run's start)
    re.MULTILINE,
)


def _without_time_codes(text: str) -> str:
    """`text` with time codes beside labels blanked out, character for character, so offsets stay."""
    return _TIME_CODE.sub(lambda m: " " * len(m.group(0)), text)


def find_turns(text: str, paragraphs: list[tuple[int, int]]) -> list[Turn | None]:
    """The turn each paragraph is, or None; all None unless the article reads as a transcript."""
    text = _without_time_codes(text)
    labels = _Labels(text)
    headed = _header_turns(text, paragraphs, labels)
    if headed is not None:
        return headed
    labels = _Labels(text)
    turns = [_read_turn(text, s, e, labels) for s, e in paragraphs]
    qa_kinds = {t.qa for t in turns if t and t.qa}
    if qa_kinds == {"Q", "A"}:
        first = next(t for t in turns if t and t.qa)
        asker = _interviewer(text, first.label[0])
        answerer = None
        for t in turns:
            if t and t.qa == "Q" and not t.credited:
                t.name, t.kind = asker, "person" if asker else "unknown"
            elif t and t.qa == "A":  # a name given once holds for the answers after it
                answerer = t.name or answerer
                t.name, t.kind = answerer, "person" if answerer else "unknown"
        # a named voice breaking into a Q&A ("TAKESHI NAKAHARA (from the back of the workshop): …") speaks too
        turns = [t if t and (t.qa or t.name and t.kind == "person") else None for t in turns]
        _continue_turns(text, paragraphs, turns)
        return turns
    labelled = [t for t in turns if t and not t.qa]
    if len(labelled) < 2:
        return [None] * len(turns)
    # a press conference's "Q (Kevin Ah-Chuen, Le Quotidien):" is a reporter's turn; a bare "Q:" stops a turn,
    # unless an interview's intro names who asked ("Interview by Rosnah Abdul Latif", then "Q:" and "Hafiz:")
    bare = [t for t in turns if t and t.qa == "Q" and not t.credited]
    asker = _interviewer(text, bare[0].label[0], asked=True) if bare else None
    if bare and asker is None and _AN_INTERVIEW.search(text, 0, bare[0].label[0]):
        asker = _interviewer(text, bare[0].label[0])  # "By X" over "He spoke to the Ledger … The interview was …"
    for t in bare if asker else ():
        t.name, t.kind, t.credited = asker, "person", True
    for t in bare if not asker else ():  # "Q: Sasaki Ren, Naniwa Shimbun. Residents told us …": the reporter's own
        opening = _REPORTER_OPENS.match(text, t.start, t.end)
        ref = parse_speaker_phrase(opening.group(1)) if opening else None
        titled = opening is not None and opening.group(1).split()[0].lower() in TITLE_WORDS
        whole = ref is not None and ref.name is not None and (" " in ref.name or opening.group("again") is not None)
        if ref and ref.ref == "name" and ref.name and ref.kind != "organization" and not titled and whole:
            t.name, t.kind, t.credited = ref.name, "person", True
    stops = {i for i, t in enumerate(turns) if t and t.qa and not t.credited}
    turns = [t if t and (not t.qa or t.credited) else None for t in turns]
    _outlet_asks(text, turns)
    _continue_turns(text, paragraphs, turns, stops)
    return turns


# A press conference's question that opens on the reporter's name and outlet: "Sasaki Ren, Naniwa Shimbun.",
# "Hartley again, with a follow-up.", "Yamamoto Daichi, freelance."
# (not one who opens by addressing the official: "Q: Karine, thank you.", "Q: Secretary Blinken, a question on …")
_REPORTER_OPENS = re.compile(
    r"[ \t]*((?:[^\W\d_a-z][\w'’-]+[ \t]+){0,2}[^\W\d_a-z][\w'’-]+)(?:[ \t]+(?P<again>again))?,[ \t]+"
    r"(?P<outlet>(?:the[ \t]+)?[^\W\d_a-z][^.!?\n,]{1,40}|freelance|independent)\.[ \t]"
)
# An intro that says the text is an interview the byline's writer held: "The interview was conducted in Nepali",
# "He spoke to the Ledger at his office".
_AN_INTERVIEW = re.compile(
    r"\b(?i:the|this)\s+interview\b|\b(?:spoke|talked)\s+(?:to|with)\s+the\s+[^\W\d_a-z]"
    # ("Interview: two sisters, one hut …" over the byline; "Questions are marked Q")
    r"|^Interview\s*:|\b(?i:questions)\s+(?:are\s+)?(?:marked|in\s+bold)\b",
    re.M,
)


def _outlet_asks(text: str, turns: list[Turn | None]) -> None:
    """An interview printed under the publication's name ("DER SPIEGEL: …", "TIME: …") is asked by the
    interviewer its byline names ("Interview conducted by Katrin Elsner"): a label that is not the
    interviewer's name and asks questions in most of its turns, the only one that does, is theirs."""
    labelled = [t for t in turns if t is not None]
    asker = _interviewer(text, labelled[0].label[0]) if labelled else None
    if asker is None or any(t.name and name_similarity(t.name, asker) for t in labelled):
        return
    by_label: dict[str, list[Turn]] = {}
    for t in labelled:
        by_label.setdefault(text[t.label[0] : t.label[1]].strip().lower(), []).append(t)
    asking = [
        own
        for own in by_label.values()
        if len(own) >= 2 and sum("?" in text[t.start : t.end] for t in own) * 3 >= len(own) * 2
    ]
    if len(asking) == 1:  # two labels asking is a panel, not one interviewer
        for t in asking[0]:
            t.name, t.kind = asker, "person"
