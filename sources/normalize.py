"""Canonical forms used for uniqueness and lookups (URLs, names, full text)."""

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from rapidfuzz.distance import Levenshtein
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


_VOWELS = set("aeiouy")


def skeleton(token: str) -> str:
    """Consonant skeleton for transliteration variants.

    'Kabulov'/'Kubalov' -> 'kblv', 'Mohammed'/'Muhammad' -> 'mhmd',
    'Zelensky'/'Zelenskyy' -> 'zlnsk'.
    """
    t = re.sub(r"[^a-z]", "", unidecode(token).lower())
    if not t:
        return ""
    out = [t[0]]
    for ch in t[1:]:
        if ch in _VOWELS:
            continue
        if ch != out[-1]:
            out.append(ch)
    return "".join(out)


# Russian and Central Asian names romanised two ways: Dzh/Zh, Ye/E at the start, -off/-ov at the end.
_TRANSLIT = (
    (re.compile(r"dzh|zh|dj"), "j"),  # "Dorzhiev" ~ "Dorjiev", "Dzhaksybekov" ~ "Zhaksybekov"
    (re.compile(r"^ye"), "e"),
    (re.compile(r"off$"), "ov"),
    (re.compile(r"eff$"), "ev"),
)


def translit_key(token: str) -> str:
    """'Dzhaksybekov' and 'Zhaksybekov' -> 'jaksibekov'; 'Dorzhiev' and 'Dorjiev' -> 'dorjiev'; 'Yerlan' -> 'erlan';
    'Smirnoff' -> 'smirnov'; 'Sayana' and 'Саяна' (Saiana) -> 'saiana'; 'Dmitriy' and 'Дмитрий' -> 'dmitri'."""
    key = re.sub(r"[^a-z]", "", unidecode(token).lower())
    for rx, repl in _TRANSLIT:
        key = rx.sub(repl, key)
    return key.replace("y", "i").replace("ii", "i")


# Words no two names are told apart by (they never decide a match on their own).
_NAME_PARTICLES = frozenset(
    "the of and for de del della la le les van von der den al el da das dos di du bin ibn".split()
)


_SIGNS = re.compile("[ЬЪьъ]")


def name_keys(name: str) -> list[str]:
    """Index keys under which a name is found again however it is spelled (Speaker.name_keys).

    Per word: its transliteration key, its consonant skeleton, and for long words their first and
    last four letters (one edit leaves one of them intact); per name of several words, its initials.
    Two names that claims.ingest.speakers.token_match calls the same share a key, so a lookup by key
    (GIN index) finds the few speakers worth comparing instead of all of them.
    """
    keys = set()
    # Cyrillic soft and hard signs have no letter (unidecode's apostrophe would split "Ельцин" in two).
    latin = unidecode(_SIGNS.sub("", name or "")).lower()
    words = [w for w in re.split(r"[^a-z]+", latin) if w]
    # a name with an apostrophe or a Hawaiian ʻokina is also found written without it ("Kaʻaihue" ~ "KAAIHUE")
    joined = [w for w in re.split(r"[^a-z]+", re.sub(r"['`]", "", latin)) if w and w not in words]
    for word in words + joined:
        if len(word) < 2 or word in _NAME_PARTICLES:
            continue
        key, consonants = translit_key(word), skeleton(word)
        keys.add(f"t:{key}")
        if len(word) >= 4 and len(consonants) >= 3:
            keys.add(f"s:{consonants}")
        if len(key) >= 6:
            keys.update((f"p:{key[:4]}", f"q:{key[-4:]}"))
    if len(words) > 1:
        keys.add("a:" + "".join(w[0] for w in words))
    return sorted(keys)


def content_hash(text: str) -> str:
    """SHA-256 of the text with whitespace and case folded, so re-flowed copies still match."""
    folded = _SPACES.sub(" ", text or "").strip().casefold()
    return hashlib.sha256(folded.encode("utf-8")).hexdigest() if folded else ""


def same_name_word(a: str, b: str) -> bool:
    """Could two words of names be one name spelled two ways? ('Kabulow', 'Kabuloff', 'Кабулов' ~ 'Kabulov')."""
    ka, kb = translit_key(a), translit_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    if ka[0] != kb[0] or min(len(ka), len(kb)) < 4:
        return False
    sa, sb = skeleton(a), skeleton(b)
    if len(sa) >= 3 and sa == sb:
        return True
    return min(len(ka), len(kb)) >= 5 and Levenshtein.distance(ka, kb) <= 1  # w/v, one typo


def similar_names(a: str, b: str) -> bool:
    """Is `a` likely another spelling of the name `b`? Every significant word of the shorter name must
    match a word of the longer, and the surnames (last words) must match each other."""
    wa = [w for w in re.split(r"[^a-z]+", unidecode(a or "").lower()) if len(w) > 1 and w not in _NAME_PARTICLES]
    wb = [w for w in re.split(r"[^a-z]+", unidecode(b or "").lower()) if len(w) > 1 and w not in _NAME_PARTICLES]
    if not wa or not wb:
        return False
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if not same_name_word(short[-1], long_[-1]) and not any(same_name_word(short[-1], w) for w in long_):
        return False
    return all(any(same_name_word(w, x) or (len(w) == 1 and x[0] == w) for x in long_) for w in short)
