"""Direct-quote extraction, attribution and reported-speech detection.

Pipeline (per article, in reading order):

1. split into paragraphs; find quoted spans per paragraph (``spans``: straight, curly and
   British single quotes; an unclosed quote runs to the end of its paragraph) and speaker-label
   turns (``transcripts``);
2. drop scare quotes (1-3 words, or a Title-Cased name/title) and quoted terms and titles of works;
3. mask real quotes so that the journalist's own words ("the frame") can be searched for
   attribution cues (``cues``);
4. resolve each cue's subject against a running discourse state (``discourse``);
5. give each quote a speaker through an ordered list of small attribution rules (``_RULES``:
   the open quote continued, the nearest cue, the sentence's subject, the paragraph before …);
6. cues in sentences without a direct quote become paraphrase items.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from .cues import (
    AUTHORED_BY,
    COMMA,
    DATELINE,
    DOCUMENT_BY_HEAD,
    GAVE_ONLY_NAME,
    MASK,
    REPORT_VERB_RE,
    Cue,
    abbreviation_dots_as_spaces,
    capitalised_word,
    find_cues,
    paraphrase_span,
    sentence_spans,
)
from .discourse import (
    KIN_GENDER,
    KIN_KIND,
    NO_RELATION,
    OUTLET_NOUNS,
    Referent,
    Resolver,
    State,
    gender_of_honorific,
    gkey,
    honorific_gender,
    one_namesake,
    title_prefix,
    unrelated_names,
)
from .spans import (
    Segment,
    content_span,
    is_headline,
    is_scare_quote,
    is_term,
    plain_marks,
    segments,
    split_paragraphs,
    strip_span,
)
from .speakers import (
    DOCUMENT_WHEN,
    DON_HONORIFICS,
    GENERIC_ORG_REFS,
    GIVEN_NAME_HONORIFICS,
    LEGAL_FORMS,
    ONLINE_PERSONS,
    ORG_WORDS,
    OWNED_DOCUMENTS,
    PARTICLES,
    PERSON_NOUNS,
    ROLE_NOUNS,
    ROLE_WORDS,
    SLASH_LEGAL_FORM,
    STOP_CAPS,
    TITLE_WORDS,
    SpeakerRef,
    full_person_name,
    full_person_names,
    is_common_word,
    is_country,
    is_org_name,
    is_title_word,
    kind_from_appositive,
    name_similarity,
    names_a_body,
    norm,
    parse_speaker_phrase,
    token_match,
)
from .transcripts import Turn, find_turns, interviewed_gender, label_brackets

# A portfolio listed after a title: "Minister for Climate, Energy and the Environment Seán Ó Dálaigh".
_PORTFOLIO_LIST = re.compile(
    r"\b([A-Za-z-]+)\s+(?:of|for)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)+"
    r",?\s+and\s+(?:the\s+)?[A-Z]"
)
# A live blog's time stamp on its own line ("16:48", "9.05am BST") or opening an entry's heading
# ("11:31 p.m. - Peñaranda: “…”").
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*[A-Z]{2,4})?"
# "10:02 — ", "10.02 GMT\n", and in brackets "[10:02] " / "(10:02) "
TIMESTAMP = re.compile(
    rf"\s*(?:{_CLOCK}(?:[ \t]*\n|[ \t]+[-–—|][ \t]+)|[\[(]{_CLOCK}[\])](?:[ \t]*\n|[ \t]+(?:[-–—|][ \t]+)?))"
)
_HEAD_TOK = (
    r"(?:"
    + SLASH_LEGAL_FORM
    + r"|[^\W\d_a-z][\w'’.&-]*|(?:al|el|bin|ibn|abu|d)[-'’][^\W\d_a-z][\w'’-]*|of|for|and|on|the|"
    + "|".join(sorted(PARTICLES - {"st."}, key=len, reverse=True))
    + "|"
    + "|".join(sorted((re.escape(w) for w in TITLE_WORDS if re.fullmatch(r"[a-z-]+\.?", w)), key=len, reverse=True))
    + r")(?![\w-])"
)
_HEAD_RE = re.compile(r"\s*(" + _HEAD_TOK + r"(?:[ \t]+" + _HEAD_TOK + r")*)")
_ISSUED_STATEMENT = re.compile(
    r"\b(?:issued|released|published|put\s+out|posted|sent\s+out)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}"
    r"(?:statement|release|update|communiqué|communique|appeal|plea|message|post|notice)\b"
)
# An organisation's short name in brackets after it: "the Rail Workers' Union (Ray-Sen)", "(NCOA)".
_BRACKET_ALIAS = re.compile(
    r"((?:[^\W\d_a-z][\w'’&.-]*[ \t]+(?:(?:of|for|and|the|de|del)[ \t]+)?){0,6}[^\W\d_a-z][\w'’&.-]*)[ \t]+"
    r"\(([A-Z][A-Za-z]{0,9}(?:-[A-Z][A-Za-z]{0,9})?)\)"
)
# "Acme Holdings N.V. (“Acme” or “the Company”)": a press release's defined terms.
_DEFINED = re.compile(
    r"((?:[^\W\d_a-z][\w.&'’-]*[ \t]+){0,5}[^\W\d_a-z][\w.&'’-]*)[ \t]*"  # the name
    r"\(((?:[“\"][^”\"()]{1,40}[”\"][^()“\"]{0,8}){1,3})\)"  # (“Acme” or “the Company”)
)
# What a document does with its words: "the report states", "the audit found".
_FINDING_VERBS = "states|stated|notes|noted|concludes|concluded|finds|found"
# Inside a quote, the speech verb just before a nested quote ('He said, "…"', "I told her, '…'") and the
# candidates for its subject: a pronoun, an unnamed "a mother", or a capitalised name.
# Also a pseudo-cleft ("What I told the board was, '…'") and a partial quote in reported speech ("you said last
# quarter that sales would 'turn the corner'").
_NESTED_VERB = re.compile(
    r"\b(?:said|says|say|saying|asked|asks|ask|replied|told|tells|tell|telling|wrote|writes|write|stating|warning|"
    r"shout|shouting|shouted|screaming|screamed|yelling|yelled|whispering|whispered|repeating|promising|vowing|"
    r"reads|read(?=,)|" + _FINDING_VERBS + r")"  # a document's: "On page 41 it states", "It read, '…'"
    # ("asked an official,", "told him to his face at the operators’ meeting,")
    r"(?:(?:\s+(?:to\s+)?(?:(?:the|this|that|every|each|all|his|her|their|our|my|your|an?|one)\s+\w+|\w+))?"
    r"(?:\s+(?:on|over)\s+the\s+(?:radio|phone|air|telephone))?"  # ("told everyone on the radio,")
    r"(?:\s+(?:(?:on|last)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\s+yesterday)?"  # ("said on Friday,")
    r"(?:\s+(?:last|this|that)\s+(?:year|month|week|autumn|fall|spring|summer|winter|time))?"  # ("… last autumn,")
    r"(?:,\s+in\s+part)?[,:]?|\s+(?:me|us|him|her|them)(?:\s+(?!(?:he|she|they|we)\b)[a-zA-Z][a-z’'-]*){1,8}[,:]|"
    r"[^,;.!?]{0,60}?\s(?:was|is)[,:]?|[^;.!?]{0,60}?\sthat\s[^;.!?]{0,80}?)\s*$"
    r"|\b(?:described|describes|called|calls)\s+[^,;.!?]{0,40}?\bas\s*$"  # "described the crossing to me as '…'"
    r"|\b(?:told|tells|telling)\s+the\s+\w+\s+\w+[,:]?\s*$"  # "she told the first volunteers, '…'"
    # "I told our project team in a meeting, '…'"
    r"|\b(?:told|tells|telling)\s+(?:the|our|my|his|her|their|your|every|each|all)\s+(?:[\w’'-]+\s+){1,6}[\w’'-]+,\s*$"
    r"|\b(?:said|says|say)\s+to\s+[^,;.!?]{1,60}[,:]\s*$"  # "I said to the man from the council, '…'"
    # "what I told council last night: '…'", "a rule that he repeated at every dinner: '…'"
    r"|\b(?:told|tells|said|says|wrote|writes|repeated|repeats)\s+[^,;.!?]{1,40}:\s*$"
    r"|\b(?:told|tells|asked|asks)\s+(?:me|us|him|her|them)\s*,[^,;.!?]{1,60},\s*$"  # "told me, on my first day, '…'"
    r"|\b(?:called|calls|dubbed|branded|termed|labell?ed)\s+[^,;:.!?]{1,40}?\s*$"  # "called your 2024 red “…”"
    # "I gave my teams one clear order, '…'"
    r"|\b(?:gave|give|gives|issued|sent)\s+[^,;.!?]{0,40}?\b(?:order|instruction|message|warning|command)s?[,:]?\s*$"
    r"|(?:(?<=answer )|(?<=reply )|(?<=response ))was[,:]?\s*$"  # "Their answer was, '…'"
    # "On Sunday I wrote in my forecast, '…'", "she said on her blog:"
    r"|\b(?:wrote|writes|said|says|posted)\s+(?:in|on)\s+(?:my|his|her|their|our|its|the|a|an)\s+(?:[\w-]+\s+){0,2}"
    r"[\w-]+[,:]?\s*$"
)
# Where the clause before a nested quote starts: a sentence's end (not "Mrs." of "Mrs. Pruitt said"), an opening mark.
_CLAUSE_BREAK = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)[.!?]\s+|[‘“\"]|(?<!\w)'")
# What may stand before a "you" that is the subject: a comma, a clause's opening word, a time ("last year you sat")
_YOU_OPENS = re.compile(r"(?:^|[,;]|\b(?:and|but|then|so|when|if|because|that|ago|year|week|month|time|day))\s*$")
# A listener by a given name and a place: "from Vasile in Cahul."
_SENT_FROM_GIVEN = re.compile(
    r"from[ \t]+(?!The\b)[^\W\d_a-z][a-zà-ÿ'’-]+(?=[ \t]+(?:in|from)[ \t]+[^\W\d_a-z][\w'’-]*[.,:])"
)
# After a one-word name in apposition, before the clause about them: ", Gulmira eje, who", ", Tasi, who".
_GIVEN_IN_APPOSITION = re.compile(r"(?:[ \t]+(?P<honorific>[a-z]{2,5}))?,[ \t]+(?:who|whose|aged|\d)")
_SOMEONE_AHEAD = re.compile(r"\b(?i:an?|another|one)\s+(?=((?:[a-z-]+\s+){0,2}[a-z-]+))")
# A Q&A's intro naming who answers: "The interview with Shaheema", "This interview with Dr Ana Ruiz".
_INTERVIEW_WITH = re.compile(
    r"\b(?:The|This)\s+interview\s+with\s+(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?"
    r"(?P<name>[^\W\d_a-z][\w’'-]+(?:\s+[^\W\d_a-z][\w’'-]+){0,3})"
    # (the one printed here: "…, conducted in Malé by …, has been edited"; not one "… was cancelled")
    r"(?=[^.\n]{0,120}\b(?:edited|condensed|translated|conducted)\b)"
)
_HIS_HER_KIN = r"\b(?:his|her)\s+(?:(?:late|younger|older|elder|eldest|youngest)\s+)?"  # ("his late", "her younger")
_FRAME_KIN = re.compile(_HIS_HER_KIN + r"([a-z]+)\b")
# A relative named by the given name alone inside a sentence: "he has had an apprentice: his son Andriy, thirty-four"
# Relatives who usually share a family name: "my sister" may be the text's one other Nyamweya.
_NEAR_KIN = frozenset("brother sister father mother son daughter dad mum mom".split())
# What a speaker calls a parent or grandparent, as the subject of a nested quote's verb: "Papa said, “…”".
_ADDRESSED_AS = {"papa": "father", "pa": "father", "daddy": "dad", "mama": "mother", "ma": "mother", "mummy": "mum"}
_ADDRESSED_AS |= {"mommy": "mom", "father": "father", "mother": "mother"}
_KIN_ADDRESS = re.compile(
    r"(?:^|[,;]\s*|\b(?:and|then|but|so)\s+)(Papa|Pa|Dad|Daddy|Father|Mama|Ma|Mum|Mom|Mummy|Mommy|Mother|Grandpa"
    r"|Grandad|Granddad|Grandma|Granny|Gran)\s+(?:[a-z]+\s+){0,2}$"
)
# (or in full: "Khamla Vongsa, 41, and his younger brother Bounmy Vongsa, 36, were convicted")
_KIN_GIVEN_NAME = re.compile(
    "(" + _HIS_HER_KIN + r"[a-z]+)\s+([^\W\d_a-z][\w'’-]+(?:\s+[^\W\d_a-z][\w'’-]+)?)(?=,|\s+[a-z(]|[.;])"
)
# "a statement from Lyudmila Kotova, whose son, Timur Kotov, was injured": her son
_WHOSE_KIN = re.compile(
    r"((?:[^\W\d_a-z][\w'’-]+\s+){1,3}[^\W\d_a-z][\w'’-]+),\s+whose\s+(?:late\s+)?([a-z]+),?\s+"
    r"([^\W\d_a-z][\w'’-]+(?:\s+[^\W\d_a-z][\w'’-]+){0,2})(?=,|\s+[a-z])"
)
# Someone unnamed from a body, the name after it the body's: "an agent from Sundarban Fry Traders"
_SOMEONE_FROM = re.compile(r"\b(?i:an?|one)\s+(?:[a-z-]+\s+)?[a-z]+\s+(?:from|of|at|with)\s+(?:the\s+)?$")
_BOARD = re.compile(r"(?:the|its|their)\s+(?:board(?:\s+of\s+(?:directors|trustees))?|directors|management)")
_MY_SOMEONE = re.compile(r"\b(?i:my)\s+(?:(?:old|new|former|late|dear|own)\s+)?([a-z]+)\b")
_OBJECT_IT = re.compile(r"\b(?!(?:and|but|so|then|when|that|because|as|if|until|while)\s)[a-z]+\s+it$")
_NESTED_SUBJECT = re.compile(
    r"\b(?:[Ii]|[Ww]e|[Hh]e|[Ss]he|[Yy]ou|[Tt]hey|[Ii]t)\b|\b(?i:an?|one|another)\s+(?:[a-z-]+\s+){0,2}[a-z-]+"
    # "my chief engineer used to tell us": right before the verb
    r"|\b(?i:my|our)(?:\s+(?!and\b|but\b|then\b)[a-z-]+){1,3}(?=\s+(?:(?:used\s+to|would|once|always|often)\s+)*$)"
    # (a particle inside a name keeps it one: "One listener in Boca del Río writes" is not "Río")
    r"|(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[^\W\d_a-z][\w'’-]*(?:\s+(?:(?:de|del|la|da|do|dos|van|von|der)\s+)?"
    r"[^\W\d_a-z][\w'’-]*)*"
)
# Capitalised words opening a clause that are no subject: "On page twelve it says", "Then she said".
_OPENING_WORDS = frozenset(
    "on in at after before when then but and so last this that there here now later once since during for from by "
    "with without if as because while today yesterday under near further below above".split()
)
_DOCUMENT_VERB = re.compile(r"\b(?:says|said|reads|" + _FINDING_VERBS + r")\b")
# "the agency wrote": a body as a nested quote's subject
# ("the company hotline said", "your company told this council": the body, by its channel or the one addressed)
_NESTED_BODY = re.compile(
    r"\b(?i:the|your)\s+("
    + "|".join(sorted(GENERIC_ORG_REFS - {"statement", "report"}))
    + r")(?:\s+(?:hotline|helpline|website|switchboard|call[ \t]+cent(?:re|er)))?\s+$"
)
# "the coach came over and said": a titled person as a nested quote's subject
_NESTED_TITLED = re.compile(r"\b(?i:the)\s+([a-z-]+)\b(?=[^,;.!?]{0,60}$)")
# A speaker's aside between the speech verb and the quote: ", and I quote,", ", and I will read a sentence of it:".
_ASIDE = re.compile(r",\s*and\s+I(?:['’]m)?\s+[^,:;.!?]{1,60}[,:]\s*$")
_I_SAID = re.compile(r"\bI\s+(?:told|said|asked|replied|answered|shouted|yelled|whispered)\b")
_AFTER_PREPOSITION = re.compile(r"\b(?:from|in|at|of|near|for|with|to|on|by)\s+(?:(?:the|that|this)\s+)?$")
# A document inside a quote as the subject of its speech verb: "«The letter said “…”»".
_NESTED_DOCUMENT = re.compile(
    r"\b(?i:the|this|that|their|our|her|his|its)\s+(letter|statement|notice|email|e-mail|memo|message|note)\s*$"
)
# A document and its owner, just before a nested quote's verb: "the Fund's own annual report says, '…'".
_OWNED = (
    r"(?:\b(?i:the)\s+)?([^\W\d_a-z][\w&'’.-]*(?:\s+[^\W\d_a-z][\w&'’.-]*){0,5})['’]s\s+(?:own\s+)?"
    r"(?:[a-z0-9-]+\s+){0,2}" + OWNED_DOCUMENTS
)
_OWNED_DOCUMENT = re.compile(_OWNED + r"\s*$")
# Someone unnamed the reporter met, handed the words after the colon: "He spoke to a woman in her seventies who …:".
_SPOKE_TO = r"\b(?:spoke|talked|chatted|met)\s+(?:to\s+|with\s+)?(?:an?|one|another)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b"
_SPOKE_TO_UNNAMED = re.compile(_SPOKE_TO + r"[^:.!?]*:\s*$")
_SPOKE_TO_SOMEONE = re.compile(_SPOKE_TO)
# A description right after a name: ", a chemist at Peloponnese Analytical Laboratories,".
_DESCRIBED_AFTER = re.compile(r",\s+((?i:an?|the)\s+[^,;.!?\ue000]{2,80})")
# A body's part that speaks for it: "the cooperative's board", "the union's members".
_BODY_OWNS = re.compile(
    r"\s*(?i:the|its|their)\s+([a-z]+)['’]s\s+(?:board|members|lawyers?|directors|committee|council)\b"
)
# What a named sender sent, read out in a turn: "Here's what Greenway sent us this morning, in full:".
_WHAT_THEY_SENT = re.compile(
    r"\bwhat\s+((?:[^\W\d_a-z][\w&'’-]*[ \t]+){0,3}[^\W\d_a-z][\w&'’-]*)[ \t]+(?:sent|wrote|posted|issued)\b"
    r"[^.!?]{0,60}[:,]\s*$"
)
# A listener's message the host reads: "Here's one from Zanele in Pinetown:", "I have a text from Ama, in Tema:".
_MESSAGE_FROM = re.compile(
    r"\b(?i:here['’]s|here\s+is|I\s+have|we\s+have|this\s+is)\s+(?i:one|another|an?\s+(?:sms|text|message|email|"
    r"e-mail|note|tweet|post|voice\s+note))\s+from\s+([^\W\d_a-z][\w'’-]*(?:[ \t]+[^\W\d_a-z][\w'’-]*)?)"
    # (the sender's place after the name: "an SMS from Pinetown:" names a place, not a sender)
    r",?\s+(?:in|from|of)\s+[^\W\d_a-z][\w'’-]*(?:[ \t]+[^\W\d_a-z][\w'’-]*)?[:,]\s*$"
)
# A relative the speaker names: "My sister Ellen", "my late father, Tomás,".
_KIN_WITH_NAME = re.compile(
    r"\b(?i:my|our)\s+(?:(?i:own|late|older|younger|elder|eldest|youngest|little|big)\s+)?("
    + "|".join(sorted(KIN_GENDER))
    + r")\b,?[ \t]+(?=[^\W\d_a-z])"
)
# The given name a relative is introduced by ("My son Jonas", "My own nephew, Sani,"), after _KIN_WITH_NAME.
_GIVEN_AFTER_KIN = re.compile(r"[^\W\d_a-z][\w'’-]+(?![\w'’-]|\s+[^\W\d_a-z])")
# "his first words were, '…'", "her exact words were:": the owner of the words said them
_WORDS_WERE = re.compile(r"\b([Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:[a-z]+\s+)?words\s+were[,:]?\s*$")
_POSSESSIVE_SUBJECT = {"his": "he", "her": "she", "their": "they", "my": "I", "our": "we"}
# A reply as a nested quote's subject, and whom the speaker had written to: "I got an answer back that said, '…'"
# after "she had emailed the company in April".
_REPLY_NOUN = re.compile(r"\b(?i:an?|the|their|its)\s+(?:answer|reply|response)(?:\s+back)?(?:\s+(?:that|which))?\s*$")
# (the latest such contact counts: "When I asked for help, the answer was ‘…’" names nobody)
_WROTE_TO = re.compile(
    r"\b(?:wrote|written|writing|emailed|e-mailed|contacted|complained|phoned|called|messaged|asked|requested)\b"
    r"(?:\s+(?:to\s+)?((?i:the|their|its)\s+[a-z]+|(?:[^\W\d_a-z][\w&'’-]*[ \t]+){0,4}[^\W\d_a-z][\w&'’-]*))?"
)
# A document read out right before the quote: "…, he read aloud:", "She read from Acme's 2023 report:".
_READ_ALOUD = re.compile(r"\bread(?:s|ing)?(?:\s+(?:aloud|out))?(?:\s+from\b[^.!?\ue000]*)?:\s*$")
# "… read his message to about 300 growers:": a document a pronoun gives its owner, read out by someone else
_READ_POSSESSED = re.compile(
    r"\bread(?:s)?\s+(?:out\s+)?(his|her)\s+(?:[a-z]+\s+)?(?:message|letter|statement|speech|remarks|words|note|email)\b"
    r"[^.!?:\ue000]{0,60}:\s*$"
)
# A sentence opening on a pronoun's document before a colon: "Her post announcing the album read:"
# (or read out by someone else: "His remarks were read to guests by company spokesperson Tomás Echeverría:")
_PRONOUN_DOCUMENT = re.compile(
    r"\s*(His|Her)\s+(?:[a-z-]+\s+)?(?:post|statement|letter|message|note|email|tweet|reply|remarks|words|speech)\b"
    r"[^.!?:\ue000]{0,80}?\b(?:read|reads|said|says)\b(?P<by>[^.!?:\ue000]{0,80}?\bby\b[^.!?:\ue000]*)?:\s*$"
)
_OWNED_ANYWHERE = re.compile(_OWNED + r"\b")  # (anywhere in the sentence, not only before the verb)
# The same owned by a body the text names by its kind: "your association's own newsletter said in June that …".
_BODY_DOCUMENT = re.compile(
    r"\b(?i:your|our|their|the|her|his|its)\s+([a-z]+)['’]s\s+(?:own\s+)?(?:[a-z0-9-]+\s+){0,2}"
    + OWNED_DOCUMENTS
    + r"\b"
)
# A document and who sent it, just before a nested quote's verb: "a notice from the Town Council saying …".
_DOCUMENT_FROM = re.compile(
    r"\b(?:letter|statement|notice|email|e-mail|memo|message|note|circular|leaflet|text)\s+from\s+(?:the\s+)?"
    r"((?:[^\W\d_a-z][\w&'’.-]*\s+(?:(?:of|for|and|on|de|la|des|du)\s+)?){0,6}[^\W\d_a-z][\w&'’-]*)\s*$"
)
# A document and who sent it, the sender first: "the company sent every household a letter promising “…”".
_SENT_DOCUMENT = re.compile(
    r"\b((?i:the)\s+[a-z]+|[^\W\d_a-z][\w&'’-]*(?:\s+[^\W\d_a-z][\w&'’-]*){0,4})\s+(?:had\s+)?"
    r"(?:sent|mailed|posted|emailed|delivered|handed|put\s+out)\s+[^,;.!?]{0,40}?\b(?:an?|the|its|their)\s+"
    r"(?:[a-z-]+\s+)?(?:letter|notice|email|e-mail|message|leaflet|note|circular|text|flyer)\s*$"
)
# A document's sender, before "It reads:": "A resort group, Sunlit Atolls, sent us a statement for this interview."
_BODY_NAME = r"[^\W\d_a-z][\w&'’-]*(?:[ \t]+(?:(?:and|of|for|the)[ \t]+)?[^\W\d_a-z][\w&'’-]*){0,6}"
_SENT_US = re.compile(
    r"(" + _BODY_NAME + r"),?\s+(?:has\s+|had\s+)?(?:sent|emailed|mailed)\s+"
    r"(?:us|me|the\s+programme|the\s+show|this\s+paper)\s+(?:an?|its|their|this)\s+(?:[a-z-]+\s+)?"
    r"(?:statement|letter|note|message|e-?mail|response|reply)\b"
)
_WAS_TOLD = re.compile(r"\b(?:was|were|been|being|is|are|got|gets?)\s+$")  # (before "told", "asked")
_WERE_TOLD = re.compile(r"\b(?:[Ww]e|I)\s+(?:were|was|had\s+been|have\s+been)\s+told\b")
_ITS_DOCUMENT = re.compile(r"\bits\s+(?:[a-z-]+\s+){0,2}" + OWNED_DOCUMENTS + r"\b")
# "In that report we wrote that": words the speaker's body published
_WE_WROTE = re.compile(
    r"\b(?:report|statement|submission|study|survey|letter|paper|review)\b.*\bwe\s+(?:wrote|said|stated|warned|concluded)\b"
)
_BODY_WORD = r"(?:group|association|committee|union|council|coalition|network|collective)"
# A body that issued what a turn quotes: "The residents' group Comité des riverains de la Sainte-Anne issued a
# statement this evening saying “…”".
_ISSUED_BY = re.compile(
    r"(?:\b" + _BODY_WORD + r"[ \t]+)?"
    r"((?<![\w'’])[^\W\d_a-z][\w&'’.-]*(?:[ \t]+[\w&'’.-]+){0,6}?)"
    r"[ \t]+(?:has[ \t]+|had[ \t]+)?(?:issued|released|put[ \t]+out|published)[ \t]+a[ \t]+(?:[a-z]+[ \t]+)?statement\b"
    r"[^.!?]{0,40}?\s*$"
)
# Who a report was prepared by: "the 2024 monitoring report prepared for your own company by Aquaterra Environmental".
_REPORT_BY = re.compile(
    r"\b(?:report|study|survey|assessment|analysis|review)\b[^.!?;]{0,60}?\b(?:prepared|written|carried[ \t]+out|"
    r"produced|compiled|commissioned)\b[^.!?;]{0,40}?\bby[ \t]+"
    r"((?:(?:[^\W\d_a-z][\w&'’.-]*|&)[ \t]+){0,5}[^\W\d_a-z][\w&'’-]*)"
)
# A stage direction in capitals: "(LINE CRACKLES)", "[LAUGHTER]".
_STAGE_DIRECTION = re.compile(r"[(\[][A-Z][A-Z ,'’.-]{2,40}[)\]]")
# Reading out one's own body's words: "I will first read the statement agreed by our members on Monday evening."
_READS_OURS = re.compile(
    r"\b(?:I|we)[ \t]+(?:will[ \t]+|shall[ \t]+|would[ \t]+like[ \t]+to[ \t]+|want[ \t]+to[ \t]+)?(?:first[ \t]+)?"
    r"read[ \t]+(?:out[ \t]+)?(?:the|our|a)[ \t]+(?:[a-z]+[ \t]+)?(?:statement|resolution|letter|submission)\b"
    r"[^.!?:\n]{0,80}?\b(?:our|we)\b[^.!?:\n]{0,60}[.:][ \t]*$"
)
# A speaker reading out someone's words: "I am quoting one of them, '…'", "to quote a nurse I met, '…'".
_QUOTING = re.compile(
    r"\b(?:quoting|to\s+quote)\s+(?!(?:directly|verbatim|exactly|here|now|again|in\s+full)\b)([^,;.!?]{1,50}?)[,:]?\s*$"
)
# "a working paper from the European Central Bank, which says prices could rise “…”": the document speaks
# for whoever issued it.
# Also one read out: "a letter from the Arna residents' association, which I will quote: “…”".
_ORG_NOUN = "(?:" + "|".join(sorted((w for w in ORG_WORDS if w.isalpha()), key=len, reverse=True)) + ")"
_DOCUMENT_SAYS = re.compile(
    r"\b(?:paper|report|study|statement|letter|memo|survey|analysis|note|forecast|review|assessment|bulletin)"
    r"\s+(?:from|by|of)\s+(?:the\s+)?((?:[^\W\d_a-z][\w&'’.-]*\s+(?:(?:of|for|and|on)\s+)?){0,5}[^\W\d_a-z][\w&'’-]*"
    r"(?:(?:\s+[a-z][\w'’-]*){0,2}\s+" + _ORG_NOUN + r"\b)?)"
    r"[^.!?“\"]{0,60}?\b(?:(?:which|that)\s+(?:says|said|states|stated|warns|warned|finds|found|concludes|concluded|"
    r"estimates|estimated|predicts|predicted|reads)|(?:which|and)\s+I\s+(?:will\s+|shall\s+|must\s+)?(?:quote|read))"
    r"\b[^.!?“\"]{0,80}$"
)
# A post and the account that wrote it: "One reply under the video, from an account run by the federation, read
# simply: ‘…’", "A post from the Cusco Chamber of Commerce said:".
_POST_FROM = re.compile(
    r"\b(?:reply|post|comment|tweet|message|response)\b[^.!?“\"‘]{0,60}?\bfrom\s+(?:an?\s+account\s+(?:run|operated)\s+"
    r"by\s+)?(?:the\s+([a-z]+)\b|((?:[^\W\d_a-z][\w&'’.-]*\s+(?:(?:of|for|and|de)\s+)?){0,5}[^\W\d_a-z][\w&'’-]*))"
    r"[^.!?“\"‘]{0,40}?\b(?:read|reads|said|says)(?:\s+simply)?[,:]?\s*$"
)
_PLATFORM_NAME = re.compile(r"(?i:YouTube|Facebook|Instagram|TikTok|X|Twitter|Telegram|WhatsApp|Threads|Bluesky)\b")
# A name said to the listener: "Marieke, you said …", "Thanks, Keiko."
_TITLE_SHORT = {"professor": "prof", "doctor": "dr", "senator": "sen", "representative": "rep", "governor": "gov"}
# (after a turn's label too: "PEJOVIĆ: Ms Šćepanović, …"; a title of two words: "State Secretary, you …")
_VOCATIVE = re.compile(
    r"(?:^|[.!?,:]\s+|\n)(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+|(?:State|Deputy|Prime|Vice|Madam)\s+"
    # ("Ato Berhane, in your report …": a given-name honorific)
    r"|(?:" + "|".join(w.capitalize() for w in sorted(GIVEN_NAME_HONORIFICS) if w.isalpha()) + r")\s+)?"
    r"([^\W\d_a-z][\w'’-]+)(?=,\s|[.!?])"
)
# A relative named in apposition: "her brother, Fausto,", "his late wife, Ana Ruiz,".
_KIN_NAMED = re.compile(  # (also after a possessive name: "Heikkinen's grandfather, Eino Heikkinen,")
    r"\b(?:(?i:his|her|their|my|our|your)|[^\W\d_a-z][\w-]+['’]s)\s+(?:(?i:younger|older|elder|late|little|big)\s+)?"
    r"([a-z]+),\s+"
    r"([^\W\d_a-z][\w'’-]+(?:\s+[^\W\d_a-z][\w'’-]+)?)(?:,|\.(?=\s))"
)
# A person's name in apposition inside a quote: "When our founder, the late Ursula Hänggi, started …".
# A document a turn's speaker calls theirs: "Our statement on Friday said it clearly:".
_OUR_DOCUMENT = re.compile(r"\b(?i:our)\s+(?:[a-z]+\s+)?(?:statement|letter|release|notice|website|report)\b")
_APPOSED_NAME = re.compile(r",\s+(?:the\s+late\s+)?((?:[^\W\d_a-z][\w'’-]+\s+){1,2}[^\W\d_a-z][\w'’-]+),")
# A name opening a sentence inside a quote, followed by a verb: "Samuel rang me the night before".
_QUOTED_SUBJECT = re.compile(r"(?:[.!?]\s+|[‘'“\"])([^\W\d_a-z][\w'’-]+)\s+[a-z]+")
# The person a court report tries: "convicted Bhanwar Lal Saini, 52, of", "Ana Ruiz was sentenced to".
_COURT_NAME = r"(?:[^\W\d_a-z][\w'’-]+[ \t]+(?:(?:de|del|la|van|von|da|di|bin|al)[ \t]+){0,2}){1,3}[^\W\d_a-z][\w'’-]+"
_DEFENDANT = re.compile(
    r"\b(?:convicted|sentenced|jailed|acquitted|found)[ \t]+(?P<object>" + _COURT_NAME + r")"
    r"|(?P<subject>" + _COURT_NAME + r")(?:,[^,.;]{1,60},)?[ \t]+(?:was|has[ \t]+been|had[ \t]+been|is)[ \t]+"
    r"(?:sentenced|convicted|jailed|acquitted|found[ \t]+guilty|charged|accused)\b"
)
_CAP = r"[^\W\d_a-z][\w'’-]+"
_PARTICLES = r"(?:(?:de|del|la|las|los|van|von|der|den|da|di|du|dos|das|le|bin|binti|binte|al|el)[ \t]+){0,2}"
# A live blog's entry handing over to someone: "A final word from Lúcia Conceição", "More reaction from Ana Ruiz".
_WORD_FROM = re.compile(
    r"\s*(?:(?:(?i:an?|the|one|some|more)\s+)?(?i:(?:[a-z]+\s+){0,2}(?:word|words|message|comment|comments|reaction|"
    r"thoughts|update))\s+from"
    # (or the subject after the verb: "Among the first 30 trainees is Riaan du Plessis, 22,")
    r"|(?:Among|Amongst|Alongside|Beside|Behind)\s[^,.;:]{1,60}?\s(?:is|are|was|were))"
    r"\s+(" + _CAP + r"(?:[ \t]+" + _PARTICLES + _CAP + r"){1,3})"
)
# A full name and the title after it, anywhere in a sentence: "next to Joana d'Ávila, the coordinator of the Bloco,".
_NAME_THE_TITLE = re.compile(
    r"(" + _CAP + r"(?:[ \t]+" + _PARTICLES + r"(?:[dl]['’])?" + _CAP + r"){1,3}),[ \t]+(?i:the)[ \t]+"
    r"([a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*)?)(?=[ \t]+(?:of|at|for|in)\b|[,.;])"
)
_WHO_HEADS = re.compile(
    r"(" + _CAP + r"(?:[ \t]+" + _PARTICLES + r"(?:[dl]['’])?" + _CAP + r"){0,3}),[ \t]+who[ \t]+(?:heads|leads|runs)\b"
)
# An academic title before a full name, anywhere in a sentence: "assessed by Professor Kim Ji-hye of …".
_ACADEMIC_NAME = re.compile(
    r"\b(Professor|Prof\.|Dr\.?)[ \t]+(" + _CAP + r"(?:[ \t]+" + _PARTICLES + r"(?:[dl]['’])?" + _CAP + r"){1,3})"
)
_THE_TITLE_NAME = re.compile(
    r"\b(?i:the)[ \t]+(?:[a-z]+['’]s[ \t]+)?"
    r"([a-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2}|[A-Z][a-z-]+[ \t]+[A-Z][a-z-]+),[ \t]+"  # ("the Prime Minister, Hon. X")
    r"(?:(?:Hon|Dr|Prof)\.?[ \t]+)?"
    r"(" + _CAP + r"(?:[ \t]+" + _PARTICLES + r"(?:[dl]['’])?" + _CAP + r"){1,3})(?=[,.;]|$)"
)
# A person reading out a document: "read a statement on behalf of its board", "read out the union's letter".
_READS_STATEMENT = re.compile(
    r"\bread\s+(?:out\s+)?(?:a|the|its|their)\s+(?:[a-z]+\s+)?(?:statement|letter|declaration|submission)\b"
)
# "… read a statement on its behalf saying that its 212 members “…”": the quote is the body's
_ON_ITS_BEHALF = re.compile(
    r"\bread\s+(?:out\s+)?(?:a|the)\s+(?:[a-z]+\s+)?statement\s+on\s+(?:its|their)\s+behalf\b[^.!?\ue000]*$"
)
# Where a turn says a document came from: "what we got from the Trinidad and Tobago Police Service".
_FROM_BODY = re.compile(
    r"\b(?:got|received|have|has|had|['’]ve|response|reply|came\s+in)\b[^.!?\ue000]{0,40}?\bfrom\s+(?:the\s+)?("
    + _BODY_NAME
    + ")"
)
_CAP_RUN = re.compile(r"[^\W\d_a-z][\w'’-]+(?:[ \t]+[^\W\d_a-z][\w'’-]+)*")
# "…, she laughed." / "He paused." : a pronoun subject closing a sentence with no speech verb.
# "Asked …, Peñaranda smiled." : a name does the same.
_PRONOUN_CLAUSE = re.compile(
    r"(?:^|,)\s*(?:(?:and|but)[ \t]+(?=(?i:he|she)\b))?"  # ", and he intends to remain “…”"
    r"((?i:he|she)|(?i:the)[ \t]+[a-z]+|(?!It\s+(?:was|is|has\s+been|had\s+been)\s)"
    r"[^\W\d_a-z][\w'’-]+(?:[ \t]+[^\W\d_a-z][\w'’-]+){0,2})"
    r"\s+(?i:[a-z]+(?:ed|s))\b[^,]{0,40}[.!?]?\s*$"  # (not "It was discussed.": no agent)
)
# A participle clause before the subject: "Asked whether he would resign, X paused."
# Lower-case words ending in a title before a sentence's subject: "opposition councillor Karim Benali"
_LOWER_TITLE = re.compile(
    r"\s*(?:[a-z][\w-]*[ \t]+){0,2}(?:"
    + "|".join(sorted(re.escape(w) for w in TITLE_WORDS if w.isalpha()))
    + r")[ \t]+(?=[^\W\d_a-z])"
)
# "His cousin Nurhaida Tanjili, the chairman's daughter, persuaded …": a relative named with no comma before the name
_KIN_BEFORE_NAME = re.compile(
    r"\s*(?:His|Her|Their|My|Our)[ \t]+(?:(?:late|elder|older|younger|eldest|youngest|twin)[ \t]+)?(?:"
    + "|".join(sorted({*KIN_GENDER, "cousin", "sibling", "partner"}))
    + r")[ \t]+(?=[^\W\d_a-z])"
)
_PRONOUN_SUBJECT = re.compile(
    r"\s*((?i:he|she))\s+(?:also\s+|then\s+|later\s+|had\s+)?(?!(?:was|is|has|does|says)\b)"
    r"(?:[a-z]+(?:ed|s)|lost|kept|took|left|ran|sat|stood|made|went|came|gave|held|felt|knew|spent|fought|built|read|sent|put|set|began|brought|got|saw|found|heard|paid|met|led|drove|threw|shook|sold|bought|lit|hung|wore|grew|won|rose|fell|caught|taught|woke)\b"
)
# "…, so Zaharia Ahmed is in the trees by five": a full name opening a coordinated clause, with its verb
_COORDINATED_NAME = re.compile(
    r"\s*(?:so|and|but|yet|while|whereas)\s+((?:his|her|their)\s+[a-z]+\s+)?"  # ("and her uncle Yermen Tebekov was")
    r"([^\W\d_a-z][\w'’-]+(?:[ \t]+" + _PARTICLES + r"[^\W\d_a-z][\w'’-]+){0,3})"  # ("Maria da Conceição Magalhães")
    r"(?=[ \t]+(?:[a-z]+ly[ \t]+)?(?:is|was|has|had|will|would|can|could|does|did|[a-z]+s|[a-z]+ed)\b)"
)
# The verb after a name, then "its" for the subject: "Formosa Skyways has cancelled all of its flights".
# (not "Ana Ruiz criticised its plan": "all of its", "its own")
_ITS_OWN = re.compile(
    r"\s+(?:(?:has|have|had|will|would)\s+)?[a-z]+\s+(?:(?:all|most|some|many|part|each|one)\s+of\s+its|its\s+own"
    # ("Chachani Minerals has responded in a statement on its website")
    r"|[^,;:.\n]{0,40}?\bon\s+its\s+(?:own\s+|official\s+)?(?:website|web\s+site|account|page|channel|feed|blog))\b"
)
# A sentence saying who someone is: "The person at the controls today is Errol's daughter, Shanique Walters, 24,".
_IDENTIFIED = re.compile(
    r"\s*(?:The|Its|His|Her|Their)\s+[^,.;:\n]{1,60}?\s+(?:is|was)\s+"
    r"(?:(?P<kin>(?:[^\W\d_a-z][\w'’-]+['’]s|his|her)\s+[a-z]+),\s+)?"
    r"(?P<name>[^\W\d_a-z][\w'’-]+(?:[ \t]+[^\W\d_a-z][\w'’-]+){1,2})(?=[,.])"
)
# The verbs that say a sentence quotes someone by name ("Fatima says", "said her son").
_SAID = r"(?:says|said|adds|added|tells|told|asks|asked)"
# A person's thing opening the sentence, after a few words of time or place: "By early afternoon Taras Bondarenko's
# truck was empty".
_POSSESSOR = re.compile(
    r"\s*(?:[\w-]+[ \t]+){0,4}?((?:[^\W\d_a-z][\w'-]+[ \t]+){1,3}[^\W\d_a-z][\w-]+)['’]s[ \t]+[a-z]"
)
# "the association urged", and "the Movement called" (the short form of a name the text gave in full)
# (not a body's capitalised name: "The Ministry of Hydrocarbons and Energy has issued a statement."; but "The Mayor of
# Cusco" is a title)
_TITLE_HEAD = "(?i:" + "|".join(sorted((w for w in TITLE_WORDS if w.isalpha()), key=len, reverse=True)) + ")"
_DEFINITE_HEAD = re.compile(
    r"\s*(?i:the)\s+(?:[a-z][a-z]+(?=\s+[a-z])|(?=" + _TITLE_HEAD + r"\s)[A-Z][a-z]+(?=\s+[a-z])"
    r"|[A-Z][a-z]+(?=\s+[a-z])(?!\s+(?:of|for|on|and)\s+(?:the\s+)?[A-Z]))"
)
# The kind of body before its name: "The daily Gazeta Sul reports …", "the union Unite said …".
_BODY_PREFIX = re.compile(
    r"\s*(?:[Tt]he[ \t]+)?(?:"
    + "|".join((*OUTLET_NOUNS, "broadcaster", "union", "company", "firm", "group", "agency", "charity"))
    # ("The city-owned Gulf Ferry Company", "The state-run X"): who owns or runs it
    + r"|[a-z]+-(?:owned|run|backed|funded|based|controlled|operated)"
    + r")[ \t]+(?=[^\W\d_a-z])"
)
# "At City Hall, X accused …", "As the light went, X walked …": a short scene-setting phrase before the subject
_OPENING_PLACE = re.compile(
    r"\s*(?:at|in|on|outside|inside|from|later|earlier|late|early|meanwhile|separately|as|when|while|once|under|"
    r"by(?![^,]*\b(?:has|have|had|is|are|was|were)\b)|"  # "By midday," (not "By sunrise the frost has gone")
    r"during|every|each|across|near|since|after|before|until|throughout|down|up|along|around|behind|beyond|past|"
    # "For more than half a century," (but "For Kyaw Zeya, the changes …" is about him)
    r"for(?![ \t]+(?-i:[^\W\d_a-z]))|"
    r"[a-z]+[ \t]+[a-z]+[ \t]+away|back[ \t]+(?:in|at|on|home))\b",
    re.I,
)
_OPENING_CLAUSE = re.compile(
    r"\s*(?:when\s+|after\s+|before\s+|while\s+)?(?:asked|pressed|speaking|questioned|challenged|interviewed|"
    r"addressing|responding|reacting|writing|testifying|reached|contacted|approached|confronted|shown|told|informed)\b",
    re.I,
)
# A participle's phrase before the subject: "Closing the ceremony, Dr. Mills-Liburd urged …", "Holding a sign, …".
_OPENING_PARTICIPLE = re.compile(
    r"\s*[A-Z][a-z]+ing\s+(?:the|a|an|his|her|their|its|our|my|this|that|these|those|to|at|in|on|from|with|by|"
    r"up|out|down|over|into|through|off|back)\b"
)
# Or a participle and its bare noun: "Passing sentence, Mavrommati addressed …" (not "Fleming senior, who …")
_PARTICIPLE_NOUN = re.compile(r"\s*([A-Z][a-z]+ing)\s+[a-z]+\s*$")
# How far the place is: "In the village of Gbakédou, two hours from Macenta on red laterite, Kékoura Guilavogui …"
_DISTANCE_AWAY = re.compile(
    r"\s*(?:(?:some|about|nearly|barely|just|only)\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"a\s+few|several|\d[\d,.]*)[\s-]+(?:hours?|hour['’]s|minutes?|days?|kilometres?|kilometers?|km|miles?)\b"
    r"[^,]*?\b(?:from|of|away|drive|walk|ride|by\s+road|upriver|downriver|inland)\b"
)
# A one-word scene-setter before the subject: "Nearby, Fundi Omar Mchangama mends a net."
_OPENING_ADVERB = re.compile(
    r"\s*(?i:nearby|outside|inside|upstairs|downstairs|meanwhile|elsewhere|offshore|inland|overhead|next\s+door"
    r"|across\s+the\s+(?:road|street|square|lane))\s*"
)
# A verb that puts words in the subject's mouth right before a quote: "called the offer “…”", "described it as “…”".
_CALLED = re.compile(
    r"\b(?:called|calls|described|describes|labelled|labeled|branded|termed|dismissed"
    r"|accused|accuses|accusing|charged|charges|describe|call|label|brand|dismiss)\b[^.!?\ue000]{0,40}$"
)
# What a body's act told people, right before the quote: "issued a red alert, telling people to move “…”".
_TELLING = re.compile(
    r",\s+(?:telling|urging|warning|asking|advising|ordering|instructing)\b[^.!?\ue000]{0,120}$"
    r"|,\s+saying\b[^.!?\ue000]{0,40}?\bthat\s*$"  # ("… raised its alert to orange, saying in a bulletin that")
)
# A "with" clause's subject and what it does to the quote after it: ", with the presiding judge calling it “…”"
_WITH_SUBJECT = re.compile(
    r",\s+with\s+((?:the\s+)?[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,5}?)\s+"
    r"(calling|describing|branding|labelling|labeling|saying|warning|adding|telling)\b[^\ue000.!?;]*$"
)
# A sentence about a statement or a post on social media (not "a command post"; a platform's name may stand before
# "post": "said in a Facebook post").
_STATEMENT_WORD = re.compile(
    r"\b(?:statement|update)\b|\b(?:an?|her|his|their|its|the|media|online)[ \t]+(?:[A-Z][\w-]+[ \t]+)?post\b"
    # "X posted on Instagram that …" (then "the post read")
    r"|\bpost(?:ed|s)[ \t]+(?:(?:a|an|this)[ \t]+[a-z]+[ \t]+)?(?:on|to)[ \t]+"
    r"(?:(?:its|their|his|her)[ \t]+(?:official[ \t]+)?(?:channel|account|page|feed)\b|"
    r"(?:(?:its|their|his|her)[ \t]+)?(?:[A-Z][\w-]+|social[ \t]+media|website))"
)
# A body's document the speaker reads out: "They sent us a statement, which I will read in full:".
_READS_THEIRS = re.compile(
    r"\b(?:they|it)(?:['’]ve|\s+have|\s+has)?\s+(?:sent|gave|emailed|issued)\s+(?:us\s+)?(?:a|an|the)\s+(?:[a-z]+\s+)?"
    r"(?:statement|letter|response|reply|email|message)\b[^.!?]{0,60}[:,]\s*$"
    # "X, who run the ship, sent us a statement this morning. I'll read you part of it:"
    r"|\bI(?:['’]ll|\s+will)\s+read\s+(?:you\s+)?(?:(?:part|some|a\s+bit)\s+of\s+)?it\s*[:,]\s*$"
    # "we asked the X company for a response. I will read their statement exactly as it came:"
    r"|\bI(?:['’]ll|\s+will)\s+(?:now\s+)?read\s+(?:you\s+)?(?:their|its)\s+(?:[a-z]+\s+)?"
    r"(?:statement|letter|response|reply|email|message)\b[^.!?]{0,40}[:,]\s*$",
    re.I,
)
# The listener's own document read back to them, and "I quote" after a document someone made.
_YOUR_DOCUMENT = re.compile(
    r"\byour\s+(?:own\s+)?(?:[a-z]+\s+)?(?:e-?mail|letter|statement|memo|note|message|post|minutes|report|leaflet|"
    r"manifesto|newsletter|website|tweet|speech|column)\b[^.!?]{0,120}[:,]\s*$",  # ("your own election leaflet said,")
    re.I,
)
_I_QUOTE = re.compile(r"^\s*(?:and\s+)?(?:I\s+quote|Quote)\s*[:,]?\s*$")  # (a broadcaster's "Quote, “…” End quote.")
# A time adverb opening a sentence without a comma: "Earlier today Feitosa described …".
_LEADING_TIME = re.compile(
    r"^\s*(?i:(?:earlier|later)\s+(?:today|tonight|on\s+\w+|this\s+\w+)|yesterday|today|tonight"
    r"|(?-i:At|In|On|By|After)\s+(?:dawn|dusk|night|noon|midnight|first|last|sunrise|sunset|times|lunchtime)"
    r"|(?-i:At)\s+(?:one|that|this|some)\s+(?:point|stage|moment)"  # "At one point Haßlwanter asked"
    # "At the end of the afternoon Henri makes his slow way back"
    r"|(?-i:At|By|Towards?|Until)\s+the\s+(?:end|start|beginning|close|height)\s+of\s+(?:the|that|this)\s+[a-z]+"
    r"|(?-i:Every|Each)\s+(?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter)"
    r"|day|week|month|year|morning|evening|night|spring|summer|autumn|winter|weekend))"  # "Every Thursday a miner"
    r"\s+(?=[^\W\d_a-z]|(?:an?|one)\s)"  # "At dusk Ould Hamoud closes the trunks", "Every Thursday a miner sits"
)
# What a body's document found, right before the quote: "The audit … found “…”".
_FOUND = re.compile(r"\b(?:estimated|estimates|recommended|" + _FINDING_VERBS + r")\b[^.!?\ue000]{0,40}$")
# A subordinate clause opening the sentence: "When the river rose in March, Aisha Khan called …"
_OPENING_SUBCLAUSE = re.compile(
    r"\s*(?:when|while|after|before|because|although|though|once|since|until)\s+\w+\s+\w+", re.I
)
# The subject of an opening subordinate clause: "When Rosalía Benítez Giménez, who has died aged 85, first played …".
_SUBJECT_OF_OPENING = re.compile(
    r"\s*(?i:when|while|after|before|as|since|until|once)\s+((?:[^\W\d_a-z][\w'’-]+[ \t]+){1,3}[^\W\d_a-z][\w'’-]+)\s*$"
)
# A writer's byline under the headline: a name on its own line, perhaps with the date below it.
_WRITER_NAME = r"(?:[^\W\d_a-z][\w'’.-]+[ \t]+){1,3}[^\W\d_a-z][\w'’-]+"
# ("Story and photographs by Petra Lovrić", "Words and pictures by …")
_CREDITED_BY = r"(?:(?:Story|Text|Words|Reporting)(?:[ \t]+and[ \t]+(?:photographs|photos|pictures))?[ \t]+)?"
_WRITER_BYLINE = re.compile(
    r"\s*(?:" + _CREDITED_BY + r"[Bb]y\s+)?" + _WRITER_NAME + r"[ \t]*(?:\n[^\n]*\d[^\n]*)?\s*"
    # "By Daniela Vergara | Río Indio, Panama | Saturday, 2 May 2026"
    r"|\s*[Bb]y\s+" + _WRITER_NAME + r"[ \t]*[|•·][^\n]*\s*"
    # "By Tatiana Freire and Rodrigo Amaral, Jornal Maré, in Salvador. All times local."
    r"|\s*[Bb]y\s+" + _WRITER_NAME + r"(?:(?:,[ \t]*|[ \t]+and[ \t]+)" + _WRITER_NAME + r")*,[^\n“”\"]*"
)
_BY_LINE = re.compile(r"\s*[Bb]y\s+" + _WRITER_NAME + r"\s*")  # a deck's last line
# A definite description ending a comma part, a name in apposition after it: "When the presiding judge, X, asked".
_THE_TITLE_END = re.compile(r"\b(?i:the)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s*$")
# A subordinate clause between an opening phrase and the subject.
_ABSOLUTE = re.compile(r"\s*(?:with|without|despite)\b", re.I)
# "For half a century Néstor Olivera has built …": a span of time before the subject, with no comma
_SPAN_BEFORE = re.compile(
    r"\s*(?i:for|over|since|in|during|after|for\s+more\s+than|for\s+nearly|for\s+almost)[ \t]+"
    r"(?:[a-z0-9-]+[ \t]+){0,3}?(?i:century|centuries|decade|decades|years?|months?|weeks?|days?|generations?)"
    r"[ \t]+(?=[^\W\d_a-z])"
)
# A caption's label before the person it shows: "Photo: Lone Mikkelsen serving coffee by torchlight …".
_CAPTION_LABEL = re.compile(
    r"\s*(?:Photo|Picture|Pictured|Caption|Above|Below|Left|Right|Top|Main picture|Photo caption)[ \t]*:[ \t]*"
    r"(?=[^\W\d_a-z])"
)
_SUBORDINATE = re.compile(
    r"\s*(?:when|where|whether|while|as|after|before|because|although|though|if|which|who|whose)\b", re.I
)
# "… that one constituent had written to her in August to say, '…'": a speaker inside reported speech.
_INNER_SAY = re.compile(
    r"\bthat\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:had\s+|has\s+|have\s+)?(?:written|wrote|called|phoned|"
    r"texted|emailed|messaged|rung|rang)\b[^.!?\ue000]{0,60}?\b(?:to\s+say|saying)[,:]?\s*$"
)
# What an unnamed person said, quoted after a colon: "what the pilot who trained him said on his first transit:".
_WHAT_THE_ROLE_SAID = re.compile(
    r"\bwhat\s+(?i:the|an?|his|her|their|my)\s+(?:[a-z-]+\s+)?([a-z]+)\b[^.!?:;,\ue000]{0,60}?\s(?:said|told\s+\w+|says)"
    # (not "Asked what the younger Molina had told him, Heredia said:": the colon's own speaker reports it)
    r"\b(?:(?!\b(?:said|says|told|replied|answered|added)\b)[^.!?:;\ue000]){0,60}:\s*$"
)
# An outlet's report of what someone told it: "Martı Postası reports that Hakan Aydın told the paper the strike could
# run “…”": the words are Aydın's.
_REPORTS_THAT = re.compile(
    r"\b(?:reports|reported|says|said|writes|wrote)\s+that\s+([^.!?;\ue000]{3,160}?),?\s+"
    r"(?:told|said|says|warned|added|insisted)\b[^.!?\ue000]{0,100}$"
)
# "… in what the region's health director, Samira El Ouazzani, called “…”", "… pay that union leader Ramona Estévez
# called “…”", "a claim the chief prosecutor, Théophile Kaboré, called “…”": the words are the one who called it that.
_CALLED_WHAT = r"(?:it|this|that|(?:the|your|his|her|their|its|our|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+)"
_CALLED_IT = re.compile(  # (the space run starts after a non-space: a long run of blanks is tried once)
    r"(?:,|(?<=\S))\s+(?:has\s+|had\s+)?(?:(?:called|termed|dubbed|labell?ed)(?:\s+" + _CALLED_WHAT + r")?"
    r"|described(?:\s+" + _CALLED_WHAT + r")?\s+as)[,:]?\s*$"  # "The foundation described the award as “…”"
)
_AFTER_PREPOSITION_WORD = re.compile(r"\b(?:with|at|for|from|of|in|on|by)\s+$")
_WHAT_CALLED = re.compile(r"\b(?:what|that|which|(?i:an?|the)\s+[a-z]+)\s+")
# "The head of …" / "The new chair of …": a description of whoever the appositive names.
_OFFICES = "|".join(re.escape(w) for w in sorted(TITLE_WORDS - {"member"}, key=len, reverse=True))
_OFFICE_OF = re.compile(r"\s*(?i:the|an?)\s+(?:[a-z-]+\s+)?(?:" + _OFFICES + r")\s+(?:of|for|at)\s")
# "“…” — Jane Doe, CEO of Acme" / "“…” — that was the verdict of Tom Ellis" (to the paragraph's end: a long description)
_DASH_CREDIT = re.compile(r"[ \t]*\n?[ \t]*[—–][ \t]*([^\n.;—–]{2,200})")
_CREDIT_GOES_ON = re.compile(r"\.[^\n.;—–]*")  # (after a title's full stop)


def _credit_line(credit: str, after: str) -> bool:
    """ "— volcanologist Rina Pratiwi" ending the paragraph credits the quote; "— Photo: Tom Hale/Reuters",
    "— (Reporting by …)" and "— a view shared by captain Tom Hale." do not."""
    if re.search(r"[:/()]", credit) or re.match(r"\s*(?:an?|the|photo|reporting|editing|source)\b", credit, re.I):
        return False
    return re.fullmatch(r"[\s.,;]*", after) is not None


# An attribution that the layout put on the next line, as a paragraph of its own: "said Maria Lopez, a parent."
_NEXT_LINE_CREDIT = re.compile(r"\s*(?:[—–][ \t]*|(?:" + REPORT_VERB_RE.pattern + r")[ \t]+)([^\n.;,—–()]{2,80})")
# The paragraph after a quote that names whose words they were: "That was the response of Hélène Boisson, …"
_RESPONSE_NOUN = (
    r"(?:response|verdict|view|reaction|answer|message|warning|assessment|word|words|remark|comment|commitment|promise"
    r"|pledge|assurance|vow)"
)
# The next paragraph names who just spoke: "That's Pappu, a rickshaw driver …", "That was Ana Ruiz, the mayor, …"
_THAT_IS = re.compile(
    r"\s*That(?:['’]s|\s+is|\s+was)\s+([^\W\d_a-z][\w'’-]+(?:[ \t]+[^\W\d_a-z][\w'’-]+){0,3}),"
    r"\s+(?:(?:(?:an?|the|our|one)\s+)?((?:[\w-]+\s+){0,2}[a-z]+)\b|(\d{1,3}),)"  # ("That's Maria Lopez, 34, who …")
)
_RESPONSE_OF = re.compile(
    # ("The warning comes from Dr. X"; not "The response came from X", which answers the words)
    r"\s*(?:The\s+(?=(?:warning|words|verdict|assessment|message|promise|pledge|vow)\s+(?:came|comes)\s)|(?:That|This|Such)\s+)"
    r"(?:(?:was|is)\s+(?:the\s+)?(?:[a-z]+\s+)?" + _RESPONSE_NOUN + r"\s+(?:of|from)\s+"
    # "That warning came from Marco Ferrante-Lisi, a plant pathologist …"
    r"|(?:[a-z]+\s+)?" + _RESPONSE_NOUN + r"\s+(?:came|comes)\s+from\s+"
    # "That commitment, from the chief archivist of the Foundation, Nguyễn Văn Hải, underpins …"
    r"|(?:[a-z]+\s+)?" + _RESPONSE_NOUN + r",\s+from\s+(?:(?:the|a|an|its|their)\s+[^\n.;,—–()]{2,60},\s+)?)"
    r"((?:(?:Dr|Mr|Mrs|Ms|Prof)\.\s+)?[^\n.;,—–()]{2,60})"  # ("comes from Dr. Aminath Shaheema, 41,")
)
# … or the document it came from: "The letter, read into the record by X, was written by Anna Maria Stefanelli, …"
_THE_DOCUMENT = r"\s*(?:The|That|This|Her|His|Their)\s+"
_SENT_DOCUMENTS = r"(?:letter|note|message|e-?mail|statement|submission|text|post)"
_DOCUMENT_WRITTEN_BY = re.compile(
    _THE_DOCUMENT + _SENT_DOCUMENTS + r"\b[^.\n]{0,80}?\bwas\s+(?:written|sent|signed)\s+by\s+([^\n.;,—–()]{2,60})"
)
# "The first submission is from Mr Stelios Vlachos, a retired teacher. He writes: …": its author.
_DOCUMENT_IS_FROM = re.compile(
    _THE_DOCUMENT
    + r"(?:(?:first|second|third|next|last|final|other)\s+)?(?:written\s+)?"
    + _SENT_DOCUMENTS
    + r"\s+(?:is|was|comes|came)\s+from\s+([^\n.;,—–()]{2,60})"
)
# A person a passive brings in: "One of those families was represented by Chantal Nkounkou, a schoolteacher …"
# (not "The delegation was led by X", whose leader is no more the next "she" than the one who spoke before).
# (Or an event a titled person opened: "The campaign was opened in Birao by the Minister of Health, Dr. Clarisse
# Ngaïkoumon-Bessé, who …": the name in apposition to the title, "Dr." and all. Or the inverted "among the first
# through was Nabil Ahmed al-Absi, a bus driver …", or the reporter's "At the shelter we met Antonina Pavlovna, 81".)
_BROUGHT_IN_BY = re.compile(
    r"(?:\b(?:was|were)\s+(?:represented|(?:opened|launched|inaugurated|unveiled)\b[^.;\n]{0,40}?)\s+by"
    # "It was read by his granddaughter, Mariam Mkrtchyan." (a statement or a letter; not "the charges were read by")
    r"|\b(?:[Ii]t|[Tt]his|statement|letter|message|note|tribute|poem|e-?mail)\s+was\s+read(?:\s+(?:out|aloud))?\s+by"
    r"|\b(?i:among)\b[^.;\n]{0,60}?\b(?:was|were)|\b(?:last|final)\s+word\s+(?:goes|went)\s+to"
    r"|\b(?:figures|update|updates|details|numbers)\s+from"  # "Updated figures from Deputy Commissioner X: …"
    r"|\b(?:[Ww]e|I)\s+(?:met|found|visited|spoke\s+(?:to|with)|talked\s+(?:to|with)|caught\s+up\s+with))"
    r"\s+((?:[^\W\d_a-z][a-z]{1,4}\.\s+)?[^\n.;,:—–()]{2,60}(?:,[^\n;,:—–()]{2,60})?)"  # ("Ing. Wayra Mamani")
)
# A sentence about a place or body that brings in who runs it: "The hall is managed by Jainal Tanjili, a nephew of the
# chairman." / "Today the station is run by X" (the sentence's own subject: not "John Barry, whose farm is run by …",
# nor "Okafor said the paper was now run by …")
_RUN_BY = re.compile(
    r"\s*(?:(?:Today|Now|These\s+days|Since\s+\d{4}),?\s+)?(?:[Tt]he|[Ii]ts|[Tt]heir|[^\W\d_a-z][\w'’-]*)"
    r"(?:\s+(?!(?:said|says|told|tells|added|adds|thinks|believes|whose|which|that)\b)[\w'’-]+){0,4}"
    r"\s+(?:is|are|was|were)\s+(?:now\s+)?(?:managed|run|led|headed|coordinated|overseen|supervised)\s+by"
    r"\s+((?:[^\W\d_a-z][a-z]{1,4}\.\s+)?[^\n.;,:—–()]{2,60}(?:,[^\n;,:—–()]{2,60})?)"
)
# The last of a list that brings a person in: "… except for a dog, a pickup and Aurelio Soto Barría, who is 81".
_AND_NAME_WHO = re.compile(r"\band\s+((?:[^\W\d_a-z][\w'’-]+\s+){1,3}[^\W\d_a-z][\w'’-]+),\s+who\b")
# A press release's credit line before a quote paragraph.
# (And a live blog's or a programme's "The last word goes to X, …:".)
_CREDIT_INTRO = re.compile(
    r"(?:statement|quotes?|comments?|remarks?|message)\s+(?:from|by)\s+([^:\n]+?)\s*:$"
    r"|attribut(?:ed|able)\s+to\s+([^:\n]+?)\.?\s*:$"
    r"|\b(?:last|final|first)\s+word\s+(?:goes|went|belongs)\s+to\s+([^:\n]+?)\s*:$",
    re.I,
)
# A document from someone, read out in the paragraphs after: "… the written submission received on Monday from the
# Lillö Residents' Association. It reads as follows."
_I_WILL_READ = r"I\s+(?:will|shall|would\s+like\s+to)\s+(?:now\s+)?read\b[^.:\ue000]{0,60}:"
# What may stand between a document's sender and the quote: the same sentence, or "I will read it:" after it
_READING_REST = re.compile(r"[^.!?\ue000]*(?P<apart>[.]\s+" + _I_WILL_READ + r"\s*)?")
_READ_IN = re.compile(
    r"\b(?:submission|statement|letter|message|e-?mail|note|petition|testimony)\b[^.:;]{0,60}?\bfrom\s+(?:the\s+)?"
    r"((?:[^\W\d_a-z][\w&'’.-]*\s+(?:(?:of|for|and|on|de)\s+)?){0,6}[^\W\d_a-z][\w&'’-]*)[^.:]{0,40}[.:]?"
    r"(?:\s*(?:It|This|The\s+\w+)\s+(?:reads|says|said|read)(?:\s+as\s+follows|\s+in\s+full)?[.:]|:)\s*$"
)
# Someone reading out another's words: "read a short statement on his behalf", "read a statement on behalf of
# Mr Strachan's mother, Christine Strachan, who was too upset to speak", "read out a statement from Rositsa
# Petkova, Viktor's mother,".
# ("… opened the session by reading from a letter sent to the committee by Gareth Llewellyn, …")
# What someone writes or sends that a text may read out or quote: one list for the patterns below.
_DOCUMENT_NOUN = (
    r"(?:statement|letter|message|tribute|affidavit|report|note|email|e-mail|text|voicemail|tweet|submission)"
)
_READ_ON_BEHALF = re.compile(
    r"\bread(?:s|ing)?\s+(?:(?:out|aloud|into\s+the\s+record)\s+)?(?:to\s+(?:the\s+)?[a-z]+\s+)?(?:from\s+)?"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"  # ("read to the court a text message X had sent", "a WhatsApp message")
    + _DOCUMENT_NOUN
    + r"(?:\s+of\s+[a-z]+)?\s+"  # "a letter of support signed by …"
    r"(?:on\s+(?P<pronoun>his|her|their)\s+behalf|(?:on\s+behalf\s+of|from|by|"
    r"(?:written|sent|signed)(?:\s+to\s+(?:(?:the|his|her|their|its|our|my)\s+)?(?:[a-z]+\s+){0,2}[a-z]+)?"
    r"(?:\s+(?:on|last|this)\s+\w+)?\s+by)\s+(?P<whom>[^.;:]{2,120})"
    # "read out a letter (that) Jaskaran wrote to his father"
    r"|(?:that\s+|which\s+)?(?P<writer>[^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*){0,3})"
    r"\s+(?:had\s+|has\s+)?(?:written|wrote|sent|given|gave|made)\b"  # ("the statement Khamla had given to police")
    # "read aloud an email that the project’s architect, Lisandru Cristofari, sent to Antonetti"
    r"|(?:that|which)\s+(?:(?:the|his|her|their|its)\s+)?[\w’'-]+(?:\s+[a-z-]+){0,2},\s+"
    r"(?P<apposed>[^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*){0,3}),\s+(?:had\s+|has\s+)?(?:written|wrote|sent)\b"
    # "read aloud from a letter the cooperative had sent to all its members": the body the text named so
    r"|(?:that\s+|which\s+)?(?P<body>(?:the|its|their)\s+[a-z]+)\s+(?:had\s+|has\s+)?(?:written|wrote|sent|issued)\b)"
)


# The same the other way round: "A victim impact statement by van der Merwe's wife, Annelie van der Merwe, was read to
# the court by the prosecutor, Nokuthula Zulu."
_READ_BY_ANOTHER = re.compile(
    r"\b(?i:a|an|the)\s+(?:[a-z-]+\s+){0,3}"
    + _DOCUMENT_NOUN
    + r"\s+(?:from|by|(?:written|signed)\s+by)\s+(?P<whom>[^.;:]{2,120}?),?\s+(?:was|were|had\s+been)\s+read\b"
)


# What may stand between a document read out and its words: "…, in which he said," (he being its author).
_IN_WHICH_SAID = re.compile(
    r"[^.!?\ue000]*,\s+in\s+which\s+(?:he|she|they|it)\s+(?:said|wrote|stated|claimed|insisted|added)\s*[,:]?\s*"
)


# Someone's message read by another: "Her message to the members was read at the ceremony by Millogo."
_POSSESSED_READ_BY = re.compile(
    r"\b(?P<pronoun>[Hh]is|[Hh]er)\s+(?:[a-z-]+\s+){0,2}" + _DOCUMENT_NOUN + r"\b[^.;:]{0,60}?\b(?:was|had\s+been)"
    r"\s+read\b(?:[^.;:]{0,40}?\bby\s+(?P<reader>[^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*){0,2}))?"
)


# A turn that reads out the words of someone not there: "… from Pani Irena Lis, who … asked me to read her note, so I
# will." (the person named before it) / "They declined, but they sent a statement, which I'll read in full." (the
# body "they" are: the one "the board" last named)
_ASKED_TO_READ = re.compile(
    r"\b(?:asked|wanted|wants|begged)\s+(?:me|us)\s+to\s+read\s+(?:out\s+)?(?:his|her|their)\s+(?:[a-z-]+\s+)?"
    + _DOCUMENT_NOUN
)
_WHO_ASKED = re.compile(r"(?:,\s+who\b[^.!?;]*|\s+)")
_SENT_TO_READ = re.compile(
    r"\b(?:they|it)\s+(?:have\s+|has\s+)?sent\s+(?:us\s+)?(?:a|an)\s+(?:[a-z-]+\s+)?"
    + _DOCUMENT_NOUN
    + r"\b[^.;:]{0,40}?\b(?:I|we)(?:['’]ll|\s+will|\s+am\s+going\s+to|\s+are\s+going\s+to)\s+read\b"
)

# Who asked for a document to be read for them: "I’ve been asked by Donna Halloran, the wife of the skipper, to read a
# short statement on her behalf. She writes: ‘…’"
_ASKED_BY = re.compile(r"\basked\s+by\s+([^\W\d_a-z][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*){1,3})(?=[,\s])[^.!?\ue000]*$")
_PRONOUN_WRITES = re.compile(r"[^.!?\ue000]*\.\s+(?:She|He|They)\s+(?:writes|wrote|says)\s*[:,]\s*")
_SOMEONES_KIN = re.compile(r"(?:\b(?i:your|his|her|their)|[^\W\d_a-z][\w'’-]*['’]s)\s+(?:late\s+)?([a-z]+)\b")
_CALLS_ME = re.compile(r"\b(?:call|calls|called|know|knows)\s+me\s+(?:as\s+)?$")
_THE_NOUN = re.compile(r"\bthe\s+([a-z]+)\b")


def _author_of(read: re.Match[str]) -> str | None:
    """Who wrote what _READ_ON_BEHALF or _READ_BY_ANOTHER has read: "from X", "by X", "X wrote" (None for "on his
    behalf")."""
    found = read.groupdict()
    return found.get("whom") or found.get("writer") or found.get("apposed") or found.get("body")


# A document and who wrote it: "a letter from Doña Ernestina Joseph Waters", "a statement here from the X Network".
_AUTHORED_DOCUMENT = re.compile(
    # (the words before the noun may be a platform's name: "A WhatsApp message from Ray Hall:")
    r"\b(?i:a|an|the|another)\s+(?:[\w-]+\s+){0,2}?" + _DOCUMENT_NOUN + r"\s+(?:here\s+|now,?\s+)?"  # ("now, from")
    r"(?:from|written\s+by|signed\s+by|on\s+behalf\s+of)\s+([^.;:]{2,120})"
)
# A body or a person that sent in what is read next: "Läänemaa Turvas, the second-largest producer, declined to send
# a witness but submitted a written statement, which I will now read into the record:"
_SUBMITTED = re.compile(
    r"\b([^\W\d_a-z][\w&'’-]*(?:\s+[^\W\d_a-z][\w&'’-]*){0,4})(?:,[^,\ue000]{2,80},)?\s+(?:[a-z]+\s+){0,6}?"
    r"(?:submitted|sent(?:\s+in)?|issued|provided|filed|supplied)\s+(?:an?|its|their|the)\s+(?:[a-z-]+\s+)?"
    r"(?:statement|letter|submission|note|response|reply)"
    r"(?:,?\s+which\s+(?:I|we|she|he)\s+(?:will\s+|shall\s+|would\s+like\s+to\s+)?(?:now\s+)?read\b[^.:\ue000]*)?"
    r"\s*:\s*$"
)
# A presenter's next message: "A lot of you are emailing. This one's from Ina Jamieson in Baltasound:"
_ONE_FROM = re.compile(r"\b(?:This|That|Another|The\s+next)\s+one(?:['’]s|\s+is|\s+comes)\s+from\s+([^.;:]{2,80})")
# … or the letter read next, as "one" of those the text spoke of: "he read one from Kamla Devi Narayan, a retired
# teacher in Nadi." / "Ilda reads one aloud, from Maria Lurdes Andrade, whose …"
_READS_ONE_FROM = re.compile(r"\bread(?:s|ing)?\s+one\s+(?:(?:aloud|out)\s*)?,?\s*from\s+(?P<whom>[^.;:]{2,120})")
# A person a lead's last clause introduces: ", and the state's environment chief, Dato' X, ordered …".
_AND_THE_X_NAME = re.compile(
    r",\s+and\s+(?:the\s+)?[^,.]{2,60},\s+((?:[^\W\d_a-z][\w'’.-]*\s+){1,4}[^\W\d_a-z][\w'’-]+),\s+[a-z]{3,}ed\b"
    r"[^.]*\.?$"
)
# The writer handing the next paragraph to someone: "We put the question to Professor Huang Shu-fen, a
# seismologist …", "I asked the mayor, Ana Ruiz, …", "We spoke to Jo Lee."
_PUT_TO = re.compile(
    r"\b(?:we|i)\s+(?:then\s+|also\s+)?(?:(?:put|posed|took)\s+(?:(?:the|that|this|our|these|those)\s+)?"
    r"(?:question|questions|point|points|it|that|this|them)\s+to|asked|spoke\s+(?:to|with)|talked\s+(?:to|with)|"
    r"turned\s+to|(?:leave|give)\s+the\s+(?:last|final)\s+word\s+to)\s+([^.!?;:]{2,120})[.:]?\s*$",
    re.I,
)
# A sentence opening with an unnamed person: "Another resident," / "One supporter who …".
# "Another resident …", "A reader in Westport, Co Mayo, …": someone the article never names.
_UNNAMED_SUBJECT = re.compile(
    r"\s*(?:(?i:an?|another|one)\s+(?:[a-z-]+\s+){0,2}?|(?i:the)\s+(?=[a-z]+\s+of\s+(?i:an?|another|one)\s))([a-z]+)"
    # "The father of another victim", "A cousin of one of the dead workers", "A relative of the couple / the Ntulis"
    r"(?:\s+of\s+(?:(?i:an?|another|one)\s+(?:of\s+the\s+)?|the\s+)(?:[a-z]+\s+)?[^\W\d_][\w'’-]*)?"
    # "A woman travelling with two small children, who …" (not "A man named Joe Bloggs")
    r"(?:\s+(?!(?:named|called|identified|known|dubbed)\b)[a-z]+(?:ing|ed)\s+(?:[a-z'’-]+\s+){0,5}?[a-z'’-]+(?=\s*$))?"
    # "A younger vendor two rows over, who …", "a neighbour three doors down"
    r"(?:\s+(?:a\s+few|two|three|four|five|six|several|some)\s+(?:rows|stalls|doors|streets|houses|blocks|tables|seats"
    r"|shops|desks|benches|pitches|boats|berths)\s+(?:over|away|down|up|along|back|on))?"
    r"(?P<place>\s+(?:in|from|at|near|on|across)\s+(?:(?:the|a|an)\s+)?(?:[^\W\d_a-z][\w-]*['’]s\s+)?"  # "at Hualien's"
    r"(?:[a-z-]+\s+){0,2}[^\W\d_][\w'’-]*(?:\s+[^\W\d_a-z][\w'’-]*){0,2})?\s*(?:$|who\b|whom\b|whose\b|(?:I|we)\s)"
)
# Nouns for someone the article does not name ("a reader", "a labour economist", "another resident").
# (with the titles, which name people too: "a volunteer", "a survivor", "a commuter")
_UNNAMED_PERSONS = ROLE_WORDS | PERSON_NOUNS | ROLE_NOUNS | {w for w in TITLE_WORDS if w.isalpha()}
# Of those, the ones that are no office a text names someone to ("the man", "the caretaker"; not "the minister").
_PLAIN_PERSONS = (PERSON_NOUNS | ROLE_NOUNS) - TITLE_WORDS - ROLE_WORDS - GENERIC_ORG_REFS - ORG_WORDS


# A place in a document before a colon: "Page four, paragraph two:", "Section 3.2:", "Clause IV:".
_DOCUMENT_LOCATOR = re.compile(
    r"\s*(?i:page|paragraph|section|clause|article|chapter|line|item|annex|appendix|schedule|exhibit|slide|point)"
    r"\s+(?:\d+(?:\.\d+)*[a-z]?|[IVXLC]+|(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\b"
)
_LOWER_WORDS_BEFORE_NAME = re.compile(r"\s*(?:[a-z][\w-]*[ \t]+){0,2}([a-z][\w-]*)[ \t]+(?=[^\W\d_a-z])")


# Words that make a name after a place a larger place: "in Limerick, County Clare,", "in Ennis, Co Clare,".
_PLACE_WORDS = frozenset(
    "co co. county province district state region city prefecture oblast department parish".split()
)


def _person_after_place(part: str) -> bool:
    """ "Tsai Mei-ling" in "A reader in Taichung, Tsai Mei-ling, has sent …": a name of two words or more that is no
    country ("Cape Town, South Africa") and no larger place ("County Clare")."""
    words = part.split()
    if len(words) < 2 or is_country(part.strip()) or _PLACE_WORDS & {w.lower() for w in words}:
        return False
    return full_person_name(part.strip()) is not None  # (not "New York")


def _role_noun_before(part: str) -> re.Match[str] | None:
    """ "shipping agent Marisol Chen has clients …": a job in lower case before the name."""
    m = _LOWER_WORDS_BEFORE_NAME.match(part)
    return m if m and m.group(1) in ROLE_NOUNS and m.group(1) not in ORG_WORDS else None


def _heading(masked: str, sent: tuple[int, int]) -> bool:
    """A heading above its text in the same paragraph ("SELECT COMMITTEE ON WATER", "Troops deployed, says
    government"): no sentence subject."""
    line = masked[sent[0] : sent[1]].strip()
    above = masked[sent[1] : sent[1] + 2]
    return len(line) <= 60 and line[-1:] not in '.!?:;"”’)' + MASK and above[:1] == "\n" and bool(above[1:].strip())


# The unnamed subject a "who gave her name as …" clause goes with, after any opening place or time: "Outside the
# court his wife", "A man" (not "Police said a man")
_UNNAMED_HEAD = re.compile(
    r"\s*(?:(?i:outside|inside|at|in|on|after|before|near|behind|beside|later|earlier|afterwards|meanwhile)\b"
    r"[^,]{0,40}?,?\s+)?(?i:his|her|their|an?|one|another|the)\s+(?:[\w-]+\s+){0,2}?[a-z]+\s*"
)
# One a sentence brings in, by name, age and description, as what its subject turns to: "These days his hands are
# passing the trade to Tariro Mpofu, 23, an engineering student who …" (the next "she says" is hers)
_HANDED_TO_AGED = re.compile(
    r"\b(?:to|with)\s+((?:[^\W\d_a-z][\w'’-]+\s+){1,3}[^\W\d_a-z][\w'’-]+),\s+\d{1,3},\s+(?:an?|the)\s+[a-z]"
)
# A photo caption's label before its subject: "PICTURE: Sipho Ncube beneath the firebox …", "Photo caption: X …"
_CAPTION_LABEL = re.compile(r"\s*(?:PICTURE|PHOTO|CAPTION|IMAGE|(?:Photo|Picture|Image)(?:\s+caption)?|Caption)\s*:\s*")
# A sentence opening on an aged person the text is about: "The old man slides out …", "the elderly woman nods"
_THE_OLD_PERSON = re.compile(
    r"\s*(?:(?:Late|Early|Later|Earlier|Back)\s+(?:[a-z]+\s+){0,3})?((?i:the)\s+(?:old|elderly|older)\s+"
    r"(?:man|woman|gentleman|lady))\s+[a-z]+s\b"
)
# The gender a noun for someone gives ("a girl" is no "he"): kinship nouns and these.
_NOUN_GENDER = KIN_GENDER | dict.fromkeys(("girl", "woman", "lady"), "f")
_NOUN_GENDER |= dict.fromkeys(("boy", "man", "gentleman"), "m")
# A name a quote gives someone: "we called him Mr Mac", "everyone called her Auntie Bee"
_CALLED_HIM = re.compile(
    r"\b(?:called|call|named)\s+(him|her)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Uncle|Aunt|Auntie)\.?\s+)?([^\W\d_a-z][\w'’-]+)"
)
# A sentence whose subject is a person ("She handed the first award to Alex Rivera, 17, …": still the next "she")
_PERSON_OPENS = re.compile(r"\s*(?:He|She|They|[^\W\d_a-z][\w'’-]+\s+[^\W\d_a-z][\w'’-]+\s+[a-z])")
# One the text described giving a name: "She gave only her first name, Amina."
_GAVE_HER_NAME = re.compile(
    r"\s*(?:He|She)\s+(?:would\s+)?(?:only\s+)?gave\s+(?:only\s+)?(his|her)\s+(?:first\s+|given\s+)?name"
    r"(?:\s+only)?(?:\s+as)?,?\s+([^\W\d_a-z][\w'’-]+)[.,]"
)
# ("At Daniel's school, a fellow teacher named Suharti, who …, has begun": the name it gives)
# (someone not yet known: "a fellow teacher named", not "The coach named Valverde, 26, as captain")
_NAMED_HEAD = re.compile(
    _UNNAMED_HEAD.pattern.replace("(?i:his|her|their|an?|one|another|the)", "(?i:an?|one|another)")
    + r"\s*(?:named|called)\s+([^\W\d_a-z][\w'’-]+)(?=[ \t]*,)"
)
# A person and a relative the next comma names: "Georgi Petrov and his wife, Elena Petrova, …"
_AND_KIN = re.compile(r"\s*((?:[^\W\d_a-z][\w'’-]+\s+){1,3}[^\W\d_a-z][\w'’-]+)\s+and\s+(his|her)(\s+[a-z]+)\s*")
# A sentence opening on one of two relatives sharing a family name: "The elder Kühn shrugged.", "On Tuesday afternoon
# the elder Santiago sat …"
_OF_GENERATION = re.compile(
    r"\s*(?:(?:On\s+[A-Z][a-z]+day|That|Later|Earlier)(?:\s+(?:morning|afternoon|evening|night|that\s+day))?\s+)?"
    r"(?:The|the)\s+(?:younger|elder|older)\s+"
    r"([^\W\d_a-z][\w'’-]+)(?=\s+[a-z]|\s*$)"
)


# A body named after the kind of body it is and where it is: "the Lisbon firm Vasconcelos & Reis found".
_PLACE_FIRM = re.compile(
    r"\s*((?:[^\W\d_a-z][\w-]*[ \t]+){1,2}(?:firm|company|consultancy|agency|institute|laboratory|group)[ \t]+"
    r"(?:[^\W\d_a-z][\w'’.-]*[ \t]+(?:&[ \t]+|and[ \t]+)?){0,3}[^\W\d_a-z][\w'’.-]*)(?=[ \t]+[a-z]|\s*[,.;]|\s*$)"
)


def _by_author(part: str) -> tuple[SpeakerRef | None, str]:
    """The author after "A 2025 report by the …": the name it opens with, or the body "the Lisbon firm X" names."""
    firm = _PLACE_FIRM.match(part)
    ref = parse_speaker_phrase(firm.group(1)) if firm else None
    if ref is not None and ref.ref == "name" and ref.kind == "organization":
        return ref, firm.group(1)
    return _head_name(part)


# A live blog's entry time on a line of its own: "18:40", "14:55 — Schools closed".
_ENTRY_TIME = re.compile(r"(?m)^[ \t]*(\d{1,2})[:.](\d{2})\b")


@lru_cache(maxsize=8)
def _newest_first(text: str) -> bool:
    """The text is a live blog whose entries run newest first (its entry times mostly fall)."""
    times = [int(h) * 60 + int(m) for h, m in _ENTRY_TIME.findall(text)]
    pairs = list(pairwise(times))
    return len(times) >= 3 and sum(a > b for a, b in pairs) > 2 * sum(a < b for a, b in pairs)


def _head_name(part: str) -> tuple[SpeakerRef | None, str]:
    """The name a sentence opens with, and the phrase it was read from: "opposition councillor Karim Benali
    accused …", "North Dale police said …", "Radio Plata 840 reports …"."""
    span = _SPAN_BEFORE.match(part) or _CAPTION_LABEL.match(part)
    if span:
        part = part[span.end() :]
    titled = _LOWER_TITLE.match(part) or _BODY_PREFIX.match(part) or _role_noun_before(part)
    titled = titled or _KIN_BEFORE_NAME.match(part)  # ("His cousin Nurhaida Tanjili persuaded …")
    opening = re.match(r"\s*(?:Former|Veteran|Retired|Local|Young|Longtime|Fellow)\s+[a-z]", part)
    first = re.match(r"\s*([^\W\d_a-z][a-z]+)\s+[a-z]", part)
    if titled is None and first and (opening or is_common_word(first.group(1).lower())):
        start = len(part) - len(part.lstrip())
        lowered = part[:start] + part[start].lower() + part[start + 1 :]
        # "Former rugby international Sione Fonua"; "Civil protection spokesman Wilner Dorsainvil" (a title ends it)
        titled = _LOWER_WORDS_BEFORE_NAME.match(lowered) if opening else _LOWER_TITLE.match(lowered)
        titled = titled or _role_noun_before(lowered)
    head = _HEAD_RE.match(part, titled.end() if titled else 0)
    if not head:
        return None, ""
    phrase = re.sub(r"(?:[ \t]+(?:of|for|and|on|the))+$", "", head.group(1))  # "Forecaster X of the airport …"
    if titled and titled.re is _BODY_PREFIX:  # "The daily Gazeta Sul reports …": the kind of body names it
        body = parse_speaker_phrase(titled.group(0) + phrase)
        if body.ref == "name":
            return body, titled.group(0) + phrase
    org_head = re.match(r"(?:[ \t]+[a-z]+){1,2}(?=\s)", part[head.end() :])
    if org_head and org_head.group(0).split()[-1] in ORG_WORDS:
        phrase += org_head.group(0)
    number = re.match(r"[ \t]+\d{1,4}\b", part[head.end() :])
    station = parse_speaker_phrase(phrase + number.group(0)) if number else None
    if station is not None and station.ref == "name":  # a station's name keeps its number
        return station, phrase + number.group(0)
    return parse_speaker_phrase(phrase), phrase


# A sentence opening with a name and its verb: "Ainu'u singled out …" (not "The mayor of Ely", "Her husband").
_NAME_THEN_VERB = re.compile(
    r"\s*(?!(?:The|A|An|Her|His|Their|Its|Our|My|One|Another)\b)[^\W\d_a-z][\w'’-]*[^\W\d_'’s]"
    r"(?:\s+[^\W\d_a-z][\w'’-]+)*\s+[a-z]{2,}ed\b"
)


_OTHER = {"m": "f", "f": "m"}


def _told_kind(kind: str, apposition: str, name: str) -> str:
    """What an apposition tells a name opening its sentence to be: "Marcela Ibarra, the regional governor" a person;
    "Today the family business, Old Grevillea Honey, runs …" a body, though the name reads like a person's."""
    if not apposition:
        return kind
    if kind == "unknown":
        return kind_from_appositive(apposition) or "unknown"
    body = re.fullmatch(r"\s*(?:[^\W\d_a-z][a-z]+\s+)?((?i:an?|the)\s.*)", apposition)  # ("Today the …")
    return "organization" if kind == "person" and " " in name and body and names_a_body(body.group(1)) else kind


def _described(head: str) -> str:
    """ "a 26-year-old barman who gives only his first name" (", Efisio,"): the description before its relative
    clause."""
    return re.sub(r"\s+(?:who|whose)\s.*$", "", head, flags=re.S)


def _kin_before_name(part: str) -> str:
    """The kinship a sentence's subject is named with ("His cousin" of "His cousin Nurhaida Tanjili"), or ""."""
    kin = _KIN_BEFORE_NAME.match(part)
    return kin.group(0).strip() if kin else ""


def _apposed_subject(parts: list[str]) -> SpeakerRef | None:
    """The name in apposition to a sentence's described subject: "The mayor of Ely, Ana Ruiz, said", "Her husband,
    Frank, was …", or the author of "The audit, prepared by the Harbour Board and seen by Gulf Wire, found"."""
    if len(parts) >= 4 and re.match(r"\s*or\s", parts[1]):
        parts = [parts[0], *parts[2:]]  # "The town officer, or ʻōfisa kolo, Tēvita Lātū,": a gloss of the office
    parts = [_described(parts[0]), *parts[1:]]
    dash = re.match(r"([^—–]+?)\s+[—–]\s*(.*)", parts[1], re.S) if len(parts) == 2 else None
    if dash:  # "The prosecutor, Patricia Ruelas Ortiz — no relation to the defendant — then showed him …"
        parts = [parts[0], dash.group(1), dash.group(2)]
    if len(parts) < 3 or len(parts[0].split()) > 8 or REPORT_VERB_RE.search(parts[0]):
        return None  # (not "She said her brother, Fausto, had gone": the name is in what she said)
    if _NAME_THEN_VERB.match(parts[0]):
        return None  # (not "Ainu'u singled out his captain, Filipo Sefo,": the name is the verb's object)
    if re.match(r"\s*(?:who|whose|whom|which)\b", parts[1]):
        return None  # (not "The mother, who travelled overnight from Myitkyina, said": a place in her clause)
    appos, head = parse_speaker_phrase(parts[1]), parse_speaker_phrase(parts[0])
    office = _OFFICE_OF.match(parts[0])  # "The head of the World Health Organization, Tedros …,"
    described = head.ref in ("role", "none", "definite_person", "definite_role", "definite_org")
    author = AUTHORED_BY.match(parts[1])
    if author:
        appos = parse_speaker_phrase(author.group(1))
    if appos.ref == "name" and (described or author or office and appos.kind != "organization"):
        return appos
    return None


def _before_relative(phrase: str) -> str:
    """A phrase's comma parts up to a relative clause: "Hakan Aydın, who is no relation to the minister" -> "Hakan
    Aydın"."""
    parts = COMMA.split(phrase)
    cut = next((k for k, part in enumerate(parts) if re.match(r"\s*(?:who|whose|which)\b", part)), len(parts))
    return ",".join(parts[:cut])


# An appositive describing the name before it: "the regional governor of Atacama", "an engineering firm".
_DESCRIPTION = re.compile(r"\s*(?i:the|an?)\s+[a-z]")


def _nested_verb(clause: str) -> re.Match[str] | None:
    """The speech verb nearest a nested quote: "His foreman told this court that when he pointed …, the accused
    said, '…'" is the accused's."""
    verb = _NESTED_VERB.search(clause)
    while verb is not None and (later := _NESTED_VERB.search(clause, verb.start() + 1)) is not None:
        verb = later
    return verb


def _unnamed_subject(clause: str, acting: bool = False) -> re.Match[str] | None:
    """The clause opens with a person the article does not name ("A reader in Westport, …"), else None.
    `acting`: the clause may go on with the subject's verb ("A reader in Boedo sent us this:")."""
    m = _UNNAMED_SUBJECT.match(clause)
    if acting and m is None:
        words = clause.split()
        for k in range(min(len(words), 10) - 1, 1, -1):
            if words[k][:1].islower() and (m := _UNNAMED_SUBJECT.match(" ".join(words[:k]))):
                break
    return m if m and m.group(1).lower() in _UNNAMED_PERSONS else None


def _unnamed_acting(clause: str) -> re.Match[str] | None:
    """ "a woman in a raincoat comes in to collect a pair of earrings": an unnamed person doing something, by a noun
    that is only ever a person's ("woman", "nurse"; not "study", which WordNet also lists)."""
    m = _unnamed_subject(clause, acting=True)
    return m if m and m.group(1).lower() in _ONLY_PERSONS else None


_ONLY_PERSONS = PERSON_NOUNS | ROLE_WORDS  # (built once: read for every sentence's subject)


def _unnamed_before(before: str, acting: bool = False) -> re.Match[str] | None:
    """An unnamed person opening the text before a quote, unless a name stands in apposition ("A taxi driver,
    Vytautas Grinius, testified …")."""
    parts = COMMA.split(before)
    if len(parts) >= 3 and parse_speaker_phrase(parts[1]).ref == "name":
        return None
    return _unnamed_subject(parts[0], acting)


# "the construction company, Bâtiments Provence Littoral,", "The cooperative, Huîtres du Golfe,": a name in apposition
# to an organisation noun.
_ORG_APPOSITION = re.compile(
    r"\b(?i:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,3}?([a-z]+),\s+"
    r"((?:[^\W\d_a-z][\w&'’.-]*\s+(?:(?:of|for|and|de|du|des|del|di|da|do|la|le|y|et)\s+)?){0,4}[^\W\d_a-z][\w&'’.-]*),"
)
# "chief executive of Electra Metropolitana", "shares in Minera Quebrada Alta", "Electra Metropolitana's chief
# executive": only an organisation has those.
_NAME = r"((?:[^\W\d_a-z][\w&'’.-]*[ \t]+(?:(?:of|for|and|de|del|la|y)[ \t]+)?){0,4}[^\W\d_a-z][\w&.-]*)"
_OFFICERS = (
    r"chief[ \t]+executive(?:[ \t]+officer)?|chief[ \t]+operating[ \t]+officer|chief[ \t]+financial[ \t]+officer|ceo|"
    r"managing[ \t]+director|board[ \t]+of[ \t]+directors|shareholders|subscribers|employees|customers"
)
_OFFICER_OF = re.compile(
    r"\b(?i:"
    + _OFFICERS
    + r"|shares)[ \t]+(?:of|in|at)[ \t]+(?:the[ \t]+)?"
    + _NAME
    + r"|"
    + _NAME
    + r"['’]s?[ \t]+(?:(?:new|former|interim)[ \t]+)?(?i:"
    + _OFFICERS
    + r")\b"
)
_PLURAL_BODY = re.compile(
    r"(?<![\w'’])([^\W\d_a-z][\w'’-]+[ \t]+[^\W\d_a-z][\w'’-]+|(?<=[a-z,][ \t])[^\W\d_a-z][\w'’-]+)"
    r"[ \t]+(?:are|were|have)[ \t]+(?!you\b)"
)
# A person a sentence ends on after "was": "Among the supporters … was Aizada Bekova, a retired schoolteacher."
_WAS_NAMED = re.compile(
    r",?\s(?:was|were|is|are)\s+((?:[^\W\d_a-z][\w'’-]+\s+){1,3}[^\W\d_a-z][\w'’-]+)(?:,\s[^.!?]{0,100})?[.!?]\s*$"
)
# ("I will read from it", "… read part of it", "read you a passage from it")
_READ_FROM_IT = re.compile(
    r"\bread\s+(?:you\s+)?(?:from\s+|(?:an?\s+)?(?:part|parts|some|passages?|lines?|few\s+lines|extract|excerpts?)"
    r"\s+(?:of|from)\s+)?(?:it|this|them)\b"
)
# A document and the body that sent it, as the subject after it: "a letter the X Association asked me to have read".
_LETTER_BY_SUBJECT = re.compile(
    r"\b" + _DOCUMENT_NOUN + r"\s+(?:that\s+|which\s+)?(?:the\s+)?"
    r"((?:[^\W\d_a-z][\w'’&-]*\s+){0,5}[^\W\d_a-z][\w'’&-]*)\s+(?:had\s+|has\s+)?(?:asked|sent|wrote|gave|handed)\b"
)
# Whom a quote was said to, after it: "“…,” the judge told Deonarine Ramdass, who stared at the floor".
_TOLD_WHOM = re.compile(
    MASK + r"[,.!?]?\s+(?:[\w'’-]+\s+){1,4}?(?:told|warned|reminded)\s+"
    r"((?:[^\W\d_a-z][\w'’-]+\s+){0,3}[^\W\d_a-z][\w'’-]+)"
)
# "The letter reads, and I quote:", "The statement says:": a document being read out.
# ("The letter is from the Imbali Traders Collective and reads as follows.")
_IS_FROM_AND = r"(?:\s+(?:is|was|comes|came)\s+from\s+[^.!?;:\ue000]{2,80}?\s+and)?"
_THE_DOCUMENT_READS = re.compile(
    r"\b(?i:the|this|that|their)\s+" + _DOCUMENT_NOUN + _IS_FROM_AND + r"\s+(?:reads|says|states)\b"
)
# "The letter is from Ganesan a/l Velu, chairman of the temple trustees. It reads: ‘…’"
_IT_READS = re.compile(r"\s*It\s+(?:reads|says|states)\s*[:,]")
_LETTER_FROM = re.compile(  # (or "the letter we received on Monday from …", "The letter is from X and reads …")
    r"\b" + _DOCUMENT_NOUN + r"(?:\s+here|\s+(?:we|I|that|which)\s+received(?:\s+[\w'’]+){0,3}?"
    r"|\s+(?:is|was|comes|came))?\s+from\s+"
    r"([^.!?;:\ue000]{3,160}?)(?:\s+and\s+(?:reads|says|states)\b[^.!?;:\ue000]*)?[.:]"
)
_HEARD_SAY = re.compile(
    r"\b(?:heard|hear|hears)\s+(?:[a-z]+\s+){1,3}?(?:say|saying|tell|telling|ask|asking)\b[^.!?]{0,20}[,:]?\s*$"
)
# A paragraph that only adds a beat before the same speaker's next words: "And, after a pause:", "Then:".
_AND_THEN = re.compile(r"\s*(?:And|Then|Later|And\s+then|And\s+later)\b[^.!?\n\ue000]{0,40}:\s*")
# "And here is Qasimov, soaked after …": the person the entry turns to
_HERE_IS = re.compile(
    r"\b(?:[Hh]ere\s+is|[Hh]ere['’]s|[Hh]ere\s+comes|(?i:one\s+of\s+them|among\s+them)\s+(?:is|was)|\bMore\s+from|"
    r"(?i:is|was)\s+where)\s+"  # "Which is where Eleni Kalogridaki comes in."
    r"((?:[^\W\d_a-z][\w'’-]+\s+){0,2}[^\W\d_a-z][\w'’-]+)"
)
# … or one a sentence with no speech in it lists: "The pumps are serviced by technicians …, among them Musa Idris, a
# mechanic." (not "Kimani said six people had been arrested, among them Hassan Juma": a suspect, not the next "he")
_AMONG_THEM = re.compile(r"\b(?i:among\s+(?:them|whom))\s+((?:[^\W\d_a-z][\w'’-]+\s+){0,2}[^\W\d_a-z][\w'’-]+)")
# A witness a court or committee heard: "The court heard from Florence Maury-Laval, an oenologist, …".
# (or "The most striking testimony came from Lakshmi Swain, the sarpanch of Kanakpur, …")
_HEARD_FROM = re.compile(
    r"\b(?:(?:heard|hears|hear)\s+(?:evidence\s+|testimony\s+)?|(?:evidence|testimony|account)\s+(?:came|comes)\s+)"
    r"from\s+((?:[^\W\d_a-z][\w'’.-]*\s+){1,3}[^\W\d_a-z][\w'’-]+)"
)
# A clause whose subject owns what follows: "… rolls her eyes", "shakes his head".
_OWN_PRONOUN = re.compile(r"[^.;,!?]{0,40}?\b(?:her|his)\b")
# A person opening a later clause of the sentence: ", but Abdrakhmanov was having none of it", ", which Verhulst
# estimated could take until Monday".
_CLAUSE_SUBJECT = re.compile(
    r"[,;][ \t]+(?:but|and|while|yet|although|though|whereas|which|what)[ \t]+"
    r"([^\W\d_a-z][\w'’-]+(?:[ \t]+[^\W\d_a-z][\w'’-]+){0,2})"
    r"[ \t]+(?:was|is|had|has|did|does|would|could|will|[a-z]{3,}ed|[a-z]{3,}[^s]s)\b"
)
# "Tulpar later said on the club website": a body's own outlet.
_SAID_ON_ITS = re.compile(
    r"(?<![\w'’])([^\W\d_a-z][\w'’-]+(?:[ \t]+[^\W\d_a-z][\w'’-]+){0,4})[ \t]+"
    r"(?:[a-z]+ly[ \t]+|later[ \t]+|also[ \t]+)?"
    r"(?:said|says|announced|confirmed)[ \t]+(?:on|in)[ \t]+(?:its|the[ \t]+(?:club|company|party|group)['’]?s?)[ \t]"
)
# "Río Seco's official account kept it simpler:": the organisation's own channel speaks for it.
_OWN_CHANNEL = re.compile(
    r"\s*((?:[^\W\d_a-z][\w&-]*[ \t]+){0,4}[^\W\d_a-z][\w&-]*)['’]s?[ \t]+(?:official[ \t]+)?"
    r"(?:account|feed|page|channel|website|statement|spokesperson|press[ \t]+office)\b"
)
# "“…”: a conversation with Dr Ana Ruiz": a headline quote and the person it is from.
_HEADLINE_TAIL = re.compile(r"\s*:\s*(?:an?\s+(?:conversation|interview)\s+with\s+)?([^!?\n]{3,80})$", re.I)


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
class _Paragraph:
    """What one paragraph's frame says: its sentences, cues and sentence subjects."""

    index: int
    start: int
    end: int
    sents: list[tuple[int, int]]
    cues: list[Cue] = field(default_factory=list)
    subjects: dict[int, Referent] = field(default_factory=dict)
    turn: Turn | None = None


@dataclass
class _Quote:
    """One segment being attributed."""

    para: _Paragraph
    seg: Segment
    sidx: int  # sentence index within the paragraph
    at_start: bool  # the quote opens the paragraph


# An attribution: (surface, kind, cue text as in the article).
Attribution = tuple[str | None, str, str]
OuterSpeaker = tuple[str | None, str]  # who speaks the outer quote or turn: (name, kind)


# (an age may stand beside it: "Mara Lind, 52, told", "Ruiz, 29, the team’s captain, said")
_APPOSITIVE = re.compile(r",\s+(?:\d{1,3},\s+)?(?:[^.!?;:,“”\"\s]+\s+){0,5}[^.!?;:,“”\"\s]+,\s+(?:\d{1,3},\s+)?")


def _credit(before: str) -> bool:
    """ "11:50 — Station manager Gail Frost:": a line crediting what follows to a named speaker."""
    m = re.search(r"(?:^|[.!?—–]\s)([^.!?:—–\n]{1,60}):$", before)
    return m is not None and parse_speaker_phrase(m.group(1)).ref == "name"


def _attached(text: str, seg: Segment, end: int) -> bool:
    """A quote closed by "," "?" or "!" and directly followed by a speech verb
    (“We are close,” he said / “I have,” Delgado shot back) is a quote, however
    short it is."""
    if not seg.closed or text[seg.open + 1 : seg.close].rstrip()[-1:] not in (",", "?", "!"):
        return False
    tail = re.match(r"[^.!?;:,“”\"\n]{0,60}", text[seg.close + 1 : end]).group(0)
    verb = REPORT_VERB_RE.search(tail)
    if verb is None:
        # “Prices will fall,” the company's finance chief, Mara Lind, told analysts / “We’re ready,” Ruiz, the
        # captain, said: a subject, an appositive, the verb
        # (after a comma only: "“Varaždin, champions!” One of them, a retired railway worker, said" is a new sentence)
        # (and only a quote opening its sentence: not the scare quote in 'The “Big Three,” Ford, GM and …, said')
        comma = text[seg.open + 1 : seg.close].rstrip().endswith(",")
        opens = re.search(r"(?:^|[.!?:”\"\n])\s*$", text[max(0, seg.open - 3) : seg.open]) is not None
        appos = _APPOSITIVE.match(text, seg.close + 1 + len(tail), end) if comma and opens else None
        return appos is not None and len(tail.split()) <= 6 and REPORT_VERB_RE.match(text, appos.end()) is not None
    subject = tail[: verb.start()].split()
    if len(subject) >= 2 and subject[0] in ("a", "an", "the") and subject[-1] in ("he", "she", "they", "I", "we"):
        return False  # "called Thierry “le Chinois,” a nickname he says he has learned to live with": a label
    # "he said" / "Kremlin spokesman Dmitry Peskov told": a short subject, or a longer one of names and titles
    return len(subject) <= 3 or len(subject) <= 6 and all(w[0].isupper() or w.lower() in TITLE_WORDS for w in subject)


# Up to four capitalised words: a name a credit gives ("López Hernández", "Dr. Ana Ruiz").
_SHORT_NAME = r"(?:[^\W\d_a-z][\w'’.-]*\s+){0,3}[^\W\d_a-z][\w'’-]*"
# "The bloco has now posted …:" (after a live blog's time): "the" and a lower-case word of a body's name
_THE_WORD = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}\s*[-–—]\s*)?[Tt]he\s+([a-z]{3,})\s+(?:has|have|had|[a-z]+ed|[a-z]+s)\b")
_COLON_HEAD = re.compile(rf"\s*({_SHORT_NAME})(?=[\s,:])")
# "The Raba Society’s report last year put it plainly:": the document's owner
_OWNED_HEAD = re.compile(r"\s*(" + _OWNED + DOCUMENT_WHEN + r")(?=[\s,:])")
# "The report quotes Tapan Mondal as telling police:", "The reply came from López Hernández himself:",
# "The question drew a sharp reply from Lévesque:"
# (or "… and quotes him, at 36, saying: “…”")
_QUOTED_AS = re.compile(
    rf"\bquot(?:es|ed|ing)\s+({_SHORT_NAME}|him|her)(?:,[^,{MASK}]{{1,30}},)?\s+(?:as\s+)?"
    r"(?:saying|telling|writing|having\s+(?:said|told|written))\b"
)
# "A post on X from the forecasting account Adriatic Weather Watch has been shared widely …:": who sent it
_POSTED_FROM = re.compile(
    r"\s*(?:A|An|The|One|This|That)\s+(?:[a-z-]+\s+)?(?:post|" + _DOCUMENT_NOUN + r")\b"
    r"(?:\s+on\s+(?:[^\W\d_a-z][\w-]*|X))?\s+from\s+"
    # (not "a listener in Rolla": a place)
    r"(?:(?:the|an?|its|their)\s+(?:(?!(?:in|at|near|of|from|on|outside)\s)[a-z-]+\s+){0,3})?"
    rf"({_SHORT_NAME})[^:{MASK}]*:\s*$"
)
_CAME_FROM = re.compile(
    rf"\b(?:came|comes|come|reply|response|answer|retort|rebuke|riposte)\s+from\s+({_SHORT_NAME})(?:\s+(?:himself|herself|themselves|itself))?\s*:\s*$"
)
_CREDITED_FROM = re.compile(r"\s*(?:From|By)\s+([^,:;]+)")


