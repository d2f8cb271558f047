"""Speaker phrase parsing, name normalisation, clustering and resolution.

Everything here is heuristic and dictionary-light on purpose: wire copy
introduces people as "[Org] [title] First Last" and afterwards uses the
surname, so a handful of word lists gets most of the way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pycountry
from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, Levenshtein
from unidecode import unidecode

from sources.normalize import skeleton, translit_key


def _wordset(words: str) -> set[str]:
    """Word list literal: comma-separated if it contains commas, else whitespace-separated."""
    parts = words.split(",") if "," in words else words.split()
    return {" ".join(p.split()) for p in parts if p.strip()}


# Words that precede a name and are not part of it ("Foreign Minister X").
TITLE_WORDS = _wordset(
    """
    president hon. minister secretary secretary-general senator sen. rep. representative gov. governor mayor
    dr. dr mr. mr mrs. mrs ms. ms maître maitre me mme mlle monsieur herr frau señor señora sr. sra. doña
    signor signora prof. professor general gen. col. colonel lt. captain capt. sgt.
    chancellor king queen prince princess pope ambassador envoy chairman chairwoman chair chairperson
    ceo cfo chief executive director judge justice commissioner spokesman spokeswoman spokesperson
    deputy speaker leader sheikh emir rev. bishop coach manager officer inspector attorney lawmaker
    founder striker defender midfielder goalkeeper analyst economist strategist engineer nurse doctor
    lawyer editor correspondent commander admiral premier president-elect sir lord lady dame chair-elect
    prosecutor member madam madame sheriff constable superintendent detective sergeant marshal coroner
    magistrate baron baroness councilmember councilman councilwoman councillor councilor alderman alderwoman reeve
    congressman congresswoman assemblyman assemblymember ranking democrat republican
    assemblywoman chef novelist architect author poet artist actor actress designer anchor host presenter
    reporter moderator head administrator evacuee survivor volunteer shopkeeper villager homeowner retiree
    commuter motorist pensioner cllr cllr.
    imam rabbi pastor reverend mufti ustaz alhaji alhaja hajiya ratu datuk dato dato' dato’ tun ato weyzero woizero
    w/ro w/rt weyzerit
    maj. insp. supt. cmdr. adm. eng. engr. atty. amb. assoc. asst. fr. priest vicar chaplain sister wzro dasho gup
    aunty auntie lyonpo
    kgosi rra mma alcalde alcaldesa daw mzee shri shrimati smt. ibu bapak phra maha khun engr hajji hajja padre sra sr
    vice-minister vice-president deputy-minister worship ya honourable honorable amayi abambo headman atë toshao
    hadj el-hadj elhadj kapitein enfermeira soba ustod ustad mevrouw meneer
    awang dayang pengiran pehin haji hajah hjh hjh. hj hj. hajj hajjah puan cik encik datin togbui togbe mallam sheikha
    make babe
    diputado diputada dip. lic. licenciado licenciada dra. arq. unimwane umushingantahe mama brother delegate
    ingeniero ingeniera arquitecto arquitecta
    mzé mze bwana mwalimu fundi ndugu mheshimiwa ustadh ustaadh hadja hadjia iroij irooj leroij alap excellency
    xildhibaan mudane marwo gudoomiye wasiir mokonzi ustaza ustadha ustaaza suor suora madre monsignor monsignore
    malam lung aling mang kap barba u sayadaw pani barrister nha nhô manang manong obbo aadde ramatoa andriamatoa
    ostad khanom khanum agha aqa landrat landrätin bürgermeister bürgermeisterin oberbürgermeister
    oberbürgermeisterin staatsminister staatsministerin kapitan kagawad sifu
    tuai rumah penghulu pemanca temenggong teungku tgk. pak bu mbah sardar sardarni regent bupati camat
    assessore assessora consigliere sindaco sindaca
    ing. mag. dipl.-ing. dkfm. mmag. univ.-prof. mgr. mgr bc. phdr. rndr. judr. mudr. doc. arch. avv. dott. dott.ssa
    frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman scotswoman welshman
    welshwoman dutchman dutchwoman briton spaniard dane finn
    forward winger playmaker keeper full-back fullback centre-back center-back flanker hooker fly-half
    scrum-half number-eight quarterback linebacker pitcher shortstop goaltender goalie wicketkeeper bowler
    ranger inkosi nkosi induna morena oba igwe ooni kabaka
    batono kalbatono kalbatoni paron tikin bambo h.e. whaea
    """
)
# Honorifics said with a person's given name, not the family name: "Ato Bekele" (Bekele Tessema), "W/ro Tigist",
# "Khun Pranee", "Pak Budi", "Mang Ernesto", the Georgian "Batono Zurab". (Not "Ba", "Bi", "Bana" or "Agogo": they
# are also names, "Amadou Ba", "Bi Feiyu", "Bana Alabed", "Junior Agogo".)
GIVEN_NAME_HONORIFICS = frozenset(
    (
        "ato w/ro w/rt wzro weyzero weyzerit woizero khun daw pak bapak bu ibu mang aling barba obbo aadde manang "
        "manong batono kalbatono kalbatoni"
    ).split()
)
# A kunya names a parent after a child: "Abu Karim" (father of Karim), "Umm Yassin" (mother of Yassin).
KUNYA = frozenset({"abu", "abou", "umm", "oum"})
# Jobs the WordNet list of ROLE_NOUNS leaves out for a capitalised namesake ("Hunter", "Cook", "Farmer"): "dairy
# farmer Anders Kofoed".
NAMESAKE_JOBS = frozenset(
    _wordset(
        """
        hunter ranger porter cook barber herder farmer cooper mason miller carter chandler thatcher fletcher
        butler smith goldsmith turner skinner shearer forester fowler sexton usher stoker seaman singer
        """
    )
)
# Nouns for people (WordNet 3.0 noun.person, one-word lower-case lemmas that are never a capitalised
# lemma, so no given names: "forecaster", "regent"). Before a first and last name they are a title
# however rare ("Forecaster Liam Gavigan"); see data/README.md for how the list was made.
# (and NAMESAKE_JOBS)
ROLE_NOUNS = (
    frozenset((Path(__file__).parent / "data" / "role_nouns.txt").read_text(encoding="utf-8").split()) | NAMESAKE_JOBS
)
# Lower-case English nouns and adjectives (WordNet 3.0) that are no person's name: the words of a portfolio
# ("Climate, Energy and the Environment"), never of the holder's name ("Seán Ó Dálaigh").
COMMON_WORDS = frozenset((Path(__file__).parent / "data" / "common_words.txt").read_text(encoding="utf-8").split())
# Given names almost always given to one gender ("patricia": f, "hector": m); see data/README.md for the source.
GIVEN_NAME_GENDER = dict(
    line.split("\t") for line in (Path(__file__).parent / "data" / "given_names.tsv").read_text("utf-8").splitlines()
)
# A shared office or part is a title too: "Co-author Lena Vos", "the co-founder", "co-chair".
TITLE_WORDS |= {"co-" + w for w in TITLE_WORDS if w.isalpha()}
# Letters after a name that are not part of it ("Callum Baird MSP"); before a name they are a title
# ("Highlands and Islands MSP Mairead NicLeòid").
POSTNOMINALS = {
    *("msp", "mp", "mep", "mla", "ms", "td", "qc", "kc", "obe", "mbe", "cbe", "am", "mpp"),
    *("sc", "san", "jp", "mlc", "mna", "kbe", "dbe", "frs"),  # Senior Counsel, Senior Advocate of Nigeria, ...
}
# Documents that speak for whoever issued them ("a statement from the ministry").
_DOCUMENTS = {"statement", "release", "memo", "letter", "report", "post", "filing", "notice", "communique"}
# Documents among GENERIC_ORG_REFS: "the statement read" speaks for its author, a bare "statement" is no body.
DOCUMENT_REFS = {"post", "update", "statement", "report", "release", "letter", "message", "affidavit"}
DOCUMENT_REFS |= {"audit", "study", "survey"}  # ("The audit said" after "A forensic audit by X found")
# Subordinators that can open a cue's subject ("where he told MSPs").
_SUBORDINATORS = {"where", "when", "while", "as", "because", "after", "before", "since", "although", "though"}
# Lower-case particles allowed inside a name ("Mohammed bin Salman").
PARTICLES = _wordset(
    """
    bin bint binti binte bte ibn al el de des da del della der den van von di du dos das la las los le ben abu y st.
    anak ak i
    't ’t ter ten zu do
    á í við úr undir av af degli dei delle dello dela delos
    viuda vda.
    """
)
# A Malaysian Indian name's "daughter of"/"son of" before the father's name: "Kavitha a/p Muniandy".
INDIAN_PATRONYMIC = frozenset("a/p a/l s/o d/o".split())
PARTICLES |= INDIAN_PATRONYMIC
# Turkic patronymics, written after the father's name as part of a person's name: Kyrgyz "uulu" (son of) and "kyzy"
# (daughter of), Azerbaijani "oğlu" and "qızı", Kazakh "uly" and "qyzy".
TURKIC_PATRONYMIC = frozenset("uulu kyzy oğlu oglu qızı qizi gizi uly qyzy".split())
PARTICLES |= TURKIC_PATRONYMIC
# Connectors allowed inside organisation names ("Ministry of Public Health", "Reef to Ridge Fiji").
# (also in the languages names keep: "Fonds … pour l'Accès à l'Énergie", "Ministère de l'Économie et des Finances")
ORG_CONNECTORS = {"of", "and", "for", "&", "on", "para", "pour", "à", "au", "aux", "et", "für", "to"}
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Capitalised words that are not names (sentence-initial words, calendar).
STOP_CAPS = _wordset(
    """
    the a an one two three four five some many several most all both each other another this that these
    those when while after before since asked according in on at as but and or if speaking meanwhile quote unquote
    hi hello hey mostly mainly largely partly chiefly six seven eight nine ten eleven twelve twenty thirty forty
    fifty sixty seventy eighty ninety hundred
    however also still yet for with he she they it we i his her their its our my your
    january february march april may june july august september october november december last
    next earlier later today yesterday tomorrow former new officials residents
    analysts experts critics sources by i'm i've i'd i'll it's we're we've let's here's there's that's born about
    release then now instead there thus again finally afterwards nonetheless nevertheless already indeed moreover
    furthermore separately elsewhere overall eventually can could would should shall must might do does did is are
    was were has have had under outside inside what where why how whatever every during among amongst beside
    alongside behind beyond across throughout around along near
    """
)
STOP_CAPS |= _WEEKDAYS
STOP_CAPS |= {w.replace("'", "’") for w in STOP_CAPS}  # "I’m told" as "I'm told"
# Unnamed speaker roles: never resolved to a previously named person.
ROLE_WORDS = _wordset(
    """
    spokesman spokeswoman spokesperson spokespeople official officials source sources aide aides
    diplomat diplomats analyst analysts resident residents witness witnesses person people captain
    worker workers employee employees member members officer officers representative representatives
    someone expert experts lawmaker lawmakers economists economist authorities investigators police
    critics observers them insider insiders executive executives activists activist protesters doctors
    scientists researchers organizers organisers negotiators mediators commentators staff growers
    farmers voters shoppers parents teachers students fans supporters opponents traders investors nurses
    patients survivors families locals villagers citizens users customers passengers owners relative relatives
    cousin cousins
    """
)
# Unnamed roles that speak for the organisation after "for/of/at" ("a spokeswoman for the Kremlin",
# "officials at the ministry"); "residents of Orchard Park" do not.
SPEAKS_FOR = _wordset(
    """
    spokesman spokeswoman spokesperson spokespeople official officials source sources aide aides
    representative representatives executive executives insider insiders diplomat diplomats member members
    officer officers employee employees staff analyst analysts economist economists investigators
    """
)
# Head nouns that make a capitalised run an organisation.
ORG_WORDS = _wordset(
    """
    front syndicate inspectorate sakit rescue fleet casa
    ministry office agency council party department commission committee bank court parliament union
    association institute foundation organization organisation group company corporation corp. corp inc.
    inc ltd. ltd llc plc authority service bureau federation university fund board administration
    assembly cabinet government police army press forces navy coalition alliance secretariat directorate
    tribunal senate congress kremlin pentagon embassy consulate club league network systems holdings
    airlines motors technologies labs news times post journal confederation deportivo atlético atletico
    athletic fc cf afc hall rovers wanderers energy foods pharmaceuticals industries solutions logistics airways
    railways rail telecom petroleum mining ventures insurance therapeutics robotics utilities international
    programme program initiative trust society centre center watch movement frontières frontieres
    province prefecture municipality editions publishing publishers books records studios productions pictures
    forum network collective brigade radio tv television channel canal media broadcasting partners orchestra
    laboratory observatory museum academy college consortium unit
    philharmonic symphony philharmonia ensemble choir chorus opera theatre theater
    transportes transporte transportes grupo compañía compania companhia compagnie empresa empresas industrias
    exportadora importadora comercializadora distribuidora distribuție distributie distribución distribuzione
    servicios constructora inversiones sociedad cooperativa asociación asociacion fundación fundacion instituto
    universidad universidade banco société societe groupe gruppo società societa banca stiftung verein gesellschaft
    gmbh s.a. s.a.s. ltda ltda. sarl s.p.a. spa a.s. a/s oyj b.v. n.v. bv nv pty pty. s.l. s.r.l. srl k.k. kk
    stichting vereniging fundacja stowarzyszenie stiftelse fondation fundação associação verband genossenschaft
    banque institut istituto ministère ministere ministerio ministero ministério ministerium agence agencia agenzia
    université universite università universität universitet fédération federación federazione syndicat sindicato
    pt tbk ab oy asa ag sdn bhd berhad taskforce force chamber
    colectivo coletivo collectif kollektiv collettivo plataforma plateforme coordinadora conference
    engineering construction contractors consulting consultants circle guild fonds fondo fundo
    laboratorio laboratório laboratoire fondazione associazione sindacato consorcio consorzio coopérative
    hotel hotels resort resorts cooperative co-operative co-op lines shipping freight ferries foundry fonderia
    caseificio cantina bodega brewery distillery tabacalera hermanos hnos. hijos irmãos fratelli frères gebrüder
    """
)
# Legal forms: a name with one is a company's ("PT Sulawesi Prima Nikel", "Lillöfärjan AB").
LEGAL_FORMS = frozenset(
    """
    inc inc. ltd ltd. llc plc corp corp. gmbh ag sa s.a. nv n.v. bv b.v. ab oy oyj asa pt tbk spa s.p.a. srl s.r.l.
    pty pty. k.k. kk sarl ltda ltda. a/s sdn bhd berhad sia uab oü aps d.o.o. s.r.o. a.s. kft. zrt. s.l. sas e.v. kg
    llp ooo
    """.split()
)
# Legal forms that are also English words, so only in capitals after a name: "Isfjord Villmark AS", "Nordic Ore SE".
LEGAL_FORMS_IN_CAPITALS = frozenset({"AS", "SE", "AD", "SL", "LP"})
# A legal form written with a slash, one token of a name: "Østersø Elnet A/S" (not "and/or").
SLASH_LEGAL_FORM = r"[A-Z]/[A-Z]{1,2}(?![\w/])"
# The same head noun in the languages organisations keep their names in: "the bank" after "Banque Carthage …"; and
# what a name shows of a generic noun: "the utility" after "Belize Coastal Power Company".
ORG_HEAD_FORMS: dict[str, frozenset[str]] = {
    english: frozenset(forms.split())
    for english, forms in {
        "bank": "banque banco banca",
        "ministry": "ministère ministere ministerio ministero ministério ministerium",
        "institute": "institut instituto istituto",
        "university": "université universite universidad universidade università universität universitet",
        "company": "compagnie compañía compania companhia empresa société societe società exportadora importadora "
        "comercializadora distribuidora",
        "agency": "agence agencia agenzia agentur",
        "foundation": "fondation fundación fundacion fundação stiftung stiftelse stichting fundacja fondazione",
        "association": "asociación asociacion associação verein vereniging stowarzyszenie associazione",
        "federation": "fédération federación federazione",
        "group": "groupe grupo gruppo",
        "union": "syndicat sindicato",
        "cooperative": "cooperativa coopérative cooperative coop co-op cooperatief genossenschaft spółdzielnia",
        "council": "conseil consejo consiglio conselho",
        "chamber": "chambre cámara camara camera câmara kammer",
        "utility": "power electricity electric energy water gas utilities",
        "broadcaster": "radio television tv broadcasting",
        "insurer": "insurance assurance",
        "airline": "airways airlines air",
        "miner": "mining mines minerals",
    }.items()
}
KNOWN_ORGS = _wordset(
    """
    kremlin, white house, pentagon, nato, un, united nations, eu, european union, downing street,
    elysee, taliban, hamas, hezbollah, who, imf, opec, opec+, world bank, state department, european
    commission, interpol, red cross, unicef, unhcr
    """
)
# Definite descriptions referring back to an organisation speaker.
GENERIC_ORG_REFS = _wordset(
    """
    company firm statement group organisation organization agency ministry government bank department
    office club union party report release filing court council body panel authority association
    federation confederation commission alliance province prefecture municipality publisher broadcaster station
    post update charity campaign nonprofit lobby airline carrier league institute regulator insurer retailer
    manufacturer watchdog lender board utility operator forum foundation society trust committee paper newspaper
    daily weekly tabloid magazine network chamber initiative coalition cooperative directorate fund observatory
    taskforce consortium corporation centre center letter message affidavit movement front collective syndicate
    guild bureau secretariat inspectorate tribunal hotel resort laboratory lab unit partnership business
    """
)
GENERIC_ORG_REFS |= DOCUMENT_REFS  # (every document reference is one: "the audit said")
# Definite descriptions referring back to a person ("the Ukrainian leader").
PERSON_REFS = _wordset(
    """
    leader president minister chancellor premier senator governor mayor envoy ambassador judge manager
    coach chief secretary diplomat king prince queen general commander ceo founder chairman chairwoman
    swede lawyer prosecutor
    """
)
PRONOUNS = {"he": "person", "she": "person", "they": "any", "it": "organization"}
# Countries/capitals used as speakers ("Moscow said") behave like organisations.
PLACES = _wordset(
    """
    russia, moscow, ukraine, kyiv, china, beijing, washington, iran, tehran, israel, jerusalem, london,
    britain, paris, france, berlin, germany, tokyo, japan, india, new delhi, turkey, ankara, kabul,
    afghanistan, pakistan, islamabad, brussels, riyadh, saudi arabia, qatar, doha, cairo, egypt, seoul,
    pyongyang, taipei, taiwan, madrid, spain, rome, italy, ottawa, canada, mexico, brasilia, brazil
    """
)

_TOKEN_RE = re.compile(r"[^\s]+")
_POSSESSIVE_RE = re.compile(r"['’]s?$")


@dataclass
class KnownSpeaker:
    """A speaker already known to the caller (e.g. a Django Speaker row)."""

    id: int | str
    name: str
    aliases: list[str] = field(default_factory=list)


@dataclass
class SpeakerRef:
    """What a subject phrase refers to.

    ``ref`` is one of: "name" (a named person/org/unknown), "pronoun",
    "role" (an unnamed speaker, maybe with an organisation), "definite_role"
    ("the spokesman"), "definite_org" ("the company"), "definite_person"
    ("the Ukrainian leader"), "relative" ("who") or "none".
    """

    ref: str
    name: str | None = None
    kind: str = "unknown"
    role: str | None = None
    pronoun: str | None = None


def norm(text: str) -> str:
    """Case/accent-insensitive key: 'José Martínez' -> 'jose martinez'."""
    # (unidecode writes ’ and ʼ as "'" and the Hawaiian ʻokina as "`": one apostrophe, "Kaʻaihue" ~ "Ka'aihue")
    text = unidecode(text).lower().replace("`", "'")
    text = re.sub(r"[^\w\s'-]", " ", text)
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()


def _clean(tok: str) -> str:
    return tok.strip(',;:()[]"“”‘')


# A surname that opens with a joined lower-case particle: al-Khatib, el-Sisi, d'Amato, ibn-Rushd.
_JOINED_PARTICLE = re.compile(
    r"(?:al|el|ad|an|ar|as|ash|at|az|ad-d|bin|ibn|abu|d|l|da|de|di|du|dell|van|von)[-'’][^\W\d_a-z]"
)


def _is_cap(tok: str) -> bool:
    t = tok.lstrip("'‘’\"“ʻ")  # (and the ʻokina of Tongan and Hawaiian names: "ʻOfa")
    return bool(t) and (t[0].isupper() or t[0].isdigit() and t.endswith("th") or bool(_JOINED_PARTICLE.match(t)))


def _is_acronym(tok: str) -> bool:
    t = tok.rstrip("'’s").replace(".", "")
    return len(t) >= 2 and t.isupper() and t.isalpha()


def _is_poss(tok: str) -> bool:
    return len(tok) > 2 and re.search(r"['’]s$|s['’]$", tok) is not None


def _ends_run(tokens: list[str], j: int) -> bool:
    """A possessive ends a name, except a plural one inside an organisation's name
    ("The Dún Laoghaire Tenants' Network")."""
    if not _is_poss(tokens[j]):
        return False
    # a plural possessive: "Workers'", and the irregular "Fishermen's", "Children's", "People's"
    if tokens[j][-1] not in "'’" and not re.fullmatch(r"(?:\w*men|children|people)['’]s", tokens[j].lower()):
        return True
    after = tokens[j + 1 : j + 5]  # "Workers' Safety Forum": the organisation word may come a word or two later
    for tok in after:
        if not _is_cap(tok):
            return True
        if tok.lower().strip(",.") in ORG_WORDS:
            return False
        if tok[-1:] in ",.":
            return True
    return True


def _of_the_body(tokens: list[str], i: int, j: int, nxt: int) -> bool:
    """A body's name going on over "of the" ("Committee of the Red Cross", "Union of Agave Growers of the Central
    Valleys"); a person's stops ("Vos of the Hague")."""
    of_the = tokens[nxt].lower() in ("of", "for") and tokens[nxt + 1].lower() == "the"
    return of_the and _is_cap(tokens[nxt + 2]) and any(t.lower().strip(".,") in ORG_WORDS for t in tokens[i : j + 1])


