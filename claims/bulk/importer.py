"""Import a file of claims, appearances, speakers, sources or ClaimReviews: all of it or nothing.

1. Read: decode and parse the whole file (readers); a file that cannot be read is refused.
2. Validate: every row through its form (forms), then the rows against the database;
   every error is collected, with row number, field, message and offending value.
3. Write: only if there was no error, in one transaction, as one action of the action layer
   (claims.actions.CaptureBatch: natural keys, so importing the same file twice creates
   nothing new; the permission table is checked for the importing user as for any capture).
   A dry run does all of that and rolls back, so its report counts what would be created.
"""

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import DatabaseError
from django.db.models import Q
from django.utils.text import slugify

from claims.actions import alerts
from claims.actions.capture import CaptureBatch, RowRefused, constraints_checked_per_statement
from claims.bulk import claimreview_input, ratings
from claims.bulk.forms import KIND_FORMS, RowForm
from claims.bulk.readers import FileError, Row, decode, read_csv, read_json
from claims.models import AlertOrigin, AppearanceKind, Claim, ExternalReview, Topic, claim_text_key
from factdb import policy
from factdb.actions import action, check
from sources import actions as sources
from sources.models import SourceKind, SpeakerKind
from sources.normalize import domain_of, normalize_url

FORMATS = ("csv", "json", "claimreview")
KINDS = tuple(KIND_FORMS)
MAX_REPORTED_ERRORS = 500
# What an import may create, per kind (the permission table's actions); checked before reading the file.
ACTIONS = {
    "claims": ["claim.capture", "source.create", "speaker.create", "outlet.create"],
    "appearances": ["source.create", "speaker.create", "outlet.create"],
    "speakers": ["speaker.create"],
    "sources": ["source.create", "outlet.create"],
    "claimreview": ["claim.capture", "source.create", "speaker.create", "outlet.create", "external_review.import"],
}


def may_import(user, kind: str) -> bool:
    return all(policy.allows(user, name) for name in ACTIONS[kind])


IGNORED_JSON_KEYS = frozenset({"id", "created_at", "updated_at"})

Progress = Callable[[str, int, int], None]  # (phase, rows done, rows in all)


@dataclass
class RowError:
    row: int | None  # None: the file as a whole
    field: str
    message: str
    value: str = ""

    def __str__(self):
        where = f"row {self.row}, {self.field}" if self.row is not None else "file"
        return f"{where}: {self.message}" + (f" (value: {self.value!r})" if self.value else "")


@dataclass
class ImportReport:
    format: str
    kind: str
    dry_run: bool = False
    rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0
    warnings: list[RowError] = field(default_factory=list)
    created: Counter = field(default_factory=Counter)
    existing: Counter = field(default_factory=Counter)
    written: bool = False  # committed (never true for a dry run)

    @property
    def ok(self) -> bool:
        return self.error_count == 0

    def error(self, row: int | None, field_name: str, message: str, value=None) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_REPORTED_ERRORS:
            self.errors.append(RowError(row, field_name, message, _show(value)))

    def summary(self) -> str:
        if not self.ok:
            shown = f" (first {len(self.errors)} shown)" if self.error_count > len(self.errors) else ""
            return f"Rejected: {self.error_count} error(s){shown}; nothing was written."
        created = ", ".join(f"{n} {what}" for what, n in sorted(self.created.items()) if n) or "nothing"
        existing = ", ".join(f"{n} {what}" for what, n in sorted(self.existing.items()) if n) or "nothing"
        verb = "Dry run, nothing written: would create" if self.dry_run else "Imported: created"
        return f"{verb} {created}; already present: {existing}. {self.rows} row(s)."

    def as_dict(self) -> dict:
        return {
            "ok": self.ok,
            "format": self.format,
            "kind": self.kind,
            "dry_run": self.dry_run,
            "rows": self.rows,
            "written": self.written,
            "created": dict(self.created),
            "existing": dict(self.existing),
            "error_count": self.error_count,
            "errors": [e.__dict__ for e in self.errors],
            "warnings": [w.__dict__ for w in self.warnings],
        }


