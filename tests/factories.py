"""Test data built through the same write path editors use (claims.workflow)."""

import itertools

from claims import workflow
from claims.models import Appearance, Claim, Evidence, FactCheck, Rating, RatingScale
from sources.models import Outlet, Source, Speaker

_seq = itertools.count(1)


class Builder:
    def __init__(self, users):
        self.users = users

    def rating(self, category="false"):
        return Rating.objects.get(scale=RatingScale.objects.get(is_default=True), category=category)

    def speaker(self, name=None, **fields):
        return Speaker.objects.create(name=name or f"Speaker {next(_seq)}", **fields)

    def source(self, **fields):
        n = next(_seq)
        outlet = fields.pop("outlet", None) or Outlet.objects.create(name=f"Outlet {n}", domain=f"outlet{n}.example")
        fields.setdefault("title", f"Article {n}")
        fields.setdefault("url", f"https://{outlet.domain}/article-{n}")
        return Source.objects.create(outlet=outlet, **fields)

    def claim(self, text=None, *, speaker=None, source=None, quote=None, **fields):
        """A new claim with one appearance."""
        claim = Claim.objects.create(text=text or f"Claim number {next(_seq)} says 42 percent", **fields)
        Appearance.objects.create(
            claim=claim,
            speaker=speaker if speaker is not None else self.speaker(),
            source=source or self.source(),
            quote=quote or claim.text,
        )
        return claim

    def fact_check(self, claim, *, author=None, category="false", evidence=1, **fields):
        fact_check = FactCheck.objects.create(
            claim=claim,
            author=author or self.users["factchecker"],
            rating=self.rating(category) if category else None,
            headline=fields.pop("headline", f"Verdict on claim {claim.pk}"),
            explanation=fields.pop("explanation", "What we found."),
            **fields,
        )
        for i in range(evidence):
            Evidence.objects.create(
                fact_check=fact_check, url=f"https://evidence.example/{claim.pk}/{i}", title="Evidence"
            )
        return fact_check

    def in_review_claim(self, text=None, **kwargs):
        """A claim walked to 'in review' with a drafted, rated fact-check (author: the fact-checker)."""
        claim = self.claim(text, **kwargs)
        editor, checker = self.users["editor"], self.users["factchecker"]
        workflow.transition_claim(claim, "select", editor)
        workflow.transition_claim(claim, "start_research", checker)
        self.fact_check(claim)
        return workflow.transition_claim(claim, "submit_for_review", checker)

    def published_claim(self, text=None, **kwargs):
        claim = self.in_review_claim(text, **kwargs)
        return workflow.transition_claim(claim, "publish", self.users["editor"])
