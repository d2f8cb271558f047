"""The public database as files for partners: exactly what the partner API shows.

Every section is read from the public projection (factdb.projection), the documents the
API serves, so the export and the API agree byte for byte: no internal notes, drafts,
authors or reviewers. Other newsrooms' verdicts (ExternalReview) are never republished.
"""

import csv
import datetime
import json
from collections.abc import Iterator
from pathlib import Path

import orjson
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone

from claims.bulk.readers import FORMULA_PREFIXES
from claims.models import PublicClaim, PublicCorrection, PublicFactCheck, PublicRatingScale, PublicTopic
from sources.models import PublicOutlet, PublicSource, PublicSpeaker

EXPORT_FORMATS = ("json", "jsonl", "csv", "claimreview")
CHUNK = 500


SECTIONS = {
    "claims": PublicClaim,
    "fact_checks": PublicFactCheck,
    "corrections": PublicCorrection,
    "speakers": PublicSpeaker,
    "sources": PublicSource,
    "outlets": PublicOutlet,
    "topics": PublicTopic,
    "rating_scales": PublicRatingScale,
}


def sections() -> dict:
    """Section name -> its projection table."""
    return SECTIONS


def _bodies(model, field: str = "body") -> Iterator[str]:
    rows = model.objects.current().filter(**{f"{field}__isnull": False}).order_by("pk").values_list(field, flat=True)
    yield from rows.iterator(chunk_size=CHUNK)


def records(name: str) -> Iterator[dict]:
    for body in _bodies(SECTIONS[name]):
        yield orjson.loads(body)


def claim_reviews() -> Iterator[dict]:
    """schema.org ClaimReview of every standing verdict."""
    for body in _bodies(PublicFactCheck, "claimreview_body"):
        yield orjson.loads(body)


def _dumps(value) -> str:
    return json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False)


def header() -> dict:
    return {
        "format": "factdb-public-export",
        "version": 1,
        "exported_at": timezone.now().isoformat(),
        "organization": {"name": settings.FACTDB_ORGANIZATION_NAME, "url": settings.FACTDB_ORGANIZATION_URL},
    }


def write_json(out) -> dict[str, int]:
    """One JSON document: the header fields, then one list per section. Streamed, never all in memory."""
    counts = {}
    out.write(_dumps(header())[:-1])
    for name in sections():
        out.write(f', "{name}": [')
        counts[name] = 0
        for record in records(name):
            out.write(("," if counts[name] else "") + "\n  " + _dumps(record))
            counts[name] += 1
        out.write("\n]")
    out.write("}\n")
    return counts


def write_jsonl(out) -> dict[str, int]:
    """One line per object: {"type": "claim", "data": {...}}; the first line is the header."""
    counts = {}
    out.write(_dumps({"type": "header", "data": header()}) + "\n")
    for name in sections():
        kind = name[:-1]  # claims -> claim
        counts[name] = 0
        for record in records(name):
            out.write(_dumps({"type": kind, "data": record}) + "\n")
            counts[name] += 1
    return counts


def write_claimreview(out) -> dict[str, int]:
    """A JSON list of schema.org ClaimReview objects, one per published fact-check."""
    count = 0
    out.write("[")
    for review in claim_reviews():
        out.write(("," if count else "") + "\n  " + _dumps(review))
        count += 1
    out.write("\n]\n")
    return {"claim_reviews": count}


# --- CSV: one file per section, claims/speakers/sources in the import columns (docs/import_export.md).


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "|".join(_cell(item) for item in value)
    elif isinstance(value, datetime.date | datetime.datetime):
        value = value.isoformat()
    value = str(value)
    # A cell starting like a formula is run by spreadsheets; the importer strips this apostrophe again.
    return "'" + value if value[:1] in FORMULA_PREFIXES else value