_INITIAL = re.compile(r"[^\W\d_a-z]\.")


def _is_initial(word: str) -> bool:
    """ "A.", "I.": a capital and a full stop, the initial of a given name."""
    return _INITIAL.fullmatch(word) is not None


def _runs(tokens: list[str]) -> list[tuple[int, int, bool]]:
    """Maximal capitalised token runs as (start, end, possessive)."""
    runs: list[tuple[int, int, bool]] = []
    i = 0
    while i < len(tokens):
        low = tokens[i].lower().strip(".")
        if tokens[i] in PARTICLES and (i == 0 or not _is_cap(tokens[i - 1])):
            # a name opening with lower-case particles: "von der Leyen said"
            k = i
            while k < len(tokens) and tokens[k] in PARTICLES:
                k += 1
            if k < len(tokens) and _is_cap(tokens[k]) and tokens[k].lower() not in STOP_CAPS and k - i <= 2:
                j = k
                while not _is_poss(tokens[j]) and j + 1 < len(tokens) and _is_cap(tokens[j + 1]):
                    j += 1
                runs.append((i, j + 1, _is_poss(tokens[j])))
                i = j + 1
                continue
        org_role = low in ORG_WORDS and i + 1 < len(tokens) and _is_cap(tokens[i + 1])  # "Police Scotland"
        # ("A. Elmurzaev", "I. Elmurzaev": an initial, not the article or the pronoun)
        initial = _is_initial(tokens[i]) and i + 1 < len(tokens) and _is_cap(tokens[i + 1])
        if not _is_cap(tokens[i]) or low in STOP_CAPS and not initial or (low in ROLE_WORDS and not org_role):
            i += 1
            continue
        j = i
        while not _ends_run(tokens, j):
            nxt = j + 1
            if nxt < len(tokens) and _is_cap(tokens[nxt]):
                j = nxt
            elif (
                nxt + 1 < len(tokens)
                and tokens[nxt].lower() in PARTICLES | ORG_CONNECTORS
                and _is_cap(tokens[nxt + 1])
                and tokens[nxt + 1].lower().strip(".,") not in STOP_CAPS
                and not (tokens[nxt].lower() in ("and", "&") and tokens[j].lower().strip(".,") in ORG_WORDS)
            ):  # "Vantor Energy and Blue Ridge Power" are two firms
                # "bin", "of" etc. only count when followed by a capital
                j = nxt + 1
            elif nxt < len(tokens) and tokens[nxt].lower().rstrip(".,;:") in TURKIC_PATRONYMIC:
                j = nxt  # "Emil Bakytbek uulu", "Tahir Rasim oğlu Qasımov": "son of", part of the name
            elif (
                nxt + 2 < len(tokens)
                and tokens[nxt] in PARTICLES | ORG_CONNECTORS - {"and", "&"}
                and tokens[nxt + 1] in PARTICLES
                and _is_cap(tokens[nxt + 2])
            ):
                j = nxt + 2  # "Ursula von der Leyen", "Ibn al Walid", "Agence … pour la Promotion", "… et des Finances"
            elif nxt + 2 < len(tokens) and _of_the_body(tokens, i, j, nxt):
                j = nxt + 2  # "International Committee of the Red Cross", "Office of the Governor"
            else:
                break
        if (
            j + 1 < len(tokens)
            and re.fullmatch(r"\d{1,4}", tokens[j + 1])
            and _BROADCAST & {t.lower() for t in tokens[i : j + 1]}
        ):
            j += 1  # "Radio Plata 840", "Canal 13": the number is part of a station's name
        runs.append((i, j + 1, _ends_run(tokens, j)))
        i = j + 1
    return runs


