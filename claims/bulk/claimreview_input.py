"""Other newsrooms' ClaimReview JSON-LD -> rows for the importer.

Accepts one ClaimReview object, a list of them, a JSON-LD `{"@graph": [...]}` (other
node types are skipped) and the Google Fact Check Tools API search response
(`{"claims": [{"text", "claimant", "claimDate", "claimReview": [...]}]}`).

Each review becomes: the claim (by its text), the claim's appearances (sources by URL,
outlets by publisher name, said by the item's author), and an ExternalReview carrying
the publisher's own rating and our normalised category (claims.bulk.ratings).
"""

from django import forms

from claims.bulk.forms import (
    ISODateField,
    LanguageField,
    ListField,
    LooseChoiceField,
    RowForm,
    SpeakerNameField,
    WebURLField,
    text,
)
from claims.bulk.readers import FileError, Row, load_json
from sources.models import SpeakerKind

# Form field -> where it is in a ClaimReview, for error reports.
FIELD_PATHS = {
    "claim_text": "claimReviewed",
    "review_url": "url",
    "publisher_name": "author.name",
    "publisher_site": "author.url",
    "textual_rating": "reviewRating.alternateName",
    "rating_value": "reviewRating.ratingValue",
    "best_rating": "reviewRating.bestRating",
    "worst_rating": "reviewRating.worstRating",
    "headline": "headline",
    "reviewed_on": "datePublished",
    "language": "inLanguage",
    "speaker": "itemReviewed.author.name",
    "speaker_kind": "itemReviewed.author.@type",
    "speaker_role": "itemReviewed.author.jobTitle",
    "speaker_same_as": "itemReviewed.author.sameAs",
    "claim_date": "itemReviewed.datePublished",
}
GOOGLE_FIELD_PATHS = {
    "claim_text": "text",
    "review_url": "claimReview.url",
    "publisher_name": "claimReview.publisher.name",
    "publisher_site": "claimReview.publisher.site",
    "textual_rating": "claimReview.textualRating",
    "headline": "claimReview.title",
    "reviewed_on": "claimReview.reviewDate",
    "language": "claimReview.languageCode",
    "speaker": "claimant",
    "claim_date": "claimDate",
}


class ClaimReviewRow(RowForm):
    claim_text = text(20_000, required=True)
    review_url = WebURLField(required=True)
    publisher_name = text(200, required=True)
    publisher_site = text(253)
    textual_rating = text(300)
    rating_value = forms.FloatField(required=False)
    best_rating = forms.FloatField(required=False)
    worst_rating = forms.FloatField(required=False)
    headline = text(500)
    reviewed_on = ISODateField(required=False)
    language = LanguageField()
    speaker = SpeakerNameField()
    speaker_kind = LooseChoiceField(SpeakerKind.choices)
    speaker_role = text(200)
    speaker_same_as = ListField(item=WebURLField(max_length=500))
    claim_date = ISODateField(required=False)

    LIST_FIELDS = frozenset({"speaker_same_as"})


class AppearanceLink(RowForm):
    url = WebURLField(required=True)
    headline = text(500)
    date = ISODateField(required=False)
    publisher = text(200)
    publisher_site = text(253)


def _types(node) -> set[str]:
    kind = node.get("@type", "")
    return {str(k).rsplit("/", 1)[-1] for k in (kind if isinstance(kind, list) else [kind])}


def _nodes(document):
    """Every JSON object in lists and @graph containers, depth first."""
    if isinstance(document, list):
        for item in document:
            yield from _nodes(item)
    elif isinstance(document, dict):
        if isinstance(document.get("@graph"), list):
            yield from _nodes(document["@graph"])
        else:
            yield document


def _first(value):
    return value[0] if isinstance(value, list) and value else value


def _name(value) -> str:
    value = _first(value)
    if isinstance(value, dict):
        return value.get("name") or ""
    return value if isinstance(value, str) else ""


