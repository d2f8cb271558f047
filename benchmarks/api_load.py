"""The partner API under load, side by side with a raw baseline (benchmarks/raw_app.py).

On a generated database (manage.py generate_data), starts gunicorn twice, each with the
same number of sync workers pinned to CPU 0: factdb (production settings, a throwaway
secret, persistent database connections, Redis throttling with the rate raised out of
the way) and the raw app (hand-written SQL, psycopg, orjson, no framework). wrk, pinned
to CPU 1, loads each request in paired rounds (raw, factdb, raw, factdb, ...), with a
partner key made for the run (and revoked after it). The full sync is a Python client
following `next` links. Prints a markdown table: throughput of both and their ratio
(median of the paired rounds), factdb's latency (raw's in brackets), database queries
per request (counted in-process) and the largest worker's memory after the load.

    DATABASE_URL=postgres://.../bench .venv/bin/python benchmarks/api_load.py [--rounds 3 --duration 10]

Needs wrk (apt-get install -y wrk) and taskset; the servers are stopped however the run ends.
"""

import argparse
import http.client
import logging
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
RATE = "100000000/hour"  # far above what one machine can send: the throttle counts, never refuses


@dataclass
class Scenario:
    label: str
    path: str
    raw: str | None = None  # the raw app's equivalent, if it has one


@dataclass
class Result:
    scenario: Scenario
    factdb: list[dict] = field(default_factory=list)  # one wrk run per round
    raw: list[dict] = field(default_factory=list)
    queries: int | None = None
    one_at_a_time: bool = False  # too slow for wrk: timed alone, one request a round
    timed_out: bool = False  # a query ran past the statement timeout
    factdb_mb: float | None = None
    raw_mb: float | None = None


def scenarios(word: str) -> list[Scenario]:
    return [
        Scenario("claims, 50 per page", "/api/v1/claims/", raw="/api/v1/claims/"),
        Scenario(f"claims, `q={word}` ranked", f"/api/v1/claims/?q={word}", raw=f"/api/v1/claims/?q={word}"),
        Scenario("tombstones since 2000", "/api/v1/tombstones/?since=2000-01-01T00:00:00Z"),
        Scenario("speakers, 200 per page", "/api/v1/speakers/?page_size=200"),
        Scenario("fact-checks, 50 per page", "/api/v1/fact-checks/"),
        Scenario(f"Google `claims:search?query={word}`", f"/v1alpha1/claims:search?query={word}"),
    ]


SYNC = Scenario("full sync, cursor pages of 200 (claims/s)", "/api/v1/claims/?page_size=200", raw="same")


# --- servers -------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    """A gunicorn pinned to CPU 0, in a session of its own (so it is stopped as a group, and only it)."""

    def __init__(self, name: str, app: str, env: dict, workers: int, log_dir: Path, chdir: Path = ROOT):
        self.name, self.port = name, free_port()
        self.log = log_dir / f"{name}.log"
        command = ["taskset", "-c", "0", str(VENV_BIN / "gunicorn"), app, "--chdir", str(chdir)]
        command += ["--workers", str(workers), "--bind", f"127.0.0.1:{self.port}", "--timeout", "900"]
        with self.log.open("w") as log:
            self.process = subprocess.Popen(command, env=env, stdout=log, stderr=log, start_new_session=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def wait_ready(self, path: str, headers: dict, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"{self.name} did not start:\n{self.log.read_text()[-3000:]}")
            try:
                request = urllib.request.Request(self.base + path, headers=headers)
                with urllib.request.urlopen(request, timeout=120) as response:
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.5)
        sys.exit(f"{self.name} was not ready after {timeout:.0f} s:\n{self.log.read_text()[-3000:]}")

    def worker_mb(self) -> float:
        """The largest worker's resident memory, in MB."""
        import psutil

        workers = psutil.Process(self.process.pid).children()
        return max((worker.memory_info().rss for worker in workers), default=0) / 2**20

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)  # the session this script started, nothing else
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


