"""How the claim changelist behaves on a large table.

Fills a separate database (`factdb_bench`) with N claims (default 200,000), each with an appearance,
then times the admin claim list, a search, a filter and a deep page as an editor, and counts queries.

    python benchmarks/admin_changelist.py [--claims 200000] [--repeat 5]

Uses DATABASE_URL's server if set (database name replaced by factdb_bench), else the embedded one.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BATCH = 20_000
sys.path.insert(0, str(ROOT))


def configure_database():
    if os.environ.get("DATABASE_URL"):
        import psycopg

        base = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname='factdb_bench'").fetchone():
                conn.execute("CREATE DATABASE factdb_bench")
        os.environ["DATABASE_URL"] = f"{base}/factdb_bench"
    else:
        from factdb.embedded_db import database_url

        os.environ["DATABASE_URL"] = database_url(database="factdb_bench")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factdb.settings")


def fill(n_claims: int) -> None:
    from django.db import connection

    from claims.models import Appearance, Claim

    if Claim.objects.count() == n_claims == Appearance.objects.count():
        return
    print(f"filling {n_claims:,} claims ...", flush=True)
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE claims_appearance, claims_claim, sources_source, sources_speaker, sources_outlet CASCADE"
        )
        cursor.execute(
            "INSERT INTO sources_outlet (name, domain, url, country, description, created_at, updated_at) "
            "SELECT 'Bench outlet ' || g, 'bench' || g || '.example', '', '', '', now(), now() "
            "FROM generate_series(1, 50) g ON CONFLICT DO NOTHING"
        )
        cursor.execute(
            "INSERT INTO sources_speaker (name, normalized_name, kind, role, affiliation, country, "
            "wikidata_id, same_as, description, created_at, updated_at) "
            "SELECT 'Bench Speaker ' || g, 'bench speaker ' || g, 'person', '', '', '', '', '{}', '', "
            "now(), now() FROM generate_series(1, 2000) g"
        )
        cursor.execute(
            "INSERT INTO sources_source (kind, title, url, outlet_id, published_on, language, full_text, "
            "archive_url, content_hash, created_at, updated_at) "
            "SELECT 'article', 'Bench article ' || g, 'https://bench.example/a/' || g || '-' || %s, "
            "(SELECT min(id) FROM sources_outlet) + g %% 50, date '2020-01-01' + (g %% 2000), 'en', '', '', "
            "'', now(), now() FROM generate_series(1, 5000) g",
            [n_claims],
        )
        for start in range(1, n_claims + 1, BATCH):  # batches keep each statement (and its triggers) short
            cursor.execute(
                "INSERT INTO claims_claim (text, language, status, is_public, internal_notes, first_seen_on, "
                "created_at, updated_at, version) "
                "SELECT 'Bench claim ' || g || ': unemployment rose by ' || (g %% 97) "
                "|| ' percent in region ' || (g %% 211), "
                "'en', (ARRAY['new','selected','researching','in_review','not_checkable'])[1 + g %% 5], "
                "g %% 3 = 0, '', "
                "date '2020-01-01' + (g %% 2000), now() - (g || ' minutes')::interval, now(), 1 "
                "FROM generate_series(%s, %s) g",
                [start, min(start + BATCH - 1, n_claims)],
            )
            print(f"  {min(start + BATCH - 1, n_claims):,} claims ({time.perf_counter() - started:.0f} s)", flush=True)
        first_claim = Claim.objects.order_by("pk").values_list("pk", flat=True).first()
        for start in range(first_claim, first_claim + n_claims, BATCH):
            cursor.execute(
                "INSERT INTO claims_appearance (claim_id, speaker_id, source_id, quote, kind, said_on, location, "
                "created_at, updated_at) "
                "SELECT c.id, (SELECT min(id) FROM sources_speaker) + c.id %% 2000, "
                "(SELECT min(id) FROM sources_source) + c.id %% 5000, c.text, 'direct', c.first_seen_on, '', "
                "now(), now() FROM claims_claim c WHERE c.id BETWEEN %s AND %s",
                [start, start + BATCH - 1],
            )
            print(f"  {cursor.rowcount:,} appearances ({time.perf_counter() - started:.0f} s)", flush=True)
        cursor.execute("ANALYZE")
    print(f"filled in {time.perf_counter() - started:.1f} s", flush=True)


def measure(client, url: str, repeat: int) -> tuple[float, int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(timings), len(queries), response.status_code


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    configure_database()
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from django.test import Client

    settings.ALLOWED_HOSTS = ["testserver"]
    call_command("migrate", verbosity=0)
    fill(args.claims)
    editor, _ = User.objects.get_or_create(username="bench-editor", defaults={"is_staff": True})
    editor.groups.add(Group.objects.get(name="Editor"))
    client = Client()
    client.force_login(editor)

    from claims.models import Claim

    print(f"claims in table: {Claim.objects.count():,}")
    print(f"{'page':<42} {'median ms':>10} {'queries':>8}")
    for label, url in [
        ("claim list, first page", "/admin/claims/claim/"),
        ("claim list, page 100", "/admin/claims/claim/?p=100"),
        ("search 'unemployment region 17'", "/admin/claims/claim/?q=unemployment+region+17"),
        ("search substring 'rose by 42'", "/admin/claims/claim/?q=rose+by+42"),
        ("filter status=in_review", "/admin/claims/claim/?status__exact=in_review"),
        (
            "filter public + first seen range",
            "/admin/claims/claim/?is_public__exact=1"
            "&first_seen_on__range__gte=2021-01-01&first_seen_on__range__lte=2021-03-31",
        ),
        ("speaker search 'Bench Speaker 1999'", "/admin/sources/speaker/?q=Bench+Speaker+1999"),
    ]:
        ms, n_queries, _ = measure(client, url, args.repeat)
        print(f"{label:<42} {ms:>10.1f} {n_queries:>8}")


if __name__ == "__main__":
    main()
