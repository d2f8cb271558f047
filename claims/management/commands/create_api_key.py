"""Create a partner API key. The key is printed once, as the last word; only its hash is stored."""

from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from rest_framework_api_key.models import APIKey


class Command(BaseCommand):
    help = 'Create an API key for a partner: manage.py create_api_key "Partner name" [--expires-in-days N]'

    def add_arguments(self, parser):
        parser.add_argument("name", help="Partner name (50 characters at most).")
        parser.add_argument("--expires-in-days", type=int, default=None, help="Optional expiry.")

    def handle(self, *args, name, expires_in_days, **options):
        name = name.strip()
        if not name or len(name) > 50:
            raise CommandError("The partner name must be 1 to 50 characters.")
        expiry = timezone.now() + timedelta(days=expires_in_days) if expires_in_days else None
        api_key, key = APIKey.objects.create_key(name=name, expiry_date=expiry)
        until = f", expires {expiry:%Y-%m-%d}" if expiry else ""
        self.stdout.write(
            f"API key for “{name}” (prefix {api_key.prefix}{until}). Store it now; it is not shown again: {key}"
        )
