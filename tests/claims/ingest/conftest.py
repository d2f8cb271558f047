"""Shared helpers for the claims.ingest tests.

The engine's tests are plain pytest (no Django, no database); the admin page's and the ingest_article command's
(NEEDS_DJANGO) are left out of a run without pytest-django (docs/ingest.md, "Tests").
"""

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# The seed article: claims.demo.SEED_PATHS, named here without importing Django.
SEED = ROOT / ".." / "shared" / "seed-articles" / "000_a210f0d96ceeeea4.txt"
SEED_COPY = ROOT / "claims" / "demo_data" / "seed_article.txt"  # the same text, bundled for clones elsewhere

# Without pytest-django (the Django-free run), these files are not collected.
NEEDS_DJANGO = {"test_import_admin.py", "test_ingest_article.py"}


def pytest_ignore_collect(collection_path, config):
    if collection_path.name in NEEDS_DJANGO and not config.pluginmanager.hasplugin("django"):
        return True
    return None


def direct(text):
    """The direct quotes the engine finds in `text`, as (text, speaker) pairs."""
    from claims.ingest.analyze import analyze_article

    return direct_in(analyze_article(text))


def direct_in(article):
    """The direct quotes of an analysed article, as (text, speaker) pairs."""
    return [(q.text, q.speaker) for q in article.quotes if q.kind == "direct"]


def load_benchmark():
    """Import benchmarks/ingest_accuracy.py by path (benchmarks is not a package)."""
    spec = importlib.util.spec_from_file_location("ingest_accuracy", ROOT / "benchmarks" / "ingest_accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def seed_path():
    return SEED if SEED.exists() else SEED_COPY


@pytest.fixture(scope="session")
def seed_text(seed_path):
    return seed_path.read_text(encoding="utf-8")
