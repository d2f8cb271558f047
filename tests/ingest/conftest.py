"""Shared helpers for the claims.ingest tests (plain pytest, no Django)."""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEED = ROOT / ".." / "shared" / "seed-articles" / "000_a210f0d96ceeeea4.txt"
SEED_COPY = ROOT / "claims" / "demo_data" / "seed_article.txt"  # the same text, bundled for clones elsewhere


def direct(text):
    """The direct quotes the engine finds in `text`, as (text, speaker) pairs."""
    from claims.ingest.analyze import analyze_article

    return [(q.text, q.speaker) for q in analyze_article(text).quotes if q.kind == "direct"]


def load_benchmark():
    """Import benchmarks/ingest_accuracy.py by path (benchmarks is not a package)."""
    spec = importlib.util.spec_from_file_location("ingest_accuracy", ROOT / "benchmarks" / "ingest_accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def seed_text():
    return (SEED if SEED.exists() else SEED_COPY).read_text(encoding="utf-8")