class Attributor:
    """Runs the attribution pipeline over one article."""

    def __init__(self, text: str):
        self.original = text
        self.text = text = plain_marks(text)  # «…», „…“ read as “…”; offsets are unchanged
        self.paragraphs = split_paragraphs(text)
        self.state = State()
        self.resolver = Resolver(self.state)
        self.mtext = text
        self.turns: list[Turn | None] = []
        self.prev_quote: tuple[str | None, str, bool] | None = None  # (surface, kind, open?)
        self._open_unattributed: list[QuoteItem] = []  # a quote's paragraphs left open with nobody found yet
        self._outer: tuple[str | None, str] = (None, "unknown")  # speaker of the last outer quote
        self.intro: Attribution | None = None  # who the paragraph before, with no quote, introduced
        self.interviewee: Referent | None = None
        self.bylines: list[tuple[int, int]] = []  # the writer's byline paragraphs: nobody the text is about

    @property
    def person_hints(self) -> set[str]:
        return self.resolver.person_hints

    @property
    def org_hints(self) -> set[str]:
        return self.resolver.org_hints

    @property
    def aliases(self) -> dict[str, str]:
        return self.resolver.aliases

    @property
    def label_forms(self) -> dict[str, str]:
        """A one-word label and the fuller name it was read as ("TANAKA" and Tanaka Hiroshi): a form of that name."""
        return {t.printed: t.name for t in self.turns if t is not None and t.printed and t.name}

    def _resolve(self, cue: Cue, prev: Cue | None) -> None:
        self.resolver.resolve(cue, prev)
        self._printed_with_title(cue)
        nobody = self.state.last_any is None  # (not after "A woman at the gate, who …": then "she" is hers)
        if cue.ref.ref == "pronoun" and cue.ref.pronoun in ("he", "she") and cue.surface is None and nobody:
            self._first_named(cue)

    def _printed_with_title(self, cue: Cue) -> None:
        """ "Chief Ugwu said" after "Chief Ikechukwu Ugwu" and "Sunday Ugwu, … no relation": the one the text printed
        in full with that title."""
        name = cue.ref.name if cue.ref.ref == "name" else None
        title = title_prefix(cue.subject, name) if name and " " not in name else ""
        if not title or cue.kind not in ("person", "unknown"):
            return
        titled = self._titled_in_full(Referent(name, "person"), title, cue.start)
        if titled.surface != name and titled.surface != cue.surface:
            cue.surface, cue.kind = titled.surface, "person"
            self.state.see(titled)

    def _first_named(self, cue: Cue) -> None:
        """ "she says" with nobody seen yet: the person the text named in full before it, in a headline or a clause
        that was no subject ("The first thing Hélène du Mesnil does each morning … is walk the chai")."""
        frame = list(self.mtext[: cue.start])
        for a, b in self.bylines:  # (not "Story and photographs by Petra Lovrić": the writer)
            frame[a:b] = " " * (b - a)
        named = [n for n in full_person_names("".join(frame)) if n.split()[0] not in _PLACE_HEADS]
        if len(set(named)) == 1:  # one person only, or it is a guess
            cue.surface, cue.kind = named[-1], "person"
            self.state.see(Referent(named[-1], "person"))

    # --- masking ------------------------------------------------------------------------

    def _mask(self) -> list[list[Segment]]:
        """Mask real quotes (and labels, time stamps) in the frame; return each paragraph's real segments."""
        text = self.text
        masked = list(text)
        para_segs: list[list[Segment]] = []
        self.turns = find_turns(text, self.paragraphs)
        for turn in self.turns:  # "Commissioner Lars Ødegård:" is "the commissioner" in the turns after
            if turn is not None and turn.name and turn.kind == "person" and not turn.continued:
                self.state.note_title(text[turn.label[0] : turn.label[1]], Referent(turn.name, "person"))
        starts = [s for s, _ in self.paragraphs[1:]] + [None]
        for (s, e), turn, nxt in zip(self.paragraphs, self.turns, starts, strict=True):
            stamp = TIMESTAMP.match(text, s, e)
            if stamp:  # a live blog's time line is not part of the sentence after it
                masked[s : stamp.end()] = " " * (stamp.end() - s)
            if turn is not None:
                masked[s : turn.start] = " " * (turn.start - s)
                s = turn.start
            segs = segments(text, s, e, nxt)
            for seg in segs:
                a, b = content_span(text, seg)
                before = text[s : seg.open].rstrip()
                # a short full sentence opening a paragraph, following one, or answering "he replied:"
                spoken = before.endswith(":") and (REPORT_VERB_RE.search(before[-40:]) is not None or _credit(before))
                standalone = not before or before[-1] in ".!?”\"’'" or spoken
                seg.real = not is_term(text[s : seg.open], text[a:b]) and (
                    _attached(text, seg, e) or not is_scare_quote(text[a:b], standalone)
                )
                lo, hi = seg.open, min(seg.close + 1, e)
                if seg.real:
                    masked[lo:hi] = MASK * (hi - lo)
                elif not any(g.real and g.open < seg.open and seg.close <= g.close for g in segs):
                    masked[seg.open] = " "
                    if seg.closed:
                        masked[seg.close] = " "
            para_segs.append([g for g in segs if g.real])
        for stage in _STAGE_DIRECTION.finditer(text):  # "(LINE CRACKLES)", "(LAUGHTER)": nobody's name or words
            if not re.search(r"[^\W\d_a-z][\w'’-]*[ \t]*$", text[max(0, stage.start() - 40) : stage.start()]):
                masked[stage.start() : stage.end()] = " " * (stage.end() - stage.start())  # not "Union (RAY)"
        self.mtext = self.resolver.mtext = "".join(masked)
        return para_segs

    def _apposed_orgs(self) -> None:
        """ "the construction company, Bâtiments Provence Littoral,", "the chief executive of Electra Metropolitana":
        the name is an organisation's."""
        for m in _ORG_APPOSITION.finditer(self.text):
            if m.group(1).lower() in ORG_WORDS | GENERIC_ORG_REFS:
                self.org_hints.add(m.group(2))
        for m in _OFFICER_OF.finditer(self.text):
            self.org_hints.add(m.group(1) or m.group(2))
        for m in _PLURAL_BODY.finditer(self.text):  # "Błyskawica Leszno are third": a team, not a person
            # not "Ana Ruiz and Tom Lee are" or a caption's "Ana Ruiz, left, and Tom Lee are": two people
            before = self.text[max(0, m.start() - 40) : m.start()]
            if not re.search(r"[^\W\d_a-z][\w'’-]*(?:,\s+(?:left|right|centre|center))?,?\s+(?:and|&)\s*$", before):
                self.org_hints.add(m.group(1))
        for m in _SAID_ON_ITS.finditer(self.text):
            self.org_hints.add(m.group(1))

    def _defined_terms(self) -> None:
        """ "Acme Holdings N.V. (“Acme” or “the Company”)": "the Company" and "Acme" name the firm."""
        for m in _DEFINED.finditer(self.text):
            ref = parse_speaker_phrase(m.group(1))
            terms = re.findall(r"[“\"]([^”\"]+)[”\"]", m.group(2))
            if ref.ref != "name" or not ref.name:
                continue
            generic = [t for t in terms if t.lower().startswith("the ")]
            kind = "organization" if generic or ref.kind == "organization" else ref.kind
            full = Referent(ref.name, kind)
            for t in terms:
                if t.lower().startswith("the "):
                    self.state.defined[" ".join(t.lower().split())] = full
                else:
                    self.aliases[t] = ref.name
        for m in _BRACKET_ALIAS.finditer(self.text):  # "the Rail Workers' Union (Ray-Sen)"
            ref = parse_speaker_phrase(m.group(1))
            # (one capital is enough after a body's name, "… Fishers Cooperative (Coopesol)", but not a place)
            two_caps = sum(c.isupper() for c in m.group(2)) >= 2
            if (
                ref.ref == "name"
                and ref.name
                and ref.kind == "organization"
                and (two_caps or not is_country(m.group(2)))
            ):
                self.aliases.setdefault(m.group(2), ref.name)

    # --- reading the frame --------------------------------------------------------------

    def _colon_body(self, a: int, b: int, subject: str, body: str) -> Cue | None:
        """A colon cue whose subject (at a..b) names the body `body`, resolved; None if it resolves to nobody."""
        cue = Cue(a, b, ":", subject, a, b, SpeakerRef("name", name=body, kind="organization"), -1)
        self._resolve(cue, None)
        return cue if cue.surface else None

    def _colon_subject(self, masked: str, sent: tuple[int, int], seg_open: int) -> Cue | None:
        """ "Arrieta, speaking after the match, was more measured: “…”": a quote
        introduced by a colon takes the subject opening the sentence."""
        before = masked[sent[0] : seg_open]
        if not before.rstrip().endswith(":") or MASK in before:
            return None
        if _DOCUMENT_LOCATOR.match(before):
            return None  # "Page four, paragraph two: “…”": a place in a document, no one's name
        own = _OWN_CHANNEL.match(before)
        if own:
            return self._colon_body(sent[0] + own.start(1), sent[0] + own.end(1), own.group(1), own.group(1))
        head = _OWNED_HEAD.match(before) or _COLON_HEAD.match(before)
        if head and is_common_word(head.group(1)) and re.match(r"\s+from\s", before[head.end(1) :]):
            head = _COLON_HEAD.match(before, before.index("from", head.end(1)) + 4)  # "Update from Brian Lowe:"
        elif head and head.group(1).split()[0] in ("From", "By"):  # "From our correspondent Dewi Anggraini, at …:"
            head = _CREDITED_FROM.match(before)
        elif head and head.group(1).endswith("ing") and is_common_word(head.group(1).lower()) and "," in before:
            head = _COLON_HEAD.match(before, before.index(",") + 1)  # "Holding up a brochure …, MacRae asked:"
        came = _CAME_FROM.search(before) or _POSTED_FROM.match(before)
        if came:  # "The reply came from López Hernández himself:"
            head = came
        elif head and is_common_word(head.group(1).lower()) and re.match(r"\s+[a-z]+\s*:", before[head.end(1) :]):
            return None  # "Key quote: “…” — volcanologist Rina Pratiwi": a label, the dash credit names who
        the_word = _THE_WORD.match(before)
        body = self.resolver.recent_org(the_word.group(1), seg_open) if the_word else None
        if body and the_word:  # "The bloco has now posted on its account:" after "the Bloco Tambores do Farol"
            return self._colon_body(sent[0] + the_word.start(1), sent[0] + the_word.end(1), the_word.group(1), body)
        if not head:
            return None
        modifies = re.match(r"\s+([a-z]+)\b", before[head.end(1) :])
        if modifies and modifies.group(1) in ROLE_NOUNS and " " not in head.group(1):
            return None  # "Seoul landlord gets 15 years over lost deposits: “…”": a landlord, not Seoul
        ref = parse_speaker_phrase(head.group(1)) if head else SpeakerRef("none")
        if ref.ref not in ("name", "pronoun") or ref.kind == "organization" and ref.ref == "pronoun":
            return None
        a = sent[0] + head.start(1)
        cue = Cue(a, sent[0] + head.end(1), ":", head.group(1), a, sent[0] + head.end(1), ref, -1)
        self._resolve(cue, None)
        return cue if cue.surface else None

    def _plausible_name(self, masked: str, cue: Cue, sent: tuple[int, int]) -> bool:
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

    def _kin_holder(self, part: str) -> Referent | None:
        """ "The grandmother remembers it differently" after "Her granddaughter, X": the one the text made her
        grandmother."""
        if not self.state.kin:  # (read for every sentence: parse only once the text has given a kinship)
            return None
        definite = _DEFINITE_HEAD.match(part)
        role = parse_speaker_phrase(definite.group(0)).role if definite else None
        kin = self.state.kin_holder(role) if role in KIN_KIND else None
        if kin is not None:
            self.state.see(kin)
        return kin

    def _subject_mention(self, masked: str, sent: tuple[int, int]) -> Referent | None:
        """A person or organisation opening a sentence becomes the antecedent
        for a following "he said" / "the company said", even if it does not
        speak in that sentence ("Vantor CEO Felix Amari, testifying before
        Congress, rejected the characterization." / "Her husband, Frank, was
        less philosophical."). A bare one-word name counts only when it was
        already seen ("Berglund also dismissed ..."), or the person the writer hands over to ("We leave the last word
        to Geua Tau, …"). Returns the referent."""
        parts = self._subject_parts(masked[sent[0] : sent[1]])
        phrase = ""
        writer = re.match(r"\s*(?:We|I)\s", masked[sent[0] : sent[1]]) and MASK not in masked[sent[0] : sent[1]]
        put_to = _PUT_TO.search(masked, sent[0], sent[1]) if writer else None
        handed = self._named_in_phrase(put_to.group(1)) if put_to else None
        if handed is not None and handed.name:  # "We leave the last word to Geua Tau, packing up her stall."
            self.state.see(Referent(handed.name, "person"))
            return Referent(handed.name, "person")
        pronoun = _PRONOUN_SUBJECT.match(parts[0])
        if pronoun:  # "He described the tailings as “…” but acknowledged that …": the "he" of the verbs after it
            return self._own_name_given(masked, sent) or self._resolved_subject(pronoun.group(1), sent, "person")
        aged = _OF_GENERATION.match(parts[0])  # "The elder Kühn shrugged.": the father, not the son named last
        relative = self.resolver.of_generation(aged.group(0), aged.group(1), sent[0]) if aged else None
        if relative is not None:
            self.state.see(relative)
            return relative
        # "Her mother unfolds a cloth." (a relative the text named), "A final word from Lúcia Conceição, who …"
        # ("The person at the controls today is Errol’s daughter, Shanique Walters": whom the sentence names)
        relative = (
            self._gave_name(masked[sent[0] : sent[1]].split(MASK)[0])
            or self._relative_subject(parts)
            or self._word_from(parts[0])
            or self._kin_holder(parts[0])
            or self._identified(masked[sent[0] : sent[1]])
            or self._old_person(parts[0], sent)
            or self._turned_out(masked, sent)
        )
        if relative is not None:
            return relative
        named = len(parts) >= 3 and parse_speaker_phrase(parts[1]).ref == "name"  # "A third resident, Joe Bloggs,"
        role = _unnamed_subject(parts[0]) or _unnamed_acting(parts[0]) or _ONE_OF_THEM.match(parts[0])
        # after "in Westport", the next comma's name is the place's county, not the person's (but "A reader in
        # Taichung, Tsai Mei-ling, has sent us this message" names the reader)
        if role and not (named and (not role["place"] or _person_after_place(parts[1]))):
            # "Another resident, a retired bus driver …, was less impressed.": the next "he said" is his
            self.state.see(Referent(None, "role", role.group(1).lower()))
            return None
        parts = self._see_couple(parts)
        ref = _apposed_subject(parts)
        other = _described(parts[0]) if ref is not None else ""
        definite = _DEFINITE_HEAD.match(parts[0]) if ref is None else None
        head = parse_speaker_phrase(definite.group(0)) if definite else SpeakerRef("none")
        # ("The coordinator barely looked up": a role the text gave someone by name)
        titled = head.ref in ("definite_person", "role") and head.role in self.state.titles
        if definite and (head.ref == "definite_org" or titled):
            # "In a statement, the association urged …" / "The judge had anticipated that argument.": the body or
            # the person the text named so before
            kind = "organization" if head.ref == "definite_org" else "person"
            return self._resolved_subject(definite.group(0), sent, kind)
        by = DOCUMENT_BY_HEAD.match(parts[0]) if ref is None else None
        if by:  # "A 2025 report by the Coastal Observatory, a network, estimated", "A survey by JVGI found": its author
            ref, phrase = _by_author(parts[0][by.end() :])
        if ref is None:
            ref, phrase = _head_name(parts[0])
            other = _kin_before_name(parts[0])  # ("His elder brother Cuthbert Alleyne": lent, like "His brother, X,")
        if ref is None or ref.ref != "name" or not ref.name or capitalised_word(ref, parts[0]):
            return self._coordinated_subject(parts) or self._possessor(parts)
        ref = self.resolver.unaliased(ref)  # "Ray-Sen has issued a statement": the union it is short for
        kind = ref.kind
        # "Marcela Ibarra, the regional governor of Atacama, ordered …", "Aquamarés, the engineering company, has …"
        described = parts[1] if not other and len(parts) >= 3 and _DESCRIPTION.match(parts[1]) else ""
        kind = _told_kind(kind, other or described, ref.name)
        if kind == "unknown" or not (other or described):
            kind = self._kind_in_sentence(ref.name, kind, parts, masked, sent, not (other or described))
        if kind == "unknown":
            seen = any(k != "organization" and name_similarity(ref.name, n) for n, k in self.state.names)
            # (a given name with its verb: not "Vishal, he argued, had acted …" nor "Luísa, is it true …")
            alone = parts[0].strip() == ref.name
            printed = self._surname_printed(ref.name, sent[0]) or not alone and self._given_printed(ref.name, sent[0])
            if not seen and not printed and not self._nicknamed(ref.name):
                return None
            kind = "person"
        one_word = " " not in ref.name and not ref.name.isupper()  # (an acronym is a body: "JVGI found")
        if kind == "organization" and one_word and not is_org_name([ref.name]) and not described:
            return None  # "The Swede has ..." is not an organisation
        r = Referent(self.resolver.kin_name(ref.name, other) if kind == "person" and other else ref.name, kind)
        # ("Nogueira, the doctor, had not contested the facts.": the Nogueira the text made the doctor)
        r = self._holder_of_title(r, other or described, ref.name)
        r = (self._honoured(ref.name, phrase) if kind == "person" else None) or r
        r = r if other else self._shared_surname(r, masked[sent[0] : sent[1]])
        r = self._titled_in_full(r, title_prefix(phrase, ref.name), sent[0]) if phrase else r
        self.state.see(r)
        self._owner_in_mind(r, _KIN_BEFORE_NAME.match(parts[0]) is not None)
        self._reads_for_employer(r, masked[sent[0] : sent[1]])
        honorific_gender(self.state, phrase or other, r.surface)
        # "U.S. District Judge Amit Mehta issued …": a later "the judge said" is Mehta (so with `described`)
        self.state.note_title(other or described or title_prefix(phrase, ref.name), r)
        self._note_apposed_title(other, parts, ref.name, r)
        return r

    def _owner_in_mind(self, r: Referent, kin: bool) -> None:
        """ "Her daughter Lucia Delgado, 12, wants to be a vet. “…,” she said." / "Her late mother Esther Wanjiru left
        her the stall." / "The paper is now run by his son, Daniel Okafor.": the relative (`kin`: named by a kinship)
        is seen, but the one "her"/"his" means stays in mind for the next pronoun (unless its gender rules them out)."""
        owner = self.state.relatives.get(gkey(r.surface)) if r.surface and kin else None
        if owner is not None:
            self.state.see(owner)

    def _holder_of_title(self, r: Referent, description: str, name: str) -> Referent:
        """ "Nogueira, the doctor, had not contested …": the Nogueira the text made the doctor, when it did."""
        titled = self.resolver.titled_after(description, name) if r.kind == "person" else None
        return titled or r

    def _note_apposed_title(self, other: str, parts: list[str], name: str, r: Referent) -> None:
        """ "His co-defendant, the family doctor Artur Nogueira,": he is the doctor too, not only the co-defendant."""
        if other and len(parts) >= 2:
            self.state.note_title(title_prefix(parts[1], name), r)

    def _honoured(self, name: str, phrase: str) -> Referent | None:
        """ "Don Aurelio, 71, has …" after "Aurelio Santiago Cruz", "Barba Nikola, 81, has …": the one the text named in
        full with that given name."""
        words = name.split()
        if len(words) == 2 and words[0] in DON_HONORIFICS:
            return self.state.given_form(words[1])
        given = len(words) == 1 and GIVEN_NAME_HONORIFICS & set(title_prefix(phrase, name).lower().split())
        return self.state.given_form(name) if given else None

    def _see_couple(self, parts: list[str]) -> list[str]:
        """ "Georgi Petrov and his wife, Elena Petrova, who run …": he is seen too, and the parts read on from "his
        wife" (so she is his wife)."""
        couple = _AND_KIN.fullmatch(parts[0]) if len(parts) >= 3 else None
        first = full_person_name(couple.group(1)) if couple else None
        if couple is None or first is None:
            return parts
        self.state.see(Referent(first, "person"))
        self.state.set_gender(first, "m" if couple.group(2).lower() == "his" else "f")
        return [couple.group(2) + couple.group(3), *parts[1:]]

    def _nicknamed(self, name: str) -> bool:
        """ "Bepa disputes the wording." after "Everyone on the hill calls her Bepa.": a nickname the text gave."""
        return re.search(r"\bcalls?\s+(?:him|her)\s+[“\"‘']?" + re.escape(name) + r"\b", self.mtext) is not None

    def _titled_in_full(self, r: Referent, title: str, before: int) -> Referent:
        """ "Captain Pakhomov has come ashore" after "Captain Viktor Pakhomov" and "Andrei Pakhomov": the one the
        text named in full with that title."""
        if r.kind != "person" or not title or not r.surface or " " in r.surface:
            return r
        full = re.compile(re.escape(title) + r"[ \t]+((?:" + _CAP + r"[ \t]+){1,2}" + re.escape(r.surface) + r")\b")
        names = [n for m in full.finditer(self.mtext, 0, before) if (n := full_person_name(m.group(1)))]
        return Referent(names[-1], "person") if names else r

    def _reads_for_employer(self, r: Referent, sentence: str) -> None:
        """ "Cheryl Daugherty, director of the Upper Deschutes Irrigators Association, read a statement on behalf of
        its board. “…,” it said": the statement, and the "it" after it, are the body she works for."""
        if r.kind != "person" or not _READS_STATEMENT.search(sentence):
            return
        employer = self._employer(r.surface)
        if employer:
            body = Referent(employer, "organization")
            self.state.last_org = self.state.last_statement = body

    def _shared_surname(self, r: Referent, sentence: str) -> Referent:
        """ "Piras switches off his torch" after Giovanni and Maria Antonietta Piras: of the people the text named
        with this family name, the one the sentence's "his"/"her" fits."""
        # the pronoun within four words of the name ("Piras switches off his torch"), not "Smith thanked the judge
        # for her patience"
        at = re.search(r"\b" + re.escape(r.surface or "") + r"\b", sentence) if r.surface else None
        near = " ".join(sentence[at.end() :].split()[:4]) if at else ""
        pronoun = re.search(r"\b(his|her|he|she|him)\b", near, re.I)
        if pronoun is None or r.kind != "person" or " " in (r.surface or " "):
            return r
        g = "f" if pronoun.group(1).lower() in ("her", "she") else "m"
        named = {p.surface: p for p, _ in self.state.persons if p.surface and p.surface.split()[-1] == r.surface}
        fits = [p for p in named.values() if " " in (p.surface or "") and self.state.gender_of(p) != _OTHER[g]]
        if len(named) >= 2 and len(fits) == 1:
            self.state.set_gender(fits[0].surface, g)
            return fits[0]
        return r

    def _passive_agent(self, masked: str, sent: tuple[int, int]) -> Referent | None:
        """ "The letter, read into the record by X, was written by Y, who …": Y (the "she wrote" after), not X; "The
        first submission is from Mr X, a retired teacher. He writes:": X;
        "One of those families was represented by Chantal Nkounkou, …": the person the passive brings in."""
        written = (
            _DOCUMENT_WRITTEN_BY.match(masked, sent[0], sent[1])
            or _DOCUMENT_IS_FROM.match(masked, sent[0], sent[1])
            or _BROUGHT_IN_BY.search(masked, *sent)
            or _RUN_BY.match(masked, sent[0], sent[1])
            or _AND_NAME_WHO.search(masked, *sent)
        )
        parts = [part.rstrip(".") for part in written.group(1).split(",")] if written else []
        author = next(filter(None, map(full_person_name, parts)), None)  # a title, then its holder's name
        bare = parse_speaker_phrase(parts[0]) if author is None and parts else None
        if bare is not None and bare.ref == "name" and bare.name and " " not in bare.name:
            full = self.state.full_form(bare.name)  # "The last word goes to Ngabut, who …", "… from Deputy X:"
            author = full.surface if full is not None else None
        if author is None:
            return None
        kin = (
            bool(parts) and parts[0] != author and re.fullmatch(r"\s*(?i:his|her)\s+(?:[a-z]+\s+)?[a-z]+\s*", parts[0])
        )
        if kin:  # "… run by his son, Daniel Okafor": a relative of the one in mind
            author = self.resolver.kin_name(author, parts[0])
        r = Referent(author, "person")
        self.state.see(r)
        self._owner_in_mind(r, bool(kin))
        for part in parts:  # "…, a 51-year-old bus driver who …": a later "the driver" is him
            if author not in part:
                self.state.note_title(re.split(r"\s(?:who|whom)\s", part)[0], r)
        return r

    def _coordinated_subject(self, parts: list[str]) -> Referent | None:
        """ "The flowers have to be picked before the sun is high, so Zaharia Ahmed is in the trees by five.": a
        person's full name opening a clause joined by a conjunction is the sentence's person, for a later "she"."""
        for part in parts:
            # (or mid-clause: "By ten the pan is nearly dry and Lola Doring finally sets down the paddle.")
            starts = [0, *(c.start() for c in re.finditer(r"\s(?=(?:so|and|but|yet|while|whereas)\s)", part))]
            m = next(filter(None, (_COORDINATED_NAME.match(part, at) for at in starts)), None)
            name = (full_person_name(m.group(2)) or self._named_speaker(m.group(2))) if m else None
            kin = m.group(1) if m and m.group(1) else ""
            if kin and kin.split()[1] not in KIN_GENDER:
                continue  # (not "and her colleague Ana Ruiz": only kinship is read here)
            if name and kin:
                name = self.resolver.kin_name(name, kin)  # her uncle: a man, and her relative
            if name:
                r = Referent(name, "person")
                self.state.see(r)
                return r
        return None

    def _own_name_given(self, masked: str, sent: tuple[int, int]) -> Referent | None:
        """ "She gave only her first name, Amina.": a person, and a woman."""
        own = _GAVE_HER_NAME.match(masked, sent[0], sent[1])
        if own is None or is_common_word(own.group(2)):
            return None
        self.person_hints.add(own.group(2))
        return self._see_person(own.group(2), "f" if own.group(1) == "her" else "m")

    def _turned_out(self, masked: str, sent: tuple[int, int]) -> Referent | None:
        """ "The girl with the phone turns out to be Aziza, 16, …": the one named, a girl."""
        m = _TURNS_OUT.match(masked, sent[0], sent[1])
        if m is None or parse_speaker_phrase(m.group(2)).ref != "name" or is_common_word(m.group(2)):
            return None
        return self._see_person(m.group(2), _NOUN_GENDER.get(m.group(1)))

    def _old_person(self, part: str, sent: tuple[int, int]) -> Referent | None:
        """ "Late in the afternoon the old man slides out …": the old man the text is about."""
        old = _THE_OLD_PERSON.match(part)
        return self._resolved_subject(old.group(1), sent, "person") if old else None

    def _gave_name(self, head: str) -> Referent | None:
        """ "His wife, who gave her name only as Latsamy, held …", "A man who gave his name as Kofi waved": the name
        the unnamed subject gave, and the gender "his"/"her" gives."""
        only = GAVE_ONLY_NAME.search(head)
        only = only if only and _UNNAMED_HEAD.fullmatch(head, 0, only.start()) else _NAMED_HEAD.match(head)
        if only is None or is_common_word(only.group(1)):
            return None
        pronoun = re.search(r"\b(her|his)\b", only.group(0))
        return self._see_person(only.group(1), {"her": "f", "his": "m"}.get(pronoun.group(1)) if pronoun else None)

    def _see_person(self, name: str, gender: str | None) -> Referent:
        """A person a sentence names as its subject, with the gender it gives (if any): the next "he"/"she"."""
        if gender:
            self.state.set_gender(name, gender)
        ref = Referent(name, "person")
        self.state.see(ref)
        return ref

    def _relative_subject(self, parts: list[str]) -> Referent | None:
        """ "Her mother unfolds a faded red cloth." after Rina Susanti spoke, where the text made her "Sumarni's
        daughter": the relative the text named for the person "her" means, of the kinship's gender."""
        kin = re.match(r"\s*(His|Her)\s+(?:(?:late|old|elder|older|younger)\s+)?([a-z]+)\s+[a-z]", parts[0])
        gender = KIN_GENDER.get(kin.group(2)) if kin else None
        if kin is None or gender is None or len(parts) >= 3 and parse_speaker_phrase(parts[1]).ref == "name":
            return None  # (not "Her husband, Frank, was …": the name is there)
        owner_gender = "m" if kin.group(1) == "His" else "f"
        st = self.state
        owner = st.last_person
        if owner is None or not owner.surface or st.gender_of(owner) not in (owner_gender, None):
            return None
        namesake = st.namesake(owner.surface, gender)  # "Her husband was less sentimental" after Monique Verret
        name = self.state.relative_of(owner.surface, gender, kin.group(2)) or (namesake.surface if namesake else None)
        if name is None:
            return None
        relative = Referent(name, "person")
        st.set_gender(name, gender)
        st.see(relative)
        return relative

    def _kind_in_sentence(
        self, name: str, kind: str, parts: list[str], masked: str, sent: tuple[int, int], its: bool
    ) -> str:
        """What the rest of its sentence shows a name opening it to be (with `its`: when no appositive says)."""
        at = masked.find(name, *sent)
        if its and at >= 0 and _ITS_OWN.match(masked, at + len(name), sent[1]):
            return "organization"  # "Formosa Skyways has cancelled all of its flights": a body ("the airline said")
        if kind != "unknown":
            return kind
        if len(parts) >= 2 and re.fullmatch(r"\s*\d{1,3}\s*", parts[1]):
            return "person"  # "Ruiz, 52, has been mayor since 2019."
        if len(parts) >= 3 and re.match(r"\s*who\s", parts[1]):
            return "person"  # "Antonio Russo, who coordinates the service, has just given an update."
        if " " in name and self._called_he_or_she(masked, sent[1]):
            return "person"  # "Marta Greco was in a café when it struck. She writes:"
        return kind

    def _identified(self, sentence: str) -> Referent | None:
        """ "The person at the controls today is Errol's daughter, Shanique Walters, 24, …": the person a sentence
        says someone is, the "she" of the quote after it (and Errol's daughter)."""
        m = _IDENTIFIED.match(sentence)
        name = full_person_name(m.group("name")) if m else None
        if m is None or name is None:
            return None
        r = Referent(self.resolver.kin_name(name, m.group("kin")) if m.group("kin") else name, "person")
        self.state.see(r)
        return r

    def _word_from(self, part: str) -> Referent | None:
        """ "A final word from Lúcia Conceição, who spoke to Rodrigo as she climbed down": the person a live blog's
        entry hands over to, the "she" of the quote after it."""
        word_from = _WORD_FROM.match(part)
        name = full_person_name(word_from.group(1)) if word_from else None
        if name is None:
            return None
        self.state.see(Referent(name, "person"))
        return Referent(name, "person")

    def _possessor(self, parts: list[str]) -> Referent | None:
        """ "By early afternoon Taras Bondarenko's truck was empty and he was preparing to leave": the person whose
        thing the sentence opens with, when the sentence then calls someone "he" or "she" (of a known gender, the
        possessor's) and quotes no one ("…, said her son" is the son's sentence)."""
        m = _POSSESSOR.match(parts[0])
        pronoun = re.search(r"\b(he|she)\b", parts[0][m.end() :]) if m else None
        sentence = " ".join(parts)
        if m is None or re.search(rf"\b{_SAID}\b", sentence):
            return None
        name = full_person_name(m.group(1))
        known = self.state.gender_of(Referent(name, "person")) if name else None
        # (with no "he"/"she" in the sentence, a name whose gender is known: "Lucia Conceicao's truck is now moving
        # off. Before she went on, she told our reporter …")
        if name is None or known not in ((None, {"he": "m", "she": "f"}[pronoun.group(1)]) if pronoun else ("m", "f")):
            return None
        r = Referent(name, "person")
        self.state.see(r)
        return r

    def _named_speaker(self, word: str) -> str | None:
        """A one-word name the article quotes by that name elsewhere ("… and Fatima is already bent over the first
        row" where "Fatima says" follows: she uses one name), else None."""
        if " " in word or is_common_word(word) or parse_speaker_phrase(word).ref != "name":
            return None
        spoken = rf"\b{re.escape(word)}\s+{_SAID}\b|\b{_SAID}\s+{re.escape(word)}\b"
        return word if re.search(spoken, self.mtext) else None

    def _called_he_or_she(self, masked: str, after: int) -> bool:
        """Does the paragraph go on to call its subject "he" or "she", before naming anyone else ("For half a
        century, Awang Hafiz Kamaluddin has built …. At 67, he says …")?"""
        end = masked.find("\n\n", after, after + 600)  # (a few sentences on: never rescan a long paragraph)
        rest = masked[after : end if end >= 0 else after + 600]
        pronoun = re.search(r"\b(?:[Hh]e|[Ss]he)\b", rest)
        if pronoun is None:
            return False
        return not full_person_names(rest, 0, pronoun.start())

    def _resolved_subject(self, phrase: str, sent: tuple[int, int], kind: str) -> Referent | None:
        """Who a pronoun or definite description opening the sentence is, when it is a `kind`."""
        cue = Cue(sent[0], sent[0], "", phrase, sent[0], sent[0], parse_speaker_phrase(phrase), -1)
        self._resolve(cue, None)
        return Referent(cue.surface, kind) if cue.surface and cue.kind == kind else None

    def _subject_parts(self, body: str) -> list[str]:
        """The sentence's comma parts from its subject on, after a dateline and any opening clause."""
        # a headline with no full stop runs into the next paragraph; the subject opens the last one
        body = body[body.rfind("\n\n") + 2 :] if "\n\n" in body.rstrip() else body
        # so does a live blog's entry heading on the line above ("23:05 – People in shelters\nAntonio Russo, …")
        line = body.rstrip().rfind("\n")
        if line > 0 and not re.search(r"[.!?:;,\"”’]\s*$", body[:line]):
            body = body[line + 1 :]
        dateline = DATELINE.match(body) or _CAPTION_LABEL.match(body)  # ("PICTURE: Sipho Ncube beneath …")
        if dateline:
            body = body[dateline.end() :]
        body = _LEADING_TIME.sub("", body)  # "Earlier today Feitosa described …"
        whole = COMMA.split(_portfolio_commas(body.split(MASK)[0]), maxsplit=5)
        parts = _skip_opening(whole)
        if parts is not whole:
            self._note_apposed_titles(whole[: len(whole) - len(parts) + 1])
            opening = _SUBJECT_OF_OPENING.match(whole[0])
            if opening:  # "When Rosalía Benítez, who has died aged 85, first played …, a critic dismissed her"
                self._see_named_in([opening.group(1)], after_preposition=False)
            # "When I put that to Hitesh Parmar, the deputy commissioner, he …": the description is his, not a subject
            if len(parts) >= 2 and re.match(r"\s*(?i:the|an?)\s", parts[0]) and re.match(r"\s*(?:he|she)\b", parts[1]):
                parts = parts[1:]
            if re.match(r"\s*(?:he|she)\b", parts[0]):
                self._see_named_in(whole[: len(whole) - len(parts)])
        return parts

    def _note_apposed_titles(self, opening: list[str]) -> None:
        """ "When the presiding judge, Inmaculada Roldán Peña, asked …, he answered": a later "the judge" is her,
        though she is not the sentence's subject."""
        for head, name in zip(opening, opening[1:], strict=False):
            title = _THE_TITLE_END.search(head)
            full = full_person_name(name.strip()) if title else None
            if full:
                self.state.note_title(title.group(1), Referent(full, "person"))

    def _note_named_titles(self, masked: str, sent: tuple[int, int]) -> None:
        """ "Tatiana was standing next to Joana d'Ávila, the coordinator of the Bloco, when …": a later "the
        coordinator" is her, wherever in the sentence the text gave her the title."""
        found = [(m.group(1), m.group(2)) for m in _NAME_THE_TITLE.finditer(masked, *sent)]
        # (or the title first: "… fronted by the company's managing director, Claudine Uwase.")
        found += [(m.group(2), m.group(1)) for m in _THE_TITLE_NAME.finditer(masked, *sent)]
        # ("Gadzhiev, who heads the city's flood commission," is its head and chief)
        found += [(m.group(1), "chief") for m in _WHO_HEADS.finditer(masked, *sent)]
        for named, title in found:
            full = self.state.full_form(named) if " " not in named else None  # ("Gadzhiev, who heads …")
            name = full_person_name(named) or (full.surface if full is not None else None)
            key = title.lower() if title.lower().startswith("prime ") else title.split()[-1].lower()
            if name and not self.state.titles.get(key):
                self.state.note_title(title, Referent(name, "person"))
        # the latest "Professor Kim Ji-hye": a later "Professor Kim" is her, not the "Mr Kim" named before, nor the
        # professor named before her (`Resolver._titled_holder`)
        for m in _ACADEMIC_NAME.finditer(masked, *sent):
            name = full_person_name(m.group(2))
            if name:
                self.state.note_title(m.group(1).rstrip(".").lower(), Referent(name, "person"))

    def _see_named_in(self, opening: list[str], after_preposition: bool = True) -> None:
        """ "When I put those findings to Hitesh Parmar, the deputy commissioner, he did not dispute them": the
        person an opening clause puts something to is the "he" of the sentence (not one it asks about: "Asked
        whether President Donald Trump would attend, he said")."""
        for part in reversed(opening):
            for m in reversed(list(_CAP_RUN.finditer(part))):
                if after_preposition and not re.search(r"\b(?:to|with)\s+$", part[: m.start()]):
                    continue
                name = full_person_name(m.group(0))
                if name:
                    self.state.see(Referent(name, "person"))
                    return

    def _given_printed(self, name: str, before: int) -> bool:
        """ "Omar gave a different account" after "run by his son, Omar Baig": a one-word subject that opened a full
        name earlier in the frame is that person."""
        if " " in name:
            return False
        full = re.compile(r"\b" + re.escape(name) + r"[ \t]+[^\W\d_a-z][\w'’-]+")
        return self._printed_as_person(full, before)

    def _printed_as_person(self, full: re.Pattern[str], before: int) -> bool:
        """A person's full name `full` finds in the frame before `before` (or anywhere, in a live blog whose entries
        run newest first: "Choque has just spoken again" above the entry that names Walter Choque Limachi)."""
        end = len(self.mtext) if _newest_first(self.mtext) else before
        return any(parse_speaker_phrase(m.group(0)).kind == "person" for m in full.finditer(self.mtext, 0, end))

    def _surname_printed(self, name: str, before: int) -> bool:
        """ "Domański pledged …" after "her Polish counterpart Andrzej Domański": a one-word subject that
        ended a full name earlier in the frame is that person."""
        if " " in name:
            return False
        full = re.compile(r"[^\W\d_a-z][\w'’-]+[ \t]+" + re.escape(name) + r"\b")
        return self._printed_as_person(full, before)

    def _read_paragraph(self, para: _Paragraph, items: list[QuoteItem]) -> None:
        """Find the paragraph's sentence subjects and cues; cues outside quotes become paraphrases."""
        text, mtext = self.text, self.mtext
        # a title-case headline opening the article ("Acme Robotics Raises $40 Million") has no subject, nor has the
        # writer's byline under it
        headline = para.index == 0 and is_headline(text[para.start : para.end])
        byline = para.index <= 5 and para.turn is None and _WRITER_BYLINE.fullmatch(text, para.start, para.end)
        if byline:
            self.bylines.append((para.start, para.end))
        for sidx, sent in enumerate(para.sents):
            by_line = _BY_LINE.fullmatch(mtext, sent[0], sent[1]) is not None  # a deck's last line: "By Ana Ruiz"
            if mtext[sent[0]] != MASK and not headline and not byline and not by_line and not _heading(mtext, sent):
                self._note_named_titles(mtext, sent)
                who = self._passive_agent(mtext, sent) or self._subject_mention(mtext, sent)
                if who is not None:
                    para.subjects[sidx] = who
                    if _ISSUED_STATEMENT.search(mtext, sent[0], sent[1]):  # "the statement says" is theirs
                        self.state.last_statement = who
            # "X called the plan “…” and said …": a verb coordinated with the sentence's subject
            who = para.subjects.get(sidx)
            prev = Cue(sent[0], sent[0], "", "", sent[0], sent[0], SpeakerRef("name"), sidx) if who else None
            if prev is not None:
                prev.surface, prev.kind = who.surface, who.kind
            for cue in find_cues(mtext, sent, sidx):
                if cue.ref.ref == "none":
                    continue
                if not self._plausible_name(mtext, cue, sent):
                    cue.ref = SpeakerRef("role", role=cue.subject.lower())
                self._resolve(cue, prev)
                if cue.surface and cue.ref.ref != "definite_org" and _STATEMENT_WORD.search(mtext, sent[0], sent[1]):
                    self.state.last_statement = Referent(cue.surface, cue.kind)
                para.cues.append(cue)
                prev = cue
                if MASK in mtext[sent[0] : sent[1]] or para.turn is not None:
                    continue  # a turn is the label's own speech, not reported speech
                cue.paraphrase = paraphrase_span(mtext, cue, sent)
                if cue.paraphrase:
                    a, b = cue.paraphrase
                    item = QuoteItem(text[a:b], "paraphrase", para.index, a, b, text[cue.start : cue.end])
                    item.surface, item.speaker_kind, item.sentence = cue.surface, cue.kind, sent
                    items.append(item)
            self._see_later_person(mtext, sent, max((c.end for c in para.cues if c.sentence == sidx), default=0))
            self._see_kin_named(mtext, sent)
            self._see_document_author(mtext, sent)
            self._see_whose_kin(mtext, sent)
            self._see_defendant(mtext, sent)

    def _see_kin_named(self, mtext: str, sent: tuple[int, int]) -> None:
        """ "… his son Andriy, thirty-four, …": the relative takes the family name (a later "the elder Hnatyshyn" is
        the father), as "His son, Andriy," would give it."""
        for m in _KIN_GIVEN_NAME.finditer(mtext, sent[0], sent[1]):
            if m.start(1) > sent[0] + 1 and not is_common_word(m.group(2).lower()):
                self.resolver.kin_name(m.group(2), m.group(1))

    def _see_whose_kin(self, mtext: str, sent: tuple[int, int]) -> None:
        """ "a statement from Lyudmila Kotova, whose son, Timur Kotov, was injured": her son (a later "my son" in her
        statement), once the sentence has brought her in."""
        for m in _WHOSE_KIN.finditer(mtext, sent[0], sent[1]):
            owner = full_person_name(m.group(1))
            if owner and m.group(2) in KIN_GENDER:
                self.resolver.kin_name(m.group(3), f"{owner}'s {m.group(2)}")

    def _see_document_author(self, mtext: str, sent: tuple[int, int]) -> None:
        """ "I want to read into the record a letter from Doña X, whose husband died. She writes: '…'", "I have a
        statement here from the Y Network. They write: '…'": the author is who "she"/"they" and "the letter" are."""
        found = _AUTHORED_DOCUMENT.search(mtext, sent[0], sent[1])
        phrase = COMMA.split(_before_relative(found.group(1)))[0].strip() if found else ""
        # "Doña Ernestina Watson of Sandy Bay": a person's name before where they are from
        person = full_person_name(re.split(r"\s+(?:of|from|in)\s+", phrase, maxsplit=1)[0]) if phrase else None
        ref = SpeakerRef("name", name=person, kind="person") if person else parse_speaker_phrase(phrase)
        if ref is not None and ref.ref == "name" and ref.name and MASK not in found.group(0):
            author = Referent(ref.name, "organization" if ref.kind == "organization" else "person")
            self.state.see(author)
            self.state.last_statement = author

    def _see_defendant(self, mtext: str, sent: tuple[int, int]) -> None:
        """ "convicted Bhanwar Lal Saini, 52, of …", "X was sentenced to …": a later "the accused" or "the defendant"
        is that person."""
        found = _DEFENDANT.search(mtext, sent[0], sent[1])
        name = full_person_name(found.group("object") or found.group("subject")) if found else None
        if name:
            person = self.state.full_form(name) or Referent(name, "person")
            for title in ("defendant", "accused"):
                self.state.titles.setdefault(title, person)

    def _see_later_person(self, mtext: str, sent: tuple[int, int], after: int) -> None:
        """A person later in the sentence than its subject is the next "he said": one the text named before,
        subject of a later clause ("…, but Abdrakhmanov was having none of it."), or one the sentence ends on
        ("Among the supporters who made the journey … was Aizada Bekova, a retired teacher.")."""
        clauses = list(_CLAUSE_SUBJECT.finditer(mtext, max(sent[0], after), sent[1]))
        name = clauses[-1].group(1) if clauses else ""
        if name and MASK not in mtext[clauses[-1].end() : sent[1]]:
            person = (
                self.state.full_form(name)
                or next(
                    (
                        Referent(n, "person")
                        for n, k in reversed(self.state.names)
                        if k == "person" and norm(n) == norm(name)
                    ),
                    None,
                )
                or (self.state.given_form(name) if _OWN_PRONOUN.match(mtext, clauses[-1].end(), sent[1]) else None)
            )  # ("…, he says, and Mereana rolls her eyes.", not "…, and Virginia was considering joining them.")
            if person is not None:
                self.state.see(person)
        found = (
            _WAS_NAMED.search(mtext, sent[0], sent[1])
            or _HEARD_FROM.search(mtext, sent[0], sent[1])
            or _HERE_IS.search(mtext, sent[0], sent[1])
            or (_AMONG_THEM.search(mtext, sent[0], sent[1]) if not after else None)
            or _that_was(mtext, *sent)
            or (None if _PERSON_OPENS.match(mtext, sent[0]) else _HANDED_TO_AGED.search(mtext, sent[0], sent[1]))
        )
        ref = parse_speaker_phrase(found.group(1)) if found and MASK not in found.group(0) else None
        if found and ref is not None and ref.ref == "name" and ref.name and ref.kind != "organization":
            person = Referent(ref.name, "person")
            self.state.see(person)
            described = _DESCRIBED_AFTER.match(mtext, found.end(1), sent[1])
            if described:  # "heard from Katerina Moraitou, a chemist at …": a later "the chemist" is her
                self.state.note_title(described.group(1), person)

    # --- attribution rules for one quote, tried in order (_RULES) ---------------------------

    def _continued(self, q: _Quote) -> Attribution | None:
        """A paragraph that re-opens a quote left open by the previous one. When nobody was found for the quote so far
        and a name or pronoun cue follows its closing mark, the rules decide ("‘…\n\n‘…,’ she said.": `_quote_segments`
        gives the paragraphs before to the same speaker); not "‘…,’ the letter concluded.", "‘…’ His wife nodded.
        ‘…,’ she said." nor "‘…children.’ The ministry said …" (a sentence of its own)."""
        if q.at_start and self.prev_quote is not None and self.prev_quote[2]:
            if self.prev_quote[0] is None and q.seg.closed and self.text[q.seg.close - 1] != ".":
                after = [c for c in q.para.cues if 0 <= c.start - q.seg.close <= 3]
                if any(c.ref.ref in ("pronoun", "name") for c in after):
                    return None
            return self.prev_quote[0], self.prev_quote[1], "continuation"
        return None

    def _nested_body(self, q: _Quote, before_verb: str, in_turn: bool) -> OuterSpeaker | None:
        """A body as a nested quote's subject: "the agency wrote" names the agency the text named."""
        body = _NESTED_BODY.search(before_verb)
        if body is None:
            return None
        if re.search(r"\b(?:from|of|at|with)\s+$", before_verb[: body.start()]):
            return None, "unknown"  # "The man from the authority told me": someone unnamed
        named = self.resolver.recent_org(body.group(1), q.seg.open)
        last_org = self.state.last_org
        if not named and in_turn and last_org is not None and last_org.kind == "organization":
            named = last_org.surface  # "the company said the dam “…”" in a turn: the body the text has in mind
        if not named and in_turn:  # (or the one the introduction said "which holds the contract" of)
            named = self.resolver.which_body(q.seg.open, 0)
        # ("And yet the agency wrote to the ministry that the project was '…'": the agency named)
        return (named, "organization") if named else None

    def _nested(self, q: _Quote) -> Attribution | None:
        """A quote inside a quote ('He said, "Dad, they never came."', "she looked at me and said, '…'") or inside
        a transcript turn: the subject of the speech verb before it, inside the outer quote. "I"/"we" is the
        outer speaker, "you" the person spoken to, "he"/"she" someone else the text named, "a mother who told
        me" nobody named. In a turn, a quote with no such verb is left to the other rules."""
        in_turn = q.para.turn is not None and not q.seg.nested
        if not (q.seg.nested or in_turn):
            return None
        clauses = _CLAUSE_BREAK.split(self.text[q.para.start : q.seg.open])
        clause = clauses[-1]
        reading = len(clauses) > 1 and (_READ_FROM_IT.search(clauses[-2]) or _THE_DOCUMENT_READS.search(clauses[-2]))
        if in_turn and not clause.strip() and reading:
            # "I have a letter from X. With her permission I will read part of it. «…»", "The letter is from X and
            # reads as follows. ‘…’"
            clause = clauses[-2]
        quoting = _QUOTING.search(clause)
        if quoting:
            return self._quoting(q, quoting, in_turn)
        if _HEARD_SAY.search(clause):  # "I have heard farmers say, “…”": people the speaker does not name
            return None, "unknown", clause.strip(" ,:")
        read_out = self._read_out_in_turn(q, clause) if in_turn else None
        if read_out:
            return read_out
        # "you said, and I have the media release here, '…'": the speaker's aside is not the verb's subject (but "…
        # with cash in his hand, and I told him, '…'" is no aside: the speaker's own speech verb)
        aside = _ASIDE.search(clause)
        own = aside is not None and _I_SAID.search(aside.group(0)) and not _nested_verb(clause[: aside.start()])
        if aside and not own:  # (but "Ashworth said, and I told the committee this at the time, '…'" is his)
            clause = clause[: aside.start()] + ", "
        words = _WORDS_WERE.search(clause)
        if words is None:
            return self._nested_clause(q, clause, in_turn)
        # "his first words were, '…'" is what "he said" (the cue stays the article's words)
        said = clause[: words.start()] + _POSSESSIVE_SUBJECT[words.group(1).lower()] + " said, "
        found = self._nested_clause(q, said, in_turn)
        return found and (found[0], found[1], found[2] and clause.strip(" ,:"))

    def _nested_clause(self, q: _Quote, clause: str, in_turn: bool) -> Attribution | None:
        """Who a nested quote's clause ("He looked at me and said,") gives it to: the subject of its speech verb."""
        verb = _nested_verb(clause)
        if verb and re.match(r"(?:told|asked)\b", verb.group(0)) and _WAS_TOLD.search(clause, 0, verb.start()):
            return None, "unknown", clause.strip(" ,:")  # "She was told on Monday, “…”": by someone unnamed
        document = self._document_before(q, clause[: verb.start()]) if verb else None
        if document:
            return document
        subjects = list(_NESTED_SUBJECT.finditer(_without_aside(clause[: verb.start()]))) if verb else []
        # "One commuter from Maitland wrote", "stood at that Dispatch Box": a name after a preposition is a place; "He
        # looked at me for a long time and said": nor is "a long time" a subject
        subjects = [m for m in subjects if not _AFTER_PREPOSITION.search(clause, 0, m.start())]
        subjects = [m for m in subjects if m.group(0).lower() not in _OPENING_WORDS]  # ("On page twelve it says")
        # "He put it in my hands and said": "it" after the verb of an earlier subject is its object
        subjects = [m for k, m in enumerate(subjects) if not (k and _OBJECT_IT.search(clause, 0, m.end()))]
        if (
            subjects
            and verb
            and subjects[-1].group(0).lower() == "you"
            and len(clause[subjects[-1].end() : verb.start()].split()) > 1
            # (not "State Secretary, in September last year you sat in that chair and told this committee")
            and not _YOU_OPENS.search(clause, 0, subjects[-1].start())
        ):
            subjects.pop()  # "She would hand you the page and say": "you" is the object
        before_verb = clause[: verb.start()] if verb else ""
        titled = self._titled_subject(before_verb, subjects) if verb else None
        titled = self._kin_subject(q, before_verb) if titled is None and verb else titled
        if titled is not None:  # ("" for "the man told me": someone unnamed)
            return titled or None, "person" if titled else "unknown", clause.strip(" ,:")
        body = self._nested_body(q, clause[: verb.start()], in_turn) if verb else None
        if body:
            return body[0], body[1], clause.strip(" ,:")
        if not subjects:
            return None if in_turn else (None, "unknown", "")
        subject, cue = subjects[-1].group(0), clause.strip(" ,:")
        word = subject.lower()
        if word.split()[-1] in (
            "i",
            "we",
            "you",
            "he",
            "she",
            "they",
        ):  # "What I told …": a run of capitals ending in "I"
            word = word.split()[-1]
        outer = self._turn_speaker(q.para.turn) if in_turn and q.para.turn else self._outer
        if word in _QUOTE_PRONOUNS:
            return _QUOTE_PRONOUNS[word](self, q, word, cue, outer, in_turn)
        ref = parse_speaker_phrase(subject)
        if self._names_nobody(subject, ref):
            return None, "unknown", cue
        # "Manuel phoned me … and said, '…'" after "her husband, Manuel Alonso,": the one the text named in full
        # ("Mrs. Pruitt said “…”" after Wayne and Darlene Pruitt: the honorific's gender)
        gender = gender_of_honorific(subject)
        named = ref.ref == "name" and ref.kind != "organization"
        # (not the one quoting: "Ba Mulenga told everyone, '…'" in Chanda Mulenga's quote is the spokesman)
        full = self._full_name_with(ref.name, q.seg.open, gender, outer[0]) if named else None
        if full:
            return full, "person", cue
        seen = any(name_similarity(ref.name or "", n) for n, _ in self.state.names) or self._named_outside(ref)
        # "The operator of the dam, the Nam Houang Power Company, has said …": a body too
        if ref.ref == "name" and ref.name and (ref.kind in ("person", "organization") or seen):
            return ref.name, "person" if ref.kind == "unknown" else ref.kind, cue
        return None if in_turn else (None, "unknown", "")

    def _named_outside(self, ref: SpeakerRef) -> bool:
        """ "Chioma shouted, “…”" in a quote after "her husband's younger sister, Chioma, who kept a shop": a one-word
        name the narration set in apposition (not a capitalised word opening a sentence, nor "the European market")."""
        name = ref.name or ""
        if ref.ref != "name" or " " in name or not name[:1].isupper() or is_common_word(name.lower()):
            return False
        if re.search(r"(?<=[a-z], )" + re.escape(name) + r"(?=,)", self.mtext):
            return True
        # (or after a title the narration gives them: "a man the staff called Signor Bianchi")
        titles = re.finditer(r"\b([A-Z]\w*)\.?[ \t]+" + re.escape(name) + r"\b", self.mtext)
        return any(is_title_word(m.group(1)) for m in titles)

    def _names_nobody(self, subject: str, ref: SpeakerRef) -> bool:
        """A nested quote's subject that is someone unnamed: "One commuter wrote to me", "my chief engineer used to
        tell us", "Management told us" (a capitalised common word; not "Urban" of "Urban Koželj", printed so)."""
        if ref.ref == "role" and re.match(r"(?i)(?:an?|one|another|my|our)\s", subject):
            return True
        named = re.search(r"\b" + re.escape(subject) + r"[ \t]+[^\W\d_a-z]", self.mtext) is not None
        return " " not in subject and is_common_word(subject.lower()) and not named

    def _employer(self, person: str | None) -> str | None:
        """The body the text says a person works at or for ("Verónica Luna, customer relations director at Hidro
        Golfo, the private company …"; a label's family name, "LUNA", finds her full name)."""
        if not person:
            return None
        name = re.escape(person) if " " in person else rf"(?:{_CAP}[ \t]+){{0,3}}{re.escape(person)}"
        at = re.search(
            name + r",[^,.;\n]{0,60}?\b(?:at|of|for|with)\s+(?:the\s+)?(" + _CAP + r"(?:[ \t]+" + _CAP + r"){0,4})",
            self.mtext,
        )
        ref = parse_speaker_phrase(at.group(1)) if at else None
        return ref.name if ref is not None and ref.ref == "name" else None  # (whoever employs her is a body)

    def _full_name_with(
        self, word: str | None, before: int, gender: str | None = None, other_than: str | None = None
    ) -> str | None:
        """The latest person's full name outside quotes before `before` that has `word` as one of its names (and is
        not known to be of the other gender than `gender`, nor `other_than`)."""
        if not word or " " in word.strip():
            return None
        w = re.escape(word)
        # "Álvaro de la Riva" for "Riva", "Manuel Alonso" for "Manuel"
        runs = re.compile(
            rf"(?:{_CAP}[ \t]+{_PARTICLES}){{1,3}}{w}(?![\w'’-])|(?<![\w'’-]){w}(?:[ \t]+{_PARTICLES}{_CAP}){{1,2}}"
        )
        for m in reversed(list(runs.finditer(self.mtext, 0, before))):
            name = full_person_name(m.group(0))
            # (by the given name when two people share the family name: "Mrs. Pruitt" is not Wayne Pruitt)
            ref = Referent(name, "person")
            other = gender and (self.state.given_name_gender(ref) or self.state.gender_of(ref)) == _OTHER[gender]
            if name and word in name.split() and name != word and not other and name != other_than:
                return name
        return None

    def _quoting(self, q: _Quote, quoting: re.Match[str], in_turn: bool) -> Attribution:
        """ "and I am quoting one of them, '…'": the one quoted, named or not; "and I'm quoting you": the one
        addressed."""
        cue = quoting.group(0).strip(" ,:")
        if quoting.group(1).strip().lower() == "you":
            outer = self._turn_speaker(q.para.turn) if in_turn and q.para.turn else self._outer
            return self._the_addressee(q, "you", cue, outer, in_turn) or (None, "unknown", "")
        ref = parse_speaker_phrase(quoting.group(1))
        named = ref.ref == "name" and ref.name and ref.kind == "person"
        return (ref.name, "person", cue) if named else (None, "unknown", "")

    def _they_named_before(self, q: _Quote) -> str | None:
        """ "We did invite Sound Link on. They declined, but they've sent a statement, which I'll read in full:": the
        last name the turn gives before "they", as the statement spells it out ("Sound Link Ferries fully …")."""
        start = self._turn_start(q)
        runs = [m.group(0) for m in _CAP_RUN.finditer(self.text, start, q.seg.open)]
        names = [r for r in runs if parse_speaker_phrase(r).ref == "name"]
        if not names:
            return None
        opening = _CAP_RUN.match(self.text, q.seg.open + 1)
        if opening is not None and opening.group(0).startswith(names[-1] + " "):
            return opening.group(0)
        return names[-1]

    def _read_out_in_turn(self, q: _Quote, clause: str) -> Attribution | None:
        """A document a turn reads out: the speaker's employer's ("Our statement on Friday said"), a body's ("They sent
        us a statement, which I will read in full:"), the listener's ("This is your email of 3 February to the
        director:"), or one a firm prepared ("… the audit report prepared by Hollmann & Partner. I quote:")."""
        cue = clause.strip(" ,:")
        turn = q.para.turn
        employer = self._employer(self._turn_speaker(turn)[0]) if turn and _OUR_DOCUMENT.search(clause) else None
        if employer:
            return employer, "organization", cue
        if _READS_THEIRS.search(clause):
            body = self._org_named_before(q, definite="any") or self._they_named_before(q)
            return (body, "organization", cue) if body else (None, "unknown", "")
        if _YOUR_DOCUMENT.search(clause) and q.para.turn is not None:
            return self._the_addressee(q, "you", cue, (q.para.turn.name, "person"), True)
        sent = _WHAT_THEY_SENT.search(clause) or _MESSAGE_FROM.search(clause)
        ref = parse_speaker_phrase(sent.group(1)) if sent else None
        if ref is not None and ref.ref == "name" and ref.name:  # "Here's what Greenway sent us this morning, in full:"
            return ref.name, ref.kind, cue
        ref = self._read_from(q)
        if ref is not None:  # "I would like to read a short letter from one of our members, Joana Ribeiro, a nurse:"
            return ref.name, ref.kind, cue
        reading = _READ_FROM_IT.search(clause) or _IT_READS.match(clause)
        author = self._letter_read_from(q) if reading else None
        sent = list(_SENT_US.finditer(self.mtext, self._turn_start(q), q.seg.open)) if reading and not author else []
        # (in the sentence right before: not "X sent me a letter, but the document in front of me is Y's. It reads:")
        last = sent[-1] if sent and self.mtext.count(". ", sent[-1].end(), q.seg.open) <= 1 else None
        ref = parse_speaker_phrase(last.group(1)) if last else None
        if ref is not None and ref.ref == "name" and ref.name:
            return ref.name, "person" if ref.kind == "person" else "organization", cue
        if author is None and _THE_DOCUMENT_READS.search(clause):
            # "CLERK: The letter reads, and I quote: ‚…‘" after "the clerk will read the letter we received on Monday
            # from the Bürgerinitiative Puntigam-Süd": the sender the turn before named
            author = self._letter_read_from(q)
            for k in (q.para.index - 1, q.para.index - 2):  # (or the turn before the chair's "Please read it aloud.")
                author = author or (self._letter_read_from(q, k) if k >= 0 else None)
        if author is not None:  # "I have here a letter from …, Mrs Sharon Moxey. I will read from it: “…”"
            return author.name, author.kind, cue
        body = self._org_named_before(q) if _I_QUOTE.search(clause) else None
        return (body, "organization", cue) if body else None

    # --- who a pronoun inside a quote is (_QUOTE_PRONOUNS) ---

    def _the_quoter(self, q: _Quote, word: str, cue: str, outer: OuterSpeaker, in_turn: bool) -> Attribution | None:
        """ "I"/"we": the one quoting; but "Our federation published its report … In that report we wrote that
        '…'" is the body the speaker writes for."""
        if _WERE_TOLD.search(cue):
            return None, "unknown", cue  # "we were told “help is on the way”": by someone unnamed
        if word == "we" and _WE_WROTE.search(cue):
            start = self._turn_start(q)
            for noun in reversed(re.findall(r"\b(?i:our)\s+([a-z]+)\b", self.text[start : q.seg.open])):
                body = self.resolver.recent_org(noun.lower(), q.seg.open) if noun.lower() in GENERIC_ORG_REFS else None
                if body:
                    return body, "organization", cue
        return outer[0], outer[1], cue

    def _people_unnamed(self, q: _Quote, word: str, cue: str, outer: OuterSpeaker, in_turn: bool) -> Attribution | None:
        """ "the first thing they said to me was, '…'": people the speaker does not name; but "we had a statement
        from the Bus Operators Union. They say, and I quote, '…'" is that body's."""
        start = self._turn_start(q)
        if word == "they" and re.search(r"\b(?:statement|letter|response|reply)\b", self.text[start : q.seg.open]):
            body = self._org_named_before(q, definite="any")
            if body:
                return body, "organization", cue
        return None, "unknown", cue

    def _body_named(self, q: _Quote, word: str, cue: str, outer: OuterSpeaker, in_turn: bool) -> Attribution | None:
        """ "the Transport Authority sent us a statement. It says, '…'": the body named before (also as "the
        committee" in "The committee's report is careful. It says '…'")."""
        body = self._org_named_before(q, definite="owner")
        start = self._turn_start(q)
        if body is None and _ITS_DOCUMENT.search(self.text, start, q.seg.open):
            body = self._org_named_before(q, definite="any")  # "the audit board … I have its report here. It says"
        return (body, "organization", cue) if body else (None, "unknown", "")

    def _the_addressee(self, q: _Quote, word: str, cue: str, outer: OuterSpeaker, in_turn: bool) -> Attribution | None:
        """ "you": the person spoken to."""
        other = self._addressee(q, outer[0])
        return (other, "person", cue) if other else (None, "unknown", "")

    def _third_person(self, q: _Quote, word: str, cue: str, outer: OuterSpeaker, in_turn: bool) -> Attribution | None:
        """ "he"/"she": in a turn, the person the turn names ("My teacher, Ilie Marin. He used to say, '…'"),
        else the other rules; in a quote, the other person the text means."""
        gender = "m" if word == "he" else "f"
        if in_turn and self._my_unnamed(q):
            return None, "unknown", cue  # "When my supplier in Seattle saw the schedule, he called me up and said"
        if in_turn:
            named = self._named_in_turn(q, outer[0]) or self._kin_named_before(q, gender)
            named = named or self._kin_given_name(q, gender, outer[0])
            named = named or self._named_in_turn_before(q, outer[0], gender)
            turn = self.text[q.para.start : q.seg.open]
            kin = self._kin_before(q, gender) if not named else None
            if kin and not _KIN_WITH_NAME.search(turn):
                # "I did not want my father to …. When I told him, he said, “…”": the relative the text gave her,
                # else unnamed ("My daughter was with me, and she asked, “…”"; not "My sister Ellen")
                named = self.state.relative_of(outer[0], gender, kin)
                return (named, "person", cue) if named else (None, "unknown", cue)
            if not named and self._unnamed_in_quote(q, gender):
                return None, "unknown", cue  # "An engineer came in a white truck. He told us, «…»"
            if not named and self._kin_asked_about(q, gender):
                return None, "unknown", cue  # "Q: How is Jacob’s mother holding up?" "A: … She told me, ‘…’"
            return (named, "person", cue) if named else None
        kin = self._kin_before(q, gender)
        if kin:  # "My mother stayed … and she always said, '…'": the speaker's relative
            named = self._kin_of(q, gender, outer[0], kin)
            return (named, "person", cue) if named else (None, "unknown", cue)
        if self._unnamed_in_quote(q, gender):  # "There was a grandmother who … She kept saying, '…'"
            return None, "unknown", cue
        other = self._other_person(q, gender)
        return (other, "person", cue) if other else (None, "unknown", "")

    def _my_unnamed(self, q: _Quote) -> bool:
        """The turn's last "my <someone>" before the quote is a person it does not name ("my supplier in Seattle"),
        with no full name after it."""
        start = self._turn_start(q)
        mine = list(_MY_SOMEONE.finditer(self.mtext, start, q.seg.open))
        if not mine or mine[-1].group(1) not in _UNNAMED_PERSONS or mine[-1].group(1) in KIN_GENDER:
            return False
        return not full_person_names(self.mtext, mine[-1].end(), q.seg.open)

    def _unnamed_in_quote(self, q: _Quote, gender: str) -> bool:
        """The outer quote brings in someone it does not name, of that gender or none, before the inner quote."""
        before = self.text[q.para.start : q.seg.open]
        opened = max(before.rfind("“"), before.rfind('"'))
        inside = before[opened + 1 :] if opened >= 0 else ""
        if q.para.turn is not None and opened < 0:  # a turn is the outer quote: "An engineer came. He told us, «…»"
            # (its last two sentences, naming no one: not "Owain reads everything …, and he came in and said")
            inside = " ".join(re.split(r"(?<=[.!?])\s+", self.text[q.para.turn.start : q.seg.open].rstrip())[-2:])
            if any(parse_speaker_phrase(m.group(0)).ref == "name" for m in _CAP_RUN.finditer(inside)):
                inside = ""
        # (or the paragraph's words just before the outer quote: "… a letter sent by a landlord in Laredo. “He wrote")
        lead = re.split(r"(?<=[.!?])\s+", self.mtext[q.para.start : q.para.start + max(opened, 0)].rstrip())[-1]
        for m in [*_SOMEONE_UNNAMED.finditer(inside), *_SOMEONE_UNNAMED.finditer(lead)]:
            noun = m.group(1).lower()
            if noun in _UNNAMED_PERSONS and _NOUN_GENDER.get(noun, gender) == gender and not _plural(noun):
                return True
        # "We phoned the caretaker. He said, '…'": a role no one in the text holds by name (not a place: "to the
        # fence", "at the front")
        last = re.split(r"[.!?]\s+", inside.rstrip())[-2:]
        for m in re.finditer(r"(?<!\bto )(?<!\bat )(?<!\bin )(?<!\bon )\b(?i:the)\s+([a-z]+)\b", " ".join(last)):
            noun = m.group(1).lower()
            if _plural(noun):
                continue  # ("then told the passengers, ‘…’": they are not the "he")
            if noun in _UNNAMED_PERSONS and noun not in self.state.titles and _NOUN_GENDER.get(noun, gender) == gender:
                return True
        return False

    def _titled_subject(self, before_verb: str, subjects: list[re.Match[str]]) -> str | None:
        """ "the coach came over and said, '…'": the person the text gave that title ("Szolnok coach Zsolt …"),
        unless that is the one quoting; "" for a person no one holds by name right before the verb ("the man told
        me")."""
        # (and where they work: "the clerk at the buying centre told me")
        # (or "my teacher at the conservatoire said to me": not kin, which `_kin_subject` reads)
        unnamed = re.search(
            r"\b(?i:the|my|our)\s+([a-z]+)(?:\s+(?:at|from|in|on)\s+the(?:\s+[a-z]+){1,2})?\s*$", before_verb
        )
        noun = unnamed.group(1).lower() if unnamed else ""
        noun = "" if noun in KIN_GENDER or noun in _ADDRESSED_AS else noun
        if noun in _PLAIN_PERSONS and noun not in self.state.titles:
            return ""  # "I rang the supplier and the man told me, '…'": someone the text does not name
        titled = _NESTED_TITLED.search(before_verb)
        if not titled or subjects and titled.start() < subjects[-1].start():
            return None
        holder = self.state.titles.get(titled.group(1).lower())
        if holder is None and unnamed and unnamed.start() == titled.start() and noun in TITLE_WORDS:
            return ""  # "When I rang in May, the engineer told me, '…'": a title the text gave nobody
        if holder is None or not holder.surface or holder.kind != "person":
            return None
        return None if name_similarity(holder.surface, self._outer[0] or "") else holder.surface

    @staticmethod
    def _turn_start(q: _Quote) -> int:
        """Where the quote's turn starts (after its label), else its paragraph."""
        return q.para.turn.start if q.para.turn is not None else q.para.start

    def _document_before(self, q: _Quote, before_verb: str) -> Attribution | None:
        """A document as the nested quote's speaker: "«The letter said “…”»" (whoever the text says sent the
        letter), "a notice from Jurong-Clementi Town Council saying that …" (the body that sent it)."""
        reply = _REPLY_NOUN.search(before_verb)
        if reply:  # "I emailed the company in April. I got an answer back that said, '…'": the company's
            return self._replied_by(q)
        document = _NESTED_DOCUMENT.search(before_verb)
        if document:
            return self._issuer(q, document.group(1), re.match(r"(?i:the|this)\b", document.group(0)) is not None)
        owned = _OWNED_DOCUMENT.search(before_verb)
        ref = parse_speaker_phrase(owned.group(1)) if owned else None
        if owned and ref is not None and ref.ref == "definite_org" and ref.role:
            ref = SpeakerRef("name", name=owned.group(1), kind="organization")
        if owned and ref is not None and ref.ref == "name" and ref.name:
            # "the Fund's own annual report says": "the Fund" is the fund the text named in full
            full = self.resolver.recent_org(ref.name.lower(), q.seg.open) if " " not in ref.name else None
            kind = "person" if ref.kind == "person" else "organization"
            return full or ref.name, kind, owned.group(0).strip()
        body = _BODY_DOCUMENT.search(before_verb)
        found = self.resolver.recent_org(body.group(1).lower(), q.seg.open) if body else None
        if found:
            return found, "organization", body.group(0).strip()
        its = re.match(r"\s*(?:Its|Their)\s+(?:[a-z-]+\s+)?" + OWNED_DOCUMENTS + r"\s*$", before_verb)
        found = self._org_named_before(q) if its else None
        if found and its:  # "the findings of the Prostor Institute, which reviewed …. Its report states that “…”"
            return found, "organization", its.group(0).strip()
        sender = _SENT_DOCUMENT.search(before_verb)
        if sender:  # "the company sent every household a letter promising": the company the text named
            sent = self._nested_body(q, sender.group(1) + " ", q.para.turn is not None)
            ref = parse_speaker_phrase(sender.group(1)) if sent is None else None
            if ref is not None and ref.ref == "name" and ref.name and ref.kind == "organization":
                sent = ref.name, "organization"
            if sent and sent[0]:
                return sent[0], sent[1], sender.group(0).strip()
        sent_by = _DOCUMENT_FROM.search(before_verb)
        issued = None if sent_by else _ISSUED_BY.search(before_verb)
        if issued and re.search(r"\b" + _BODY_WORD + r"[ \t]+$", before_verb[: issued.start(1)]):
            return issued.group(1), "organization", issued.group(0).strip()  # "The residents' group Comité des …"
        sent_by = sent_by or issued
        ref = parse_speaker_phrase(sent_by.group(1)) if sent_by else None
        if sent_by and ref and ref.ref == "name" and ref.name and ref.kind == "organization":
            return ref.name, "organization", sent_by.group(0).strip()
        return None

    def _paragraph_before(self, q: _Quote) -> int:
        """Where the paragraph before the quote's starts (its own, for the first)."""
        return self.paragraphs[q.para.index - 1][0] if q.para.index else q.para.start

    def _replied_by(self, q: _Quote) -> Attribution:
        """Who answered: the body the speaker wrote to, emailed or called in this paragraph or the one before; else
        nobody named."""
        # (in the outer quote too: "I wrote to …")
        wrote = list(_WROTE_TO.finditer(self.text, self._paragraph_before(q), q.seg.open))
        whom = (wrote[-1].group(1) or "") if wrote else ""
        noun = re.fullmatch(r"(?i:the|their|its)\s+([a-z]+)", whom)
        ref = parse_speaker_phrase(whom) if whom and not noun else None
        if noun:
            found = self.resolver.recent_org(noun.group(1), q.seg.open)
            return (found, "organization", wrote[-1].group(0)) if found else (None, "unknown", "")
        if ref is not None and ref.ref == "name" and ref.name:
            return ref.name, "person" if ref.kind == "person" else "organization", wrote[-1].group(0)
        return None, "unknown", ""  # "When I asked for help, the answer was ‘…’": whoever answered, unnamed

    def _issuer(self, q: _Quote, noun: str, definite: bool = False) -> Attribution:
        """Who sent the letter (or issued the statement …) a quote reads from: "the letter the Hospice sent the
        families", "a notice from the council", in the paragraph before the quote; nobody if the text does not say."""
        name = (  # a name, with a French adjective after it ("the Hospice général sent")
            r"((?:[^\W\d_a-z][\w'’-]*[ \t]+){0,4}[^\W\d_a-z][\w'’-]*"
            r"(?:[ \t]+[a-zà-ÿ]+(?=[ \t]+(?:sent|wrote|issued)))?)"
        )
        noun = "(?i:" + noun + ")"
        issued = re.compile(
            r"\b" + noun + r"s?\s+(?:(?:that|which)\s+)?(?:the\s+)?" + name + r"[ \t]+(?:had\s+)?(?:sent|wrote|issued|"
            r"posted|published|mailed)\b|\b" + noun + r"s?\s+(?:from|by)\s+(?:the\s+)?" + name
        )
        found = next(reversed(list(issued.finditer(self.mtext, q.para.start, q.seg.open))), None)  # the nearest
        issuer = (found.group(1) or found.group(2)) if found else ""
        ref = parse_speaker_phrase(issuer) if found else None
        if ref is not None and ref.ref != "name":
            ref = parse_speaker_phrase("the " + issuer)  # "the Hospice général" is a name only after its article
        if found is None and definite:  # "Let me read what we got from the Police Service. The statement says": its
            found = next(reversed(list(_FROM_BODY.finditer(self.mtext, q.para.start, q.seg.open))), None)
            ref = parse_speaker_phrase(found.group(1)) if found else None
            ref = ref if ref is not None and ref.kind == "organization" else None
        if ref is None or ref.ref != "name" or not ref.name:
            return None, "unknown", ""
        return ref.name, ref.kind if ref.kind == "person" else "organization", found.group(0)

    def _org_named_before(self, q: _Quote, definite: str = "") -> str | None:
        """The last organisation the paragraph (or turn, after its label) names before the quote, or who a report
        it names was prepared by ("the monitoring report prepared for your company by Aquaterra Environmental")."""
        start = self._turn_start(q)
        author = list(_REPORT_BY.finditer(self.text, start, q.seg.open))
        if author:
            return re.split(r"\.\s", author[-1].group(1))[0]
        for m in reversed(list(_CAP_RUN.finditer(self.text, start, q.seg.open))):
            if re.search(r"\b(?:in|at|near)\s+$", self.text[max(0, m.start() - 6) : m.start()]):
                continue  # "Bayview Seafoods, which runs the plant in Port Union,": a place
            ref = parse_speaker_phrase(re.sub(r"['’]s$", "", m.group(0)))  # (or "the Port Authority's report")
            if ref.ref == "name" and ref.name and ref.kind == "organization":
                return ref.name
            legal = re.match(r"[ \t]+([\w./]+)", self.text[m.end() : m.end() + 12])  # "Andes Litio Norte S.A."
            if ref.ref == "name" and ref.name and legal and legal.group(1).lower() in LEGAL_FORMS:
                return ref.name
        which = self.resolver.which_body(q.seg.open, start)  # "we asked Bayview Seafoods, which runs the plant, …"
        if which:
            return which
        # "We asked the taskforce to respond. They sent us …": with `definite`, "the taskforce" the text named
        # (before the verb: "It concludes that the agency '…'" is not the agency's)
        verbs = list(_DOCUMENT_VERB.finditer(self.text, start, q.seg.open))
        end = verbs[-1].start() if verbs else q.seg.open
        # "owner": only a description that owns something ("The committee's report … It says")
        pattern = r"\b(?i:the)\s+([a-z]+)['’]s\b" if definite == "owner" else r"\b(?i:the)\s+([a-z]+)\b"
        descriptions = re.finditer(pattern, self.text[start:end]) if definite else ()
        for m in reversed(list(descriptions)):
            found = self.resolver.recent_org(m.group(1), start + m.start())  # "the taskforce": the one named
            if found:
                return found
        return None

    def _named_in_turn_before(self, q: _Quote, speaker: str | None, gender: str) -> str | None:
        """ "And what would you say to Tjeerd Wielsma, if he were still here?" — "He always said, '…'": the one
        person the question before this turn named, when this turn names nobody and the question's pronoun fits."""
        asked = self.mtext[self._paragraph_before(q) : q.para.start]
        names = {n for n in full_person_names(asked) if not (speaker and name_similarity(n, speaker))}
        pronoun = re.search(r"\b(he|him|his|she|her)\b", asked, re.I)
        fits = pronoun is not None and (pronoun.group(1).lower() in ("she", "her")) == (gender == "f")
        return names.pop() if len(names) == 1 and fits and asked.rstrip().endswith("?") else None

    def _kin_asked_about(self, q: _Quote, gender: str) -> bool:
        """The question before this turn asks after someone's unnamed relative of that gender ("how is Jacob’s
        mother holding up?"), and names no one in full."""
        asked = self.mtext[self._paragraph_before(q) : q.para.start]
        kin = [w.lower() for w in _SOMEONES_KIN.findall(asked) if KIN_GENDER.get(w.lower()) == gender]
        # (a relative the text named before is not unnamed: "His mother, Ruth Mensah, …")
        named = [w for w in kin if re.search(r"\b" + w + r",[ \t]+[^\W\d_a-z]", self.mtext[: q.para.start])]
        return bool(kin) and not named and not full_person_names(asked)

    def _named_in_turn(self, q: _Quote, speaker: str | None) -> str | None:
        """The last full name a transcript turn gives before its nested quote, never the turn's speaker (a label's
        family name is the first person the text gave it: "BHUTIA:" is Pema Lhamu Bhutia, whose father, "Karma
        Bhutia, everybody in Lingdong knew him", she quotes)."""
        if speaker and " " not in speaker:
            speaker = next(
                (r.surface for r, _ in self.state.persons if r.surface and _family_name_is(r.surface, speaker)),
                speaker,
            )
        for m in reversed(list(_CAP_RUN.finditer(self.mtext, q.para.turn.start, q.seg.open))):
            someone = _SOMEONE_FROM.search(self.mtext, max(0, m.start() - 40), m.start())
            if someone and not self.mtext[: someone.start()].rstrip().endswith(","):
                return None  # "an agent from Sundarban Fry Traders came … He always said": the agent, unnamed
            if someone:
                continue  # "My neighbour, Pedro Banda, a fisherman from Nkhata Bay.": the place, not him
            if re.search(r"\b(?:of|in|at|near)\s+(?:the\s+)?$", self.mtext[max(0, m.start() - 10) : m.start()]):
                continue  # "Doña Ernestina Watson of Sandy Bay", "on the corner of the Rue Auguste Charles": a place
            if _CALLS_ME.search(self.mtext, max(0, m.start() - 24), m.start()):
                continue  # "everybody calls me Ah Chuen": the speaker's own name
            name = full_person_name(m.group(0)) if "I" not in m.group(0).split() else None  # not "Can I come in"
            honorific = re.search(r"\b(?:Mr|Mrs|Ms|Dr|Miss)\.?[ \t]+$", self.mtext[max(0, m.start() - 6) : m.start()])
            if name is None and honorific and " " not in m.group(0):  # "remind Mr. Whitcombe of something"
                full = self.state.full_form(m.group(0))
                name = full.surface if full is not None else m.group(0)
            if name is None and _SENT_FROM_GIVEN.match(self.mtext, max(0, m.start() - 5)) and m.start() >= 5:
                name = m.group(0)  # "One text message before the news, from Vasile in Cahul. He writes:"
            apposed = (
                _GIVEN_IN_APPOSITION.match(self.mtext, m.end()) if name is None and " " not in m.group(0) else None
            )
            if apposed:
                name = self._apposed_given_name(q, m, bool(apposed.group("honorific")))
            if name and not (speaker and name_similarity(name, speaker)):
                return name
        return None

    def _apposed_given_name(self, q: _Quote, m: re.Match[str], honorific: bool) -> str | None:
        """A one-word name in apposition to someone the turn describes: "I visited a woman in one of the new
        settlements, Gulmira eje, who is seventy-one." (not a place or a pet: "a man from the next village, Korçë,",
        "a shepherd and his dog, Bruno,")."""
        sentence = self.mtext[max(self.mtext.rfind(". ", 0, m.start()), q.para.turn.start) : m.start()]
        stretch = re.search(r"[^.;,]*,[ \t]+$", sentence)
        before = re.search(r"([a-z]+)[ \t]*,[ \t]+$", sentence)
        if stretch is None or before is None:
            return None
        last = before.group(1)
        if last not in _ONLY_PERSONS and not (last.endswith("s") and not last.endswith("ss")) and not honorific:
            return None  # (a singular thing right before the name is what it names; not "the bazaar, Gulnara apa,")
        heads = _SOMEONE_AHEAD.findall(sentence, stretch.start())
        return m.group(0) if any(w in _ONLY_PERSONS for h in heads for w in h.lower().split()) else None

    def _kin_subject(self, q: _Quote, before_verb: str) -> str | None:
        """ "My late father used to say, '…'": the relative, when the text named them ("His late father, X,")."""
        # "My daughter Rim, she is nine, came out and said to me": the relative the clause opens on, by name
        opening = _KIN_WITH_NAME.match(before_verb, len(before_verb) - len(before_verb.lstrip()))
        named = _GIVEN_AFTER_KIN.match(before_verb, opening.end()) if opening else None
        # (the subject of the verb, not of a clause before it: "My son Jonas drives a taxi, and he said to me")
        rest = re.sub(r",\s*(?:he|she)\s+(?:is|was)\s+[^,]{1,20},", ",", before_verb[named.end() :]) if named else ""
        if named and named.group(0).lower() not in KIN_GENDER and not re.search(r"\b(?:he|she|they|I|we)\b", rest):
            return named.group(0)
        kin = re.search(r"\b(?i:my|our)\s+(?:(?:late|old|dear)\s+)?([a-z]+)\s+(?:[a-z]+\s+){0,3}$", before_verb)
        # (or the word the speaker calls them by: "Papa said, '…'" is "my father said")
        kin = kin or _KIN_ADDRESS.search(before_verb)
        word = _ADDRESSED_AS.get(kin.group(1).lower(), kin.group(1).lower()) if kin else ""
        gender = KIN_GENDER.get(word)
        speaker = self._turn_speaker(q.para.turn)[0] if q.para.turn is not None else self._outer[0]
        return self._kin_of(q, gender, speaker, word) if gender and kin else None

    def _kin_of(self, q: _Quote, gender: str, speaker: str | None, kin: str) -> str | None:
        """The speaker's relative a quote means ("my father"): as the text named them before, else the one the text
        gave the speaker ("His daughter, Anna Hörtnagl, said …. “My father told them, ‘…’”")."""
        return (
            self._kin_named_before(q, gender)
            or self.state.relative_of(speaker, gender, kin)
            or self._kin_namesake(q, speaker, gender, kin)
        )

    def _kin_namesake(self, q: _Quote, speaker: str | None, gender: str, kin: str) -> str | None:
        """ "my sister said" in Samuel Nyamweya's turn: the one other person the text named with his family name (not
        one it says is "no relation")."""
        if kin not in _NEAR_KIN:
            return None
        found = self.state.namesake(speaker, gender)
        if found is None or not found.surface or not self.state.may_be_kin(found.surface, kin):
            return None  # (not "my father" in the turn of the mother of "Her son, Emiliano Gómez")
        # (someone the turn speaks to or of: "Grace, this is your brother. … my sister said"; not any other Jones)
        start = self._turn_start(q)
        if not re.search(r"\b" + re.escape(found.surface.split()[0]) + r"\b", self.text[start : q.seg.open]):
            return None
        # ("Ane Heilmann, who … is not related to the company manager")
        names = "|".join(re.escape(n) for n in (found.surface, speaker or found.surface))
        unrelated = re.search(r"(?:" + names + r")[^.]{0,80}" + NO_RELATION, self.text)
        return None if unrelated else found.surface

    def _kin_before(self, q: _Quote, gender: str) -> str | None:
        """The speaker's relative of that gender the turn or paragraph mentions before the quote ("my father")."""
        start = self._turn_start(q)
        found = re.findall(r"\b(?i:my)\s+(?:(?:late|old|dear|own)\s+)?([a-z]+)", self.text[start : q.seg.open])
        asked = self.turns[q.para.index - 1] if q.para.turn is not None and q.para.index > 0 else None
        if not found and asked is not None:  # "Q: Your father founded the collective. …" "A: He used to say, '…'"
            found = re.findall(r"\b(?i:your)\s+(?:(?:late|old|dear|own)\s+)?([a-z]+)", self.text[asked.start : start])
        kin = [k.lower() for k in found]
        kin = [k for k in kin if KIN_GENDER.get(k) == gender]
        return kin[-1] if kin else None

    def _kin_given_name(self, q: _Quote, gender: str, speaker: str | None) -> str | None:
        """ "My son Jonas drives a taxi, and he said to me, '…'": the relative the turn names by a given name, with
        the speaker's family name ("Jonas Aarvik" in Solveig Aarvik's turn)."""
        turn = self.text[self._turn_start(q) : q.seg.open]
        named = [m for m in _KIN_WITH_NAME.finditer(turn) if KIN_GENDER.get(m.group(1).lower()) == gender]
        given = _GIVEN_AFTER_KIN.match(turn, named[-1].end()) if named else None
        if given is None or is_common_word(given.group(0)):
            return None
        family = (speaker or "").split()[-1:] if speaker and " " in speaker else []
        return " ".join([given.group(0), *family])

    def _kin_named_before(self, q: _Quote, gender: str) -> str | None:
        """ "Because of my father. … he kept saying, '…'" after the intro's "her father, Gevorg Avetisyan": the
        relative the turn means, as the text named them before."""
        kin = self._kin_before(q, gender)
        found = _KIN_NAMED.finditer(self.text, 0, q.seg.open) if kin else ()
        # ("my granddad" is the one the text called "his grandfather")
        named = [m.group(2) for m in found if _same_kin(m.group(1).lower(), kin or "")]
        if not named:
            return None
        # (or a given name alone: "Your daughter, Malika, is studying hydrology")
        alone = " " not in named[-1] and not is_common_word(named[-1]) and parse_speaker_phrase(named[-1]).ref == "name"
        return full_person_name(named[-1]) or (named[-1] if alone else None)

    def _addressee(self, q: _Quote, speaker: str | None) -> str | None:
        """Who "you" is inside a quote or turn: the person the speaker calls by name before it ("Marieke, you
        said …"), else in a transcript the last other voice before this turn."""
        voices = [t.name for t in self.turns[: q.para.index] if t is not None and t.name]
        known = [*reversed(voices), *(r.surface for r, _ in reversed(self.state.persons) if r.surface)]
        titled = [t for t in self.turns[: q.para.index] if t is not None and t.name and t.name != speaker]
        # (named before the quote, else after it: "“You told them, ‘…’,” she said. “Where were the sheep, Mr X?”")
        before = list(_VOCATIVE.finditer(self.text, q.para.start, q.seg.open))[::-1]
        for m in before or list(_VOCATIVE.finditer(self.text, q.seg.close, q.para.end)):
            full = next((n for n in known if any(token_match(m.group(1), w) > 0 for w in n.split())), None)
            if full is None and m.group(1).lower() in TITLE_WORDS:  # "Minister, you told …" to "MINISTER GOPAUL:"
                word = m.group(1).lower()
                short = _TITLE_SHORT.get(word, word)  # ("Professor, you told …" to "Prof. KUBAŠOVSKÝ:")
                label = (t.name for t in reversed(titled) if short in self.text[slice(*t.label)].lower())
                full = next(label, None)
            if full and full != speaker:
                return full
        # ("“You told one buyer, ‘…’ …,” the judge told Deonarine Ramdass": whom the quote was said to)
        run = self.mtext.find(MASK, q.seg.close)  # (the outer quote's end, not a later quote's)
        while 0 <= run < len(self.mtext) - 1 and self.mtext[run + 1] == MASK:
            run += 1
        told = _TOLD_WHOM.match(self.mtext, run, q.para.end) if run >= 0 else None
        told_ref = parse_speaker_phrase(told.group(1)) if told else None
        if told_ref is not None and told_ref.ref == "name" and told_ref.name and told_ref.name != speaker:
            return told_ref.name
        other = next((v for v in reversed(voices) if v != speaker), None)
        if other is None and self.interviewee is not None and self.interviewee.surface != speaker:
            return self.interviewee.surface  # "Q: In 2019 you told this newspaper that '…'": the one answering
        return other

    def _other_person(self, q: _Quote, gender: str) -> str | None:
        """The person a "he"/"she" inside someone's quote means: a person the quote itself names, else the last
        person the text called "he"/"she", else the last one not known to be of the other gender; never the
        quote's speaker."""
        outer = self._outer[0] or ""
        names = [r.surface for r, _ in self.state.persons if r.surface]
        local = []
        for m in _QUOTED_SUBJECT.finditer(self.text, q.para.start, q.seg.open):  # "'Samuel rang me …"
            ref = parse_speaker_phrase(m.group(1))
            plain = ref.name is None or ref.name.lower() in STOP_CAPS or is_common_word(ref.name)  # "Forty years he …"
            if ref.ref == "name" and ref.kind != "organization" and not plain and ref.name:
                local.append(ref.name)
        # "My first foreman was a Scotsman, we called him Mr Mac, …' … 'He used to say, "…"'"
        pronoun = "him" if gender == "m" else "her"
        called = _CALLED_HIM.finditer(self.text, q.para.start, q.seg.open)
        local += [m.group(2) for m in called if m.group(1) == pronoun and m.group(2).lower() not in STOP_CAPS]
        # "her brother, Fausto, had gone" (or in the paragraph before: "… her late husband, Gheorghe Țurcanu, …")
        before = self._paragraph_before(q)
        kin = [
            m.group(2)
            for m in _KIN_NAMED.finditer(self.text, before, q.seg.open)
            if KIN_GENDER.get(m.group(1).lower()) == gender
        ]
        # (not the speaker, named by the given name: "His son, Bahodir Ergashev, …" before "“He used to tell us, ‘…’”
        # Bahodir said")
        if kin and norm(outer) not in (norm(kin[-1]), norm(kin[-1]).split()[0]):
            return kin[-1]  # the kinship word gives the gender ("her late husband, Gheorghe Țurcanu" shares her name)
        # "Rosa Ochoa testified that her son called her …. “He told me, ‘…’”": her relative the text gave, or the one
        # other person with her family name
        # (or the paragraph before: "… told the court about the last conversation he had with his father")
        frame = [k for k in _FRAME_KIN.findall(self.mtext, before, q.seg.open) if KIN_GENDER.get(k) == gender]
        relative = self.state.relative_of(outer, gender, frame[-1]) if frame and " " in outer else None
        if frame and " " in outer and relative is None:
            relative = one_namesake(
                outer,
                full_person_names(self.mtext, 0, q.seg.open),
                lambda n: self.state.given_name_gender(Referent(n, "person")) in (gender, None),
            )
        if relative:
            return relative
        near = []  # "our founder, the late Ursula Hänggi," (or "the manager at the time, Rafael Cordero," before)
        for m in _APPOSED_NAME.finditer(self.text, before, q.seg.open):
            word = re.search(r"([a-z]+)\s*$", self.text[max(0, m.start() - 20) : m.start()])
            if m.start() < q.para.start and word and word.group(1) in KIN_GENDER:
                continue  # "whose son, Jaskaran Singh," before: a relative is found as one (above)
            if full_person_name(m.group(1)):
                (local if m.start() >= q.para.start else near).append(m.group(1))
        # "the year she married Eusebio Ompad, a fisherman" before "“He said, ‘…’”": anyone named, of that gender
        mentioned = full_person_names(self.text, before, q.seg.open)
        for pool, allowed in (
            (local, (None, gender)),
            (self._named_in_frame(q, names), (None, gender)),
            (names, (gender,)),
            (near, (None, gender)),
            (mentioned, (gender,)),
            (names, (None, gender)),
        ):
            for name in reversed(pool):
                g = self.state.gender_of(Referent(name, "person"))
                if not (outer and name_similarity(name, outer)) and g in allowed:
                    return name
        return None

    def _named_in_frame(self, q: _Quote, names: list[str]) -> list[str]:
        """People the paragraph names before the outer quote opens, by any of their names: "The mayor said he had
        spoken with Bernasconi. “She told me, ‘…’”" is Bernasconi, not the woman quoted last."""
        opened = max(self.text.rfind("“", q.para.start, q.seg.open), self.text.rfind('"', q.para.start, q.seg.open))
        frame = self.text[q.para.start : max(opened, q.para.start)]
        words = set(re.findall(r"[^\W\d_a-z][\w'’-]+", frame))
        return [n for n in dict.fromkeys(names) if len(n.split()) >= 2 and n.split()[-1] in words]

    def _document(self, q: _Quote) -> Attribution | None:
        """ "a report from the Weather Office, which says summers could be “…”": the issuer of the document."""
        m = _DOCUMENT_SAYS.search(self.text, q.para.sents[q.sidx][0], q.seg.open)
        ref = parse_speaker_phrase(m.group(1)) if m else None
        body = _BODY_DOCUMENT.match(self.text, q.para.sents[q.sidx][0], q.seg.open) if ref is None else None
        found = self.resolver.recent_org(body.group(1).lower(), q.seg.open) if body else None
        if found and body:  # "Her centre's 2025 report put it more starkly, warning that “…”"
            return found, "organization", body.group(0).strip()
        if ref is None:
            return self._post_from(q)
        if ref.ref != "name" or not ref.name:
            return None
        return ref.name, "organization" if ref.kind != "person" else "person", m.group(0).strip()

    def _post_from(self, q: _Quote) -> Attribution | None:
        """ "One reply under the video, from an account run by the federation, read simply: ‘…’": the account's."""
        m = _POST_FROM.search(self.text, q.para.sents[q.sidx][0], q.seg.open)
        if m is None:
            return None
        if m.group(1):
            found = self.resolver.recent_org(m.group(1).lower(), q.seg.open)
            return (found, "organization", m.group(0).strip()) if found else None
        ref = parse_speaker_phrase(m.group(2))  # (a body's account: not "from YouTube user X", "from Lagos")
        if ref.ref != "name" or not ref.name or ref.kind != "organization" or _PLATFORM_NAME.match(ref.name):
            return None
        return ref.name, "organization", m.group(0).strip()

    def _own_statement(self, q: _Quote) -> Attribution | None:
        """A turn's speaker reading out their body's statement: "Ms KROGH (Randersvej Traders' Association): I will
        first read the statement agreed by our members. “…”" is the association's."""
        turn = q.para.turn
        if turn is None or q.seg.nested:
            return None
        reads = _READS_OURS.search(self.text, turn.start, q.seg.open)
        if reads is None:
            return None
        for inside in label_brackets(self.text[turn.label[0] : turn.label[1]])[0]:
            ref = parse_speaker_phrase(inside)
            if ref.ref == "name" and ref.name and ref.kind == "organization":
                return ref.name, "organization", reads.group(0).strip()
        return None

    def _letter_read_from(self, q: _Quote, paragraph: int | None = None) -> SpeakerRef | None:
        """The sender of the letter a turn (or the given paragraph) mentioned before reading from it: the last name
        among its descriptions."""
        start = self._turn_start(q)
        if paragraph is not None and paragraph >= 0:
            start, end = self.paragraphs[paragraph]
        else:
            end = q.seg.open
        letters = list(_LETTER_FROM.finditer(self.mtext, start, end))
        if not letters and paragraph is not None:  # "I have a letter the Southwest Shopkeepers Association asked me
            letters = list(_LETTER_BY_SUBJECT.finditer(self.mtext, start, end))  # to have read into the record."
        parts = COMMA.split(letters[-1].group(1)) if letters else []
        # (not where the sender lives: "from Mr Gheorghe Țurcanu, aged 84, of Nicolina.")
        # (nor a clause about them: "from Maria dos Santos, who runs the bakery on the Rue Auguste Charles.")
        for part in [p for p in reversed(parts) if not re.match(r"\s*(?:of|from|in|at|near|who|whose|which)\s", p)]:
            ref = parse_speaker_phrase(part.strip())
            if ref.ref == "name" and ref.name:
                return ref
        return None

    def _read_from(self, q: _Quote) -> SpeakerRef | None:
        """The author of a letter read out right before the quote: "I will read a letter from Joana Ribeiro:", "read a
        statement on behalf of the Conference of Alpine Municipalities, which represents …:", "I have been asked
        to read a short statement from the Drought Committee, which met this morning. “…”"."""
        start = self._turn_start(q)
        before = self.mtext[start : q.seg.open]
        found = list(_READ_ON_BEHALF.finditer(before))
        behalf = found[-1] if found else None
        whom = _before_relative(_author_of(behalf)) if behalf and _author_of(behalf) else ""
        asker = list(_ASKED_BY.finditer(before, 0, behalf.start())) if behalf and behalf.group("pronoun") else []
        whom = whom or (asker[-1].group(1) if asker else "")  # "I’ve been asked by X … to read … on her behalf"
        # the reading sentence ends right before the quote (no other sentence or quote in between; or "She writes:")
        rest = before[behalf.end() :] if behalf else ""
        rest = "" if asker and _PRONOUN_WRITES.fullmatch(rest) else rest
        if whom and _IN_WHICH_SAID.fullmatch(rest):
            return self._author(whom, q.seg.open)
        # (not "Mr Patel, who had read the email Ruiz sent, told the inquiry:": then he speaks)
        if not whom or not re.fullmatch(r"[^.!?\ue000]*[.:]?\s*", rest) or re.search(r"\basked\b", rest):
            return self._sent_by(before)
        if REPORT_VERB_RE.search(rest):
            return None
        return self._author(whom, q.seg.open)

    def _author(self, whom: str, at: int = -1) -> SpeakerRef | None:
        """Who the phrase after "a letter from/by" is: a body ("the Federació de Regants de l'Empordà, which …"), else
        the person it names ("his mother, Ann Lee,"); "the cooperative" is the one the text named before `at`."""
        body = parse_speaker_phrase(COMMA.split(whom)[0].strip())
        if body.ref in ("name", "role") and body.name and body.kind == "organization":
            return SpeakerRef("name", name=body.name, kind="organization")  # (or "60 members of the Cooperativa …")
        definite = body.ref == "definite_org" and body.role and at >= 0
        known = self.resolver.recent_org(body.role or "", at) if definite else None
        if known:
            return SpeakerRef("name", name=known, kind="organization")
        in_mind = self.state.last_org
        if _BOARD.fullmatch(whom.strip()) and in_mind is not None and in_mind.surface:
            # "its attorney read a short statement from the board of directors:": the body in mind's board
            return SpeakerRef("name", name=in_mind.surface, kind="organization")
        named = self._named_in_phrase(whom)
        title = COMMA.split(whom)[0]
        if named is not None and named.name and named.name not in title:  # "the mayor of Kaunertal, Herta Gstrein,"
            self.state.note_title(title, Referent(named.name, "person"))  # (a later "the mayor wrote" is hers)
        return named

    @staticmethod
    def _sent_by(before: str) -> SpeakerRef | None:
        """ "A text from Ray at Ouse: “…”", "An email from the Ministry of Health:": who sent what follows; also "The
        report quotes Tapan Mondal as telling police: “…”"."""
        if not before.rstrip().endswith(":"):
            return None
        before = abbreviation_dots_as_spaces(before)  # "A statement from X, president of Y Inc., was read …"
        quoted = _QUOTED_AS.search(before)
        rest = before[quoted.end() :] if quoted else ""
        if quoted and re.fullmatch(r"[^.!?\ue000]*", rest) and not REPORT_VERB_RE.search(rest):
            ref = parse_speaker_phrase(quoted.group(1))
            if ref.ref == "name" and ref.name:
                return ref
        doc = _AUTHORED_DOCUMENT.search(before) or _ONE_FROM.search(before) or _SUBMITTED.search(before)
        if doc is None:
            return None
        # (the reading may be a sentence of its own when the sender is named first: "… from Árvörður, the association
        # of salmon river owners. I will read the relevant paragraph into the record:")
        rest = _READING_REST.fullmatch(before, doc.end())
        if rest is None:
            return None
        apart = rest.group("apart") is not None
        # "from Wilfredo Tan Uy, president of …, was read to reporters by …": the name before its appositive, or
        # the name in apposition ("a tweet from the mayor, Ana Ruiz:")
        for k, whom in enumerate(COMMA.split(_before_relative(doc.group(1)))[: 1 if apart else 2]):
            ref = parse_speaker_phrase(re.split(r"\s+(?:at|in|of|from|was|were|has|had|is)\s+", whom)[0].strip())
            if ref.ref == "name" and ref.name and (k == 0 or whom.strip()[:1].isupper()):  # (not ", on Malaita,")
                return ref
        return None

    def _read_owned(self, q: _Quote) -> Attribution | None:
        """ "Holding up a copy of the company's 2023 safety assessment, he read aloud: “…”", "She read from Acme's
        report:": the words are the document's owner's (a body the text named, or a name)."""
        before = self.mtext[q.para.sents[q.sidx][0] : q.seg.open]
        if not _READ_ALOUD.search(before):
            return None
        owned = _OWNED_ANYWHERE.search(before)
        ref = parse_speaker_phrase(owned.group(1)) if owned else None
        if owned and ref is not None and ref.ref == "name" and ref.name:
            # "Liang’s message read:" after "The buyer, Liang Haoran, …": the person, else a body
            person = self._full_name_with(ref.name, q.seg.open) if ref.kind != "organization" else None
            if person:
                return person, "person", owned.group(0)
            full = self.resolver.recent_org(ref.name.lower(), q.seg.open) if " " not in ref.name else None
            return full or ref.name, "person" if ref.kind == "person" else "organization", owned.group(0)
        body = _BODY_DOCUMENT.search(before)
        found = self.resolver.recent_org(body.group(1).lower(), q.seg.open) if body else None
        return (found, "organization", body.group(0)) if found and body else None

    def _read_possessed(self, q: _Quote) -> Attribution | None:
        """ "His daughter, Lucía Ybarra-Kincaid, read his message to about 300 growers: “…”": the words are the one
        "his" means, the latest other person of that gender, not the reader."""
        start = q.para.sents[q.sidx][0]
        m = _READ_POSSESSED.search(self.mtext, start, q.seg.open)
        reader = q.para.subjects.get(q.sidx)
        if m is None or reader is None or reader.kind != "person":
            return None
        gender = "f" if m.group(1).lower() == "her" else "m"
        if self.state.gender_of(reader) != _OTHER[gender]:
            return None  # ("She read her statement:" is hers)
        owner = self.state.latest_person((gender,), besides=[reader.surface or ""])
        return (owner.surface, "person", m.group(0).rstrip(" :")) if owner and owner.surface else None

    def _pronoun_document(self, q: _Quote) -> Attribution | None:
        """ "Her post announcing the family's first album read: “…”": the latest person of that gender."""
        m = _PRONOUN_DOCUMENT.match(self.mtext, q.para.sents[q.sidx][0], q.seg.open)
        if m is None:
            return None
        gender = "f" if m.group(1) == "Her" else "m"
        reader = m.group("by") or ""  # (never the one it was read by)
        owner = self.state.latest_person((gender, None), besides=reader)
        return (owner.surface, "person", m.group(0).strip(" :")) if owner and owner.surface else None

    def _colon(self, q: _Quote) -> Attribution | None:
        """ "Arrieta was more measured: “…”" when the sentence has no cue; a letter read out is its author's."""
        owned = self._read_owned(q) or self._read_possessed(q) or self._pronoun_document(q)
        if owned:
            return owned
        read = self._read_from(q)
        if read is not None:
            # (but "… on her behalf. She writes: ‘…’" is the author writing)
            cues = [c for c in _sentence_cues(q) if not (c.ref.ref == "pronoun" and c.verb in ("writes", "wrote"))]
            own = any(c.ref.ref in ("pronoun", "name") and c.ref.kind == "person" for c in cues)
            if not own or _IN_WHICH_SAID.fullmatch(self.mtext, q.para.sents[q.sidx][0], q.seg.open):
                return read.name, read.kind, read.name or ""
            # "… read a letter from her grandfather, X. “Grandfather wrote this by hand,” she told guests.": hers;
            # the letter's words come after ("“…,” the letter read")
            self.state.last_statement = Referent(read.name, read.kind)
        before = self.mtext[q.para.sents[q.sidx][0] : q.seg.open]
        if any(c.sentence == q.sidx for c in q.para.cues) or _WHAT_THE_ROLE_SAID.search(before):
            return None  # (what someone else said is theirs: _inner_speaker)
        met = _SPOKE_TO_UNNAMED.search(before)
        if met and met.group(1).lower() in _UNNAMED_PERSONS:
            return None, "unknown", met.group(0).rstrip(" :")  # "He spoke to a woman in her seventies who …: “…”"
        met = _SPOKE_TO_SOMEONE.search(self.mtext, q.para.start, q.para.sents[q.sidx][0])
        if met and met.group(1).lower() in _UNNAMED_PERSONS and re.match(r"\s*(?:She|He)\s", before):
            # "… where we spoke to a resident this morning. She messaged us:"
            return None, "unknown", before.strip(" :")
        who = q.para.subjects.get(q.sidx)
        if who is not None and who.kind == "person" and before.rstrip().endswith(":") and MASK not in before:
            # "Río Seco captain Joaquín Ibáñez, who lifted the trophy, summed it up: “…”"
            at = self.text.find(who.surface or "", q.para.sents[q.sidx][0], q.seg.open)
            return who.surface, who.kind, self.text[at : at + len(who.surface or "")] if at >= 0 else who.surface or ""
        colon = self._colon_subject(self.mtext, q.para.sents[q.sidx], q.seg.open)
        return (colon.surface, colon.kind, self.text[colon.start : colon.end]) if colon else None

    def _headline(self, q: _Quote) -> Attribution | None:
        """ "‘We are not waiting’: a conversation with Dr Ana Ruiz": a quote opening a headline, then
        a colon and the person."""
        if not (q.at_start and q.seg.closed) or q.para.cues:
            return None
        tail = _HEADLINE_TAIL.match(self.text, q.seg.close + 1, q.para.end)
        if tail and re.match(r"(?i)an?\s", tail.group(1)):
            return None  # "“…”: a 14-time Everest summiter on …": a description, not the place named in it
        ref = parse_speaker_phrase(tail.group(1)) if tail else None
        if ref is None or ref.ref != "name" or ref.kind == "organization":
            return None
        return ref.name, "person", tail.group(1)

    def _dash_credit(self, q: _Quote) -> Attribution | None:
        """ "“This is the future.” — Jane Doe, CEO of Acme": a credit after a dash, no speech verb."""
        if not q.seg.closed or any(c.sentence == q.sidx for c in q.para.cues):
            return None
        m = _DASH_CREDIT.match(self.text, q.seg.close + 1, q.para.end)
        credit, end = (m.group(1), m.end()) if m else ("", 0)
        while m and self.text[end : end + 1] == "." and credit.split()[-1:] and is_title_word(credit.split()[-1] + "."):
            more = _CREDIT_GOES_ON.match(self.text, end)  # "— Dr. Maryam bint Abdulla Al-Suwaidi"
            credit, end = credit + more.group(0), more.end()
        if m is None or not _credit_line(credit, self.text[end : q.para.end]):
            return None
        ref = parse_speaker_phrase(COMMA.split(credit)[0])
        if ref.ref != "name" or not ref.name:
            return None
        return ref.name, ref.kind, credit.strip()

    @staticmethod
    def _who_called_it(before: str) -> Attribution | None:
        """The subject of a relative clause that ends on "called" right before the quote (see _WHAT_CALLED)."""
        tail = _CALLED_IT.search(before)
        if tail is None:
            return None
        relative = re.search(r",\s*(?:which|that)\s*$", before[: tail.start()])
        if relative:  # "…, according to the weather service, which described the landfall as": the antecedent
            antecedent = parse_speaker_phrase(COMMA.split(before[: relative.start()])[-1])
            named = antecedent.ref == "name" and antecedent.name
            return (antecedent.name, antecedent.kind, before[relative.start() :].strip(" ,:")) if named else None
        for intro in reversed(list(_WHAT_CALLED.finditer(before, max(0, tail.start() - 120), tail.start()))):
            subject = before[intro.end() : tail.start()]
            parts = [p.strip() for p in COMMA.split(subject) if p.strip()] if MASK not in subject else []
            described = re.match(r"(?i:an?|the)\s", intro.group(0))  # (not "in what the union called")
            after_preposition = described and _AFTER_PREPOSITION_WORD.search(before, 0, intro.start())
            if after_preposition or re.match(r"\s*(?:with|at|for|from|of|in|on|by)\s", subject):
                continue  # "Silvina Arrieta, a meteorologist with (the consultancy) MeteoSur, described": she
            for part in reversed(parts[:2]):
                ref = parse_speaker_phrase(part)
                if ref.ref == "name" and ref.name:
                    return ref.name, ref.kind, before[intro.start() :].strip(" ,:")
        return None

    def _inner_speaker(self, q: _Quote) -> Attribution | None:
        """ "X told the Courier that one constituent had written to her to say, '…'": the quote belongs to
        the subject of the reported clause, not to X; so does "… in what the health director, Ana Ruiz, called '…'"."""
        before = self.mtext[q.para.sents[q.sidx][0] : q.seg.open]
        called = self._who_called_it(before)
        if called:
            if called[0] and called[1] == "person":  # "…, Laurent Crovetto, described as “…”" and then "he said"
                self.state.see(Referent(called[0], "person"))
            return called
        what = _WHAT_THE_ROLE_SAID.search(before)
        if what:  # "He still remembers what the pilot who trained him said on his first night transit: “…”"
            holder = self.state.titles.get(what.group(1).lower())
            named = holder is not None and holder.kind == "person" and holder.surface
            return (holder.surface, "person", what.group(0)) if named else (None, "unknown", what.group(0).strip())
        embedded = _REPORTS_THAT.search(before)
        if embedded:  # "The daily X reports that the union's deputy, Hakan Aydın, …, told the paper the strike …"
            named = self._named_in_phrase(_before_relative(embedded.group(1)))
            if named is not None:
                return named.name, "person", embedded.group(0).strip(" ,:")
        m = _INNER_SAY.search(before)
        if m is None:
            return None
        ref = parse_speaker_phrase(m.group(1))
        if ref.ref == "name" and ref.name:
            return ref.name, ref.kind, m.group(0).strip(" ,:")
        if ref.ref == "role":
            return None, "unknown", m.group(0).strip(" ,:")
        return None

    def _read_out(self, q: _Quote) -> Attribution | None:
        """ "“…,” she read.": the words of the document the paragraph before has her read out, its author's ("… by
        reading from a letter sent to the committee by Gareth Llewellyn, …")."""
        cues = _sentence_cues(q) or q.para.cues  # (where _nearest_cue looks)
        # (a reader, not a document: "the post read" is the post's author)
        reads = bool(cues) and all(c.verb.lower() in ("read", "reads") and c.ref.ref != "definite_org" for c in cues)
        return self.intro if reads and self.intro is not None and self.intro[0] else None

    def _nearest_cue(self, q: _Quote) -> Attribution | None:
        """The nearest cue in the quote's sentence, else in its paragraph, unless the quote's own sentence
        is about someone else ("Blue Ridge called the merger “…”" after "Vantor said")."""
        if not q.para.cues:
            return None
        same = _sentence_cues(q)
        who = q.para.subjects.get(q.sidx)
        start = q.para.sents[q.sidx][0]
        unnamed = None if same or q.at_start else _unnamed_before(self.mtext[start : q.seg.open], True)
        if unnamed:  # "A reader in Boedo sent us this: “…”", before "Radio Plata reports …" in the paragraph
            return None, "unknown", unnamed.group(0).strip()
        if not same and who is not None and not q.at_start and who.surface:
            at = self.text.find(who.surface, q.para.sents[q.sidx][0], q.seg.open)
            if at >= 0:
                return who.surface, who.kind, who.surface
            # "The collective is also demanding that “…”": the body the description named, not the last cue's speaker
            definite = re.match(r"\s*The\s+[a-z]+\s", self.text[start : q.seg.open])
            if definite and who.kind == "organization":
                return who.surface, who.kind, definite.group(0).strip()
        if any(c.end <= q.seg.open for c in same) and _NEW_CLAUSE.match(self.text, q.seg.close + 1):
            # "X told reporters that … “…,” and Y said …": the cue after ", and" opens another clause
            same = [c for c in same if c.start < q.seg.close]
        best = min(same or q.para.cues, key=lambda c: max(c.start - q.seg.close, q.seg.open - c.end, 0))
        return best.surface, best.kind, self.text[best.start : best.end]

    def _with_subject(self, q: _Quote) -> Attribution | None:
        """ "…, with the presiding judge calling rhino poaching “…”": the subject of the "with" clause."""
        sent = q.para.sents[q.sidx]
        m = _WITH_SUBJECT.search(self.mtext, sent[0], q.seg.open)
        ref = parse_speaker_phrase(m.group(1)) if m else SpeakerRef("none")
        if m is None or ref.ref not in ("name", "definite_person", "definite_org"):
            return None
        cue = Cue(sent[0], q.seg.open, m.group(2), m.group(1), m.start(1), m.end(1), ref, q.sidx)
        self._resolve(cue, None)
        return (cue.surface, cue.kind, m.group(0).strip(" ,")) if cue.surface else None

    def _quoted_as(self, q: _Quote) -> Attribution | None:
        """ "It quotes Gadzhiyev as saying the city's storm drains were “…”": the one quoted, as the text named them
        (a misspelling too)."""
        sent = q.para.sents[q.sidx]
        m = _QUOTED_AS.search(self.mtext, sent[0], q.seg.open)
        ref = parse_speaker_phrase({"him": "he", "her": "she"}.get(m.group(1), m.group(1))) if m else SpeakerRef("none")
        between = self.mtext[m.end() : q.seg.open] if m else MASK
        # (not "… quoted Putin as saying Moscow would respond, while Zelenskiy said: “…”")
        if m is None or ref.ref not in ("name", "pronoun") or MASK in between or REPORT_VERB_RE.search(between):
            return None
        cue = Cue(sent[0], q.seg.open, "quotes", m.group(1), m.start(1), m.end(1), ref, q.sidx)
        self._resolve(cue, None)
        return (cue.surface, cue.kind, m.group(0)) if cue.surface else None

    def _read_on_its_behalf(self, q: _Quote) -> Attribution | None:
        """ "X, the spokeswoman for a victims' group, the Collectif …, read a statement on its behalf saying that its
        members “…”": the body the sentence named before, not the one who read it."""
        start = q.para.sents[q.sidx][0]
        m = _ON_ITS_BEHALF.search(self.mtext, start, q.seg.open)
        if m is None:
            return None
        bodies = (parse_speaker_phrase(c.group(0)) for c in _CAP_RUN.finditer(self.mtext, start, m.start()))
        body = [r.name for r in bodies if r.ref == "name" and r.kind == "organization" and r.name]
        return (body[-1], "organization", m.group(0).strip()) if body else None

    def _sentence_subject(self, q: _Quote) -> Attribution | None:
        """No speech verb in the paragraph: the person the sentence is about ("Ekwueme, who backed the
        plan, accused colleagues of “…”"), or a pronoun subject just before ("…, she laughed. “…”")."""
        if q.at_start:
            return None
        if _DOCUMENT_LOCATOR.match(self.mtext, q.para.sents[q.sidx][0], q.seg.open):
            return None  # "Page four, paragraph two: “…”" is the document's, not the committee's that holds it
        with_clause = self._with_subject(q) or self._read_on_its_behalf(q)
        if with_clause:
            return with_clause
        who = q.para.subjects.get(q.sidx)
        # a body's own words when it calls something "…" ("The union called the offer “an insult …”")
        named_it = (
            who is not None
            and who.kind == "organization"
            and any(
                p.search(self.mtext, q.para.sents[q.sidx][0], q.seg.open)
                for p in (_CALLED, _FOUND, _STATEMENT_WORD, _TELLING)
            )
        )
        starts = not self.mtext[q.para.sents[q.sidx][0] : q.seg.open].strip()
        if who is None and starts and q.sidx > 0 and not q.para.cues:
            # "In Colón, shipping agent Marisol Chen has clients who …. “A ship waiting at anchor costs …”"
            before = q.para.subjects.get(q.sidx - 1)
            if before is not None and before.kind == "person" and before.surface:
                return before.surface, before.kind, before.surface
        if who is not None and (who.kind == "person" or named_it):
            at = self.text.find(who.surface or "", q.para.sents[q.sidx][0], q.seg.open)
            if at < 0 and "\n" in self.text[q.seg.close : q.para.sents[q.sidx][1]]:
                return None  # "22:48 – ‘I felt the floor lift’\nOur reporter Ana Ruiz …": a heading's quote
            cue = self.text[at : at + len(who.surface or "")] if at >= 0 else who.surface or ""
            return who.surface, who.kind, cue
        start = q.para.sents[q.sidx][0]
        unnamed = _unnamed_before(self.mtext[start : q.seg.open])
        if unnamed:
            return None, "unknown", unnamed.group(0).strip()  # "A labour economist I know put it to me: “…”"
        for k in range(q.sidx, -1, -1):
            a, b = q.para.sents[k]
            clause = _PRONOUN_CLAUSE.search(self.mtext[a : min(b, q.seg.open)].split(MASK)[-1])
            if clause:
                cue = Cue(a, b, "", clause.group(1), a, b, parse_speaker_phrase(clause.group(1)), k)
                self._resolve(cue, None)
                return (cue.surface, cue.kind, clause.group(0).strip(" ,.")) if cue.surface else None
        return None

    def _next_line(self, q: _Quote) -> Attribution | None:
        """A paragraph that is only a quote, with its attribution as the next paragraph ("said Maria Lopez, a
        parent." / "— Ana Ruiz, mayor")."""
        k = q.para.index + 1
        # (a live blog's entry may open on its time: "16:20\n“…”")
        opens = q.at_start or TIMESTAMP.fullmatch(self.text, q.para.start, q.seg.open) is not None
        # (or a lead on its dateline: "MALÉ, Maldives, Wednesday, May 6, 2026 — '…'")
        opens = opens or DATELINE.fullmatch(self.text, q.para.start, q.seg.open) is not None
        if not opens or not q.seg.closed or q.para.cues or k >= len(self.paragraphs):
            return None
        if self.text[q.seg.close + 1 : q.para.end].strip(" \t.,") or self.turns[k] is not None:
            return None
        s, e = self.paragraphs[k]
        response = _RESPONSE_OF.match(self.text, s, e) or _DOCUMENT_WRITTEN_BY.match(self.text, s, e)
        named = full_person_name(response.group(1)) if response else None
        if response and named:  # "That was the response of Hélène Boisson, president of …" (then "she added")
            self.state.see(Referent(named, "person"))
            return named, "person", response.group(0).strip()
        that = _THAT_IS.match(self.text, s, e)
        ref = parse_speaker_phrase(that.group(1)) if that else None
        # (a person by what the apposition makes them: "That is Texas, a state where …" names no one)
        described = (that.group(2) or "").lower().split() if that else []
        person = that is not None and (that.group(3) is not None or any(w in _UNNAMED_PERSONS for w in described))
        if that and ref and ref.ref == "name" and ref.name and ref.kind != "organization" and person:
            # "That's Pappu, a rickshaw driver who would give only his nickname, speaking to Bilal …"
            self.state.see(Referent(ref.name, "person"))
            return ref.name, "person", that.group(0).strip(" ,")
        m = _NEXT_LINE_CREDIT.match(self.text, s, e)
        if m is None or self.text[s : s + 1].isupper():
            return None
        ref = parse_speaker_phrase(m.group(1))
        if ref.ref != "name" or not ref.name:
            return None
        return ref.name, ref.kind, m.group(0).strip()

    def _carried(self, q: _Quote) -> Attribution | None:
        """A quote-only paragraph right after an attributed quote."""
        if self._named_next(q):
            return None
        if q.at_start and self.prev_quote is not None:
            return self.prev_quote[0], self.prev_quote[1], "continuation"
        before = self.mtext[q.para.start : q.seg.open]
        if self.prev_quote is not None and _AND_THEN.fullmatch(before) and not q.para.cues:
            return self.prev_quote[0], self.prev_quote[1], before.strip()  # "And, after a pause: “…”"
        return None

    def _introduced(self, q: _Quote) -> Attribution | None:
        """A quote-only paragraph after a paragraph with no quote that introduced its speaker: the lead
        ("The mayor of Ely, Ana Ruiz, on Tuesday defended …") or a line ending in a colon ("The minister
        posted this on X:")."""
        # (or a paragraph of a turn that is only the words read out: "… asked me to read her note, so I will.")
        opens = q.at_start or q.para.turn is not None and q.seg.open == q.para.start
        if opens and self.intro is not None and not q.para.cues and not self._named_next(q):
            return self.intro
        return None

    def _named_next(self, q: _Quote) -> bool:
        """A quote-only paragraph the next one names the speaker of ("That is Mereana Ngātai, 37, his daughter"): left
        for `_named_after_quotes`."""
        k = q.para.index + 1
        if not q.at_start or q.para.cues or k >= len(self.paragraphs):
            return False
        opens = _that_was(self.text, *self.paragraphs[k])
        return opens is not None and full_person_name(opens.group(1)) is not None

    _RULES: tuple[Callable[[Attributor, _Quote], Attribution | None], ...] = (
        _continued,
        _document,
        _own_statement,
        _nested,
        _dash_credit,  # (before the colon: "Key quote: “…” — volcanologist Rina Pratiwi")
        _colon,
        _headline,
        _inner_speaker,
        _read_out,
        _quoted_as,  # (before the paragraph's nearest cue: "It quotes X as saying … “…”. The paper writes …")
        _nearest_cue,
        _sentence_subject,
        _next_line,
        _carried,
        _introduced,
    )

    def _attribute(self, q: _Quote) -> Attribution:
        for rule in self._RULES:
            found = rule(self, q)
            if found is not None:
                return found
        return None, "unknown", ""

    def _introduction(self, para: _Paragraph) -> Attribution | None:
        """Who a paragraph without quotes hands the next paragraph to, if anyone."""
        frame = self.mtext[para.start : para.end].rstrip()
        named = [c for c in para.cues if c.surface and c.ref.ref != "role"]
        credit = _CREDIT_INTRO.search(frame) if frame.endswith(":") else None
        if credit:  # "Statement from Health Secretary Ana Ruiz:" / "… can be attributed to Jane Doe, CEO:"
            ref = parse_speaker_phrase(COMMA.split(next(filter(None, credit.groups())))[0])
            if ref.ref == "name" and ref.name:
                return ref.name, ref.kind, credit.group(0).rstrip(":")
        read_in = self._document_read_in(para)
        if read_in:
            return read_in
        behalf = (
            _READ_ON_BEHALF.search(frame)
            or _READ_BY_ANOTHER.search(frame)
            or _POSSESSED_READ_BY.search(frame)
            or _READS_ONE_FROM.search(frame)
        )
        if behalf:  # "She then read a short statement on his behalf." / "… on behalf of his mother, Ann Lee,"
            author = self._behalf_of(behalf, para)
            # then '"…," the statement read' is the author's (a letter "written by a year 5 pupil": nobody named)
            self.state.last_statement = Referent(*author[:2]) if author else Referent(None, "role")
            if author is not None:
                return author
        also = _AND_THE_X_NAME.search(frame) if not named else None
        ref = self._named_in_phrase(also.group(1)) if also else None
        if also and ref is not None:  # "…, and the state's environment chief, Dato' X, ordered the factory shut."
            return ref.name, "person", also.group(0).strip(" ,")
        put_to = _PUT_TO.search(frame) if not named else None
        if put_to:
            ref = self._named_in_phrase(put_to.group(1))
            if ref is not None:
                return ref.name, ref.kind, put_to.group(0).strip(" .:")
        # "… the government said on Tuesday. Joana Ferraz, a citrus grower outside Silves, was among …": the
        # person a later sentence, with no cue of its own, ends the paragraph on
        end = len(para.sents) - 1
        last = para.subjects.get(end)
        if end > 0 and last is not None and last.kind == "person" and not any(c.sentence == end for c in para.cues):
            return last.surface, last.kind, last.surface or ""
        if named and (frame.endswith(":") or named[-1].paraphrase):
            # "The minister posted this on X:" / "Ruiz said the plan was late.": the next quote is theirs
            last = named[-1]
            return last.surface, last.kind, self.text[last.start : last.end]
        opens = re.match(r"\s*(He|She)\s", frame)
        if opens and not para.subjects and not named and len(para.sents) <= 3:
            # "He was 29 in 1981, when the library burned. … he speaks slowly." then a paragraph that is only a quote
            ref = self.state.latest_person(("m" if opens.group(1) == "He" else "f", None))
            return (ref.surface, "person", opens.group(1)) if ref is not None and ref.surface else None
        if not para.subjects or named:
            return None
        first = para.subjects[min(para.subjects)]
        if first.kind == "person" and min(para.subjects) == 0 and len(para.sents) <= 2:
            return first.surface, first.kind, first.surface or ""
        return None

    def _read_for_absent(self, frame: str, start: int) -> Attribution | None:
        """Whose words a turn says it will read out for them (`_ASKED_TO_READ`, `_SENT_TO_READ`), if it names them."""
        asked = _ASKED_TO_READ.search(frame)
        names = full_person_names(frame, 0, asked.start()) if asked else []
        at = frame.rfind(names[-1], 0, asked.start()) + len(names[-1]) if names and asked else -1
        # (the one who asked: "from Pani Irena Lis, who … asked me", not "Jan Nowak is here. His wife … asked me")
        if names and asked and _WHO_ASKED.fullmatch(frame, at, asked.start()):
            return names[-1], "person", asked.group(0)
        sent = _SENT_TO_READ.search(frame)
        nouns = [m.group(1) for m in _THE_NOUN.finditer(frame, 0, sent.start())] if sent else []
        body = next(filter(None, (self.resolver.recent_org(n, start) for n in reversed(nouns))), None)
        return (body, "organization", sent.group(0)) if body and sent else None

    def _document_read_in(self, para: _Paragraph) -> Attribution | None:
        """ "… the written submission received on Monday from the Lillö Residents' Association. It reads as follows.":
        the paragraphs after are its sender's (in a transcript turn too)."""
        read_in = _READ_IN.search(self.mtext[para.start : para.end].rstrip())
        ref = parse_speaker_phrase(read_in.group(1)) if read_in else None
        if read_in is None or ref is None or ref.ref != "name" or not ref.name:
            return None
        return ref.name, "organization" if ref.kind != "person" else "person", read_in.group(0)

    def _behalf_of(self, m: re.Match[str], para: _Paragraph) -> Attribution | None:
        """Whose words a statement read on their behalf are: the name the phrase gives, or for "his"/"her" the
        latest person of that gender who is not the reader."""
        if _author_of(m):
            whom = _before_relative(_author_of(m))
            ref = self._author(whom)
            # "a statement from the cooperative's board": the cooperative the text named
            owner = _BODY_OWNS.match(whom) if ref is None else None
            body = self.resolver.recent_org(owner.group(1).lower(), para.start + m.start()) if owner else None
            if body:
                return body, "organization", m.group(0)
            return (ref.name, ref.kind, m.group(0)) if ref is not None else None
        gender = {"his": "m", "her": "f"}.get((m.group("pronoun") or "").lower())
        by = m.groupdict().get("reader")  # ("Her message … was read at the ceremony by Millogo")
        reader = para.subjects.get(max(para.subjects)) if para.subjects and not by else None
        others = [
            person
            for person, _ in reversed(self.state.persons)
            if person.surface
            and (reader is None or person.surface != reader.surface)
            and not (by and name_similarity(person.surface, by))
        ]
        # ("Claire Lefèvre-Kaboré … was unable to travel. Her message …": the one this paragraph is about)
        here = {r.surface for r, p in self.state.persons if p == self.state.pidx} if by else set()
        for person in [r for r in others if r.surface in here] + others:
            if gender is None or self.state.gender_of(person) in (gender, None if person.surface in here else gender):
                return person.surface, "person", m.group(0)
        return None

    @staticmethod
    def _named_in_phrase(phrase: str) -> SpeakerRef | None:
        """The named person a phrase points at: "Professor Huang Shu-fen, a seismologist" or "the mayor, Ana Ruiz"."""
        for part in COMMA.split(phrase)[:2]:
            ref = parse_speaker_phrase(part.strip())
            if ref.ref == "name" and ref.name and ref.kind in ("person", "unknown"):
                return SpeakerRef("name", name=ref.name, kind="person")
        return None

    # --- the article ----------------------------------------------------------------------

    def _turn_item(self, para: _Paragraph) -> QuoteItem | None:
        """A transcript turn as one direct quote by the label's person."""
        turn, text = para.turn, self.text
        span = strip_span(text, turn.start, turn.end) if not turn.joined else None
        if span is None:
            return None
        whole = re.fullmatch(r"[\"“](?P<said>[^\"“”]+)[\"”]", text[span[0] : span[1]])
        if whole:  # "KALUA (recording): “Every district …”": a clip in quotation marks is the same words
            span = (span[0] + whole.start("said"), span[0] + whole.end("said"))
        surface, kind = self._turn_speaker(turn)
        if turn.qa == "Q" and not surface and not turn.credited:
            return None  # nobody named the interviewer: the questions are not quotes
        cue = "continuation" if turn.continued else "Q&A" if turn.qa else text[turn.label[0] : turn.label[1]]
        return QuoteItem(text[span[0] : span[1]], "direct", para.index, *span, cue, surface, kind, span)

    def _turn_speaker(self, turn: Turn) -> OuterSpeaker:
        """Who speaks a turn: its label's person, or the interviewee for an unnamed "A:"."""
        if turn.qa == "A" and self.interviewee is not None and not turn.name:
            return self.interviewee.surface, self.interviewee.kind
        return turn.name, turn.kind

    def _interviewee(self) -> Referent:
        """The person a Q&A is with: of the people introduced before the first question, the one the article
        names most (a translator or critic quoted last in the intro is not the interviewee), else the first named
        (a daughter introduced after her father is not who the piece is about)."""
        # never the one asking, nor a voice with turns of its own ("KENJI ODA (from the office):")
        voiced = {norm(t.name) for t in self.turns if t is not None and t.name and (t.qa == "Q" or not t.qa)}
        people = [r for r, _ in self.state.persons if r.surface and r.kind in ("person", "unknown")]
        people = [r for r in people if norm(r.surface or "") not in voiced]
        people = people or [r for r in self._intro_names() if norm(r.surface or "") not in voiced]
        if not people:
            return self.state.last_person or Referent(None, "unknown")

        first = next((t.label[0] for t in self.turns if t is not None and t.qa), len(self.text))
        named = self._interview_with(first, voiced)
        if named is not None:  # "The interview with Shaheema, conducted in Malé by …, has been edited"
            return named
        g = interviewed_gender(self.text, first)  # ("spoke with her": not her son, who joined partway through)
        people = [r for r in people if self.state.gender_of(r) in (g, None)] or people if g else people
        openers = {p for s, e in self.paragraphs if s < first for p in re.findall(r"\S+", self.text[s : s + 60])[:3]}

        def weight(k: int) -> tuple[bool, int, int]:
            # the one an intro paragraph opens on ("Begoña Ruiz-Ibáñez has spent most of her career …"), then the
            # one named most, by any part of the name: "Park" of "Park Hye-rin"
            words = (people[k].surface or "").split()
            count = max(len(re.findall(r"\b" + re.escape(w) + r"\b", self.text)) for w in words)
            opens = words[-1] in openers and not people[k].surface.isupper()  # (not a masthead: "ADRIATIC REVIEW")
            return opens, count, -k

        return people[max(range(len(people)), key=weight)]

    def _interview_with(self, first: int, voiced: set[str]) -> Referent | None:
        """The person the intro says the interview is with, in full: "The interview with Shaheema" is Aminath
        Shaheema, whom the intro named before."""
        said = _INTERVIEW_WITH.search(self.text, 0, first)
        if said is None:
            return None
        word = said.group("name")
        full = full_person_name(word) or next(
            (n for n in full_person_names(self.text, 0, said.start()) if word in n.split()), None
        )
        return Referent(full, "person") if full and norm(full) not in voiced else None

    def _intro_names(self) -> list[Referent]:
        """Full names the text before the first question gives, when none of them opened a sentence ("… testimony
        from the former auditor, Priya Shah."); never the questioner."""
        first = next((t for t in self.turns if t is not None and t.qa), None)
        askers = {t.name for t in self.turns if t is not None and t.qa == "Q" and t.name}
        found = []
        for m in _CAP_RUN.finditer(self.text, 0, first.label[0] if first else 0):
            ref = parse_speaker_phrase(m.group(0))
            named = ref.ref == "name" and ref.name and ref.kind != "organization" and " " in ref.name
            if named and ref.name not in askers:
                found.append(Referent(ref.name or "", "person"))
        return found

    def _quote_segments(
        self, para: _Paragraph, segs: list[Segment], items: list[QuoteItem]
    ) -> tuple[str | None, str, bool] | None:
        """Attribute the paragraph's quotes; return (surface, kind, left open?) of its last outer quote."""
        text, last = self.text, None
        # (or a turn's unlabelled paragraph, which may re-open a letter the turn is reading)
        untagged = para.turn is None or para.turn.continued or para.turn.joined
        if self.prev_quote is None or not self.prev_quote[2]:
            self._open_unattributed = []
        for n, seg in enumerate(segs):
            a, b = content_span(text, seg)
            sidx = next(i for i, (x, y) in enumerate(para.sents) if x <= seg.open < y or i == len(para.sents) - 1)
            q = _Quote(para, seg, sidx, n == 0 and seg.open == para.start and untagged)
            surface, kind, cue_text = self._attribute(q)
            item = QuoteItem(text[a:b], "direct", para.index, a, b, cue_text, surface, kind, para.sents[sidx])
            items.append(item)
            if not seg.nested:
                opened = self._open_unattributed if q.at_start else []
                if opened and surface is not None:
                    for earlier in opened:  # the quote's paragraphs before its cue are the cue's speaker's
                        earlier.surface, earlier.speaker_kind, earlier.cue = surface, kind, cue_text
                    opened = []
                self._open_unattributed = [*opened, item] if not seg.closed and surface is None else []
                last = (surface, kind, not seg.closed)
                self._outer = (surface, kind)  # the "I" of a quote nested in this one
        return last

    def run(self) -> list[QuoteItem]:
        """Return direct quotes and paraphrases in article order."""
        text = self.text
        para_segs = self._mask()
        self._defined_terms()
        self._apposed_orgs()
        # a namesake the text says is no relation keeps no bare family name beyond their paragraph: "Macleod recalls"
        # after "the harbourmaster Murdo John Macleod (no relation)" is still the Macleod the story is about
        self.state.unrelated |= {gkey(n) for n in unrelated_names(text)}
        items: list[QuoteItem] = []
        for pidx, (ps, pe) in enumerate(self.paragraphs):
            self.state.pidx = pidx
            turn = self.turns[pidx]
            if turn is not None and turn.qa and self.interviewee is None:
                # the person introduced before the questions; names inside the answers do not change it
                self.interviewee = self._interviewee()
            para = _Paragraph(pidx, ps, pe, sentence_spans(self.mtext, text, turn.start if turn else ps, pe), turn=turn)
            self._read_paragraph(para, items)
            if turn is not None:
                item = self._turn_item(para)
                if item is not None:
                    items.append(item)
            clip = turn is not None and turn.clip  # (its quotation marks are the turn's own: no second quote)
            this_para = self._quote_segments(para, [] if clip else para_segs[pidx], items)
            if turn is not None:
                frame = self.mtext[para.start : para.end].rstrip()
                # (a letter the turn reads that runs on into the turn's next paragraph: "‘…\n\n‘We ask …’")
                self.prev_quote = this_para if this_para and this_para[2] else None
                self.intro = self._document_read_in(para) or self._read_for_absent(frame, para.start)
                continue
            attributed = this_para is not None and any(
                i.kind == "direct" and i.paragraph == pidx and i.cue for i in items
            )
            self.prev_quote = this_para if attributed or (this_para and this_para[2]) else None
            self.intro = self._introduction(para) if not para_segs[pidx] else None
        _delayed_identification(items, text, self.paragraphs)
        # (a headline: one of the first lines with no sentence end, "PRESS RELEASE" above it or not)
        heads = {
            k: a
            for k, (a, b) in enumerate(self.paragraphs[:3])
            if "\n" not in text[a:b].strip() and not re.search(r"[.!?][\"”’»\s]*$", text[a:b])
        }
        _pull_quotes(items, text, heads)
        self._interview_headline(items)
        for it in items:
            # "Perkūnas Kaunas" when the text showed "Perkūnas" to be a club
            first = (it.surface or "").split()[:1]
            if it.surface in self.org_hints or first and first[0] in self.org_hints:
                it.speaker_kind = "organization"
        items.sort(key=lambda i: i.start)
        for it in items:  # the article's own marks in the text
            it.text = self.original[it.start : it.end]
        return items

    def _interview_headline(self, items: list[QuoteItem]) -> None:
        """An interview's quoted headline, a paragraph of its own above the first turn ("\"We Will Close Lines
        …\""), is the interviewee's: the voice that answers most, not the one asking."""
        first = next((k for k, t in enumerate(self.turns) if t is not None), None)
        if first is None:
            return
        answers: dict[str, int] = {}
        for t in self.turns:
            if t is not None and t.name and t.kind == "person" and t.qa != "Q":
                body = self.text[t.start : t.end]
                answers[t.name] = answers.get(t.name, 0) + (body.count("?") * 2 < max(body.count("."), 1))
        if not answers:
            return
        interviewee = max(answers, key=lambda n: answers[n])
        for it in items:
            if it.kind != "direct" or it.surface or it.cue or it.paragraph >= first:
                continue
            ps, pe = self.paragraphs[it.paragraph]
            if not self.text[ps : it.start].strip(" \t\"“‘'") and not self.text[it.end : pe].strip(" \t\"”’'.!?"):
                it.surface, it.speaker_kind, it.cue = interviewee, "person", "headline"


