"""Server time of the newsroom's heavy pages, and of ingesting an article, on a generated database.

In-process (Django's test client, production settings but for static files), as a
generated editor: median of N after a warm-up, and the queries each took.

- the admin claim changelist, an admin search, and a published claim's change page;
- ingest of the seed article with claim matching against every claim
  (claims.ingest.service.propose, what the admin's Import article page runs).

    DATABASE_URL=postgres://.../bench .venv/bin/python benchmarks/server_time.py [--repeat 5]

Targets at 1M claims: changelist ≤ 150 ms, search ≤ 250 ms, change page ≤ 300 ms, ingest ≤ 300 ms.
"""

import argparse
import os
import secrets
import statistics
import sys
import time
from datetime import date
from pathlib import Path
from urllib.parse import quote_plus

ROOT = Path(__file__).resolve().parent.parent


def timed(repeat: int, run) -> tuple[float, int]:
    """(median ms, queries of the last run) of `run()`, after one warm-up."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    run()
    timings = []
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            run()
            timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings), len(queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--search", default="unemployment in Texas", help="the admin search (default: %(default)s)")
    parser.add_argument("--only", default="", help="only the rows whose label contains this (e.g. ingest)")
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL"):
        sys.exit("Set DATABASE_URL to a database filled by `manage.py generate_data --claims N`.")
    os.environ.update(
        DJANGO_SETTINGS_MODULE="factdb.settings",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="testserver",
        DJANGO_SECURE_SSL_REDIRECT="0",
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client, override_settings

    from claims.demo import seed_article_text
    from claims.ingest.service import ArticleMeta, propose
    from claims.models import Claim

    editor = get_user_model().objects.filter(username="generated-editor-1").first()
    claim = Claim.objects.filter(status="published").order_by("-pk").first()
    if editor is None or claim is None:
        sys.exit("No generated newsroom here: fill the database with `manage.py generate_data --claims N` first.")
    # Production settings, except that static files are not collected: plain storage, no manifest.
    static = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    with override_settings(
        STORAGES={"default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}} | {"staticfiles": static}
    ):
        client = Client()
        client.force_login(editor)

        def page(url):
            def run():
                response = client.get(url)
                assert response.status_code == 200, (url, response.status_code)

            return run

        article = seed_article_text()
        meta = ArticleMeta(title="Russia offers Taliban help against ISIS", url="https://example.org/kabulov",
                           outlet="Example News", published=date(2024, 5, 20))  # fmt: skip
        checks = [
            ("admin claim changelist", "150", page("/admin/claims/claim/")),
            (f"admin search “{args.search}”", "250", page(f"/admin/claims/claim/?q={quote_plus(args.search)}")),
            (f"admin claim change page (claim {claim.pk})", "300", page(f"/admin/claims/claim/{claim.pk}/change/")),
            ("ingest the seed article, with matching", "300", lambda: propose(article, meta)),
        ]
        print(f"{Claim.objects.count():,} claims; load average {os.getloadavg()[0]:.2f}\n")
        print("| page | median ms | target ms | queries |\n|---|---|---|---|")
        for label, target, run in checks:
            if args.only not in label:
                continue
            ms, queries = timed(args.repeat, run)
            print(f"| {label} | {ms:,.0f} | ≤ {target} | {queries} |", flush=True)
        print(f"\nload average at the end {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
