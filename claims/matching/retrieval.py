"""Candidates for a text (index-backed) and their ranking; the entry points callers use."""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.search import SearchQueryField, SearchRank
from django.db import connections
from django.db.models import BooleanField, F, FloatField, Func, TextField, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import MD5, Cast, Upper

from claims.matching import encoders, storage
from claims.matching.encoders import Encoder, cosine
from claims.matching.guards import DUPLICATE_THRESHOLD, SUGGEST_THRESHOLD, Reading, combine, dice, judge, read
from claims.models import Claim, ClaimEmbedding, FactCheck
from claims.search import text_config
from factdb.pgstats import ElementFrequencies, element_frequencies

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


def query_lexemes(text: str, using: str = "default", language: str = "") -> list[str]:
    """The stemmed words PostgreSQL indexes for `text` in `language` (as a claim in that language stores them).

    Read in another language's configuration, a claim's words would not meet its stems ("precios" is
    `precio` in English, `preci` in Spanish), so a duplicate in that language would go unseen.
    """
    with connections[using].cursor() as cursor:
        cursor.execute("SELECT tsvector_to_array(to_tsvector(%s::regconfig, %s))", [text_config(language), text])
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


# Statistics of the claims' stemmed words (rows: claims).
WordFrequencies = ElementFrequencies


def word_frequencies(using: str = "default") -> WordFrequencies:
    """How common each stemmed word of the claims is (factdb.pgstats)."""
    return element_frequencies(Claim, "search_vector", using)


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
                   itertools.combinations(words, size)) * frequencies.rows  # fmt: skip
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
    if storage.has_pgvector(queryset.db):
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


def score_candidates(
    text: str, queryset=None, *, limit: int = 10, min_score: float = 0.0, language: str = ""
) -> list[Match]:
    """Rank the claims of `queryset` (default: all) against `text`, written in `language` (default: the
    newsroom's, English); the engine behind every entry point."""
    text = " ".join((text or "").split())
    queryset = Claim.objects.all() if queryset is None else queryset
    if not text:
        return []
    using = queryset.db
    query = _Query(text, query_lexemes(text, using, language), encoder=encoders.get_encoder())
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
    reading = read(text)  # once, not once per candidate
    matches = []
    for pk, (trigram, lexemes) in rows.items():
        claim = claims.get(pk)
        if claim is None:
            continue
        signals = {
            "trigram": round(trigram, 4),
            "words": round(dice(query.lexemes, lexemes or []), 4),
            "semantic": round(cosines[pk], 4) if pk in cosines else None,
        }
        signals.update(_decision(claim.text, text, reading))
        score = combine(signals)
        if score >= min_score:
            matches.append(Match(claim, score, signals))
    matches.sort(key=lambda m: (-m.score, -m.claim.pk))
    return matches[:limit]


def similar_claims(
    text: str, exclude=None, limit: int = 10, *, min_score: float = SUGGEST_THRESHOLD, language: str = ""
) -> list[Match]:
    """Existing claims that say the same thing as `text`, best first: [(claim, score, signals)].

    `exclude` is a claim, a claim id or an iterable of either (e.g. the claim being edited).
    `language` is the text's (a BCP 47 code, e.g. a claim's or an article's; default English).
    Only matches at or above `min_score` (default: the suggest threshold) are returned;
    `Match.is_duplicate` marks the near-certain duplicates. Read-only: nothing is stored.
    """
    queryset = Claim.objects.all()
    if exclude is not None:
        items = exclude if isinstance(exclude, Iterable) and not isinstance(exclude, str | Claim) else [exclude]
        queryset = queryset.exclude(pk__in=[getattr(item, "pk", item) for item in items])
    return score_candidates(text, queryset, limit=limit, min_score=min_score, language=language)


class PublishedMatch(NamedTuple):
    fact_check: FactCheck
    claim: Claim
    score: float
    signals: dict


def published_matches(
    text: str, limit: int = 5, *, min_score: float = SUGGEST_THRESHOLD, language: str = ""
) -> list[PublishedMatch]:
    """Has this been checked? Published fact-checks on public claims matching `text`, best first.

    Candidates come only from `FactCheck.objects.published()`, so nothing unpublished or
    internal can match. One fact-check per claim: the latest published one.
    """
    public = FactCheck.objects.published()
    claims = Claim.objects.filter(pk__in=public.values("claim_id"))
    matches = score_candidates(text, claims, limit=limit, min_score=min_score, language=language)
    latest: dict[int, FactCheck] = {}
    for fact_check in (
        public.filter(claim__in=[m.claim.pk for m in matches])
        .select_related("rating")
        .order_by("claim_id", "-published_at", "-pk")
    ):
        latest.setdefault(fact_check.claim_id, fact_check)
    return [PublishedMatch(latest[m.claim.pk], m.claim, m.score, m.signals) for m in matches if m.claim.pk in latest]


def _decision(claim: str, text: str, reading: Reading | None = None) -> dict:
    found, coverage = judge(claim, text, reading)
    return {"guards": found, "near_certain": not found, "coverage": round(coverage, 4)}


def pair_signals(a: str, b: str, *, encoder: Encoder | None = None, using: str = "default", language: str = "") -> dict:
    """The signals `score_candidates` computes, for two literal texts: `a` the claim, `b` the new text."""
    b_norm = " ".join(b.split())
    a_norm = " ".join(a.split())
    with connections[using].cursor() as cursor:
        cursor.execute(
            "SELECT similarity(UPPER(%s), UPPER(%s)), tsvector_to_array(to_tsvector(%s::regconfig, %s)),"
            " tsvector_to_array(to_tsvector(%s::regconfig, %s))",
            [b_norm, a_norm, text_config(language), a_norm, text_config(language), b_norm],
        )
        trigram, lex_a, lex_b = cursor.fetchone()
    signals = {
        "trigram": round(trigram, 4),
        "words": round(dice(lex_a, lex_b), 4),
        "semantic": None,
    }
    signals.update(_decision(a_norm, b_norm))
    if encoder is not None:
        va, vb = encoder.encode([a_norm, b_norm])
        signals["semantic"] = round(cosine(va, vb), 4)
    return signals