def _without_aside(before_verb: str) -> str:
    """ "the Board, in a statement issued before we came on air, said": the subject is before the aside."""
    # "Your colleague Dr Rubén Ocampo, a climate modeller, has said that": the description is not the subject
    # ("Professor Leung Ho-yin, then the Secretary, told this panel")
    before_verb = re.sub(r",\s+(?:an?\s+|the\s+[a-z]|(?:then|now|formerly)\s+the\s+)[^,]{1,60},", " ", before_verb)
    if not before_verb.rstrip().endswith(","):
        return before_verb
    parts = COMMA.split(before_verb.rstrip()[:-1])
    while len(parts) >= 2 and (_OPENING_PLACE.match(parts[-1]) or _SUBORDINATE.match(parts[-1])):
        parts.pop()
    return ",".join(parts) + ", "


# What follows a quote when the next cue starts a clause of its own (", and Mägi said …").
_NEW_CLAUSE = re.compile(r"[,;]?\s*(?:and|but|while|whereas)\s")


def _plural(noun: str) -> bool:
    """ "passengers", "farmers" (not "boss", "genius", "witness")."""
    return re.fullmatch(r"[a-z]+[^siu]s", noun) is not None


def _same_kin(a: str, b: str) -> bool:
    """ "grandfather" and "granddad", "mother" and "mum": one kinship of one gender."""
    return a == b or (a in KIN_KIND and KIN_KIND[a] == KIN_KIND.get(b) and KIN_GENDER.get(a) == KIN_GENDER.get(b))


