"""The public page of a fact-check: what ClaimReview's `url` points at, made of public documents only.

A retracted verdict keeps its page, with the retraction notice and its reason, and without
ClaimReview markup (search engines must stop showing the verdict; readers must still find why).
"""

import orjson
from django.http import Http404
from django.shortcuts import render
from django.utils.dateparse import parse_datetime
from django.utils.safestring import mark_safe

from claims.models import PublicClaim, PublicFactCheck, PublicRatingScale

# As django.utils.html.json_script escapes, so the JSON can never close the <script> element.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _document(model, **lookup) -> dict | None:
    row = model.objects.current().filter(**lookup).only("body").first()
    return orjson.loads(row.body) if row else None


def _scale(slug: str | None) -> dict | None:
    """The rating scale a verdict is rated on (a handful exist: read them all)."""
    scales = (orjson.loads(row.body) for row in PublicRatingScale.objects.current().only("body"))
    return next((scale for scale in scales if scale["slug"] == slug), None)


def _dated(item: dict, field: str = "published_at") -> dict:
    return {**item, field: parse_datetime(item[field]) if item.get(field) else None}


def fact_check_page(request, pk):
    """A public fact-check (published or retracted) on a public claim; anything else is 404."""
    row = PublicFactCheck.objects.current().filter(pk=pk).only("body", "claimreview_body").first()
    if row is None:
        raise Http404("No such fact-check.")
    fact_check = orjson.loads(row.body)
    claim = _document(PublicClaim, pk=fact_check["claim"]["id"]) or {"appearances": []}
    scale = _scale((fact_check["rating"] or {}).get("scale"))
    corrections = [_dated(c) for c in fact_check["corrections"]]
    markup = None
    if row.claimreview_body:
        markup = mark_safe(row.claimreview_body.translate(_SCRIPT_ESCAPES))  # escaped by the translation
    return render(
        request,
        "claims/fact_check_page.html",
        {
            "fact_check": _dated(fact_check),
            "claim": claim,
            "scale": scale,
            "corrections": [c for c in corrections if c["kind"] != "retraction"],
            "retraction": next((c for c in corrections if c["kind"] == "retraction"), None),
            "claimreview_json": markup,
        },
    )