_BROADCAST = {"radio", "channel", "canal", "tv", "fm", "am", "kanal", "rádio", "radyo", "cadena"}


def _strip_possessive(tok: str) -> str:
    return re.sub(r"['’]s?$", "", tok)


_AIR_RANKS = frozenset({"marshal", "vice-marshal", "vice", "chief", "commodore"})


def is_org_name(words: list[str]) -> bool:
    low = [w.lower() for w in words]
    joined = " ".join(low)
    if joined in KNOWN_ORGS or any(w in ORG_WORDS for w in low):
        return True
    if len(words) >= 2 and words[-1] in LEGAL_FORMS_IN_CAPITALS:
        return True
    if len(low) >= 2 and low[-1].endswith("s") and low[-1][:-1] in ORG_WORDS:
        return True  # "Guadalcanal Airport Services", "Pacific Consultants": the plural of a body's word
    if len(low) >= 2 and low[0] in ("world", "global"):
        return True  # "World Athletics", "Global Witness": bodies, not people
    if len(low) >= 2 and (low[-1] == "air" or low[0] == "air" and low[1] not in _AIR_RANKS):
        return True  # "Nusa Air", "Air Canada" fly ("Air Commodore Bo Kim" is an officer)
    return len(words) == 1 and (_is_acronym(words[0]) or _inner_capital(words[0]))


def _inner_capital(word: str) -> bool:
    """ "TermoNord", "PayLakbay": a brand's capital inside one word (not "McDonald", "MacLeod", "DeShawn")."""
    m = re.fullmatch(r"([A-Z][a-z]{2,})[A-Z][a-z]+", word)
    return m is not None and m.group(1) not in ("Mac", "Nic", "Fitz", "Van", "Von", "Del", "Della", "Dos", "Das")


def classify_name(words: list[str], *, had_title: bool = False, had_article: bool = False) -> str:
    """Guess the kind of a bare name: person, organization or unknown."""
    if not words:
        return "unknown"
    if had_article or is_org_name(words):
        return "organization"
    if " ".join(w.lower() for w in words) in PLACES or is_country(" ".join(words)):
        return "organization"  # a country speaks as its state ("Moscow said", a release's "CENTRAL AFRICAN REPUBLIC")
    if len(words) >= 3 and plural_common_tail(words[-2:]) and words[0].lower() not in GIVEN_NAME_GENDER:
        return "organization"  # "Bluestem Renewable Fuels" (not "Armindo Fortes Lopes")
    if had_title or len(words) >= 2:
        return "person"
    return "unknown"


# Prepositions after which a capitalised run is a place or an object, not the speaker
# ("an engineer who has worked at Saqqara", "stood at that Dispatch Box").
_PLACE_PREPS = {"at", "in", "into", "near", "outside", "inside", "across", "to", "towards", "through", "around", "over"}
_DETERMINERS = {"the", "that", "this", "these", "those", "a", "an"}
# Professions used as titles before a name ("Egyptologist Ana Ruiz", "meteorologist Jo Lee").
_PROFESSION = re.compile(
    r"(?:ologist|ographer|ician|scientist|economist|journalist|physicist|chemist|historian|researcher|activist)$"
)
# US party-and-state tags after a name: "R-Ind.", "D-N.M.", "I-Vt."
_PARTY_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]*\.?")
_SPOKES = {"spokesman", "spokeswoman", "spokesperson"}
# Demonym adjectives ("the Spanish government"), as opposed to proper names ("the Duero basin authority").
_DEMONYM = re.compile(r"(?:an|ish|ese|i|ic|ch)$")


def is_title_word(word: str) -> bool:
    low = word.lower()
    postnominal = low in POSTNOMINALS and word.isupper() and low != "ms"
    # ("Inspector-General", "Attorney-General": a title of titles)
    joined = "-" in low.strip("-") and all(part in TITLE_WORDS for part in low.split("-"))
    return low in TITLE_WORDS or postnominal or joined or bool(_PROFESSION.search(low))


def _is_place_run(low: list[str], s: int) -> bool:
    """The run at s follows "at", "in", "at that" ...: a place or an object."""
    k = s - 1
    if k >= 0 and low[k] in _DETERMINERS:
        k -= 1
    if k >= 1 and low[k].endswith(("'s", "’s")):  # "in Hualien's Zhongshan Road": the place's street
        k -= 1
    return k >= 0 and low[k] in _PLACE_PREPS


def _role_scope(low: list[str], words: list[str], s: int) -> str | None:
    """'the mayor of Valladolid': the run after "of/for" says where a lower-case title holds;
    it is not the person. Returns the title ("mayor"), else None."""
    k = s - 1
    if k >= 0 and low[k] == "the":
        k -= 1
    if k >= 1 and low[k] in ("of", "for") and low[k - 1] in TITLE_WORDS and low[k - 1] not in ROLE_WORDS:
        return None if is_org_name(words) else low[k - 1]
    return None


def _titled_office(low: list[str], s: int, e: int, article_before: bool) -> str | None:
    """'The Dutch Minister of Economic Affairs': a capitalised office after "the" is a description
    of a person (its head noun, "minister"), not an organisation's name."""
    if not article_before:
        return None
    cut = next((k for k in range(s + 1, e) if low[k] in ORG_CONNECTORS), e)
    head = low[cut - 1]
    return head if head in TITLE_WORDS and head not in ORG_WORDS and cut < e else None


def _tokens(phrase: str) -> list[str]:
    tokens = [_clean(t) for t in _TOKEN_RE.findall(phrase)]
    tokens = [t for t in tokens if t and not _PARTY_TAG.fullmatch(t)]
    # a relative clause is not part of the subject: "an engineer who has worked at X"
    cut = next((k for k, t in enumerate(tokens) if k > 0 and t in ("who", "whose", "which")), None)  # not "WHO"
    return tokens[:cut] if cut is not None else tokens


# A compound noun for a person that no word list has: "farmworker", "dockhand", "ferryman", "beekeeper".
_PERSON_COMPOUND = re.compile(
    r"^[a-z]{3,}(?:worker|hand|man|woman|keeper|holder|owner|grower|maker|driver|seller|goer)$"
)
# People described by where they come from ("a backpacker from Lyon"), not by whom they work for.
_FROM_A_PLACE = frozenset(
    "farmer tourist visitor backpacker resident traveller traveler migrant refugee pensioner fisherman villager "
    "pilgrim trader shopkeeper vendor student".split()
)


# The last word of a street's or a square's name ("On Frantsuzkyi Boulevard a tree fell"): a place, never a speaker
_THOROUGHFARES = frozenset(
    "street avenue boulevard road lane square highway quay embankment promenade esplanade alley plaza prospekt "
    "strasse straße".split()
)


# … or its first word, where the language puts it first ("Avenida Ejército", "Jalan Sultan"; "Calle", "Rua" and
# "Rue" only after a preposition, being also given names: "on Calle Crisologo", but Calle Lindqvist, Rua Kenana)
_THOROUGHFARE_HEADS = frozenset("avenida viale jalan paseo calzada praça".split())
_NAME_OR_STREET_HEADS = frozenset("calle carrera rua rue".split())
_STREET_PREPOSITIONS = frozenset("on in at along off near down up into onto from".split())


def _thoroughfare(low: list[str], s: int, e: int) -> bool:
    """ "Frantsuzkyi Boulevard", "Market Square", "Avenida Ejército": a place; "Anna Street", "Diane Lane" are
    people."""
    street_before = s > 0 and low[s - 1] in _STREET_PREPOSITIONS
    if e - s >= 2 and (low[s] in _THOROUGHFARE_HEADS or low[s] in _NAME_OR_STREET_HEADS and street_before):
        return True
    return low[e - 1].strip(".,") in _THOROUGHFARES and not (e - s == 2 and norm(low[s]) in GIVEN_NAME_GENDER)


def _person_of(tokens: list[str], low: list[str], s: int, e: int) -> bool:
    """ "Justice Harpreet Kaur Sandhu of the Court of King’s Bench of Alberta": a full name (two words or more besides
    titles) followed by "of"/"from" and where they serve."""
    plain = [t for t in low[s:e] if t.rstrip(".") not in TITLE_WORDS]
    return e < len(low) and low[e] in ("of", "from") and len(plain) >= 2 and not is_org_name(tokens[s:e])


def _named_run(tokens: list[str], low: list[str]) -> tuple[int, int] | None:
    """The run that names the subject: the last one that is not a possessive, a place or an origin."""
    named = [
        (s, e)
        for s, e, poss in _runs(tokens)
        if not poss and not _is_place_run(low, s) and not _thoroughfare(low, s, e)
    ]
    # "A backpacker from Lyon": where an unnamed person is from, unless it is a body ("a nurse from Acme Health")
    origin = (
        low[0] in ("a", "an", "one", "another")
        and len(named) == 1
        and named[0][0] >= 3
        and low[named[0][0] - 1] == "from"
    )
    # (or "A firefighter from a strike team sent from Kern County": the head is a person)
    noun = low[named[0][0] - 2] if origin else ""
    compound = _PERSON_COMPOUND.search(noun) is not None
    person = (noun in _PEOPLE | _FROM_A_PLACE or compound or low[1] in _PEOPLE) if origin else False
    if person and not is_org_name(tokens[slice(*named[0])]):
        return None
    if len(named) >= 2:
        # "Lena Vos of the Netherlands": a run introduced by "of/from
        # [the]" right after a name says where the person is from.
        k = named[-1][0] - 1
        k -= 1 if k >= 0 and low[k] == "the" else 0
        s2, e2 = named[-2]
        word = e2 - s2 == 1 and s2 == 0 and is_common_word(tokens[s2])  # "Update from Brian Lowe": no name
        if k >= 1 and low[k] in ("of", "from") and named[-2][1] == k and not word:
            named = named[:-1]
    if len(named) >= 2 and _person_of(tokens, low, *named[0]):
        return named[0]
    for s, e in named[:-1]:
        # "Paula Otieno of Save the Children": a full name, then "of" and a name that runs on over "the", is
        # the person and where they work
        while s < len(low) - 1 and low[s].rstrip(".") in TITLE_WORDS | {"dr", "prof"}:
            s += 1  # "Dr. Paula Otieno of …"
        j = next((j for j in range(s, e) if low[j] in ("of", "from")), None)
        plain = j is not None and j - s >= 2
        if plain and not any(low[t].rstrip(".") in TITLE_WORDS or low[t] in ORG_WORDS for t in range(s, j)):
            return s, j
    return named[-1] if named else None