def _sentence_cues(q: _Quote) -> list[Cue]:
    """The cues of the quote's own sentence."""
    return [c for c in q.para.cues if c.sentence == q.sidx]


def _portfolio_commas(clause: str) -> str:
    """The clause with the commas of a title's portfolio list blanked, so the title and its holder stay one
    subject ("Minister for Climate, Energy and the Environment Seán Ó Dálaigh has been speaking …")."""
    for m in _PORTFOLIO_LIST.finditer(clause):
        if m.group(1).lower() in TITLE_WORDS:
            clause = clause[: m.start()] + m.group(0).replace(",", " ") + clause[m.end() :]
    return clause


# Who a pronoun before a quote inside a quote (or a turn) is.
_QUOTE_PRONOUNS: dict[str, Callable[..., Attribution | None]] = {
    "i": Attributor._the_quoter,
    "we": Attributor._the_quoter,
    "they": Attributor._people_unnamed,
    "it": Attributor._body_named,
    "you": Attributor._the_addressee,
    "he": Attributor._third_person,
    "she": Attributor._third_person,
}


def _family_name_is(full: str, family: str) -> bool:
    words = full.split()
    return len(words) >= 2 and token_match(words[-1], family) > 0


# Words that open a place's name, not a person's: "Kampung Bangau-Bangau", "Lake Tana", "Port Moresby".
_PLACE_HEADS = {"Kampung", "Kampong", "Desa", "Barangay", "Lake", "Mount", "Cape", "Port", "Fort", "Bay", "Gulf"}
# Someone a quote brings in without a name: "There was a grandmother who …", "an old man".
_SOMEONE_UNNAMED = re.compile(r"\b(?i:an?|one)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b")
# The lead's unnamed person ("with a judge telling her she had been “…”"): an indefinite role before the quote.
_LEAD_ROLE = re.compile(r"\b(?i:an?|the)\s+(?:[\w.-]+\s+){0,3}?([a-z][a-z-]+)\b")


