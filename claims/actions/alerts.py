"""Repeat alerts: a claim the newsroom already checked, said again (Full Fact's "already checked").

Ingest (saving an article), imports and tips call these inside their action. A new
appearance repeats a checked claim when its claim has a published verdict (the same
wording), or says the same as a published claim (claims.matching, at or above
FACTDB_REPEAT_SCORE: near-certain). The desk gets an Alert with the verdict, the
appearance ready to attach to the checked claim (`do_attach_alert`), and, on its page,
the speaker's track record.
"""

from collections.abc import Iterable

from django.conf import settings
from django.contrib.auth.models import User

from claims import matching
from claims.actions.appearances import do_publish_appearance
from claims.actions.capture import do_capture_appearance
from claims.models import Alert, AlertOrigin, AlertStatus, Appearance, FactCheck, FactCheckStatus, Tip
from factdb.actions import Refused, action, check, lock
from sources.actions import capture_source


def raise_for_appearances(
    appearances: Iterable[Appearance | None], origin: str, *, matched_at_most: int | None = None
) -> list[Alert]:
    """Alerts for the new appearances that repeat a checked claim (called inside the saving action).

    Appearances of a claim with a published verdict are found in one query; the others are matched
    by wording, for the first `matched_at_most` claims (FACTDB_REPEAT_MATCH_LIMIT: a huge import is
    not held up by thousands of lookups).
    """
    present = [a for a in appearances if a is not None]
    if not present:
        return []
    limit = settings.FACTDB_REPEAT_MATCH_LIMIT if matched_at_most is None else matched_at_most
    made: list[Alert] = []
    looked_up: dict[int, tuple[FactCheck, float] | None] = {}
    for appearance in Appearance.objects.filter(pk__in=[a.pk for a in present]).select_related(
        "claim__current_fact_check"
    ):
        claim = appearance.claim
        current = claim.current_fact_check
        if current is not None and current.status == FactCheckStatus.PUBLISHED:
            found: tuple[FactCheck, float] | None = (current, 1.0)
        elif claim.pk in looked_up:
            found = looked_up[claim.pk]
        elif len(looked_up) < limit:
            best = matching.published_matches(
                claim.text, limit=1, min_score=settings.FACTDB_REPEAT_SCORE, language=claim.language
            )
            found = looked_up[claim.pk] = (best[0].fact_check, best[0].score) if best else None
        else:
            found = None
        if found is not None:
            made.append(_alert(origin, found[0], found[1], appearance=appearance))
    return made


def raise_for_tip(tip: Tip) -> Alert:
    # Only for a tip a verdict answers (do_receive_tip sets both).
    assert tip.fact_check is not None
    assert tip.score is not None
    return _alert(AlertOrigin.TIP, tip.fact_check, tip.score, tip=tip)


def _alert(
    origin: str, fact_check: FactCheck, score: float, *, appearance: Appearance | None = None, tip: Tip | None = None
) -> Alert:
    existing = Alert.objects.filter(fact_check=fact_check, appearance=appearance, tip=tip).first()
    if existing is not None and appearance is not None:  # the same article saved twice: one alert
        return existing  # type: ignore[no-any-return]
    alert = Alert(origin=origin, fact_check=fact_check, score=round(score, 4), appearance=appearance, tip=tip)
    alert.save()
    return alert


@action("alert.attach")
def do_attach_alert(alert: Alert, *, actor: User) -> Alert:
    """Attach the new appearance to the checked claim (for a tip: its link, as the source)."""
    check(actor, "alert.attach")
    alert = lock(alert)
    if alert.status != AlertStatus.OPEN:
        raise Refused("This alert was already dealt with.")
    claim = alert.fact_check.claim
    appearance = alert.appearance
    if appearance is not None and appearance.claim_id == claim.pk:
        attached = do_publish_appearance(appearance, actor=actor) if not appearance.is_public else appearance
    elif appearance is not None:
        attached = do_capture_appearance(
            actor=actor,
            claim=claim,
            source=appearance.source,
            speaker=appearance.speaker,
            quote=appearance.quote,
            kind=appearance.kind,
            said_on=appearance.said_on,
            location=appearance.location,
        ).appearance
    elif alert.tip is not None and alert.tip.link:
        source, _ = capture_source(actor=actor, url=alert.tip.link, title=alert.tip.link)
        attached = do_capture_appearance(actor=actor, claim=claim, source=source, quote=alert.tip.text).appearance
    else:
        raise Refused("This tip names no link, so there is no appearance to attach; dismiss the alert instead.")
    alert.status, alert.attached = AlertStatus.ATTACHED, attached
    alert.save()
    return alert


@action("alert.dismiss")
def do_dismiss_alert(alert: Alert, *, actor: User) -> Alert:
    check(actor, "alert.dismiss")
    alert = lock(alert)
    alert.status = AlertStatus.DISMISSED
    alert.save()
    return alert
