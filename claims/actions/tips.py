"""Tips: claims readers and partners ask the newsroom to check, answered at once or queued for the desk.

A tip is matched against published fact-checks (claims.matching); a match at or above
FACTDB_TIP_ANSWER_SCORE answers it at once (and tells the desk the claim is going round again:
claims.actions.alerts). Otherwise it joins the open triage item whose text is most like it
(trigram similarity at or above FACTDB_TIP_GROUP_SIMILARITY), or starts one: two hundred readers
asking the same question are one item with a count of 200.
"""

from django.conf import settings
from django.contrib.auth.models import User
from django.contrib.postgres.search import TrigramSimilarity
from django.db.models import F
from django.db.models.functions import Upper
from django.utils import timezone

from claims import matching
from claims.actions import alerts
from claims.models import Claim, Tip, TipGroup, TipStatus
from factdb.actions import Refused, action, check, lock
from factdb.models import PartnerKey

MAX_TEXT = 2000


@action("tip.receive")
def do_receive_tip(
    text: str, *, actor: User, channel: str, link: str = "", contact: str = "", partner_key: PartnerKey | None = None
) -> Tip:
    """Record a tip and answer it (tip.fact_check) or queue it (tip.group)."""
    check(actor, "tip.receive")
    text = " ".join((text or "").split())
    if not text:
        raise Refused("A tip needs the claim you want checked.")
    if len(text) > MAX_TEXT:
        raise Refused(f"A tip is at most {MAX_TEXT} characters.")
    tip = Tip(text=text, link=(link or "").strip(), contact=(contact or "").strip(), channel=channel)
    tip.partner_key = partner_key
    found = matching.published_matches(text, limit=1, min_score=settings.FACTDB_TIP_ANSWER_SCORE)
    if found:
        tip.fact_check, tip.score = found[0].fact_check, round(found[0].score, 4)
        tip.save()
        alerts.raise_for_tip(tip)
        return tip
    tip.group = _group_for(text)
    tip.save()
    return tip


def _group_for(text: str) -> TipGroup:
    similar = (
        TipGroup.objects.filter(status=TipStatus.OPEN)
        .annotate(similarity=TrigramSimilarity(Upper("text"), text.upper()))
        .filter(similarity__gte=settings.FACTDB_TIP_GROUP_SIMILARITY)
        .order_by("-similarity", "-count", "id")
        .first()
    )
    if similar is None:
        group = TipGroup(text=text)
        group.save()
    else:
        group = lock(similar)  # concurrent tips on one item count one after the other
    TipGroup.objects.filter(pk=group.pk).update(count=F("count") + 1, last_at=timezone.now())
    group.refresh_from_db()
    return group


@action("tip.handle")
def do_handle_tip_group(group: TipGroup, *, actor: User, claim: Claim | None = None) -> TipGroup:
    """The desk dealt with a triage item (optionally: it is this claim); it leaves the queue."""
    check(actor, "tip.handle")
    group = lock(group)
    group.status, group.claim = TipStatus.HANDLED, claim
    group.save()
    return group