def _show(value, limit: int = 120) -> str:
    if value is None or value == "":
        return ""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def guess_format(filename: str) -> str | None:
    name = filename.lower()
    if name.endswith(".csv"):
        return "csv"
    if name.endswith(".jsonld"):
        return "claimreview"
    if name.endswith(".json"):
        return "json"
    return None


def import_data(
    data: bytes,
    *,
    fmt: str,
    kind: str = "claims",
    user,
    dry_run: bool = False,
    progress: Progress | None = None,
    label: str = "",
) -> ImportReport:
    """Validate every row of `data`, then write all of them in one transaction (or nothing).

    `fmt`: csv, json or claimreview (kind is then "claimreview"). `user` is the actor:
    recorded as creator, and the permission table decides what it may create and change.
    Never raises for bad input: see the report.
    """
    if fmt not in FORMATS:
        raise ValueError(f"Unknown format {fmt!r}; use one of {', '.join(FORMATS)}.")
    if fmt == "claimreview":
        kind = "claimreview"
    elif kind not in KIND_FORMS:
        raise ValueError(f"Unknown kind {kind!r}; use one of {', '.join(KINDS)}.")
    report = ImportReport(fmt, kind, dry_run)
    progress = progress or (lambda phase, done, total: None)
    if not may_import(user, kind):
        missing = [policy.LABELS[name] for name in ACTIONS[kind] if not policy.allows(user, name)]
        report.error(None, "(permission)", f"{user} may not import {kind} (may not {', '.join(missing)}).")
        return report
    try:
        rows = _read(data, fmt, kind)
    except FileError as error:
        report.error(None, "(file)", str(error))
        return report
    report.rows = len({row.number for row in rows})
    cleaned = _validate(rows, kind, report, progress)
    if report.ok:
        _check_database(cleaned, kind, user, report)
    if report.ok:
        _write(cleaned, kind, user, report, progress, label)
    return report


def _read(data: bytes, fmt: str, kind: str) -> list[Row]:
    text = decode(data)
    if fmt == "claimreview":
        return claimreview_input.read(text)
    form = KIND_FORMS[kind]
    required, optional = form.columns()
    if fmt == "csv":
        return read_csv(text, required=required, optional=optional, ignored=form.EXPORT_ONLY)
    return read_json(
        text, kind=kind, flatten=FLATTEN[kind], known=required | optional, ignored=form.EXPORT_ONLY | IGNORED_JSON_KEYS
    )


# --- JSON: our own export nests appearances, outlets and topics; flatten them to import rows.


def _flatten_claim(item: dict) -> list[dict]:
    if "claim_text" in item or "text" not in item:
        return [{**item, "topics": _names(item.get("topics"))} if "topics" in item else item]
    base = {"claim_text": item.get("text"), "language": item.get("language")}
    if item.get("topics"):
        base["topics"] = _names(item["topics"])
    rows = []
    for appearance in item.get("appearances") or []:
        if not isinstance(appearance, dict):
            continue
        speaker, source = appearance.get("speaker") or {}, appearance.get("source") or {}
        outlet = source.get("outlet") or {}
        rows.append(
            base
            | {
                "quote": appearance.get("quote"),
                "kind": appearance.get("kind"),
                "said_on": appearance.get("said_on"),
                "location": appearance.get("location"),
                "speaker": speaker.get("name"),
                "speaker_kind": speaker.get("kind") if speaker else None,
                "source_url": source.get("url"),
                "source_title": source.get("title"),
                "source_kind": source.get("kind"),
                "outlet": outlet.get("name"),
                "published_on": source.get("published_on"),
            }
        )
    return rows or [base]


def _flatten_source(item: dict) -> list[dict]:
    outlet = item.get("outlet")
    if isinstance(outlet, dict):
        item = {**item, "outlet": outlet.get("name"), "outlet_domain": outlet.get("domain")}
    return [item]


