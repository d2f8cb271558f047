"""Bytes -> rows. Everything that makes a whole file unreadable is a FileError with a plain message."""

import csv
import io
import json
from dataclasses import dataclass, field

MAX_FILE_BYTES = 100 * 1024 * 1024
# Excel and LibreOffice escape cells that would start a formula; undo it (the exporter adds it).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


class FileError(Exception):
    """The file as a whole cannot be imported; the message says why and what to do."""


@dataclass
class Row:
    number: int  # CSV: spreadsheet row (the header is row 1); JSON: position in the list, from 1
    data: dict
    errors: list[tuple[str, str, object]] = field(default_factory=list)  # (field, message, value) found while reading


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) or BOM-marked UTF-16 text; anything else is refused with the position."""
    if len(data) > MAX_FILE_BYTES:
        raise FileError(f"The file is {len(data):,} bytes; the limit is {MAX_FILE_BYTES:,}. Split it into parts.")
    if not data.strip():
        raise FileError("The file is empty.")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise FileError(f"The file starts like UTF-16 but cannot be decoded ({error.reason}).") from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            raise FileError(
                f"The file is not UTF-8 text: byte 0x{data[error.start]:02x} on line {line} is not valid UTF-8. "
                "Save it as UTF-8 (in Excel: “CSV UTF-8”) and try again."
            ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise FileError(f"The file contains a NUL byte on line {line}: it is binary, not a text file.")
    if not text.strip():
        raise FileError("The file is empty.")
    return text


def _header_name(name: str) -> str:
    return "_".join(name.strip().lower().replace("-", " ").split())


def _unescape(value: str) -> str:
    value = value.strip()
    if value.startswith("'") and value[1:2] in FORMULA_PREFIXES and value[1:2]:
        return value[1:]
    return value


def read_csv(text: str, *, required: set[str], optional: set[str], ignored: set[str] = frozenset()) -> list[Row]:
    """Rows of a CSV file with a header line; comma- or semicolon-separated."""
    first_line = text.lstrip().split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
        columns = [_header_name(name) for name in header]
        duplicates = sorted({c for c in columns if columns.count(c) > 1})
        if duplicates:
            raise FileError(f"The header names {', '.join(duplicates)} more than once.")
        unknown = [c for c in columns if c not in required | optional | ignored]
        if unknown:
            raise FileError(
                f"Unknown column(s): {', '.join(unknown) or '(empty name)'}. "
                f"Known columns: {', '.join(sorted(required | optional))}."
            )
        missing = sorted(required - set(columns))
        if missing:
            raise FileError(f"Missing required column(s): {', '.join(missing)}.")
        rows = []
        for number, values in enumerate(reader, start=2):
            if not any(value.strip() for value in values):
                continue
            row = Row(number, {})
            if len(values) > len(columns):
                row.errors.append(("(row)", f"has {len(values)} values but the header has {len(columns)}", ""))
            for column, value in zip(columns, values, strict=False):
                if column not in ignored:
                    row.data[column] = _unescape(value)
            rows.append(row)
    except csv.Error as error:
        raise FileError(f"The CSV cannot be read near line {reader.line_num}: {error}.") from None
    if not rows:
        raise FileError("The file has a header but no data rows.")
    return rows


def load_json(text: str):
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise FileError(f"Malformed JSON: {error.msg} at line {error.lineno}, column {error.colno}.") from None
    except RecursionError:
        raise FileError("Malformed JSON: nested too deeply.") from None


def read_json(text: str, *, kind: str, flatten, known: set[str], ignored: set[str] = frozenset()) -> list[Row]:
    """Rows of a JSON file: a list of objects, {"<kind>": [...]} (e.g. our own export) or a single object.

    `flatten(item)` turns one object into one or more flat rows (our export nests appearances).
    """
    document = load_json(text)
    if isinstance(document, dict) and isinstance(document.get(kind), list):
        items = document[kind]
    elif isinstance(document, list):
        items = document
    elif isinstance(document, dict):
        items = [document]
    else:
        found = type(document).__name__
        raise FileError(f"Expected a list of {kind} (or an object with a “{kind}” list), not a JSON {found}.")
    if not items:
        raise FileError(f"The file contains no {kind}.")
    rows, unknown = [], set()
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            rows.append(Row(number, {}, [("(row)", "must be a JSON object", _short(item))]))
            continue
        for data in flatten(item):
            data = {key: value for key, value in data.items() if key not in ignored}
            unknown.update(set(data) - known)
            rows.append(Row(number, data))
    if unknown:
        raise FileError(f"Unknown field(s): {', '.join(sorted(unknown))}. Known fields: {', '.join(sorted(known))}.")
    return rows


def _short(value, limit: int = 80) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= limit else text[: limit - 1] + "…"
