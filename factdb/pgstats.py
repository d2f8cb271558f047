"""How common the elements of an array or tsvector column are, from PostgreSQL's own statistics.

ANALYZE (autovacuum) keeps a column's most common elements with their frequencies (pg_stats.most_common_elems);
an element not among them is rarer than all of them. Read once per process every ten minutes: a few thousand
values, no scan. Matching ranks a claim's words by it; ingest drops name keys that half the speakers share.
"""

import time
from typing import NamedTuple

from django.db import connections
from django.db.models import Model

TTL = 600.0


class ElementFrequencies(NamedTuple):
    rows: float  # how many rows the statistics were taken on
    share: dict[str, float]  # element -> share of rows holding it (the most common elements only)
    floor: float  # every other element is rarer than this

    def rows_holding(self, element: str) -> float:
        """About how many rows hold `element` (an element missing from the statistics: half the floor)."""
        return self.share.get(element, self.floor / 2) * self.rows


_cache: dict[tuple[str, str, str], tuple[float, ElementFrequencies]] = {}


def element_frequencies(model: type[Model], column: str, using: str = "default") -> ElementFrequencies:
    key = (using, model._meta.db_table, column)
    now = time.monotonic()
    cached = _cache.get(key)
    if cached and now - cached[0] < TTL:
        return cached[1]
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs, c.reltuples"
            " FROM pg_class c LEFT JOIN pg_stats s ON s.tablename = c.relname AND s.attname = %s"
            " AND s.schemaname = current_schema() WHERE c.oid = %s::regclass",
            [column, model._meta.db_table],
        )
        row = cursor.fetchone() or (None, None, 0)
    elements, freqs, rows = row[0] or [], row[1] or [], max(float(row[2] or 0), 0.0)
    share = dict(zip(elements, freqs[: len(elements)], strict=False))
    frequencies = ElementFrequencies(rows, share, min(share.values(), default=0.0))
    _cache[key] = (now, frequencies)
    return frequencies