def _office_of(tokens: list[str], low: list[str], s: int, e: int) -> SpeakerRef | None:
    """ "The Prosecutor General's Office", "the Mayor's Office": an organisation named after an
    office-holder, not the bare word "Office"."""
    if e - s != 1 or low[s] not in ORG_WORDS or s == 0 or not _is_poss(tokens[s - 1]):
        return None
    k = s - 1
    while k > 0 and _is_cap(tokens[k - 1]) and low[k - 1] not in STOP_CAPS:
        k -= 1
    if not any(is_title_word(_strip_possessive(t)) for t in tokens[k:s]):
        return None
    return SpeakerRef("name", name=" ".join(tokens[k:e]), kind="organization")


def _descriptive(tokens: list[str], low: list[str], s: int, e: int, role_idx: int | None) -> SpeakerRef | None:
    """A run that only modifies or describes: "North Dale police", "the Duero basin authority",
    "the Ukrainian leader", "a Swiss banker", "a European Egyptologist"."""
    trailing = [t for t in tokens[e:] if t.lower() not in {"also", "however"}]
    at_start = s == 0 or (s == 1 and low[0] == "the" and e - s == 1 and not _DEMONYM.search(low[s]))
    if at_start and 0 < len(trailing) <= 2 and trailing[-1].lower() in ORG_WORDS and all(t.islower() for t in trailing):
        # "North Dale police", "Kent county council", "the Duero basin confederation"
        return SpeakerRef("name", name=" ".join([*tokens[s:e], *trailing]), kind="organization")
    if trailing and role_idx is None and not any(_is_cap(t) for t in trailing):
        # the run is a modifier: "the Ukrainian leader", "a Swiss banker"
        head = trailing[-1].lower()
        if low[0] == "the" and (head in PERSON_REFS or head in TITLE_WORDS and head not in ROLE_WORDS):
            return SpeakerRef("definite_person", role=trailing[-1].lower())
        if low[0] == "the" and trailing[-1].lower() in GENERIC_ORG_REFS:
            return SpeakerRef("definite_org", role=trailing[-1].lower())
        return SpeakerRef("role", role=trailing[-1].lower())
    if s > 0 and low[s - 1] in ("a", "an") and role_idx is None:
        return SpeakerRef("role", role=low[e - 1])  # "a European Egyptologist": a description, not a name
    return None


def _named_after_office(words: list[str], k: int) -> bool:
    """Is words[k] a title a body's name ends on, after "of (the)" ("Ministry of Justice", "Office of the Mayor")?"""
    return (
        k == len(words) - 1
        and k >= 2
        and words[k - 1].lower() in ("of", "the")
        and words[0].lower() in ORG_WORDS
        and is_title_word(words[k])
    )


# Honorifics that are also given names: a title only before a full name ("Don Salvatore Mele"), or before the given
# name of someone the text names in full ("Don Aurelio" after "Aurelio Vargas"; analyze._given_names).
_RELIGIOUS_TITLES = ("Father", "Brother")  # a priest, a friar: "Father Vasile Ciobanu"
DON_HONORIFICS = ("Don", "Dom", "Dona", *_RELIGIOUS_TITLES)
# Igbo honorifics that are also given names: a title only before a given name and a family name ("Ezinne Ngozi
# Ihejirika"), a name in "Ezinne Okparaebo" and "Lolo Jones".
_FULL_NAME_HONORIFICS = ("Ezinne", "Lolo")


def _name_words(tokens: list[str], low: list[str], s: int, e: int) -> tuple[list[str], bool, bool]:
    """(name words without titles, had a title, "the" before the run)."""
    # an inner plural possessive stays: "Tenants' Network"
    words = [t if k < e - s - 1 and _is_poss(t) else _strip_possessive(t) for k, t in enumerate(tokens[s:e])]
    if _names_a_body(low, s) and len(words) >= 2:
        # "the conservation group Pro Valle Maggia", "the lobby group Doctors Against Smog": the body's whole name
        return words, False, low[s - 1] == "the"
    last_title = -1
    for k, w in enumerate(words):
        if _named_after_office(words, k):
            continue  # "Ministry of Justice", "Office of the Governor": the office a body is named after
        if k == 0 and len(words) > 2 and words[1].lower() in ORG_WORDS:
            continue  # "Rumah Sakit Sardjito" (a hospital): a title-like word opening a body's name
        if is_title_word(w) or (w.lower() == "state" and k > 0 and words[k - 1].lower() == "of"):
            # a title that is also a family name ends a name: "Naveed Akhtar Sheikh", "Coretta Scott King"
            before = words[k - 1] if k else ""
            # (or after a given name alone: "Farhana Sheikh", not "Burger King" or "The King")
            given = k == 1 and before.lower() not in STOP_CAPS and not is_common_word(before.lower())
            named_before = (k >= 2 or given) and not is_title_word(before)
            honorific = before.endswith(".") or before.lower() in ("mr", "mrs", "ms", "dr")  # "Engr. Sheikh"
            surname = k == len(words) - 1 and w.lower() in _SURNAME_TITLES and (named_before or honorific)
            # ("Pirin Volunteer Rescue": a title-like word inside a body's name, between its words)
            inside = named_before and k < len(words) - 1 and words[-1].lower() in ORG_WORDS
            last_title = last_title if surname or inside else k
    # "Don Salvatore Mele", "Father Vasile Ciobanu": a priest; "Don Castillo", "Father John of St. Mary's" keep it
    religious = words[0] in _RELIGIOUS_TITLES
    opens = words[0] in DON_HONORIFICS or words[0] in _FULL_NAME_HONORIFICS
    if last_title < 0 and len(words) >= 3 and opens and not (religious and "of" in low[s:e]):
        last_title = 0
    article_before = s > 0 and low[s - 1] == "the"
    # "the MP Ondřej Pacl", "the President Joe Biden": a title opening the run, then a full name, is a person
    titled_person = article_before and last_title == 0 and len(words) >= 3 and not is_org_name(words[1:])
    if titled_person:
        article_before = False
    elif article_before and last_title < len(words) - 1:
        last_title = -1  # "the National Conference of State Legislatures"
    name_words = words[last_title + 1 :]
    had_title = last_title >= 0 or (s > 0 and low[s - 1] in TITLE_WORDS)
    role = None if article_before else _last_role_noun(name_words)
    if role is not None:
        name_words, had_title = name_words[role + 1 :], True
    if name_words and (
        name_words[0].lower() in ORG_CONNECTORS
        # a particle opens a name at the start of the run or after a title ("Ms. van den Broek")
        or (
            name_words[0].lower() in PARTICLES
            and not ((name_words[0] == tokens[s] or last_title >= 0) and len(name_words) > 1)
        )
    ):
        name_words = []
    cut = next((k for k, w in enumerate(name_words) if k > 0 and w.lower() in ("of", "for", "on")), None)
    if cut is not None and not article_before and not is_org_name(name_words[:cut]):
        # "Owen Pritchard of Ohio", "Ana Ruiz of the University of Leeds": a person's name ends before "of"
        name_words = name_words[:cut]
    return name_words, had_title, article_before


_IN_A_STATEMENT = re.compile(
    r"(?i)^\s*in\s+(?:a|an|its|their|the)\s+(?:written\s+)?(?:statement|post|email|letter|release)\s+"
)
_STORMS = frozenset({"cyclone", "hurricane", "typhoon", "storm", "tropical"})
# A headline's tag before its colon ("LIVE: El Alto fuel blockade enters third day"): no body's name.
_HEADLINE_TAGS = frozenset({"LIVE", "BREAKING", "UPDATE", "UPDATED", "WATCH", "EXCLUSIVE", "ANALYSIS", "OPINION"})
_HEADLINE_TAGS |= {"NEWS", "UPDATES", "BLOG"}  # ("BREAKING NEWS:", "LIVE UPDATES:")
_VESSEL_PREFIXES = {"MV", "M/V", "RV", "HMS", "HMCS", "HMAS", "USS", "FV"}  # (not "MS": "MS HART:" is Ms Hart)
# Titles that are also family names, after a given name and another name (and the Spanish "Sr." that is also a
# generation after a name: "Rolando Galiza Sr.").
_SURNAME_TITLES = frozenset(
    {"sheikh", "shaikh", "king", "bishop", "dean", "marshal", "judge", "major", "prince", "baron", "sr", "sr."}
)
# Nouns for people that are not also the kind of a body: "Regional carrier Nankai Skylines" is an airline, not a porter.
_PERSON_TITLE_NOUNS = ROLE_NOUNS - ORG_WORDS - GENERIC_ORG_REFS - NAMESAKE_JOBS  # ("Mary Hunter Smith")
# Nouns for the kind of a body ("the union Unite").
_BODY_NOUNS = ORG_WORDS | GENERIC_ORG_REFS | {"broadsheet", "website", "outlet"}


def _last_role_noun(words: list[str]) -> int | None:
    """Index of the last role noun that still leaves a first and last name after it ("East Flores Regent
    Yosef Lamablawa"), in a person's name only."""
    if len(words) < 3 or is_org_name(words):
        return None
    hits = [k for k, w in enumerate(words[:-2]) if w[:1].isupper() and w.lower() in _PERSON_TITLE_NOUNS]
    if not hits or any(w.lower() in ORG_CONNECTORS for w in words[hits[-1] + 1 :]):
        return None
    if plural_common_tail(words[hits[-1] + 1 :]):
        return None  # "Delta Wing Aerial Applicators": a firm's name, not the wing "Aerial Applicators"
    return hits[-1]


def plural_common_tail(words: list[str]) -> bool:
    """Words no one is named ("Aerial Applicators", "Renewable Fuels"): common words, none a given name, the last a
    plural noun, as a body's name ends."""
    low = [w.lower() for w in words]
    plural = low[-1].endswith("s") and low[-1][:-1] in COMMON_WORDS
    return plural and all(is_common_word(w) and w not in GIVEN_NAME_GENDER for w in low)


# An unnamed diplomat speaks for a government in the room, not for the body named before the role ("an EU
# diplomat" is one of 27 states' envoys), so the quote stays anonymous.
_OWN_VOICE = {"diplomat", "diplomats"}


def _named_after_scope(between: list[str]) -> bool:
    """ "for the office" between a role and a name: the scope ends in a common noun, so the name is the role's
    holder, not what it speaks for ("a spokesman for the Kremlin", "for Treasury Secretary John Park")."""
    if len(between) < 2 or between[0] not in {"for", "of", "at", "from", "with"}:
        return False
    last = between[-1]
    return last.isalpha() and last not in {"the", "a", "an"} | PARTICLES | ORG_CONNECTORS and not is_title_word(last)


def _names_a_body(low: list[str], s: int) -> bool:
    """The name at s follows the kind of body it is: "the union Unite", "the passengers' association Pro Bahn"."""
    return s > 0 and low[s - 1] in _BODY_NOUNS


def _with_role(name_words: list[str], low: list[str], s: int, e: int, role_idx: int, had_title: bool):
    """A name next to an unnamed role: the role's organisation ("a Kremlin spokeswoman", "a spokeswoman
    for the European Commission"), never the speaker himself. None when the role is not about the name."""
    name = " ".join(name_words)
    article_before = s > 0 and low[s - 1] == "the"
    if role_idx >= e:
        speaks_for = is_org_name(name_words) or article_before or (low[role_idx] in _SPOKES and len(name_words) == 1)
        speaks_for = speaks_for and low[role_idx] not in _OWN_VOICE
        if article_before and low[role_idx] not in SPEAKS_FOR and not is_org_name(name_words):
            return SpeakerRef("definite_person", role=low[role_idx])  # "the Kerala captain" is the captain himself
        if speaks_for:  # "a ScotRail spokesperson": a spokesperson speaks for an organisation
            return SpeakerRef("role", name=name, kind="organization", role=low[role_idx])
        return SpeakerRef("role", role=low[role_idx])
    if role_idx < s:
        between = low[role_idx + 1 : s]
        if between and _names_a_body(low, s):  # "critics from the passengers' association Pro Bahn"
            return SpeakerRef("name", name=name, kind="organization")
        if _named_after_scope(between):
            # "a spokeswoman for the office, Ana Ruiz": the name after the role's scope is the spokeswoman
            return SpeakerRef("name", name=name, kind="person")
        if between and between[0] in {"for", "of", "at", "from", "with"} and low[role_idx] in SPEAKS_FOR:
            # "a spokesperson for Treasury Secretary John Park" speaks for a person, not a body
            kind = "person" if had_title and not is_org_name(name_words) and len(name_words) >= 2 else "organization"
            return SpeakerRef("role", name=name, kind=kind, role=low[role_idx])
        if between and not had_title:
            return SpeakerRef("role", role=low[role_idx])
    return None


