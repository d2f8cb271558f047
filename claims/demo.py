"""The demo newsroom, built from the seed article through the action layer, as its people would.

Beside the seed article (English), a Spanish and a Russian account of it (claims/demo_data) carry claims in
those languages, so search can be tried, and is tested, in every language the demo holds.

Idempotent: every object is found by its natural key first, and a claim's
workflow is only walked the first time the claim is created.
"""

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction

from claims import actions
from claims.models import AppearanceKind, Claim, FactCheck, Rating, RatingScale
from factdb import accounts
from sources import actions as sources
from sources.models import SourceKind, Speaker, SpeakerKind

SEED_NAME = "000_a210f0d96ceeeea4.txt"
# Read from the shared seed folder beside the project; a bundled copy keeps clones elsewhere working.
SEED_PATHS = [
    settings.BASE_DIR.parent / "shared" / "seed-articles" / SEED_NAME,
    Path(__file__).parent / "demo_data" / "seed_article.txt",
]

DEMO_PASSWORD = settings.FACTDB_DEMO_PASSWORD
DEMO_USERS = [  # username, role group, superuser
    ("admin", "Admin", True),
    ("editor", "Editor", False),
    ("factchecker", "Fact-checker", False),
    ("reporter", "Reporter", False),
]


def seed_article_text() -> str:
    for path in SEED_PATHS:
        if path.exists():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(f"Seed article not found in {', '.join(map(str, SEED_PATHS))}")


def paragraph_with(text: str, fragment: str) -> tuple[int, str]:
    """1-based paragraph number and the verbatim sentence-bearing paragraph containing `fragment`."""
    for number, paragraph in enumerate((p for p in text.splitlines() if p.strip()), start=1):
        if fragment in paragraph:
            return number, paragraph.strip()
    raise ValueError(f"The seed article no longer contains {fragment!r}")


@dataclass
class DemoSource:
    url: str
    title: str
    outlet: tuple[str, str]  # name, domain
    language: str
    published_on: datetime.date
    file: str = ""  # in demo_data; the seed article when empty

    def text(self) -> str:
        return (DEMO_DATA / self.file).read_text(encoding="utf-8") if self.file else seed_article_text()


DEMO_DATA = Path(__file__).parent / "demo_data"
DEMO_SOURCES = {
    "wire": DemoSource(
        url="https://worldwire.example/2025/05/russia-offers-taliban-help-against-isis",
        title="Russia offers to help Taliban fight ISIS as Moscow eyes Afghan business ties",
        outlet=("World Wire (demo outlet)", "worldwire.example"),
        language="en",
        published_on=datetime.date(2025, 5, 6),
    ),
    "es": DemoSource(
        url="https://agenciamundo.example/2025/05/rusia-ofrece-ayuda-a-los-talibanes",
        title="Rusia ofrece ayuda a los talibanes contra el Estado Islámico",
        outlet=("Agencia Mundo (demo outlet)", "agenciamundo.example"),
        language="es",
        published_on=datetime.date(2025, 5, 7),
        file="articulo_es.txt",
    ),
    "ru": DemoSource(
        url="https://mirnovostei.example/2025/05/rossiya-gotova-pomoch-talibam",
        title="Россия готова помочь талибам в борьбе с ИГИЛ",
        outlet=("Мир новостей (demo outlet)", "mirnovostei.example"),
        language="ru",
        published_on=datetime.date(2025, 5, 7),
        file="statya_ru.txt",
    ),
}


@dataclass
class DemoClaim:
    text: str
    speaker: str | None  # a name or alias, in any script
    fragments: list[str]  # verbatim pieces of the source's text, one appearance each
    kind: str = AppearanceKind.DIRECT_QUOTE
    topics: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)  # workflow steps after creation
    public: bool = False
    verdict: dict | None = None  # headline, explanation, category, evidence [(url, title, note)]
    correction: dict | None = None  # note, category
    source: str = "wire"  # key in DEMO_SOURCES; the claim is in its language


