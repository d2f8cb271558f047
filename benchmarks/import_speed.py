"""Time a 10,000-row claims import (with speakers, sources, outlets and topics) on PostgreSQL.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/factdb .venv/bin/python benchmarks/import_speed.py [--rows N]

Works in a throw-away test database (test_<name>, created and dropped like the test suite does),
so the database named in DATABASE_URL is never written. Prints the import time, then the time
of importing the same file again (idempotent: must create nothing).
"""

import argparse
import csv
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factdb.settings")

COLUMNS = ["claim_text", "language", "speaker", "speaker_kind", "quote", "source_url", "source_title", "outlet",
           "published_on", "said_on", "kind", "location", "topics"]  # fmt: skip
FIRST = ["Ana", "José", "Zoë", "Mikhail", "Aisha", "Chen", "Olúwa", "Brigitte", "Lars", "Priya"]
LAST = ["García", "Kabulov", "Müller", "Okafor", "Nakamura", "Silva", "Novák", "Dubois", "Haddad", "Kowalski"]
TOPICS = ["Economy", "Health", "Migration", "Climate", "Crime", "Education", "Energy", "Elections", "Housing", "Tax"]


def generate(path: Path, rows: int, seed: int = 7) -> None:
    """Claims said by ~1,000 speakers (names in varying case/accents) in ~2,500 sources of 40 outlets."""
    rng = random.Random(seed)
    speakers = [f"{rng.choice(FIRST)} {rng.choice(LAST)} {n}" for n in range(1000)]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for n in range(rows):
            speaker = rng.choice(speakers)
            if rng.random() < 0.2:
                speaker = speaker.upper()  # same speaker, different spelling: must resolve to one
            source = rng.randrange(2500)
            outlet = source % 40
            percent = rng.randrange(1, 99)
            text = f"Claim {n}: unemployment in region {n % 97} fell by {percent} percent in {2000 + n % 25}."
            writer.writerow([
                text, "en", speaker, "person", f"Unemployment fell by {percent} percent, said speaker {n}",
                f"https://outlet{outlet}.example/news/{source}?utm_source=feed", f"Article {source}",
                f"Outlet {outlet}", f"2024-{1 + source % 12:02d}-{1 + source % 28:02d}", "",
                rng.choice(["direct", "paraphrase"]), f"paragraph {1 + n % 12}",
                "|".join(rng.sample(TOPICS, 2)),
            ])  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL server (a test_ database is created beside it).")

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import setup_test_environment

    from claims.models import Appearance, Claim
    from sources.models import Source, Speaker

    setup_test_environment()
    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "claims.csv"
            generate(path, args.rows)
            size = path.stat().st_size
            started = time.monotonic()
            call_command("import_data", str(path), "--kind", "claims")
            first = time.monotonic() - started
            counts = (Claim.objects.count(), Appearance.objects.count(), Speaker.objects.count(),
                      Source.objects.count())  # fmt: skip
            started = time.monotonic()
            call_command("import_data", str(path), "--kind", "claims")
            again = time.monotonic() - started
            assert counts == (Claim.objects.count(), Appearance.objects.count(), Speaker.objects.count(),
                              Source.objects.count()), "re-import created rows"  # fmt: skip
        print(
            f"\n{args.rows:,} rows ({size / 1e6:.1f} MB): import {first:.1f} s "
            f"({args.rows / first:,.0f} rows/s); re-import {again:.1f} s (created nothing)\n"
            f"claims {counts[0]:,}, appearances {counts[1]:,}, speakers {counts[2]:,}, sources {counts[3]:,}"
        )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


if __name__ == "__main__":
    main()