# A paragraph opening on a person who speaks: "Johann Pirker, chairman of the X Association, told …", "Bernadette
# McGonigle, who chairs the Y, told the crowd …".
_UNNAMED_LEAD = re.compile(r"\b(?i:an?|one|the)\s+(?:[\w'’.-]+\s+){0,4}?[a-z][a-z-]+\b")
_NAME_OPENS = r"\s*((?:[^\W\d_a-z][\w'’.-]*[ \t]+){1,3}[^\W\d_a-z][\w'’-]*),[ \t]+"
_NAMED_NEXT = re.compile(_NAME_OPENS + r"[^.!?\n]{3,120}?,[ \t]+(?:told|said|says|warned|testified|added)\b")
# Or on the defendant of a court lead, by name and age: "Albert Kalala Mukendi, 56, known to teachers as «Papa Paie»,
# is charged with …"
_NAMED_NEXT_AGED = re.compile(
    _NAME_OPENS + r"\d{1,3},[ \t]+(?:[^.!?\n]{3,120}?,[ \t]+)?"
    # (what a defendant, plaintiff or witness is: not "Mary Wanjiku, 34, was found dead", "Judge X, 61, has ordered")
    r"(?:(?:is|was|has\s+been|had\s+been)\s+(?:charged|accused|suing|the\s+(?:[\w'’-]+\s+){0,2}witness)|faces|"
    r"denies|denied|(?:has\s+|had\s+)?pleaded|stands\s+trial)\b"
)
_TOLD = re.compile(r"\b(?:told|said|says|testified|insisted|denied|admitted|claimed|argued)\b")
_ANOTHER_CALLED = re.compile(
    r"\b(?:the|his|her|their)\s+(?:[\w'’-]+\s+){0,2}(?:called|calling|saying|said|described|termed)\b[^;]*$"
)


