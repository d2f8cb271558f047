"""Canonical forms used for uniqueness and lookups (URLs, names, full text)."""

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from unidecode import unidecode

# Query parameters that identify a campaign or a click, never the document.
TRACKING_PARAMS = re.compile(r"^(utm_.*|fbclid|gclid|dclid|mc_cid|mc_eid|igshid|ref_src|cmpid|ocid)$", re.I)
_SPACES = re.compile(r"\s+")


def normalize_url(url: str) -> str:
    """Lower-case scheme and host, drop default ports, fragments and tracking parameters."""
    url = (url or "").strip()
    if not url:
        return ""
    parts = urlsplit(url)
    scheme = parts.scheme.lower() or "https"
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    port = parts.port
    netloc = host if port is None or (scheme, port) in {("http", 80), ("https", 443)} else f"{host}:{port}"
    path = parts.path or "/"
    if len(path) > 1 and path.endswith("/"):
        path = path.rstrip("/")
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k))
    )
    return urlunsplit((scheme, netloc, path, query, ""))


def domain_of(url_or_domain: str) -> str:
    """The host of a URL, or a bare domain, without `www.`: 'https://www.BBC.co.uk/x' and 'bbc.co.uk' agree."""
    value = (url_or_domain or "").strip()
    if not value:
        return ""
    return urlsplit(normalize_url(value if "//" in value else f"https://{value}")).hostname or ""


def normalize_name(name: str) -> str:
    """Case- and accent-insensitive form of a name: 'Zelenskyy ' -> 'zelenskyy', 'José' -> 'jose'."""
    return _SPACES.sub(" ", unidecode(name or "")).strip().casefold()


def content_hash(text: str) -> str:
    """SHA-256 of the text with whitespace and case folded, so re-flowed copies still match."""
    folded = _SPACES.sub(" ", text or "").strip().casefold()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest() if folded else ""
