from django.core.management.base import BaseCommand

from claims import matching


class Command(BaseCommand):
    help = (
        "Store sentence embeddings for claims that have none or whose text changed (semantic matching; "
        "needs requirements-semantic.txt). Safe to run repeatedly, e.g. from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--batch", type=int, default=256, help="Claims encoded per batch (default 256).")

    def handle(self, *args, batch, **options):
        if matching.get_encoder() is None:
            self.stdout.write("Semantic matching is off (extra not installed or FACTDB_SEMANTIC_MATCHING=off).")
            return
        written = matching.backfill_embeddings(batch=batch)
        self.stdout.write(f"Embedded {written} claim(s).")
