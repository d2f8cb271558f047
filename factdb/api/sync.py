"""Incremental sync: what changed since a point in time, and what disappeared.

Nothing here is kept by hand: every insert, update and delete of the tracked models
is already written by database triggers (django-pghistory) to append-only event
tables -- including bulk ``QuerySet.update()``, raw SQL and cascades. From those
events we derive, for each partner-visible kind:

* ``changed_ids(kind, since)``: objects whose partner representation (their own
  fields, nested objects, track record or visibility) may have changed at or after
  ``since``. Lists filter on it for ``?updated_since=``; a superset is harmless.
* ``tombstones(since)``: objects that changed since then and are not public now,
  but were possibly public at some point (so ids that partners never saw never
  appear). The mirror deletes them.

Current visibility always comes from the models' ``.public()`` querysets.

Event times are the writing transaction's start (``NOW()``), so a transaction that
commits late carries an early time. ``watermark()`` therefore returns the start of
the oldest transaction still open in this database: every change a response does
not reflect is stamped at or after it.
"""

from django.apps import apps
from django.db import connection
from django.db.models import F, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Greatest

KINDS = ("claim", "fact_check", "speaker", "source", "outlet", "topic", "rating_scale", "correction")


def _m(label):
    return apps.get_model(*label.split("."))


def _events(label, since=None):
    qs = _m(label).objects.all()
    return qs if since is None else qs.filter(pgh_created_at__gte=since)


def _touched(label, since):
    return _events(label, since).values("pgh_obj_id")


def _history(label, field, obj_ids):
    """Every value `field` ever took for these objects (so a moved row also touches its old parent)."""
    return _events(label).filter(pgh_obj_id__in=obj_ids).values(field)


def _touched_ratings(since):
    return (
        _m("claims.Rating")
        .objects.filter(
            Q(pk__in=_touched("claims.RatingEvent", since)) | Q(scale__in=_touched("claims.RatingScaleEvent", since))
        )
        .values("pk")
    )


def _verdict_claims(since):
    """Claims whose visibility or verdict changed (their speakers' track records change too)."""
    return (
        Q(pk__in=_touched("claims.ClaimEvent", since))
        | Q(pk__in=_history("claims.FactCheckEvent", "claim_id", _touched("claims.FactCheckEvent", since)))
        | Q(pk__in=_m("claims.FactCheck").objects.filter(rating__in=_touched_ratings(since)).values("claim_id"))
    )


def _claim_ids(since):
    claim_model, appearance_model = _m("claims.Claim"), _m("claims.Appearance")
    touched_sources = (
        _m("sources.Source")
        .objects.filter(
            Q(pk__in=_touched("sources.SourceEvent", since)) | Q(outlet__in=_touched("sources.OutletEvent", since))
        )
        .values("pk")
    )
    return claim_model.objects.filter(
        _verdict_claims(since)
        | Q(pk__in=_history("claims.ClaimTopicEvent", "claim_id", _touched("claims.ClaimTopicEvent", since)))
        | Q(pk__in=_history("claims.AppearanceEvent", "claim_id", _touched("claims.AppearanceEvent", since)))
        | Q(
            pk__in=appearance_model.objects.filter(
                Q(speaker__in=_touched("sources.SpeakerEvent", since)) | Q(source__in=touched_sources)
            ).values("claim_id")
        )
        | Q(
            pk__in=_m("claims.ClaimTopic")
            .objects.filter(topic__in=_touched("claims.TopicEvent", since))
            .values("claim_id")
        )
    ).values("pk")


def _fact_check_ids(since):
    return (
        _m("claims.FactCheck")
        .objects.filter(
            Q(pk__in=_touched("claims.FactCheckEvent", since))
            | Q(pk__in=_history("claims.EvidenceEvent", "fact_check_id", _touched("claims.EvidenceEvent", since)))
            | Q(pk__in=_m("claims.Correction").objects.filter(published_at__gte=since).values("fact_check_id"))
            | Q(claim__in=_touched("claims.ClaimEvent", since))
            | Q(rating__in=_touched_ratings(since))
        )
        .values("pk")
    )


def _event_ids(label, condition):
    return _events(label).filter(condition).values("pgh_obj_id")


def _speaker_ids(since):
    verdict_claims = _m("claims.Claim").objects.filter(_verdict_claims(since)).values("pk")
    return (
        _events("sources.SpeakerEvent")
        .filter(
            Q(pgh_obj_id__in=_touched("sources.SpeakerEvent", since))
            | Q(
                pgh_obj_id__in=_history(
                    "sources.SpeakerAliasEvent", "speaker_id", _touched("sources.SpeakerAliasEvent", since)
                )
            )
            | Q(
                pgh_obj_id__in=_history(
                    "claims.AppearanceEvent", "speaker_id", _touched("claims.AppearanceEvent", since)
                )
            )
            | Q(
                pgh_obj_id__in=_events("claims.AppearanceEvent")
                .filter(claim_id__in=verdict_claims)
                .values("speaker_id")
            )
        )
        .values("pgh_obj_id")
    )


