"""The raw baseline for benchmarks/api_load.py: the partner claims list from hand-written SQL, no framework.

A bare WSGI app (psycopg 3, one connection per worker process, orjson for the envelope)
answering `GET /api/v1/claims/` with factdb's JSON shape (claims.api.serializers
ClaimSerializer: topics, public appearances with speaker, source and outlet, public
fact-checks with their rating): the newest 50 public claims, `?page_size=` up to 200,
`?cursor=<id>` for the next page, and `?q=<words>` for the ranked full-text query on
claims' GIN index (websearch_to_tsquery, ts_rank). PostgreSQL builds each page's
documents in one query; the app splices them into the envelope. No key check, no
throttling: the least any server must do to answer the same request.

    DATABASE_URL=postgres://... gunicorn --chdir benchmarks raw_app:application
"""

import os
from datetime import UTC, datetime
from urllib.parse import parse_qs

import orjson
import psycopg

FACT_CHECK_URL = os.environ.get(
    "FACTDB_FACT_CHECK_URL",
    os.environ.get("FACTDB_ORGANIZATION_URL", "http://127.0.0.1:8000/").rstrip("/") + "/fact-checks/{id}/",
)


def iso(column: str) -> str:
    """A timestamp as DRF writes it: ISO 8601 in UTC, 'Z', microseconds only when there are any."""
    utc = f"({column} AT TIME ZONE 'UTC')"
    return (
        f"CASE WHEN {column} IS NULL THEN NULL ELSE to_char({utc}, 'YYYY-MM-DD\"T\"HH24:MI:SS') "
        f"|| CASE WHEN date_part('microseconds', {utc})::int %% 1000000 <> 0 THEN to_char({utc}, '.US') ELSE '' END "
        "|| 'Z' END"
    )


# The documents of the claims in `page` (id, ord), in `ord` order, and the smallest id (the next cursor);
# `page` is the CTE the caller writes.
DOCUMENTS = f"""
SELECT coalesce(json_agg(json_build_object(
    'id', c.id, 'text', c.text, 'language', c.language, 'status', c.status,
    'first_seen_on', (SELECT min(coalesce(a.said_on, so.published_on)) FROM claims_appearance a
                      JOIN sources_source so ON so.id = a.source_id WHERE a.claim_id = c.id AND a.is_public),
    'topics', coalesce((
        SELECT json_agg(json_build_object('id', t.id, 'slug', t.slug, 'name', t.name) ORDER BY t.name)
        FROM claims_claimtopic ct JOIN claims_topic t ON t.id = ct.topic_id WHERE ct.claim_id = c.id), '[]'),
    'appearances', coalesce((
        SELECT json_agg(json_build_object(
            'id', a.id, 'quote', a.quote, 'kind', a.kind, 'said_on', a.said_on, 'location', a.location,
            'speaker', CASE WHEN s.id IS NOT NULL THEN
                json_build_object('id', s.id, 'name', s.name, 'kind', s.kind, 'role', s.role) END,
            'source', json_build_object(
                'id', so.id, 'kind', so.kind, 'title', so.title, 'url', so.url, 'published_on', so.published_on,
                'language', so.language, 'outlet', CASE WHEN o.id IS NOT NULL THEN
                    json_build_object('id', o.id, 'name', o.name, 'domain', o.domain) END)
        ) ORDER BY a.said_on, a.id)
        FROM claims_appearance a
        JOIN sources_source so ON so.id = a.source_id
        LEFT JOIN sources_outlet o ON o.id = so.outlet_id
        LEFT JOIN sources_speaker s ON s.id = a.speaker_id
        WHERE a.claim_id = c.id AND a.is_public), '[]'),
    'current_fact_check', verdicts.current,
    'fact_checks', coalesce(verdicts.all, '[]'),
    'created_at', {iso("c.created_at")}, 'updated_at', {iso("c.updated_at")}
) ORDER BY page.ord), '[]')::text, min(page.id)
FROM page
JOIN claims_claim c ON c.id = page.id
LEFT JOIN LATERAL (
    SELECT json_agg(v.doc ORDER BY v.published_at DESC, v.id DESC) AS all,
           (array_agg(v.doc) FILTER (WHERE v.id = c.current_fact_check_id))[1] AS current
    FROM (
        SELECT f.id, f.published_at, json_build_object(
            'id', f.id, 'headline', f.headline, 'status', f.status,
            'rating', CASE WHEN r.id IS NOT NULL THEN json_build_object(
                'id', r.id, 'label', r.label, 'slug', r.slug, 'value', r.value, 'category', r.category,
                'colour', r.colour, 'scale', rs.slug) END,
            'published_at', {iso("f.published_at")},
            'url', replace(%(fact_check_url)s, '{{id}}', f.id::text)
        ) AS doc
        FROM claims_factcheck f
        LEFT JOIN claims_rating r ON r.id = f.rating_id
        LEFT JOIN claims_ratingscale rs ON rs.id = r.scale_id
        WHERE f.claim_id = c.id AND f.status IN ('published', 'retracted')
    ) v
) verdicts ON true
"""

LIST = f"""
WITH page AS (
    SELECT id, row_number() OVER (ORDER BY id DESC) AS ord FROM (
        SELECT id FROM claims_claim WHERE is_public AND id < %(cursor)s ORDER BY id DESC LIMIT %(size)s
    ) newest
)
{DOCUMENTS}
"""

SEARCH = f"""
WITH page AS (
    SELECT id, row_number() OVER (ORDER BY rank DESC, id DESC) AS ord FROM (
        SELECT c.id, ts_rank(c.search_vector, query) AS rank
        FROM claims_claim c, websearch_to_tsquery('factdb_english', %(q)s) query
        WHERE c.is_public AND c.search_vector @@ query
        ORDER BY rank DESC, c.id DESC LIMIT %(size)s
    ) ranked
)
{DOCUMENTS}
"""

_connection: psycopg.Connection | None = None


def connection() -> psycopg.Connection:
    """This worker's connection (gunicorn forks first, so each worker opens its own)."""
    global _connection
    if _connection is None or _connection.closed:
        _connection = psycopg.connect(os.environ["DATABASE_URL"], autocommit=True)
    return _connection


def _respond(start_response, status: str, body: bytes):
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]


def application(environ, start_response):
    if environ["PATH_INFO"] != "/api/v1/claims/":
        return _respond(start_response, "404 Not Found", b'{"error":"not found"}')
    params = {name: values[0] for name, values in parse_qs(environ.get("QUERY_STRING", "")).items()}
    try:
        size = min(200, max(1, int(params.get("page_size", 50))))
        cursor = int(params.get("cursor", 2**62))
    except ValueError:
        return _respond(start_response, "400 Bad Request", b'{"error":"bad number"}')
    q = params.get("q", "").strip()
    args = {"size": size, "cursor": cursor, "q": q, "fact_check_url": FACT_CHECK_URL}
    results, last = connection().execute(SEARCH if q else LIST, args).fetchone()
    next_link = None
    if not q and last is not None:  # (the raw app's cursor is the last id it sent)
        host = environ.get("HTTP_HOST", "127.0.0.1")
        next_link = f"http://{host}/api/v1/claims/?page_size={size}&cursor={last}"
    envelope = {"next": next_link, "previous": None, "sync_token": datetime.now(UTC).isoformat()}
    body = orjson.dumps(envelope)[:-1] + b',"results":' + results.encode() + b"}"
    return _respond(start_response, "200 OK", body)
