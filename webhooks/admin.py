"""Subscriptions and deliveries in the admin: every write is an action (webhooks.actions)."""

from django import forms
from django.apps import apps
from django.contrib import admin, messages
from django.utils.html import format_html

from factdb import policy
from factdb.adminkit import ActionAdmin, ActionForm, ReadOnlyAdmin
from webhooks import actions
from webhooks.models import Delivery, EventType, Subscription

# procrastinate's own job pages duplicate Deliveries (which say what was sent, to whom, with what outcome).
for _model in apps.get_app_config("procrastinate").get_models():
    if admin.site.is_registered(_model):
        admin.site.unregister(_model)


class SubscriptionForm(ActionForm):
    events = forms.MultipleChoiceField(
        choices=EventType.choices, widget=forms.CheckboxSelectMultiple, initial=list(EventType.values)
    )
    secret = forms.CharField(
        required=False, help_text="Empty on a new subscription: one is made (whsec_…); give it to the partner."
    )

    class Meta:
        model = Subscription
        fields = ["name", "partner_key", "url", "events", "is_active", "secret"]


@admin.register(Subscription)
class SubscriptionAdmin(ActionAdmin):
    form = SubscriptionForm
    create_action = "webhook.create"
    change_actions = ("webhook.change",)
    list_display = ["name", "url", "events", "is_active", "created_at"]
    list_filter = ["is_active"]
    search_fields = ["name", "url"]
    fieldsets = [(None, {"fields": ["name", "partner_key", "url", "events", "is_active", "secret"]})]
    raw_id_fields = ["partner_key"]

    def save_object(self, request, subscription, form, formsets, change):
        if change:
            return actions.do_change_subscription(
                subscription,
                form.changes(),
                actor=request.user,
                expected_version=form.cleaned_data.get("expected_version"),
            )
        data = {k: v for k, v in form.cleaned_data.items() if k != "expected_version"}
        return actions.do_create_subscription(data.pop("name"), data.pop("url"), actor=request.user, **data)


@admin.register(Delivery)
class DeliveryAdmin(ReadOnlyAdmin):
    list_display = ["id", "event_type", "object", "subscription", "outcome", "attempts", "last_attempt_at"]
    list_filter = ["status", "event__type"]
    list_select_related = ["event", "subscription"]
    search_fields = ["event__message_id", "subscription__name"]
    readonly_fields = [
        "event",
        "subscription",
        "replay_of",
        "status",
        "attempts",
        "last_status_code",
        "last_error",
        "last_attempt_at",
        "delivered_at",
        "created_at",
        "payload",
    ]
    fields = readonly_fields
    actions = ["replay"]

    @admin.display(description="event")
    def event_type(self, delivery):
        return delivery.event.type

    @admin.display(description="object")
    def object(self, delivery):
        return f"{delivery.event.kind} {delivery.event.object_id}"

    @admin.display(description="outcome")
    def outcome(self, delivery):
        code = f" ({delivery.last_status_code})" if delivery.last_status_code else ""
        return f"{delivery.get_status_display()}{code}"

    @admin.display(description="payload (as signed)")
    def payload(self, delivery):
        return format_html("<pre style='white-space:pre-wrap'>{}</pre>", delivery.event.body)

    @admin.action(description="Replay (send the event again)", permissions=["replay"])
    def replay(self, request, queryset):
        done = 0
        for delivery in queryset.select_related("event", "subscription"):
            try:
                actions.do_replay_delivery(delivery, actor=request.user)
                done += 1
            except policy.ActionError as error:
                self.message_user(request, f"{delivery}: {policy.message(error)}", messages.ERROR)
        self.message_user(request, f"{done} delivery(ies) queued again.", messages.SUCCESS)

    def has_replay_permission(self, request):
        return policy.allows(request.user, "webhook.replay")
