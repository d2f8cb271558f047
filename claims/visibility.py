"""What partners may see, and the states the permission table reads, for every editorial model.

The claims app owns visibility: a claim is public when an editor made it so; an
appearance when an editor has seen it on a public claim; a speaker, source, outlet or
topic only through a public claim. Declared here once (factdb.models.define_visibility)
and used by `.public()` everywhere; registered by ClaimsConfig.ready().
"""

from django.db.models import Exists, OuterRef, Q

from claims.models import (
    Appearance,
    Claim,
    ClaimTopic,
    Correction,
    Evidence,
    ExternalReview,
    FactCheck,
    FactCheckStatus,
    Rating,
    RatingScale,
    Topic,
)
from factdb.models import define_visibility
from factdb.policy import define_states
from sources.models import Outlet, Source, Speaker

# A verdict partners saw stays visible once retracted, with its retraction notice (IFCN).
VISIBLE_VERDICT = [FactCheckStatus.PUBLISHED, FactCheckStatus.RETRACTED]


def public_claims(qs):
    return qs.filter(is_public=True)


def public_appearances(qs):
    return qs.filter(is_public=True, claim__is_public=True)


def public_fact_checks(qs):
    return qs.filter(status__in=VISIBLE_VERDICT, claim__is_public=True)


def public_evidence(qs):
    return qs.filter(fact_check__in=FactCheck.objects.public())


def public_corrections(qs):
    return qs.filter(claim__is_public=True).filter(
        Q(fact_check__isnull=True) | Q(fact_check__in=FactCheck.objects.public())
    )


def _named_by_public_appearance(path: str):
    def rule(qs):
        shown = Appearance.objects.public().filter(**{path: OuterRef("pk")})
        return qs.filter(Exists(shown))

    return rule


def public_outlets(qs):
    return qs.filter(Exists(Appearance.objects.public().filter(source__outlet=OuterRef("pk"))))


def public_topics(qs):
    return qs.filter(Exists(ClaimTopic.objects.filter(topic=OuterRef("pk"), claim__is_public=True)))


def everything(qs):
    """Rating scales and their ratings: partners need the methodology behind every verdict."""
    return qs


def nothing(qs):
    """Other newsrooms' verdicts are kept for the desk, never republished."""
    return qs.none()


def claim_states(claim):
    return (claim.status, "public" if claim.is_public else "internal")


def appearance_state(appearance):
    if not Claim.objects.filter(pk=appearance.claim_id, is_public=True).exists():
        return ("internal",)
    return ("public",) if appearance.is_public else ("pending",)


def _public_or_internal(obj):
    return ("public",) if type(obj).objects.public().filter(pk=obj.pk).exists() else ("internal",)


def register() -> None:
    define_visibility(Claim, public_claims)
    define_visibility(Appearance, public_appearances)
    define_visibility(FactCheck, public_fact_checks)
    define_visibility(Evidence, public_evidence)
    define_visibility(Correction, public_corrections)
    define_visibility(Speaker, _named_by_public_appearance("speaker"))
    define_visibility(Source, _named_by_public_appearance("source"))
    define_visibility(Outlet, public_outlets)
    define_visibility(Topic, public_topics)
    define_visibility(RatingScale, everything)
    define_visibility(Rating, everything)
    define_visibility(ExternalReview, nothing)

    define_states(Claim, claim_states)
    define_states(Appearance, appearance_state)
    define_states(FactCheck, lambda fact_check: (fact_check.status,))
    define_states(Evidence, lambda evidence: (evidence.fact_check.status,))
    for model in (Speaker, Source, Outlet, Topic):
        define_states(model, _public_or_internal)
