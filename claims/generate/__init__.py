"""A realistic synthetic newsroom, for benchmarks at production scale (`manage.py generate_data`).

`Dataset(claims=N, seed=S)` describes speakers with aliases, outlets, sources, claims with
one to three appearances each, topics, fact-checks (about a fifth of claims published,
with evidence, ratings, revisions and the odd correction or retraction) and a few
workflow steps. Wording comes from templates filled with Zipf-distributed vocabulary
(claims.generate.vocabulary), so common words are common and full-text and trigram
search behave as on real prose. The same seed gives byte-identical rows.

Rows come out as PostgreSQL COPY text lines, table by table, with explicit ids; the
action claims.actions.bulk_load.do_load_generated writes them. Tables are produced
lazily and later ones use what earlier ones decided, so consume each table's rows
before asking for the next.
"""

import random
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from string import Formatter

import orjson
from django.db import models
from django.utils.text import slugify
from unidecode import unidecode

from claims.generate import vocabulary as vocab
from claims.models import (
    Appearance,
    Claim,
    ClaimTopic,
    ClaimTransition,
    Correction,
    Evidence,
    FactCheck,
    FactCheckRevision,
    Topic,
)
from factdb.policy import EDITOR, FACT_CHECKER, REPORTER
from sources.models import Outlet, Source, Speaker, SpeakerAlias
from sources.normalize import domain_of, name_keys, normalize_name, normalize_url

START = date(2013, 1, 1)  # the newsroom's archive begins; claims are spread evenly up to END
END = date(2026, 11, 30)
SPAN_DAYS = (END - START).days - 120  # what happens after a claim (verdicts, corrections) stays before END
DAY = 86_400

# Claim statuses, drawn in this order from one uniform number: (status, cumulative share).
STATUSES = [
    ("published", 0.200),
    ("retracted", 0.204),
    ("in_review", 0.229),
    ("researching", 0.279),
    ("selected", 0.329),
    ("not_checkable", 0.429),
    ("new", 1.0),
]
# Share of claims editors made public, by status (a published or retracted verdict is always public).
PUBLIC_SHARE = {"in_review": 0.35, "researching": 0.35, "selected": 0.12, "not_checkable": 0.12, "new": 0.12}
RATING_WEIGHTS = {"false": 35, "mostly_false": 22, "mixed": 15, "mostly_true": 12, "true": 10, "unproven": 6}
WORKFLOW = {  # the steps that lead to each status (for the sampled ClaimTransition rows)
    "selected": ["select"],
    "researching": ["select", "start_research"],
    "in_review": ["select", "start_research", "submit_for_review"],
    "published": ["select", "start_research", "submit_for_review", "publish"],
    "retracted": ["select", "start_research", "submit_for_review", "publish", "retract"],
    "not_checkable": ["mark_not_checkable"],
}
STEP_TARGETS = {
    "select": "selected",
    "start_research": "researching",
    "submit_for_review": "in_review",
    "publish": "published",
    "retract": "retracted",
    "mark_not_checkable": "not_checkable",
}
TRANSITION_SAMPLE = 40  # every 40th claim keeps its workflow log (a few, as the data needs)
_FC_STATUS = {"published": 1, "retracted": 2, "in_review": 3, "draft": 4}
_FC_STATUS_NAME = {code: name for name, code in _FC_STATUS.items()}

_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})
NULL = "\\N"


def esc(text: str) -> str:
    """A value for a COPY text-format line."""
    return text.translate(_ESCAPES)


def keys(name: str) -> str:
    """A speaker's or alias's name_keys as a COPY array literal (keys are plain letters and colons)."""
    return "{" + ",".join(name_keys(name)) + "}"


def _ts(seconds: int) -> str:
    """A timestamp, `seconds` after START (UTC), as COPY reads it."""
    day, rest = divmod(seconds, DAY)
    return f"{_day(day)} {rest // 3600:02d}:{rest // 60 % 60:02d}:{rest % 60:02d}+00"


_DAYS: dict[int, str] = {}


def _day(day: int) -> str:
    text = _DAYS.get(day)
    if text is None:
        text = _DAYS[day] = (START + timedelta(days=day)).isoformat()
    return text


