"""Loading a generated newsroom (claims.generate) in one action: synthetic benchmark data, at COPY speed.

`manage.py generate_data` calls it. It only fills an empty newsroom: generated rows are
not the record of anybody's work, so they never mix with real ones. Inside its one
transaction it follows PostgreSQL's recipe for populating a database: COPY with
explicit ids, secondary indexes and foreign keys dropped during the load and rebuilt
after it (one sort or one join each instead of a check per row), and the audit
triggers off, their insert events written afterwards in one statement per table.
Any failure rolls all of it back, schema included.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, User
from django.core.management.color import no_style
from django.db import connection
from django.db.backends.utils import CursorWrapper
from django.db.models import Model

from claims.actions.capture import constraints_checked_per_statement
from claims.generate import Dataset, Newsroom, Table
from claims.models import (
    Appearance,
    Claim,
    ClaimEmbedding,
    ClaimTopic,
    ClaimTransition,
    Correction,
    Evidence,
    ExternalReview,
    FactCheck,
    FactCheckRevision,
    Rating,
    Topic,
)
from factdb.actions import Refused, action, check
from factdb.policy import EDITOR, FACT_CHECKER, REPORTER
from sources.models import Outlet, Source, Speaker, SpeakerAlias

LOADED = (Topic, Outlet, Speaker, SpeakerAlias, Source, Claim, Appearance, ClaimTopic, FactCheck, Evidence,
          FactCheckRevision, Correction, ClaimTransition)  # fmt: skip
AUDITED = tuple(model for model in LOADED if "insert" in getattr(model, "pgh_event_models", {}))
EVENTS = tuple(model.pgh_event_models["insert"] for model in AUDITED)  # type: ignore[union-attr]  # added by pghistory
MUST_BE_EMPTY = (*LOADED, ExternalReview, ClaimEmbedding)
BATCH_BYTES = 1 << 20

Progress = Callable[[str, int, int], None]  # (what, rows done, rows in all)


@action("generate_data")
def do_load_generated(dataset: Dataset, *, actor: User, progress: Progress | None = None) -> dict[str, int]:
    """Write `dataset` into an empty newsroom; returns the rows written per table (verbose names).

    Whoever may capture claims may load generated ones: the verdicts in the data are
    signed by the generated newsroom's fact-checkers and editors, never by `actor`.
    """
    check(actor, "claim.capture")
    taken = [str(model._meta.verbose_name_plural) for model in MUST_BE_EMPTY if model.objects.exists()]
    if taken:
        raise Refused(
            f"Generated data only goes into an empty newsroom, and this one has {', '.join(taken)}. "
            "Use a fresh database (manage.py migrate on an empty one)."
        )
    newsroom = _newsroom(dataset)
    counts = {}
    with constraints_checked_per_statement(), _populating(LOADED + EVENTS, progress), connection.cursor() as cursor:
        for table in dataset.tables(newsroom):
            counts[str(table.model._meta.verbose_name_plural)] = _copy(cursor, table, progress)
        for done, model in enumerate(AUDITED, start=1):
            _record_inserts(cursor, model)
            if progress:
                progress("audit trail", done, len(AUDITED))
        for statement in connection.ops.sequence_reset_sql(no_style(), LOADED):  # the next ids follow ours
            cursor.execute(statement)
    return counts


def _copy(cursor: CursorWrapper, table: Table, progress: Progress | None) -> int:
    name = str(table.model._meta.verbose_name_plural)
    columns = ", ".join(connection.ops.quote_name(column) for column in table.columns)
    written, size, batch = 0, 0, []
    with cursor.copy(f"COPY {connection.ops.quote_name(table.model._meta.db_table)} ({columns}) FROM STDIN") as copy:
        for line in table.rows:
            batch.append(line)
            size += len(line)
            if size >= BATCH_BYTES:
                copy.write("".join(batch))
                written += len(batch)
                batch, size = [], 0
                if progress:
                    progress(name, written, table.count)
        copy.write("".join(batch))
        written += len(batch)
    if progress:
        progress(name, written, table.count)
    return written


def _newsroom(dataset: Dataset) -> Newsroom:
    """The generated people (created if missing) and the default rating scale, as the rows refer to them."""
    groups = {group.name: group for group in Group.objects.filter(name__in=[REPORTER, FACT_CHECKER, EDITOR])}
    ids = defaultdict(list)
    for person in dataset.people():
        # Their accounts are audited like anyone's: the events name this action and its actor.
        user, created = get_user_model().objects.get_or_create(
            username=person.username,
            defaults={"first_name": person.first_name, "last_name": person.last_name, "is_staff": True},
        )
        if created:
            user.set_unusable_password()
            user.save(update_fields=["password"])
            user.groups.add(groups[person.role])
        ids[person.role].append(user.pk)
    ratings: dict[str, int] = {}
    for rating in Rating.objects.filter(scale__is_default=True).order_by("-value"):
        ratings.setdefault(rating.category, rating.pk)
    if not ratings:
        raise Refused("The default rating scale has no ratings to rate the generated verdicts with.")
    return Newsroom(
        reporters=tuple(ids[REPORTER]),
        fact_checkers=tuple(ids[FACT_CHECKER]),
        editors=tuple(ids[EDITOR]),
        ratings=ratings,
    )


def _record_inserts(cursor: CursorWrapper, model: type[Model]) -> None:
    """The insert events `model`'s audit trigger would have written, with this action's context.

    Each is stamped with its row's last change (the generated history), so incremental
    sync and tombstones see a newsroom's years of events, not one burst of today.
    """
    event = model.pgh_event_models["insert"]  # type: ignore[attr-defined]  # added by pghistory
    columns = [f.column for f in event._meta.concrete_fields if not f.generated and not f.column.startswith("pgh_")]
    if any(field.name == "updated_at" for field in model._meta.concrete_fields):
        when = "t.updated_at"
    else:  # a link row (claim topic, alias) is as old as what it belongs to
        parent = next(f for f in model._meta.concrete_fields if f.is_relation and f.related_model in LOADED)
        related = parent.related_model
        assert related is not None  # one of LOADED
        when = f"(SELECT p.updated_at FROM {related._meta.db_table} p WHERE p.id = t.{parent.column})"
    quoted = [connection.ops.quote_name(column) for column in columns]
    cursor.execute(
        f"INSERT INTO {event._meta.db_table} (pgh_created_at, pgh_label, pgh_obj_id, pgh_context, pgh_context_id, "
        f"{', '.join(quoted)}) SELECT {when}, 'insert', t.id, "
        # As the triggers read it: the context pghistory sets on each statement of the action.
        "NULLIF(current_setting('pghistory.context_metadata', true), '')::jsonb, "
        "NULLIF(current_setting('pghistory.context_id', true), '')::uuid, "
        f"{', '.join(f't.{column}' for column in quoted)} FROM {model._meta.db_table} t"
    )


@contextmanager
def _populating(models: Iterable[type[Model]], progress: Progress | None = None) -> Iterator[None]:
    """PostgreSQL's "Populating a Database" recipe for `models`' tables, undone (and checked) on the way out.

    Secondary indexes are dropped and rebuilt: one sort per index instead of millions of
    inserts into it (the GIN ones especially). Foreign keys are dropped and re-added: one
    join validates each, instead of a lookup per row. The audit triggers (pghistory,
    and the append-only guards) are off: a trigger call per row would double the load
    time (do_load_generated writes the same events set-wise). Unique and check
    constraints stay on and are checked as rows arrive (unique ones: when their index is
    rebuilt).
    """
    tables = [model._meta.db_table for model in models]
    quoted = [connection.ops.quote_name(table) for table in tables]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index "
            "WHERE indrelid = ANY(%s::regclass[]) AND indexrelid NOT IN "
            "(SELECT conindid FROM pg_constraint WHERE contype IN ('p', 'u', 'x'))",
            [tables],
        )
        indexes = cursor.fetchall()
        cursor.execute(
            "SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid) FROM pg_constraint "
            "WHERE contype = 'f' AND conrelid = ANY(%s::regclass[])",
            [tables],
        )
        foreign_keys = cursor.fetchall()
        cursor.execute("SELECT set_config('maintenance_work_mem', '512MB', true)")  # for the index builds
        for table in quoted:
            cursor.execute(f"ALTER TABLE {table} DISABLE TRIGGER USER")
        for table, name, _ in foreign_keys:
            cursor.execute(f"ALTER TABLE {table} DROP CONSTRAINT {name}")
        for name, _ in indexes:
            cursor.execute(f"DROP INDEX {name}")
    yield
    with connection.cursor() as cursor:
        for done, (_, definition) in enumerate(indexes, start=1):
            cursor.execute(definition)
            if progress:
                progress("indexes", done, len(indexes))
        for table, name, definition in foreign_keys:
            cursor.execute(f"ALTER TABLE {table} ADD CONSTRAINT {name} {definition}")
        for table in quoted:
            cursor.execute(f"ALTER TABLE {table} ENABLE TRIGGER USER")
            cursor.execute(f"ANALYZE {table}")
