"""How the partner API behaves on a large table.

Reuses the database that admin_changelist.py fills (`factdb_bench`, N claims, a third of them public),
then times API requests with a partner key and counts their queries.

    python benchmarks/api_speed.py [--claims 100000] [--repeat 5]
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from admin_changelist import configure_database, fill  # noqa: E402  (same data set)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    configure_database()
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from rest_framework.test import APIClient
    from rest_framework_api_key.models import APIKey

    settings.ALLOWED_HOSTS = ["testserver"]
    settings.FACTDB_API_RATE = "1000000/hour"
    call_command("migrate", verbosity=0)
    fill(args.claims)
    _, key = APIKey.objects.create_key(name="benchmark")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {key}")

    print(f"{'request':<48} {'median ms':>10} {'queries':>8} {'items':>6}")
    for label, url in [
        ("claims, 50 per page", "/api/v1/claims/"),
        ("claims, 200 per page", "/api/v1/claims/?page_size=200"),
        ("claims, full-text q=unemployment region 17", "/api/v1/claims/?q=unemployment%20region%2017"),
        ("claims, updated_since (sync, nothing new)", "/api/v1/claims/?updated_since=2999-01-01T00:00:00Z"),
        ("speakers, 200 per page", "/api/v1/speakers/?page_size=200"),
        ("check: has this been checked?", "/api/v1/check/?text=unemployment%20rose%20by%2042%20percent"),
    ]:
        timings = []
        for _ in range(args.repeat):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url)
                timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, (url, response.status_code, response.content[:200])
        body = response.json()
        items = len(body.get("results", body.get("matches", [])))
        print(f"{label:<48} {statistics.median(timings):>10.1f} {len(queries):>8} {items:>6}")


if __name__ == "__main__":
    main()
