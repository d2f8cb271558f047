"""Test data built through the action layer, as the newsroom's people would (no direct saves)."""

import functools
import itertools

from claims import actions
from claims.models import Claim, Rating, RatingScale
from factdb.actions import action
from sources import actions as sources

_seq = itertools.count(1)


@action("test.build")
def _run(steps, *, actor):
    return steps()


def in_one_action(method):
    """Build in one action, as an import would: the projection is refreshed once, at the end, not at every step.

    Each step is still the newsroom's own action with its own actor and checks (nested in the outer one).
    """

    @functools.wraps(method)
    def build(self, *args, **kwargs):
        return _run(lambda: method(self, *args, **kwargs), actor=self.users["editor"])

    return build


class Builder:
    def __init__(self, users):
        self.users = users

    @property
    def reporter(self):
        return self.users["reporter"]

    def rating(self, category="false"):
        return Rating.objects.get(scale=RatingScale.objects.get(is_default=True), category=category)

    def speaker(self, name=None, **fields):
        return sources.do_create_speaker(name or f"Speaker {next(_seq)}", actor=self.reporter, **fields)

    def outlet(self, name=None, **fields):
        n = next(_seq)
        fields.setdefault("domain", f"outlet{n}.example")
        return sources.do_create_outlet(name or f"Outlet {n}", actor=self.reporter, **fields)

    def source(self, **fields):
        n = next(_seq)
        outlet = fields.pop("outlet") if "outlet" in fields else self.outlet()
        fields.setdefault("title", f"Article {n}")
        fields.setdefault("url", f"https://{outlet.domain if outlet else 'example.org'}/article-{n}")
        return sources.do_create_source(actor=self.reporter, outlet=outlet, **fields)

    @in_one_action
    def claim(self, text=None, *, speaker=None, source=None, quote=None, language="", **fields):
        """A new (internal) claim with one appearance, captured by the reporter."""
        text = text or f"Claim number {next(_seq)} says 42 percent"
        captured = actions.do_capture_appearance(
            actor=self.reporter,
            claim_text=text,
            language=language,
            speaker=speaker if speaker is not None else self.speaker(),
            source=source or self.source(),
            quote=quote or text,
        )
        claim = captured.claim
        if fields.get("internal_notes"):
            actions.do_change_claim(claim, {"internal_notes": fields.pop("internal_notes")}, actor=self.reporter)
        if fields.pop("is_public", False):
            actions.do_set_claim_visibility(claim, True, actor=self.users["editor"])
        assert not fields, f"Builder.claim does not set {sorted(fields)}"
        return Claim.objects.get(pk=claim.pk)

    @in_one_action
    def researching_claim(self, text=None, **kwargs):
        claim = self.claim(text, **kwargs)
        actions.do_step(claim, "select", actor=self.users["editor"])
        return actions.do_step(claim, "start_research", actor=self.users["factchecker"])

    @in_one_action
    def fact_check(self, claim, *, author=None, category="false", evidence=1, **fields):
        """A draft by the fact-checker (the claim is walked to research first if it is new)."""
        claim.refresh_from_db()
        if claim.status == "new":
            actions.do_step(claim, "select", actor=self.users["editor"])
            claim.refresh_from_db()
        if claim.status == "selected":
            actions.do_step(claim, "start_research", actor=self.users["factchecker"])
        return actions.do_draft_fact_check(
            claim,
            actor=author or self.users["factchecker"],
            rating=self.rating(category) if category else None,
            headline=fields.pop("headline", f"Verdict on claim {claim.pk}"),
            explanation=fields.pop("explanation", "What we found."),
            internal_notes=fields.pop("internal_notes", ""),
            evidence=[
                {"url": f"https://evidence.example/{claim.pk}/{i}", "title": "Evidence"} for i in range(evidence)
            ],
            **fields,
        )

    @in_one_action
    def in_review_claim(self, text=None, **kwargs):
        """A claim walked to 'in review' with a drafted, rated fact-check (author: the fact-checker)."""
        claim = self.claim(text, **kwargs)
        self.fact_check(claim)
        return actions.do_step(claim, "submit_for_review", actor=self.users["factchecker"])

    @in_one_action
    def published_claim(self, text=None, **kwargs):
        claim = self.in_review_claim(text, **kwargs)
        return actions.do_step(claim, "publish", actor=self.users["editor"])

    @in_one_action
    def retracted_claim(self, text=None, reason="The source we relied on was withdrawn.", **kwargs):
        claim = self.published_claim(text, **kwargs)
        return actions.do_step(claim, "retract", actor=self.users["editor"], note=reason)