def _delayed_identification(items: list[QuoteItem], text: str, paragraphs: list[tuple[int, int]]) -> None:
    """A wire lead that quotes "a judge" and names her lower down ("Judge Ana Ruiz said: …", "Ana Ruiz, the
    judge,"): the lead's quote with no speaker is the person the next three paragraphs give that title; or the one
    the next paragraph opens on, doing the telling ("the head of a forest owners' association told lawmakers …" then
    "Johann Pirker, chairman of the … Association, told the committee …"). Anywhere in the text, first: "said a wiry
    man …" then "The man, X, said" (`_named_next_paragraph`)."""
    _named_later_in_paragraph(items, text, paragraphs)
    if len(paragraphs) < 2:
        return
    _named_after_quotes(items, text, paragraphs)
    _named_next_paragraph(items, text, paragraphs)
    _the_noun_named_after(items, text, paragraphs)
    _named_in_another_entry(items, text, paragraphs)
    _turns_out_to_be(items, text, paragraphs)
    for it in items:
        # the lead: the first paragraph, or the second under a headline
        if it.paragraph > 1 or it.kind != "direct" or it.surface:
            continue
        after = paragraphs[it.paragraph + 1 : it.paragraph + 4]
        below = text[after[0][0] : after[-1][1]] if after else ""
        before = text[it.sentence[0] : it.start]
        name = None
        if not it.cue:
            roles = [m.group(1) for m in _LEAD_ROLE.finditer(before) if m.group(1) in TITLE_WORDS]
            name = _holder(below, roles[-1]) if roles else None
            # "a claim the owner called “…”" and, paragraphs on, "The owner of the estate, María José Sánchez Barroso,"
            said_by = re.search(r"\b(?i:the)\s+([a-z-]+)\s+[a-z]+[ \t]*[“\"‘']?$", before)
            name = name or (_apposed_holder(text[it.end :], said_by.group(1)) if said_by else None)
        opener = None
        if after and _UNNAMED_LEAD.search(f"{it.cue} {before}"):
            opener = _NAMED_NEXT.match(text, after[0][0])
            # (the aged opener only for the lead's own subject telling: not "in a case the judge called “…”")
            if opener is None and (it.cue or _TOLD.search(before)) and not _ANOTHER_CALLED.search(before):
                opener = _NAMED_NEXT_AGED.match(text, after[0][0])
        name = name or (full_person_name(opener.group(1)) if opener else None)
        if name:
            it.surface, it.speaker_kind, it.cue = name, "person", "delayed identification"


