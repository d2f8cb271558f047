"""Rebuild the public projection (what partners read) from the record: every document, or some kinds."""

import time

from django.core.management.base import BaseCommand

from claims import projection


class Command(BaseCommand):
    help = (
        "Rebuild the public documents partners read (claims, fact-checks, speakers, ...) from the record. "
        "Documents whose content is unchanged keep their update time, so partners' syncs see only real changes."
    )

    def add_arguments(self, parser):
        parser.add_argument("--kind", action="append", choices=list(projection.TABLES), help="Only these kinds.")
        parser.add_argument("--chunk", type=int, default=2000, help="Objects per transaction (default 2000).")

    def handle(self, *args, kind, chunk, **options):
        started = time.monotonic()
        counts = projection.rebuild(kinds=kind, chunk=chunk, progress=self._progress)
        elapsed = time.monotonic() - started
        changed = ", ".join(f"{n} {name}" for name, n in counts.items())
        self.stdout.write(f"Projection rebuilt in {elapsed:.1f} s; documents written or removed: {changed}.")

    def _progress(self, kind, done, total):
        if total >= 10_000:
            self.stderr.write(f"{kind}: {done:,}/{total:,}")