def factdb_env(args, database_url: str) -> dict:
    return os.environ | {
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "factdb.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),  # throwaway: nothing signed in the run outlives it
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SECURE_SSL_REDIRECT": "0",  # plain HTTP on the loopback
        "DATABASE_CONN_MAX_AGE": str(args.conn_max_age),
        "REDIS_URL": args.redis_url,
        "FACTDB_API_RATE": RATE,
    }


# --- load ----------------------------------------------------------------------------------------

_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def _ms(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(number) * _UNITS[unit]


def wrk(url: str, key: str, args) -> dict:
    """One wrk run on CPU 1: requests/s, p50 and p99 in ms, and the failures it saw."""
    command = ["taskset", "-c", "1", "wrk", "-t1", f"-c{args.connections}", f"-d{args.duration}s", "--latency"]
    command += ["--timeout", f"{args.timeout}s", "-H", f"Authorization: Api-Key {key}", url]
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    result = {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": _ms(re.search(r"\s50%\s+(\S+)", out).group(1)),
        "p99": _ms(re.search(r"\s99%\s+(\S+)", out).group(1)),
        "failed": 0,
    }
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", out):
        result["failed"] += int(match.group(1))
    if match := re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out):
        result["failed"] += sum(map(int, match.groups()))
    return result


def get(base: str, path: str, key: str) -> bytes:
    request = urllib.request.Request(base + path, headers={"Authorization": f"Api-Key {key}"})
    with urllib.request.urlopen(request, timeout=900) as response:
        return response.read()


def timed(base: str, path: str, key: str) -> float:
    started = time.perf_counter()
    get(base, path, key)
    return (time.perf_counter() - started) * 1000


def sync(base: str, key: str, pages: int) -> dict:
    """Follow `next` from the first page of 200, as a partner's mirror does; claims per second and page times."""
    import orjson

    parts = urlsplit(base)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=300)
    path, claims, timings = SYNC.path, 0, []
    started = time.perf_counter()
    while path and len(timings) < pages:
        begun = time.perf_counter()
        connection.request("GET", path, headers={"Authorization": f"Api-Key {key}"})
        response = connection.getresponse()
        body = orjson.loads(response.read())
        timings.append((time.perf_counter() - begun) * 1000)
        if response.status != 200:
            sys.exit(f"sync page {path} answered {response.status}: {body}")
        claims += len(body["results"])
        nxt = body["next"] and urlsplit(body["next"])
        path = nxt and f"{nxt.path}?{nxt.query}"
    elapsed = time.perf_counter() - started
    connection.close()
    quantiles = statistics.quantiles(timings, n=100) if len(timings) > 1 else timings * 99
    return {"rps": claims / elapsed, "p50": statistics.median(timings), "p99": quantiles[98], "failed": 0}


# --- in-process: queries per request -------------------------------------------------------------


def count_queries(paths: list[str], key: str) -> dict[str, int | None]:
    """Database queries of one request per path (after one warm-up), through Django's test client.

    None: the request failed (a query ran past the statement timeout).
    """
    from contextlib import ExitStack

    from django.db import connections
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    counts = {}
    logging.getLogger("django.request").setLevel(logging.CRITICAL)  # a timed-out request is reported, not logged
    with override_settings(ALLOWED_HOSTS=["testserver"]):
        client = Client(raise_request_exception=False, HTTP_AUTHORIZATION=f"Api-Key {key}")
        for path in paths:
            if client.get(path).status_code != 200:
                counts[path] = None
                continue
            with ExitStack() as stack:  # every alias: partner reads have connections of their own
                captured = [stack.enter_context(CaptureQueriesContext(connections[alias])) for alias in connections]
                response = client.get(path)
            counts[path] = sum(len(queries) for queries in captured) if response.status_code == 200 else None
    return counts


