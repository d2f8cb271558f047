"""Incremental sync, from the public projection (factdb.projection).

* `?updated_since=T` on a list: documents whose JSON changed at or after T (`updated_at`).
* `tombstones/?since=T`: documents that stopped being public at or after T (`removed_at`);
  only objects that were public once have a row, so nothing partners never saw is named.
* `sync_token`: where the next sync starts (`watermark()`).

Documents are stamped with the time they were written, inside their action's transaction,
which may commit later: a partner could read a token after a change was stamped but before
it committed. The token is therefore never later than the start of the oldest transaction
still open, and never later than just after the newest visible change, so that an unchanged
list keeps its token (and its ETag: conditional GETs answer 304).
"""

from collections.abc import Iterable
from datetime import datetime
from typing import TypedDict

from django.apps import apps
from django.db import connection, connections

# kind (as partners see it) -> the projection table behind it
KINDS = {
    "claim": "claims.PublicClaim",
    "fact_check": "claims.PublicFactCheck",
    "speaker": "sources.PublicSpeaker",
    "source": "sources.PublicSource",
    "outlet": "sources.PublicOutlet",
    "topic": "claims.PublicTopic",
    "rating_scale": "claims.PublicRatingScale",
    "correction": "claims.PublicCorrection",
}


def table(kind: str) -> str:
    return connection.ops.quote_name(apps.get_model(KINDS[kind])._meta.db_table)


def _last_change_sql() -> str:
    """The newest change partners can see anywhere (each term one index lookup)."""
    parts = []
    for kind in KINDS:
        parts.append(f"(SELECT max(updated_at) FROM {table(kind)} WHERE removed_at IS NULL)")
        parts.append(f"(SELECT max(removed_at) FROM {table(kind)} WHERE removed_at IS NOT NULL)")
    return f"GREATEST({', '.join(parts)})"


def clock(using: str = "default") -> tuple[datetime, datetime | None]:
    """(watermark, last change) in one query: the sync token, and Last-Modified.

    On a replica, the token also waits for replay (pg_last_xact_replay_timestamp; NULL on a primary).
    """
    with connections[using].cursor() as cursor:
        cursor.execute(
            f"""
            WITH last AS (SELECT {_last_change_sql()} AS at)
            SELECT LEAST(now(), COALESCE((
                SELECT min(xact_start) FROM pg_stat_activity
                WHERE datname = current_database() AND pid <> pg_backend_pid()
                  AND backend_type = 'client backend' AND xact_start IS NOT NULL
            ), now()), COALESCE(pg_last_xact_replay_timestamp(), now()),
               COALESCE((SELECT at FROM last) + interval '1 microsecond', now())),
               (SELECT at FROM last)
            """
        )
        row: tuple[datetime, datetime | None] = cursor.fetchone()
        return row


def watermark() -> datetime:
    return clock()[0]


def last_change() -> datetime | None:
    return clock()[1]


class Tombstone(TypedDict):
    kind: str
    id: int
    when: datetime


def tombstones(
    since: datetime, kinds: Iterable[str] = tuple(KINDS), limit: int | None = None, using: str = "default"
) -> list[Tombstone]:
    """[{kind, id, when}] of documents that stopped being public at or after `since`, oldest first."""
    unions = " UNION ALL ".join(
        f"(SELECT %s AS kind, id, removed_at FROM {table(kind)} WHERE removed_at >= %s)" for kind in kinds
    )
    params: list[str | datetime | int] = [value for kind in kinds for value in (kind, since)]
    sql = f"SELECT kind, id, removed_at FROM ({unions}) t ORDER BY removed_at, kind, id"
    if limit is not None:
        sql += " LIMIT %s"
        params.append(limit)
    with connections[using].cursor() as cursor:
        cursor.execute(sql, params)
        return [{"kind": kind, "id": pk, "when": when} for kind, pk, when in cursor.fetchall()]