DEMO_CLAIMS = [
    DemoClaim(
        text="The March 2024 attack on Crocus City Hall in Moscow killed 145 people.",
        speaker=None,
        fragments=["killing 145 and wounding hundreds more"],
        kind=AppearanceKind.PARAPHRASE,
        topics=["Terrorism", "Russia"],
        steps=["select", "start_research", "submit_for_review", "publish"],
        verdict={
            "headline": "Crocus City Hall death toll: 145 is the official figure",
            "explanation": "Russian authorities' final count of those killed in the 22 March 2024 attack was 145; "
            "early reports gave 133, 137, 139 and 144 as the toll rose. Hundreds were wounded.",
            "category": "mostly_true",
            "evidence": [
                (
                    "https://en.wikipedia.org/wiki/Crocus_City_Hall_attack",
                    "Crocus City Hall attack",
                    "Summary of tolls.",
                ),
                ("https://sledcom.ru/", "Investigative Committee of Russia", "Official statements on the toll."),
            ],
        },
        correction={
            "note": "We first rated this Mostly true because early tolls differed. The final official toll is "
            "145, so the figure in the article is accurate: rating changed to True.",
            "category": "true",
        },
    ),
    DemoClaim(
        text="Russia removed the Taliban from its list of terrorist organisations.",
        speaker=None,
        fragments=[
            "Moscow had previously included the Taliban on its terrorist group list, but removed the designation"
        ],
        kind=AppearanceKind.PARAPHRASE,
        topics=["Afghanistan", "Russia"],
        steps=["select", "start_research", "submit_for_review", "publish"],
        verdict={
            "headline": "Yes: Russia's Supreme Court lifted the Taliban's terrorist designation in April 2025",
            "explanation": "On 17 April 2025 Russia's Supreme Court suspended the ban on the Taliban, which had been "
            "listed as a terrorist organisation since 2003, at the request of the Prosecutor General.",
            "category": "true",
            "evidence": [
                (
                    "https://en.wikipedia.org/wiki/Afghanistan%E2%80%93Russia_relations",
                    "Afghanistan–Russia relations",
                    "Timeline including the April 2025 ruling.",
                ),
            ],
        },
    ),
    DemoClaim(
        text="Afghanistan has deposits of hydrocarbons, precious stones and rare earth metals.",
        speaker="Zamir Kabulov",
        fragments=["There are hydrocarbons, as well as deposits of precious stones and rare earth metals"],
        topics=["Afghanistan", "Economy"],
        steps=["select", "start_research", "submit_for_review", "publish"],
        verdict={
            "headline": "Afghanistan's mineral wealth, including rare earths, is well documented",
            "explanation": "US Geological Survey assessments describe oil and gas basins, gemstones and rare earth "
            "element deposits in Afghanistan; most remain undeveloped.",
            "category": "true",
            "evidence": [
                (
                    "https://www.usgs.gov/centers/geology%2C-energy-%26-minerals-science-center/science/afghanistan",
                    "USGS: Afghanistan projects",
                    "Mineral and hydrocarbon resource assessments.",
                ),
            ],
        },
    ),
    DemoClaim(
        text="Lithium mining requires large volumes of water, which is scarce in Afghanistan.",
        speaker="Zamir Kabulov",
        fragments=["We should not forget that lithium mining requires large volumes of water"],
        topics=["Afghanistan", "Economy"],
        steps=["select", "start_research", "submit_for_review"],
        verdict={
            "headline": "Lithium extraction is water-intensive, and Afghanistan is water-stressed",
            "explanation": "Draft: brine and hard-rock lithium extraction both use significant water.",
            "category": "mostly_true",
            "evidence": [("https://www.iea.org/", "IEA critical minerals outlook", "Water intensity of lithium.")],
        },
    ),
    DemoClaim(
        text="The Taliban are fighting the Afghan wing of ISIS.",
        speaker="Zamir Kabulov",
        fragments=[
            "We see and appreciate the efforts that the Taliban are making in the fight against the Afghan wing of ISIS"
        ],
        topics=["Afghanistan", "Terrorism"],
        steps=["select", "start_research"],
        public=True,  # followed publicly while it is checked (claim tracker)
    ),
    DemoClaim(
        text="ISIS is a common enemy of Russia and Afghanistan.",
        speaker="Zamir Kabulov",
        fragments=["This group is a common enemy for Russia and Afghanistan"],
        topics=["Terrorism"],
        steps=["mark_not_checkable"],
    ),
    DemoClaim(
        text="Cooperation between Moscow and Kabul continues de facto.",
        speaker="Zamir Kabulov",
        fragments=["Cooperation between Moscow and Kabul continues de facto."],
        topics=["Afghanistan", "Russia"],
    ),
    DemoClaim(
        text="Ukraine was linked to the Crocus City Hall attack.",
        speaker="The Kremlin",
        fragments=["The Kremlin raised allegations of Ukrainian links to the Crocus City Hall attack"],
        kind=AppearanceKind.PARAPHRASE,
        topics=["Terrorism", "Russia"],
        steps=["select"],
    ),
    DemoClaim(
        text="Removing the Taliban from Russia's list of prohibited terror groups removes a final obstacle to "
        "full normalisation of relations between Russia and Afghanistan.",
        speaker="Zamir Kabulov",
        fragments=[
            "the decision to remove the Taliban from Russia’s list of prohibited terror groups removes a final obstacle"
        ],
        kind=AppearanceKind.PARAPHRASE,
        topics=["Afghanistan", "Russia"],
    ),
    # Spanish and Russian: the same events as told by the demo's other sources.
    DemoClaim(
        text="El atentado de marzo de 2024 contra el Crocus City Hall de Moscú dejó 145 muertos.",
        speaker=None,
        fragments=["dejó 145 muertos y cientos de heridos"],
        kind=AppearanceKind.PARAPHRASE,
        topics=["Terrorism", "Russia"],
        steps=["select", "start_research", "submit_for_review", "publish"],
        verdict={
            "headline": "Crocus City Hall: 145 muertos es la cifra oficial",
            "explanation": "Las autoridades rusas cifraron en 145 los muertos del atentado del 22 de marzo de 2024; "
            "los primeros balances dieron cifras menores mientras avanzaba el recuento.",
            "category": "true",
            "evidence": [
                (
                    "https://es.wikipedia.org/wiki/Atentado_del_Crocus_City_Hall",
                    "Atentado del Crocus City Hall",
                    "Cifras oficiales de víctimas.",
                ),
            ],
        },
        source="es",
    ),
    DemoClaim(
        text="Afganistán tiene yacimientos de hidrocarburos, piedras preciosas y metales de tierras raras.",
        speaker="Zamir Kabulov",
        fragments=["Afganistán tiene yacimientos de hidrocarburos, piedras preciosas y metales de tierras raras"],
        kind=AppearanceKind.PARAPHRASE,
        topics=["Afghanistan", "Economy"],
        steps=["select", "start_research", "submit_for_review", "publish"],
        verdict={
            "headline": "La riqueza mineral de Afganistán, tierras raras incluidas, está documentada",
            "explanation": "Los estudios del Servicio Geológico de Estados Unidos describen cuencas de petróleo y "
            "gas, gemas y yacimientos de tierras raras en Afganistán; la mayoría sin explotar.",
            "category": "true",
            "evidence": [
                (
                    "https://www.usgs.gov/centers/geology%2C-energy-%26-minerals-science-center/science/afghanistan",
                    "USGS: Afghanistan projects",
                    "Evaluaciones de recursos minerales e hidrocarburos.",
                ),
            ],
        },
        source="es",
    ),
    DemoClaim(
        text="Россия исключила движение «Талибан» из списка террористических организаций.",
        speaker=None,
        fragments=["Верховный суд России приостановил запрет деятельности движения «Талибан»"],
        kind=AppearanceKind.PARAPHRASE,
        topics=["Afghanistan", "Russia"],
        steps=["select", "start_research", "submit_for_review", "publish"],
        verdict={
            "headline": "Да: в апреле 2025 года Верховный суд России приостановил запрет «Талибана»",
            "explanation": "17 апреля 2025 года Верховный суд России по иску Генеральной прокуратуры приостановил "
            "запрет деятельности движения, которое с 2003 года считалось террористической организацией.",
            "category": "true",
            "evidence": [
                (
                    "https://en.wikipedia.org/wiki/Afghanistan%E2%80%93Russia_relations",
                    "Afghanistan–Russia relations",
                    "Хронология, включая решение апреля 2025 года.",
                ),
            ],
        },
        source="ru",
    ),
    DemoClaim(
        text="Теракт в «Крокус Сити Холле» в марте 2024 года унёс жизни 145 человек.",
        speaker=None,
        fragments=["Теракт в «Крокус Сити Холле» в марте 2024 года унёс жизни 145 человек"],
        kind=AppearanceKind.PARAPHRASE,
        topics=["Terrorism", "Russia"],
        steps=["select", "start_research", "submit_for_review", "publish"],
        verdict={
            "headline": "145 погибших: это окончательные официальные данные",
            "explanation": "По итоговым данным российских властей, при теракте 22 марта 2024 года погибли 145 "
            "человек; первые сообщения называли меньшие цифры.",
            "category": "true",
            "evidence": [("https://sledcom.ru/", "Следственный комитет России", "Официальные сообщения.")],
        },
        source="ru",
    ),
    DemoClaim(
        text="Сотрудничество между Москвой и Кабулом де-факто продолжается.",
        speaker="Замир Кабулов",  # an alias: found across scripts
        fragments=["сотрудничество между Москвой и Кабулом де-факто продолжается"],
        kind=AppearanceKind.PARAPHRASE,
        topics=["Afghanistan", "Russia"],
        source="ru",
    ),
]


