"""The partner documents, built from public data only, in one place.

Each `build_<kind>(ids, cache)` reads the public rows of those objects (plain values, no
model instances: a rebuild makes a million of them) and returns `Projected` rows for the
ones public now; the ids it returns nothing for are no longer public. The shapes are the
partner API's (its serializers in claims/api and sources/api describe them for the OpenAPI
schema; a test checks that every document validates against it).
"""

from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import F

from claims import claimreview
from claims.claimreview import fact_check_url
from claims.models import (
    Appearance,
    Claim,
    ClaimTopic,
    Correction,
    Evidence,
    FactCheck,
    FactCheckStatus,
    Rating,
    RatingScale,
    Topic,
)
from factdb.projection import iso
from sources.models import Outlet, Source, Speaker, SpeakerAlias
from sources.normalize import normalize_name

TRACK_RECORD_CATEGORIES = ("true", "mostly_true", "mixed", "mostly_false", "false", "unproven", "other")


@dataclass
class Projected:
    id: int
    created_at: object
    document: dict
    columns: dict = field(default_factory=dict)
    bodies: dict = field(default_factory=dict)  # extra JSON columns (ClaimReview, Google's shapes)


class Cache:
    """Rows several documents share (ratings, speakers, sources, outlets), read once per refresh or rebuild chunk."""

    def __init__(self):
        self._ratings = None
        self.speakers: dict[int, dict] = {}
        self.sources: dict[int, dict] = {}
        self.outlets: dict[int, dict] = {}

    @property
    def ratings(self) -> dict[int, dict]:
        if self._ratings is None:
            scales = dict(RatingScale.objects.values_list("id", "slug"))
            rows = Rating.objects.order_by("value").values(
                "id", "label", "slug", "value", "category", "colour", "description", "scale_id"
            )
            self._ratings = {row["id"]: row | {"scale": scales[row["scale_id"]]} for row in rows}
            by_scale = defaultdict(list)
            for row in self._ratings.values():
                by_scale[row["scale_id"]].append(row)
            for row in self._ratings.values():
                row["bounds"] = claimreview.rating_bounds(by_scale[row["scale_id"]])
        return self._ratings

    def rating_summary(self, rating_id):
        if rating_id is None:
            return None
        r = self.ratings[rating_id]
        return {
            "id": r["id"],
            "label": r["label"],
            "slug": r["slug"],
            "value": r["value"],
            "category": r["category"],
            "colour": r["colour"],
            "scale": r["scale"],
        }

    def load(self, speaker_ids=(), source_ids=()):
        missing = set(speaker_ids) - set(self.speakers) - {None}
        if missing:
            for row in Speaker.objects.filter(pk__in=missing).values(
                "id", "name", "kind", "role", "same_as", "wikidata_id"
            ):
                self.speakers[row["id"]] = row
        missing = set(source_ids) - set(self.sources) - {None}
        if missing:
            for row in Source.objects.filter(pk__in=missing).values(
                "id", "kind", "title", "url", "published_on", "language", "outlet_id"
            ):
                self.sources[row["id"]] = row
            outlets = {row["outlet_id"] for row in self.sources.values()} - set(self.outlets) - {None}
            for row in Outlet.objects.filter(pk__in=outlets).values("id", "name", "domain", "url"):
                self.outlets[row["id"]] = row

    def speaker_summary(self, speaker_id):
        if speaker_id is None:
            return None
        s = self.speakers[speaker_id]
        return {"id": s["id"], "name": s["name"], "kind": s["kind"], "role": s["role"]}

    def outlet_summary(self, outlet_id):
        if outlet_id is None:
            return None
        o = self.outlets[outlet_id]
        return {"id": o["id"], "name": o["name"], "domain": o["domain"]}

    def source_summary(self, source_id):
        s = self.sources[source_id]
        return {
            "id": s["id"],
            "kind": s["kind"],
            "title": s["title"],
            "url": s["url"],
            "published_on": iso(s["published_on"]),
            "language": s["language"],
            "outlet": self.outlet_summary(s["outlet_id"]),
        }


# --- what a claim carries: its public appearances, topics and verdicts ---------------------------------


@dataclass
class ClaimParts:
    claim: dict
    appearances: list[dict]
    topics: list[dict]
    fact_checks: list[dict]  # public (published or retracted), newest first

    @property
    def first_seen_on(self):
        days = [a["said_on"] or a["source_published_on"] for a in self.appearances]
        days = [d for d in days if d]
        return min(days) if days else None

    def columns(self, cache: Cache) -> dict:
        said = [a["said_on"] for a in self.appearances if a["said_on"]]
        sources = {a["source_id"] for a in self.appearances}
        return {
            "speaker_ids": sorted({a["speaker_id"] for a in self.appearances if a["speaker_id"]}),
            "source_ids": sorted(sources),
            "outlet_ids": sorted({cache.sources[s]["outlet_id"] for s in sources} - {None}),
            "topic_slugs": sorted(t["slug"] for t in self.topics),
            "said_min": min(said) if said else None,
            "said_max": max(said) if said else None,
        }


