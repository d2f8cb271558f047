"""The public page of a fact-check: what ClaimReview's `url` points at.

A retracted verdict keeps its page, with the retraction notice and its reason, and without
ClaimReview markup (search engines must stop showing the verdict; readers must still find why).
"""

import json

from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from claims import claimreview
from claims.models import Correction, CorrectionKind, FactCheck, FactCheckStatus

# As django.utils.html.json_script escapes, so the JSON can never close the <script> element.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def fact_check_page(request, pk):
    """A public fact-check (published or retracted) on a public claim; anything else is 404."""
    fact_check = get_object_or_404(claimreview.optimize(FactCheck.objects.public()).prefetch_related("evidence"), pk=pk)
    corrections = Correction.objects.public().filter(fact_check=fact_check).order_by("published_at")
    retracted = fact_check.status == FactCheckStatus.RETRACTED
    markup = None
    if not retracted:
        markup = mark_safe(  # escaped by the translation
            json.dumps(claimreview.claim_review(fact_check), ensure_ascii=False).translate(_SCRIPT_ESCAPES)
        )
    return render(
        request,
        "claims/fact_check_page.html",
        {
            "fact_check": fact_check,
            "corrections": [c for c in corrections if c.kind != CorrectionKind.RETRACTION],
            "retraction": next((c for c in corrections if c.kind == CorrectionKind.RETRACTION), None),
            "claimreview_json": markup,
        },
    )
