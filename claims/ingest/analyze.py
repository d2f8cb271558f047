"""Public entry point: ``analyze_article(text, published=..., known_speakers=...)``.

Pure Python (no Django, no database): the Django layer passes existing
Speaker rows in as ``KnownSpeaker`` objects and stores what comes back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

import pysbd
from rapidfuzz.distance import Indel

from .checkworthiness import score_sentence
from .dates import DateMention, find_dates
from .discourse import single_names, unrelated_names
from .quotes import Attributor, QuoteItem, strip_span
from .spans import is_headline, plain_marks
from .speakers import (
    DON_HONORIFICS,
    GIVEN_NAME_GENDER,
    KUNYA,
    LEGAL_FORMS,
    ORG_WORDS,
    PATRONYMIC_ADDRESS,
    SLASH_LEGAL_FORM,
    TURKIC_PATRONYMIC,
    Cluster,
    KnownSpeaker,
    SpeakerRef,
    acronym_of,
    cluster_forms,
    full_person_names,
    is_common_word,
    is_country,
    is_patronymic_address,
    name_similarity,
    name_tokens,
    norm,
    parse_speaker_phrase,
    plural_common_tail,
    resolve_known,
)
from .standalone import Speaking, stand_alone

__all__ = [
    "analyze_article",
    "ArticleAnalysis",
    "KnownSpeaker",
    "SpeakerMention",
    "QuoteSpan",
    "ProposedClaim",
    "DateMention",
]


class _DictLike:
    """Items are dataclasses but also allow ``item["field"]`` access."""

    def __getitem__(self, key: str):
        return getattr(self, key)

    def get(self, key: str, default=None):
        return getattr(self, key, default)

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


@dataclass
class SpeakerMention(_DictLike):
    """A speaker as the article names them (not a ``sources.Speaker`` row)."""

    name: str
    mentions: list[str]
    speaker_id: int | str | None
    kind: str  # person | organization | unknown


@dataclass
class QuoteSpan(_DictLike):
    """A direct quote or reported speech, as offsets into the article (not a ``Quote`` row)."""

    text: str
    speaker: str | None
    speaker_id: int | str | None
    kind: str  # direct | paraphrase
    paragraph: int
    start: int
    end: int
    cue: str


@dataclass
class ProposedClaim(_DictLike):
    """A candidate claim for an editor to accept (not yet a ``claims.Claim``)."""

    text: str
    speaker: str | None
    speaker_id: int | str | None
    score: float
    reasons: list[str]
    quote: str  # verbatim source sentence
    kind: str  # direct | paraphrase | statement
    date_mentioned: str | None
    paragraph: int
    start: int
    end: int


@dataclass
class ArticleAnalysis:
    speakers: list[SpeakerMention] = field(default_factory=list)
    quotes: list[QuoteSpan] = field(default_factory=list)
    claims: list[ProposedClaim] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    published: dt.date | None = None

    def to_dict(self) -> dict:
        """Plain JSON-serialisable representation."""
        return {
            "published": self.published.isoformat() if self.published else None,
            "speakers": [s.to_dict() for s in self.speakers],
            "quotes": [q.to_dict() for q in self.quotes],
            "claims": [c.to_dict() for c in self.claims],
            "dates": [d.to_dict() for d in self.dates],
        }


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="en", clean=False, char_span=True)


# The longest article the service accepts (benchmarks/ingest_long_input.py times the engine at this size).
MAX_TEXT_CHARS = 200_000
# pysbd rescans its whole input once per abbreviation it meets; fed in pieces of at most this many characters
# (cut at a sentence end or a space), a 200,000-character paragraph costs seconds, not minutes.
_SEGMENT_CHARS = 5_000


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """pysbd sentence spans (article offsets) within text[start:end]."""
    found = []
    while start < end:
        stop = end
        if end - start > _SEGMENT_CHARS:
            window = text[start : start + _SEGMENT_CHARS]
            cut = max(window.rfind(". "), window.rfind("\n"))
            cut = cut + 1 if cut > 0 else window.rfind(" ")
            stop = start + cut if cut > 0 else start + _SEGMENT_CHARS
        for span in _segmenter().segment(text[start:stop]):
            found.append(strip_span(text, start + span.start, start + span.end))
        start = stop
    return [span for span in found if span]


# [^\W\d_a-z]: a capital letter in any alphabet (Šimunić, Ángel), not only A-Z
_TOK = (
    r"(?:(?:Dr|Mr|Mrs|Ms|Gen|Sen|Rep|Gov|Prof|Lt|Col|St)\.|" + SLASH_LEGAL_FORM + r"|[^\W\d_a-z][\w'’-]*"
    r"|(?:al|el|bin|ibn|abu|d)[-'’][^\W\d_a-z][\w'’-]*)"
)
_NAME_RUN = re.compile(
    r"(?:(?<![\w.] )(?<!\w)(?:(?:van|von|de|des|da|del|di|du|dos|der|den)[ \t]+){1,2}(?=[^\W\d_a-z]))?"
    + r"(?:(?:[A-Z]\.){2,3}(?=[ \t])|"  # (initials open a name: "J.P. van der Laan")
    + _TOK
    + ")"
    + r"(?:[ \t]+(?:(?:bin|binti|binte|bte|anak|i|y|ibn|al|de|des|del|da|van|von|der|den|di|du|dos|la|le|of|the"
    + r"|['’]t|ter|ten)"
    + r"[ \t]+){0,2}"
    + _TOK
    + r")*"
    + r"(?:[ \t]+(?:"
    + "|".join(sorted(TURKIC_PATRONYMIC))
    + r")(?![\w'’-]))?"  # ("Nurlan Asanbek uulu")
)


_ACRONYM_ALIAS = re.compile(
    r"((?:[^\W\d_a-z][\w'’&-]*[ \t]+(?:(?:of|for|and|the|on|de|del|des|du|la|le|der|y|ng)[ \t]+)?){0,8}"
    r"[^\W\d_a-z][\w'’&-]*)(?:[ \t]+\(([A-Z]{2,6})\)|,[ \t]+or[ \t]+([A-Z]{2,6})\b"  # (or "…, or OANSA,")
    # (or its name in another language first: "The Los Altos Weavers Cooperative (Cooperativa Tejedoras de Los
    # Altos, CTLA)")
    r"|[ \t]+\((?P<translated>[^\W\d_a-z][^()\n,]{2,80}),[ \t]+(?P<acr>[A-Z]{2,6})\))"
)


def _cluster_speakers(
    items: list[QuoteItem], text: str, person_hints: set[str], aliases: dict[str, str]
) -> list[Cluster]:
    burmese = _BURMESE_NAMES.search(text) is not None
    if burmese:
        _without_burmese_honorific(items, [], text)
    akan = _NANA_CHIEF.search(text) is not None
    if akan:
        _without_nana(items, [], text)
    # ("Åkesson … “…,” he said" is a person before clustering: not the firm "Åkesson Ställning AB" by its first word)
    forms = [
        (i.surface, "person" if i.speaker_kind == "unknown" and i.surface in person_hints else i.speaker_kind)
        for i in items
        if i.surface
    ]
    _first_namesake(forms, text)
    full = {f for f, _ in forms if " " in f}
    apart = unrelated_names(text, full) | single_names(text)
    named_at = {f: min(occurrences(text, f), default=len(text)) for f in full}
    clusters = cluster_forms(forms, burmese, _printed_ages(text, full), apart, named_at)
    _other_mentions(clusters, text)
    _family_name_alone(clusters)
    _acronym_aliases(clusters, text)
    known_as = _known_as(clusters, text)
    nicknames = _nicknames(clusters, text) | known_as
    for short, full in aliases.items():  # a press release's defined name: "Acme" for "Acme Holdings N.V."
        home = next((c for c in clusters if full in c.forms), None)
        if home is not None:
            home.forms.setdefault(short, 0)
    _given_names(clusters, text)
    _native_script(clusters, text)
    for c in clusters:  # frequency drives the canonical name, never a nickname's ("Lola Doring" used all along)
        # (nor "Ruslan Akhmedovich", the address of "Ruslan Bisultanov" when the cluster has that full name)
        addresses = {f for f in c.forms if is_patronymic_address(f)}
        if not any(" " in f and f not in addresses for f in c.forms):
            addresses = set()
        for f in c.forms:
            plain = f not in nicknames and f not in addresses
            c.forms[f] = 0 if not plain and len(c.forms) > 1 else max(1, len(occurrences(text, f)))
    _nickname_in_name(clusters, text)
    _legal_forms(clusters, text)
    _balinese_prefix(clusters, text)
    if burmese:
        _without_burmese_honorific(items, clusters, text)
    if akan:
        _without_nana(items, clusters, text)
    return clusters


def _first_namesake(forms: list[tuple[str, str]], text: str) -> None:
    """The family name alone is the namesake named first: in "Radjkoemar Soekhoe … “…,” Soekhoe said. … His wife,
    Priya Soekhoe, said …" the bare "Soekhoe" is him, though only she is quoted by her full name. His full name joins
    the forms to cluster ahead of hers and of the bare name, so the tie goes to him (`cluster_forms`)."""
    people = [(f, name_tokens(f)) for f, k in dict.fromkeys(forms) if k != "organization"]
    for bare, (family,) in [(f, t) for f, t in people if len(t) == 1]:  # (and "Du Mesnil")
        quoted = [f for f, t in people if len(t) > 1 and family in t]  # (or "Guadalupe Ibarra Sandoval", with two)
        if not quoted:
            continue
        first_full = min(min(occurrences(text, f), default=len(text)) for f in quoted)
        earlier = None
        for m in _NAME_RUN.finditer(_narration(text[:first_full])[0]):
            name = parse_speaker_phrase(re.sub(r"['’]s?$", "", m.group(0))).name or ""
            words = name_tokens(name)
            if words == [family]:
                break  # its first use alone, before the quoted full name
            if (
                earlier is None
                and len(words) > 1
                and words[-1] == family
                and not any(name_similarity(f, name, "person") for f in quoted)
                and not re.search(r"\d", name)
            ):
                earlier = name
        else:
            continue  # (not used alone before the quoted full name: left to `cluster_forms`)
        if earlier is not None:
            at = next(i for i, (f, _) in enumerate(forms) if f == bare or f in quoted)
            forms.insert(at, (earlier, "person"))


def _another_person(full: str, form: str) -> bool:
    """Two full names no spelling slip makes one: "Jógvan Poulsen" and "Jógvan Joensen", not "Yannick Le Gof" and
    "Yannick Le Goff" (the words after the ones they share compared)."""
    if " " not in form or name_similarity(full, form, "person"):
        return False
    a, b = full.lower().split(), form.lower().split()
    while a and b and a[0] == b[0]:
        a, b = a[1:], b[1:]
    n = min(len(a), len(b))  # (a family name alone against a full name's end: "Le Goff" of "Yannick Le Gof")
    a, b = a[len(a) - n :], b[len(b) - n :]
    return Indel.normalized_similarity(" ".join(a), " ".join(b)) < 0.7


def _printed_ages(text: str, forms: set[str]) -> dict[str, str]:
    """The age the text prints right after each full name among `forms` (full names: "Jacinto Fortes, 79,"), if one."""
    ages = {}
    for form in forms:
        m = re.search(r"(?<![\w-])" + re.escape(form) + r",[ \t]+(\d{1,3}),", text)
        if m:
            ages[form] = m.group(1)
    return ages


# Burmese names: the honorifics "U" and "Daw" before a name of two or more words ("U Zaw Min", "Daw Khin Myo Thant")
# mark a text naming people the Burmese way, with no family name; there "Ko" and "Ma" (also Korean and Chinese family
# names elsewhere) are honorifics too, and "Zaw Min" is not "Zaw Min Htet".
_BURMESE_NAMES = re.compile(r"(?<![\w.])(?:U|Daw)[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)+")
_BURMESE_HONORIFIC = re.compile(r"\A(?:Ko|Ma)[ \t]+(?=[A-Z][a-z])")


def _without_burmese_honorific(items: list[QuoteItem], clusters: list[Cluster], text: str) -> None:
    """ "Ko Zaw Min Htet" is Zaw Min Htet, "Ma Thida" Thida, in a text naming people the Burmese way: the speakers
    of quotes before clustering, the names gathered from the rest of the text after it. Not "Ma Zhaoxu" when the text
    also says "Ma said" (a family name), "Ko Wen-je" (a hyphenated given name) nor "Ko Ko Gyi" (a doubled name)."""
    family = {w for w in ("Ko", "Ma") if re.search(r"(?<![\w.])" + w + r"[ \t]+[a-z]", text)}

    def bare(name: str) -> str:
        m = _BURMESE_HONORIFIC.match(name)
        rest = name[m.end() :] if m else ""
        if m is None or name.split()[0] in family or "-" in rest or rest.split()[0] == name.split()[0]:
            return name
        return rest

    _renamed(items, clusters, bare)


def _renamed(items: list[QuoteItem], clusters: list[Cluster], bare: Callable[[str], str]) -> None:
    """Each person's name as `bare` gives it, in the quotes' speakers and the clusters' forms."""
    for item in items:
        if item.surface and item.speaker_kind != "organization":
            item.surface = bare(item.surface)
    for c in clusters:
        if c.kind != "organization":
            forms: dict[str, int] = {}
            for f, n in c.forms.items():
                b = bare(f)
                forms[b] = max(forms.get(b, 0), n)
            c.forms = forms