def _names(values):
    if not isinstance(values, list):
        return values
    return [value.get("name") if isinstance(value, dict) else value for value in values]


FLATTEN = {
    "claims": _flatten_claim,
    "appearances": lambda item: [item],
    "speakers": lambda item: [item],
    "sources": _flatten_source,
}


# --- Validation: forms per row, then the database.


@dataclass
class Cleaned:
    number: int
    values: dict
    extra: dict = field(default_factory=dict)


def _validate(rows: list[Row], kind: str, report: ImportReport, progress: Progress) -> list[Cleaned]:
    cleaned = []
    form_class = claimreview_input.ClaimReviewRow if kind == "claimreview" else KIND_FORMS[kind]
    step = _progress_step(len(rows))
    for done, row in enumerate(rows, start=1):
        for field_name, message, value in row.errors:
            report.error(row.number, field_name, message, value)
        extra = {key: row.data.pop(key) for key in ("appearances", "raw", "paths") if key in row.data}
        paths = extra.get("paths", {})
        form = form_class(row.data)
        if form.is_valid():
            cleaned.append(Cleaned(row.number, form.cleaned_data, extra))
        else:
            _form_errors(form, row, report, paths)
        for index, link in enumerate(extra.get("appearances", [])):
            link_form = claimreview_input.AppearanceLink(link)
            if link_form.is_valid():
                link.clear()
                link.update(link_form.cleaned_data)
            else:
                _form_errors(link_form, Row(row.number, link), report, {}, prefix=f"itemReviewed.appearance[{index}].")
        if done % step == 0 or done == len(rows):
            progress("validated", done, len(rows))
    return cleaned


def _form_errors(form: RowForm, row: Row, report: ImportReport, paths: dict, prefix: str = "") -> None:
    for name, messages in form.errors.items():
        column = "(row)" if name == "__all__" else prefix + paths.get(name, name)
        for message in messages:
            report.error(row.number, column, message, row.data.get(name) if name != "__all__" else None)


def _check_database(rows: list[Cleaned], kind: str, user, report: ImportReport) -> None:
    """What the forms cannot know: appearances need existing claims; new topics need permission."""
    if kind == "appearances":
        texts = {claim_text_key(row.values["claim_text"]) for row in rows}
        known = set()
        for chunk in _chunks(sorted(texts), 1000):
            known.update(Claim.objects.filter(text__in=chunk).values_list("text", flat=True))
        for row in rows:
            if claim_text_key(row.values["claim_text"]) not in known:
                report.error(
                    row.number,
                    "claim_text",
                    "No claim has this text; import the claim first (kind: claims).",
                    row.values["claim_text"],
                )
    if kind == "claims" and not policy.allows(user, "topic.create"):
        names = {name for row in rows for name in row.values.get("topics", [])}
        found = Topic.objects.filter(Q(slug__in=[slugify(n) for n in names]) | Q(name__in=names))
        slugs = {slug for pair in found.values_list("slug", "name") for slug in (pair[0], slugify(pair[1]))}
        for row in rows:
            for name in row.values.get("topics", []):
                if slugify(name) not in slugs:
                    report.error(row.number, "topics", "Unknown topic; your role may not add topics.", name)


# --- Writing, through the action layer's batch capture.


class _Rollback(Exception):
    """Leaves the import action after a dry run, so that everything it wrote is rolled back."""


def _write(rows: list[Cleaned], kind: str, user, report: ImportReport, progress: Progress, label: str) -> None:
    position = {"row": None}
    try:
        _do_import(rows, kind, report, progress, position, actor=user)
    except _Rollback:
        pass
    except RowRefused as refused:  # when the queued rows were written: the row that queued the refused one
        _refused(report, refused.row, refused.error)
        return
    except (DatabaseError, ValidationError, ValueError) as error:
        _refused(report, position["row"], error)
        return
    report.written = not report.dry_run