def _year_of(seconds: int) -> int:
    return int(_day(seconds // DAY)[:4])


class Weighted:
    """Draw from [(item, weight), ...] with one random number: a lookup table holding each item in proportion."""

    SIZE = 8192

    def __init__(self, pairs):
        total = sum(weight for _, weight in pairs)
        self.table = [item for item, weight in pairs for _ in range(max(1, round(weight / total * self.SIZE)))]
        self.n = len(self.table)

    def draw(self, rnd: Callable[[], float]):
        return self.table[int(rnd() * self.n)]


def zipf(items, s: float = 1.0) -> Weighted:
    """`items`, most common first: the item of rank r has weight 1 / r**s."""
    return Weighted([(item, 1 / (rank + 1) ** s) for rank, item in enumerate(items)])


@dataclass(frozen=True)
class Person:
    """A newsroom user the generated record names (authors, reviewers, who captured what)."""

    username: str
    first_name: str
    last_name: str
    role: str  # a factdb.policy role


@dataclass(frozen=True)
class Newsroom:
    """What the generated rows point to in the database: its people and the default rating scale."""

    reporters: tuple[int, ...]
    fact_checkers: tuple[int, ...]
    editors: tuple[int, ...]
    ratings: dict[str, int]  # rating category -> rating id


@dataclass
class Table:
    """One table's rows, as COPY text lines in `columns` order."""

    model: type[models.Model]
    columns: tuple[str, ...]
    rows: Iterable[str]
    count: int


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


# Claims starting with these words read on after a lead-in ("The truth is that unemployment rose ...").
_LOWER_OK = {metric.split()[0].capitalize() for metric, _ in vocab.METRICS} | {
    "The", "There", "Every", "More", "Half", "Since", "Under", "A", "Nobody", "We", "Vaccination", "Hospital",
}  # fmt: skip


_TOPIC_INDEX = {name: index for index, name in enumerate(vocab.TOPICS)}


def _run_on(text: str) -> str:
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first in _LOWER_OK else text


class Dataset:
    """N claims and everything around them, deterministic for `seed` (see the module docstring)."""

    def __init__(self, claims: int, seed: int = 0):
        if claims < 1:
            raise ValueError("Generate at least one claim.")
        self.n_claims = claims
        self.seed = seed
        self.n_speakers = max(30, claims // 200)
        self.n_outlets = max(10, min(500, claims // 2000))
        self.n_sources = max(30, claims // 10)
        self.rng = random.Random(seed)
        rnd = self.rng.random
        self._places = zipf(vocab.PLACES, 0.9)
        self._named_places = zipf(vocab.PLACES[1:], 0.9)
        self._regions = zipf(vocab.REGIONS)
        self._actors = zipf(vocab.ACTORS)
        self._groups = zipf(vocab.GROUPS, 0.8)
        self._programmes = zipf(vocab.PROGRAMMES, 0.8)
        self._commodities = zipf(vocab.COMMODITIES)
        self._events = zipf(vocab.EVENTS)
        self._causes = zipf(vocab.CAUSES)
        self._policies = zipf(vocab.POLICIES)
        self._metrics = zipf(range(len(vocab.METRICS)), 0.9)
        self._rises = zipf(vocab.RISES, 0.9)
        self._timeframes = zipf(vocab.TIMEFRAMES, 0.8)
        self._years_back = zipf(range(25), 0.6)  # claims name recent years more often than old ones
        self.year_now = END.year  # the year a claim or verdict is written in (set before writing one)
        self._topics = zipf(range(len(vocab.TOPICS)), 0.8)
        self._templates = zipf([self._parse(t) for t in vocab.TEMPLATES_EN], 0.7)
        self._other = {lang: [self._parse(t) for t in ts] for lang, ts in vocab.TEMPLATES_OTHER.items()}
        self._agencies = zipf(vocab.EVIDENCE_SOURCES, 0.8)
        self._ratings = Weighted(list(RATING_WEIGHTS.items()))
        self._slots: dict[str, Callable[[], str]] = {
            "metric": self._metric,
            "metric_is": lambda: self._metric(" is", " are"),
            "metric_has": lambda: self._metric(" has", " have"),
            "risen": lambda: vocab.RISEN[int(rnd() * len(vocab.RISEN))],
            "place": lambda: self._places.draw(rnd),
            "place2": lambda: self._places.draw(rnd),
            "named_place": lambda: self._named_places.draw(rnd),
            "region": lambda: self._regions.draw(rnd),
            "actor": lambda: self._actors.draw(rnd),
            "group": lambda: self._groups.draw(rnd),
            "programme": lambda: self._programmes.draw(rnd),
            "programme2": lambda: self._programmes.draw(rnd),
            "commodity": lambda: self._commodities.draw(rnd),
            "events": lambda: self._events.draw(rnd),
            "cause": lambda: self._causes.draw(rnd),
            "policy": lambda: self._policies.draw(rnd),
            "creditor": lambda: vocab.CREDITORS[int(rnd() * len(vocab.CREDITORS))],
            "rise": lambda: self._rises.draw(rnd),
            "timeframe": lambda: self._timeframes.draw(rnd),
            "ordinal": lambda: vocab.ORDINALS[int(rnd() * len(vocab.ORDINALS))],
            "year": self._year,
            "pct": self._pct,
            "count": self._count,
            "money": self._money,
            "small_money": self._small_money,
            "n": lambda: str(2 + int(rnd() * 40)),
        }
        self._topic_of_claim = 0  # set by the metric slot while a claim is written

    # --- wording -------------------------------------------------------------------------------------

    @staticmethod
    def _parse(template: str) -> tuple[str, list[str]]:
        return template, [field for _, field, _, _ in Formatter().parse(template) if field]

    def _metric(self, singular: str = "", plural: str = "") -> str:
        metric, topic = vocab.METRICS[self._metrics.draw(self.rng.random)]
        self._topic_of_claim = _TOPIC_INDEX[topic]
        return metric + (plural if metric.endswith("s") else singular)

    def _year(self) -> str:
        return str(self.year_now - self._years_back.draw(self.rng.random))

    def _pct(self) -> str:
        rnd = self.rng.random
        if rnd() < 0.35:
            return f"{1 + int(rnd() * 60)}.{int(rnd() * 10)}"
        return str(1 + int(rnd() * 99))

    def _count(self) -> str:
        n = int(10 ** (2 + self.rng.random() * 4.5))
        if n >= 1_000_000:
            return f"{n / 1_000_000:.1f} million"
        digits = len(str(n)) - 2
        return f"{round(n, -digits):,}"

    def _money(self) -> str:
        rnd = self.rng.random
        currency = vocab.CURRENCIES[int(rnd() * 3 if rnd() < 0.9 else rnd() * len(vocab.CURRENCIES))]
        unit = "billion" if rnd() < 0.5 else "million"
        return f"{currency}{1 + int(rnd() * 900) / 10:g} {unit}"

    def _small_money(self) -> str:
        rnd = self.rng.random
        return f"{vocab.CURRENCIES[int(rnd() * 3)]}{5 + int(rnd() * 3000):,}"

    def _fill(self, template) -> str:
        text, fields = template
        values = {}
        for field in fields:
            value = self._slots[field.lower()]()
            values[field] = _capitalised(value) if field[0].isupper() else value
        return text.format(**values)

    def claim_text(self) -> tuple[str, str, int]:
        """(text, language, topic index) of a new claim."""
        rnd = self.rng.random
        self._topic_of_claim = -1
        if rnd() < vocab.OTHER_LANGUAGE_SHARE:
            language = ("es", "fr", "pt", "ru")[int(rnd() * 4)]
            templates = self._other[language]
            text = self._fill(templates[int(rnd() * len(templates))])
        else:
            language = "en"
            text = self._fill(self._templates.draw(rnd))
        topic = self._topic_of_claim if self._topic_of_claim >= 0 else self._topics.draw(rnd)
        return text, language, topic

    # --- the newsroom's people -----------------------------------------------------------------------

    def people(self) -> list[Person]:
        """Reporters, fact-checkers and editors, with plausible names (their own stream: any order of calls)."""
        rng = random.Random(f"{self.seed}:people")
        first, last, _ = vocab.CULTURES["en"]
        roles = [("reporter", REPORTER, 6), ("factchecker", FACT_CHECKER, 10), ("editor", EDITOR, 5)]
        return [
            Person(f"generated-{slug}-{n}", rng.choice(first), rng.choice(last), role)
            for slug, role, count in roles
            for n in range(1, count + 1)
        ]

    # --- tables, in the order they are loaded --------------------------------------------------------

    def tables(self, newsroom: Newsroom) -> Iterator[Table]:
        """Every table's rows, in load order (once per Dataset: the rows use up its random stream)."""
        self.newsroom = newsroom
        yield self._topic_table()
        yield self._outlet_table()
        yield from self._speaker_tables()
        yield self._source_table()
        yield self._claim_table()
        yield self._appearance_table()
        yield self._claim_topic_table()
        yield self._fact_check_table()
        yield self._evidence_table()
        yield self._revision_table()
        yield self._correction_table()
        yield self._transition_table()

    def _topic_table(self) -> Table:
        created = _ts(0)

        def rows():
            for pk, name in enumerate(vocab.TOPICS, start=1):
                yield f"{pk}\t{created}\t{created}\t{esc(name)}\t{slugify(name)}\t\t1\n"

        columns = ("id", "created_at", "updated_at", "name", "slug", "description", "version")
        return Table(Topic, columns, rows(), len(vocab.TOPICS))

    def _outlet_table(self) -> Table:
        rng = self.rng
        tlds = [(".com", "US"), (".co.uk", "GB"), (".com", "US"), (".es", "ES"), (".com.br", "BR"),
                (".fr", "FR"), (".ru", "RU"), (".ng", "NG"), (".pt", "PT"), (".com.mx", "MX"), (".de", "DE"),
                (".ca", "CA")]  # fmt: skip
        names, domains, rows = set(), set(), []
        while len(rows) < self.n_outlets:
            if rng.random() < 0.2:
                name = f"{rng.choice(vocab.OUTLET_PLACES)} {rng.choice(vocab.BROADCASTERS)}"
            else:
                name = f"The {rng.choice(vocab.OUTLET_PLACES)} {rng.choice(vocab.OUTLET_WORDS)}"
            tld, country = rng.choice(tlds)
            domain = domain_of(slugify(name.removeprefix("The ")).replace("-", "") + tld)
            if name.casefold() in names or domain in domains:
                continue
            names.add(name.casefold())
            domains.add(domain)
            created = _ts(int(rng.random() * 30 * DAY))
            rows.append(
                f"{len(rows) + 1}\t{created}\t{created}\t{esc(name)}\t{domain}\thttps://{domain}/\t{country}\t\t1\n"
            )
        self.outlet_domains = [row.split("\t")[4] for row in rows]
        columns = ("id", "created_at", "updated_at", "name", "domain", "url", "country", "description", "version")
        return Table(Outlet, columns, rows, len(rows))

    def _person_name(self, culture: str) -> tuple[str, list[str]]:
        """A name and the other spellings reporters may use for it."""
        rng = self.rng
        firsts, lasts, _ = vocab.CULTURES[culture]
        first, last = rng.choice(firsts), rng.choice(lasts)
        if culture == "ru":
            (first, first_ru), (last, last_ru) = first, last
            variants = [f"{first_ru} {last_ru}", f"{first} {last[:-1]}ff" if last.endswith("v") else ""]
        else:
            variants = []
        if len(last) > 4:
            cut = 1 + int(rng.random() * (len(last) - 2))
            variants.append(f"{first} {last[:cut]}{last[cut + 1 :]}")  # a dropped letter
            swap = 1 + int(rng.random() * (len(last) - 3))
            variants.append(f"{first} {last[:swap]}{last[swap + 1]}{last[swap]}{last[swap + 2 :]}")  # swapped letters
        if unidecode(first + last) != first + last:
            variants.append(unidecode(f"{first} {last}"))
        variants.append(f"{first[0]}. {last}")
        return f"{first} {last}", [v for v in variants if v]

    def _speaker_tables(self) -> Iterator[Table]:
        rng = self.rng
        cultures = Weighted(list(vocab.CULTURE_WEIGHTS.items()))
        roles, parties = zipf(vocab.ROLES, 0.6), zipf(vocab.PARTIES, 0.7)
        taken: set[str] = set()
        speakers, aliases, self.speaker_names, self._organisations = [], [], [], set()
        n_orgs = max(3, self.n_speakers // 12)
        while len(speakers) < self.n_speakers:
            pk = len(speakers) + 1
            every = self.n_speakers // n_orgs
            if len(speakers) % every == every - 1:  # (the most quoted speaker, the first, is a person)
                org = vocab.ORGANISATIONS[len(speakers) // every % len(vocab.ORGANISATIONS)]
                name = org if org.casefold() not in taken else f"{rng.choice(vocab.PLACES[1:])} {org}"
                kind, role, party, country, variants = "organization", "", "", "", []
                self._organisations.add(name)
            else:
                culture = cultures.draw(rng.random)
                name, variants = self._person_name(culture)
                if name.casefold() in taken:
                    first, _, last = name.partition(" ")
                    name = f"{first} {chr(65 + int(rng.random() * 26))}. {last}"
                kind, role = "person", roles.draw(rng.random)
                party = parties.draw(rng.random) if rng.random() < 0.6 else ""
                country = rng.choice(vocab.CULTURES[culture][2])
            if name.casefold() in taken:
                continue
            taken.add(name.casefold())
            wikidata = f"Q{1_000_003 + pk * 37}" if rng.random() < 0.3 else ""
            same_as = "{}"
            if wikidata and rng.random() < 0.5:
                same_as = '{"https://en.wikipedia.org/wiki/' + unidecode(name).replace(" ", "_") + '"}'
            created = _ts(int(rng.random() * SPAN_DAYS * DAY))
            speakers.append(
                f"{pk}\t{created}\t{created}\t{esc(name)}\t{esc(normalize_name(name))}\t{keys(name)}\t{kind}\t{esc(role)}\t"
                f"{esc(party)}\t{country}\t{wikidata}\t{esc(same_as)}\t\t1\n"
            )
            self.speaker_names.append(name)
            spellings = {name.casefold()}
            for variant in rng.sample(variants, min(len(variants), int(rng.random() ** 1.5 * 4))):
                if variant.casefold() not in spellings:
                    spellings.add(variant.casefold())
                    aliases.append(
                        f"{len(aliases) + 1}\t{esc(variant)}\t{esc(normalize_name(variant))}\t{keys(variant)}\t{pk}\n"
                    )
        columns = ("id", "created_at", "updated_at", "name", "normalized_name", "name_keys", "kind", "role",
                   "affiliation", "country", "wikidata_id", "same_as", "description", "version")  # fmt: skip
        yield Table(Speaker, columns, speakers, len(speakers))
        yield Table(SpeakerAlias, ("id", "name", "normalized_name", "name_keys", "speaker_id"), aliases, len(aliases))

    def _source_table(self) -> Table:
        rng, n = self.rng, self.n_sources
        rnd = rng.random
        kinds, languages = Weighted(vocab.SOURCE_KINDS), Weighted(vocab.SOURCE_LANGUAGES)
        outlets = zipf(range(1, self.n_outlets + 1), 0.9)
        speakers = zipf(self.speaker_names, 0.9)
        self.source_days = array("i", bytes(4 * n))

        def rows():
            for index in range(n):
                pk = index + 1
                day = min(SPAN_DAYS, index * SPAN_DAYS // n + int(rnd() * 3))
                self.source_days[index] = day
                kind = kinds.draw(rnd)
                speaker = speakers.draw(rnd)
                title = rng.choice(vocab.TITLE_PATTERNS).format(
                    Speaker=speaker,
                    speaker_surname=speaker if speaker in self._organisations else speaker.rsplit(" ", 1)[-1],
                    metric=vocab.METRICS[self._metrics.draw(rnd)][0],
                    Metric=_capitalised(vocab.METRICS[self._metrics.draw(rnd)][0]),
                    metric2=vocab.METRICS[self._metrics.draw(rnd)][0],
                    Place=_capitalised(self._places.draw(rnd)),
                    programme=self._programmes.draw(rnd),
                )
                outlet = NULL
                stamp = _day(day)
                if kind == "social_post":
                    handle = slugify(unidecode(speaker)).replace("-", "")[:15] or "account"
                    url = f"https://{rng.choice(vocab.SOCIAL_HOSTS)}/{handle}/status/{1_700_000_000_000 + pk * 7919}"
                elif kind == "official_document" and rnd() < 0.8:
                    url = f"https://{rng.choice(vocab.EVIDENCE_SOURCES)[1]}/documents/{stamp[:4]}/{pk}"
                else:
                    outlet_id = outlets.draw(rnd)
                    outlet = str(outlet_id)
                    domain = self.outlet_domains[outlet_id - 1]
                    section = vocab.SECTIONS[int(rnd() * len(vocab.SECTIONS))]
                    url = f"https://{domain}/{section}/{stamp[:4]}/{stamp[5:7]}/{slugify(title)[:80]}-{pk}"
                url = normalize_url(url)
                archive = f"https://web.archive.org/web/{stamp.replace('-', '')}/{url}" if rnd() < 0.1 else ""
                created = _ts(day * DAY + int(rnd() * DAY))
                yield (
                    f"{pk}\t{created}\t{created}\t{kind}\t{esc(title)}\t{esc(url)}\t{stamp}\t{languages.draw(rnd)}\t"
                    f"\t{esc(archive)}\t\t{outlet}\t1\n"
                )

        columns = ("id", "created_at", "updated_at", "kind", "title", "url", "published_on", "language", "full_text",
                   "archive_url", "content_hash", "outlet_id", "version")  # fmt: skip
        return Table(Source, columns, rows(), n)

    # --- claims, and what each one decides for the later tables -------------------------------------

    def _claim_table(self) -> Table:
        rng, n = self.rng, self.n_claims
        rnd = rng.random
        newsroom = self.newsroom
        capturers = newsroom.reporters + newsroom.fact_checkers
        n_sources, n_speakers = self.n_sources, self.n_speakers
        speakers = zipf(range(1, n_speakers + 1), 0.9)
        window = max(3, min(40, n_sources // 50))  # sources around the claim's time: a few days' worth at scale
        # What later tables need, one entry per claim (or per appearance / fact-check).
        self.texts: list[str] = []
        self.claim_lang = bytearray(n)
        self.claim_status: list[str] = []
        self.claim_public = bytearray(n)
        self.claim_topic = bytearray(n)
        self.claim_created = array("q")
        self.claim_author = array("i")
        self.app_count = bytearray(n)
        self.app_source, self.app_speaker, self.app_day = array("i"), array("i"), array("i")
        self.fc_claim, self.fc_status = array("i"), bytearray()
        self.fc_created, self.fc_published, self.fc_corrected = array("q"), array("q"), array("q")
        seen: set[str] = set()
        statuses = STATUSES
        languages = {"en": 0, "es": 1, "fr": 2, "pt": 3, "ru": 4}

        def rows():
            for index in range(n):
                pk = index + 1
                self.year_now = START.year + index * SPAN_DAYS // n // 365
                text, language, topic = self.claim_text()
                while text in seen:  # one claim per wording (claim_text_unique)
                    text, language, topic = self.claim_text()
                seen.add(text)
                self.texts.append(text)
                self.claim_lang[index] = languages[language]
                self.claim_topic[index] = topic
                # Appearances: 1-3, in sources published around the claim's time, mostly by one speaker.
                k = 1 + (rnd() > 0.3) + (rnd() > 0.6)
                base = max(0, min(n_sources - window, index * n_sources // n - window // 2))
                picked = rng.sample(range(base, base + window), k)
                main_speaker = speakers.draw(rnd) if rnd() > 0.08 else 0
                first_day = SPAN_DAYS
                self.app_count[index] = len(picked)
                for position, source in enumerate(sorted(picked)):
                    day = self.source_days[source]
                    first_day = min(first_day, day)
                    self.app_source.append(source + 1)
                    self.app_day.append(day)
                    other = position and rnd() < 0.3
                    self.app_speaker.append(speakers.draw(rnd) if other else main_speaker)
                created = first_day * DAY + 3600 + int(rnd() * 3 * DAY)
                updated = created
                r = rnd()
                status = next(name for name, share in statuses if r < share)
                public = status in ("published", "retracted") or rnd() < PUBLIC_SHARE[status]
                current = NULL
                fc_status = {"published": 1, "retracted": 2, "in_review": 3}.get(status)
                if status == "researching" and rnd() < 0.5:
                    fc_status = _FC_STATUS["draft"]
                if fc_status:
                    fc_id = len(self.fc_claim) + 1
                    fc_created = created + DAY + int(rnd() * 9 * DAY)
                    published = fc_created + DAY + int(rnd() * 13 * DAY) if fc_status <= 2 else 0
                    corrected = published + 2 * DAY + int(rnd() * 60 * DAY) if published and rnd() < 0.05 else 0
                    if fc_status == 2:  # retracted: the retraction is the correction
                        corrected = published + DAY + int(rnd() * 90 * DAY)
                    self.fc_claim.append(index)
                    self.fc_status.append(fc_status)
                    self.fc_created.append(fc_created)
                    self.fc_published.append(published)
                    self.fc_corrected.append(corrected)
                    updated = max(updated, fc_created, published, corrected)
                    if fc_status == 1:
                        current = str(fc_id)
                author = capturers[int(rnd() * len(capturers))]
                self.claim_status.append(status)
                self.claim_public[index] = public
                self.claim_created.append(created)
                self.claim_author.append(author)
                notes = "Flagged by a reader; check the original figures." if rnd() < 0.05 else ""
                version = 1 + (status != "new") * 2 + (fc_status is not None) * 2
                yield (
                    f"{pk}\t{_ts(created)}\t{_ts(updated)}\t{esc(text)}\t{language}\t{status}\t{'ft'[public]}\t"
                    f"{notes}\t{_day(first_day)}\t{version}\t{author}\t{current}\n"
                )

        columns = ("id", "created_at", "updated_at", "text", "language", "status", "is_public", "internal_notes",
                   "first_seen_on", "version", "created_by_id", "current_fact_check_id")  # fmt: skip
        return Table(Claim, columns, rows(), n)

    def _appearance_table(self) -> Table:
        rng = self.rng
        rnd = rng.random
        capturers = self.newsroom.reporters + self.newsroom.fact_checkers
        leads, tails, paraphrases = zipf(vocab.QUOTE_LEADS), zipf(vocab.QUOTE_TAILS), zipf(vocab.PARAPHRASE_LEADS)

        def rows():
            pk = 0
            for index, text in enumerate(self.texts):
                public = self.claim_public[index]
                # A claim an editor took back internal keeps its published appearances (rare).
                stays = not public and self.claim_status[index] == "not_checkable" and rnd() < 0.05
                created = self.claim_created[index]
                first_day = min(self.app_day[pk : pk + self.app_count[index]])
                for position in range(self.app_count[index]):
                    day = self.app_day[pk]
                    pk += 1
                    if self.claim_lang[index]:  # (the lead-ins are English)
                        kind, quote = "direct", text
                    elif rnd() < 0.3:
                        kind, quote = "paraphrase", paraphrases.draw(rnd) + _run_on(text)
                    else:
                        lead = leads.draw(rnd)
                        kind, quote = "direct", (lead + _run_on(text) if lead else text) + tails.draw(rnd)
                    shown = (public and (position == 0 or rnd() > 0.04)) or stays
                    at = created if position == 0 else created + (day - first_day) * DAY + int(rnd() * DAY)
                    where = rnd()
                    if where < 0.4:
                        location = f"paragraph {1 + int(where * 50)}"
                    elif where < 0.6:
                        location = f"00:{int(rnd() * 59):02d}:{int(rnd() * 59):02d}"
                    else:
                        location = ""
                    speaker = self.app_speaker[pk - 1] or NULL
                    user = self.claim_author[index] if position == 0 else capturers[int(rnd() * len(capturers))]
                    stamp = _ts(at)
                    yield (
                        f"{pk}\t{stamp}\t{stamp}\t{esc(quote)}\t{kind}\t{_day(day)}\t{location}\t{user}\t"
                        f"{self.app_source[pk - 1]}\t{speaker}\t{index + 1}\t{'ft'[shown]}\t1\n"
                    )

        columns = ("id", "created_at", "updated_at", "quote", "kind", "said_on", "location", "created_by_id",
                   "source_id", "speaker_id", "claim_id", "is_public", "version")  # fmt: skip
        return Table(Appearance, columns, rows(), len(self.app_source))

    def _claim_topic_table(self) -> Table:
        rng = self.rng
        rnd = rng.random
        links = []  # (claim, topic) pairs are few per claim; small enough to count before writing
        for index in range(self.n_claims):
            topics = [self.claim_topic[index]] if rnd() < 0.9 else []
            for _ in range(int(rnd() ** 2 * 3)):
                extra = self._topics.draw(rnd)
                if extra not in topics:
                    topics.append(extra)
            links.extend(f"{index + 1}\t{topic + 1}\n" for topic in topics)
        rows = (f"{pk}\t{link}" for pk, link in enumerate(links, start=1))
        return Table(ClaimTopic, ("id", "claim_id", "topic_id"), rows, len(links))

    # --- verdicts ------------------------------------------------------------------------------------

    def _sentence(self, template: str, **known) -> str:
        rnd = self.rng.random
        agency = self._agencies.draw(rnd)[0]
        values = {
            "agency": agency,
            "Agency": agency,
            "metric": vocab.METRICS[self._metrics.draw(rnd)][0],
            "rise": self._rises.draw(rnd),
            "pct": self._pct(),
            "pct2": self._pct(),
            "timeframe": self._timeframes.draw(rnd),
            "year": self._year(),
            "year2": self._year(),
            "group": self._groups.draw(rnd),
            "count": self._count(),
        }
        return template.format(**(values | known))

    def _headline(self, text: str, category: str, english: bool) -> str:
        short = text if len(text) <= 200 else text[:199].rsplit(" ", 1)[0] + "…"
        rnd = self.rng.random
        if not english:
            return f"Fact-check: {short}"
        if category in ("false", "mostly_false") and rnd() < 0.5:
            return f"No, it is not true that {_run_on(short)}"
        label = {"false": "False", "mostly_false": "Mostly false", "mixed": "Half true", "mostly_true": "Mostly true",
                 "true": "True", "unproven": "Unproven"}[category]  # fmt: skip
        return f"{label}: {short}" if rnd() < 0.6 else f"Fact-check: {short}"

    def _fact_check_table(self) -> Table:
        rng, newsroom = self.rng, self.newsroom
        rnd = rng.random
        ratings = {cat: pk for cat, pk in newsroom.ratings.items()}
        fallback = next(iter(ratings.values()))
        checkers, editors = newsroom.fact_checkers, newsroom.editors
        count = len(self.fc_claim)
        self.fc_rating, self.fc_previous_rating = array("q", bytes(8 * count)), array("q", bytes(8 * count))
        self.fc_author, self.fc_editor = array("i", bytes(4 * count)), array("i", bytes(4 * count))
        self.fc_headline: list[str] = []
        self.fc_previous_headline: list[str] = []
        self.fc_explanation: list[str] = []

        def rows():
            for i in range(count):
                pk, claim, status = i + 1, self.fc_claim[i], _FC_STATUS_NAME[self.fc_status[i]]
                category = self._ratings.draw(rnd)
                rating = ratings.get(category, fallback)
                if status == "draft" and rnd() < 0.4:
                    rating = 0
                author = checkers[int(rnd() * len(checkers))]
                editor = editors[int(rnd() * len(editors))]  # the reviewer; never the author (another role)
                self.year_now = _year_of(self.fc_created[i])
                headline = self._headline(self.texts[claim], category, english=not self.claim_lang[claim])
                explanation = " ".join(
                    self._sentence(template) for template in rng.sample(vocab.EXPLANATIONS, 2 + int(rnd() * 2))
                )
                created, published = self.fc_created[i], self.fc_published[i]
                corrected = self.fc_corrected[i] if status == "published" else 0
                previous = rating
                while corrected and previous == rating and len(ratings) > 1:
                    # An editor corrected the verdict: a second revision, with the old rating logged.
                    previous = ratings.get(self._ratings.draw(rnd), fallback)
                self.fc_rating[i], self.fc_previous_rating[i] = rating, previous
                self.fc_author[i], self.fc_editor[i] = author, editor
                self.fc_headline.append(headline)
                self.fc_previous_headline.append(headline)
                self.fc_explanation.append(explanation)
                reviewer = editor if published or (status == "in_review" and rnd() < 0.4) else 0
                reviewed = published - int(rnd() * 7200) if published else (created + DAY if reviewer else 0)
                updated = max(created, published, self.fc_corrected[i])
                yield (
                    f"{pk}\t{_ts(created)}\t{_ts(updated)}\t{esc(headline)}\t{esc(explanation)}\t{status}\t"
                    f"{_ts(reviewed) if reviewed else NULL}\t{_ts(published) if published else NULL}\t\t"
                    f"{2 + 2 * bool(published) + bool(corrected)}\t{author}\t{claim + 1}\t{reviewer or NULL}\t"
                    f"{rating or NULL}\t{editor if corrected else author}\t{1 + bool(corrected)}\n"
                )

        columns = ("id", "created_at", "updated_at", "headline", "explanation", "status", "reviewed_at",
                   "published_at", "internal_notes", "version", "author_id", "claim_id", "reviewer_id", "rating_id",
                   "revised_by_id", "revision")  # fmt: skip
        return Table(FactCheck, columns, rows(), count)

    def _evidence_table(self) -> Table:
        rng = self.rng
        rnd = rng.random
        count = len(self.fc_claim)
        numbers = bytearray(count)
        for i in range(count):
            low, spread = (1, 4) if self.fc_status[i] != _FC_STATUS["draft"] else (0, 3)
            numbers[i] = low + int(rnd() * spread)
        self.fc_evidence: list[bytes] = []

        def rows():
            pk = 0
            for i in range(count):
                accessed = _day(self.fc_created[i] // DAY)
                self.year_now = _year_of(self.fc_created[i])
                snapshot = []
                for position in range(numbers[i]):
                    pk += 1
                    agency, domain = self._agencies.draw(rnd)
                    metric = vocab.METRICS[self._metrics.draw(rnd)][0]
                    year = self._year()
                    url = f"https://{domain}/data/{slugify(metric)}/{year}/{pk}"
                    title = f"{agency}: {metric} statistics, {year}"
                    note = self._sentence("{Agency} figures show {metric} {rise} by {pct2} percent {timeframe}.")
                    archive = f"https://web.archive.org/web/{accessed.replace('-', '')}/{url}" if rnd() < 0.3 else ""
                    snapshot.append({"url": url, "title": title, "note": note, "archive_url": archive,
                                     "accessed_on": accessed})  # fmt: skip
                    stamp = _ts(self.fc_created[i] + 600 * (position + 1))
                    yield (
                        f"{pk}\t{stamp}\t{stamp}\t{esc(url)}\t{esc(title)}\t{esc(note)}\t{esc(archive)}\t{accessed}\t"
                        f"{position}\t{i + 1}\t1\n"
                    )
                self.fc_evidence.append(orjson.dumps(snapshot))

        columns = ("id", "created_at", "updated_at", "url", "title", "note", "archive_url", "accessed_on",
                   "position", "fact_check_id", "version")  # fmt: skip
        return Table(Evidence, columns, rows(), sum(numbers))

    def _revision_table(self) -> Table:
        count = len(self.fc_claim)
        corrected = [i for i in range(count) if self.fc_corrected[i] and self.fc_status[i] == 1]

        def rows():
            pk = 0
            for i in range(count):
                evidence = esc(self.fc_evidence[i].decode())
                created = self.fc_created[i]
                first_rating = self.fc_previous_rating[i] or NULL
                pk += 1
                yield (
                    f"{pk}\t1\t{esc(self.fc_previous_headline[i])}\t{esc(self.fc_explanation[i])}\t{evidence}\t"
                    f"{_ts(created)}\t{i + 1}\t{first_rating}\t{self.fc_author[i]}\n"
                )
                if self.fc_corrected[i] and self.fc_status[i] == 1:
                    pk += 1
                    yield (
                        f"{pk}\t2\t{esc(self.fc_headline[i])}\t{esc(self.fc_explanation[i])}\t{evidence}\t"
                        f"{_ts(self.fc_corrected[i])}\t{i + 1}\t{self.fc_rating[i] or NULL}\t{self.fc_editor[i]}\n"
                    )

        columns = ("id", "number", "headline", "explanation", "evidence", "written_at", "fact_check_id", "rating_id",
                   "written_by_id")  # fmt: skip
        return Table(FactCheckRevision, columns, rows(), count + len(corrected))

    def _correction_table(self) -> Table:
        rnd = self.rng.random
        rows = []
        for i in range(len(self.fc_claim)):
            status, when = self.fc_status[i], self.fc_corrected[i]
            if not when:
                continue
            claim, editor = self.fc_claim[i] + 1, self.fc_editor[i]
            if status == _FC_STATUS["retracted"]:
                note = self._sentence(vocab.RETRACTION_NOTES[int(rnd() * len(vocab.RETRACTION_NOTES))])
                kind, previous, new = "retraction", NULL, NULL
            else:
                note = self._sentence(vocab.CORRECTION_NOTES[int(rnd() * len(vocab.CORRECTION_NOTES))])
                kind, previous, new = "verdict", self.fc_previous_rating[i], self.fc_rating[i]
            rows.append((when, f"{esc(note)}\t\t{_ts(when)}\t{editor}\t{i + 1}\t{new}\t{previous}\t{claim}\t{kind}\t"))
        # Wording corrections on a few public claims: the old text differed by a number.
        for index in range(0, self.n_claims, 997):
            if self.claim_public[index] and self.claim_lang[index] == 0:
                when = self.claim_created[index] + 5 * DAY
                previous_text = self.texts[index].replace(" percent", "0 percent", 1)
                note = "We corrected the wording of the claim to match what was said."
                editor = self.newsroom.editors[index % len(self.newsroom.editors)]
                line = f"{note}\t\t{_ts(when)}\t{editor}\t{NULL}\t{NULL}\t{NULL}\t{index + 1}\twording\t"
                rows.append((when, line + esc(previous_text)))
        rows.sort(key=lambda row: row[0])  # ids in the order they were published, like the real log
        lines = [f"{pk}\t{line}\n" for pk, (_, line) in enumerate(rows, start=1)]
        columns = ("id", "note", "previous_headline", "published_at", "created_by_id", "fact_check_id",
                   "new_rating_id", "previous_rating_id", "claim_id", "kind", "previous_text")  # fmt: skip
        return Table(Correction, columns, lines, len(lines))

    def _transition_table(self) -> Table:
        newsroom = self.newsroom
        rows = []
        for index in range(0, self.n_claims, TRANSITION_SAMPLE):
            steps = WORKFLOW.get(self.claim_status[index])
            if not steps:
                continue
            when, status = self.claim_created[index], "new"
            for step in steps:
                when += 3600 * (1 + index % 47)
                team = newsroom.fact_checkers if step in ("start_research", "submit_for_review") else newsroom.editors
                user = team[index % 3]
                note = "The figures were withdrawn by the agency." if step == "retract" else ""
                target = STEP_TARGETS[step]
                rows.append(f"{step}\t{status}\t{target}\t{note}\t{_ts(when)}\t{index + 1}\t{user}\n")
                status = target
        lines = [f"{pk}\t{row}" for pk, row in enumerate(rows, start=1)]
        columns = ("id", "name", "from_status", "to_status", "note", "created_at", "claim_id", "user_id")
        return Table(ClaimTransition, columns, lines, len(lines))
