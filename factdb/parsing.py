"""Reading numbers from untrusted text (query strings, form fields, search boxes)."""

import re

_ID = re.compile(r"[0-9]{1,18}")  # ASCII only: str.isdigit() accepts "²", which int() refuses; 18 digits fit a bigint


def parse_id(value: str | None) -> int | None:
    """The integer id `value` spells, or None for anything else (never raises)."""
    value = (value or "").strip()
    return int(value) if _ID.fullmatch(value) else None
