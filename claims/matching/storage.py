"""Where claim embeddings are stored (ClaimEmbedding) and kept fresh."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable

from django.db import connections, transaction
from django.db.models.functions import MD5

from claims.matching.encoders import Encoder, get_encoder, semantic_mode
from claims.models import Claim, ClaimEmbedding

logger = logging.getLogger("claims.matching")


def text_hash(text: str) -> str:
    """The same digest as PostgreSQL's md5(text): a stored embedding is fresh while it matches."""
    return hashlib.md5(text.encode("utf-8")).hexdigest()


def has_pgvector(using: str = "default") -> bool:
    """Is the pgvector extension installed in this database? (Cached per database.)"""
    conn = connections[using]
    key = (using, conn.settings_dict["NAME"])
    if key not in _pgvector:
        with conn.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'vector'")
            _pgvector[key] = cursor.fetchone() is not None
    return _pgvector[key]


_pgvector: dict = {}


def index_claims(claims: Iterable[Claim], encoder: Encoder | None = None) -> int:
    """Store (or refresh) the embeddings of `claims`; returns how many were written."""
    encoder = encoder or get_encoder()
    claims = [c for c in claims if c.text]
    if encoder is None or not claims:
        return 0
    fresh = set(
        ClaimEmbedding.objects.filter(claim__in=claims, model=encoder.name, text_hash=MD5("claim__text")).values_list(
            "claim_id", flat=True
        )
    )
    stale = [c for c in claims if c.pk not in fresh]
    if not stale:
        return 0
    vectors = encoder.encode([c.text for c in stale])
    for claim, vector in zip(stale, vectors, strict=True):
        ClaimEmbedding.objects.update_or_create(
            claim=claim, model=encoder.name, defaults={"text_hash": text_hash(claim.text), "vector": vector}
        )
    return len(stale)


def index_claims_on_commit(claims: Iterable[Claim]) -> None:
    """Embed `claims` once the surrounding transaction commits (never fails the write itself)."""
    if semantic_mode() == "off":
        return
    pks = [c.pk for c in claims]

    def run():
        try:
            index_claims(Claim.objects.filter(pk__in=pks))
        except Exception:
            logger.exception("Could not store claim embeddings for %s", pks)

    transaction.on_commit(run)


def backfill_embeddings(batch: int = 256, encoder: Encoder | None = None) -> int:
    """Embed every claim without a fresh embedding; returns how many were written."""
    encoder = encoder or get_encoder()
    if encoder is None:
        return 0
    written = 0
    while True:
        fresh = ClaimEmbedding.objects.filter(model=encoder.name, text_hash=MD5("claim__text")).values("claim_id")
        todo = list(Claim.objects.exclude(pk__in=fresh).order_by("pk")[:batch])
        if not todo:
            return written
        written += index_claims(todo, encoder)