_NANA = re.compile(r"(?<![\w.])Nana[ \t]+(?=[A-Z])")
# "Nana" a chief's title: a regnal number after the name ("Nana Kwaku Ampem III"), or a chief's office beside it
# ("Nana Kobina Ansah, chief fisherman of Bakaano"); not the given name of Nana Mouskouri or Nana Visitor
_CHIEF = r"\b(?i:chief|omanhene|queen[ \t]+mother|paramount|stool|traditional[ \t]+ruler)\b"
_NANA_CHIEF = re.compile(
    r"(?<![\w.])Nana(?:[ \t]+[A-Z][\w'’-]+)+[ \t]+(?:I{1,3}|IV|VI{0,3}|IX|X)\b"
    r"|(?<![\w.])Nana[ \t]+[A-Z][^.\n]{0,60}?" + _CHIEF + r"|" + _CHIEF + r"[^.\n]{0,40}?(?<![\w.])Nana[ \t]+[A-Z]"
)


def _without_nana(items: list[QuoteItem], clusters: list[Cluster], text: str) -> None:
    """The Akan title "Nana" (a chief, an elder), in a text that gives it to a chief (_NANA_CHIEF), is no part of the
    name: "Nana Kofi Adusei Brempong III" is Kofi Adusei Brempong III and "Nana Brempong" Brempong. But where the
    text uses "Nana Ama" alone beside "Nana Ama Dankwah", "Nana Ama" is her given name."""

    def bare(name: str) -> str:
        title = _NANA.match(name)
        if title is None:
            return name
        given = re.escape(name.split()[1])
        alone = re.search(r"(?<![\w.])Nana[ \t]+" + given + r"\b(?![ \t]+[A-Z])", text)
        fuller = re.search(r"(?<![\w.])Nana[ \t]+" + given + r"[ \t]+[A-Z]", text)
        return name if alone and fuller else name[title.end() :]

    _renamed(items, clusters, bare)