# An adjective after its noun, as French and Italian names put it: "the Hospice général", "the Caisse cantonale".
_ADJECTIVE_AFTER = re.compile(r"[à-ÿ]|(?:ale|aux|ique|ière|aire|ienne|oise|aise)$")


def _adjective_after(tokens: list[str], low: list[str]) -> bool:
    """ "The Hospice général": a capitalised noun, then an adjective that is not English, is an organisation's name
    ("the Ukrainian leader" keeps its English order: adjective, then noun)."""
    if len(tokens) != 3 or low[0] != "the" or not tokens[1][:1].isupper() or not tokens[2].islower():
        return False
    adjective = low[2]
    person = adjective in PERSON_REFS or adjective in PERSON_NOUNS or is_title_word(adjective)
    return bool(_ADJECTIVE_AFTER.search(adjective)) and not person and adjective not in ROLE_WORDS


def _unnamed(tokens: list[str], low: list[str], role_idx: int | None) -> SpeakerRef:
    """A subject with no name in it: an unnamed role or a definite description."""
    aged = next((k for k, w in enumerate(low) if re.fullmatch(r"\d+-year-old", w)), None)
    if low[0] == "the" and aged is not None and len(tokens) <= 6:
        # "the 52-year-old herder told AFP": an age points back at a person the text introduced
        return SpeakerRef("definite_person", role=low[aged + 1] if aged + 1 < len(low) else low[aged])
    if role_idx is not None:
        if low[0] == "the" and len(tokens) <= 3:
            return SpeakerRef("definite_role", role=low[role_idx])  # "the spokesman"
        return SpeakerRef("role", role=low[role_idx])
    if low[0] == "the" and len(tokens) <= 4:
        head = next((low[k - 1] for k in range(2, len(low)) if low[k] in ("of", "for")), low[-1])
        if head in GENERIC_ORG_REFS:
            return SpeakerRef("definite_org", role=head)
        if head in PERSON_REFS or head in TITLE_WORDS or re.fullmatch(r"\d+-year-old", head):
            return SpeakerRef("definite_person", role=head)  # "the 71-year-old said"
    start = 1 if low[0] in ("but", "and") and len(low) > 2 else 0  # "But an engineer at the plant, who …, said"
    of = next(
        (k for k in range(start + 2, len(low)) if low[k] in ("of", "for", "at", "in", "from", "with", "representing")),
        None,
    )
    nouns = _PEOPLE_AND_REFS
    # "An uncle of one of the young men killed", "an engineer at X", "a lawyer for the family"
    if low[start] in ("a", "an", "one", "another") and of and low[of - 1] in nouns:
        return SpeakerRef("role", role=low[of - 1])
    # "A man he met on the trail", "a woman filling plastic jugs": a person and a clause about them without "who"
    contact = len(low) > start + 2 and (
        low[start + 2] in ("he", "she", "they", "i", "we", "you") or re.fullmatch(r"[a-z]{3,}ing", low[start + 2])
    )
    if contact and low[start] in ("a", "an", "another") and low[start + 1] in nouns:
        return SpeakerRef("role", role=low[start + 1])
    if any(w in GENERIC_ORG_REFS for w in low):
        return SpeakerRef("role", role="organisation")
    if len(tokens) <= 4:
        return SpeakerRef("role", role=low[low.index("from") - 1] if "from" in low[2:] else low[-1])
    return SpeakerRef("none")


def kind_of_name(name: str) -> str:
    """The kind of a name typed by an editor: "organization" when it has an organisation word
    (Ministry, Authority, Council, Ltd, Agency, Party, University …) or is a known organisation,
    else "person"."""
    words = [w for w in _tokens(name) if w]
    if any(w in ("the", "for", "and", "&") for w in words[1:]):
        return "organization"  # "Save the Children", "Doctors for Peace": people's names have no such words
    return "organization" if words and classify_name(words) == "organization" else "person"


def _subject_tokens(phrase: str) -> list[str]:
    """The phrase's tokens without a leading subordinator ("where he"), post-nominal letters ("Callum Baird MSP") or
    a place the body is based in ("Kirkwall-based")."""
    tokens = _tokens(phrase)
    if len(tokens) > 1 and (tokens[0].lower() in _SUBORDINATORS or tokens[0] in ("I’m", "I'm")):
        tokens = tokens[1:]  # "where he", a presenter's sign-off "I’m Yoon Ha-eun"
    while len(tokens) > 2 and tokens[-1].lower() in POSTNOMINALS and tokens[-1].isupper():
        tokens = tokens[:-1]
    if len(tokens) > 1 and re.fullmatch(r"[\w'’.]+-(?:based|headquartered|registered|owned)", tokens[0]):
        tokens = tokens[1:]  # "Kirkwall-based Brinnian Shipping": where the firm is, not its name
    # a Japanese honorific suffix is no part of the name: "Kudo-sensei" is Kudo, "Sasaki-san" Sasaki (but "-kun" of
    # "Huang Bing-kun" is a syllable of a Taiwanese given name: the short suffixes only on a name alone)
    suffix = _JAPANESE_SUFFIX if len(tokens) == 1 else _JAPANESE_TITLE_SUFFIX
    return [suffix.sub("", t) if _is_cap(t) else t for t in tokens]


_JAPANESE_TITLES = "sensei|sama|senpai|dono"
_JAPANESE_TITLE_SUFFIX = re.compile(r"(?<=[a-zōū])-(?:" + _JAPANESE_TITLES + r")$")
_JAPANESE_SUFFIX = re.compile(r"(?<=[a-zōū])-(?:" + _JAPANESE_TITLES + r"|san|kun|chan|shi)$")


# A document after its owner's possessive ("the Fund's own annual report"), and when it came out ("… last year")
OWNED_DOCUMENTS = (
    r"(?:report|letter|statement|study|review|memo|submission|bulletin|audit|minutes|newsletter|website|assessment"
    r"|survey|paper|filing|message|email|e-mail|note|reply|response|answer|tweet)"
)
DOCUMENT_WHEN = r"(?:\s+(?:last|this)\s+(?:year|month|week|spring|summer|autumn|fall|winter))?"


def _document_source(tokens: list[str], low: list[str]) -> SpeakerRef | None:
    """ "a memo from the department …" / "a statement from Kazakhstan's Ministry of Agriculture issued
    after the ceremony": a document speaks for whoever issued it."""
    owned = re.fullmatch(
        r"(?:[Tt]he\s+)?((?:[^\W\d_a-z][\w&-]*\s+){0,4}[^\W\d_a-z][\w&-]*)['’]s?\s+(?:\d{4}\s+)?"
        r"(?:(?:[^\W\d_a-z][\w-]*\s+){0,4}(?:Report|Study|Survey|Review|Audit|Assessment|Index|Bulletin|Yearbook)"
        # or a plain document noun: "the Raba Society’s report last year", "Põld's letter"
        rf"|{OWNED_DOCUMENTS}{DOCUMENT_WHEN})",
        " ".join(tokens),
    )
    if owned:  # "the Alliance's 2025 Coastline Health Report", "Coopesol's 2026 Harvest Report": its author's
        kind = "organization" if is_org_name(owned.group(1).split()) else "unknown"
        return SpeakerRef("name", name=owned.group(1), kind=kind)
    if low[0] not in ("a", "an", "the") or len(low) < 5 or low[1] in ROLE_WORDS or low[2] not in ("from", "by", "of"):
        return None
    if low[1] in _DOCUMENTS:
        rest = tokens[3:]
        small = ORG_CONNECTORS | PARTICLES | {"the"}
        cut = next((k for k, t in enumerate(rest) if k and t.islower() and t not in small), len(rest))
        issuer = parse_speaker_phrase(" ".join(rest[:cut]))
        if issuer.ref == "name":  # "a statement from the Ministry of Health"
            return issuer
    if low[3] == "the" and low[4] in GENERIC_ORG_REFS:
        return SpeakerRef("definite_org", role=low[4])
    return None


def _named(tokens: list[str], low: list[str], run: tuple[int, int], role_idx: int | None) -> SpeakerRef:
    """The subject around its named run: an office, a description, a title's scope, a role's
    organisation, or the name itself."""
    s, e = run
    office = _office_of(tokens, low, s, e)
    if office is not None:
        return office
    described = _descriptive(tokens, low, s, e, role_idx)
    if described is not None:
        return described
    name_words, had_title, article_before = _name_words(tokens, low, s, e)
    if not name_words:
        return _unnamed(tokens, low, role_idx)
    title = _role_scope(low, name_words, s) or _titled_office(low, s, e, article_before)
    if title:
        return SpeakerRef("definite_person" if low[0] == "the" else "role", role=title)
    if article_before and len(name_words) == 1 and name_words[0].lower() in GENERIC_ORG_REFS:
        return SpeakerRef("definite_org", role=name_words[0].lower())  # "the Company" of a press release
    if role_idx is not None:
        with_role = _with_role(name_words, low, s, e, role_idx, had_title)
        if with_role is not None:
            return with_role
    kind = classify_name(name_words, had_title=had_title, had_article=article_before)
    if _names_a_body(low, s) and not had_title:
        kind = "organization"
    return SpeakerRef("name", name=" ".join(name_words), kind=kind)


_NOT_A_NAME = TITLE_WORDS | STOP_CAPS | {"a", "an", "the"}


def _weekday_given_name(tokens: list[str], low: list[str]) -> SpeakerRef | None:
    """ "Sunday Ugwu": a weekday given name (common in West Africa) and a family name, not a time; None for "Friday
    Morning" (a common word after it) or any other phrase."""
    if len(tokens) != 2 or low[0] not in _WEEKDAYS or not _is_cap(tokens[1]):
        return None
    if low[1] in STOP_CAPS or low[1] in TITLE_WORDS or is_common_word(low[1]):
        return None
    return SpeakerRef("name", name=" ".join(tokens), kind="person")


def _without_lowercase_place(tokens: list[str], low: list[str]) -> tuple[list[str], list[str]]:
    """ "Anselm Redhead of the airport weather office": a named person with where they work, in lower case (which
    names no body to speak for them), is the person."""
    for i in range(1, len(tokens) - 2):
        if low[i] in ("of", "at", "from", "with") and low[i + 1] in ("the", "a", "an"):
            named = any(_is_cap(t) and low[k] not in _NOT_A_NAME for k, t in enumerate(tokens[:i]))
            if named and all(t.islower() for t in tokens[i + 2 :]):
                return tokens[:i], low[:i]
            break
    return tokens, low


# The full stop and bracket closing a caption or an aside after a name ("Tae-yang.]"); not "Inc.)" or "Jr.]".
_CAPTION_END = re.compile(r"(?<=\w)(?<!\b\w)(?<!\bJr|\bSr|\bCo)(?<!\bInc|\bLtd)(?<!\bCorp)\.(?=[\])]+\s*$)")


def _no_subject(tokens: list[str]) -> bool:
    """Nothing, longer than a subject gets ("The ministry was represented by Deputy Minister of Electricity Dr. X Y
    Z" is 13), a storm's name ("Cyclone Mika"), or a headline's tag ("LIVE")."""
    return not tokens or len(tokens) > 14 or tokens[0].lower() in _STORMS or set(tokens) <= _HEADLINE_TAGS


