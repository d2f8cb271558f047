"""The public projection: what partners may read, stored as they read it.

For every public object there is one row holding its partner JSON, serialised once, when
an action changed what partners can see of it (claims.projection keeps the rows). The
partner API serves these rows as they are (`orjson.Fragment`): a page costs one indexed
query, and what is not in the projection cannot leak.

A row's `updated_at` moves only when its JSON changes (an edit of internal notes changes
nothing a partner can see, so it moves nothing: not the ETag, not Last-Modified, not sync).
When an object stops being public, its row stays as a tombstone: `body` NULL, `removed_at`
set. Rows exist only for objects that were public once, so tombstones never name anything
partners never saw.
"""

import hashlib
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, Protocol

import orjson
from django.db import connection, models
from django.utils import timezone

# Bumped when the shape of a document changes; `rebuild_projection` then rewrites every row.
SCHEMA_VERSION = 1
# Keys stamped after the content digest is taken: they say when (or which version), not what.
STAMPS = ("updated_at", "dateModified", "versionId")


class DocumentQuerySet(models.QuerySet[Any]):
    def current(self) -> "DocumentQuerySet":
        """The documents of objects public now."""
        return self.filter(removed_at__isnull=True)


class PublicDocument(models.Model):
    """One public object's partner JSON (abstract: each kind has its table, with the columns it filters on)."""

    id = models.BigIntegerField(primary_key=True)  # the object's own id
    body = models.TextField(null=True, help_text="The partner JSON, serialised; NULL once no longer public.")
    digest = models.CharField(max_length=32, blank=True, help_text="md5 of what partners see, stamps aside.")
    schema_version = models.PositiveSmallIntegerField(default=SCHEMA_VERSION)
    created_at = models.DateTimeField(help_text="When the object was created (as partners see it).")
    updated_at = models.DateTimeField(help_text="When what partners see of it last changed.")
    removed_at = models.DateTimeField(null=True, blank=True, help_text="When it stopped being public.")

    objects = DocumentQuerySet.as_manager()

    class Meta:
        abstract = True

    @staticmethod
    def document_indexes(prefix: str) -> list[Any]:
        """Every kind's indexes: current rows by id, by update and creation time (sync), tombstones by time."""
        current = models.Q(removed_at__isnull=True)
        return [
            models.Index(fields=["-id"], condition=current, name=f"{prefix}_current_id"),
            models.Index(fields=["updated_at", "id"], condition=current, name=f"{prefix}_current_updated"),
            models.Index(fields=["created_at", "id"], condition=current, name=f"{prefix}_current_created"),
            models.Index(
                fields=["removed_at", "id"], condition=models.Q(removed_at__isnull=False), name=f"{prefix}_removed"
            ),
        ]


class ProjectedRow(Protocol):
    """One public object's documents, as the app that owns it builds them (claims.documents.Projected)."""

    @property
    def id(self) -> int: ...
    @property
    def created_at(self) -> object: ...
    @property
    def document(self) -> dict[str, Any]: ...
    @property
    def columns(self) -> dict[str, Any]: ...
    @property
    def bodies(self) -> dict[str, Any]: ...


def iso(value: date | None) -> str | None:
    """Dates and times as the API has always written them (DRF's ISO 8601, UTC as Z)."""
    if value is None:
        return None
    text: str = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _stamped(documents: list[Any], now: datetime, digest: str) -> None:
    for document in documents:
        if document is None:
            continue
        for key in STAMPS:
            if key in document:
                document[key] = digest[:16] if key == "versionId" else iso(now)


def digest_of(documents: list[Any]) -> str:
    """What partners see of an object (its documents with their stamps blanked), as a short hash."""
    for document in documents:
        for key in STAMPS:
            if document is not None and key in document:
                document[key] = None
    return hashlib.md5(orjson.dumps(documents), usedforsecurity=False).hexdigest()


def store(
    model: type[PublicDocument],
    rows: Iterable[ProjectedRow],
    removed_ids: Iterable[int] = (),
    *,
    now: datetime | None = None,
) -> int:
    """Write `model`'s documents: `rows` (claims.documents.Projected) for objects public now, and
    tombstones for `removed_ids`, the objects among those asked for that are not. Returns the rows changed.

    A row whose content is unchanged is left alone, so its updated_at and the ETags stand.
    """
    now = now or timezone.now()
    changed = 0
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    # (A concrete field always has a column; the stubs allow None for the others.)
    generated = {f.column for f in model._meta.concrete_fields if f.generated}
    fixed = ["id", "body", "digest", "schema_version", "created_at", "updated_at"]
    names = fixed + [
        f.column
        for f in model._meta.concrete_fields
        if f.column is not None and f.column not in fixed and f.column != "removed_at" and f.column not in generated
    ]
    body_columns = [name for name in names if name.endswith("_body")]
    values: list[list[Any]] = []
    # In id order, like every writer of these rows: two actions refreshing the same documents then queue
    # for them one after the other instead of each holding some and waiting for the other's (a deadlock).
    for row in sorted(rows, key=lambda row: row.id):
        bodies = [row.bodies.get(name) for name in body_columns]
        digest = digest_of([row.document, *bodies])
        _stamped([row.document, *bodies], now, digest)
        dumped = {
            name: (orjson.dumps(b).decode() if b is not None else None)
            for name, b in zip(body_columns, bodies, strict=True)
        }
        values.append(
            [row.id, orjson.dumps(row.document).decode(), digest, SCHEMA_VERSION, row.created_at, now]
            + [dumped[name] if name in dumped else row.columns.get(name) for name in names[len(fixed) :]]
        )
    columns = ", ".join(quote(name) for name in names)
    updates = ", ".join(f"{quote(name)} = EXCLUDED.{quote(name)}" for name in names[1:])
    one = "(" + ", ".join(["%s"] * len(names)) + ")"
    with connection.cursor() as cursor:
        for start in range(0, len(values), 500):
            chunk = values[start : start + 500]
            cursor.execute(
                f"INSERT INTO {table} ({columns}) VALUES {', '.join([one] * len(chunk))} "
                f"ON CONFLICT (id) DO UPDATE SET {updates}, removed_at = NULL "
                f"WHERE {table}.digest <> EXCLUDED.digest OR {table}.removed_at IS NOT NULL "
                f"OR {table}.schema_version <> EXCLUDED.schema_version",
                [value for row in chunk for value in row],
            )
            changed += cursor.rowcount
        removed = list(removed_ids)
        if removed:
            nulls = ", ".join(f"{quote(name)} = NULL" for name in body_columns)
            cursor.execute(
                f"UPDATE {table} SET body = NULL, digest = '', removed_at = %s, updated_at = %s"
                f"{', ' + nulls if nulls else ''} WHERE id = ANY(%s) AND removed_at IS NULL",
                [now, now, removed],
            )
            changed += cursor.rowcount
    return changed