# Balinese birth-order names and the Gusti title, which "I" (men) or "Ni" (women) opens: "I Ketut Sudarsana".
_BALINESE = r"(?:Wayan|Putu|Gede|Luh|Made|Kadek|Nengah|Nyoman|Komang|Ketut|Gusti)"


def _balinese_prefix(clusters: list[Cluster], text: str) -> None:
    """ "I Ketut Sudarsana" keeps the "I" the name opens with (read as the pronoun, it was left out)."""
    for c in clusters:
        if c.kind != "person" or not re.match(_BALINESE + r"\s", c.name):
            continue
        printed = re.search(r"(?<![\w.])(?:I|Ni)[ \t]+" + re.escape(c.name) + r"(?!\w)", text)
        if printed:
            c.forms[printed.group(0)] = max(c.forms.values(), default=0)


# A legal form printed after a name: "Klondike Benchland Gold Ltd.", "Meridiaan Conservation B.V.".
_LEGAL_FORM_AFTER = (
    r"[ \t]+((?:A/S|ApS|Ltd|Inc|Corp|Co|LLC|PLC|Plc|plc|AG|GmbH|SA|S\.A|NV|N\.V|BV|B\.V|AB|Oy|Oyj|ASA|SpA|S\.p\.A|"
    r"Srl|S\.r\.l|Pty|Bhd|Tbk)\.?)(?!\w)"
)


def _family_name_alone(clusters: list[Cluster]) -> None:
    """A cluster of the family name alone ("VIDAL", a transcript's label) joins the one person whose full name has
    it ("Tomeu Vidal", gathered under his given name "Tomeu"), when no one else's full name has it."""
    for alone in [c for c in clusters if c.kind in ("person", "unknown") and all(" " not in f for f in c.forms)]:
        if alone.apart & set(alone.forms):
            continue  # (a person's only name: "Karsono" is not "Rini Karsono")
        homes = [
            c
            for c in clusters
            if c is not alone
            and c.kind != "organization"
            and any(" " in f and any(name_similarity(f, g) >= 95 for g in alone.forms) for f in c.forms)
        ]
        if len(homes) == 1 and alone in clusters:
            clusters.remove(alone)
            for f, n in alone.forms.items():
                homes[0].forms[f] = homes[0].forms.get(f, 0) + n
            homes[0].kind = "person"


def _legal_forms(clusters: list[Cluster], text: str) -> None:
    """A body quoted by its short name ("Alpstrom Oberland said") is named with the legal form the text gives it
    elsewhere ("chief executive of Alpstrom Oberland AG", "Old Tanyard Distilling Co.’s plan")."""
    for c in clusters:
        if any(w.lower() in LEGAL_FORMS for f in c.forms for w in f.split()):
            c.kind = "organization"  # "Hongya Spice Trading Co." is a firm
            continue
        # (or a word or two of its name between: "Old Tanyard" of "Old Tanyard Distilling Co.")
        full = re.search(re.escape(c.name) + r"(?:[ \t]+[^\W\d_a-z][\w&'’-]+){0,2}" + _LEGAL_FORM_AFTER, text)
        # (or a legal form cut at its first full stop: "Norte Verde Alimentos S" of "… S.A.")
        full = full or re.search(re.escape(c.name) + r"(?<=[ \t][A-Z])(?:\.[A-Z])+\.?(?!\w)", text)
        full = full or _full_body_name(c, text)
        if full:  # (a firm however the quote's verb read it: "Alpstrom Oberland said it …")
            c.forms[full.group(0).strip()] = max(c.forms.values(), default=0)
            c.kind = "organization"


def _full_body_name(c: Cluster, text: str) -> re.Match[str] | None:
    """The full name a body quoted by its first words has elsewhere, ending as a body's name does: "Delta Wing" of
    "Delta Wing Aerial Applicators" (not a firm named after a person: "Maria Lopes Farms")."""
    if c.name.split()[0].lower() in GIVEN_NAME_GENDER:
        return None
    for m in re.finditer(re.escape(c.name) + r"((?:[ \t]+[^\W\d_a-z][\w'’-]+){1,2})(?![\w'’-])", text):
        end = text.find("\n", m.end())
        line = text[text.rfind("\n", 0, m.start()) + 1 : end if end >= 0 else len(text)]
        if plural_common_tail(m.group(1).split()) and not is_headline(line):  # ("Acme Robotics Raises $40 …")
            return m
    return None