# A paragraph opening on a description and the name it gives: "The man, Mustapha El Ouardi, said …".
_THE_NOUN_NAMED = re.compile(
    r"\s*The\s+(?:(young|old|elderly)\s+)?([a-z]+),\s+((?:[^\W\d_a-z][\w'’.-]*\s+){1,3}[^\W\d_a-z][\w'’-]*),"
)


_KIN_IN_PARAGRAPH = re.compile(
    r"\b(?:her|his)\s+(?:[a-z-]+\s+)?(?:daughter|son|mother|father|wife|husband|sister|brother|child|baby|"
    r"grandson|granddaughter|grandmother|grandfather|niece|nephew|aunt|uncle)\b"
)
# The name a paragraph gives someone it has quoted unnamed: "Her name is Selamawit Girma, and she has been …", or a
# sentence opening "She is Maria das Graças Lins, 67", "This is Anne-Gaëlle Le Goff".
_NAME_IS = re.compile(
    r"(?:\b(Her|His)\s+(?:full\s+|real\s+)?name|(?:(?<=[.!?»”\"]\s)|(?<=\n)|\A)(She|He|This))\s+is\s+"
    r"((?:(?:[^\W\d_a-z][\w'’-]*|da|das|de|del|do|dos|van|von|bin)\s+){1,3}[^\W\d_a-z][\w'’-]*)"
)
_NAME_IS_OPENING = re.compile(r"\s*" + _NAME_IS.pattern)  # (a paragraph opening "His name is X.")
# A paragraph opening on a full name and an age: "Sipho Ncube is 74." (the groups as _NAME_IS's: no pronoun)
_NAME_IS_AGED = re.compile(
    r"\s*(?P<pronoun>)(?P<this>)((?:[^\W\d_a-z][\w'’-]*\s+){1,3}[^\W\d_a-z][\w'’-]*)\s+is\s+\d{1,3}[.,]"
)


