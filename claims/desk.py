"""The desk, read side: what is waiting for whom, and how fast verdicts come.

Every list is a LIMITed, index-served query (claims can number a million): deadlines first
(claim_status_deadline), then urgent claims (claim_urgent_created), then the longest-waiting
(claim_created_desc). Counts stop at COUNT_CAP, each an index-served LIMIT. Charts come from the
transition log (its created_at index), over the last weeks only.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from django.contrib import admin
from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.html import format_html, format_html_join

from claims.models import OPEN_STATUSES, Claim, ClaimStatus, FactCheck, FactCheckStatus, Priority
from factdb import policy

QUEUE_LIMIT = 25
WEEKS = 8
COUNT_CAP = 10_000  # counts stop here ("10000+"), as the changelists' do (factdb.adminkit)


def capped(queryset) -> int:
    return queryset.order_by()[: COUNT_CAP + 1].count()


def _shown(n: int) -> int | str:
    return n if n <= COUNT_CAP else f"{COUNT_CAP:,}+"


def status_counts() -> dict[str, int]:
    """Claims per status, each count index-served and capped: one query, never a scan of the whole table."""
    parts, params = [], []
    for status in ClaimStatus.values:
        parts.append("(SELECT %s, count(*) FROM (SELECT 1 FROM claims_claim WHERE status = %s LIMIT %s) s)")
        params += [status, status, COUNT_CAP + 1]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        return dict(cursor.fetchall())


def _open(queryset=None):
    queryset = Claim.objects.all() if queryset is None else queryset
    return queryset.filter(status__in=OPEN_STATUSES, merged_into__isnull=True)


def _rows(queryset):
    return queryset.select_related("assignee").only(
        "id", "text", "status", "priority", "deadline", "status_since", "created_at", "assignee__username",
        "assignee__first_name", "assignee__last_name", "is_public",
    )  # fmt: skip


def queue(queryset, limit: int = QUEUE_LIMIT) -> list[Claim]:
    """Open claims of `queryset`, overdue and due first, then urgent, then the longest waiting."""
    found: list[Claim] = []
    seen: set[int] = set()

    def take(qs):
        for claim in _rows(qs)[:limit]:
            if claim.pk not in seen and len(found) < limit:
                seen.add(claim.pk)
                found.append(claim)

    base = _open(queryset)
    take(base.filter(deadline__isnull=False).order_by("deadline", "-priority", "id"))
    if len(found) < limit:
        take(base.filter(priority__gte=Priority.HIGH).order_by("created_at"))
    if len(found) < limit:
        take(base.order_by("created_at"))
    today = timezone.localdate()
    now = timezone.now()
    for claim in found:
        claim.overdue = claim.deadline is not None and claim.deadline < today
        claim.age = now - (claim.status_since or claim.created_at)
    return found


def waiting_for_review(user):
    """Claims in review whose verdict this user may approve or publish (not written by them)."""
    if not policy.allows_in(user, "claim.publish", ClaimStatus.IN_REVIEW):
        return Claim.objects.none()
    mine = FactCheck.objects.filter(claim=OuterRef("pk"), status=FactCheckStatus.IN_REVIEW).filter(
        Q(author=user) | Q(revised_by=user)
    )
    return Claim.objects.filter(status=ClaimStatus.IN_REVIEW).exclude(Exists(mine))


@dataclass
class Desk:
    mine: list
    mine_count: int
    review: list
    review_count: int
    newsroom: list
    counts: list  # (status value, label, count)
    overdue: int
    unassigned: int
    throughput: str  # inline SVG
    time_to_verdict: str


def desk_for(user) -> Desk:
    mine_qs = _open(Claim.objects.filter(assignee=user))
    review_qs = waiting_for_review(user)
    by_status = status_counts()
    today = timezone.localdate()
    open_claims = _open()
    return Desk(
        mine=queue(mine_qs, 15),
        mine_count=capped(mine_qs),
        review=queue(review_qs, 15),
        review_count=capped(review_qs),
        newsroom=queue(Claim.objects.all()),
        counts=[(s.value, s.label, _shown(by_status.get(s.value, 0))) for s in ClaimStatus],
        overdue=capped(open_claims.filter(deadline__lt=today)),
        unassigned=capped(
            open_claims.filter(assignee__isnull=True, status__in=[ClaimStatus.SELECTED, ClaimStatus.RESEARCHING])
        ),
        **charts(),
    )


def _weeks(now) -> list[date]:
    monday = (now - timedelta(days=now.weekday())).date()
    return [monday - timedelta(weeks=n) for n in range(WEEKS - 1, -1, -1)]


def charts() -> dict:
    """Verdicts published and claims captured per week; median days from capture to verdict."""
    now = timezone.now()
    weeks = _weeks(timezone.localtime(now))
    since = weeks[0]
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT date_trunc('week', t.created_at AT TIME ZONE %s)::date AS week, count(*),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM t.created_at - c.created_at))
            FROM claims_claimtransition t JOIN claims_claim c ON c.id = t.claim_id
            WHERE t.name = 'publish' AND t.created_at >= %s
            GROUP BY 1
            """,
            [timezone.get_current_timezone_name(), since],
        )
        published = {row[0]: (row[1], row[2]) for row in cursor.fetchall()}
        cursor.execute(
            """
            SELECT date_trunc('week', created_at AT TIME ZONE %s)::date, count(*)
            FROM claims_claim WHERE created_at >= %s GROUP BY 1
            """,
            [timezone.get_current_timezone_name(), since],
        )
        captured = dict(cursor.fetchall())
    throughput = [(w, captured.get(w, 0), published.get(w, (0, None))[0]) for w in weeks]
    days = [(w, (published[w][1] or 0) / 86400 if w in published else None) for w in weeks]
    return {"throughput": throughput_chart(throughput), "time_to_verdict": days_chart(days)}