# "Joseph “Ti Jo” Bellerive": a nickname printed inside the full name.
_NICKNAME_IN_NAME = re.compile(
    r"([^\W\d_a-z][\w'’-]+)[ \t]+[“\"‘']([^\W\d_a-z][\w'’.-]*(?:[ \t]+[^\W\d_a-z][\w'’.-]*){0,2})[”\"’'][ \t]+"
    r"([^\W\d_a-z][\w'’-]+(?:[ \t]+[^\W\d_a-z][\w'’-]+)?)"
)


def _nickname_in_name(clusters: list[Cluster], text: str) -> None:
    """The nickname, the given name and the surname are one person, named by the full name however often the
    article uses the nickname ("“The boat I can fix,” Ti Jo said")."""
    for m in _NICKNAME_IN_NAME.finditer(text):
        given, nick, surname = m.groups()
        full = parse_speaker_phrase(f"{given} {surname}")
        if full.ref != "name" or full.kind == "organization" or not full.name:
            continue
        # (and the nickname as a speaker's name reads it: "Dessie" of "‘King Dessie’")
        bare = parse_speaker_phrase(nick).name or nick
        mine = [c for c in clusters if c.kind != "organization" and ({nick, bare, surname, full.name} & set(c.forms))]
        if not mine:
            continue
        home = mine[0]
        for other in mine[1:]:
            clusters.remove(other)
            for f, n in other.forms.items():
                home.forms[f] = max(n, home.forms.get(f, 0))
        for f in [f for f in home.forms if nick in f and f != nick]:  # "Joseph Ti Jo Bellerive", quote marks lost
            del home.forms[f]
        home.kind = "person"
        home.forms[full.name] = max(home.forms.values(), default=0) + 1


def _other_mentions(clusters: list[Cluster], text: str) -> None:
    """Other surface forms of the same speakers anywhere outside quotes ("Saudi Crown Prince
    Mohammed bin Salman hosted ...")."""
    frame, head = _narration(text)
    for m in _NAME_RUN.finditer(frame):
        ref = parse_speaker_phrase(re.sub(r"['’]s?$", "", m.group(0)))  # "Pritchard's plan"
        if ref.ref != "name" or not ref.name or re.search(r"\d", ref.name) or len(ref.name) < 2:
            continue  # "Q2 Tom Reed": a Hansard question number is not part of a name; "V" of "B.V." is no name
        if re.search(r"\b(?:of|for)\s+$", frame[max(0, m.start() - 5) : m.start()]):
            ref = _after_portfolio(ref)  # "Minister for Finance Pádraig Ó Súilleabháin"
        portfolio = re.search(r"(?:\band|\bfor|\bof|&)\s+$", frame[max(0, m.start() - 6) : m.start()])
        if any(ref.name in c.forms for c in clusters) or portfolio and _portfolio_word_before(ref.name, clusters):
            continue
        if is_country(ref.name):
            continue  # "the Belize coast" is no mention of the Belize Coastal Power Company
        scored = []
        for c in clusters:
            # a two-word club or firm name reads like a person's ("Santa Lucía" of "Deportivo Santa Lucía")
            kind = "organization" if c.kind == "organization" and _org_tail(ref.name, c) else ref.kind
            scored.append((c.similarity(ref.name, kind), c))
        # the best match, not the first: "Osman al-Tayeb" is not "Hiba Osman" because she is "Osman"
        score, best = max(scored, key=lambda sc: sc[0], default=(0, None))
        given = ref.name.split()[0] if ref.kind == "person" and " " in ref.name else None
        # "Aýna Annamuhammedova" is the daughter quoted as "AÝNA", not her mother; "Balwinder Singh Sandhu" is the
        # one quoted as "Balwinder Singh", not the other Sandhu: the one cluster with the given name
        named = [
            c
            for c in clusters
            if given
            and c.kind != "organization"
            and any(f.split()[0] == given for f in c.forms)
            # (not the one that already has another person's full name: Jógvan Joensen's, for "Jógvan Poulsen")
            and not any(_another_person(ref.name, f) for f in c.forms)
        ]
        # (but "Francisco Javier Molina Cuesta" is the one quoted as "Molina Cuesta", not "Francisco Molina Ortega")
        tail = best is not None and any(" " in f and ref.name.endswith(" " + f) for f in best.forms)
        if len(named) == 1 and best is not named[0] and not any(f.split()[0] == given for f in best.forms) and not tail:
            score, best = 1, named[0]
        if best is not None and score > 0:
            best.forms[ref.name] = 0
            if best.kind == "unknown":
                best.kind = ref.kind
    if head:
        _named_in_headline(clusters, head)  # (after the body's names: "Yohane Banda" is the label "BANDA:")


def _narration(text: str) -> tuple[str, str]:
    """The text with its quotes and a title-case headline blanked, for reading names in the narration, and that
    headline ("" if none)."""
    # (a quote blanked with a mark, not spaces: a name on each side of it is two names, not one run)
    # („…“ and «…» read as “…”: a „Jure“ does not blank the rest of the text)
    frame = re.sub(r"“[^”]*”?|\"[^\"\n]*\"?", lambda m: "¶" * len(m.group(0)), plain_marks(text))
    # a headline in title case ("Acme Robotics Raises $40 Million …") runs names into its verbs
    head = re.match(r"[^\n]*", frame).group(0)
    if not is_headline(head):
        return frame, ""
    return " " * len(head) + frame[len(head) :], head


def _named_in_headline(clusters: list[Cluster], head: str) -> None:
    """A family name alone ("HAUGEN:", a transcript's label) is the one the headline prints after a given name
    ("“Open Line” with Gary Haugen"): the rest of a title-case headline is left out (it runs names into verbs)."""
    for c in clusters:
        if c.kind == "organization" or any(" " in f for f in c.forms):
            continue
        found = {
            m.group(0)
            for m in re.finditer(r"\b([^\W\d_a-z][\w'’-]+)[ \t]+" + re.escape(c.name) + r"(?![\w'’-])", head)
            if m.group(1)[1:].islower() and (m.group(1).lower() in GIVEN_NAME_GENDER or not is_common_word(m.group(1)))
        }
        if len(found) == 1:
            c.forms[found.pop()] = 0
            c.kind = "person"


