"""Fill an empty database with a generated newsroom, for benchmarks at production scale."""

import sys
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from claims import projection
from claims.actions.bulk_load import LOADED, do_load_generated
from claims.generate import Dataset
from factdb.accounts import add_actor_argument, command_actor
from factdb.policy import ActionError, message


class ProgressBar:
    """One line per table on stderr, redrawn in place on a terminal (a log gets the finished lines only)."""

    WIDTH = 30

    def __init__(self, stream):
        self.stream = stream
        self.live = stream.isatty()
        self.started = self.drawn = time.monotonic()

    def __call__(self, what: str, done: int, total: int) -> None:
        now = time.monotonic()
        finished = done >= total
        if not finished and (not self.live or now - self.drawn < 0.2):
            return
        self.drawn = now
        share = done / total if total else 1.0
        bar = "#" * round(share * self.WIDTH)
        line = f"{what[:24]:<24} [{bar:<{self.WIDTH}}] {share:4.0%} {done:>11,}/{total:,}  {now - self.started:6.1f} s"
        self.stream.write(("\r" if self.live else "") + line + ("\n" if finished else ""))
        self.stream.flush()


class Command(BaseCommand):
    help = (
        "Fill an empty database with a realistic generated newsroom (speakers, outlets, sources, claims with their "
        "appearances, verdicts, corrections) for benchmarks; the same --seed gives the same data."
    )

    def add_arguments(self, parser):
        parser.add_argument("--claims", type=int, required=True, help="How many claims (about 2 appearances each).")
        parser.add_argument("--seed", type=int, default=0, help="Seed of the generator (default 0).")
        add_actor_argument(parser)

    def handle(self, *args, claims, seed, **options):
        if claims < 1:
            raise CommandError("--claims must be at least 1.")
        actor = command_actor(options)
        started = time.monotonic()
        try:
            counts = do_load_generated(Dataset(claims, seed), actor=actor, progress=ProgressBar(sys.stderr))
        except ActionError as error:
            raise CommandError(message(error)) from None
        loaded = time.monotonic() - started
        # The first reads of fresh rows would write hint bits and the visibility map; do it now, not in a benchmark.
        # (VACUUM needs a transaction of its own: inside someone else's, as in the tests, autovacuum does it later.)
        if not connection.in_atomic_block:
            with connection.cursor() as cursor:
                for model in LOADED:
                    cursor.execute(f"VACUUM {connection.ops.quote_name(model._meta.db_table)}")
        vacuumed = time.monotonic() - started
        # What partners read: the public documents of everything generated (the load wrote none of them).
        projection.rebuild(progress=ProgressBar(sys.stderr))
        total = time.monotonic() - started
        self.stdout.write(", ".join(f"{count:,} {name}" for name, count in counts.items()))
        self.stdout.write(
            f"Generated {claims:,} claims (seed {seed}) in {loaded:.1f} s; {vacuumed:.1f} s with VACUUM; "
            f"{total:.1f} s with the public projection."
        )