def _label(week: date) -> str:
    return f"{week:%d %b}"


def throughput_chart(rows) -> str:
    """Paired bars per week: captured (grey) and published (green)."""
    top = max([1, *(max(c, p) for _, c, p in rows)])
    width, height, slot = 40, 90, 46
    bars = []
    for i, (week, captured, published) in enumerate(rows):
        x = 10 + i * slot
        for dx, value, colour, what in ((0, captured, "#8c959f", "captured"), (20, published, "#1a7f37", "published")):
            h = round(height * value / top)
            bars.append(
                (x + dx, 100 - h, h, colour, f"Week of {_label(week)}: {value} {what}", value, x + dx + 9, 96 - h)
            )
    body = format_html_join(
        "",
        '<rect x="{}" y="{}" width="18" height="{}" fill="{}"><title>{}</title></rect>'
        '<text x="{}" y="{}" font-size="9" text-anchor="middle">{}</text>',
        ((x, y, h, c, t, tx, ty, v) for x, y, h, c, t, v, tx, ty in bars),
    )
    labels = format_html_join(
        "",
        '<text x="{}" y="114" font-size="9" text-anchor="middle">{}</text>',
        ((10 + i * slot + width / 2, _label(w)) for i, (w, _, _) in enumerate(rows)),
    )
    return format_html(
        '<svg class="desk-chart" role="img" aria-label="Claims captured and verdicts published per week" '
        'viewBox="0 0 {} 120" width="{}" height="120">{}{}</svg>',
        20 + len(rows) * slot,
        20 + len(rows) * slot,
        body,
        labels,
    )


def days_chart(rows) -> str:
    """Median days from capture to published verdict, per week (a gap where nothing was published)."""
    values = [d for _, d in rows if d is not None]
    top = max([1.0, *values])
    slot = 46
    bars = []
    for i, (week, days) in enumerate(rows):
        if days is None:
            continue
        h = max(1, round(90 * days / top))
        x = 14 + i * slot
        bars.append((x, 100 - h, h, f"Week of {_label(week)}: median {days:.1f} days", x + 14, 96 - h, f"{days:.1f}"))
    body = format_html_join(
        "",
        '<rect x="{}" y="{}" width="28" height="{}" fill="#8250df"><title>{}</title></rect>'
        '<text x="{}" y="{}" font-size="9" text-anchor="middle">{}</text>',
        bars,
    )
    labels = format_html_join(
        "",
        '<text x="{}" y="114" font-size="9" text-anchor="middle">{}</text>',
        ((14 + i * slot + 14, _label(w)) for i, (w, _) in enumerate(rows)),
    )
    return format_html(
        '<svg class="desk-chart" role="img" aria-label="Median days from capture to verdict per week" '
        'viewBox="0 0 {} 120" width="{}" height="120">{}{}</svg>',
        20 + len(rows) * slot,
        20 + len(rows) * slot,
        body,
        labels,
    )


def desk_view(request):
    """The admin's front page: the desk, then the admin's usual list of models."""
    context = {
        **admin.site.each_context(request),
        "title": "Newsroom desk",
        "subtitle": None,
        "desk": desk_for(request.user),
        "app_list": admin.site.get_app_list(request),
        "can_assign": policy.allows(request.user, "claim.assign"),
    }
    request.current_app = admin.site.name
    return TemplateResponse(request, "admin/desk.html", context)
