"""schema.org ClaimReview (JSON-LD) for published fact-checks, as Google documents it.

https://developers.google.com/search/docs/appearance/structured-data/factcheck
"""

from django.conf import settings
from django.db.models import Prefetch

from claims.models import Appearance, FactCheck, Rating, RatingCategory

# Ratings not on the true-false axis (e.g. "Unproven", value 0) carry no numeric value.
OFF_AXIS = {RatingCategory.UNPROVEN, RatingCategory.OTHER}


def fact_check_url(fact_check_id: int) -> str:
    """The fact-check's public page on the newsroom's site (settings.FACTDB_FACT_CHECK_URL)."""
    return settings.FACTDB_FACT_CHECK_URL.format(id=fact_check_id)


def optimize(queryset):
    """What claim_review() reads, in a constant number of queries."""
    return queryset.select_related("claim", "rating__scale").prefetch_related(
        Prefetch("rating__scale__ratings", queryset=Rating.objects.order_by("value")),
        Prefetch(
            "claim__appearances",
            queryset=Appearance.objects.public().select_related("speaker", "source__outlet").order_by("said_on", "id"),
            to_attr="public_appearances",
        ),
    )


def organization() -> dict:
    return {"@type": "Organization", "name": settings.FACTDB_ORGANIZATION_NAME, "url": settings.FACTDB_ORGANIZATION_URL}


def rating_bounds(rating: Rating) -> tuple[int, int] | None:
    """(worst, best) ordinal values on the rating's scale, ignoring off-axis steps."""
    values = [r.value for r in rating.scale.ratings.all() if r.value > 0 and r.category not in OFF_AXIS]
    return (min(values), max(values)) if values else None


def review_rating(rating: Rating) -> dict:
    result = {"@type": "Rating", "alternateName": rating.label}
    bounds = rating_bounds(rating)
    if rating.value > 0 and rating.category not in OFF_AXIS and bounds:
        result.update(ratingValue=rating.value, worstRating=bounds[0], bestRating=bounds[1])
    return result


def appearance_date(appearance: Appearance):
    day = appearance.said_on or appearance.source.published_on
    return day.isoformat() if day else None


def creative_work(appearance: Appearance) -> dict:
    source = appearance.source
    work = {"@type": "CreativeWork", "headline": source.title}
    if source.url:
        work["url"] = source.url
    if day := appearance_date(appearance):
        work["datePublished"] = day
    if source.outlet_id:
        outlet = source.outlet
        publisher = {"@type": "Organization", "name": outlet.name}
        if outlet.url or outlet.domain:
            publisher["url"] = outlet.url or f"https://{outlet.domain}/"
        work["publisher"] = publisher
    return work


def claim_author(speaker) -> dict:
    author = {"@type": "Organization" if speaker.kind == "organization" else "Person", "name": speaker.name}
    if speaker.role:
        author["jobTitle"] = speaker.role
    same_as = list(speaker.same_as or [])
    if speaker.wikidata_id:
        same_as.append(f"https://www.wikidata.org/wiki/{speaker.wikidata_id}")
    if same_as:
        author["sameAs"] = same_as
    return author


def first_appearance(appearances):
    dated = [a for a in appearances if appearance_date(a)]
    return min(dated, key=lambda a: (appearance_date(a), a.pk)) if dated else (appearances[0] if appearances else None)


def claim_review(fact_check: FactCheck) -> dict:
    """The ClaimReview object for one published fact-check (needs optimize()'s prefetches)."""
    claim = fact_check.claim
    appearances = claim.public_appearances
    first = first_appearance(appearances)
    item = {"@type": "Claim"}
    if first is not None and first.speaker_id:
        item["author"] = claim_author(first.speaker)
    said = (appearance_date(first) if first is not None else None) or (
        claim.first_seen_on.isoformat() if claim.first_seen_on else None
    )
    if said:
        item["datePublished"] = said
    if appearances:
        item["appearance"] = [creative_work(a) for a in appearances]
        item["firstAppearance"] = creative_work(first)
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": fact_check_url(fact_check.pk),
        "claimReviewed": claim.text,
        "headline": fact_check.headline,
        "inLanguage": claim.language,
        "datePublished": fact_check.published_at.date().isoformat(),
        "dateModified": fact_check.updated_at.isoformat(),
        "author": organization(),
        "reviewRating": review_rating(fact_check.rating),
        "itemReviewed": item,
    }