# "Yael Ben-Ami (יעל בן-עמי)", "Thanakorn Srisawat (ธนากร ศรีสวัสดิ์)": the name in its own script, in brackets.
_NATIVE_SCRIPT = re.compile(r"([^\W\d_a-z][\w'’-]+(?:[ \t]+[^\W\d_a-z][\w'’-]+){1,3})[ \t]*\(([^()A-Za-z\d\n]{2,60})\)")


def _native_script(clusters: list[Cluster], text: str) -> None:
    """The same speaker's name as written in another script is one of their mentions."""
    for m in _NATIVE_SCRIPT.finditer(text):
        written = m.group(2).strip()
        if not any(ch.isalpha() for ch in written):
            continue
        home = next(
            (c for c in clusters if any(f in c.forms for f in (m.group(1), m.group(1).split(" ", 1)[-1]))), None
        )
        if home is not None:
            home.forms.setdefault(written, 0)


def _portfolio_word_before(name: str, clusters: list[Cluster]) -> bool:
    """ "Heritage Darragh Keane" of "Minister for Housing, Local Government and Heritage Darragh Keane": a
    common word before a speaker's full name is the end of a portfolio, not a longer form of the name."""
    first, _, rest = name.partition(" ")
    return " " in rest and is_common_word(first) and any(rest in c.forms for c in clusters)


def _after_portfolio(ref: SpeakerRef) -> SpeakerRef:
    """The name without the portfolio word that opens it ("Finance Pádraig Ó Súilleabháin" after "Minister for")."""
    first, _, rest = (ref.name or "").partition(" ")
    if ref.kind == "person" and " " in rest and is_common_word(first):
        return SpeakerRef("name", name=rest, kind="person")
    return ref


# "Chile's Mining Council, an industry body known locally as Consejo Minero,": another name for the same body
_KNOWN_AS = re.compile(
    r"([^\W\d_a-z][\w'’-]*(?:[ \t]+(?:of|for|and|the|de|del|la)?[ \t]*[^\W\d_a-z][\w'’-]*){0,8}),"
    # ("known since boyhood as Toni", "known to everyone as …")
    # ("known to everyone by her nickname, ‘Nok’,")
    r"(?:[ \t]*\d{1,3},)?[^,.;]{0,60}?\b(?:(?:also\s+|formerly\s+)?known\s+(?:[a-z]+\s+){0,7}?"
    r"(?:as|by\s+(?:her|his|their|the)\s+nickname,?)"
    r"|goes\s+by(?:\s+(?:her|his|their|the))?(?:\s+nickname)?)\s+"  # "who goes by her nickname Ploy"
    r"[“\"‘']?(?:[a-zà-ÿ]{1,4}\s+)?"  # "known in the harbour as “zu Turi”": the name after a lower-case honorific
    r"((?:[^\W\d_a-z][\w'’-]*[ \t]+(?:(?:de|del|la|of|the)[ \t]+)?)*[^\W\d_a-z][\w'’-]*)"
)


# "Francisco Ramírez has captained cargo boats for 22 years and is known up and down the river as Pancho"
_KNOWN_AS_LATER = re.compile(
    r"((?:[^\W\d_a-z][\w'’-]+[ \t]+){1,3}[^\W\d_a-z][\w'’-]+)(?:,[^.!?;\n]{0,100}?,)?[ \t]"
    # (nothing between that says or describes something else: not "X said Ana Ruiz has …", "a lagoon that dried up")
    r"(?:(?!\b(?:said|says|told|tells|that|which|whose)\b)[^.!?;,\n]){0,150}?"
    r"\band[ \t]+(?:is|was)[ \t]+known[ \t]+(?:[a-z]+[ \t]+){0,5}?as[ \t]+[“\"‘']?([^\W\d_a-z][\w'’-]*)"
)


def _known_as(clusters: list[Cluster], text: str) -> set[str]:
    """ "X, an industry body known locally as Y,": Y is a name of X's speaker (never its canonical name, when X is a
    person's full name: "known across the valley as Mana Ilda"). Returns those other names."""
    other_names = set()
    for m in [*_KNOWN_AS.finditer(text), *_KNOWN_AS_LATER.finditer(text)]:
        if re.search(r"\b(?:in|at|from|near|on)[ \t]+$", text[max(0, m.start(1) - 8) : m.start(1)]):
            continue  # "A shopkeeper in Mirqab, known around the neighbourhood as Abu Khaled,": a place, not him
        full = parse_speaker_phrase(re.sub(r"^.*?['’]s\s+", "", m.group(1)))  # "Chile's Mining Council"
        # (a nickname in single quotes: "Nok" of "‘Nok’", not "Nok’")
        name = m.group(2).rstrip("'’") if text[m.start(2) - 1] in "'‘" else m.group(2)
        home = next((c for c in clusters if full.name and full.name in c.forms), None)
        alone = next((c for c in clusters if c is not home and set(c.forms) == {name}), None)
        if home is not None and alone is not None:  # "Ploy adds: …" after "who goes by her nickname Ploy"
            clusters.remove(alone)
        elif alone is not None and full.ref == "name" and full.name:  # only ever quoted by the nickname
            alone.forms.setdefault(full.name, 0)
        if home is not None and not any(name in c.forms for c in clusters):
            home.forms.setdefault(name, 0)
        if full.kind == "person":
            other_names.add(name)
    return other_names


# "Liam Ashworth … still calls him Ziggy", "nicknamed her Tata": a name for a person mentioned before.
_NICKNAME = re.compile(
    r"\b(?:(?:calls?|called|calling|nicknamed|dubbed)\s+(?:him|her)\s+[“\"‘']?"  # (or quoted: calls her “Lola Doring”)
    r"|(?:he|she)\s+is\s+(?:simply\s+|just\s+|always\s+)?[“\"‘']"  # "To her neighbours, she is “Man Zozo.”"
    # a kunya: "He is Abu Nasser, after his eldest son"
    r"|\b(?:[Hh]e|[Ss]he)\s+is\s+(?=(?:" + "|".join(w.capitalize() for w in sorted(KUNYA)) + r")\s))"
    r"([^\W\d_a-z][\w'’-]+(?:[ \t]+[^\W\d_a-z][\w'’-]+)?)\b"  # "calls him El Chino"
)


