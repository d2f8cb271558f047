"""Keeping the public projection (factdb.projection) in step with the record.

Every outermost action ends with `refresh(touched)`, in its own transaction: from the
objects it changed, `affected()` finds every document whose content or visibility may
have changed (a claim's wording shows in its verdicts, a speaker's name in the claims
they made, a verdict in its speaker's track record), and those are rebuilt from public
data (claims.documents). `rebuild()` does the same for everything
(`manage.py rebuild_projection`).
"""

from collections import defaultdict
from collections.abc import Iterable

from django.db import connection, transaction
from django.utils import timezone

from claims.claimreview import fact_check_url
from claims.documents import BUILDERS, Cache
from claims.models import (
    Appearance,
    Claim,
    ClaimTopic,
    Correction,
    FactCheck,
    PublicClaim,
    PublicCorrection,
    PublicFactCheck,
    PublicRatingScale,
    PublicTopic,
    Rating,
    RatingScale,
    Topic,
)
from factdb.projection import store
from sources.models import Outlet, PublicOutlet, PublicSource, PublicSpeaker, Source, Speaker

TABLES = {
    "claim": PublicClaim,
    "fact_check": PublicFactCheck,
    "correction": PublicCorrection,
    "speaker": PublicSpeaker,
    "source": PublicSource,
    "outlet": PublicOutlet,
    "topic": PublicTopic,
    "rating_scale": PublicRatingScale,
}
SOURCES = {
    "claim": Claim,
    "fact_check": FactCheck,
    "correction": Correction,
    "speaker": Speaker,
    "source": Source,
    "outlet": Outlet,
    "topic": Topic,
    "rating_scale": RatingScale,
}


def _ids(queryset, field="pk") -> set[int]:
    return set(queryset.values_list(field, flat=True))


def affected(touched: Iterable[tuple[str, int]]) -> dict[str, set[int]]:
    """The documents (kind -> ids) whose content or visibility may depend on the touched objects."""
    touched_by = defaultdict(set)
    for kind, pk in touched:
        if pk is not None:
            touched_by[kind].add(pk)
    t = touched_by
    scales = t["rating_scale"] | _ids(Rating.objects.filter(pk__in=t["rating"]), "scale_id")
    # Claims whose own document may change.
    claims = set(t["claim"])
    claims |= _ids(Appearance.objects.filter(pk__in=t["appearance"]), "claim_id")
    claims |= _ids(FactCheck.objects.filter(pk__in=t["fact_check"]), "claim_id")
    claims |= _ids(Correction.objects.filter(pk__in=t["correction"]), "claim_id")
    outlet_sources = _ids(Source.objects.filter(outlet_id__in=t["outlet"])) if t["outlet"] else set()
    named = Appearance.objects.filter(speaker_id__in=t["speaker"]) if t["speaker"] else Appearance.objects.none()
    claims |= _ids(named, "claim_id")
    if t["source"] or outlet_sources:
        claims |= _ids(Appearance.objects.filter(source_id__in=t["source"] | outlet_sources), "claim_id")
    claims |= _ids(ClaimTopic.objects.filter(topic_id__in=t["topic"]), "claim_id")
    if scales:
        claims |= _ids(FactCheck.objects.filter(rating__scale_id__in=scales), "claim_id")
    appearances = Appearance.objects.filter(claim_id__in=claims)
    sources = t["source"] | outlet_sources | _ids(appearances, "source_id")
    return {
        "claim": claims,
        "fact_check": t["fact_check"] | _ids(FactCheck.objects.filter(claim_id__in=claims)),
        "correction": t["correction"] | _ids(Correction.objects.filter(claim_id__in=claims)),
        "speaker": t["speaker"] | (_ids(appearances, "speaker_id") - {None}),
        "source": sources,
        "outlet": t["outlet"] | (_ids(Source.objects.filter(pk__in=sources), "outlet_id") - {None}),
        "topic": t["topic"] | _ids(ClaimTopic.objects.filter(claim_id__in=claims), "topic_id"),
        "rating_scale": scales,
    }


def project(kind: str, ids: set[int], cache: Cache, now) -> int:
    """Rebuild the documents of these objects: written if public (and changed), tombstoned if not."""
    if not ids:
        return 0
    rows = BUILDERS[kind](ids, cache)
    gone = set(ids) - {row.id for row in rows}
    return store(TABLES[kind], rows, gone, now=now)


def refresh(touched) -> int:
    """The action layer's finish hook: bring the documents of everything `touched` up to date."""
    if not touched:
        return 0
    wanted = affected(touched)
    cache, now = Cache(), timezone.now()
    return sum(project(kind, ids, cache, now) for kind, ids in wanted.items())


def outdated() -> bool:
    """Is the projection behind the code (an older document shape) or missing (a database from before it)?"""
    from factdb.projection import SCHEMA_VERSION

    # The primary's own view ("default"): partner connections may be replicas, or not set up yet during migrate.
    if any(
        model.objects.using("default").filter(schema_version__lt=SCHEMA_VERSION).exists() for model in TABLES.values()
    ):
        return True
    if not PublicRatingScale.objects.using("default").exists() and RatingScale.objects.exists():
        return True
    # Documents name the public site (FACTDB_FACT_CHECK_URL): a server moved to another address rewrites them.
    sample = PublicFactCheck.objects.using("default").current().only("id", "body").first()
    return sample is not None and fact_check_url(sample.id) not in sample.body


def rebuild_if_outdated(**kwargs) -> None:
    """After `migrate`: bring an upgraded database's projection up to date (a fresh one is built by its actions)."""
    if outdated():
        rebuild()


def rebuild(kinds=None, chunk: int = 2000, progress=None) -> dict[str, int]:
    """Rebuild every document (objects public now, and tombstones for rows no longer public)."""
    counts = {}
    for kind in kinds or TABLES:
        ids = _ids(SOURCES[kind].objects.public()) | _ids(TABLES[kind].objects.using("default").current())
        ordered = sorted(ids)
        counts[kind] = 0
        for start in range(0, len(ordered), chunk):
            with transaction.atomic():
                counts[kind] += project(kind, set(ordered[start : start + chunk]), Cache(), timezone.now())
            if progress:
                progress(kind, min(start + chunk, len(ordered)), len(ordered))
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(TABLES[kind]._meta.db_table)}")
    return counts