def with_statement_timeout(database_url: str, seconds: int) -> str:
    """The URL, with every query of its connections stopped after `seconds` (libpq's `options`)."""
    separator = "&" if "?" in database_url else "?"
    return f"{database_url}{separator}options={quote(f'-c statement_timeout={seconds}s')}"


# --- report --------------------------------------------------------------------------------------


def median(runs: list[dict], name: str) -> float | None:
    return statistics.median(run[name] for run in runs) if runs else None


def latency(result: Result, name: str) -> str:
    value = f"{median(result.factdb, name):,.1f}"
    return value + (f" ({median(result.raw, name):,.1f})" if result.raw else "")


def table(results: list[Result]) -> str:
    lines = [
        "| request | raw req/s | factdb req/s | factdb/raw | p50 ms (raw) | p99 ms (raw) | queries | worker MB (raw) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for result in results:
        if result.timed_out:
            lines.append(f"| {result.scenario.label} | — | over the statement timeout | — | — | — | — | — |")
            continue
        p50, p99 = (latency(result, name) for name in ("p50", "p99"))
        raw_rps, ratio = "—", "—"
        if result.raw:
            raw_rps = f"{median(result.raw, 'rps'):,.1f}"
            pairs = zip(result.factdb, result.raw, strict=True)
            ratio = f"{statistics.median(f['rps'] / r['rps'] for f, r in pairs):.3f}"
        failed = sum(run["failed"] for run in result.factdb + result.raw)
        label = result.scenario.label + (" (one at a time)" if result.one_at_a_time else "")
        label += f" ({failed} failed)" if failed else ""
        memory = f"{result.factdb_mb:.0f}" + (f" ({result.raw_mb:.0f})" if result.raw_mb else "")
        queries = "—" if result.queries is None else str(result.queries)
        lines.append(
            f"| {label} | {raw_rps} | {median(result.factdb, 'rps'):,.1f} | {ratio} | {p50} | {p99} | "
            f"{queries} | {memory} |"
        )
    return "\n".join(lines)


def measure(result, raw, factdb, key, args):
    """One scenario: warm up, then paired wrk rounds on both servers (or timed one at a time when too slow)."""
    scenario = result.scenario
    print(f"{scenario.label} ...", flush=True)
    if result.queries is None:  # it failed in-process already
        result.timed_out = True
        return
    try:
        for _ in range(2):  # warm-up: connections, caches, first plans
            single = timed(factdb.base, scenario.path, key)
            if scenario.raw:
                get(raw.base, scenario.path if scenario is SYNC else scenario.raw, key)
            if single > args.slow * 1000:
                break
    except urllib.error.HTTPError:
        result.timed_out = True
        return
    if single > args.slow * 1000 and not scenario.raw:  # wrk would see a handful of requests, or none
        result.one_at_a_time = True
        result.factdb = [{"ms": timed(factdb.base, scenario.path, key)} for _ in range(args.rounds)]
        for run in result.factdb:
            run.update(rps=1000 / run["ms"], p50=run["ms"], p99=max(r["ms"] for r in result.factdb), failed=0)
    for _ in range(0 if result.one_at_a_time else args.rounds):
        if scenario is SYNC:
            result.raw.append(sync(raw.base, key, args.sync_pages))
            result.factdb.append(sync(factdb.base, key, args.sync_pages))
            continue
        if scenario.raw:
            result.raw.append(wrk(raw.base + scenario.raw, key, args))
        result.factdb.append(wrk(factdb.base + scenario.path, key, args))
    result.factdb_mb = factdb.worker_mb()
    result.raw_mb = raw.worker_mb() if scenario.raw else None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3, help="paired rounds per request (default 3)")
    parser.add_argument("--duration", type=int, default=10, help="seconds of each wrk run (default 10)")
    parser.add_argument("--connections", type=int, default=4, help="wrk connections (default 4)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers per server (default 2)")
    parser.add_argument("--timeout", type=int, default=60, help="wrk's request timeout in seconds (default 60)")
    parser.add_argument("--word", default="tax", help="the common word searched for (default tax)")
    parser.add_argument("--sync-pages", type=int, default=20, help="pages of 200 per full-sync round (default 20)")
    parser.add_argument("--only", help="run only the requests whose label contains this text")
    parser.add_argument("--slow", type=float, default=2.0, help="seconds a request may take and still go to wrk")
    parser.add_argument(
        "--statement-timeout", type=int, default=60, help="seconds any query may run, here and in the servers"
    )
    parser.add_argument("--conn-max-age", type=int, default=600, help="factdb's DATABASE_CONN_MAX_AGE (default 600)")
    parser.add_argument("--redis-url", default=os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/9")
    args = parser.parse_args()

    if not os.environ.get("DATABASE_URL"):
        sys.exit("Set DATABASE_URL to a database filled by `manage.py generate_data --claims N`.")
    # A request that would take many minutes fails instead (and stops its query, on the shared machine).
    database_url = os.environ["DATABASE_URL"] = with_statement_timeout(
        os.environ["DATABASE_URL"], args.statement_timeout
    )
    for tool, hint in (("wrk", "apt-get install -y wrk"), ("taskset", "apt-get install -y util-linux")):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is not installed: {hint}")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # a kill stops the servers too (the finally below)

    os.environ.update(
        {key: value for key, value in factdb_env(args, database_url).items() if key.startswith(("FACTDB_", "REDIS"))}
    )
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factdb.settings")
    sys.path.insert(0, str(ROOT))
    import django
    import orjson

    django.setup()
    from claims.models import Claim
    from factdb.accounts import do_create_api_key, do_revoke_api_key, system_actor

    public = Claim.objects.public().count()
    if not public:
        sys.exit("No public claims here: fill the database with `manage.py generate_data --claims N` first.")
    selected = [s for s in scenarios(args.word) + [SYNC] if not args.only or args.only in s.label]
    api_key, key = do_create_api_key(f"api_load {int(time.time())}", actor=system_actor(), rate=RATE)
    servers: list[Server] = []
    try:
        print(f"{Claim.objects.count():,} claims ({public:,} public); load average {os.getloadavg()[0]:.2f}")
        results = [Result(s) for s in selected]
        queries = count_queries([s.path for s in selected], key)
        for result in results:
            result.queries = queries[result.scenario.path]
        log_dir = Path(tempfile.mkdtemp(prefix="api_load-"))
        raw_env = os.environ | {"DATABASE_URL": database_url}
        raw = Server("raw", "raw_app:application", raw_env, args.workers, log_dir, chdir=ROOT / "benchmarks")
        servers.append(raw)
        factdb = Server("factdb", "factdb.wsgi:application", factdb_env(args, database_url), args.workers, log_dir)
        servers.append(factdb)
        headers = {"Authorization": f"Api-Key {key}"}
        raw.wait_ready("/api/v1/claims/?page_size=1", headers)
        factdb.wait_ready("/api/v1/claims/?page_size=1", headers)
        documents = [orjson.loads(get(server.base, "/api/v1/claims/", key))["results"] for server in (raw, factdb)]
        for document in documents[0] + documents[1]:  # when partners' view last changed: factdb's projection knows
            document.pop("updated_at", None)
        print(f"raw app serves the same claim documents as factdb: {'yes' if documents[0] == documents[1] else 'NO'}")
        for result in results:
            measure(result, raw, factdb, key, args)
        print(f"\nload average at the end {os.getloadavg()[0]:.2f} (above ~1 on 2 cores, others were busy too)")
        print(
            f"{args.rounds} paired rounds of {args.duration} s, {args.connections} connections, "
            f"{args.workers} workers; full sync: {args.sync_pages} pages a round; "
            f"statement timeout {args.statement_timeout} s\n"
        )
        print(table(results))
    finally:
        for server in servers:
            server.stop()
        do_revoke_api_key(api_key, actor=system_actor())


if __name__ == "__main__":
    main()