def _source_ids(since):
    return (
        _events("sources.SourceEvent")
        .filter(
            Q(pgh_obj_id__in=_touched("sources.SourceEvent", since))
            | Q(outlet_id__in=_touched("sources.OutletEvent", since))
            | Q(
                pgh_obj_id__in=_history(
                    "claims.AppearanceEvent", "source_id", _touched("claims.AppearanceEvent", since)
                )
            )
            | Q(
                pgh_obj_id__in=_events("claims.AppearanceEvent")
                .filter(claim_id__in=_touched("claims.ClaimEvent", since))
                .values("source_id")
            )
        )
        .values("pgh_obj_id")
    )


def _outlet_ids(since):
    return (
        _events("sources.OutletEvent")
        .filter(
            Q(pgh_obj_id__in=_touched("sources.OutletEvent", since))
            | Q(pgh_obj_id__in=_history("sources.SourceEvent", "outlet_id", _source_ids(since)))
        )
        .values("pgh_obj_id")
    )


def _correction_ids(since):
    ratings = _touched_ratings(since)
    return (
        _m("claims.Correction")
        .objects.filter(
            Q(published_at__gte=since)
            | Q(fact_check__in=_touched("claims.FactCheckEvent", since))
            | Q(fact_check__claim__in=_touched("claims.ClaimEvent", since))
            | Q(previous_rating__in=ratings)
            | Q(new_rating__in=ratings)
        )
        .values("pk")
    )


def _topic_ids(since):
    """Topics edited, linked or unlinked, or whose claims changed visibility."""
    return (
        _events("claims.TopicEvent")
        .filter(
            Q(pgh_obj_id__in=_touched("claims.TopicEvent", since))
            | Q(
                pgh_obj_id__in=_history("claims.ClaimTopicEvent", "topic_id", _touched("claims.ClaimTopicEvent", since))
            )
            | Q(
                pgh_obj_id__in=_events("claims.ClaimTopicEvent")
                .filter(claim_id__in=_touched("claims.ClaimEvent", since))
                .values("topic_id")
            )
        )
        .values("pgh_obj_id")
    )


def _rating_scale_ids(since):
    return (
        _events("claims.RatingScaleEvent")
        .filter(
            Q(pgh_obj_id__in=_touched("claims.RatingScaleEvent", since))
            | Q(pgh_obj_id__in=_history("claims.RatingEvent", "scale_id", _touched("claims.RatingEvent", since)))
        )
        .values("pgh_obj_id")
    )


_CHANGED = {
    "claim": _claim_ids,
    "fact_check": _fact_check_ids,
    "speaker": _speaker_ids,
    "source": _source_ids,
    "outlet": _outlet_ids,
    "topic": _topic_ids,
    "rating_scale": _rating_scale_ids,
    "correction": _correction_ids,
}


def changed_ids(kind: str, since):
    """A subquery of ids of `kind` whose representation or visibility may have changed at or after `since`.

    Deleted objects are included (through their delete events).
    """
    ids = _CHANGED[kind](since)
    if kind in ("claim", "fact_check"):  # derived from live rows; add the deleted ones
        label = MODELS[kind][1]
        ids = _events(label).filter(Q(pgh_obj_id__in=ids) | Q(pgh_created_at__gte=since)).values("pgh_obj_id")
    return ids


# --- tombstones -----------------------------------------------------------------------------

MODELS = {
    "claim": ("claims.Claim", "claims.ClaimEvent"),
    "fact_check": ("claims.FactCheck", "claims.FactCheckEvent"),
    "speaker": ("sources.Speaker", "sources.SpeakerEvent"),
    "source": ("sources.Source", "sources.SourceEvent"),
    "outlet": ("sources.Outlet", "sources.OutletEvent"),
    "topic": ("claims.Topic", "claims.TopicEvent"),
    "rating_scale": ("claims.RatingScale", "claims.RatingScaleEvent"),
}


def _ever_public(kind):
    """Ids that were possibly public at some time (a superset; never-public objects stay unmentioned)."""
    claims = _events("claims.ClaimEvent").filter(is_public=True).values("pgh_obj_id")
    if kind == "claim":
        return claims
    if kind == "fact_check":
        return _events("claims.FactCheckEvent").filter(status="published", claim_id__in=claims).values("pgh_obj_id")
    if kind in ("speaker", "source"):
        return _events("claims.AppearanceEvent").filter(claim_id__in=claims).values(f"{kind}_id")
    if kind == "outlet":
        sources = _events("claims.AppearanceEvent").filter(claim_id__in=claims).values("source_id")
        return _events("sources.SourceEvent").filter(pgh_obj_id__in=sources).values("outlet_id")
    if kind == "topic":
        return _events("claims.ClaimTopicEvent").filter(claim_id__in=claims).values("topic_id")
    return None  # rating scales are always public while they exist


