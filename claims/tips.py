"""Readers' tips: the public form (rate limited per address, with a honeypot and a minimum fill time), and the
answer both the form and the partner API give — built from the public projection only."""

import time

import orjson
from django import forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.shortcuts import render
from django.views.decorators.http import require_http_methods

from claims.actions.tips import MAX_TEXT, do_receive_tip
from claims.models import PublicFactCheck, Tip, TipChannel
from factdb import policy
from factdb.accounts import system_actor

_signer = signing.TimestampSigner(salt="factdb.tips.form")
MIN_SECONDS = 2  # people take longer than this to write a tip; bots posting at once do not
MAX_AGE = 24 * 3600


def answer(tip: Tip) -> dict:
    """What the sender is told: the matching published fact-check as partners read it, or that it is queued."""
    if tip.fact_check_id is not None:
        row = PublicFactCheck.objects.using("default").current().filter(pk=tip.fact_check_id).only("body").first()
        document = orjson.loads(row.body) if row else None
        if document is not None and document["status"] == "published":
            summary = {k: document[k] for k in ("id", "headline", "status", "rating", "published_at", "url")}
            return {"answered": True, "score": tip.score, "claim": document["claim"], "fact_check": summary}
    return {"answered": False, "queued": True}


class TipForm(forms.Form):
    text = forms.CharField(
        label="What claim should we check?", max_length=MAX_TEXT, widget=forms.Textarea(attrs={"rows": 4})
    )
    link = forms.URLField(label="Where did you see it? (link)", max_length=500, required=False, assume_scheme="https")
    contact = forms.CharField(label="Your email or phone (optional)", max_length=200, required=False)
    website = forms.CharField(required=False, label="Leave this empty")  # the honeypot: hidden from people
    started = forms.CharField(widget=forms.HiddenInput)

    def clean(self):
        cleaned = super().clean()
        try:
            started = float(_signer.unsign(cleaned.get("started", ""), max_age=MAX_AGE))
        except (signing.BadSignature, ValueError):
            raise forms.ValidationError("This form has expired; please send it again.") from None
        if cleaned.get("website") or time.time() - started < MIN_SECONDS:
            raise forms.ValidationError("Your tip could not be accepted.")
        return cleaned


def _fresh_form(data=None) -> TipForm:
    return TipForm(data, initial={"started": _signer.sign(str(time.time()))})


def _over_rate(request) -> bool:
    """FACTDB_TIPS_PER_HOUR per address, counted in the cache (Redis in production: shared by every worker)."""
    address = request.META.get("REMOTE_ADDR", "")
    key = f"factdb-tips:{address}:{int(time.time() // 3600)}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, timeout=3600)
        count = 1
    return count > settings.FACTDB_TIPS_PER_HOUR


@require_http_methods(["GET", "POST"])
def tip_form(request):
    """The public tip form: answered at once when the claim was checked, else queued for the desk."""
    if request.method == "GET":
        return render(request, "claims/tip_form.html", {"form": _fresh_form()})
    if _over_rate(request):
        return render(request, "claims/tip_form.html", {"form": _fresh_form(), "limited": True}, status=429)
    form = TipForm(request.POST)
    if not form.is_valid():
        form.data = form.data.copy()
        form.data["started"] = _signer.sign(str(time.time() - MIN_SECONDS))  # what was typed is kept
        return render(request, "claims/tip_form.html", {"form": form}, status=400)
    data = form.cleaned_data
    try:
        tip = do_receive_tip(
            data["text"], link=data["link"], contact=data["contact"], channel=TipChannel.FORM, actor=system_actor()
        )
    except policy.ActionError as error:
        form.add_error("text", policy.message(error))
        return render(request, "claims/tip_form.html", {"form": form}, status=400)
    return render(request, "claims/tip_form.html", {"form": _fresh_form(), "answer": answer(tip)})