def claim_parts(claim_ids, cache: Cache) -> dict[int, ClaimParts]:
    """The public claims among `claim_ids`, with their public appearances, topics and verdicts."""
    claims = (
        Claim.objects.public()
        .filter(pk__in=claim_ids)
        .values("id", "text", "language", "status", "created_at", "current_fact_check_id")
    )
    parts = {row["id"]: ClaimParts(row, [], [], []) for row in claims}
    if not parts:
        return parts
    appearances = (
        Appearance.objects.public()
        .filter(claim_id__in=parts)
        .annotate(source_published_on=F("source__published_on"))
        .order_by("said_on", "id")
        .values(
            "id", "claim_id", "quote", "kind", "said_on", "location", "speaker_id", "source_id", "source_published_on"
        )
    )
    appearances = list(appearances)
    cache.load(speaker_ids={a["speaker_id"] for a in appearances}, source_ids={a["source_id"] for a in appearances})
    for row in appearances:
        parts[row["claim_id"]].appearances.append(row)
    links = (
        ClaimTopic.objects.filter(claim_id__in=parts)
        .order_by("topic__name")
        .values("claim_id", "topic_id", "topic__slug", "topic__name")
    )
    for row in links:
        parts[row["claim_id"]].topics.append(
            {"id": row["topic_id"], "slug": row["topic__slug"], "name": row["topic__name"]}
        )
    verdicts = (
        FactCheck.objects.public()
        .filter(claim_id__in=parts)
        .order_by("-published_at", "-id")
        .values("id", "claim_id", "headline", "explanation", "status", "rating_id", "published_at")
    )
    for row in verdicts:
        parts[row["claim_id"]].fact_checks.append(row)
    return parts


def fact_check_summary(row: dict, cache: Cache) -> dict:
    return {
        "id": row["id"],
        "headline": row["headline"],
        "status": row["status"],
        "rating": cache.rating_summary(row["rating_id"]),
        "published_at": iso(row["published_at"]),
        "url": fact_check_url(row["id"]),
    }


def appearance_document(row: dict, cache: Cache) -> dict:
    return {
        "id": row["id"],
        "quote": row["quote"],
        "kind": row["kind"],
        "said_on": iso(row["said_on"]),
        "location": row["location"],
        "speaker": cache.speaker_summary(row["speaker_id"]),
        "source": cache.source_summary(row["source_id"]),
    }


def _current(parts: ClaimParts):
    current_id = parts.claim["current_fact_check_id"]
    return next(
        (f for f in parts.fact_checks if f["id"] == current_id and f["status"] == FactCheckStatus.PUBLISHED), None
    )


def build_claim(ids, cache: Cache) -> list[Projected]:
    rows = []
    for parts in claim_parts(ids, cache).values():
        claim, current = parts.claim, _current(parts)
        first_seen = parts.first_seen_on
        document = {
            "id": claim["id"],
            "text": claim["text"],
            "language": claim["language"],
            "status": claim["status"],
            "first_seen_on": iso(first_seen),
            "topics": parts.topics,
            "appearances": [appearance_document(a, cache) for a in parts.appearances],
            "current_fact_check": fact_check_summary(current, cache) if current else None,
            "fact_checks": [fact_check_summary(f, cache) for f in parts.fact_checks],
            "created_at": iso(claim["created_at"]),
            "updated_at": None,
        }
        standing = [f for f in parts.fact_checks if f["status"] == FactCheckStatus.PUBLISHED]
        rating = cache.ratings[current["rating_id"]] if current else None
        columns = parts.columns(cache) | {
            "status": claim["status"],
            "language": claim["language"],
            "category": rating["category"] if rating else "",
            "rating_slug": rating["slug"] if rating else "",
            "verdict_published_at": current["published_at"] if current else None,
            "search_a": claim["text"],
            "search_b": "\n".join(a["quote"] for a in parts.appearances),
            "search_c": "\n".join(f"{f['headline']}\n{f['explanation']}" for f in standing),
        }
        bodies = {"google_body": claimreview.google_claim(parts, first_seen, cache) if standing else None}
        rows.append(Projected(claim["id"], claim["created_at"], document, columns, bodies))
    return rows