def _public_ids(kind):
    model = _m(MODELS[kind][0]) if kind != "correction" else _m("claims.Correction")
    return model.objects.public().values("pk")


def tombstones(since, kinds=KINDS):
    """[{kind, id, when}] for objects that changed at or after `since` and are not public now."""
    rows = []
    for kind in kinds:
        changed = changed_ids(kind, since)
        if kind == "correction":
            qs = (
                _m("claims.Correction")
                .objects.filter(pk__in=changed)
                .exclude(pk__in=_public_ids(kind))
                .filter(fact_check__in=_ever_public("fact_check"))
                .annotate(
                    when=Greatest(
                        F("published_at"),
                        Coalesce(
                            _max_event("claims.FactCheckEvent", pgh_obj_id=OuterRef("fact_check_id")), F("published_at")
                        ),
                        Coalesce(
                            _max_event("claims.ClaimEvent", pgh_obj_id=OuterRef("fact_check__claim_id")),
                            F("published_at"),
                        ),
                    )
                )
                .values_list("pk", "when")
            )
        else:
            qs = _events(MODELS[kind][1]).filter(pgh_obj_id__in=changed).exclude(pgh_obj_id__in=_public_ids(kind))
            ever = _ever_public(kind)
            if ever is not None:
                qs = qs.filter(pgh_obj_id__in=ever)
            qs = qs.order_by().values("pgh_obj_id").annotate(own=Max("pgh_created_at"))
            related = _related_latest(kind)
            when = Greatest(F("own"), *[Coalesce(r, F("own")) for r in related]) if related else F("own")
            qs = qs.annotate(when=when).values_list("pgh_obj_id", "when")
        rows.extend({"kind": kind, "id": pk, "when": when} for pk, when in qs)
    rows.sort(key=lambda row: (row["when"], row["kind"], row["id"]))
    return rows


def _related_latest(kind):
    """Latest events of the objects whose changes can hide one of `kind` (for the tombstone's time)."""
    if kind == "fact_check":
        claim = _events("claims.FactCheckEvent").filter(pgh_obj_id=OuterRef(OuterRef("pgh_obj_id"))).values("claim_id")
        return [_max_event("claims.ClaimEvent", pgh_obj_id__in=claim)]
    if kind in ("speaker", "source"):
        appearances = _events("claims.AppearanceEvent").filter(**{f"{kind}_id": OuterRef(OuterRef("pgh_obj_id"))})
        return [
            _max_event("claims.AppearanceEvent", **{f"{kind}_id": OuterRef("pgh_obj_id")}),
            _max_event("claims.ClaimEvent", pgh_obj_id__in=appearances.values("claim_id")),
        ]
    if kind == "outlet":
        return [_max_event("sources.SourceEvent", outlet_id=OuterRef("pgh_obj_id"))]
    return []


def _max_event(label, **filters):
    return Subquery(_events(label).filter(**filters).order_by("-pgh_created_at").values("pgh_created_at")[:1])


# --- watermark and last change ---------------------------------------------------------------


def watermark():
    """The newest time such that every change not yet visible to us will be stamped at or after it.

    Never later than just after the newest visible change (every later or still-open change
    is caught by the oldest open transaction): with nothing new, the token — and so the list
    bodies and their ETags — stays the same, and conditional GETs answer 304.
    """
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT LEAST(now(), COALESCE((
                SELECT min(xact_start) FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid()
                  AND backend_type = 'client backend' AND xact_start IS NOT NULL
            ), now()), COALESCE({_last_change_sql()} + interval '1 microsecond', now()))
            """
        )
        return cursor.fetchone()[0]


_EVENT_TABLES = (
    "claims.ClaimEvent",
    "claims.AppearanceEvent",
    "claims.ClaimTopicEvent",
    "claims.FactCheckEvent",
    "claims.EvidenceEvent",
    "claims.RatingEvent",
    "claims.RatingScaleEvent",
    "claims.TopicEvent",
    "sources.SpeakerEvent",
    "sources.SpeakerAliasEvent",
    "sources.SourceEvent",
    "sources.OutletEvent",
)


def _last_change_sql() -> str:
    parts = [
        f'(SELECT pgh_created_at FROM "{_m(label)._meta.db_table}" ORDER BY pgh_id DESC LIMIT 1)'
        for label in _EVENT_TABLES
    ]
    parts.append(f'(SELECT max(published_at) FROM "{_m("claims.Correction")._meta.db_table}")')
    return f"GREATEST({', '.join(parts)})"


def last_change():
    """When anything partners can see last changed (Last-Modified); one cheap query on the newest events."""
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {_last_change_sql()}")
        return cursor.fetchone()[0]