def _refused(report: ImportReport, row: int | None, error: Exception) -> None:
    """The whole file was undone: say which row and why, and that nothing was created."""
    message = " ".join(error.messages) if isinstance(error, ValidationError) else str(error).strip()
    field_name = "(permission)" if isinstance(error, policy.Forbidden) else "(database)"
    report.error(row, field_name, message.splitlines()[0][:300])
    report.created.clear()
    report.existing.clear()


@action("import")
def _do_import(rows: list[Cleaned], kind: str, report: ImportReport, progress: Progress, position, *, actor) -> None:
    """The import's writes: one action, one transaction (a dry run raises _Rollback at the end)."""
    writer = WRITERS[kind]
    step = _progress_step(len(rows))
    with constraints_checked_per_statement():
        batch = CaptureBatch(actor)
        _prime(batch, rows, kind)
        state = {"review_urls": set()}
        for done, current in enumerate(rows, start=1):
            position["row"] = batch.row = current.number
            writer(batch, current, report, state, actor)
            if done % step == 0 or done == len(rows):
                progress("written", done, len(rows))
        position["row"] = batch.row = None
        batch.flush()
        if not report.dry_run:
            alerts.raise_for_appearances(batch.created_appearances, AlertOrigin.IMPORT)
    if report.dry_run:
        raise _Rollback()


def _prime(batch: CaptureBatch, rows: list[Cleaned], kind: str) -> None:
    values = [row.values for row in rows]
    if kind in ("claims", "appearances", "claimreview"):
        batch.prime(
            claim_texts=[v["claim_text"] for v in values],
            source_urls=[v.get("source_url", "") for v in values]
            + [link["url"] for row in rows for link in row.extra.get("appearances", [])],
            speaker_names=[v.get("speaker", "") for v in values],
        )
    elif kind == "speakers":
        batch.prime(speaker_names=[v["name"] for v in values])
    elif kind == "sources":
        batch.prime(source_urls=[v["url"] for v in values])


def _count(report: ImportReport, what: str, created: bool) -> None:
    (report.created if created else report.existing)[what] += 1


def _write_claim(batch: CaptureBatch, row: Cleaned, report: ImportReport, state: dict, user) -> None:
    values = row.values
    claim, created = batch.claim(values["claim_text"], language=values.get("language", ""))
    _count(report, "claims", created)
    if values.get("topics"):
        report.created["topics"] += batch.topics(claim, values["topics"])
    if values.get("source_url"):
        _write_appearance_of(batch, claim, values, report)


def _write_appearance(batch: CaptureBatch, row: Cleaned, report: ImportReport, state: dict, user) -> None:
    claim, _ = batch.claim(row.values["claim_text"])
    _write_appearance_of(batch, claim, row.values, report)


def _write_appearance_of(batch: CaptureBatch, claim: Claim, values: dict, report: ImportReport) -> None:
    outlet = None
    if values.get("outlet"):
        outlet, created = batch.outlet(values["outlet"])
        _count(report, "outlets", created)
    source, created = batch.source(
        values["source_url"],
        title=values.get("source_title", ""),
        kind=values.get("source_kind") or SourceKind.ARTICLE,
        outlet=outlet,
        published_on=values.get("published_on"),
        language=values.get("language") or claim.language,
    )
    _count(report, "sources", created)
    speaker = None
    if values.get("speaker"):
        speaker, created = batch.speaker(
            values["speaker"], create=True, kind=values.get("speaker_kind") or SpeakerKind.PERSON
        )
        _count(report, "speakers", created)
    created = batch.appearance(
        claim=claim,
        source=source,
        quote=values.get("quote") or claim.text,
        speaker=speaker,
        kind=values.get("kind") or AppearanceKind.DIRECT_QUOTE,
        said_on=values.get("said_on"),
        location=values.get("location", ""),
    )
    _count(report, "appearances", created)