def correction_document(row: dict, cache: Cache) -> dict:
    return {
        "id": row["id"],
        "kind": row["kind"],
        "claim": row["claim_id"],
        "fact_check": row["fact_check_id"],
        "note": row["note"],
        "previous_rating": cache.rating_summary(row["previous_rating_id"]),
        "new_rating": cache.rating_summary(row["new_rating_id"]),
        "previous_headline": row["previous_headline"],
        "previous_text": row["previous_text"],
        "published_at": iso(row["published_at"]),
    }


_CORRECTION_FIELDS = (
    "id",
    "kind",
    "claim_id",
    "fact_check_id",
    "note",
    "previous_rating_id",
    "new_rating_id",
    "previous_headline",
    "previous_text",
    "published_at",
)


def build_correction(ids, cache: Cache) -> list[Projected]:
    rows = Correction.objects.public().filter(pk__in=ids).values(*_CORRECTION_FIELDS)
    return [
        Projected(
            row["id"],
            row["published_at"],
            correction_document(row, cache),
            {"claim_id": row["claim_id"], "fact_check_id": row["fact_check_id"], "published_at": row["published_at"]},
        )
        for row in rows
    ]


def build_fact_check(ids, cache: Cache) -> list[Projected]:
    verdicts = list(
        FactCheck.objects.public()
        .filter(pk__in=ids)
        .values("id", "claim_id", "headline", "status", "explanation", "rating_id", "published_at", "created_at")
    )
    if not verdicts:
        return []
    parts = claim_parts({f["claim_id"] for f in verdicts}, cache)
    evidence = defaultdict(list)
    rows = Evidence.objects.filter(fact_check_id__in=[f["id"] for f in verdicts]).order_by("position", "id")
    for e in rows.values("id", "fact_check_id", "url", "title", "note", "archive_url", "accessed_on", "position"):
        evidence[e["fact_check_id"]].append(
            {
                "id": e["id"],
                "url": e["url"],
                "title": e["title"],
                "note": e["note"],
                "archive_url": e["archive_url"],
                "accessed_on": iso(e["accessed_on"]),
                "position": e["position"],
            }
        )
    corrections = defaultdict(list)
    public_corrections = Correction.objects.public().filter(fact_check_id__in=[f["id"] for f in verdicts])
    for row in public_corrections.order_by("published_at", "id").values(*_CORRECTION_FIELDS):
        corrections[row["fact_check_id"]].append(correction_document(row, cache))
    projected = []
    for fc in verdicts:
        claim = parts[fc["claim_id"]]
        rating = cache.ratings.get(fc["rating_id"])
        document = {
            "id": fc["id"],
            "claim": {"id": claim.claim["id"], "text": claim.claim["text"], "language": claim.claim["language"]},
            "headline": fc["headline"],
            "status": fc["status"],
            "explanation": fc["explanation"],
            "rating": cache.rating_summary(fc["rating_id"]),
            "url": fact_check_url(fc["id"]),
            "published_at": iso(fc["published_at"]),
            "evidence": evidence[fc["id"]],
            "corrections": corrections[fc["id"]],
            "created_at": iso(fc["created_at"]),
            "updated_at": None,
        }
        columns = claim.columns(cache) | {
            "claim_id": fc["claim_id"],
            "status": fc["status"],
            "language": claim.claim["language"],
            "category": rating["category"] if rating else "",
            "rating_slug": rating["slug"] if rating else "",
            "published_at": fc["published_at"],
            "search_a": f"{fc['headline']}\n{fc['explanation']}",
            "search_b": claim.claim["text"],
            "search_c": "\n".join(a["quote"] for a in claim.appearances),
        }
        standing = fc["status"] == FactCheckStatus.PUBLISHED
        bodies = {
            "claimreview_body": claimreview.claim_review(fc, claim, claim.first_seen_on, cache) if standing else None,
            "google_page_body": claimreview.markup_page(fc, claim, claim.first_seen_on, cache) if standing else None,
        }
        projected.append(Projected(fc["id"], fc["created_at"], document, columns, bodies))
    return projected


