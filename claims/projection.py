"""Keeping the public projection (factdb.projection) in step with the record.

Every outermost action ends with `refresh(touched)`, in its own transaction: from the
objects it changed, `affected()` finds every document whose content or visibility may
have changed (a claim's wording shows in its verdicts, a speaker's name in the claims
they made, a verdict in its speaker's track record), and those are rebuilt from public
data (claims.documents). `rebuild()` does the same for everything
(`manage.py rebuild_projection`).
"""

import functools
import operator
from collections import defaultdict
from collections.abc import Iterable

from django.db import connection, transaction
from django.db.models import Exists, OuterRef, Q
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


def _shown(kind: str, ids: set[int]) -> set[int]:
    """Of these objects, those public now or with a current document: only theirs can change.

    Most desk actions touch objects partners never saw (a new speaker, a claim in research); their refresh
    stops here. Deleted objects still count if partners had them, so their documents are tombstoned.
    """
    if not ids:
        return set()
    public = SOURCES[kind].objects.using("default").public().filter(pk__in=ids).values_list("pk")
    documented = TABLES[kind].objects.using("default").current().filter(pk__in=ids).values_list("pk")
    return {pk for (pk,) in public.union(documented)}


def _claims_holding(t: dict[str, set[int]], scales: set[int], outlet_sources: set[int]) -> set[int]:
    """The claims partners see (or saw) whose documents may show the touched objects: one query."""
    holders = [
        (Appearance, "pk", t["appearance"]),
        (Appearance, "speaker_id", t["speaker"]),
        (Appearance, "source_id", t["source"] | outlet_sources),
        (FactCheck, "pk", t["fact_check"]),
        (FactCheck, "rating__scale_id", scales),
        (Correction, "pk", t["correction"]),
        (ClaimTopic, "topic_id", t["topic"]),
    ]
    via = [Q(pk__in=t["claim"])] if t["claim"] else []
    via += [
        Q(pk__in=model.objects.filter(**{f"{field}__in": ids}).values("claim_id"))
        for model, field, ids in holders
        if ids
    ]
    if not via:
        return set()
    # A claim neither public nor in the projection shows in no document, and nothing shows through it: its
    # verdicts, quotes, speakers and sources are public only through a public claim.
    documented = PublicClaim.objects.using("default").current()
    live = Q(is_public=True) | Exists(documented.filter(pk=OuterRef("pk")))
    holding = Claim.objects.filter(functools.reduce(operator.or_, via)).filter(live).values_list("pk", flat=True)
    # a deleted claim partners still have is tombstoned (none today: only internal claims may be deleted)
    deleted = documented.filter(pk__in=t["claim"]).values_list("pk", flat=True)
    return set(holding.union(deleted))


def affected(touched: Iterable[tuple[str, int]]) -> dict[str, set[int]]:
    """The documents (kind -> ids) whose content or visibility may depend on the touched objects."""
    t: dict[str, set[int]] = defaultdict(set)
    for kind, pk in touched:
        if pk is not None:
            t[kind].add(pk)
    # (an empty `pk__in` makes Django answer without a query, so none of these costs anything when unused)
    scales = t["rating_scale"] | _ids(Rating.objects.filter(pk__in=t["rating"]), "scale_id")
    outlet_sources = _ids(Source.objects.filter(outlet_id__in=t["outlet"]))
    claims = _claims_holding(t, scales, outlet_sources)
    named_in = set(Appearance.objects.filter(claim_id__in=claims).values_list("source_id", "speaker_id"))
    claim_sources = {source for source, _ in named_in}
    claim_speakers = {speaker for _, speaker in named_in} - {None}
    verdicts = _ids(FactCheck.objects.filter(claim_id__in=claims))
    corrections = _ids(Correction.objects.filter(claim_id__in=claims))
    # A touched quote's speaker and source may have just lost their only public quote (the quote hidden, or
    # merged into a claim partners never saw, which the claims above leave out): theirs are checked on their own.
    quoted = set(Appearance.objects.filter(pk__in=t["appearance"]).values_list("source_id", "speaker_id"))
    speakers = t["speaker"] | {speaker for _, speaker in quoted}
    sources = t["source"] | outlet_sources | {source for source, _ in quoted}
    sources = _shown("source", sources - claim_sources) | claim_sources
    return {
        "claim": claims,
        "fact_check": _shown("fact_check", t["fact_check"] - verdicts) | verdicts,
        "correction": _shown("correction", t["correction"] - corrections) | corrections,
        "speaker": _shown("speaker", speakers - claim_speakers - {None}) | claim_speakers,
        "source": sources,
        "outlet": _shown("outlet", t["outlet"]) | (_ids(Source.objects.filter(pk__in=sources), "outlet_id") - {None}),
        "topic": _shown("topic", t["topic"]) | _ids(ClaimTopic.objects.filter(claim_id__in=claims), "topic_id"),
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
