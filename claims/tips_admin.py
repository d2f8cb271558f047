"""The desk's queues in the admin: tips waiting for triage (grouped, with a count) and repeat alerts.

Read-only pages; what the desk does with an item is an admin action calling an action
(claims.actions.tips, claims.actions.alerts).
"""

import orjson
from django.contrib import admin, messages
from django.utils.html import format_html, format_html_join

from claims.actions import alerts as alert_actions
from claims.actions import tips as tip_actions
from claims.models import Alert, AlertStatus, Tip, TipGroup, TipStatus
from factdb import policy
from factdb.adminkit import ReadOnlyAdmin, ReadOnlyInline
from sources.models import PublicSpeaker


class TipInline(ReadOnlyInline):
    model = Tip
    fields = ["created_at", "channel", "text", "link", "contact"]


def _run(modeladmin, request, queryset, do, done: str):
    count = 0
    for obj in queryset:
        try:
            do(obj, actor=request.user)
            count += 1
        except policy.ActionError as error:
            modeladmin.message_user(request, f"{obj}: {policy.message(error)}", messages.ERROR)
    if count:
        modeladmin.message_user(request, f"{count} {done}.", messages.SUCCESS)


@admin.register(TipGroup)
class TipGroupAdmin(ReadOnlyAdmin):
    list_display = ["text", "count", "status", "first_at", "last_at"]
    list_filter = ["status"]
    search_fields = ["text"]
    ordering = ["status", "-count", "-last_at"]
    fields = ["text", "count", "status", "claim", "first_at", "last_at"]
    readonly_fields = fields
    inlines = [TipInline]
    actions = ["mark_handled"]

    @admin.action(description="Mark handled (leaves the queue)", permissions=["handle"])
    def mark_handled(self, request, queryset):
        _run(self, request, queryset.filter(status=TipStatus.OPEN), tip_actions.do_handle_tip_group, "item(s) handled")

    def has_handle_permission(self, request):
        return policy.allows(request.user, "tip.handle")


@admin.register(Alert)
class AlertAdmin(ReadOnlyAdmin):
    list_display = ["checked_claim", "origin", "new_appearance", "score", "status", "created_at"]
    list_filter = ["status", "origin"]
    list_select_related = ["fact_check__claim", "appearance__speaker", "appearance__source", "tip"]
    fields = ["origin", "status", "fact_check", "score", "new_appearance", "track_record", "attached", "created_at"]
    readonly_fields = fields
    actions = ["attach", "dismiss"]

    @admin.display(description="already checked")
    def checked_claim(self, alert):
        return alert.fact_check.claim.text[:120]

    @admin.display(description="said again")
    def new_appearance(self, alert):
        if alert.appearance is not None:
            a = alert.appearance
            speaker, source = a.speaker.name if a.speaker else "?", a.source.title if a.source else "?"
            return format_html("“{}” — {}, {}", a.quote[:300], speaker, source)
        if alert.tip is not None:
            return format_html("Tip: “{}” {}", alert.tip.text[:300], alert.tip.link)
        return "—"

    @admin.display(description="speaker's track record (published)")
    def track_record(self, alert):
        speaker_id = (
            alert.appearance.speaker_id
            if alert.appearance
            else alert.fact_check.claim.appearances.filter(is_public=True).values_list("speaker_id", flat=True).first()
        )
        row = PublicSpeaker.objects.using("default").current().filter(pk=speaker_id).only("body").first()
        if row is None:
            return "No public record yet."
        record = orjson.loads(row.body).get("track_record") or {}
        return format_html_join(", ", "{}: {}", sorted(record.items()))

    @admin.action(description="Attach the new appearance to the checked claim", permissions=["attach"])
    def attach(self, request, queryset):
        _run(self, request, queryset.filter(status=AlertStatus.OPEN), alert_actions.do_attach_alert, "attached")

    @admin.action(description="Dismiss", permissions=["dismiss"])
    def dismiss(self, request, queryset):
        _run(self, request, queryset.filter(status=AlertStatus.OPEN), alert_actions.do_dismiss_alert, "dismissed")

    def has_attach_permission(self, request):
        return policy.allows(request.user, "alert.attach")

    def has_dismiss_permission(self, request):
        return policy.allows(request.user, "alert.dismiss")