# A paragraph naming who spoke the quotes before it: "That is Hristo Manolov, an architect …, speaking to our
# reporter.", "Those were the words of X".
_THAT_WAS = re.compile(
    r"\s*(?:(?:That|This)\s+(?:is|was)|(?:Those|These)\s+(?:are|were)\s+the\s+words\s+of)\s+"
    r"((?:(?:[^\W\d_a-z][\w'’-]*|da|das|de|del|do|dos|van|von|bin)\s+){1,3}[^\W\d_a-z][\w'’-]*)"
)


_NO_CUE = ("", "continuation")
# What says the name just given is a place's: "This is Porto Alegre, a city of 1.3 million", "… on its fifth day"
_A_PLACE_AFTER = re.compile(
    r",?\s+(?:an?\s+(?:[\w-]+\s+){0,2}(?:city|town|village|port|country|region|island|district|neighbourhood|"
    r"neighborhood|suburb|valley|capital)\b|on\s+its\b)"
)


def _that_was(text: str, start: int, end: int) -> re.Match[str] | None:
    """ "That is Mereana Ngātai, 37, his daughter": a sentence or paragraph that opens by naming someone (not "This is
    Porto Alegre, a city of …")."""
    opens = _THAT_WAS.match(text, start, end)
    return opens if opens is not None and not _A_PLACE_AFTER.match(text, opens.end()) else None


def _named_after_quotes(items: list[QuoteItem], text: str, paragraphs: list[tuple[int, int]]) -> None:
    """Paragraphs of nothing but a quote, then "That is Hristo Manolov, …": the quotes are his, and those that follow
    in his paragraph with no cue."""
    for pidx in range(1, len(paragraphs)):
        opens = _that_was(text, *paragraphs[pidx])
        name = full_person_name(opens.group(1)) if opens else None
        said = re.search(r"[.!?]", text[opens.end() : paragraphs[pidx][1]]) if name and opens else None
        after = opens.end() + said.end() if said and opens else -1
        for it in items:  # (and the quote right after it: "That was X, …, speaking to local radio. ‘…’")
            unnamed = it.paragraph == pidx and it.kind == "direct" and it.cue in _NO_CUE and not it.surface
            if unnamed and after >= 0 and not re.search(r"\w", text[after : it.start]):
                it.surface, it.speaker_kind = name, "person"
        k = pidx - 1
        while name and k >= 0:
            quoted = [it for it in items if it.paragraph == k and it.kind == "direct" and it.cue in _NO_CUE]
            a, b = paragraphs[k]
            prose = list(text[a:b])
            for it in quoted:
                prose[max(0, it.start - 1 - a) : it.end + 1 - a] = " " * (it.end + 2 - it.start)
            # (a live blog's entry time may open it)
            words = re.sub(r"^\s*\d{1,2}[:.]\d{2}\b", "", "".join(prose))
            if not quoted or any(it.surface for it in quoted) or re.search(r"\w", words):
                break
            for it in quoted:
                it.surface, it.speaker_kind = name, "person"
            k -= 1


def _named_later_in_paragraph(items: list[QuoteItem], text: str, paragraphs: list[tuple[int, int]]) -> None:
    """ "A woman in a green shawl … told Meron it was all she had saved. “…,” she said. Her name is Selamawit Girma":
    the paragraph's unnamed quotes of that gender ("she said", "a woman …", and those that carry on) are hers."""
    for pidx in sorted({it.paragraph for it in items if it.kind == "direct" and not it.surface}):
        named = _NAME_IS.search(text, *paragraphs[pidx])
        if named is None and pidx + 1 < len(paragraphs):  # or the next paragraph opens on it: "His name is X."
            # (or on the name and an age: "Sipho Ncube is 74." after "“…,” he says" of "the old man")
            named = _NAME_IS_OPENING.match(text, *paragraphs[pidx + 1]) or _NAME_IS_AGED.match(
                text, *paragraphs[pidx + 1]
            )
        name = full_person_name(named.group(3)) if named else None
        if named is None or name is None or named.group(2) == "This" and _A_PLACE_AFTER.match(text, named.end()):
            continue
        if named.re is _NAME_IS_AGED and name != named.group(3):
            continue  # ("Governor Maria Santos is 61.": an official, not the one described before)
        a, b = paragraphs[pidx]
        prose = list(text[a:b])  # (outside the quotes: not "“… her father’s boats,” he said")
        for it in items:
            if it.paragraph == pidx and it.kind == "direct":
                prose[it.start - a : it.end - a] = " " * (it.end - it.start)
        if _KIN_IN_PARAGRAPH.search("".join(prose)):
            continue  # ("A mother … with her feverish daughter …. Her name is Amina": the child's, maybe)
        pronoun = named.group(1) or named.group(2)
        women, men = r"she|(?:an?|the)\s.*\b(?:woman|girl|mother)", r"he|(?:an?|the)\s.*\b(?:man|boy)"
        persons = {"Her": women, "She": women, "His": men, "He": men}.get(pronoun, women + "|" + men)
        said = re.compile(r"(?i)^(?:[a-z]+s\s+)?(?:" + persons + r")\b")  # ("she said", "says the woman who …")
        for it in items:
            unnamed = it.paragraph == pidx and it.kind == "direct" and not it.surface
            if unnamed and (said.search(it.cue or "") or it.cue == "continuation"):
                it.surface, it.speaker_kind = name, "person"


def _named_next_paragraph(items: list[QuoteItem], text: str, paragraphs: list[tuple[int, int]]) -> None:
    """ "“…,” said a wiry man in a yellow oilskin who leads the porters." then "The man, Mustapha El Ouardi, said …":
    the quotes of that paragraph given to "a … man" (and those that carry on from them) are the person the next
    paragraph names."""
    for pidx in sorted({it.paragraph for it in items if it.kind == "direct" and not it.surface and it.cue}):
        if pidx + 1 >= len(paragraphs):
            continue
        opens = _THE_NOUN_NAMED.match(text, *paragraphs[pidx + 1])
        name = full_person_name(opens.group(3)) if opens else None
        if opens is None or name is None:
            continue
        role = r"\b(?:a|an|one)\s+(?:[a-z-]+\s+){0,3}" + opens.group(2) + r"\b"
        # (or "The young man, Ardit Prenga, 19, said" after "“…,” the witness said": an age, not an office)
        aged = opens.group(1) and opens.group(2) in ("man", "woman", "boy", "girl")
        unnamed = [it for it in items if it.paragraph == pidx and it.kind == "direct" and not it.surface]
        # (or "she said" when the paragraph before brought in "A woman selling empanadas …, said …")
        # ("A local streamer who posts as …": either, for a noun of no gender the text brought in as the subject)
        gender = _NOUN_GENDER.get(opens.group(2), "" if opens.group(2) in ONLINE_PERSONS else None)
        pronoun = {"f": "she", "m": "he", "": "(?:she|he)"}.get(gender) if gender is not None else None
        before = text[paragraphs[pidx - 1][0] : unnamed[0].start] if pidx and unnamed else ""
        brought = pronoun is not None and re.search(role.replace("(?:a|an|one)", "(?i:a|an|one)"), before) is not None
        she_said = rf"{pronoun} \w+" if brought else None
        said = [
            it
            for it in unnamed
            if re.search(role, it.cue)
            or aged
            and _untitled_the_noun(it.cue)
            or she_said
            and re.fullmatch(she_said, it.cue or "")
        ]
        if said:  # (and the quotes that carry on from theirs)
            for it in said + [it for it in unnamed if it.cue == "continuation"]:
                it.surface, it.speaker_kind = name, "person"


# A sentence opening on one of a group, unnamed: "One of the existing buyers attended the ceremony."
_ONE_OF_THEM = re.compile(
    r"\s*(?i:one|another)\s+of\s+(?:the|its|their|our|his|her)\s+(?:[a-z-]+\s+)?([a-z]+?)s\s+(?:[a-z]+ed|[a-z]+s)\b"
    r"(?P<place>)"
)
# A sentence after the quotes naming the one they were given to: "The buyer, Jean-Baptiste Konaté of Kénédougou Dried
# Fruit, said …"
_THE_NOUN_NAMED_AFTER = re.compile(
    r"(?<=[.!?”\"’»] )The\s+([a-z]+),\s+((?:[^\W\d_a-z][\w'’.-]*\s+){1,3}[^\W\d_a-z][\w'’-]*)(?:,|\s+of\s)"
)


def _the_noun_named_after(items: list[QuoteItem], text: str, paragraphs: list[tuple[int, int]]) -> None:
    """ "One of the existing buyers attended the ceremony. “…,” he said. “…” The buyer, Jean-Baptiste Konaté, said
    …": the paragraph's unnamed quotes after "one of the buyers" / "a buyer" are the one "the buyer" names."""
    for pidx in sorted({it.paragraph for it in items if it.kind == "direct" and not it.surface}):
        a, b = paragraphs[pidx]
        unnamed = [it for it in items if it.paragraph == pidx and it.kind == "direct" and not it.surface]
        named = _THE_NOUN_NAMED_AFTER.search(text, unnamed[-1].end, b)
        name = full_person_name(named.group(2)) if named else None
        if named is None or name is None:
            continue
        noun = named.group(1)
        if not re.search(r"\b(?i:an?|one)\b[^.!?]{0,40}\b" + noun + r"s?\b", text[a : unnamed[0].start]):
            continue
        for it in unnamed:
            if re.match(r"(?:he|she)\b", it.cue or "") or it.cue == "continuation":
                it.surface, it.speaker_kind = name, "person"


# A live blog naming, in one entry, someone another entry quoted unnamed: "We have now learned the name of the woman in
# the grey blanket quoted in our 19:30 entry. She is Hatice Demir, 61, …"
_NAME_LEARNED = re.compile(
    r"\bname\s+of\s+the\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b[^.]{0,80}?\b(?:in|from)\s+(?:our|the|this)\s+"
    r"(\d{1,2}[:.]\d{2})\s+(?:entry|post|update)\.\s+(She|He)\s+is\s+"
    r"((?:[^\W\d_a-z][\w'’-]*\s+){1,3}[^\W\d_a-z][\w'’-]*)"
)


def _named_in_another_entry(items: list[QuoteItem], text: str, paragraphs: list[tuple[int, int]]) -> None:
    """The unnamed quotes of the entry another entry names the speaker of ("… the woman in the grey blanket quoted in
    our 19:30 entry. She is Hatice Demir"): those the entry gave "a woman …" and "she said"."""
    for m in _NAME_LEARNED.finditer(text):
        name = full_person_name(m.group(4))
        at = next((k for k, (a, _) in enumerate(paragraphs) if text.startswith(m.group(2), a)), None)
        if name is None or at is None:
            continue
        a, b = paragraphs[at]
        if not re.search(r"\b(?i:an?|the)\s+(?:[a-z-]+\s+){0,2}" + m.group(1) + r"\b", text[a:b]):
            continue
        pronoun = m.group(3).lower()
        for it in items:
            said = re.match(pronoun + r"\s+\w+$", it.cue or "") or it.cue == "continuation"
            if it.paragraph == at and it.kind == "direct" and not it.surface and said:
                it.surface, it.speaker_kind = name, "person"


# The one a text described, named at last: "The girl with the phone turns out to be Aziza, 16, …"
_TURNS_OUT = re.compile(
    r"\s*\bThe\s+([a-z]+)\b[^.!?\n]{0,40}?\s+(?:turns|turned)\s+out\s+to\s+be\s+"
    r"((?:[^\W\d_a-z][\w'’-]*\s+){0,2}[^\W\d_a-z][\w'’-]*)(?=[,.])"
)


def _turns_out_to_be(items: list[QuoteItem], text: str, paragraphs: list[tuple[int, int]]) -> None:
    """ "“…,” whispers the girl beside me. “…”" and later "The girl with the phone turns out to be Aziza, 16. “…,” she
    says.": the quotes given to "the girl" (and those that carry on from them), and the "she says" of that
    paragraph, are Aziza's."""
    for m in _TURNS_OUT.finditer(text):
        name = m.group(2)
        if parse_speaker_phrase(name).ref != "name" or is_common_word(name):
            continue
        at = next((k for k, (a, b) in enumerate(paragraphs) if a <= m.start() < b), -1)
        pronoun = {"f": "she", "m": "he"}.get(_NOUN_GENDER.get(m.group(1), ""), "")
        described = False
        for it in items:
            if it.kind != "direct" or it.surface:
                described = False
                continue
            cue = it.cue or ""
            said_by = re.search(r"\bthe\s+" + m.group(1) + r"\b(?!['’]s)", cue)  # (not "the girl's mother said")
            described = bool(said_by) or described and cue == "continuation"
            here = it.paragraph == at and pronoun and re.match(pronoun + r"\s+\w+$", cue)
            if described or here:
                it.surface, it.speaker_kind = name, "person"


def _untitled_the_noun(cue: str) -> bool:
    """ "the witness said" (not "the judge said": an office the text gives someone)."""
    m = re.fullmatch(r"the (\w+) \w+", cue)
    return m is not None and m.group(1).lower() not in TITLE_WORDS


def _apposed_holder(text: str, noun: str) -> str | None:
    """The one person `text` gives `noun` in an apposition ("The owner of the estate, María José Sánchez Barroso,",
    "Ana Ruiz, the estate's owner,"), when that person has a full name."""
    name = r"((?:[^\W\d_a-z][\w'’.-]*\s+){1,4}[^\W\d_a-z][\w'’-]*)"
    found = re.findall(
        r"(?<!for )(?<!of )(?<!to )(?<!by )(?<!at )(?<!in )(?<!on )"  # (not "Counsel for the state, Y,")
        r"\b(?i:the)\s+(?:[a-z-]+\s+)?"
        + noun
        + r"(?:\s+of\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})?,\s+"
        + name
        + ","
        r"|" + name + r",\s+the\s+(?:[\w'’-]+\s+){0,2}" + noun + r"\b[,.]",
        text,
    )
    names = {r.name for r in (parse_speaker_phrase(a or b) for a, b in found) if r.ref == "name" and r.name}
    names = {n for n in names if full_person_name(n)}
    return names.pop() if len(names) == 1 else None


def _holder(text: str, title: str) -> str | None:
    """The one person `text` gives `title`: "Judge Ana Ruiz" or "Ana Ruiz, the judge"."""
    found = re.findall(
        r"\b" + title.capitalize() + r"\s+((?:[^\W\d_a-z][\w'’.-]*\s+){0,3}[^\W\d_a-z][\w'’-]*)"
        r"|((?:[^\W\d_a-z][\w'’.-]*\s+){1,3}[^\W\d_a-z][\w'’-]*),\s+the\s+(?:[a-z-]+\s+){0,2}" + title + r"\b",
        text,
    )
    names = {r.name for r in (parse_speaker_phrase(a or b) for a, b in found) if r.ref == "name" and r.name}
    names = {n for n in names if not any(n != m and n.split()[-1] == m.split()[-1] for m in names if " " in m)}
    return names.pop() if len(names) == 1 and " " in next(iter(names)) else None


_TIME_WORD = re.compile(
    r"(?i)\b(?:morning|afternoon|evening|night|day|midday|noon|midnight|nightfall|dusk|sunset|sunrise|lunchtime|week|month|year|decade|century|spring|summer|autumn|winter|dawn|dusk|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d"
)


_PLACE_DESCRIPTION = re.compile(r"\s*(?i:the|an?)\s+[a-z][\w-]*(?:\s+[\w’'-]+)*\s*$")
_NAME_FIRST = re.compile(r"\s*(?:[^\W\d_a-z][\w'’-]+[ \t]+){1,3}[^\W\d_a-z][\w'’-]+[ \t]+[a-z]")


# A second place after the opening one: "Across the valley, in one of the few Romanian-speaking villages, X keeps …"
_SECOND_PLACE = re.compile(r"\s*(?:in|at|on|inside|outside)\s+(?:an?|the|one\s+of)\s")


def _full_name_opens(part: str) -> bool:
    lead = re.match(r"\s*((?:[^\W\d_a-z][\w'’.-]*\s+" + _PARTICLES + r")+)", part)  # ("Lucía del Solar can see")
    return lead is not None and full_person_name(lead.group(1).strip()) is not None


def _participle_noun(part: str) -> bool:
    m = _PARTICIPLE_NOUN.match(part)
    return m is not None and is_common_word(m.group(1).lower())


def _skip_opening(parts: list[str]) -> list[str]:
    """A sentence's comma parts from its subject on: "Asked by X whether …, Mr Pritchard-Jones paused" and "Asked
    about the penalty, when X went down, the coach smiled" (a subordinate clause after the opening phrase)."""
    # "On the afternoon of May 14": a time phrase may run longer than a place
    # (or a longer place when a name follows: "At a Catholic school on the edge of Antalaha, Sister Odile …")
    # (or a described one: "At the bar on the piazza, a 26-year-old barman …")
    # (or a title in lower case before a full name: "At the Chaika cafe on the seafront, owner Iryna Bondarenko was")
    named = (
        r"\s*(?:[^\W\d_a-z][\w'’.-]*\s+" + _PARTICLES + r"[^\W\d_a-z]|(?:an?|the)\s"
        r"|[a-z]+\s+[^\W\d_a-z][\w'’.-]*\s+[^\W\d_a-z][\w'’-]+\s+[a-z])"
    )
    # (or after a second place: "In a workshop no wider than a car, in the lanes behind the fort, Salim bin Hamad …")
    second = len(parts) >= 3 and _SECOND_PLACE.match(parts[1]) is not None and _full_name_opens(parts[2])
    named_next = len(parts) >= 2 and re.match(named, parts[1]) is not None or second
    # (a full name after it lets a scene run longer: "In a workshop behind a shuttered rice shop in the Tsuboya
    # district of Naha, Higa Kenshin holds …")
    full_name = named_next and (second or _full_name_opens(parts[1]))
    longest = 16 if full_name else 12 if named_next else 10 if _TIME_WORD.search(parts[0]) else 5
    short = bool(parts) and len(parts[0].split()) <= longest
    if len(parts) >= 2 and (
        _OPENING_CLAUSE.match(parts[0])
        or _OPENING_PARTICIPLE.match(parts[0])
        and len(parts[0].split()) <= 8
        or _participle_noun(parts[0])
        or _OPENING_ADVERB.fullmatch(parts[0])
        or _OPENING_PLACE.match(parts[0])
        and short
        or _OPENING_SUBCLAUSE.match(parts[0])
        and len(parts[0].split()) <= 12
    ):
        parts = parts[1:]
        # "…, with the parade three weeks away, Néstor Olivera is bent over …": an absolute phrase too
        # (or a second place: "Two blocks away, in a garage with no door, Rigoberto Fuentes is bent over …")
        while len(parts) >= 2 and (
            _SUBORDINATE.match(parts[0])
            or _ABSOLUTE.match(parts[0])
            or _SECOND_PLACE.match(parts[0])
            and len(parts[0].split()) <= (12 if _full_name_opens(parts[1]) else 7)
            or _DISTANCE_AWAY.match(parts[0])
            and len(parts[0].split()) <= 9
            # (the opening's apposition: "Asked by the presiding judge, Hana Kratochvílová, whether …, Dvořáková")
            or len(parts) >= 3
            and re.match(r"\s*(?:whether|why|what|how|if)\b", parts[1]) is not None
            and full_person_name(parts[0].strip()) is not None
        ):
            parts = parts[1:]
        # "At dawn in Guet Ndar, the fishing quarter that crowds the spit, Abdoulaye Guèye walks …": the place's
        # description is no subject
        if len(parts) >= 2 and _PLACE_DESCRIPTION.match(parts[0]) and _NAME_FIRST.match(parts[1]):
            parts = parts[1:]
    return parts


def _pull_quotes(items: list[QuoteItem], text: str = "", headlines: dict[int, int] | None = None) -> None:
    """A quote with no speaker that repeats part of an attributed quote (a live-blog heading, a
    pull quote: "16:05 - ‘These two are my real win’", a key point: "• Pozzuoli's mayor says: “…”") is that
    speaker's: with no cue at all from three words, under an unnamed one from five. A headline's quote of five words
    or more (`headlines`: paragraph index -> start) is its words' speaker in the body even when it had a speaker,
    unless the headline names who says it."""
    headlines = headlines or {}

    def key(t: str) -> str:
        return " ".join(re.findall(r"\w+", t.lower()))

    said = [i for i in items if i.kind == "direct" and i.surface and i.cue]
    nested = _nested_in(items)
    for it in items:
        words = key(it.text)
        # (a headline's quote is the words' speaker in the body, not the headline's subject: "Los Altos Weavers
        # Cooperative signs first direct export deal: «We are no longer selling our patience by the metre»"; not
        # "Mayor Lina Park: “…”", a headline that names who says it)
        head = text[headlines[it.paragraph] : it.start].strip(" \t:“”\"‘’'«»„‚") if it.paragraph in headlines else ""
        named = bool(head) and parse_speaker_phrase(head).ref == "name" and len(head.split()) <= 5
        headline = it.paragraph in headlines and not named and it.kind == "direct" and len(words.split()) >= 5
        if it.kind != "direct" or it.surface and not headline or len(words.split()) < (5 if it.cue else 3):
            continue
        # words a body quote quotes ("My grandmother always told us, ‘Kapana floods first …’") are the inner speaker's
        inner = next((i for i in nested if i is not it and words in key(i.text)), None)
        if inner is not None and inner.paragraph != it.paragraph:
            it.surface, it.speaker_kind, it.cue = inner.surface, inner.speaker_kind, "repeated"
            continue
        # a quote lying inside the other (one a witness's turn reports) is nested speech, not a repeat
        source = next(
            (i for i in said if i is not it and words in key(i.text) and not i.start <= it.start < i.end),
            None,
        )
        if source is not None and (not it.surface or source.paragraph != it.paragraph):
            it.surface, it.speaker_kind, it.cue = source.surface, source.speaker_kind, "repeated"


def _nested_in(items: list[QuoteItem]) -> list[QuoteItem]:
    """The direct quotes that lie inside another."""
    direct = [i for i in items if i.kind == "direct"]
    return [i for i in direct if any(o is not i and o.start <= i.start and i.end <= o.end for o in direct)]


def extract_quotes(text: str) -> list[QuoteItem]:
    """Direct quotes and paraphrases with speaker surface forms (unclustered)."""
    return Attributor(text).run()


__all__ = ["Attributor", "QuoteItem", "extract_quotes", "is_scare_quote", "split_paragraphs", "strip_span"]