def _claim_rows(claim: dict) -> Iterator[dict]:
    verdict = claim["current_fact_check"] or {}
    rating = verdict.get("rating") or {}
    base = {
        "claim_id": claim["id"],
        "claim_text": claim["text"],
        "language": claim["language"],
        "status": claim["status"],
        "rating": rating.get("label"),
        "rating_category": rating.get("category"),
        "fact_check_url": verdict.get("url"),
        "topics": [topic["name"] for topic in claim["topics"]],
    }
    for appearance in claim["appearances"] or [{}]:
        speaker, source = appearance.get("speaker") or {}, appearance.get("source") or {}
        yield base | {
            "speaker": speaker.get("name"),
            "speaker_kind": speaker.get("kind"),
            "quote": appearance.get("quote"),
            "source_url": source.get("url"),
            "source_title": source.get("title"),
            "source_kind": source.get("kind"),
            "outlet": (source.get("outlet") or {}).get("name"),
            "published_on": source.get("published_on"),
            "said_on": appearance.get("said_on"),
            "kind": appearance.get("kind"),
            "location": appearance.get("location"),
        }


def _fact_check_row(fc: dict) -> dict:
    rating = fc["rating"] or {}
    return {
        "fact_check_id": fc["id"],
        "claim_id": fc["claim"]["id"],
        "headline": fc["headline"],
        "explanation": fc["explanation"],
        "rating": rating.get("label"),
        "rating_category": rating.get("category"),
        "rating_scale": rating.get("scale"),
        "url": fc["url"],
        "published_at": fc["published_at"],
        "evidence": [item["url"] for item in fc["evidence"]],
    }


def _correction_row(c: dict) -> dict:
    return {
        "correction_id": c["id"],
        "fact_check_id": c["fact_check"],
        "note": c["note"],
        "previous_rating": (c["previous_rating"] or {}).get("label"),
        "new_rating": (c["new_rating"] or {}).get("label"),
        "previous_headline": c["previous_headline"],
        "published_at": c["published_at"],
    }


def _source_row(s: dict) -> dict:
    outlet = s["outlet"] or {}
    return (
        {"source_id": s["id"]}
        | {k: s[k] for k in ("url", "title", "kind")}
        | {
            "outlet": outlet.get("name"),
            "outlet_domain": outlet.get("domain"),
            "published_on": s["published_on"],
            "language": s["language"],
            "archive_url": s["archive_url"],
        }
    )


SPEAKER_COLUMNS = ["name", "kind", "role", "affiliation", "country", "wikidata_id", "same_as", "description", "aliases"]
CSV_FILES = {  # file -> (section, columns, record -> rows)
    "claims.csv": (
        "claims",
        ["claim_id", "claim_text", "language", "status", "rating", "rating_category", "fact_check_url", "topics",
         "speaker", "speaker_kind", "quote", "source_url", "source_title", "source_kind", "outlet", "published_on",
         "said_on", "kind", "location"],
        _claim_rows,
    ),
    "fact_checks.csv": (
        "fact_checks",
        ["fact_check_id", "claim_id", "headline", "explanation", "rating", "rating_category", "rating_scale", "url",
         "published_at", "evidence"],
        lambda fc: [_fact_check_row(fc)],
    ),
    "corrections.csv": (
        "corrections",
        ["correction_id", "fact_check_id", "note", "previous_rating", "new_rating", "previous_headline",
         "published_at"],
        lambda c: [_correction_row(c)],
    ),
    "speakers.csv": ("speakers", ["speaker_id", *SPEAKER_COLUMNS], lambda s: [{"speaker_id": s["id"], **s}]),
    "sources.csv": (
        "sources",
        ["source_id", "url", "title", "kind", "outlet", "outlet_domain", "published_on", "language", "archive_url"],
        lambda s: [_source_row(s)],
    ),
    "outlets.csv": (
        "outlets",
        ["outlet_id", "name", "domain", "url", "country", "description"],
        lambda o: [{"outlet_id": o["id"], **o}],
    ),
    "topics.csv": ("topics", ["topic_id", "slug", "name", "description"], lambda t: [{"topic_id": t["id"], **t}]),
}  # fmt: skip


def write_csv(directory: Path) -> dict[str, int]:
    """One UTF-8 CSV file per section in `directory` (created if needed)."""
    directory.mkdir(parents=True, exist_ok=True)
    counts = {}
    for filename, (section, columns, to_rows) in CSV_FILES.items():
        counts[filename] = 0
        with (directory / filename).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
            writer.writeheader()
            for record in records(section):
                for row in to_rows(record):
                    writer.writerow({column: _cell(row.get(column)) for column in columns})
                    counts[filename] += 1
    return counts


WRITERS = {"json": write_json, "jsonl": write_jsonl, "claimreview": write_claimreview}