def parse_speaker_phrase(phrase: str) -> SpeakerRef:
    """Interpret a grammatical subject like 'Foreign Minister Sergei Lavrov'.

    Titles, party tags and relative clauses are stripped, organisations recognised by cue words,
    unnamed roles ("a spokeswoman for the Kremlin") mapped to their organisation when it is
    capitalised, else left unnamed. Places ("at Saqqara") and the scope of a title ("the mayor of
    Valladolid") are never the name; a title alone ("the Minister") is a definite description.
    """
    if re.fullmatch(r"\s*(?:who|which)(?:\s+\S+)?\s*|\s*(?:who|which)\b.*\s(?:and|but)\s*", phrase, re.I | re.S):
        return SpeakerRef("relative")  # "who", "who also" / "who stood at the rostrum and [told]"
    # "In a statement it said": the statement is where, not who
    phrase = _IN_A_STATEMENT.sub("", phrase)
    phrase = _CAPTION_END.sub("", phrase)  # "… said the owner, Jung Tae-yang.]" ends a caption, not the name
    # asides are not the subject: "Thanakorn Srisawat (ธนากร ศรีสวัสดิ์)", "Ana Ruiz—no relation—"
    tokens = _subject_tokens(re.sub(r"\s*\([^()]*\)|\s?[—–][^—–]*[—–]\s?", " ", phrase))
    if _no_subject(tokens):
        return SpeakerRef("none")  # (a storm's name is no speaker: "Cyclone Mika, now a Category 4 system")
    if _given_name_an(tokens):  # "An Peeters": the Flemish given name, not the article (that is "An Irish …")
        irish = tokens[1] in _IRISH_BODIES or is_org_name(tokens[1:])  # Irish "An" is "the": "An Garda Síochána"
        return SpeakerRef("name", name=" ".join(tokens), kind="organization" if irish else "person")
    if tokens[0] == "He" and len(tokens) == 2 and _is_cap(tokens[1]) and not is_common_word(tokens[1].lower()):
        return SpeakerRef("name", name=" ".join(tokens), kind="person")  # the Chinese family name: "He Lanfang"
    if any(t.rstrip(".") in _VESSEL_PREFIXES for t in tokens[:2]) and len(tokens) >= 2:
        return SpeakerRef("none")  # "The MV Skerry Lass, run under contract by …": a ship, not who runs her
    if tokens[0] == "So" and len(tokens) >= 3 and _is_cap(tokens[1]) and _is_cap(tokens[2]):
        tokens = tokens[1:]  # "So Łukasz Kołodziej started an appeal" (the Korean "So Ji-sub" has two words)
    if len(tokens) >= 3 and _plural_title(tokens[0]) and _is_cap(tokens[1]) and _is_cap(tokens[2]):
        tokens = tokens[1:]  # "Deputies Ēriks Bērziņš and Jānis Ozols": the title of each
    low = [t.lower() for t in tokens]
    tokens, low = _without_lowercase_place(tokens, low)
    if len(tokens) == 1 and low[0] in ("you", "you've", "you’ve", "you'd", "you’d"):
        return SpeakerRef("none")  # "You said last year …": whoever is spoken to, no name of its own
    if len(tokens) == 1 and re.sub(r"['’](?:d|ll|s|ve|m|re)$", "", low[0]) in PRONOUNS:  # "He'd", "She’ll"
        word = re.sub(r"['’](?:d|ll|s|ve|m|re)$", "", low[0])
        return SpeakerRef("pronoun", pronoun=word, kind=PRONOUNS[word])
    generic = _weekday_given_name(tokens, low) or _generic_word(low)
    if generic is not None:
        return generic
    if _adjective_after(tokens, low):
        return SpeakerRef("name", name=" ".join(tokens[1:]), kind="organization")
    document = _document_source(tokens, low) or _owners_office(phrase)
    if document is not None:
        return document
    holder = _portfolio_holder(tokens, low)
    if holder is not None:
        return holder
    role_idx = next((i for i, w in enumerate(low) if w in ROLE_WORDS), None)
    run = _named_run(tokens, low)
    if run is None:
        return _unnamed(tokens, low, role_idx)
    return _named(tokens, low, run, role_idx)


def _plural_title(word: str) -> bool:
    """ "Deputies", "Senators", "Councillors": a title's plural, capitalised, before the names it is given to."""
    low = word.lower()
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") else ""
    return _is_cap(word) and low not in TITLE_WORDS and singular in TITLE_WORDS


def _generic_word(low: list[str]) -> SpeakerRef | None:
    """A press release's "PRESS RELEASE" heading (no one); "A later post added:" (whoever posted the first); a live
    blog's "Company confirms …", "Utility: …" (the body in mind)."""
    phrase = " ".join(low)
    if re.fullmatch(r"(?:for\s+immediate\s+)?(?:press|news|media)?\s*release", phrase):
        return SpeakerRef("none")
    later = re.fullmatch(r"(?:an?\s+(?:later|second|third|further|subsequent|follow-up)|another)\s+\S+", phrase)
    if later and low[-1] in DOCUMENT_REFS:
        return SpeakerRef("definite_org", role=low[-1])
    if len(low) == 1 and low[0] in GENERIC_ORG_REFS - DOCUMENT_REFS:
        return SpeakerRef("definite_org", role=low[0])
    # "the cooperative's board wrote": the cooperative in mind speaks through its board
    board = re.fullmatch(
        r"the\s+([a-z]+)['’]s\s+(?:board(?:\s+of\s+directors)?|directors|management|leadership)", phrase
    )
    if board and board.group(1) in GENERIC_ORG_REFS - DOCUMENT_REFS:
        return SpeakerRef("definite_org", role=board.group(1))
    return None


_IRISH_BODIES = {"Garda", "Bord", "Post", "Chomhairle", "Roinn", "Coimisiún"}


def _given_name_an(tokens: list[str]) -> bool:
    """ "An Peeters", "An Nguyen": "An" before a capitalised word that opens with a consonant sound is a name."""
    if len(tokens) < 2 or len(tokens) > 4 or tokens[0] != "An" or not all(map(_is_cap, tokens)):
        return False
    if tokens[1] in ("Taoiseach", "Tánaiste"):
        return False  # Ireland's prime minister and deputy: titles
    return re.match(r"[B-DF-HJ-NP-TV-Z][a-zà-ÿ]", tokens[1]) is not None and not is_common_word(tokens[1].lower())


# (an Arabic family name may open on a joined particle: "Salim Ahmed al-Kathiri")
_CAPITALISED_RUN = re.compile(
    r"[^\W\d_a-z][\w'’-]+(?:[ \t]+(?:[^\W\d_a-z]|(?:al|el|ad|an|ar|as|ash|at|az|ibn|bin)-[^\W\d_a-z])[\w'’-]+)*"
)


def full_person_names(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The persons' full names text[start:end] gives, in order (see `full_person_name`)."""
    runs = _CAPITALISED_RUN.finditer(text, start, len(text) if end is None else end)
    # ("behind Tama Ngātai’s house": the name without its possessive)
    return [name for m in runs if (name := full_person_name(re.sub(r"['’]s?$", "", m.group(0))))]


# "Ruslan Akhmedovich", "Zarema Vakhaevna": a given name and a patronymic, the polite address in Russian.
PATRONYMIC_ADDRESS = re.compile(r"\b([^\W\d_a-z][\w'’-]+)[ \t]+[^\W\d_a-z][a-z]+(?:ovich|evich|ovna|evna|ichna)\b")


def is_patronymic_address(name: str) -> bool:
    return PATRONYMIC_ADDRESS.fullmatch(name.rstrip(".")) is not None


def full_person_name(phrase: str) -> str | None:
    """The phrase's name when it is a person's first and last name at least ("Ms Jo Hart" → "Jo Hart"), else None."""
    ref = parse_speaker_phrase(phrase)
    if ref.ref == "name" and ref.name and ref.kind == "person" and len(ref.name.split()) >= 2:
        return ref.name
    return None


@cache
def _country_names() -> frozenset[str]:
    return frozenset(
        name.lower()
        for c in pycountry.countries
        for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None))
        if name
    )


def is_country(name: str) -> bool:
    """A country's name ("Belize", "Lesotho"): a place, never the short form of a body named after it."""
    return name.lower() in _country_names()


def is_common_word(word: str) -> bool:
    """A lower-case English noun or adjective that is no person's name ("Heritage", "Affairs")."""
    low = word.lower()
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") else low
    return low in COMMON_WORDS or singular in COMMON_WORDS


# Words that open a place's name ("Mayor of Port Moresby Powes Parkop"): the word after them is the place's.
_PLACE_HEADS = frozenset(
    """
    port fort mount lake new north south east west upper lower great little grand cape bay point river saint st
    northern southern eastern western central
    """.split()
)


def _given_name_before(scope: list[str], word: str, name: list[str]) -> bool:
    """Is `word`, after the portfolio `scope`, the first of three names rather than the portfolio's last word?
    Only when the portfolio is plain words ("Electricity", "Foreign Affairs"), `word` is none and no place, and the
    two-word `name` after it is one of the long ones ("Abdul-Kareem al-Saadi": a compound, an "al-" surname); so
    "Secretary of State for Northern Ireland Hilary Benn" keeps its place."""
    if is_country(word) or not any(re.match(r"(?:[a-z]{1,3}-|[^\W\d_a-z]\w+-[^\W\d_a-z])", w) for w in name):
        return False
    plain = [w.lower().rstrip(".,") for w in scope]
    while len(plain) > 1 and is_title_word(plain[-1]):
        plain.pop()  # "of Electricity Dr. Haider …"
    bare = word.rstrip(".,")
    if not _is_cap(word) or is_common_word(bare) or is_title_word(bare) or bare.lower() in ORG_CONNECTORS | PARTICLES:
        return False
    if plain[-1] in _PLACE_HEADS or plain[-1] in ORG_CONNECTORS | {"the"}:
        return False
    return all(w in ORG_CONNECTORS or is_common_word(w) for w in plain)


_HOLDER_PARTICLES = PARTICLES | {"ó", "ní", "uí", "ua", "mac", "nic", "mc"}  # and the Gaelic ones


def _portfolio_holder(tokens: list[str], low: list[str]) -> SpeakerRef | None:
    """ "Minister for Education Clodagh Farrelly", "Mayor of London Sadiq Khan", "Chancellor of the Exchequer
    Rachel Reeves": a title, its portfolio and, at the end, the holder's first and last name (with the
    particles before a surname: "Ursula von der Leyen", "Seán Ó Dálaigh")."""
    t = next((k for k in range(len(low) - 4) if low[k] in TITLE_WORDS and low[k + 1] in ("of", "for")), None)
    # a lowercase role ("a spokesman for the University of South Yorkshire") names its body, not a holder; a
    # capitalised one is a title ("Chief Executive of the Port Authority Dan Ruiz")
    if t is None or low[t] in ROLE_WORDS and not _is_cap(tokens[t]):
        return None
    rest = tokens[t + 2 :]
    joiners = ORG_CONNECTORS | PARTICLES | {"the"}
    if not all(_is_cap(w) or w.lower() in joiners for w in rest):
        return None
    start = len(rest) - 2

    def particle(w: str) -> bool:
        return w.lower() in _HOLDER_PARTICLES  # not any short word: "for Wales Jo Stevens"

    while start > 1 and (particle(rest[start]) or rest[start - 1].lower() in PARTICLES):
        start -= 1  # "Seán Ó Dálaigh", "Ursula von der Leyen"
    if start > 1 and _given_name_before(rest[: start - 1], rest[start - 1], rest[start:]):
        start -= 1  # "Minister of Electricity Haider Abdul-Kareem al-Saadi": a portfolio of plain words ends first
    name, scope = rest[start:], rest[:start]
    plain = [w for w in name if w.lower() not in PARTICLES]
    if not scope or not plain or not all(map(_is_cap, plain)) or name[0].lower() in ORG_CONNECTORS | {"the"}:
        return None
    if all(is_common_word(w.rstrip(".,")) for w in plain) or is_org_name(name):  # "the Minister for Foreign Affairs"
        return None
    if scope[-1].lower() in ("and", "&"):
        return None  # "Minister of Transport and Maritime Affairs": the portfolio goes on

    return SpeakerRef("name", name=" ".join(name), kind="person")