def _nicknames(clusters: list[Cluster], text: str) -> set[str]:
    """A nickname is the person "him"/"her" means: of the people named before, not the sentence's own subject (who
    uses the nickname), the one named most. A cluster of the nickname alone joins that person's. Returns the
    nicknames given to someone."""
    given = set()
    # a person by their own names: not a family name alone that two of them share ("Payet" is not Laurent Payet)
    family = Counter(f.split()[-1] for c in clusters for f in {f for f in c.forms if " " in f})
    own = {id(c): [f for f in c.forms if " " in f or family[f] < 2] for c in clusters}
    blank = re.search(r"\n\s*\n", text) is not None
    for m in _NICKNAME.finditer(text):
        nick = m.group(1)
        sentence = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        named = {
            id(c): sum(len(occurrences(text[:sentence], f)) for f in own[id(c)])
            for c in clusters
            if c.kind == "person" and nick not in c.forms and not any(f in text[sentence : m.start()] for f in c.forms)
        }
        home = max((c for c in clusters if named.get(id(c), 0) > 0), key=lambda c: named[id(c)], default=None)
        # "Rigoberto Fuentes is bent over an engine. Everyone calls him El Chino.": the one this paragraph just named
        # (a text with no blank lines has a paragraph per line: "… belongs to Mohammad Rafiqul Islam, 29, …. Salim
        # calls him Rafiq" is not the wife named on the line before)
        # ("Their son, António Fonseca, 44, works at the next bench. Everyone calls him Tó.": not his mother, who is
        # named most but not in this paragraph)
        paragraph = text.rfind("\n\n" if blank else "\n", 0, m.start()) + 1
        full = _named_before(text, paragraph, sentence, nick)
        if not blank and full is None and not any(f in text[paragraph:sentence] for c in clusters for f in own[id(c)]):
            paragraph = text.rfind("\n", 0, max(paragraph - 1, 0)) + 1  # (a line naming nobody: the line before it)
            full = _named_before(text, paragraph, sentence, nick)
        last = {id(c): max((text.rfind(f, paragraph, sentence) for f in own[id(c)]), default=-1) for c in clusters}
        recent = max(
            (c for c in clusters if id(c) in named and last[id(c)] >= 0), key=lambda c: last[id(c)], default=None
        )
        unquoted = full is not None and not any(full in c.forms for c in clusters)
        home = recent or (None if unquoted else home)
        if home is None:
            # only the nickname speaks ("To her neighbours, she is “Man Zozo.”"): its name, the person named just before
            alone = next((c for c in clusters if set(c.forms) == {nick}), None)
            full = full or _named_before(text, 0, sentence, nick)  # (or a paragraph before: "He is 68. …")
            if alone is not None and full:
                alone.forms.setdefault(full, 0)
                given.add(nick)
            continue
        # (the nickname's cluster may hold its parts too: "Bua says" after "calls her Mae Bua")
        parts = {nick, *nick.split()}
        alone = next((c for c in clusters if c is not home and nick in c.forms and set(c.forms) <= parts), None)
        if alone is not None:
            clusters.remove(alone)
            for form in alone.forms:
                home.forms.setdefault(form, 0)
        elif not any(nick in c.forms for c in clusters):
            home.forms.setdefault(nick, 0)
        given.add(nick)
    return given


def _named_before(text: str, start: int, end: int, nick: str) -> str | None:
    """The latest person's full name in text[start:end] that is not the nickname."""
    names = [n for n in full_person_names(text, start, end) if n != nick]
    return names[-1] if names else None


def _acronym_aliases(clusters: list[Cluster], text: str) -> None:
    """ "The International Rowing Federation (FISA)": the bracketed acronym is an alias."""
    for m in _ACRONYM_ALIAS.finditer(text):
        full, acr = parse_speaker_phrase(m.group(1)), m.group(2) or m.group(3) or m.group("acr")
        if full.ref != "name" or not full.name:
            continue
        names = [full.name, *([m.group("translated")] if m.group("translated") else [])]
        home = next((c for c in clusters if full.name in c.forms), None)
        translated = m.group("translated")
        other = next((c for c in clusters if acr in c.forms or translated and translated in c.forms), None)
        if (
            home is None
            and other is not None
            and any(acronym_of(acr, n) or _acronym_with_legal_form(acr, n) for n in names)
        ):
            # only the acronym speaks ("the DRCM said"): the body's full name, printed once, is its name
            for n in names:
                other.forms.setdefault(n, 0)
            other.kind = "organization"
            continue
        if home is None or home is other or home.kind == "person":
            continue
        if other is None:
            home.forms.setdefault(acr, 0)
        elif other.kind != "person":
            for f, n in other.forms.items():
                home.forms[f] = home.forms.get(f, 0) + n
            clusters.remove(other)


def _acronym_with_legal_form(acr: str, name: str) -> bool:
    """ "OANSA" of "Oleoductos Amazónicos del Napo": the name's initials, then its legal form's (S.A.)."""
    return any(acronym_of(acr[:k], name) and acr[k:].lower() in LEGAL_FORMS for k in range(2, len(acr)))


def _org_tail(name: str, cluster: Cluster) -> bool:
    """A two-word club or firm name inside one of the cluster's: "Santa Lucía" of "Deportivo Santa Lucía", or the
    name without its legal form: "Veldkamp Circulair" of "Veldkamp Circulair B.V."; or the full name of a club
    the cluster has by one word: "Tulpar Shymkent" of "Tulpar"."""
    words = norm(name).split()
    for f in cluster.forms:
        full = norm(f).split()
        if len(full) > len(words) and full[-len(words) :] == words:
            return True
        if len(full) == 1 and len(words) > 1 and words[0] == full[0]:
            return True
        legal = f.split()[len(name.split()) :]
        if f.startswith(name + " ") and legal and all(w.lower() in ORG_WORDS for w in legal):
            return True
    return False


def occurrences(text: str, word: str) -> list[int]:
    """Offsets of `word` in `text` as a whole word (a plain search: one regex per name would
    crowd the regex cache that pysbd and dateparser rely on)."""
    found, i = [], text.find(word)
    while i >= 0 and word:
        before = text[i - 1] if i else " "
        after = text[i + len(word)] if i + len(word) < len(text) else " "
        if not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-"):
            found.append(i)
        i = text.find(word, i + 1)
    return found


