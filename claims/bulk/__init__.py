"""Bulk import (CSV, JSON, ClaimReview JSON-LD) and export of the public database.

- `readers`: bytes -> rows, with file-level errors (encoding, NUL bytes, columns, JSON syntax).
- `forms`: one Django form per kind of row; per-field validation.
- `importer`: validate every row, then write all of them through `claims.capture` in one transaction.
- `claimreview`: other newsrooms' ClaimReview markup -> claims, speakers, sources and ExternalReviews.
- `ratings`: their textual ratings -> our normalised rating categories.
- `exporter`: the public database (what partners may see) as JSON, JSON Lines, CSV or ClaimReview.

See docs/import_export.md.
"""
