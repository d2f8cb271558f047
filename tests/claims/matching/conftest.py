"""Matching tests run on the lexical signals, or on a small fake encoder through the real code path.

Tests marked `semantic` load the real all-MiniLM-L6-v2 model (requirements-semantic.txt). They are
deselected by default; run them with `-m semantic`.
"""

import hashlib
import math
import re

import pytest

SEMANTIC_HELP = (
    "semantic: needs requirements-semantic.txt (torch, sentence-transformers); deselected unless -m semantic"
)


def pytest_configure(config):
    config.addinivalue_line("markers", SEMANTIC_HELP)


def pytest_collection_modifyitems(config, items):
    if "semantic" in (config.getoption("markexpr") or ""):
        return
    deselected = [item for item in items if item.get_closest_marker("semantic")]
    if deselected:
        config.hook.pytest_deselected(items=deselected)
        items[:] = [item for item in items if not item.get_closest_marker("semantic")]


class FakeEncoder:
    """Bag of words hashed into a few dimensions, plus synonyms mapped to one word: small, fast, deterministic."""

    name = "test/fake-encoder"
    dimensions = 16

    def __init__(self, synonyms=None):
        self.synonyms = synonyms or {}
        self.calls = 0

    def encode(self, texts):
        self.calls += 1
        vectors = []
        for text in texts:
            text = text.lower()
            for phrase, canonical in self.synonyms.items():
                text = text.replace(phrase, canonical)
            vector = [0.0] * self.dimensions
            for word in re.findall(r"[a-z0-9]+", text):
                vector[int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dimensions] += 1.0
            norm = math.sqrt(sum(x * x for x in vector)) or 1.0
            vectors.append([x / norm for x in vector])
        return vectors


@pytest.fixture
def fake_encoder():
    from claims import matching

    encoder = FakeEncoder(
        synonyms={
            "european central bank": "ecb",
            "raised interest rates": "lifted its key rate",
            "percent": "%",
        }
    )
    with matching.use_encoder(encoder):
        yield encoder
