"""schema.org ClaimReview (JSON-LD) and Google Fact Check Tools' shapes, built from public rows.

https://developers.google.com/search/docs/appearance/structured-data/factcheck
Called by claims.documents when it builds a standing (published) verdict's documents: the
rows are the public ones it loaded (the claim's public appearances, their speakers, sources
and outlets), so nothing else can reach this markup.
"""

from urllib.parse import urlsplit

from django.conf import settings

from claims.models import RatingCategory
from factdb.projection import iso

# Ratings not on the true-false axis (e.g. "Unproven", value 0) carry no numeric value.
OFF_AXIS = {RatingCategory.UNPROVEN, RatingCategory.OTHER}


def fact_check_url(fact_check_id: int) -> str:
    """The fact-check's public page on the newsroom's site (settings.FACTDB_FACT_CHECK_URL)."""
    return settings.FACTDB_FACT_CHECK_URL.format(id=fact_check_id)


def organization() -> dict:
    return {"@type": "Organization", "name": settings.FACTDB_ORGANIZATION_NAME, "url": settings.FACTDB_ORGANIZATION_URL}


def site() -> str:
    return urlsplit(settings.FACTDB_ORGANIZATION_URL).hostname or ""


def rating_bounds(ratings: list[dict]) -> tuple[int, int] | None:
    """(worst, best) ordinal values on a scale (its ratings), ignoring off-axis steps."""
    values = [r["value"] for r in ratings if r["value"] > 0 and r["category"] not in OFF_AXIS]
    return (min(values), max(values)) if values else None


def review_rating(rating: dict) -> dict:
    result = {"@type": "Rating", "alternateName": rating["label"]}
    bounds = rating["bounds"]
    if rating["value"] > 0 and rating["category"] not in OFF_AXIS and bounds:
        result.update(ratingValue=rating["value"], worstRating=bounds[0], bestRating=bounds[1])
    return result


def _day(appearance: dict):
    return appearance["said_on"] or appearance["source_published_on"]


def first_appearance(appearances: list[dict]):
    dated = [a for a in appearances if _day(a)]
    return min(dated, key=lambda a: (_day(a), a["id"])) if dated else (appearances[0] if appearances else None)


def creative_work(appearance: dict, cache) -> dict:
    source = cache.sources[appearance["source_id"]]
    work = {"@type": "CreativeWork", "headline": source["title"]}
    if source["url"]:
        work["url"] = source["url"]
    if day := _day(appearance):
        work["datePublished"] = iso(day)
    if source["outlet_id"]:
        outlet = cache.outlets[source["outlet_id"]]
        publisher = {"@type": "Organization", "name": outlet["name"]}
        if outlet["url"] or outlet["domain"]:
            publisher["url"] = outlet["url"] or f"https://{outlet['domain']}/"
        work["publisher"] = publisher
    return work


def claim_author(speaker: dict) -> dict:
    author = {"@type": "Organization" if speaker["kind"] == "organization" else "Person", "name": speaker["name"]}
    if speaker["role"]:
        author["jobTitle"] = speaker["role"]
    same_as = list(speaker["same_as"] or [])
    if speaker["wikidata_id"]:
        same_as.append(f"https://www.wikidata.org/wiki/{speaker['wikidata_id']}")
    if same_as:
        author["sameAs"] = same_as
    return author


def claim_review(fact_check: dict, parts, first_seen, cache) -> dict:
    """The ClaimReview object of one published verdict (`parts`: its claim's public rows)."""
    appearances = parts.appearances
    first = first_appearance(appearances)
    item = {"@type": "Claim"}
    if first is not None and first["speaker_id"]:
        item["author"] = claim_author(cache.speakers[first["speaker_id"]])
    said = (_day(first) if first is not None else None) or first_seen
    if said:
        item["datePublished"] = iso(said)
    if appearances:
        item["appearance"] = [creative_work(a, cache) for a in appearances]
        item["firstAppearance"] = creative_work(first, cache)
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": fact_check_url(fact_check["id"]),
        "claimReviewed": parts.claim["text"],
        "headline": fact_check["headline"],
        "inLanguage": parts.claim["language"],
        "datePublished": fact_check["published_at"].date().isoformat(),
        "dateModified": None,  # when partners' view of it last changed: stamped by factdb.projection
        "author": organization(),
        "reviewRating": review_rating(cache.ratings[fact_check["rating_id"]]),
        "itemReviewed": item,
    }


def _rfc3339(value) -> str | None:
    if value is None:
        return None
    if hasattr(value, "hour"):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"{value.isoformat()}T00:00:00Z"


def review_entry(fact_check: dict, language: str, cache) -> dict:
    """One of a claim's reviews, as Google's claims:search lists them."""
    return {
        "publisher": {"name": settings.FACTDB_ORGANIZATION_NAME, "site": site()},
        "url": fact_check_url(fact_check["id"]),
        "title": fact_check["headline"],
        "reviewDate": _rfc3339(fact_check["published_at"]),
        "textualRating": cache.ratings[fact_check["rating_id"]]["label"],
        "languageCode": language,
    }


def google_claim(parts, first_seen, cache) -> dict:
    """A fact-checked claim as Google's claims:search returns it (its standing verdicts only)."""
    result = {"text": parts.claim["text"]}
    first = first_appearance(parts.appearances)
    if first is not None and first["speaker_id"]:
        result["claimant"] = cache.speakers[first["speaker_id"]]["name"]
    if first_seen:
        result["claimDate"] = _rfc3339(first_seen)
    result["claimReview"] = [
        review_entry(f, parts.claim["language"], cache) for f in parts.fact_checks if f["status"] == "published"
    ]
    return result


def markup_page(fact_check: dict, parts, first_seen, cache) -> dict:
    """One published verdict as Google's ClaimReviewMarkupPage (pages.get, pages.list)."""
    appearances = parts.appearances
    first = first_appearance(appearances)
    markup = {"claimReviewed": parts.claim["text"], "url": fact_check_url(fact_check["id"])}
    if first_seen:
        markup["claimDate"] = first_seen.isoformat()
    if first is not None:
        if first["speaker_id"]:
            author = claim_author(cache.speakers[first["speaker_id"]])
            markup["claimAuthor"] = {
                k: v
                for k, v in {
                    "name": author["name"],
                    "jobTitle": author.get("jobTitle"),
                    "sameAs": (author.get("sameAs") or [None])[0],
                }.items()
                if v
            }
        if url := cache.sources[first["source_id"]]["url"]:
            markup["claimFirstAppearance"] = url
    markup["claimAppearances"] = [u for a in appearances if (u := cache.sources[a["source_id"]]["url"])]
    rating = cache.ratings[fact_check["rating_id"]]
    reviewed = review_rating(rating)
    markup["rating"] = {"textualRating": reviewed["alternateName"]}
    if "ratingValue" in reviewed:
        markup["rating"].update(
            ratingValue=reviewed["ratingValue"], bestRating=reviewed["bestRating"], worstRating=reviewed["worstRating"]
        )
    if rating["description"]:
        markup["rating"]["ratingExplanation"] = rating["description"]
    return {
        "name": f"pages/{fact_check['id']}",
        "pageUrl": fact_check_url(fact_check["id"]),
        "publishDate": fact_check["published_at"].date().isoformat(),
        "claimReviewAuthor": {"name": settings.FACTDB_ORGANIZATION_NAME},
        "claimReviewMarkups": [markup],
        "versionId": None,  # the version partners read: stamped by factdb.projection from the content
    }
