"""How the desk (the admin's front page) behaves on a generated newsroom.

Run on a database filled by `manage.py generate_data --claims N`: it assigns 300 open claims to a
fact-checker, with priorities and deadlines, through the actions, then times /admin/ for that
fact-checker and for an editor, and counts queries:

    DATABASE_URL=postgres://…/bench python manage.py generate_data --claims 100000
    DATABASE_URL=postgres://…/bench python benchmarks/desk_page.py
"""

import os
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factdb.settings")


def main(repeat: int = 7) -> None:
    import django

    django.setup()
    from django.contrib.auth.models import Group, User
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from claims.actions import desk
    from claims.models import OPEN_STATUSES, Claim

    editor, _ = User.objects.get_or_create(username="desk-editor", defaults={"is_staff": True})
    editor.groups.add(Group.objects.get(name="Editor"))
    checker, _ = User.objects.get_or_create(username="desk-checker", defaults={"is_staff": True})
    checker.groups.add(Group.objects.get(name="Fact-checker"))
    rng, today = random.Random(0), timezone.localdate()
    started = time.perf_counter()
    ids = list(Claim.objects.filter(status__in=OPEN_STATUSES).values_list("pk", flat=True)[:300])
    for pk in ids:
        desk.do_plan_claim(
            Claim.objects.get(pk=pk),
            actor=editor,
            assignee=checker,
            priority=rng.randint(0, 3),
            deadline=today + timedelta(days=rng.randint(-5, 20)),
        )
    print(f"planned {len(ids)} claims in {time.perf_counter() - started:.1f} s")
    print(f"claims: {Claim.objects.count():,}, open: {Claim.objects.filter(status__in=OPEN_STATUSES).count():,}")
    for who in (checker, editor):
        client = Client()
        client.force_login(who)
        client.get("/admin/")
        times = []
        for _ in range(repeat):
            with CaptureQueriesContext(connection) as queries:
                begun = time.perf_counter()
                assert client.get("/admin/").status_code == 200
                times.append(time.perf_counter() - begun)
        median, worst = statistics.median(times) * 1000, max(times) * 1000
        print(f"desk as {who.username}: median {median:.0f} ms, max {worst:.0f} ms, {len(queries)} queries")
        for query in sorted(queries.captured_queries, key=lambda q: -float(q["time"]))[:3]:
            print(f"    {query['time']} s  {query['sql'][:100]}")


if __name__ == "__main__":
    main()
