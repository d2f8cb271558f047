"""Load: 64 partner readers and 4 editors saving through the admin, at once, against gunicorn on PostgreSQL.

gunicorn (2 sync workers, as deployed: docs/operations.md) serves the demo newsroom from the
test database, with Redis as the shared cache. 64 reader threads read a mix of partner endpoints
with real keys; 4 editor threads log in to the admin (login page, CSRF token, POST) and open and
save change forms of claims and speakers, as a browser would. For FACTDB_LOAD_SECONDS, nothing
may fail: no 5xx, no connection error, no 429 (the readers' keys have room), no unexpected page;
a save refused because another editor saved first ("Nothing was overwritten") is the admin doing
its job and is counted apart. Latency percentiles per kind of request are printed for the log.

The window is FACTDB_LOAD_SECONDS: 20 s by default, so the suite stays affordable on CI's two
shared cores (the first seconds already reach a steady state); the benchmark runs 60 s
(benchmarks/README.md). The second test gives one key a low rate of its own (PartnerKey.rate)
and checks that both workers together serve exactly that many requests in the window.
"""

import os
import random
import re
import signal
import socket
import subprocess
import threading
import time
from collections import defaultdict
from contextlib import contextmanager
from html.parser import HTMLParser

import pytest
import redis
import requests
from django.conf import global_settings
from django.contrib.auth.models import User

from claims.demo import load_demo
from claims.models import Claim, PublicClaim, PublicFactCheck, PublicTopic
from factdb import accounts
from sources.models import PublicSource, PublicSpeaker, Speaker
from tests.processes import BASE_DIR, environment, python

READERS, EDITORS = 64, 4
SECONDS = float(os.environ.get("FACTDB_LOAD_SECONDS", "20"))
PASSWORD = "load test passphrase 4711"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def gunicorn(redis_url, **env):
    """gunicorn with 2 workers on the test database; yields (base URL, the access log read so far)."""
    assert redis.Redis.from_url(redis_url).ping(), f"the load tests need Redis at {redis_url}"
    port = free_port()
    log = []
    process = subprocess.Popen(
        python("-m", "gunicorn", "factdb.wsgi", "--workers", "2", "--bind", f"127.0.0.1:{port}", "--timeout", "60",
               "--access-logfile", "-", "--access-logformat", "served-by %(p)s %(s)s %(D)s"),
        cwd=BASE_DIR,
        env=environment(REDIS_URL=redis_url, DJANGO_DEBUG="1", **env),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )  # fmt: skip
    reader = threading.Thread(target=lambda: log.extend(process.stdout), daemon=True)
    reader.start()
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):  # booted and answering
            try:
                if requests.get(f"{base}/healthz", timeout=10).status_code == 200:
                    break
            except requests.RequestException:
                time.sleep(0.1)
        else:
            pytest.fail("gunicorn did not start:\n" + "".join(log)[-3000:])
        yield base, log
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        reader.join(timeout=5)


class Form(HTMLParser):
    """What a browser submits for one form of a page, unchanged: inputs, checked boxes, selected options, text."""

    def __init__(self, html: str, form_id: str):
        super().__init__(convert_charrefs=True)
        self.form_id, self.inside, self.fields = form_id, False, []
        self._select, self._textarea = None, None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("id") == self.form_id
        if not self.inside:
            return
        kind = (a.get("type") or "text").lower()
        if tag == "input" and a.get("name") and kind not in ("submit", "button", "file", "image", "reset"):
            if kind not in ("checkbox", "radio") or "checked" in a:
                self.fields.append((a["name"], a.get("value") or ("on" if kind in ("checkbox", "radio") else "")))
        elif tag == "select":
            self._select = (a.get("name"), [])
        elif tag == "option" and self._select and "selected" in a:
            self._select[1].append(a.get("value", ""))
        elif tag == "textarea":
            self._textarea = (a.get("name"), [])

    def handle_data(self, data):
        if self._textarea:
            self._textarea[1].append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select" and self._select:
            self.fields += [(self._select[0], value) for value in self._select[1]]
            self._select = None
        elif tag == "textarea" and self._textarea:
            self.fields.append((self._textarea[0], "".join(self._textarea[1]).removeprefix("\n")))
            self._textarea = None


class Recorder:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = defaultdict(list)
        self.errors, self.counts = [], defaultdict(int)

    def timed(self, kind: str, call):
        started = time.perf_counter()
        try:
            response = call()
        except requests.RequestException as error:
            with self.lock:
                self.errors.append(f"{kind}: {type(error).__name__}: {error}")
            return None
        with self.lock:
            self.latencies[kind].append(time.perf_counter() - started)
        return response

    def error(self, text: str):
        with self.lock:
            self.errors.append(text)

    def count(self, what: str):
        with self.lock:
            self.counts[what] += 1