# "Ruiz's office", "Senator Ana Ruiz's spokeswoman": speaks for the person who owns it.
_OWNERS_OFFICE = re.compile(
    r"\s*((?:[^\W\d_a-z][\w.'’-]*\s+){0,3}[^\W\d_a-z][\w'’-]*?)['’]s?\s+"
    r"(office|press\s+office|spokes(?:man|woman|person)|campaign|representatives?)\s*"
)


def _owners_office(phrase: str) -> SpeakerRef | None:
    m = _OWNERS_OFFICE.fullmatch(phrase)
    if m is None:
        return None
    owner = parse_speaker_phrase(m.group(1))
    if owner.ref != "name" or not owner.name or owner.kind == "organization":
        return None
    return SpeakerRef("role", name=owner.name, kind="person", role=m.group(2).split()[-1].lower())


# --- name matching and clustering -------------------------------------------


_JOINED_HEAD = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ad-d|bin|ibn|abu)-(?=\w{3})")


def _gendered_pair(male: str, female: str) -> bool:
    """A Slavic or Central Asian surname and its feminine form: Ivanov/Ivanova, Petrovsky/Petrovska; a Greek one:
    Kalogridakis/Kalogridaki, Papadopoulos/Papadopoulou."""
    # endings, not whole words, so a misspelling of the one still differs from the other (Abdrakmanov/Abdrakhmanova)
    if male.endswith(("ov", "ev", "in", "yn", "sky", "ski")) and female.endswith(("ova", "eva", "ina", "yna", "ska")):
        return True
    greek = male.endswith(("is", "as", "os")) and female.endswith(("i", "a", "ou"))  # (also misspelt: Kalogeridakis)
    if len(female) >= 5 and greek:
        return True
    # Latvian Ozols/Ozola, Bērziņš/Bērziņa; Lithuanian Stanevičius/Stanevičienė/Stanevičiūtė
    latvian = len(male) >= 4 and male.endswith(("s", "š")) and female == male[:-1] + "a"
    baltic = male.endswith(("as", "is", "us", "ys")) and female.endswith(("iene", "yte", "aite", "ute"))
    return latvian or baltic and len(male) >= 6 and male[: len(male) - 4] == female[: len(male) - 4]


def token_match(a: str, b: str) -> float:
    """Similarity of two name tokens in [0, 100]; 0 means 'different'.

    Equal, or the same transliteration key, or the same consonant skeleton with the same first
    letter, or (long tokens only) one edit apart / a fuzzy ratio of at least 88."""
    na, nb = (_JOINED_HEAD.sub("", x) for x in (norm(a), norm(b)))  # "el-Sisi" ~ "Sisi"
    if not na or not nb:
        return 0.0
    if na == nb:
        return 100.0
    if len(na) >= 4 and na.replace("'", "") == nb.replace("'", ""):
        return 95.0  # a glottal stop or apostrophe left out: "Kaʻaihue" ~ "KAAIHUE", "O'Neill" ~ "ONeill"
    if _gendered_pair(na, nb) or _gendered_pair(nb, na):
        return 0.0  # "Abdrakhmanov" and his wife "Abdrakhmanova" are two people
    if min(len(na), len(nb)) >= 4 and re.sub(r"(.)\1", r"\1", na) == re.sub(r"(.)\1", r"\1", nb):
        return 90.0  # a doubled letter: "al-Tayyeb" ~ "al-Tayeb", "Mohammed" ~ "Mohamed"
    ta, tb = translit_key(na), translit_key(nb)
    if len(ta) >= 4 and ta == tb:
        return 90.0
    sa, sb = skeleton(na), skeleton(nb)
    if len(sa) >= 3 and min(len(na), len(nb)) >= 4 and sa == sb and na[0] == nb[0]:
        return 90.0
    if min(len(ta), len(tb)) >= 7 and ta[0] == tb[0] and Levenshtein.distance(ta, tb) <= 1:
        return 88.0  # "Kowalczyk" ~ "Kowalczik"
    if min(len(na), len(nb)) >= 4 and (na + "e" == nb or nb + "e" == na):
        return 88.0  # a silent final e: "Baine" ~ "Bain", "Browne" ~ "Brown"
    if len(na) == len(nb) >= 5 and na[0] == nb[0] and OSA.distance(na, nb) == 1 and sorted(na) == sorted(nb):
        return 88.0  # two letters swapped: "Founa" ~ "Fonua"
    r = fuzz.ratio(na, nb)
    if min(len(na), len(nb)) >= 6 and r >= 88:
        return r
    return 0.0


# Words that make the name after them a father's: "Sahak bin Jamalul", "Siti binti Ahmad".
PATRONYMIC = frozenset("bin binti binte bte ibn bint".split()) | INDIAN_PATRONYMIC
_PATRONYMIC_WORD = re.compile(r"(?i)(?<![\w/])(?:" + "|".join(map(re.escape, sorted(PATRONYMIC))) + r")(?![\w/])")


def _father(name: str) -> str | None:
    """The father's name a patronymic gives ("Jamalul" of "Sahak bin Jamalul"), if any."""
    if not _PATRONYMIC_WORD.search(name):
        return None  # (most names: `name_similarity` asks this of every pair it compares)
    words = norm(name).split()
    return next((words[k + 1] for k, w in enumerate(words[:-1]) if w in PATRONYMIC), None)


def _without_father(name: str, tokens: list[str]) -> list[str]:
    """A name's tokens without the father's name a patronymic gives; the family name after it stays ("al-Tayeb" of
    "Abdelrahman bin Yusuf al-Tayeb")."""
    father = _father(name)
    return [t for t in tokens if t != father] if father else tokens


def name_tokens(name: str) -> list[str]:
    if ". " not in name:
        return [t for t in norm(name).split() if t not in PARTICLES]
    # (an initial is no particle: "I. Gairbekov" is not "A. Gairbekov")
    return [t for w in name.split() for t in norm(w).split() if _is_initial(w) or t not in PARTICLES]


def acronym_of(short: str, long_: str) -> bool:
    """'ECB' is the acronym of 'European Central Bank' (connectors skipped)."""
    if not _is_acronym(short) or " " not in long_.strip():
        return False
    # connectors in any language are lower case ("Dirección Regional de Control Minero" is DRCM)
    skipped = ORG_CONNECTORS | {"the"}
    words = [w for w in re.split(r"[\s-]+", long_) if w and not w[0].islower() and w.lower() not in skipped]
    initials = "".join(w[0] for w in words if w[0].isalpha())
    return initials.upper() == short.replace(".", "").upper() and initials.isupper()


# People known by what they post, of either gender: "A local streamer who posts as “Jeonju Walker” …".
ONLINE_PERSONS = frozenset("streamer vlogger blogger influencer youtuber podcaster".split())
# Appositive head nouns that tell a bare name's kind ("Gavi, the vaccine
# alliance," / "Her husband, Hasan,").
PERSON_NOUNS = (
    _wordset(
        """
    husband wife son daughter mother father brother sister uncle aunt cousin grandmother grandfather
    grandson granddaughter widow widower partner fiancee fiance friend neighbor neighbour boy girl man
    woman mom mum dad professor student teacher pupil relative colleague
    doctor monk nun rabbi pastor potter baker shepherd weaver tanner
    """
    )
    | NAMESAKE_JOBS
    | ONLINE_PERSONS
)


_SPOKES_ROLES = {"spokesman", "spokeswoman", "spokesperson", "representative", "aide", "adviser", "advisor"}


# WordNet person nouns that newsrooms say of firms and bodies ("Vattenfall, the operator of the plant,")
FIRM_NOUNS = _wordset(
    """
    operator supplier producer retailer regulator subsidiary manufacturer maker lender insurer carrier exporter
    importer distributor developer contractor owner buyer seller broker provider sponsor shareholder investor
    """
)

# Built once: these are read for every subject phrase, and ROLE_NOUNS has some 6,000 words.
_PEOPLE = PERSON_NOUNS | ROLE_NOUNS
_PEOPLE_AND_REFS = _PEOPLE | PERSON_REFS
_PEOPLE_NOT_FIRMS = ROLE_NOUNS - FIRM_NOUNS


# An appositive that makes its head a body: "a union that represents …", "a charity based in …", "a cooperative".
_A_BODY_THAT = re.compile(
    r"\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:union|charity|foundation|association|cooperative|federation|company|"
    r"firm|group|coalition|nonprofit|network|collective|consortium|trust|business)"
    r"(?:\s+(?:that|which|representing|based|founded|set\s+up)\b.*)?",
    re.S,
)


def names_a_body(appositive: str) -> bool:
    """The appositive makes a name that reads like a person's a body ("Itsas Langileak, a union that …")."""
    return _A_BODY_THAT.fullmatch(appositive) is not None


def kind_from_appositive(phrase: str) -> str | None:
    """'the vaccine alliance' -> organization, 'her husband' -> person, else None."""
    phrase = re.split(r"\s(?:who|whom)\s", phrase)[0]  # "the inspector who wrote the report": an inspector
    words = re.findall(r"[\w.'’-]+", phrase.lower())
    head = re.split(r"\b(?:for|at|from|with)\b", phrase.lower())[0].split()
    if head and re.fullmatch(r"[a-z]{2,}ing", head[0]) and head[0] not in ORG_WORDS:
        return None  # "addressing the court on Monday": what the subject does, not what it is
    if any(w in _SPOKES_ROLES for w in head):
        return "person"  # "a spokeswoman for the office": the office is what she speaks for
    words = [w for w in words if w not in ORG_CONNECTORS]
    if not words or len(words) > 8:
        return None
    for w in reversed(words[:4]):
        if w in ORG_WORDS or w in GENERIC_ORG_REFS:
            return "organization"
        if w in PERSON_NOUNS or w in PERSON_REFS or w in TITLE_WORDS:
            return "person"
    # a WordNet person noun heading the phrase ("a fisherman"), not one after "of" ("the operator of the plant")
    noun = re.split(r"\b(?:of|for|at|from|with|in|on|who)\b", phrase.lower())[0].split()
    if any(w in _PEOPLE_NOT_FIRMS for w in noun[-2:]):  # (or "my boss there")
        return "person"
    if re.match(r"an?\s+\d{1,3}-year-old\b", phrase.strip().lower()):
        return "person"  # "a 47-year-old who …"
    return None


def name_similarity(a: str, b: str, kind: str = "person") -> float:
    """Score whether two surface forms denote the same entity (0 = no)."""
    if norm(a) == norm(b):
        return 100.0
    if kind == "organization":
        return _org_similarity(a, b)
    generations = {m.group(1).rstrip(".").lower() for m in map(_GENERATION_AT_END.search, (a, b)) if m}
    if len(generations) == 2:
        return 0.0  # "Hale Jr." is not "Robert Hale Sr."
    if is_kunya(a) or is_kunya(b):
        return 0.0  # "Abu Karim" is Karim's father, not Karim
    fathers = [_father(a), _father(b)]
    if all(fathers) and not token_match(*fathers):
        return 0.0  # "Hamad bin Salim al-Kindi" is the grandson of "Hamad bin Nasser al-Kindi"
    joined = name_similarity(a.replace("-", " "), b.replace("-", " ")) if "-" in a + b else 0.0
    if joined:  # "Sesay Kargbo" ~ "Fatmata Sesay-Kargbo"
        return joined
    return _person_similarity(a, b) or _surname_spaced(a, b)


# A generation after a name: "Robert Hale Sr.", "Travis Delacroix Jr."
GENERATION_SUFFIX = re.compile(r"[ \t]+([JS]r\b\.?)")
_GENERATION_AT_END = re.compile(GENERATION_SUFFIX.pattern + "$")


def is_kunya(name: str) -> bool:
    """ "Abu Karim": a parent named after a child's given name (not the family name "Abu Marzouk")."""
    words = norm(name).split()
    return len(words) == 2 and words[0] in KUNYA and words[1] in GIVEN_NAME_GENDER


