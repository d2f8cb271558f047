"""Full-text search in every language on a generated newsroom: the partner API's ranked search and the admin's.

Times the statements each one sends (median of N, in-process, warm cache) for a query read in every
language (no `language`), in English, and with the one English parse search used before languages
(claims.search), and says whether the GIN index serves it.

    DATABASE_URL=postgres://…/bench .venv/bin/python benchmarks/search_languages.py [--repeat 7]

Run it on a database filled by `make generate N=…` (its claims are 93 % English, the rest es, fr, pt, ru).
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factdb.settings")

QUERIES = ["unemployment region 17", "tax", "inflation -youth", "inflación", "инфляция"]


def timed(queryset, repeat: int) -> tuple[float, int, bool]:
    from django.db import connection

    sql, params = queryset.query.sql_with_params()
    times = []
    with connection.cursor() as cursor:
        for _ in range(repeat):
            start = time.perf_counter()
            cursor.execute(sql, params)
            rows = cursor.fetchall()
            times.append((time.perf_counter() - start) * 1000)
        cursor.execute("EXPLAIN " + sql, params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    return statistics.median(times), len(rows), "pubclaim_search" in plan or "claim_search_vector" in plan


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.postgres.search import SearchQuery, SearchRank
    from django.db.models import F

    import claims.admin
    from claims.admin import full_text_search
    from claims.filtersets import ranked
    from claims.models import Appearance, Claim, PublicClaim
    from sources.models import Speaker

    def partner(queryset):
        return queryset.order_by("-rank", "-id").values_list("id", flat=True)[:50]

    def english_only(queryset, q):
        query = SearchQuery(q, search_type="websearch", config="factdb_english")
        limit = settings.FACTDB_API_SEARCH_CANDIDATES
        candidates = queryset.filter(search=query).order_by("-id").values("id")[:limit]
        return queryset.filter(id__in=candidates).annotate(rank=SearchRank(F("search"), query))

    def admin(q):
        by_text = full_text_search(Claim.objects.order_by(), q, "text").values("pk")
        by_speaker = Appearance.objects.filter(speaker__in=Speaker.objects.search(q)).order_by().values("claim_id")
        return Claim.objects.filter(pk__in=by_text.union(by_speaker)).order_by("-created_at").values_list("id")[:100]

    public = PublicClaim.objects.current()
    print(f"{Claim.objects.count():,} claims, {public.count():,} public")
    print("| query | partner, every language | partner, language=en | partner, one English parse (before) "
          "| admin search, every language |")  # fmt: skip
    print("|---|---|---|---|---|")
    for q in QUERIES:
        cells = []
        for queryset in (
            partner(ranked(public, q)),
            partner(ranked(public.filter(language="en"), q, "en")),
            partner(english_only(public, q)),
            admin(q),
        ):
            ms, rows, gin = timed(queryset, args.repeat)
            cells.append(f"{ms:.1f} ms, {rows} rows{'' if gin else ' (no GIN)'}")
        print(f"| `{q}` | " + " | ".join(cells) + " |")
    # The admin's search with the English-only parse, for comparison.
    claims.admin.search_query = lambda term, language="": SearchQuery(
        term, search_type="websearch", config="factdb_english"
    )  # noqa: E501
    print("| admin search, one English parse (before) | " + " | ".join(
        f"`{q}` {timed(admin(q), args.repeat)[0]:.1f} ms" for q in QUERIES) + " |")  # fmt: skip


if __name__ == "__main__":
    main()
