"""`manage.py prune_webhooks`: delete webhook deliveries, events and the worker's finished jobs past their retention
(run it daily, e.g. cron)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from webhooks.retention import prune, prune_jobs


class Command(BaseCommand):
    help = (
        "Delete finished webhook deliveries, events left with none and the worker's finished jobs, older than the "
        "retention period."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=f"days to keep (default FACTDB_WEBHOOK_RETENTION_DAYS: {settings.FACTDB_WEBHOOK_RETENTION_DAYS})",
        )

    def handle(self, *args, days, **options):
        if days is not None and days < 0:
            raise CommandError("--days is a number of days, 0 or more.")
        deliveries, events = prune(days)
        jobs = prune_jobs(days)
        self.stdout.write(f"Deleted {deliveries} deliveries, {events} events and {jobs} finished worker jobs.")