def reader(base, key, paths, deadline, record: Recorder):
    session = requests.Session()
    session.headers["Authorization"] = f"Api-Key {key}"
    rng = random.Random(key)
    while time.monotonic() < deadline:
        kind, path = rng.choice(paths)
        response = record.timed(kind, lambda: session.get(base + path, timeout=60))  # noqa: B023
        if response is not None and response.status_code != 200:
            record.error(f"{kind} {path}: {response.status_code} {response.text[:200]}")


def editor(base, username, pages, deadline, record: Recorder):
    """Log in as a browser does, then open and save change forms until the deadline."""
    session = requests.Session()
    login = f"{base}/admin/login/?next=/admin/"
    page = record.timed("admin login", lambda: session.get(login, timeout=60))
    if page is None:
        return
    data = dict(Form(page.text, "login-form").fields) | {"username": username, "password": PASSWORD}
    answer = record.timed("admin login", lambda: session.post(login, data=data, allow_redirects=False, timeout=60))
    if answer is None or answer.status_code != 302:
        record.error(f"login of {username}: {answer and answer.status_code}")
        return
    rng = random.Random(username)
    number = 0
    while time.monotonic() < deadline:
        path, form_id, field = rng.choice(pages)
        page = record.timed("admin open", lambda: session.get(base + path, timeout=60))  # noqa: B023
        if page is None or page.status_code != 200:
            record.error(f"open {path}: {page and page.status_code}")
            continue
        number += 1
        fields = [(n, v) for n, v in Form(page.text, form_id).fields if n != field]
        fields += [(field, f"{username} edit {number}"), ("_save", "Save")]
        saved = record.timed(
            "admin save",
            lambda: session.post(base + path, data=fields, headers={"Referer": base + path}, allow_redirects=False,  # noqa: B023
                                 timeout=60),
        )  # fmt: skip
        if saved is None:
            continue
        if saved.status_code == 302:
            record.count("saved")
        elif saved.status_code == 200 and "Nothing was overwritten" in saved.text:
            record.count("refused as stale")  # another editor saved first: the admin's conflict message
        else:
            found = re.findall(r'<ul class="errorlist[^"]*">(.*?)</ul>', saved.text)
            record.error(f"save {path}: {saved.status_code} {found[:3] or saved.text[:300]}")


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


@pytest.fixture
def newsroom(settings):
    """The demo newsroom, committed, with four editors who log in with real (PBKDF2) passwords."""
    settings.PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS  # what gunicorn checks logins with
    load_demo()
    admin = User.objects.get(username="admin")
    editors = [
        accounts.do_create_user(f"load-editor-{n}", roles=["Editor"], password=PASSWORD, actor=admin).username
        for n in range(EDITORS)
    ]
    return admin, editors


def partner_paths() -> list[tuple[str, str]]:
    claims = list(PublicClaim.objects.current().values_list("pk", flat=True))
    verdicts = list(PublicFactCheck.objects.current().filter(status="published").values_list("pk", flat=True))
    speakers = list(PublicSpeaker.objects.current().values_list("pk", flat=True))
    sources = list(PublicSource.objects.current().values_list("pk", flat=True))
    topics = list(PublicTopic.objects.current().values_list("pk", flat=True))
    assert claims
    assert verdicts
    assert speakers
    assert sources
    assert topics
    paths = [
        ("claims list", "/api/v1/claims/"),
        ("claims list", "/api/v1/claims/?page_size=200"),
        ("claims search", "/api/v1/claims/?q=Taliban"),
        ("claims filter", f"/api/v1/claims/?speaker={speakers[0]}&ordering=-updated_at"),
        ("sync", "/api/v1/claims/?updated_since=2000-01-01T00:00:00Z"),
        ("sync", "/api/v1/tombstones/?since=2000-01-01T00:00:00Z"),
        ("fact-checks list", "/api/v1/fact-checks/"),
        ("fact-checks search", "/api/v1/fact-checks/?q=death%20toll"),
        ("lists", "/api/v1/speakers/"),
        ("lists", "/api/v1/sources/"),
        ("lists", "/api/v1/outlets/"),
        ("lists", "/api/v1/topics/"),
        ("lists", "/api/v1/ratings/"),
        ("lists", "/api/v1/corrections/"),
        ("claimreview", "/api/v1/claimreview/"),
        ("check", "/api/v1/check/?text=Crocus%20City%20Hall%20death%20toll"),
        ("google", "/v1alpha1/claims:search?query=Taliban"),
        ("google", "/v1alpha1/pages"),
        ("fact-check page", f"/fact-checks/{verdicts[0]}/"),
    ]
    paths += [("detail", f"/api/v1/claims/{pk}/") for pk in claims]
    paths += [("detail", f"/api/v1/fact-checks/{pk}/") for pk in verdicts]
    paths += [("detail", f"/api/v1/fact-checks/{pk}/claimreview/") for pk in verdicts]
    paths += [("detail", f"/api/v1/speakers/{pk}/") for pk in speakers]
    paths += [("detail", f"/api/v1/sources/{pk}/") for pk in sources]
    paths += [("detail", f"/api/v1/topics/{pk}/") for pk in topics]
    return paths