def read(text: str) -> list[Row]:
    """Rows (one per review) from ClaimReview JSON-LD or a Fact Check Tools response."""
    document = load_json(text)
    if isinstance(document, dict) and isinstance(document.get("claims"), list):
        rows = _google_rows(document["claims"])
    else:
        nodes = list(_nodes(document))
        rows = [_claimreview_row(number, node) for number, node in enumerate(_reviews(nodes), start=1)]
        if not rows and nodes:
            found = sorted({t for node in nodes for t in _types(node)} - {""})
            raise FileError(f"No ClaimReview objects found (found: {', '.join(found) or 'objects without @type'}).")
    if not rows:
        raise FileError("The file contains no ClaimReview objects.")
    return rows


def _reviews(nodes):
    return [node for node in nodes if "ClaimReview" in _types(node)]


def _claimreview_row(number: int, review: dict) -> Row:
    rating = _first(review.get("reviewRating")) or {}
    rating = rating if isinstance(rating, dict) else {"alternateName": rating}
    item = _first(review.get("itemReviewed")) or {}
    item = item if isinstance(item, dict) else {}
    author = _first(item.get("author")) or {}
    author = author if isinstance(author, dict) else {"name": author}
    publisher = _first(review.get("author")) or _first(review.get("publisher")) or {}
    publisher = publisher if isinstance(publisher, dict) else {"name": publisher}
    same_as = author.get("sameAs") or []
    data = {
        "claim_text": review.get("claimReviewed"),
        "review_url": review.get("url"),
        "publisher_name": publisher.get("name"),
        "publisher_site": publisher.get("url") or "",
        "textual_rating": rating.get("alternateName") or rating.get("name") or "",
        "rating_value": rating.get("ratingValue"),
        "best_rating": rating.get("bestRating"),
        "worst_rating": rating.get("worstRating"),
        "headline": review.get("headline") or review.get("name") or "",
        "reviewed_on": review.get("datePublished"),
        "language": _language(review.get("inLanguage")),
        "speaker": author.get("name"),
        "speaker_kind": _speaker_kind(author),
        "speaker_role": author.get("jobTitle") or "",
        "speaker_same_as": same_as if isinstance(same_as, list) else [same_as],
        "claim_date": item.get("datePublished"),
    }
    links = item.get("appearance") or []
    links = links if isinstance(links, list) else [links]
    if item.get("firstAppearance"):
        links = links + [item["firstAppearance"]]
    appearances = []
    for link in links:
        link = {"url": link} if isinstance(link, str) else link
        if isinstance(link, dict):
            publisher_of = _first(link.get("publisher")) or _first(link.get("author")) or {}
            appearances.append(
                {
                    "url": link.get("url"),
                    "headline": link.get("headline") or link.get("name") or "",
                    "date": link.get("datePublished"),
                    "publisher": _name(publisher_of),
                    "publisher_site": publisher_of.get("url", "") if isinstance(publisher_of, dict) else "",
                }
            )
    return Row(number, {**data, "appearances": appearances, "raw": review, "paths": FIELD_PATHS})


def _google_rows(claims: list) -> list[Row]:
    rows = []
    for claim in claims:
        if not isinstance(claim, dict):
            continue
        for review in claim.get("claimReview") or []:
            if not isinstance(review, dict):
                continue
            publisher = review.get("publisher") or {}
            publisher = publisher if isinstance(publisher, dict) else {"name": publisher}
            data = {
                "claim_text": claim.get("text"),
                "review_url": review.get("url"),
                "publisher_name": publisher.get("name") or publisher.get("site"),
                "publisher_site": publisher.get("site") or "",
                "textual_rating": review.get("textualRating") or "",
                "headline": review.get("title") or "",
                "reviewed_on": review.get("reviewDate"),
                "language": _language(review.get("languageCode")),
                "speaker": claim.get("claimant") or "",
                "claim_date": claim.get("claimDate"),
            }
            raw = {key: value for key, value in claim.items() if key != "claimReview"} | {"claimReview": review}
            rows.append(Row(len(rows) + 1, {**data, "appearances": [], "raw": raw, "paths": GOOGLE_FIELD_PATHS}))
    return rows


def _language(value):
    value = _first(value)
    if isinstance(value, dict):  # schema.org Language object
        value = value.get("alternateName") or value.get("name")
    return value or ""


def _speaker_kind(author: dict) -> str:
    types = _types(author) if author.get("@type") else set()
    if types & {"Organization", "GovernmentOrganization", "NewsMediaOrganization", "PoliticalParty"}:
        return "organization"
    return "person" if types else ""