def _users() -> dict[str, User]:
    """The demo's people: a superuser (bootstrapped, as `createsuperuser` would), who adds the others."""
    users = {}
    admin = User.objects.filter(username="admin").first()
    if admin is None:
        admin = User.objects.create_superuser("admin", email="admin@newsroom.example", password=DEMO_PASSWORD)
    users["admin"] = admin
    for username, role, _superuser in DEMO_USERS[1:]:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = accounts.do_create_user(
                username, email=f"{username}@newsroom.example", roles=[role], password=DEMO_PASSWORD, actor=admin
            )
        users[username] = user
    for user in users.values():  # the documented password, whatever it was changed to
        if not user.check_password(DEMO_PASSWORD):
            accounts.do_set_password(user, DEMO_PASSWORD, actor=admin)
    return users


def _speakers(reporter: User) -> dict[str, Speaker]:
    kabulov = sources.resolve_speaker(
        "Zamir Kabulov",
        create=True,
        actor=reporter,
        # the article misspells him once as "Kubalov"
        aliases=("Kabulov", "Kubalov", "Замир Кабулов"),
        kind=SpeakerKind.PERSON,
        role="Russian presidential envoy for Afghanistan",
        affiliation="Ministry of Foreign Affairs of Russia",
        country="RU",
        description="Russian diplomat, formerly ambassador to Afghanistan.",
    )
    kremlin = sources.resolve_speaker(
        "The Kremlin",
        create=True,
        actor=reporter,
        aliases=("Kremlin",),
        kind=SpeakerKind.ORGANIZATION,
        affiliation="Government of Russia",
        country="RU",
    )
    return {"Zamir Kabulov": kabulov, "The Kremlin": kremlin}


