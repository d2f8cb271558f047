"""Claim matching: existing claims that say the same thing as a new text.

Whenever a claim or an appearance is entered (admin, API, article ingest), the editor is shown
the existing claims that match, so a new appearance goes onto the claim the newsroom already
tracks instead of creating a duplicate. Four concerns, one module each:

* retrieval: candidates from the GIN index on ``search_vector`` (claims sharing the text's
  rarest stemmed words), scored by trigram similarity and stemmed-word overlap, plus the
  entry points (``similar_claims``, ``published_matches``, ``score_candidates``);
* guards: the score, and the checks that keep look-alikes (another number, place, date,
  group, action, quantity, a negation, a reversal) below the near-certain level;
* encoders: the optional sentence-embedding signal (requirements-semantic.txt);
* storage: stored embeddings (``ClaimEmbedding``), searched with pgvector where available.

See docs/matching.md.
"""

from claims.matching.encoders import (
    Encoder,
    SentenceTransformerEncoder,
    cosine,
    get_encoder,
    semantic_mode,
    use_encoder,
)
from claims.matching.guards import (
    DUPLICATE_THRESHOLD,
    GUARD_CAP,
    SEMANTIC_CEILING,
    SEMANTIC_FLOOR,
    SUGGEST_THRESHOLD,
    combine,
    dice,
    differences,
    direction_differs,
    guards,
    judge,
    near_certain,
    negation_differs,
    numbers_differ,
    numbers_in,
)
from claims.matching.retrieval import (
    CANDIDATE_POOL,
    CANDIDATES,
    ENCODE_ON_THE_FLY,
    PYTHON_SCAN_LIMIT,
    RARE_WORDS,
    Match,
    PublishedMatch,
    WordFrequencies,
    candidate_tsquery,
    pair_signals,
    published_matches,
    query_lexemes,
    score_candidates,
    similar_claims,
    word_frequencies,
)
from claims.matching.storage import (
    backfill_embeddings,
    has_pgvector,
    index_claims,
    index_claims_on_commit,
    text_hash,
)

__all__ = [
    "CANDIDATES",
    "CANDIDATE_POOL",
    "DUPLICATE_THRESHOLD",
    "ENCODE_ON_THE_FLY",
    "GUARD_CAP",
    "PYTHON_SCAN_LIMIT",
    "RARE_WORDS",
    "SEMANTIC_CEILING",
    "SEMANTIC_FLOOR",
    "SUGGEST_THRESHOLD",
    "Encoder",
    "Match",
    "PublishedMatch",
    "SentenceTransformerEncoder",
    "WordFrequencies",
    "backfill_embeddings",
    "candidate_tsquery",
    "combine",
    "cosine",
    "dice",
    "differences",
    "direction_differs",
    "get_encoder",
    "guards",
    "has_pgvector",
    "index_claims",
    "index_claims_on_commit",
    "judge",
    "near_certain",
    "negation_differs",
    "numbers_differ",
    "numbers_in",
    "pair_signals",
    "published_matches",
    "query_lexemes",
    "score_candidates",
    "semantic_mode",
    "similar_claims",
    "text_hash",
    "use_encoder",
    "word_frequencies",
]