def _given_names(clusters: list[Cluster], text: str) -> None:
    """A person's given name used alone anywhere, quotes included ("Thank you, Priya.", "Rafael and I
    have been talking"), is a mention of that person, unless two speakers share it."""
    owners: dict[str, list[Cluster]] = {}
    for c in clusters:
        words = c.name.split()
        personal = c.kind == "person" and len(words) >= 2 and len(words[0]) >= 3 and words[0][0].isupper()
        personal = personal and not words[0].endswith(".")  # (initials are no given name: "J.P. van der Laan")
        if personal and not is_patronymic_address(c.name):
            owners.setdefault(words[0], []).append(c)
    surnames = {f.split()[-1] for c in clusters for f in c.forms if f.split()}
    for given, found in owners.items():
        if len(found) > 1 or given in found[0].forms or given in surnames or occurrences(text, given.lower()):
            continue  # shared, already there, someone's surname ("Osman"), or a common word ("Will", "Rose")
        if _used_alone(text, given):
            found[0].forms[given] = 0  # used alone, not only in "Ana Ruiz" itself
    _short_given_names(clusters, text, owners, surnames)
    for m in PATRONYMIC_ADDRESS.finditer(text):  # "Thank you, Magomed Isaevich.": the one named Magomed
        if len(owners.get(m.group(1), [])) == 1:
            owners[m.group(1)][0].forms.setdefault(m.group(0), 0)
    # "Don Aurelio" after "Aurelio Vargas": Don is an honorific before the given name of someone named in full
    # ("Don Castillo" alone keeps his given name: parse_speaker_phrase reads two words as a name)
    # and "Zarema Vakhaevna", a given name with a patronymic (how Russian speakers address one another), is the one
    # named in full with that given name ("Zarema Khasanova")
    # (or the name a "Maria do Socorro Ferreira" goes by: "Dona Socorro")
    devotional: dict[str, list[Cluster]] = {}
    for c in clusters:
        words = c.name.split()
        if c.kind == "person" and len(words) >= 4 and words[0] == "Maria" and words[1] in ("do", "da", "dos", "das"):
            devotional.setdefault(words[2], []).append(c)
    for c in [c for c in clusters if len(c.forms) == 1 or all(map(is_patronymic_address, c.forms))]:
        words = c.name.split()
        don = len(words) == 2 and words[0] in DON_HONORIFICS
        found = (owners.get(words[1], []) or devotional.get(words[1], [])) if don else []
        named = re.search(_DEVOTIONAL + re.escape(words[1]) + _FAMILY_NAMES, text) if don and not found else None
        if named:  # (named in full only where no quote is hers)
            c.forms.setdefault(named.group(0), 0)
        found = found or (owners.get(words[0], []) if is_patronymic_address(c.name) else [])
        if len(found) == 1 and found[0] is not c:
            clusters.remove(c)
            for f in c.forms:
                found[0].forms.setdefault(f, 0)


_DEVOTIONAL = r"\bMaria[ \t]+(?:do|da|dos|das)[ \t]+"
_FAMILY_NAMES = r"(?:[ \t]+[^\W\d_a-z][\w'’-]+)+"


def _used_alone(text: str, word: str) -> bool:
    return any(
        not re.match(r"\s+[^\W\d_a-z]", text[i + len(word) : i + len(word) + 3]) for i in occurrences(text, word)
    )


def _short_given_names(
    clusters: list[Cluster], text: str, owners: dict[str, list[Cluster]], surnames: set[str]
) -> None:
    """A short form of one speaker's given name used alone ("Greg" for Gregory, "Jon" for Jonathan, "Seun" for
    Oluwaseun): the head or tail of the name, at least three letters, never written in lower case, no other
    speaker's name or form, and no other speaker's given name has it."""
    taken = {f for c in clusters for f in c.forms} | surnames
    words = {w for w in re.findall(r"\b[^\W\d_a-z][^\W\d_]{2,}\b", text) if w not in taken}
    for word in words:
        folded = norm(word)
        owner = [
            c
            for given, found in owners.items()
            for c in found
            if len(found) == 1 and folded != norm(given) and _clipped(folded, norm(given))
        ]
        if len(owner) == 1 and not occurrences(text, word.lower()) and _used_alone(text, word):
            owner[0].forms[word] = 0


def _clipped(short: str, given: str) -> bool:
    return len(given) - len(short) >= 2 and (given.startswith(short) or len(short) >= 4 and given.endswith(short))


def _find_cluster(clusters: list[Cluster], surface: str) -> Cluster | None:
    for c in clusters:
        if surface in c.forms:
            return c
    scored = [(max(name_similarity(surface, f) for f in c.forms), c) for c in clusters]
    scored = [sc for sc in scored if sc[0] > 0]
    return max(scored, key=lambda sc: sc[0])[1] if scored else None


