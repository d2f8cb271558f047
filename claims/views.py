"""The public page of a published fact-check: what ClaimReview's `url` points at."""

import json

from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe

from claims import claimreview
from claims.models import Correction, FactCheck

# As django.utils.html.json_script escapes, so the JSON can never close the <script> element.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def fact_check_page(request, pk):
    """A published fact-check on a public claim, with its ClaimReview JSON-LD; anything else is 404."""
    fact_check = get_object_or_404(claimreview.optimize(FactCheck.objects.public()).prefetch_related("evidence"), pk=pk)
    markup = json.dumps(claimreview.claim_review(fact_check), ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return render(
        request,
        "claims/fact_check_page.html",
        {
            "fact_check": fact_check,
            "corrections": Correction.objects.public().filter(fact_check=fact_check).order_by("published_at"),
            "claimreview_json": mark_safe(markup),  # escaped above
        },
    )