def build_speaker(ids, cache: Cache) -> list[Projected]:
    speakers = list(
        Speaker.objects.public()
        .filter(pk__in=ids)
        .values(
            "id",
            "name",
            "kind",
            "role",
            "affiliation",
            "country",
            "wikidata_id",
            "same_as",
            "description",
            "created_at",
        )
    )
    if not speakers:
        return []
    found = [s["id"] for s in speakers]
    aliases = defaultdict(list)
    for speaker_id, name in (
        SpeakerAlias.objects.filter(speaker_id__in=found).order_by("name").values_list("speaker_id", "name")
    ):
        aliases[speaker_id].append(name)
    records = {pk: dict.fromkeys(TRACK_RECORD_CATEGORIES, 0) for pk in found}
    # Claims with a standing verdict said (publicly) by each speaker, once per claim, by rating category.
    said = (
        Appearance.objects.public()
        .filter(speaker_id__in=found, claim__current_fact_check__status=FactCheckStatus.PUBLISHED)
        .values_list("speaker_id", "claim_id", "claim__current_fact_check__rating__category")
        .distinct()
    )
    for speaker_id, _claim_id, category in said:
        records[speaker_id][category] += 1
    projected = []
    for s in speakers:
        record = records[s["id"]]
        document = {
            "id": s["id"],
            "name": s["name"],
            "kind": s["kind"],
            "role": s["role"],
            "affiliation": s["affiliation"],
            "country": s["country"],
            "wikidata_id": s["wikidata_id"],
            "wikidata_url": f"https://www.wikidata.org/wiki/{s['wikidata_id']}" if s["wikidata_id"] else None,
            "same_as": s["same_as"],
            "description": s["description"],
            "aliases": aliases[s["id"]],
            "track_record": record | {"total": sum(record.values())},
            "created_at": iso(s["created_at"]),
            "updated_at": None,
        }
        names = " ".join(normalize_name(n) for n in [s["name"], *aliases[s["id"]]])
        columns = {
            "name": s["name"],
            "kind": s["kind"],
            "country": s["country"],
            "wikidata_id": s["wikidata_id"],
            "names": names,
        }
        projected.append(Projected(s["id"], s["created_at"], document, columns))
    return projected


def build_source(ids, cache: Cache) -> list[Projected]:
    sources = (
        Source.objects.public()
        .filter(pk__in=ids)
        .values("id", "kind", "title", "url", "archive_url", "published_on", "language", "outlet_id", "created_at")
    )
    sources = list(sources)
    cache.load(source_ids=[s["id"] for s in sources])
    return [
        Projected(
            s["id"],
            s["created_at"],
            {
                "id": s["id"],
                "kind": s["kind"],
                "title": s["title"],
                "url": s["url"],
                "archive_url": s["archive_url"],
                "published_on": iso(s["published_on"]),
                "language": s["language"],
                "outlet": cache.outlet_summary(s["outlet_id"]),
                "created_at": iso(s["created_at"]),
                "updated_at": None,
            },
            {
                "title": s["title"],
                "outlet_id": s["outlet_id"],
                "kind": s["kind"],
                "language": s["language"],
                "published_on": s["published_on"],
            },
        )
        for s in sources
    ]


def build_outlet(ids, cache: Cache) -> list[Projected]:
    outlets = (
        Outlet.objects.public()
        .filter(pk__in=ids)
        .values("id", "name", "domain", "url", "country", "description", "created_at")
    )
    return [
        Projected(
            o["id"],
            o["created_at"],
            {
                "id": o["id"],
                "name": o["name"],
                "domain": o["domain"],
                "url": o["url"],
                "country": o["country"],
                "description": o["description"],
                "created_at": iso(o["created_at"]),
                "updated_at": None,
            },
            {"name": o["name"], "domain": o["domain"], "country": o["country"]},
        )
        for o in outlets
    ]


def build_topic(ids, cache: Cache) -> list[Projected]:
    topics = Topic.objects.public().filter(pk__in=ids).values("id", "slug", "name", "description", "created_at")
    return [
        Projected(
            t["id"],
            t["created_at"],
            {
                "id": t["id"],
                "slug": t["slug"],
                "name": t["name"],
                "description": t["description"],
                "created_at": iso(t["created_at"]),
                "updated_at": None,
            },
            {"name": t["name"]},
        )
        for t in topics
    ]


def build_rating_scale(ids, cache: Cache) -> list[Projected]:
    scales = (
        RatingScale.objects.public()
        .filter(pk__in=ids)
        .values("id", "name", "slug", "methodology", "is_default", "created_at")
    )
    ratings = sorted(cache.ratings.values(), key=lambda r: -r["value"])
    return [
        Projected(
            s["id"],
            s["created_at"],
            {
                "id": s["id"],
                "name": s["name"],
                "slug": s["slug"],
                "methodology": s["methodology"],
                "is_default": s["is_default"],
                "ratings": [
                    {k: r[k] for k in ("id", "label", "slug", "value", "category", "colour", "description")}
                    for r in ratings
                    if r["scale_id"] == s["id"]
                ],
                "created_at": iso(s["created_at"]),
                "updated_at": None,
            },
            {"name": s["name"]},
        )
        for s in scales
    ]


BUILDERS = {
    "claim": build_claim,
    "fact_check": build_fact_check,
    "correction": build_correction,
    "speaker": build_speaker,
    "source": build_source,
    "outlet": build_outlet,
    "topic": build_topic,
    "rating_scale": build_rating_scale,
}