def analyze_article(
    text: str,
    *,
    published: dt.date | None = None,
    known_speakers: list[KnownSpeaker] | tuple = (),
) -> ArticleAnalysis:
    """Extract speakers, quotes, check-worthy claims and dates from one article.

    ``published`` anchors relative dates ("last month"); ``known_speakers``
    are matched by name/alias (case-, accent-insensitive and fuzzy) to fill
    ``speaker_id``.  See docs/ingest.md for the method.
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    read = _CLICK.sub(_CLICK_LETTER, text) if _CLICK_LETTER not in text else text
    attributor = Attributor(read)
    items = attributor.run()
    clusters = _cluster_speakers(items, read, attributor.person_hints, attributor.label_forms | attributor.aliases)
    if read != text:
        _typed_clicks(items, clusters)

    speakers: list[SpeakerMention] = []
    by_cluster: dict[int, SpeakerMention] = {}
    for c in clusters:
        ks = resolve_known(c, list(known_speakers)) if known_speakers else None
        sp = SpeakerMention(
            name=ks.name if ks else c.name,
            mentions=sorted(c.forms, key=lambda f: (-c.forms[f], f)),
            speaker_id=ks.id if ks else None,
            kind=c.kind,
        )
        speakers.append(sp)
        by_cluster[id(c)] = sp

    def speaker_of(item: QuoteItem) -> SpeakerMention | None:
        c = _find_cluster(clusters, item.surface) if item.surface else None
        return by_cluster[id(c)] if c else None

    quotes: list[QuoteSpan] = []
    for it in items:
        sp = speaker_of(it)
        quotes.append(
            QuoteSpan(
                it.text,
                sp.name if sp else None,
                sp.speaker_id if sp else None,
                it.kind,
                it.paragraph,
                it.start,
                it.end,
                it.cue,
            )
        )

    dates = find_dates(text, published)
    claims = _claims(text, attributor, items, quotes, dates, speakers)
    return ArticleAnalysis(speakers=speakers, quotes=quotes, claims=claims, dates=dates, published=published)


# A Khoekhoe click typed as "!" before a capital ("Josephine !Hoaës"): read as a capital letter no text uses, so the
# name reads as one, and given back as typed. (The offsets stay: one character for one.)
_CLICK = re.compile(r"(?<![\w!])!(?=[^\W\d_a-z])")
_CLICK_LETTER = "\ua780"  # LATIN CAPITAL LETTER TURNED L
_TYPED = str.maketrans({_CLICK_LETTER: "!", _CLICK_LETTER.lower(): "!"})


def _typed_clicks(items: list[QuoteItem], clusters: list[Cluster]) -> None:
    for it in items:
        it.text, it.cue = it.text.translate(_TYPED), it.cue.translate(_TYPED)
        it.surface = it.surface.translate(_TYPED) if it.surface else it.surface
    for c in clusters:
        c.forms = {f.translate(_TYPED): n for f, n in c.forms.items()}


def _split_from(text: str, first: QuoteItem, second: QuoteItem) -> bool:
    """`second` carries on `first` across an attribution (“…,” she said, “and …”): same speaker and
    paragraph, a lower-case start, nothing but the attribution between them, `first` one open sentence."""
    gap = text[first.end : second.start]
    return (
        second.text[:1].islower()
        and first.paragraph == second.paragraph
        and first.surface == second.surface
        and len(gap) <= 60
        and not re.search(r"[.!?]", gap)
        and not re.search(r"[.!?…]$", first.text.rstrip(" ,;:—–-"))
        and len(_sentences(text, first.start, first.end)) == 1
    )


def _without(
    text: str, a: int, b: int, cut: tuple[int, int], dates: list[DateMention]
) -> tuple[str, list[DateMention]]:
    """text[a:b] with text[cut] replaced by a space, and the dates after the cut moved to match."""
    x, y = cut
    shift = y - x - 1
    moved = [
        d if d.end <= x else dataclasses.replace(d, start=d.start - shift, end=d.end - shift)
        for d in dates
        if not (x <= d.start < y)
    ]
    return text[a:x].rstrip(" ,;:—–-") + " " + text[y:b], moved


def _short_form(sp: SpeakerMention) -> str:
    """The form for a second mention: the surname as the article uses it alone ("Kabulov"), else a
    one-word mention that is part of the name (Chinese order: "Lin" for Lin Xiaowen), else the last word."""
    words = sp.name.split()
    if sp.kind != "person" or len(words) < 2:
        return sp.name
    alone = [m for m in sp.mentions if " " not in m and m in words]
    return next((m for m in alone if m == words[-1]), alone[0] if alone else words[-1])


def _antecedents(text: str, speakers: list[SpeakerMention]):
    """A function giving, for "person" or "organization" and an article offset, the speaker of that
    kind mentioned last before it (what "He" or "It" opening a sentence most likely refers to)."""
    seen: list[tuple[int, str, str]] = []
    for sp in speakers:
        for form in sp.mentions:
            seen.extend((i, sp.kind, sp.name) for i in occurrences(text, form))
    seen.sort()

    def antecedent(kind: str, before: int, other_than: str | None = None) -> str | None:
        return next(
            (name for pos, k, name in reversed(seen) if pos < before and k == kind and name != other_than), None
        )

    return antecedent


def _claims(
    text: str,
    attributor: Attributor,
    items: list[QuoteItem],
    quotes: list[QuoteSpan],
    dates: list[DateMention],
    speakers: list[SpeakerMention],
) -> list[ProposedClaim]:
    """Candidates from direct quotes, paraphrases and the journalist's own sentences, each rewritten to
    stand on its own (standalone.py)."""
    kinds = {s.name: s.kind for s in speakers}
    # the short form for a second mention: the speaker's most frequent one-word mention ("Kabulov", "Lin")
    shorts = {s.name: _short_form(s) for s in speakers}
    antecedent = _antecedents(text, speakers)

    def date_in(a: int, b: int) -> str | None:
        return next((d.date for d in dates if a <= d.start < b and d.date), None)

    out: list[ProposedClaim] = []

    def add(
        a: int,
        b: int,
        q: QuoteSpan | None,
        kind: str,
        para: int,
        src: tuple[int, int],
        how: str = "",
        cut: tuple[int, int] | None = None,
    ) -> None:
        span = strip_span(text, a, b)
        if span is None or len(text[span[0] : span[1]].split()) < 4:
            return
        a, b = span
        who = q.speaker if q else None
        speaking = Speaking(who, kinds.get(who, "unknown"), how or kind, antecedent, shorts.get(who))
        body, shown = text[a:b], [d for d in dates if a <= d.start and d.end <= b]
        if cut is not None:  # a quote split by its attribution is one claim without it
            body, shown = _without(text, a, b, cut, shown)
        claim_text = stand_alone(body, a, shown, speaking)
        # the score is the sentence's as printed, so rewriting does not change the ranking
        score, reasons = score_sentence(text[a:b], attributed=kind == "paraphrase" and bool(q and q.speaker))
        out.append(
            ProposedClaim(
                claim_text,
                q.speaker if q else None,
                q.speaker_id if q else None,
                score,
                reasons,
                text[src[0] : src[1]],
                kind,
                date_in(*src),
                para,
                a,
                b,
            )
        )

    covered: list[tuple[int, int]] = []
    partial_sentences: set[tuple[int, int]] = set()
    last: tuple[QuoteItem, int] | None = None  # the previous direct quote and where its claims start
    for it, q in zip(items, quotes, strict=True):
        first, last = last, (it, len(out)) if it.kind == "direct" else last
        if it.kind == "direct" and first is not None and _split_from(text, first[0], it):
            # “Two years,” she said, “is a short time.” -> "Two years is a short time."
            covered.append((it.start, it.end))
            del out[first[1] :]
            add(first[0].start, it.end, q, "direct", it.paragraph, it.sentence, cut=(first[0].end, it.start))
        elif it.kind == "direct" and it.text[:1].islower():
            # a partial quote ("said the water was “receding slowly”") is checked as its whole sentence
            covered.append((it.start, it.end))
            if it.sentence not in partial_sentences:
                partial_sentences.add(it.sentence)
                add(*it.sentence, q, "direct", it.paragraph, it.sentence, how="partial")
        elif it.kind == "direct":
            covered.append((it.start, it.end))
            # a quote inside a transcript turn or a quote is its own speaker's claim, not the outer one's
            inner = [
                (x.start, x.end) for x in items if x is not it and x.kind == "direct" and it.start <= x.start < it.end
            ]
            for a, b in _sentences(text, it.start, it.end):
                if not any(a < y and x < b for x, y in inner):
                    add(a, b, q, "direct", it.paragraph, (a, b))
        else:
            covered.append(it.sentence)
            add(it.start, it.end, q, "paraphrase", it.paragraph, it.sentence)
    for pidx, (ps, pe) in enumerate(attributor.paragraphs):
        for a, b in _sentences(text, ps, pe):
            if any(a < y and x < b for x, y in covered):
                continue
            add(a, b, None, "statement", pidx, (a, b))
    out.sort(key=lambda c: (-c.score, c.start))
    return out
