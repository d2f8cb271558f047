"""The demo newsroom, built from the seed article through the action layer, as its people would.

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
class DemoClaim:
    text: str
    speaker: str | None
    fragments: list[str]  # verbatim pieces of the article, one appearance each
    kind: str = AppearanceKind.DIRECT_QUOTE
    topics: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)  # workflow steps after creation
    public: bool = False
    verdict: dict | None = None  # headline, explanation, category, evidence [(url, title, note)]
    correction: dict | None = None  # note, category


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


@transaction.atomic
def load_demo() -> dict[str, int]:
    """Create (or complete) the demo newsroom. Returns how many claims were created."""
    article = seed_article_text()
    users = _users()
    reporter = users["reporter"]
    speakers = _speakers(reporter)
    outlet = sources.resolve_outlet(
        "World Wire (demo outlet)",
        domain="worldwire.example",
        create=True,
        actor=reporter,
        url="https://worldwire.example/",
    )
    source, _ = sources.capture_source(
        actor=reporter,
        url="https://worldwire.example/2025/05/russia-offers-taliban-help-against-isis",
        kind=SourceKind.ARTICLE,
        title="Russia offers to help Taliban fight ISIS as Moscow eyes Afghan business ties",
        outlet=outlet,
        published_on=datetime.date(2025, 5, 6),
        language="en",
        full_text=article,
    )
    default_scale = RatingScale.objects.get(is_default=True)
    created = 0
    for demo in DEMO_CLAIMS:
        is_new = not Claim.objects.filter(text=demo.text).exists()
        claim = None
        for fragment in demo.fragments:
            number, _ = paragraph_with(article, fragment)
            claim = actions.do_capture_appearance(
                actor=reporter,
                source=source,
                quote=fragment,
                claim=claim,
                claim_text=demo.text,
                speaker=speakers.get(demo.speaker) if demo.speaker else None,
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
