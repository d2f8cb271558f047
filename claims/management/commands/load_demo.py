from django.core.management.base import BaseCommand

from claims.demo import DEMO_PASSWORD, DEMO_USERS, load_demo


class Command(BaseCommand):
    help = "Build (or complete) the demo newsroom from the seed article. Safe to run repeatedly."

    def handle(self, *args, **options):
        result = load_demo()
        self.stdout.write(f"Demo loaded: {result['created']} new claim(s), {result['claims']} in total.")
        for username, role, _ in DEMO_USERS:
            self.stdout.write(f"  {role:<13} {username} / {DEMO_PASSWORD}")
