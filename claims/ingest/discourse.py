"""Discourse memory and the resolvers that turn a cue's subject into a speaker.

The state remembers, in reading order, the last person, organisation and unnamed role, the
genders pronouns revealed, relatives introduced by kinship appositives, who last spoke "in a
statement", the titles the text gave people and organisations ("The mayor of Ely, Ana Ruiz," ->
"the mayor" is Ana Ruiz; "The water authority, the Ouse basin board," -> "the authority") and
defined terms of a press release ("Acme Ltd (“Acme” or “the Company”)").

``Resolver.resolve`` dispatches on the kind of subject phrase (``SpeakerRef.ref``) to one small
resolver each.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field

from .cues import GAVE_ONLY_NAME, MASK, Cue
from .speakers import (
    COMMON_WORDS,
    DOCUMENT_REFS,
    FIRM_NOUNS,
    GENERATION_SUFFIX,
    GENERIC_ORG_REFS,
    GIVEN_NAME_GENDER,
    GIVEN_NAME_HONORIFICS,
    LEGAL_FORMS,
    ORG_HEAD_FORMS,
    ORG_WORDS,
    PATRONYMIC,
    PERSON_REFS,
    ROLE_NOUNS,
    ROLE_WORDS,
    SpeakerRef,
    full_person_name,
    full_person_names,
    is_common_word,
    is_kunya,
    is_title_word,
    misspelt_surname,
    name_similarity,
    norm,
    parse_speaker_phrase,
    token_match,
)

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
    "grandson": "m",
    "granddaughter": "f",
    "nephew": "m",
    "niece": "f",
    "uncle": "m",
    "aunt": "f",
    "stepson": "m",
    "stepdaughter": "f",
    "stepfather": "m",
    "stepmother": "f",
    "fiance": "m",
    "fiancé": "m",
    "fiancee": "f",
    "fiancée": "f",
    **dict.fromkeys(("granddad", "grandad", "grandpa"), "m"),
    **dict.fromkeys(("grandma", "granny", "gran"), "f"),
}
# What a kinship noun makes someone to the other person, and what that makes the other to them.
KIN_KIND = {
    **dict.fromkeys(("mother", "father", "mom", "mum", "dad", "stepmother", "stepfather"), "parent"),
    **dict.fromkeys(("son", "daughter", "stepson", "stepdaughter"), "child"),
    **dict.fromkeys(
        ("grandmother", "grandfather", "granddad", "grandad", "grandpa", "grandma", "granny", "gran"), "grandparent"
    ),
    **dict.fromkeys(("grandson", "granddaughter"), "grandchild"),
}
_KIN_INVERSE = {"parent": "child", "child": "parent", "grandparent": "grandchild", "grandchild": "grandparent"}
_KIN_INVERSE |= {"younger": "elder", "elder": "younger"}  # (siblings: "his younger brother")
# A name going on with ", which supplies …": "which" is said of a body (not "which is", of anything).
_WHICH_AFTER = re.compile(r",\s+which\s+(?!is\b|was\b|are\b|were\b)[a-z]+")
# The one a question is put to: "pressed von Alvensleben on", "asked Dr. Adler whether", "turned to Ruiz".
_QUESTION_TO = re.compile(
    r"\b(?:asked|asks|ask|pressed|presses|questioned|questions|quizzed|challenged|challenges|turned\s+to"
    r"|put\s+(?:a|the|one|another|her|his)\s+(?:[a-z]+\s+)?question\s+to)\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr|Miss|Prof)\.?\s+)?"
    r"((?:(?:von|van|de|del|della|da|du|der|le|la|al|el)\s+)?[^\W\d_a-z][\w'’-]+(?:\s+[^\W\d_a-z][\w'’-]+)?)"
)
_AFTER_QUOTE = re.compile(MASK + r"[,.?!]?\s*$")  # "“…?” asked Ralf Dittmann": the asker, not the one asked
_REPLY_VERBS = {"replied", "replies", "responded", "responds", "retorted", "retorts", "countered", "counters"}
_REPLY_VERBS |= {"shot back", "fired back", "hit back"}
# Documents whose words are read out, and the phrases that name their author.
_DOCUMENT_NOUNS = {"statement", "letter", "message", "note", "email", "e-mail"}
_NAME_RUN = r"(?:[^\W\d_a-z][\w'’-]+[ \t]+(?:(?:of|for|and|de)[ \t]+)?){0,4}[^\W\d_a-z][\w'’-]+"


def _written_by_patterns(noun: str) -> re.Pattern[str]:
    # "a statement from Mr Wójcik's mother, Danuta Wójcik," / "a letter (that) MacIver had written to the court"
    return re.compile(
        r"\b" + re.escape(noun) + r"\s+(?:(?:written|prepared|signed|drafted)\s+)?(?:from|by|on\s+behalf\s+of)\s+"
        r"(?:the\s+)?((?:[^,.;:\n]{0,40}?,[ \t]*)?(?:(?:Dr|Mr|Mrs|Ms|Prof|Sr|Sra)\.?[ \t]+)?" + _NAME_RUN + r")"
        r"|\b"
        + re.escape(noun)
        + r"\s+(?:that\s+|which\s+)?("
        + _NAME_RUN
        + r")\s+(?:had\s+|has\s+)?(?:written|wrote|sent)\b"
        # "Losana Vaipulu was too distressed to read her victim impact statement, and it was read … by Y"
        r"|(?<![\w'’])("
        + _NAME_RUN
        + r")(?<!['’]s)(?:,[^,.;:\n]{1,60},)?,?[ \t]+[^.;:\n]{0,60}?\b(?:his|her|their)[ \t]+"
        r"(?:own[ \t]+)?(?:[a-z-]+[ \t]+){0,3}" + re.escape(noun) + r"\b"
    )


# "the company said": nouns that refer back to any organisation.
ORG_NOUNS = ("company", "firm", "group", "body", "panel", "organisation", "organization")
# Words for a newspaper: "The daily X reports …. The paper says …".
OUTLET_NOUNS = ("paper", "newspaper", "daily", "weekly", "tabloid", "magazine")
# What a speaker issues or posts: "the statement said", "“…,” the post reads" go back to whoever issued it.
_ISSUED = DOCUMENT_REFS - {"report"}  # (a report's findings go to its author by other rules)
# The body a sentence says published the document its "the report says" then reads from.
_PUBLISHED_BY = re.compile(
    r"\b(?i:our|the|its|their)\s+([a-z]+)\s+(?:has\s+|had\s+)?(?:published|released|issued|produced|commissioned)\b"
)
# After a name: "said Rashid, who gave only his first name" (or "who would give only his first name").
_ONLY_FIRST_NAME = re.compile(
    r"[ \t]*,[ \t]*who[ \t]+(?:would[ \t]+)?(?:gave|give|gives)[ \t]+only[ \t]+(?:his|her|their)[ \t]+(?:first|given)"
)
_SPOKES = {"spokesman", "spokeswoman", "spokesperson"}
# Adjectives that may precede "spokesman" without naming an organisation.
_SPOKES_ADJ = {"senior", "former", "deputy", "chief", "official", "new", "another", "second", "unnamed"}
# "Minera Altiplano Sur, a privately held company based in La Paz": the head noun of an indefinite appositive
# (not "Ana Ruiz, a company director")
_DESCRIBED_AS = re.compile(
    # (the head before any preposition: ", an auditor at the fund," describes no fund)
    r",\s+an?\s+(?:(?!(?:at|of|for|from|in|on|with|the)\s)[\w-]+\s+){0,4}?([a-z]+)"
    r"(?=[,.;]|\s+(?:based|that|which|with|in|of|from|owned|run|"
    r"headquartered|registered|listed)\b)"
)
# An unnamed voice of a body the text named: "a spokesperson for the corporation".
_FOR_THE_BODY = re.compile(
    r"\s*(?i:a|an|the)\s+(?:[a-z-]+\s+)?spokes(?:man|woman|person)\s+"
    r"(?:for|of|from|at)\s+the\s+([a-z]+)\b"
)
# a capitalised run with the connectors of organisation names, in English and the languages they keep
_ORG_RUN = re.compile(
    r"[^\W\d_a-z][\w'’&-]*(?:[ \t]+(?:(?:of|and|for|on|the|de|du|des|del|della|di|da|do|der|van|von|y|et)[ \t]+)?"
    r"[^\W\d_a-z][\w'’&-]*)*"
)


# A person described by age alone: "the old man", "the elderly woman".
# (or by age and trade: "the young miner", of whatever gender the text gave the latest person)
_AGED_PERSON = re.compile(r"\s*(?i:the)\s+(?i:old|elderly|older|aging|ageing|young|younger)\s+([a-z]+)\s*")
_AGED_GENDER = {"man": ("m",), "gentleman": ("m",), "woman": ("f",), "lady": ("f",)}
# A kinship noun with no one it belongs to: "The mother, who travelled overnight from Myitkyina, said".
_THE_KIN = re.compile(r"\s*(?i:the)\s+([a-z]+)\s*")


# A plural subject: "Two carvers", "The carvers", "Several witnesses" (not "One of the cyclists, a woman …").
_GROUP = re.compile(
    r"\s*(?:(?i:the|two|three|four|five|six|seven|eight|nine|ten|several|many|some|both|other|\d+)\s+)?"
    r"(?:[a-z-]+\s+)?[a-z]+[^s\W]s\s*"
)


@dataclass
class Referent:
    surface: str | None
    kind: str  # person | organization | unknown | role
    role: str | None = None


def gkey(surface: str | None) -> str:
    return " ".join((surface or "").lower().split())


def _one_of_two(words: list[str], name: str) -> str:
    """The side of "Ana Kim and Bo Lee" that `name` ("Kim") is the family name of."""
    k = next(i for i, w in enumerate(words) if w in ("and", "&"))
    side = words[:k] if any(token_match(w, name) for w in words[:k]) else words[k + 1 :]
    return " ".join(side)


@dataclass
class State:
    """Discourse memory used to resolve pronouns and definite descriptions."""

    last_any: Referent | None = None
    last_person: Referent | None = None
    last_org: Referent | None = None
    roles: dict[str, Referent] = field(default_factory=dict)
    names: list[tuple[str, str]] = field(default_factory=list)  # (surface, kind)
    last_statement: Referent | None = None  # who last "said in a statement"
    gender: dict[str, str] = field(default_factory=dict)  # full name key and surname key -> "m" | "f"
    gender_from: dict[str, str] = field(default_factory=dict)  # surname key -> the name that gave it its gender
    persons: list[tuple[Referent, int]] = field(default_factory=list)  # (referent, paragraph)
    pidx: int = 0
    justice: Referent | None = None  # the justice or magistrate "the judge" stands for
    relatives: dict[str, Referent] = field(default_factory=dict)  # "Frank Holt" <-> "Mary Holt"
    kin: dict[str, str] = field(default_factory=dict)  # what each relative is to the other ("rina susanti": "child")
    titles: dict[str, Referent] = field(default_factory=dict)  # "mayor" -> Ana Ruiz, "authority" -> board
    defined: dict[str, Referent] = field(default_factory=dict)  # "the company" -> Acme Ltd
    # relatives sharing the family name of the one they were introduced by ("Her daughter, Lucia", "His father, Aksel
    # Kofoed"): a bare family name is not theirs while someone else has it
    lent: set[str] = field(default_factory=set)
    unrelated: set[str] = field(default_factory=set)  # full names the text says are no relation to a namesake
    # people the text also calls by their given name ("Nuala said" after "Nuala McGonigle, Bernadette's daughter")
    given_named: set[str] = field(default_factory=set)
    # the person a bare first word last stood for in the paragraph naming them ("Kim" -> "Kim Jae-won")
    first_word: dict[str, Referent] = field(default_factory=dict)
    group: str | None = None  # the role a plural subject last gave ("Two carvers had testified"): no "he" or "she"

    def gender_of(self, ref: Referent | None) -> str | None:
        """Gender of a referent: by its full form, else by its last name when that is the same person's
        ("Lopez" after "Ms. Lopez"), never a relative's ("Mahmoud al-Jubouri" is not "Nadia al-Jubouri")."""
        if ref is None or not ref.surface:
            return None
        key = gkey(ref.surface)
        if key in self.gender:
            return self.gender[key]
        words, surname = set(key.split()), key.split()[-1]
        giver = set(self.gender_from.get(surname, surname).split())
        if giver < words and self.surname_shared(key):
            return None  # "Del Bianco … she said" is not Lorenzo Del Bianco when Chiara Del Bianco shares the name
        # (not a full name from a bare family name another person was given: "Derek Chan" after "Chan … she added")
        borrowed = len(words) >= 2 and len(giver) < 2
        if (words <= giver or giver <= words) and surname in self.gender and not borrowed:
            return self.gender[surname]
        # "Pambianchi says he will buy …" after "Lorenzo Pambianco": a misspelling of someone the text gave a gender
        fits = {g for k, g in self.gender.items() if misspelt_surname(ref.surface, k)}
        if len(fits) == 1:
            return fits.pop()
        return self.given_name_gender(ref)

    def given_name_gender(self, ref: Referent) -> str | None:
        """The text gave none: the gender of the person's given name, when the text named them in full ("Ruelas Ortiz
        asked" after "Patricia Ruelas Ortiz": "he said" is not her); None if the name is either or unknown."""
        words = gkey(ref.surface).split()
        if ref.kind not in ("person", "unknown") or not words:
            return None
        # the fullest form the text gave ("Lula da Silva" is "Luiz Inácio Lula da Silva": Lula is no given name here)
        fuller = (gkey(r.surface).split() for r, _ in reversed(self.persons))
        words = next((w for w in fuller if len(w) > len(words) and w[-len(words) :] == words), words)
        return GIVEN_NAME_GENDER.get(norm(words[0])) if len(words) >= 2 else None

    def surname_shared(self, key: str) -> bool:
        """Another person the text named in full has this full name's family name."""
        surname = key.split()[-1]
        others = {
            other
            for other in {gkey(r.surface) for r, _ in self.persons if r.surface}
            if len(other.split()) >= 2 and other.split()[-1] == surname and other != key
        }
        # (the one fuller form of this name is the same person: "Ruelas Ortiz" of "Patricia Ruelas Ortiz")
        fuller = {other for other in others if other.endswith(" " + key)}
        return bool(others - fuller) or len(fuller) >= 2

    def set_gender(self, surface: str | None, g: str) -> None:
        if surface and surface.split():
            key = gkey(surface)
            self.gender.setdefault(key, g)
            if key.split()[-1] not in self.gender:
                self.gender[key.split()[-1]] = g
                self.gender_from[key.split()[-1]] = key
            if PATRONYMIC & set(key.split()[1:-1]):  # "Salim" of "Salim bin Hamad al-Kindi": known by the given name
                self.gender.setdefault(key.split()[0], g)

    def see(self, ref: Referent) -> None:
        pair = (ref.surface or "").split(" and ") if ref.kind in ("person", "unknown") else []
        if len(pair) == 2 and all(" " not in p and self.full_form(p) is not None for p in pair):
            return  # "Huillca and Quispe have emerged together": two people the text named, not one
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

    def full_form(self, name: str) -> Referent | None:
        """The person a bare surname is, the latest the text gave it to in full ("Ibarra" after "Marcela Ibarra"),
        so two people sharing it ("Héctor Ibarra", later) keep their own quotes; None if nobody."""
        if not name or " " in name.strip():
            return None
        for ref, _ in reversed(self.persons):
            words = (ref.surface or "").split()
            if len(words) >= 3 and words[0] == name and words[1].lower() in PATRONYMIC:
                return ref  # "Sahak" is Sahak bin Jamalul, not his son Arman bin Sahak
        found = []
        for ref, _ in reversed(self.persons):
            words = (ref.surface or "").split()
            # any family name: "Zambrano" of "Ximena Zambrano Loor" (two family names)
            if is_kunya(ref.surface or ""):
                continue  # "Abu Karim" is a father named for his son: "Karim" is the son, not him
            if len(words) >= 2 and ref.kind == "person" and any(token_match(w, name) for w in words[1:]):
                # "Kim" of "Ana Kim and Bo Lee" is one of two people, not both
                found.append(Referent(_one_of_two(words, name), "person") if {"and", "&"} & set(words) else ref)
        # "Santos" after "Maria Santos … Her daughter, Lucia": the one the text named so, not the relative; nor the
        # one it tells apart by her given name ("McGonigle told the crowd" after "Nuala said" is Bernadette)
        # (a namesake the text says is no relation keeps it only in the paragraph that names them: "Vasil Dimov (no
        # relation to our reporter), …. “…,” Dimov said.")
        father = self._named_for(name, found)
        if father is not None:
            return father
        here = {gkey(r.surface) for r, p in self.persons if p == self.pidx} if self.unrelated else set()
        away = self.lent | (self.unrelated - here)
        plain = [r for r in found if gkey(r.surface) not in away]
        if not plain:  # (of a relative and one said to be no relation to someone else, the latter: "Sean Murphy (no
            # relation to the former taoiseach) … His wife, Maura Murphy, … Murphy said")
            return next((r for r in found if gkey(r.surface) not in self.lent), found[0] if found else None)
        return next((r for r in plain if gkey(r.surface) not in self.given_named), plain[0])

    def _named_for(self, name: str, found: list[Referent]) -> Referent | None:
        """Where a child's second name is the parent's given name ("Tesfay Ghebremedhin", then "His son, Yonas
        Tesfay"), the bare name is the parent named first, not the child's family name."""
        order: dict[str, int] = {}
        for r, _ in self.persons:
            order.setdefault(gkey(r.surface), len(order))  # (where each was first seen)
        surfaces = {r.surface or "" for r, _ in self.persons}
        # (a full name, not the short form of one: "Medeiros da Ponte" of "Inês Medeiros da Ponte")
        short = {s for s in surfaces if any(o != s and o.endswith(" " + s) for o in surfaces)}
        for ref in found:
            words = (ref.surface or "").split()
            if not words or not token_match(words[-1], name) or gkey(ref.surface) not in order:
                continue  # (not one of two named together: "Ana Kim and Bo Lee")
            for first, _ in self.persons:
                given = (first.surface or "").split()
                full = len(given) >= 2 and (first.surface or "") not in short
                named_first = order[gkey(first.surface)] < order[gkey(ref.surface)]
                if full and first.kind == "person" and token_match(given[0], name) and named_first:
                    return first
        return None

    def given_form(self, name: str, paragraph: bool = False) -> Referent | None:
        """The latest person the text (or only this paragraph) named in full with this given name ("Tigist" of
        "Tigist Alemu")."""
        if " " in name.strip():
            return None
        return next(
            (
                ref
                for ref, p in reversed(self.persons)
                if ref.kind == "person"
                and (not paragraph or p == self.pidx)
                and len((ref.surface or "").split()) >= 2
                and token_match((ref.surface or "").split()[0], name)
            ),
            None,
        )

    def kin_holder(self, noun: str) -> Referent | None:
        """The one person the text made a "grandmother" (a grandparent, and a woman) by a kinship it gave."""
        return self._only_kin((KIN_KIND[noun],), lambda ref: self.gender_of(ref) in (KIN_GENDER.get(noun), None))

    def of_generation(self, name: str, younger: bool) -> Referent | None:
        """ "the younger O'Flaherty" after "Declan O'Flaherty … His son, Ciarán O'Flaherty": of two relatives sharing
        the family name, the child (younger) or the parent (elder); None unless one fits."""
        kinds = ("child", "grandchild", "younger") if younger else ("parent", "grandparent", "elder")

        def named(ref: Referent) -> bool:  # (any family name: "Santiago" of "Aurelio Santiago Cruz")
            words = (ref.surface or "").split()
            return len(words) >= 2 and any(token_match(w, name) > 0 for w in words[1:])

        return self._only_kin(kinds, named)

    def _only_kin(self, kinds: tuple[str, ...], fits: Callable[[Referent], bool]) -> Referent | None:
        """The one person the text gave one of these kinships (child, parent …) who also fits; None if none or two."""
        found = {
            gkey(ref.surface): ref
            for ref, _ in self.persons
            if ref.surface and self.kin.get(gkey(ref.surface)) in kinds and fits(ref)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def relative_of(self, person: str | None, gender: str, kin: str) -> str | None:
        """The relative the text gave a person ("His daughter, Guadalupe Ibarra, said": her father), if the gender
        fits, and the kinship where the text gave it ("Néstor's daughter, Lucía" is not her grandfather)."""
        found = (r for key, r in self.relatives.items() if person and name_similarity(key, gkey(person)))
        relative = next(found, None)
        if relative is None or not relative.surface or self.gender_of(relative) not in (gender, None):
            return None
        return relative.surface if self.may_be_kin(relative.surface, kin) else None

    def may_be_kin(self, name: str, kin: str) -> bool:
        """The kinship the text gave this person, if any, fits the kin noun ("Néstor's daughter, Lucía" is no
        grandfather; "my brother" is the one the text made "his younger brother", or the elder)."""
        given = self.kin.get(gkey(name))
        meant = ("younger", "elder") if kin in ("brother", "sister") else (KIN_KIND.get(kin),)
        return not given or given in meant

    def latest_person(self, genders: tuple[str | None, ...], besides: Container[str] = ()) -> Referent | None:
        """The latest person the text named whose gender is one of `genders` (None: not known), not in `besides`
        (names, or a text they are printed in: the one reading it out, say)."""
        return next(
            (
                r
                for r, _ in reversed(self.persons)
                if r.surface
                and r.kind in ("person", "unknown")
                and self.gender_of(r) in genders
                and r.surface not in besides
            ),
            None,
        )

    def namesake(self, person: str | None, gender: str) -> Referent | None:
        """ "Her husband was less sentimental" after Monique and Adam Verret: the one other person the text named with
        her family name, if the gender fits; None if none or two."""
        named = [ref.surface for ref, _ in self.persons if ref.kind == "person" and ref.surface]
        name = one_namesake(person, named, lambda n: self.gender_of(Referent(n, "person")) in (gender, None))
        return Referent(name, "person") if name else None

    def note_given_name(self, name: str) -> None:
        """ "Nuala said": the person named in full with that given name is one the text calls by it."""
        for ref, _ in reversed(self.persons):
            words = (ref.surface or "").split()
            if len(words) >= 2 and ref.kind == "person" and words[0] == name:
                self.given_named.add(gkey(ref.surface))
                return

    def note_title(self, phrase: str, ref: Referent) -> None:
        """Remember the title a description gives a named referent: "The mayor of Ely" -> mayor,
        "Deputy Prime Minister" -> minister, "The regional water authority" -> authority."""
        if not ref.surface or ref.kind not in ("person", "organization"):
            return
        if re.match(r"\s*(?:no|not|unrelated)\s+(?:relation|related)\b", phrase, re.I):
            return  # "Shelley MacRae, no relation to the councillor,": not the councillor
        head = re.split(r"\s(?:of|for|at|in|on)\s|,", " " + phrase.lower() + " ")[0]
        nouns = _TITLE_NOUNS
        before = re.split(r"\s(?:that|which|who)\s", head, maxsplit=1)[0].split()
        if before and before != head.split() and (before[-1] in nouns or is_title_word(before[-1])):
            head = " ".join(before)  # "the local station that has been broadcasting live": a station
        # "Luca Capozzoli, the defendant's 31-year-old son": the son, not the defendant
        kin = re.search(r"['’]s\s+(?:[\w-]+\s+){0,2}([a-z]+)\s*$", head)
        if kin and ref.kind == "person" and kin.group(1) in KIN_GENDER:
            self.titles[kin.group(1)] = ref
            return
        words = re.findall(r"[a-z][\w-]*", re.sub(r"^.*['’]s\s", " ", head))
        jobs = ROLE_NOUNS if ref.kind == "person" else ()  # "Dr. Ana Ruiz, an agronomist at …": "the agronomist"
        at = next(
            (
                k
                for k in range(len(words) - 1, -1, -1)
                if is_title_word(words[k]) or words[k] in nouns or words[k] in jobs
            ),
            None,
        )
        plain = re.fullmatch(r"\s*(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}([a-z]+)\s*", head)
        if at is None and plain and ref.kind == "person" and plain.group(1) not in COMMON_WORDS:
            at = len(words) - 1  # a title no list has: "Kemal Yılmaz, the elected muhtar of Göreme" -> "the muhtar"
        if at is None:
            return
        prime = at > 0 and words[at - 1] == "prime"  # ("the Prime Minister, Hon. X,"; "Deputy Prime Minister Y")
        office = "prime " + words[at] if prime else words[at]
        rank = at - 1 - prime
        if rank >= 0 and words[rank] in RANKS:  # "Deputy Mayor Tom Hale" is the deputy mayor, not the mayor
            self.titles[words[rank] + " " + office] = self.titles[words[rank]] = ref
        elif prime:
            self.titles[office] = ref
        elif not self._fuller_holder(words[at], ref):
            self.titles[words[at]] = ref
        if words[at] == "officer" and at > 0 and words[at - 1] == "executive":
            self.titles.setdefault("executive", ref)  # "Chief Executive Officer of KGHC", then "the Chief Executive"
        # "Justice Rosalind Gokool-Antoine", then "The judge also ordered" (the latest justice; never over a "Judge
        # Maria Lopez" the text named, nor a former one)
        justice = words[at] in ("justice", "magistrate") and ref.kind == "person" and "former" not in words[:at]
        if justice and self.titles.get("judge") in (None, self.justice):
            self.titles["judge"] = self.justice = ref
        if ref.kind == "person" and words[at] in ROLE_WORDS:
            self.roles[words[at]] = ref  # "a spokeswoman for the office, Ana Ruiz," is "the spokeswoman" after it

    def _fuller_holder(self, title: str, ref: Referent) -> bool:
        """The title's holder is this one named in full: "Councillor MacRae" keeps "Councillor Tom MacRae"."""
        holder = self.titles.get(title)
        words = (holder.surface or "").split() if holder is not None else []
        bare = (ref.surface or "").split()
        return len(words) >= 2 and len(bare) == 1 and token_match(words[-1], bare[0]) > 0


# The nouns a description names a referent by ("the mayor", "the authority"), once rather than per call.
_TITLE_NOUNS = PERSON_REFS | GENERIC_ORG_REFS | ORG_WORDS

# Words a title before a name is made of besides capitalised ones ("Secretary of State for Wales Jo Stevens")
_TITLE_WORDS_NEAR = _TITLE_NOUNS | {"of", "for", "and", "the", "de"}

# Words that make a title another office: "deputy mayor", "vice chair", "acting director".
RANKS = {"deputy", "vice", "assistant", "acting", "interim", "associate", "former", "co"}


_HONORIFIC = re.compile(
    r"\b(?:(?P<m>Mr|Sir|Lord|Monsieur|Herr|Señor|Senor)|(?P<f>Mrs|Ms|Miss|Madam|Madame|Dame|Lady|Mme|Frau|Señora))\b\.?"
)


def one_namesake(person: str | None, names: Iterable[str], fits: Callable[[str], bool]) -> str | None:
    """The one name among `names` other than `person` with its family name that `fits`; None if none or two."""
    words = (person or "").split()
    if len(words) < 2:
        return None
    found = {
        gkey(n): n
        for n in names
        if len(n.split()) >= 2 and n.split()[-1] == words[-1] and gkey(n) != gkey(person) and fits(n)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def honorific_gender(st: State, phrase: str, name: str | None) -> None:
    """ "Ms. Lopez" is a woman and "Mr. Reyes" a man, so a later "she said" skips Mr. Reyes."""
    g = gender_of_honorific(phrase)
    if g and name and name.split():
        st.set_gender(name, g)


def gender_of_honorific(phrase: str | None) -> str | None:
    """ "m" for "Mr. Reyes", "f" for "Mrs. Pruitt", None without an honorific."""
    m = _HONORIFIC.search(phrase or "")
    return ("m" if m.group("m") else "f") if m else None


def title_prefix(subject: str, name: str | None) -> str:
    """The words before the name in "Deputy Prime Minister Ana Ruiz" ("Deputy Prime Minister")."""
    if not name:
        return ""
    at = subject.find(name.split()[0])
    words = subject[:at].split() if at > 0 else []
    # the run of capitalised, title and linking words next to the name (in "Asked by the prosecutor what the
    # younger Molina", "younger" ends it; "The daily Martı Postası" is a daily)
    if words and words[-1].lower() in ("and", "&", "or"):
        return ""  # "Los Álamos Cooperative and Fundación Piedemonte": another name, not a title
    k = len(words)
    while k and (words[k - 1][:1].isupper() or words[k - 1] in _TITLE_WORDS_NEAR or is_title_word(words[k - 1])):
        k -= 1
    return " ".join(words[k:])


# Bodies a name shows are not a company ("Chmielno Kashubian Folk Circle", "Baltic Roots Foundation").
_NOT_COMPANIES = (
    frozenset(
        """
    circle foundation association ministry council union federation society trust club university institute
    committee government department agency court party church school commission authority museum
    """.split()
    )
    | ORG_HEAD_FORMS["foundation"]
    | ORG_HEAD_FORMS["association"]
    | ORG_HEAD_FORMS["ministry"]
)


def _given_name_first(name: str | None) -> bool:
    """The name opens with a given name ("Martin Friel"): a person's, not a firm's ("Aegean Sunways")."""
    words = norm(name or "").split()
    return len(words) >= 2 and words[0] in GIVEN_NAME_GENDER


def _not_a_company(name: str | None) -> bool:
    return bool(name) and bool(_NOT_COMPANIES & set(name.lower().split()))


# What makes one of two namesakes the parent or the child: "His father, X", "X Sr.", "X, who … handed it to his
# daughter"; "His daughter, X", "X Jr.".
_PARENT_BEFORE = re.compile(r"\b(?:father|mother|dad|mum|mom)\b\W*$")
_CHILD_BEFORE = re.compile(r"\b(?:son|daughter|child)\b\W*$")
_SPOUSE_BEFORE = re.compile(r"\b(?:wife|husband|widow|widower|partner)\b\W*$")
NO_RELATION = r"\b(?:no\s+relation|not\s+related|unrelated)\b"  # "Busisiwe Ncube, who is no relation"
_NO_RELATION = re.compile(r"[^.]{0,40}" + NO_RELATION)


# "Karsono, who like many Javanese men of his generation uses a single name,": the whole name, no one's part of another
_ONE_NAME = re.compile(
    r"\b([^\W\d_a-z][\w'’-]+),?[ \t]+(?:who[ \t]+)?[^.\n]{0,60}?\b(?:uses|has|goes[ \t]+by|is[ \t]+known[ \t]+by)"
    r"[ \t]+(?:only[ \t]+|just[ \t]+)?(?:a[ \t]+single|one|a[ \t]+single[ \t]+given)[ \t]+name\b"
    r"(?=[ \t]*[,.;)]|[ \t]+(?:and|but|only)\b)"  # (the clause ends there: not "Ruiz has one name in mind")
)


def single_names(text: str) -> frozenset[str]:
    """The names the text says are a person's only name."""
    # (or only the one the text was given: "said Rashid, who gave only his first name")
    given = re.finditer(r"\b([^\W\d_a-z][\w'’-]+)" + _ONLY_FIRST_NAME.pattern, text)
    return frozenset(m.group(1) for m in [*_ONE_NAME.finditer(text), *given])


def unrelated_names(text: str, names: Iterable[str] | None = None) -> frozenset[str]:
    """The full names among `names` (full names; by default, all the text's) the text says right after are no
    relation to a namesake ("Murdo John Macleod (no relation)", "Ana Ruiz, who is no relation,")."""
    if not re.search(NO_RELATION, text):
        return frozenset()  # (most texts: no name to look at)
    return frozenset(
        name
        for name in (full_person_names(text) if names is None else names)
        if re.search(re.escape(name) + r"[ \t]*[(,—–][^.()\n]{0,25}?" + NO_RELATION, text)
    )


_HAS_CHILD = re.compile(r"\b(?:his|her)\s+(?:son|daughter|children|child)\b")
# A document a titled person wrote: "the commissioner's message", "the mayor's letter"
_TITLED_OWNER = re.compile(
    r"\s*the\s+((?:prime\s+)?[a-z-]+)['’]s\s+(?:[a-z-]+\s+)?(?:message|letter|statement|note|e-?mail|post)\s*$", re.I
)
# A child by an apposition after the name: "Engr. Adaeze Nwachukwu, the chairman's daughter," (or a parent: ", the
# mayor's father")
_KIN_AFTER = re.compile(
    r",\s+(?:the\s+[a-z-]+|[^\W\d_a-z][\w-]+)['’]s\s+(?:(?P<child>son|daughter|child)|(?P<parent>father|mother))\b"
)
# What an apposition calls someone, nothing after the noun: "the cooperative", "its local newspaper"
_DESCRIBED_BY_NOUN = re.compile(r"\s*(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,2}([a-z]+)\s*")
# "the younger O'Flaherty", "the elder Sabirov": one of two relatives sharing a family name
_GENERATION = re.compile(r"\b(?i:the)\s+(younger|elder|older)\s+[^\W\d_a-z]")


class Resolver:
    """Fills cue.surface / cue.kind from the cue's subject and the discourse state."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.mtext = ""
        self.person_hints: set[str] = set()
        self.org_hints: set[str] = set()  # surfaces referred to as "the company"
        self.aliases: dict[str, str] = {}  # defined short name -> full name ("Acme" -> "Acme Holdings N.V.")

    def unaliased(self, ref: SpeakerRef) -> SpeakerRef:
        """A defined short name ("Acme", "Coopesol") as the body it is short for; any other ref as it is."""
        if ref.name in self.aliases:
            return SpeakerRef("name", name=self.aliases[ref.name], kind="organization")
        return ref

    def resolve(self, cue: Cue, prev: Cue | None) -> None:
        handler = _RESOLVERS.get(cue.ref.ref)
        if handler is not None:
            handler(self, cue, prev)

    def _by_first_word(self, name: str) -> Referent | None:
        """ "Kim wrote" of "Kim Jae-won", family name first, that this paragraph named; "Kim said" in the next one
        while he is still the latest named so (not Kim Jae-hoon, named earlier)."""
        st = self.state
        here = st.given_form(name, paragraph=True)
        if here is not None:
            st.first_word[name] = here
            return here
        before, latest = st.first_word.get(name), st.given_form(name)
        return latest if before is not None and latest is not None and before.surface == latest.surface else None

    def _coord(self, cue: Cue, prev: Cue | None) -> None:
        if prev is not None:  # "..., but warned that"
            cue.surface, cue.kind = prev.surface, prev.kind

    def _name(self, cue: Cue, prev: Cue | None) -> None:
        ref, st = self.unaliased(cue.ref), self.state  # "Coopesol's 2026 Harvest Report states"
        name = self.kin_name(ref.name or "", cue.other) if cue.other else ref.name
        words = (name or "").split()
        only_titles = len(words) > 1 and all(is_title_word(w) or w.lower() in RANKS | {"prime"} for w in words)
        office = st.titles.get(" ".join(words).lower()) if only_titles else None
        if office is not None and office.kind == "person":  # "the Prime Minister's message said" after "the Prime
            cue.surface, cue.kind = office.surface, "person"  # Minister, Hon. Sione Vakameilalo,"
            st.see(office)
            return
        g = gender_of_honorific(cue.subject)
        full = st.full_form(name or "") if ref.kind in ("person", "unknown") else None
        if full is not None and _ONLY_FIRST_NAME.match(self.mtext, cue.subj_end):
            full = None  # "said Rashid, who gave only his first name": someone else than Hessa al-Rashidi
        if name and GIVEN_NAME_HONORIFICS & set(title_prefix(cue.subject, name).lower().split()):
            full = st.given_form(name) or full  # "Ato Bekele laughed" is Bekele Tessema, not his son Dawit Bekele
        elif name and full is not None and norm(name) not in GIVEN_NAME_GENDER:
            # "Alemu Haile, who has rented pedal boats …. “…,” Alemu said.": the one this paragraph just named with
            # that given name, not Tigist Alemu named before
            here = st.given_form(name, paragraph=True)
            full = here if here is not None and here.surface != full.surface else full
        if g and full is not None and st.gender_of(full) != g:
            full = self._called_by_given_name(name or "", g, cue.start) or full
        titled = self._titled_holder(cue.subject, name or "") or self._holder_in_clause(cue, full)
        titled = self.of_generation(cue.subject, name or "", cue.start) or titled  # "the younger O'Flaherty said"
        titled = titled or self.titled_after(cue.other, name or "")
        full = titled or full  # "Councillor MacRae" is the councillor, not Shelley MacRae named since
        if full is None and name and " " not in name.strip() and ref.kind in ("person", "unknown"):
            st.note_given_name(name)
            full = self._by_first_word(name)
        # "Tulpar later said on the club website": a name the text shows to be a body is one from here on
        # ("The cooperative, Huîtres du Golfe, said": a name read like a person's that the text calls a body)
        noun = _DESCRIBED_BY_NOUN.fullmatch((cue.other or "").lower())
        body = ref.kind == "unknown" or noun is not None and noun.group(1) in ORG_WORDS | GENERIC_ORG_REFS
        kind = "organization" if body and name in self.org_hints else ref.kind
        referent = full or Referent(name, kind)
        name = referent.surface
        st.see(referent)
        st.note_title(cue.other or title_prefix(cue.subject, ref.name), referent)
        # "The daily Gazeta Sul reports that its editor, X, told"; "The first witness, housing director X, told"
        if cue.other:
            st.note_title(title_prefix(cue.subject, ref.name), referent)
        honorific_gender(st, cue.subject, name)
        cue.surface, cue.kind = name, referent.kind

    def of_generation(self, subject: str, name: str, before: int) -> Referent | None:
        """ "the younger O'Flaherty": the child or the parent of two relatives sharing the family name, by the
        kinship a cue gave, else by the one the text gives a name printed in full; None if `subject` says neither."""
        generation = _GENERATION.search(subject) if name and " " not in name.strip() else None
        if generation is None:
            return None
        younger = generation.group(1).lower() == "younger"
        return self.state.of_generation(name, younger) or self._of_generation_named(name, younger, before)

    def _of_generation_named(self, surname: str, younger: bool, before: int) -> Referent | None:
        """ "the elder Delacroix" with no kinship read from a cue: of the people the text named in full with that
        family name, the one it makes the parent ("His father, Travis Delacroix Sr.", "Pekka Heikkilä, who … handed it
        to his daughter") or the child ("His daughter, Mirei Ohnishi"); None unless one fits."""
        # (a second family name after it is the name's: "Her father, Rafael Almonte Peña")
        full = re.compile(
            r"\b[^\W\d_a-z][\w'’-]+(?:[ \t]+[^\W\d_a-z][\w'’-]+)?[ \t]+"
            + re.escape(surname)
            + r"\b(?:[ \t]+[^\W\d_a-z][\w'’-]+\b(?![.!?]))?"
        )
        older: dict[str, bool | None] = {}
        apart: set[str] = set()  # a spouse or a namesake of no relation: neither generation
        for m in full.finditer(self.mtext, 0, before):
            ref = parse_speaker_phrase(m.group(0))  # (without "Sr.", which reads as a title)
            if ref.ref != "name" or not ref.name or ref.kind == "organization":
                continue
            suffix = GENERATION_SUFFIX.match(self.mtext, m.end())
            name = f"{ref.name} {suffix.group(1)}" if suffix else ref.name
            lead = self.mtext[max(0, m.start() - 30) : m.start()]
            rest = re.split(r"(?<=[.!?])\s|\n", self.mtext[m.end() : m.end() + 200])[0]  # (its sentence)
            after = _KIN_AFTER.match(rest)
            parent = _PARENT_BEFORE.search(lead) or _HAS_CHILD.search(rest) or after and after.group("parent")
            if parent or suffix and suffix.group(1).startswith("S"):
                older[name] = True
            elif _CHILD_BEFORE.search(lead) or suffix or after and after.group("child"):
                older[name] = False
            else:
                older.setdefault(name, None)  # (a plain mention first does not hide the kinship given later)
            if _SPOUSE_BEFORE.search(lead) or _NO_RELATION.match(rest):
                apart.add(name)
        fits = [n for n, old in older.items() if old is not None and old != younger]
        if not fits and not younger and False in older.values():
            # "Their son, Themba Ncube" and no parent named so: "the elder Ncube" is the one other Ncube the text
            # names plainly (not "his wife, Nomvula Ncube", nor "Busisiwe Ncube, who is no relation")
            fits = [n for n, old in older.items() if old is None and n not in apart]
        return Referent(fits[0], "person") if len(fits) == 1 else None

    def _called_by_given_name(self, surname: str, gender: str, before: int) -> Referent | None:
        """ "Mr Perera added" after "Chaminda said" is Chaminda when the text named him "Chaminda Perera": the latest
        person of that family name and gender, counting those the text calls by their given name."""
        st = self.state
        for ref, _ in reversed(st.persons):
            words = (ref.surface or "").split()
            known = st.gender_of(ref)
            if ref.kind not in ("person", "unknown") or known not in (gender, None):
                continue
            if len(words) >= 2 and words[-1] == surname and known == gender:
                return ref
            printed = len(words) == 1 and re.search(rf"\b{re.escape(words[0])}[ \t]+{re.escape(surname)}\b", self.mtext)
            if printed and printed.start() < before:
                return ref
        return None

    def titled_after(self, other: str, name: str) -> Referent | None:
        """ "Heikkilä, the CEO, says": the Heikkilä the text made the CEO, not her father named since."""
        plain = re.fullmatch(r"\s*(?i:the|our|its|their)\s+(?:[a-z-]+\s+){0,2}([a-z]+)\s*", (other or "").lower())
        holder = self.state.titles.get(plain.group(1)) if plain and name and " " not in name.strip() else None
        if holder is None or holder.kind != "person" or not holder.surface:
            return None
        return holder if token_match(holder.surface.split()[-1], name) else None

    def _titled_holder(self, subject: str, name: str) -> Referent | None:
        """The person the text gave the title before a bare family name ("Councillor MacRae"), if the names agree."""
        if not name or " " in name.strip():
            return None
        words = title_prefix(subject, name).lower().split()
        holder = next((self.state.titles[w] for w in reversed(words) if w in self.state.titles), None)
        words_of = (holder.surface or "").split() if holder is not None and holder.kind == "person" else []
        # (or the family name first: "Professor Kim" of "Professor Kim Ji-hye", not the "Mr Kim" named before)
        return holder if len(words_of) >= 2 and (token_match(words_of[-1], name) or words_of[0] == name) else None

    def _holder_in_clause(self, cue: Cue, full: Referent | None) -> Referent | None:
        """A family name two people share, said of what one of them was introduced with: "Zeltiņa said the
        association would refuse" is the Zeltiņa "who chairs the residents' association", not her sister-in-law named
        since."""
        st = self.state
        if full is None or not full.surface or not st.surname_shared(gkey(full.surface)):
            return None
        line = self.mtext[cue.end : self.mtext.find("\n", cue.end) % (len(self.mtext) + 1)]
        nouns = set(re.findall(r"\b(?i:the)\s+([a-z]+)\b", line)) & _TITLE_NOUNS
        surname = gkey(full.surface).split()[-1]
        people = {r.surface: r for r, _ in st.persons if r.surface and len(gkey(r.surface).split()) >= 2}
        fits = []
        for name, r in people.items():
            at = self.mtext.find(name, 0, cue.start)
            if gkey(name).split()[-1] != surname or at < 0:
                continue
            intro = re.split(r"(?<=[.!?])\s|\n", self.mtext[at + len(name) : at + len(name) + 200])[0]
            if any(re.search(r"\b" + noun + r"\b", intro) for noun in nouns):
                fits.append(r)
        return fits[0] if len(fits) == 1 else None

    def _pronoun(self, cue: Cue, prev: Cue | None) -> None:
        ref, st = cue.ref, self.state
        target = st.last_any
        # ("One entry, in her notebook, says: “…” … “…,” she added": the person, not the document)
        document = target is not None and target.kind == "role" and target.role in DOCUMENT_REFS | {"entry", "note"}
        # ("Two carvers had testified …. “…,” she said": not the carvers, a group)
        group = target is not None and target.kind == "role" and target.role == st.group
        if ref.kind == "person" and target is not None and (target.kind == "organization" or document or group):
            target = st.last_person
        if ref.kind == "organization":
            target = st.last_org
            if target is None and st.last_statement is not None and st.last_statement.surface:
                # "Luz Austral said in a statement …. It said …": "it" makes the statement's maker a body
                target = Referent(st.last_statement.surface, "organization")
                self.org_hints.add(st.last_statement.surface)
            # "The company's written submission … “…,” it said." with no body in mind: the one the text said "which
            # operates …" of ("Rheinchem Huningue, which operates a solvent plant,")
            body = self.which_body(cue.start, 0) if target is None else None
            target = Referent(body, "organization") if body else target
        g = {"he": "m", "she": "f"}.get(ref.pronoun or "")
        reply = bool(g) and cue.verb in _REPLY_VERBS
        asked = (self._addressee(cue.start) or self._partner(target, g)) if reply else None
        if g and not reply and target is not None and st.gender_of(target) not in (None, g):
            # "The judge put a question to Julián directly. “…?” she asked. “No, your honour,” he said."
            asked = self._addressee(cue.start)
        if asked is not None and st.gender_of(asked) in (None, g):
            target = asked  # "Dittmann pressed von Alvensleben on … “…?” he asked. “No one can,” she replied."
        elif g and target is not None and target.kind != "role" and st.gender_of(target) not in (None, g):
            # "he replied" right after "his wife said": the latest person of that gender, else one of no known gender
            fits = [r for r, _ in reversed(st.persons) if st.gender_of(r) == g]
            # (of either kind: "Aksoy told reporters" with his full name only lower down a reverse live blog)
            unknown = [r for r, _ in reversed(st.persons) if st.gender_of(r) is None and r.kind != "organization"]
            target = next(iter(fits or unknown), target)
        elif g and target is not None and target.kind in ("person", "unknown") and st.gender_of(target) is None:
            # "Zambrano said she had spoken with Ordóñez, who told her …. “…,” she said": the one in this paragraph
            # the text made a woman, not one it never gave a gender
            target = next((r for r, p in reversed(st.persons) if p == st.pidx and st.gender_of(r) == g), target)
        if g and target is not None and target.surface and target.kind in ("person", "unknown"):
            st.set_gender(target.surface, g)
        if target is not None:
            if ref.kind == "person" and target.kind == "unknown" and target.surface:
                self.person_hints.add(target.surface)  # "he said" => a person
            cue.surface = target.surface
            cue.kind = "organization" if target.kind == "role" else target.kind
            st.last_any = target

    def _partner(self, asker: Referent | None, g: str | None) -> Referent | None:
        """Whom the asker was questioning: "“…,” Sørensen testified. … “Isn't it true …?” he asked. “…,” she
        replied." — the latest other person in this or the two paragraphs before, when the asker's gender is not the
        reply's."""
        st = self.state
        if asker is None or asker.kind != "person" or st.gender_of(asker) in (None, g):
            return None
        recent = [r for r, p in reversed(st.persons) if p >= st.pidx - 2 and r.kind in ("person", "unknown")]
        return next((r for r in recent if r.surface != asker.surface and st.gender_of(r) in (None, g)), None)

    def _addressee(self, at: int) -> Referent | None:
        """The person a question was put to in this paragraph or the one before ("pressed von Alvensleben on
        whether …", "Krüger asked Adler"), as the text named them before; not the asker after a quote ("asked X")."""
        para = self.mtext.rfind("\n\n", 0, at)
        start = max(self.mtext.rfind("\n\n", 0, para), 0) if para > 0 else 0
        found = [
            m for m in _QUESTION_TO.finditer(self.mtext, start, at) if not _AFTER_QUOTE.search(self.mtext, 0, m.start())
        ]
        if not found:
            return None
        name = found[-1].group(1)
        return next(
            (
                r
                for r, _ in reversed(self.state.persons)
                if r.surface
                and r.kind in ("person", "unknown")
                and (r.surface == name or r.surface.endswith(" " + name) or r.surface.startswith(name + " "))
            ),
            None,
        )

    def _relative(self, cue: Cue) -> bool:
        """ "his wife said": the person this one was introduced as a relative of
        ("Her husband, Frank,"), if the genders fit."""
        st = self.state
        kin = re.fullmatch(r"\s*(his|her)\s+(\w+)\s*", cue.subject, re.I)
        if not kin or kin.group(2).lower() not in KIN_GENDER:
            return False
        owner = st.last_any.surface if st.last_any is not None else None
        gender = KIN_GENDER[kin.group(2).lower()]
        cand = st.relatives.get(gkey(owner))
        if cand is None:  # "Her husband said" after Monique and Adam Verret: the latest "her", then her namesake
            his = "m" if kin.group(1).lower() == "his" else "f"
            last = st.latest_person((his, None))
            cand = st.namesake(last.surface if last else None, gender)
        if cand is None or st.gender_of(cand) not in (gender, None):
            return False
        st.see(cand)
        cue.surface, cue.kind = cand.surface, "person"
        return True

    def _role(self, cue: Cue, prev: Cue | None) -> None:
        ref, st = cue.ref, self.state
        if self._relative(cue) or self._written_by(cue):
            return
        named = None if ref.name else self._gave_own_name(cue)
        if named is not None:
            st.see(named)
            cue.surface, cue.kind = named.surface, "person"
            return
        titled = st.titles.get(ref.role or "") if not ref.name and re.match(r"\s*(?i:the)\s", cue.subject) else None
        if titled is not None and titled.kind == "person":  # "The agronomist warned" after "X, an agronomist at …"
            cue.surface, cue.kind = titled.surface, "person"
            st.see(titled)
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
                org = self.recent_org(noun, cue.start)
            if org:
                self._speaks_for(cue, org)
                return
        aged = _AGED_PERSON.fullmatch(cue.subject) if not ref.name else None
        noun = aged.group(1).lower() if aged else ""
        genders = _AGED_GENDER.get(noun, ("m", "f", None) if noun in ROLE_NOUNS and noun not in st.titles else ())
        kin = None if ref.name or aged else _THE_KIN.fullmatch(cue.subject)
        if kin and kin.group(1).lower() in KIN_GENDER and kin.group(1).lower() not in st.titles:
            genders = (KIN_GENDER[kin.group(1).lower()], None)  # "The mother, who travelled from X, said": hers
        person = st.latest_person(genders) if genders else None
        if person is not None:  # "“…,” the old man says." of the man the profile is about, named before
            cue.surface, cue.kind = person.surface, "person"
            st.see(person)
            return
        noun = self._spokesperson_body(cue) if not ref.name else None
        org = self._body_called(noun, cue.start) if noun else None
        if org:
            self._speaks_for(cue, org)
            return
        head = None if ref.name else _DEFINITE_HEAD.match(cue.subject)
        ahead = self._title_ahead(head.group(1), cue.end, apposed=cue.start) if head else None
        if ahead is not None:  # "said the duty forecaster at …" … "The forecaster, Park Jae-won, said"
            cue.surface, cue.kind = ahead.surface, "person"
            st.see(ahead)
            return
        st.see(Referent(ref.name, "role", ref.role))
        st.group = ref.role if _GROUP.fullmatch(cue.subject) else None
        # the one a spokesperson speaks for: a body, or a titled person ("a spokesperson for Secretary Jo Park")
        cue.surface, cue.kind = (
            ref.name,
            (ref.kind if ref.kind == "person" else "organization") if ref.name else "unknown",
        )

    def _gave_own_name(self, cue: Cue) -> Referent | None:
        """An unnamed speaker the clause inside the subject ("A resident who gave his name only as Kofi said") or
        after it ("A coordinator, who gave only her first name, Anoma, said") names after all; "his"/"her" gives the
        gender."""
        only = GAVE_ONLY_NAME.search(cue.subject) or GAVE_ONLY_NAME.match(self.mtext, cue.subj_end)
        if only is None or is_common_word(only.group(1)):
            return None
        pronoun = re.search(r"\b(her|herself|his|himself)\b", only.group(0))
        name = only.group(1)
        if " " in name and is_title_word(name.split()[0]):
            name = name.split(None, 1)[1]  # "who gave her name only as Doña Cecilia": Cecilia
        if pronoun:
            self.state.set_gender(name, "f" if pronoun.group(1).startswith("her") else "m")
        return Referent(name, "person")

    def _spokesperson_body(self, cue: Cue) -> str | None:
        """The kind of body an unnamed spokesperson speaks for: "A spokesperson for the corporation, who could not be
        named, said"; a bare "A spokesperson told us" after "We asked the board about that." on the same line."""
        body = _FOR_THE_BODY.match(cue.subject)
        if body:
            return body.group(1).lower()
        if not re.fullmatch(r"\s*(?i:an?)\s+spokes\w+\s*", cue.subject):
            return None
        line = self.mtext[self.mtext.rfind("\n", 0, cue.start) + 1 : cue.start]
        nouns = [n.lower() for n in re.findall(r"\b(?i:the)\s+([a-z]+)\b", line) if n.lower() in GENERIC_ORG_REFS]
        return nouns[-1] if nouns else None

    def _body_called(self, noun: str, before: int) -> str | None:
        """The body "the <noun>" means: the last organisation, if its name has the noun, else the latest one named
        with it (`recent_org`)."""
        last = self.state.last_org.surface if self.state.last_org is not None else None
        return last if last and noun in last.lower() else self.recent_org(noun, before)

    def _speaks_for(self, cue: Cue, org: str) -> None:
        """An unnamed spokesperson's words are the body's they speak for; "the spokesperson said" stays with it."""
        self.state.see(Referent(org, "role", cue.ref.role))
        cue.surface, cue.kind = org, "organization"

    def _definite_role(self, cue: Cue, prev: Cue | None) -> None:
        r = self.state.roles.get(cue.ref.role or "")
        titled = self.state.titles.get(cue.ref.role or "")
        if r is None and titled is not None and titled.kind == "person":
            r = titled  # "the Chief Executive added" after "X, Chief Executive Officer of KGHC"
        if r is not None:
            cue.surface, cue.kind = (
                r.surface,
                r.kind if r.kind == "person" else "organization" if r.surface else "unknown",
            )
            self.state.last_any = r

    def _written_by(self, cue: Cue) -> bool:
        """ "“…,” the statement said" after "read a statement from his mother, Danuta Wójcik," or "read from a
        letter MacIver had written": the document's author, when the text just before names one."""
        noun = (cue.ref.role or "").lower()
        if noun not in _DOCUMENT_NOUNS:
            return False
        window = self.mtext[max(0, cue.start - 400) : cue.start]
        found = None
        for m in _written_by_patterns(noun).finditer(window):
            found = m
        if found is None:
            return False
        # "Mr Wójcik's mother, Danuta Wójcik": the name after the last comma
        phrase = (found.group(1) or found.group(2) or found.group(3)).split(",")[-1].strip()
        ref = parse_speaker_phrase(phrase)
        if ref.ref != "name" or not ref.name:
            return False
        author = Referent(ref.name, "person" if ref.kind != "organization" else "organization")
        self.state.see(author)
        cue.surface, cue.kind = author.surface, author.kind
        return True

    def _definite_org(self, cue: Cue, prev: Cue | None) -> None:
        if self._written_by(cue):
            return
        ref, st = cue.ref, self.state
        owner = _TITLED_OWNER.match(cue.subject)
        holder = st.titles.get(owner.group(1).lower()) if owner else None
        if holder is not None and holder.kind == "person":  # "the commissioner's message said": the commissioner's
            cue.surface, cue.kind = holder.surface, "person"
            st.last_any = holder
            return
        role = ref.role or ""
        owner = None
        if role in DOCUMENT_REFS:  # (the sentence the cue is in)
            start = max(self.mtext.rfind(". ", 0, cue.start), self.mtext.rfind("\n", 0, cue.start))
            owner = _PUBLISHED_BY.search(self.mtext, start, cue.start) if start >= 0 else None
        found = self.recent_org(owner.group(1).lower(), cue.start) if owner else None
        if found:  # "Our association published its costs last week, and the report says": the association's
            cue.surface, cue.kind = found, "organization"
            st.last_any = Referent(found, "organization")
            return
        named = st.defined.get("the " + role) or st.titles.get(role)
        if named is None and role in OUTLET_NOUNS:  # "the paper says" after "The daily Martı Postası reports"
            named = next((st.titles[n] for n in OUTLET_NOUNS if n in st.titles), None)
        if named is not None and named.kind == "organization":
            # "the Company said" in a release that defined the Company; "the authority said" after
            # "The regional water authority, the Ouse basin board,"
            cue.surface, cue.kind = named.surface, "organization"
            st.last_any = named
            return
        if role in _ISSUED and st.last_statement is not None:
            cue.surface, cue.kind = st.last_statement.surface, st.last_statement.kind
            st.last_any = st.last_statement
            return
        org, matched = st.last_org, False
        if role in ("company", "firm"):  # "the company said" is not the folk circle or the foundation named last
            org = None if org is not None and _not_a_company(org.surface) else org
            if _not_a_company(st.last_statement.surface if st.last_statement else None):
                org = org or self._dateline_company()
                if org is not None:
                    cue.surface, cue.kind = org.surface, "organization"
                    st.last_any = org
                    return
        # "the company" after "Acme Holdings Inc. said": the company already in mind has its legal form
        company = (
            role in ("company", "firm") and org is not None and LEGAL_FORMS & set((org.surface or "").lower().split())
        )
        if (
            role
            and role not in DOCUMENT_REFS | {"filing"}
            and not (org is not None and org.surface and role in org.surface.lower())
            and not company
        ):
            found = self.recent_org(role, cue.start) or self.which_body(cue.start)
            if found:  # "the bank said" after "The European Central Bank held ..."
                org, matched = Referent(found, "organization"), True
                st.see(org)
        maker = st.last_statement
        if (
            role in ORG_NOUNS
            and maker is not None
            and maker.surface
            and maker.surface not in self.person_hints
            and (org is None or st.last_any is not None and st.last_any.surface == maker.surface)
        ):
            # "Korvald said in a statement ... “…,” the company said." (also when no organisation is known)
            cue.surface, cue.kind = maker.surface, "organization"
            self.org_hints.add(maker.surface)
            return
        # "The Kenya Wildlife Service said …. “…,” the agency said": no organisation named an agency, so the
        # one that last spoke in a statement is meant
        spoke = maker is not None and org is not None and maker.surface == org.surface and role in GENERIC_ORG_REFS
        # ("Formosa Skyways has cancelled all of its flights. In a statement, the airline said": the body just named)
        just_named = org is not None and st.last_any is not None and st.last_any.surface == org.surface
        spoke = spoke or (just_named and role in ORG_HEAD_FORMS)
        if (
            org is not None
            and org.surface
            and (role in (*ORG_NOUNS, *_ISSUED, "report", "filing") or role in org.surface.lower() or spoke or matched)
        ):
            cue.surface, cue.kind = org.surface, "organization"
            st.last_any = org

    def _dateline_company(self) -> Referent | None:
        """The body a press release's dateline opens on ("KARTUZY, Poland, 4 June 2026 — Zymk Digital, a software
        studio, today launched …"): the company a release means by "the company"."""
        dateline = re.search(r"^[^\n]{3,90}?[ \t](?:--|[—–])[ \t]+(?=[^\W\d_a-z])", self.mtext, re.M)
        run = _ORG_RUN.match(self.mtext, dateline.end()) if dateline else None
        ref = parse_speaker_phrase(run.group(0)) if run else None
        if run is None or ref is None or ref.ref != "name" or not ref.name or _not_a_company(ref.name):
            return None
        described = _DESCRIBED_AS.match(self.mtext, run.end())
        # (a name that reads like a person's is a body when described as one or given an "About Zymk Digital" block)
        about = re.search(r"(?m)^About[ \t]+" + re.escape(ref.name) + r"[ \t]*$", self.mtext)
        body = described is not None and described.group(1) in ORG_WORDS | GENERIC_ORG_REFS
        if ref.kind == "person" and not (about or body):
            return None
        return Referent(ref.name, "organization")

    def _definite_person(self, cue: Cue, prev: Cue | None) -> None:
        st = self.state
        role = cue.ref.role or ""
        low = cue.subject.lower()
        rank = re.search(r"\b(" + "|".join(sorted(RANKS)) + r")[ \t]+(?:prime[ \t]+)?" + re.escape(role) + r"\b", low)
        role_key = "prime " + role if re.search(r"\bprime[ \t]+" + re.escape(role) + r"\b", low) else role
        # "the deputy mayor" is whoever the text made deputy (mayor), never the mayor ("the prime minister" is the one
        # the text made prime minister, not a minister)
        titled = st.titles.get(rank.group(0)) or st.titles.get(rank.group(1)) if rank else st.titles.get(role_key)
        last = st.last_any
        # (not after "Volunteers cooked soup.": many people are not "the priest")
        plural = last is not None and (last.role or "").endswith("s") and not role.endswith("s")
        if titled is None and last is not None and last.kind == "role" and not last.surface and not plural:
            # "One emergency physician, who was not authorized to speak, said …. “…,” the doctor said."
            cue.surface, cue.kind = None, "unknown"
            return
        if titled is None and role in KIN_KIND:  # "the grandmother said" after "Her granddaughter, X"
            titled = st.kin_holder(role)
        if titled is None and not st.persons and role:  # a lead's "the presiding judge", named after it
            titled = self._title_ahead(role, cue.end)
        target = titled if titled is not None and titled.kind == "person" else st.last_person
        other_word = r"(?i:the)\s+(?!(?i:" + re.escape(role) + r")\b)[^\W\d_a-z]"  # ("the Minister" is the role)
        if re.search(other_word, cue.subject) and st.last_person is not None:
            target = st.last_person  # "the Polish minister" tells this one from the minister named before
        if target is not None:  # "the mayor said": the person the text made mayor, else the last person
            cue.surface, cue.kind = target.surface, target.kind
            if target is titled:
                st.see(target)
            st.last_any = target

    def _title_ahead(self, role: str, after: int, apposed: int | None = None) -> Referent | None:
        """The person the next two paragraphs give the title a lead used before naming anyone: "the presiding judge
        calling it “…”" … "Judge Thembeka Mthethwa said"; "The mayor said" … "Mayor Ana Ruiz told reporters"."""
        end = after
        for _ in range(3):
            end = self.mtext.find("\n\n", end + 2)
            if end < 0:
                end = len(self.mtext)
                break
        word = re.escape(role)
        name = r"((?:[^\W\d_a-z][\w'’-]*[ \t]+){1,3}[^\W\d_a-z][\w'’-]*)"
        # ("Judge Thembeka Mthethwa", "The forecaster, Park Jae-won, said", "Ana Ruiz, the mayor"; `apposed`: only the
        # second, for a description of someone unnamed: "said the president of the tenants' association" is not
        # "President Joe Biden" in the next paragraph)
        titled = r"\b(?i:" + word + r")(?:[ \t]+|,[ \t]+(?=[^,\n]+,))" + name
        holder = r"|" + name + r",[ \t]+the[ \t]+(?:[a-z-]+[ \t]+)?" + word + r"\b"
        if apposed is not None:  # (not "Ana Morales, the woman's sister," nor "Tom Reed, the spokesman for …")
            titled, holder = r"\b[Tt]he[ \t]+" + word + r",[ \t]+(?=[^,\n]+,)" + name, ""
        found = re.search(titled + holder, self.mtext[after:end])
        # (and no other one the text brings in with the same noun: "A woman was found dead …", "The lorry's driver
        # was detained. The driver, Mehmet Yilmaz, 52, told investigators")
        another = r"\b(?:[Aa]n?|[Aa]nother|[\w’']+['’]s)\s+(?:[a-z-]+\s+)?" + word + r"\b"
        # (before the cue, one the text says something happened to: not "A forecaster at the KMA warned …")
        earlier = re.search(another + r"\s+(?:was|were|is|had\s+been|has\s+been)\b", self.mtext[: apposed or 0])
        if found and apposed is not None and (earlier or re.search(another, self.mtext[after : after + found.start()])):
            return None
        full = full_person_name(found.group(1) or found.group(2)) if found else None
        return Referent(full, "person") if full else None

    def kin_name(self, name: str, other: str) -> str:
        """ "Her husband, Frank": a bare given name introduced by a kinship
        noun takes the family name of the person "her" refers to (the latest
        person of that gender in this or the previous paragraph)."""
        # ("Matías’s own son, Bruno Larrosa", "her late husband, Sante")
        m = re.fullmatch(
            r"\s*((?i:his|her)|[^\W\d_a-z][\w-]*(?:\s+[^\W\d_a-z][\w-]*){0,3}['’]s)\s+"
            r"(?:(?i:own|late|only|younger|older|elder|eldest|youngest|twin)\s+)?(\w+)\s*",
            other,
        )
        if not m or m.group(2).lower() not in KIN_GENDER:
            return name
        st = self.state
        g = {"his": "m", "her": "f"}.get(m.group(1).lower())
        possessor = m.group(1)[:-2] if g is None else ""  # "Sumarni's daughter, Rina Susanti": Sumarni's
        owners = [
            r
            for r, p in reversed(st.persons)
            if (name_similarity(r.surface or "", possessor) if possessor else p >= st.pidx - 1)
            and (g is None or st.gender_of(r) in (g, None))
        ]
        # ("Matías’s own son" after "Matías says": the Matías the text named in full)
        owner = next((r for r in owners if possessor and " " in (r.surface or "")), owners[0] if owners else None)
        if owner is None and g:  # "Her granddaughter, X" paragraphs after her: the latest person the text calls "she"
            owner = next((r for r, _ in reversed(st.persons) if st.gender_of(r) == g), None)
        born = re.search(r"\b(?i:(younger|youngest)|(?:elder|older|eldest|twin))\s", other)
        if born and (owner is None or (owner.surface or "").split()[-1:] != name.split()[-1:]) and " " in name.strip():
            return name  # "His younger brother, Rinat Sabirov": a sibling of someone the text named with that name
        full = name
        words = (owner.surface or "").split() if owner is not None else []
        # (not "Samir Samir" of "His son Samir" after "Abu Samir": a kunya is no family name)
        if len(words) >= 2 and " " not in name.strip() and not is_kunya(" ".join(words)):
            full = f"{name} {words[-1]}"
        st.gender[gkey(full)] = KIN_GENDER[m.group(2).lower()]
        st.set_gender(name, KIN_GENDER[m.group(2).lower()])
        if owner is not None and owner.surface:
            if g:
                st.set_gender(owner.surface, g)
            if full != name or owner.surface.split()[-1] == full.split()[-1]:
                # "His father, Aksel Kofoed,": a later bare "Kofoed" is still the one the text is about
                st.lent.add(gkey(full))
            st.relatives[gkey(full)] = owner
            st.relatives[gkey(owner.surface)] = Referent(full, "person")
            kind = KIN_KIND.get(m.group(2).lower())
            # "his younger brother, X": X is "the younger X", the other "the elder"
            if kind is None and born and born.group(0).strip().lower() != "twin":
                kind = "younger" if born.group(1) else "elder"
            if kind:  # "Sumarni's daughter, Rina Susanti": Rina is a child to Sumarni, Sumarni a parent to Rina
                st.kin[gkey(full)], st.kin[gkey(owner.surface)] = kind, _KIN_INVERSE[kind]
        return full

    def which_body(self, before: int, start: int | None = None) -> str | None:
        """A name of several words the paragraph of `before` (or the text from `start`) goes on with ", which
        supplies …": "which" is said of a body ("AcqueNord Friuli, which supplies drinking water to the plain, has shut
        two wells")."""
        start = self.mtext.rfind("\n\n", 0, before) + 1 if start is None else start
        found = None
        for m in _ORG_RUN.finditer(self.mtext, start, before):
            ref = parse_speaker_phrase(m.group(0))
            if ref.ref == "name" and len((ref.name or "").split()) > 1 and _WHICH_AFTER.match(self.mtext, m.end()):
                found = ref.name
        return found

    def recent_org(self, noun: str, before: int) -> str | None:
        """The latest organisation name in the frame before ``before`` whose
        name contains ``noun`` ("the ministry" -> "Ministry of Health")."""
        described_before = re.compile(  # (compiled once: this runs for every name before `before`)
            # ("Local station Wara FM Lae is telling listeners": a line's capitalised first word for "the")
            r"(?:\b(?i:the|a|an)|^\s*[^\W\d_a-z][a-z]+)\s+(?:[a-z'’-]+\s+)?" + re.escape(noun) + r"\s+$"
        )
        for m in reversed(list(_ORG_RUN.finditer(self.mtext, 0, before))):
            ref = parse_speaker_phrase(m.group(0))
            named = ref.ref == "name" and ref.kind == "organization" and ref.name
            words = set(ref.name.lower().split()) if named else set()
            # "The Fund accepts" names no fund: the one the text named in full before it does; "the company" is
            # also a name with a legal form ("PT Sulawesi Prima Nikel")
            company = noun in ("company", "firm") and LEGAL_FORMS & words
            if len(words) > 1 and (noun in words or ORG_HEAD_FORMS.get(noun, frozenset()) & words or company):
                return ref.name
            # (so is a name read as a person's with a legal form after it: "Arvelle Mobilité SAS")
            legal = ref.ref == "name" and ref.name and LEGAL_FORMS & set(ref.name.lower().split()[1:])
            if noun in ("company", "firm") and legal:
                return ref.name
            # a name that reads like a person's, opened by the noun: "the bloco" is the Bloco Tambores do Farol
            if ref.ref == "name" and ref.name and len(ref.name.split()) > 2 and ref.name.split()[0].lower() == noun:
                return ref.name
            # "Minera Altiplano Sur, a privately held company based in La Paz": the appositive gives the noun; so
            # does the description before it ("the community group Limpopo Water Watch")
            described = _DESCRIBED_AS.match(self.mtext, m.end())
            # (a firm by what it does: "Aegean Sunways, a tour operator with 2,000 guests," is "the company"; not
            # "Martin Friel, a contractor,", whose first name is a given name)
            kind = described.group(1) if described else ""
            firm = noun in ("company", "firm") and kind in FIRM_NOUNS and not _given_name_first(ref.name)
            if (kind == noun or firm) and ref.ref == "name" and ref.name:
                return ref.name
            # (a name that reads like a person's too: "the residents' association Ezeru Sargi")
            before_name = self.mtext[max(0, m.start() - 40, self.mtext.rfind("\n", 0, m.start()) + 1) : m.start()]
            if ref.ref == "name" and ref.name and described_before.search(before_name):
                return ref.name
        return None


# The noun a description ends on: "the duty forecaster at the Coast Mountain Forecast Centre" -> forecaster
# (or one the text describes first and names after: "one rider said" … "The rider, Luz Dary Restrepo de Gómez,")
_DEFINITE_HEAD = re.compile(
    r"\s*(?i:the|one|an?)\s+(?:[a-z-]+\s+){0,2}?([a-z-]{4,})(?=\s+(?:at|of|for|from|in|on|who|[a-z]{3,}ing)\s|\s*$)"
)


_RESOLVERS = {
    "coord": Resolver._coord,
    "name": Resolver._name,
    "pronoun": Resolver._pronoun,
    "role": Resolver._role,
    "definite_role": Resolver._definite_role,
    "definite_org": Resolver._definite_org,
    "definite_person": Resolver._definite_person,
}
