"""Create a partner API key. The key is printed once, as the last word; only its hash is stored."""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from factdb.accounts import add_actor_argument, command_actor, do_create_api_key
from factdb.models import PartnerScope
from factdb.policy import ActionError, message


class Command(BaseCommand):
    help = (
        'Create an API key for a partner: manage.py create_api_key "Partner name" [--expires-in-days N] '
        "[--organization NAME] [--rate 5000/hour] [--scope read --scope pages ...]"
    )

    def add_arguments(self, parser):
        parser.add_argument("name", help="Partner name (50 characters at most).")
        parser.add_argument("--expires-in-days", type=int, default=None, help="Optional expiry.")
        parser.add_argument("--organization", default="", help="The partner organisation (owns the pages it writes).")
        parser.add_argument("--rate", default="", help="Requests allowed, e.g. 5000/hour (default: FACTDB_API_RATE).")
        parser.add_argument(
            "--scope",
            action="append",
            choices=PartnerScope.values,
            help="What the key may do (repeatable; default: read).",
        )
        add_actor_argument(parser)

    def handle(self, *args, name, expires_in_days, organization, rate, scope, **options):
        if expires_in_days is not None and expires_in_days < 1:
            raise CommandError("--expires-in-days must be at least 1.")
        expiry = timezone.now() + timedelta(days=expires_in_days) if expires_in_days else None
        try:
            api_key, key = do_create_api_key(
                name,
                actor=command_actor(options),
                expiry_date=expiry,
                organization=organization,
                rate=rate,
                scopes=scope or [PartnerScope.READ],
            )
        except ActionError as error:
            raise CommandError(message(error)) from None
        until = f", expires {expiry:%Y-%m-%d}" if expiry else ""
        self.stdout.write(
            f"API key for “{api_key.name}” (prefix {api_key.prefix}{until}). Store it now; it is not shown again: {key}"
        )