def _speaker(speakers: dict[str, Speaker], name: str | None) -> Speaker | None:
    """The demo speaker named `name` or one of their aliases (any script, case or accents)."""
    if not name:
        return None
    return speakers.get(name) or Speaker.objects.matching(name).get()


@transaction.atomic
def load_demo() -> dict[str, int]:
    """Create (or complete) the demo newsroom. Returns how many claims were created."""
    users = _users()
    reporter = users["reporter"]
    speakers = _speakers(reporter)
    texts, sources_by_key = {}, {}
    for key, demo_source in DEMO_SOURCES.items():
        name, domain = demo_source.outlet
        outlet = sources.resolve_outlet(name, domain=domain, create=True, actor=reporter, url=f"https://{domain}/")
        texts[key] = demo_source.text()
        sources_by_key[key], _ = sources.capture_source(
            actor=reporter,
            url=demo_source.url,
            kind=SourceKind.ARTICLE,
            title=demo_source.title,
            outlet=outlet,
            published_on=demo_source.published_on,
            language=demo_source.language,
            full_text=texts[key],
        )
    default_scale = RatingScale.objects.get(is_default=True)
    created = 0
    for demo in DEMO_CLAIMS:
        is_new = not Claim.objects.filter(text=demo.text).exists()
        claim = None
        for fragment in demo.fragments:
            number, _ = paragraph_with(texts[demo.source], fragment)
            claim = actions.do_capture_appearance(
                actor=reporter,
                source=sources_by_key[demo.source],
                quote=fragment,
                claim=claim,
                claim_text=demo.text,
                speaker=_speaker(speakers, demo.speaker),
                kind=demo.kind,
                location=f"paragraph {number}",
            ).claim
        if not is_new:
            continue
        topics = [actions.topic_for(name, actor=users["factchecker"]) for name in demo.topics]
        actions.do_set_topics(claim, topics, actor=reporter)
        created += 1
        _walk(claim, demo, users, default_scale)
    return {"created": created, "claims": Claim.objects.count()}


def _walk(claim: Claim, demo: DemoClaim, users: dict[str, User], scale: RatingScale) -> None:
    """Take the demo claim through its workflow as the right people would."""
    actor = {
        "select": "editor",
        "mark_not_checkable": "editor",
        "start_research": "factchecker",
        "submit_for_review": "factchecker",
        "publish": "editor",
    }
    for step in demo.steps:
        if step == "submit_for_review" and demo.verdict:
            _draft(claim, demo.verdict, users["factchecker"], scale)
        actions.do_step(claim, step, actor=users[actor[step]])
    if demo.verdict and "submit_for_review" not in demo.steps:
        _draft(claim, demo.verdict, users["factchecker"], scale)
    if demo.public:
        actions.do_set_claim_visibility(claim, True, actor=users["editor"])
    if demo.correction:
        fact_check = claim.fact_checks.get(status="published")
        actions.do_revise_fact_check(
            fact_check,
            actor=users["editor"],
            changes={"rating": Rating.objects.get(scale=scale, category=demo.correction["category"])},
            correction_note=demo.correction["note"],
        )


def _draft(claim: Claim, verdict: dict, author: User, scale: RatingScale) -> FactCheck:
    return actions.do_draft_fact_check(
        claim,
        actor=author,
        rating=Rating.objects.get(scale=scale, category=verdict["category"]),
        headline=verdict["headline"],
        explanation=verdict["explanation"],
        internal_notes="Demo research notes: internal only.",
        evidence=[{"url": url, "title": title, "note": note} for url, title, note in verdict["evidence"]],
    )