@pytest.mark.django_db(transaction=True)
def test_readers_and_editors_at_once_meet_no_error(newsroom, redis_url, capsys):
    admin, editors = newsroom
    keys = [accounts.do_create_api_key(f"Load partner {n}", actor=admin)[1] for n in range(8)]
    paths = partner_paths()
    # (change page, its form's id, the field the editor types into): every claim and speaker of the newsroom.
    pages = [
        (f"/admin/claims/claim/{pk}/change/", "claim_form", "internal_notes")
        for pk in Claim.objects.values_list("pk", flat=True)
    ]
    pages += [
        (f"/admin/sources/speaker/{pk}/change/", "speaker_form", "description")
        for pk in Speaker.objects.values_list("pk", flat=True)
    ]

    record = Recorder()
    with gunicorn(redis_url, FACTDB_API_RATE="1000000/hour") as (base, log):
        deadline = time.monotonic() + SECONDS
        threads = [
            threading.Thread(target=reader, args=(base, keys[n % len(keys)], paths, deadline, record))
            for n in range(READERS)
        ] + [threading.Thread(target=editor, args=(base, name, pages, deadline, record)) for name in editors]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=SECONDS + 120)

    lines = [f"\nload: {READERS} readers + {EDITORS} editors for {SECONDS:.0f} s against gunicorn (2 workers)"]
    lines.append(f"{'kind':<20}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for kind, values in sorted(record.latencies.items()):
        p50, p95, p99 = (percentile(values, f) * 1000 for f in (0.5, 0.95, 0.99))
        lines.append(f"{kind:<20}{len(values):>9}{p50:>9.0f}{p95:>9.0f}{p99:>9.0f}")
    # What the workers spent on each request (the rest of a reader's wait is the queue for 2 workers).
    served = [int(us) / 1000 for us in re.findall(r"served-by <?\d+>? \d+ (\d+)", "".join(log))]
    p50, p95, p99 = (percentile(served, f) for f in (0.5, 0.95, 0.99))
    lines.append(f"{'(in the workers)':<20}{len(served):>9}{p50:>9.0f}{p95:>9.0f}{p99:>9.0f}")
    total = sum(len(v) for v in record.latencies.values())
    lines.append(
        f"{total} requests ({total / SECONDS:.0f}/s), {record.counts['saved']} admin saves, "
        f"{record.counts['refused as stale']} refused as stale, {len(record.errors)} errors"
    )
    with capsys.disabled():
        print("\n".join(lines))
    assert not record.errors, "\n".join(record.errors[:20])
    assert record.counts["saved"] > 0
    assert len(record.latencies) >= 10


@pytest.mark.django_db(transaction=True)
def test_a_keys_own_rate_holds_across_workers(newsroom, redis_url, capsys):
    admin, _ = newsroom
    _, key = accounts.do_create_api_key("Low-rate partner", rate="50/hour", actor=admin)
    with gunicorn(redis_url) as (base, log):
        # Fixed windows of an hour: never start the burst in the last two minutes of one.
        if time.time() % 3600 > 3480:
            time.sleep(3601 - time.time() % 3600)
        codes = []

        def burst():
            session = requests.Session()
            session.headers["Authorization"] = f"Api-Key {key}"
            for _ in range(15):
                response = session.get(f"{base}/api/v1/topics/", timeout=60)
                if response.status_code == 429:
                    assert int(response.headers["Retry-After"]) >= 1
                codes.append(response.status_code)

        threads = [threading.Thread(target=burst) for _ in range(8)]  # concurrent: both workers answer
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)
        time.sleep(0.5)  # the access log's last lines
    served = re.findall(r"served-by <?(\d+)>? (\d+) ", "".join(log))
    workers = {pid for pid, status in served if status in ("200", "429")}
    with capsys.disabled():
        print(
            f"\nthrottle: key rate 50/hour, {len(codes)} requests from 8 threads -> {codes.count(200)} x 200, "
            f"{codes.count(429)} x 429, served by {len(workers)} workers"
        )
    assert (codes.count(200), codes.count(429), len(codes)) == (50, 70, 120), codes
    assert len(workers) == 2