def _surname_spaced(a: str, b: str) -> float:
    """ "Chiara Della Piane" ~ "Chiara Dellepiane": one given name, the family name written in one word or two
    (and a letter apart); or the same letters split differently."""
    ta, tb = norm(a).split(), norm(b).split()
    if len(ta) != len(tb) and min(len(ta), len(tb)) >= 2 and "".join(ta) == "".join(tb):
        return 90.0  # "Kanji Bhai Chavda" ~ "Kanjibhai Chavda": the given name in one word or two
    if len(ta) < 2 or len(tb) < 2 or len(ta) == len(tb) or ta[0] != tb[0]:
        return 0.0
    ra, rb = "".join(ta[1:]), "".join(tb[1:])
    return 85.0 if min(len(ra), len(rb)) >= 8 and fuzz.ratio(ra, rb) >= 88 else 0.0


def _org_similarity(a: str, b: str) -> float:
    """Organisations: an acronym, the name without its tail or legal form, or a near spelling."""
    if acronym_of(a, b) or acronym_of(b, a):
        return 80.0  # "ECB" ~ "European Central Bank"
    ta, tb = norm(a).split(), norm(b).split()
    suffixes = {"inc", "inc.", "ltd", "corp", "llc", "plc", "co"}
    ta = [t for t in ta if t not in suffixes]
    tb = [t for t in tb if t not in suffixes]
    short, long_ = sorted([ta, tb], key=len)
    if short and long_[: len(short)] == short:
        return 85.0
    rest = iter(long_)
    if len(short) >= 2 and short[0] == long_[0] and short[-1] == long_[-1] and all(t in rest for t in short):
        return 82.0  # "Fonderia Del Bianco" ~ "Fonderia Artistica Del Bianco": the name with a word left out
    head = long_[: len(long_) - len(short)]
    tail = short and head and long_[len(head) :] == short and head[-1] not in ORG_CONNECTORS | {"the"}
    if tail and is_org_name(b.split() + a.split()):
        return 80.0  # "Río Seco" ~ "Club Atlético Río Seco": a club or firm by its short name
    ratio = float(fuzz.token_sort_ratio(" ".join(ta), " ".join(tb)))
    return ratio if ratio >= 92 else 0.0


def _person_similarity(a: str, b: str) -> float:
    """People: family name and given name, a surname alone, initials, a double surname in part."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return 0.0
    if len(ta) == 1 or len(tb) == 1:
        single, multi = (ta, tb) if len(ta) == 1 else (tb, ta)
        if len(multi) == 1:
            return token_match(single[0], multi[0])
        # "Sahak" is Sahak bin Jamalul, not Arman bin Sahak (but "Bin Laden", particle and all, is a family name)
        if not PATRONYMIC & set(norm(a if multi is tb else b).split()):
            multi = _without_father(b if multi is tb else a, multi)
        if len(multi) == 1:
            return token_match(single[0], multi[0])
        # surname first, then any given name ("Sheikh Tamim")
        best = token_match(single[0], multi[-1])
        if best:
            return best
        return max(token_match(single[0], t) for t in multi[:-1]) * 0.9
    last = token_match(ta[-1], tb[-1])
    first = token_match(ta[0], tb[0])
    if last and first:
        return (last + first) / 2
    if len(ta) == len(tb) == 2 and token_match(ta[0], tb[1]) and token_match(ta[1], tb[0]):
        return 90.0  # family name first and last: "Hayakawa Kiyoshi" ~ "Kiyoshi Hayakawa"
    short, long_ = sorted((ta, tb), key=len)
    if len(short) < len(long_) and all(token_match(x, y) for x, y in zip(short, long_[-len(short) :], strict=True)):
        return 95.0  # a double surname without the given name: "Ortega Vega" ~ "Ana Ortega Vega"
    if (
        len(short) >= 2
        and len(short) < len(long_)
        and all(token_match(x, y) for x, y in zip(short, long_, strict=False))
    ):
        return 90.0  # without the second surname: "Joaquín Melgarejo" ~ "Joaquín Melgarejo Sáez"
    if last and (ta[0][0] == tb[0][0] and (len(ta[0]) <= 2 or len(tb[0]) <= 2)):
        return last * 0.95  # initial: "J. Smith" ~ "John Smith"
    return 0.0


_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")


@dataclass
class Cluster:
    """A group of surface forms judged to be one speaker."""

    kind: str
    forms: dict[str, int] = field(default_factory=dict)  # surface form -> count
    whole_names: bool = False  # names without a family name (Burmese): a person only by the whole name
    ages: dict[str, str] = field(default_factory=dict)  # the age the text prints after a full name ("X, 79,")
    # names the text tells apart from others like them: a full name said to be "no relation" to a namesake, a
    # single name the text says is the person's only one ("Karsono, who … uses a single name")
    apart: frozenset[str] = frozenset()

    @property
    def name(self) -> str:
        # fullest form wins, then a person's name as written over a roster's or label's capitals ("ANA RUIZ"),
        # then most frequent, then earliest inserted
        order = list(self.forms)
        return max(
            order,
            key=lambda f: (
                _LATIN.search(f) is not None,  # as the text spells it, not "杨晓梅" given beside it
                len(name_tokens(f)),
                not _is_initial(f.split()[0]),  # "Adam Gairbekov" over the label's "A. Gairbekov"
                not (self.kind == "person" and f.isupper()),
                self.kind == "organization" and len(f.split()),  # with its legal form: "Thalassa Hydro Ltd"
                self.forms[f],
                -order.index(f),
            ),
        )

    def similarity(self, form: str, kind: str) -> float:
        if form in self.ages and any(self.ages.get(f, self.ages[form]) != self.ages[form] for f in self.forms):
            return 0.0  # "Jacinto Fortes, 79," is not "Jacinto Fortes Semedo, 19,"
        if any(self._told_apart(form, f) for f in self.forms):
            return 0.0  # "the harbourmaster Murdo John Macleod (no relation)" is not Murdo Macleod
        if kind != "unknown" and self.kind != "unknown" and kind != self.kind:
            # "Thalassa Hydro said" (read as a person) is "Thalassa Hydro Ltd" without its legal form
            bare = {" ".join(w for w in f.split() if w.lower() not in LEGAL_FORMS) for f in self.forms}
            if norm(form) in {norm(b) for b in bare} - {norm(f) for f in self.forms}:
                return 85.0
            # ("Serra Azul said" is "Serra Azul Alimentos SA", a body with a legal form, by its first words)
            legal = [
                " ".join(w for w in f.split() if w.lower() not in LEGAL_FORMS)
                for f in self.forms
                if LEGAL_FORMS & set(f.lower().split()[1:])
            ]
            prefix = any(len(form.split()) >= 2 and norm(b).startswith(norm(form) + " ") for b in legal)
            return 85.0 if prefix else 0.0
        k = "organization" if "organization" in (kind, self.kind) else "person"
        if self.whole_names and k == "person":
            return max(_whole_name_similarity(form, f) for f in self.forms)
        best = max(name_similarity(form, f, k) for f in self.forms)
        if not best and k == "person":  # within one article only: a misspelt family name ("Tuason" for "Tuazon")
            best = max(misspelt_surname(form, f) for f in self.forms)
        return best

    def _told_apart(self, form: str, other: str) -> bool:
        """Two names the text tells apart (``apart``): a full name said to be no relation and any other full name (but
        "Ruelas Ortiz" of "Patricia Ruelas Ortiz, no relation," is her family name); a person's only name and any
        longer one ("Karsono" is not "Ki Karsono Wibowo")."""
        if form == other or not self.apart & {form, other}:
            return False
        short, long_ = sorted((form, other), key=lambda n: " " in n)
        if " " not in long_:
            return False
        if " " not in short:
            return short in self.apart
        return not form.endswith(" " + other) and not other.endswith(" " + form)


def _whole_name_similarity(a: str, b: str) -> float:
    """Names without a family name: the same name, or a Kachin clan name left off ("Ja Seng" of "Maran Ja Seng");
    "Zaw Min" is not "Zaw Min Htet". (A one-word form is read as anywhere: "Ko said" of "Ko Wen-je".)"""
    short, long_ = sorted((norm(a).split(), norm(b).split()), key=len)
    if len(short) < 2:
        return name_similarity(a, b)
    if short == long_:
        return 100.0
    return 90.0 if long_[-len(short) :] == short else 0.0


def misspelt_surname(single: str, name: str) -> float:
    """A bare family name one letter (two, when long) from the family name of someone named in full, with the same
    first three letters: "Tuason" ~ "Arnel Tuazon", "Pambianchi" ~ "Lorenzo Pambianco"."""
    a = name_tokens(single)
    if len(a) != 1:
        return 0.0  # (most forms it is asked about: before reading the other name)
    words = name_tokens(name)
    if len(words) < 2:
        return 0.0
    x, y = a[0], words[-1]
    if min(len(x), len(y)) < 5 or x[:3] != y[:3] or x.startswith(y) or y.startswith(x):
        return 0.0  # ("Papadaki" and "Papadakis", "Novák" and "Nováková": a woman and a man of one family)
    if _gendered_pair(x, y) or _gendered_pair(y, x):
        return 0.0
    return 80.0 if Levenshtein.distance(x, y) <= (2 if min(len(x), len(y)) >= 8 else 1) else 0.0


def cluster_forms(
    forms: list[tuple[str, str]],
    whole_names: bool = False,
    ages: dict[str, str] | None = None,
    apart: frozenset[str] = frozenset(),
    named_at: dict[str, int] | None = None,
) -> list[Cluster]:
    """Cluster (surface form, kind) pairs; fuller forms seed clusters first. With ``whole_names`` (names without a
    family name) a person is known only by the whole name; two forms the text prints with different ages (``ages``)
    are two people, and so are names the text tells apart (``apart``, see `Cluster`). ``named_at`` (where the text
    first prints a form) decides which person the article named first; without it, the first quoted."""
    clusters: list[Cluster] = []
    first: dict[int, tuple[int, int]] = {}  # where each cluster's first form stands in the article
    order = sorted(range(len(forms)), key=lambda i: (-len(name_tokens(forms[i][0])), i))
    for i in order:
        form, kind = forms[i]
        scored = [(c.similarity(form, kind), c) for c in clusters]
        scored = [(s, c) for s, c in scored if s > 0]
        if scored:
            # a tie ("Kofoed" for Henning or Mette Kofoed) goes to one of the form's kind, then to the one the
            # article named first (not the firm "Fonderia Artistica Del Bianco" for a person's "Del Bianco")
            # (a one-word form's near matches tie too: "Chan" is "Chan Siu-ling", named before "Derek Chan")
            alone = " " not in form
            s, best = max(
                scored,
                key=lambda sc: (sc[0] >= 90 if alone else sc[0], sc[1].kind == kind, [-n for n in first[id(sc[1])]]),
            )
            best.forms[form] = best.forms.get(form, 0) + 1
            if best.kind == "unknown":
                best.kind = kind
        else:
            cluster = Cluster(kind=kind, forms={form: 1}, whole_names=whole_names, ages=ages or {}, apart=apart)
            clusters.append(cluster)
            first[id(cluster)] = ((named_at or {}).get(form, 0), i)
    return clusters


def resolve_known(cluster: Cluster, known: list[KnownSpeaker]) -> KnownSpeaker | None:
    """Match a cluster to a known speaker by name/alias (accent-insensitive, fuzzy)."""
    best: tuple[float, KnownSpeaker | None] = (0.0, None)
    tie = False
    for ks in known:
        names = [ks.name, *ks.aliases]
        score = 0.0
        for f in cluster.forms:
            for n in names:
                s = name_similarity(f, n, cluster.kind if cluster.kind == "organization" else "person")
                if not s and cluster.kind == "unknown":
                    s = name_similarity(f, n, "organization")
                score = max(score, s)
        if score > best[0]:
            best, tie = (score, ks), False
        elif score and score == best[0]:
            tie = True
    return None if tie else best[1]
