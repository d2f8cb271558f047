"""The embedded PostgreSQL stops with its last user, however that user is stopped, and survives a broken handle file."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import psutil
import pytest
from django.conf import settings

from tests.factdb.ops.conftest import manage

HANDLES = ".handle_pids.json"


def postmaster(pgdata):
    """The running server's process, or None."""
    try:
        pid = int((pgdata / "postmaster.pid").read_text().split()[0])
        return psutil.Process(pid)
    except (FileNotFoundError, IndexError, ValueError, psutil.NoSuchProcess):
        return None


def gone(process):
    try:
        return process.status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def wait_for(condition, timeout=30.0):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def assert_stopped(pgdata):
    assert wait_for(lambda: postmaster(pgdata) is None, 60), "the embedded server is still running"
    leftovers = [
        p for p in psutil.process_iter(["name", "cmdline"]) if str(pgdata) in " ".join(p.info["cmdline"] or [])
    ]
    assert not [p for p in leftovers if p.info["name"] == "postgres"]
    assert json.loads((pgdata / HANDLES).read_text()) == []


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def healthy(port):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def _cmdline(process) -> list[str]:
    try:
        return process.cmdline()
    except psutil.Error:  # gone, or a zombie (a worker beside the server that exited before it was reaped)
        return []


def runserver_processes(top):
    """(autoreloader parent, serving child) under `top`, the process we started."""
    family = [top, *top.children(recursive=True)]
    runservers = [p for p in family if "runserver" in _cmdline(p)]
    parent = next(p for p in runservers if p.ppid() not in {r.pid for r in runservers})
    child = next(p for p in runservers if p.ppid() == parent.pid)
    return parent, child


@pytest.mark.parametrize(
    ("launcher", "signum", "target"),
    [
        ("make", signal.SIGTERM, "top"),  # systemd's or docker stop's SIGTERM to `make run`
        ("manage.py", signal.SIGTERM, "top"),  # an IDE stopping runserver
        ("manage.py", signal.SIGTERM, "child"),  # `kill` of the serving process
        ("make", signal.SIGTERM, "group"),  # systemd's default: every process at once
        ("make", signal.SIGINT, "group"),  # Ctrl-C in the terminal
        ("make run", signal.SIGTERM, "top"),  # the quick start, with its webhooks worker beside the server
        ("make run", signal.SIGTERM, "group"),
    ],
)
def test_runserver_stopped_by_a_signal_stops_the_embedded_server(
    pgdata, embedded_env, tmp_path, launcher, signum, target
):
    if launcher.startswith("make") and not shutil.which("make"):
        pytest.skip("make is not installed")
    port = free_port()
    venv = Path(sys.executable).parent.parent
    make = ["make", "--no-print-directory", f"PY={sys.executable}", f"VENV={venv}", f"PORT={port}"]
    command = {
        "make": [*make, "serve"],
        # --assume-old: the venv running the tests is installed; `run` must not reinstall it
        "make run": [*make, f"--assume-old={venv}/.installed", "run"],
        "manage.py": [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}"],
    }[launcher]
    with open(tmp_path / "server.log", "w") as log:
        process = subprocess.Popen(
            command, cwd=settings.BASE_DIR, env=embedded_env, stdout=log, stderr=log, start_new_session=True
        )
    try:
        assert wait_for(lambda: healthy(port), 180), (tmp_path / "server.log").read_text()
        server = postmaster(pgdata)
        assert server is not None
        parent, child = runserver_processes(psutil.Process(process.pid))
        workers = [p for p in psutil.Process(process.pid).children(recursive=True) if "webhooks_worker" in _cmdline(p)]
        assert len(workers) == (1 if launcher == "make run" else 0)
        users = sorted([parent.pid, child.pid, *(w.pid for w in workers)])
        # the worker may still be starting when the server first answers
        assert wait_for(lambda: sorted(json.loads((pgdata / HANDLES).read_text())) == users, 30), (
            pgdata / HANDLES
        ).read_text()

        if target == "group":
            os.killpg(process.pid, signum)
        else:
            {"top": process, "child": child}[target].send_signal(signum)
        process.wait(timeout=60)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    handles = (pgdata / HANDLES).read_text() if (pgdata / HANDLES).exists() else "(none)"
    assert wait_for(lambda: postmaster(pgdata) is None, 60), (
        f"the embedded server is still running; handles: {handles}\n" + (tmp_path / "server.log").read_text()[-3000:]
    )
    assert_stopped(pgdata)
    assert gone(server)
    assert all(wait_for(lambda w=w: gone(w), 30) for w in workers), "the webhooks worker outlived the server"


@pytest.mark.parametrize("content", ["", "[12, 3", "garbage", '{"pids": [1]}'])
def test_a_broken_handle_file_is_repaired_not_fatal(pgdata, embedded_env, content):
    (pgdata / HANDLES).write_text(content)

    result = manage("showmigrations", env=embedded_env)

    assert "JSONDecodeError" not in result.stderr
    assert result.returncode == 0, result.stderr
    assert_stopped(pgdata)


def test_a_repaired_handle_file_keeps_the_processes_still_using_the_server(pgdata, embedded_env):
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from factdb.embedded_db import get_server;"
            f"get_server(Path({str(pgdata)!r})); print('ready', flush=True); sys.stdin.read()",
        ],
        cwd=settings.BASE_DIR,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        server = postmaster(pgdata)
        (pgdata / HANDLES).write_text("[")  # a writer killed mid-write

        result = manage("showmigrations", env=embedded_env)

        assert result.returncode == 0, result.stderr
        assert not gone(server), "stopped under a process still using it"
        assert json.loads((pgdata / HANDLES).read_text()) == [holder.pid]
    finally:
        holder.communicate("", timeout=60)
    assert_stopped(pgdata)