def _write_speaker(batch: CaptureBatch, row: Cleaned, report: ImportReport, state: dict, user) -> None:
    values = dict(row.values)
    aliases = values.pop("aliases")
    name = values.pop("name")
    values["kind"] = values["kind"] or SpeakerKind.PERSON
    speaker, created = batch.speaker(name, create=True, **values)
    _count(report, "speakers", created)
    known = {speaker.name.casefold()}
    if speaker.pk is not None:  # a speaker still queued (no id yet) has no aliases
        known.update(a.casefold() for a in speaker.aliases.values_list("name", flat=True))
    for alias in aliases:
        alias = " ".join(alias.split())
        is_new = alias.casefold() not in known
        if is_new:
            sources.do_add_alias(batch.saved(speaker), alias, actor=user)
            known.add(alias.casefold())
        _count(report, "speaker aliases", is_new)


def _write_source(batch: CaptureBatch, row: Cleaned, report: ImportReport, state: dict, user) -> None:
    values = dict(row.values)
    outlet_name, domain = values.pop("outlet"), values.pop("outlet_domain")
    outlet = None
    if outlet_name or domain:
        outlet, created = batch.outlet(outlet_name, domain=domain)
        _count(report, "outlets", created)
    url = values.pop("url")
    values["kind"] = values["kind"] or SourceKind.ARTICLE
    values["language"] = values["language"] or "en"
    source, created = batch.source(url, outlet=outlet, **values)
    _count(report, "sources", created)


def _write_review(batch: CaptureBatch, row: Cleaned, report: ImportReport, state: dict, user) -> None:
    values, links = row.values, row.extra.get("appearances", [])
    language = values["language"]
    claim, created = batch.claim(values["claim_text"], language=language)
    _count(report, "claims", created)
    speaker = None
    if links and values["speaker"]:
        speaker, created = batch.speaker(
            values["speaker"],
            create=True,
            kind=values["speaker_kind"] or SpeakerKind.PERSON,
            role=values["speaker_role"],
            same_as=values["speaker_same_as"],
        )
        _count(report, "speakers", created)
    for link in links:
        outlet = None
        if link["publisher"] or link["publisher_site"]:
            outlet, created = batch.outlet(link["publisher"], domain=domain_of(link["publisher_site"]))
            _count(report, "outlets", created)
        source, created = batch.source(
            link["url"],
            title=link["headline"],
            outlet=outlet,
            published_on=link["date"],
            language=language or claim.language,
        )
        _count(report, "sources", created)
        created = batch.appearance(
            claim=claim,
            source=source,
            quote=claim.text,  # ClaimReview gives the claim, not the verbatim words
            speaker=speaker,
            kind=AppearanceKind.PARAPHRASE,
            said_on=link["date"] or values["claim_date"],
        )
        _count(report, "appearances", created)
    url = normalize_url(values["review_url"])
    seen = state["review_urls"]
    if url in seen or ExternalReview.objects.filter(url=url).exists():
        _count(report, "external reviews", False)
        return
    seen.add(url)
    rating = ratings.categorise(
        values["textual_rating"], values["rating_value"], values["worst_rating"], values["best_rating"]
    )
    if rating.how not in ("table", "first phrase"):
        shown = values["textual_rating"] or "(no text)"
        report.warnings.append(
            RowError(row.number, "reviewRating", f"rating “{shown}” mapped to {rating.category} by {rating.how}")
        )
    check(user, "external_review.import")
    ExternalReview.objects.create(
        claim=batch.saved(claim),
        url=url,
        publisher_name=values["publisher_name"],
        publisher_site=domain_of(values["publisher_site"] or url),
        textual_rating=values["textual_rating"],
        category=rating.category,
        rating_value=values["rating_value"],
        worst_rating=values["worst_rating"],
        best_rating=values["best_rating"],
        headline=values["headline"],
        reviewed_on=values["reviewed_on"],
        language=language,
        raw=row.extra.get("raw", {}),
        imported_by=user,
    )
    _count(report, "external reviews", True)


WRITERS = {
    "claims": _write_claim,
    "appearances": _write_appearance,
    "speakers": _write_speaker,
    "sources": _write_source,
    "claimreview": _write_review,
}


def _progress_step(total: int) -> int:
    return max(1, min(1000, total // 20))


def _chunks(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]
