"""People and partner keys in the admin: every save is an action of factdb.accounts.

The Admin role manages newsroom users (names, email, active, roles) and partner keys;
superuser status, staff flags and other people's passwords are superusers' alone. The
stock admin pages that would let anyone edit them directly are replaced here.
"""

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.auth.admin import GroupAdmin, UserAdmin
from django.contrib.auth.forms import AdminPasswordChangeForm
from django.contrib.auth.models import Group, User
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import URLPattern, path, reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString
from rest_framework_api_key.models import APIKey

from factdb import accounts, notifications, policy
from factdb.actions import actor_of
from factdb.adminkit import ActionAdmin, ActionForm, ReadOnlyAdmin
from factdb.models import Notification, PartnerKey, PartnerScope

ROLE_CHOICES = [(role, role) for role in policy.ROLES]


class NewsroomUserForm(forms.ModelForm):  # type: ignore[type-arg]  # no runtime subscripting (django_stubs_ext not installed)
    roles = forms.MultipleChoiceField(choices=ROLE_CHOICES, required=False, widget=forms.CheckboxSelectMultiple)
    # What the page showed (users have no version column): a save based on an older page is refused.
    expected_version = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = User
        fields = ["username", "first_name", "last_name", "email", "is_active"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["roles"].initial = list(self.instance.groups.values_list("name", flat=True))
            self.fields["expected_version"].initial = accounts.user_version(self.instance)


class NewsroomUserCreationForm(NewsroomUserForm):
    password = forms.CharField(
        widget=forms.PasswordInput,
        required=False,
        help_text="Optional: the first password, to hand over in person. Empty: the user cannot log in until a "
        "superuser sets one.",
    )

    class Meta(NewsroomUserForm.Meta):
        fields = ["username", "first_name", "last_name", "email"]


class SuperuserFlagsForm(forms.Form):
    is_superuser = forms.BooleanField(required=False)
    is_staff = forms.BooleanField(required=False)


admin.site.unregister(User)
admin.site.unregister(Group)
admin.site.unregister(APIKey)  # factdb's PartnerKey replaces the library's plain key model


@admin.register(User)
class NewsroomUserAdmin(UserAdmin):  # type: ignore[type-arg]  # no runtime subscripting (django_stubs_ext not installed)
    form = NewsroomUserForm
    add_form = NewsroomUserCreationForm
    change_password_form = AdminPasswordChangeForm
    list_display = ["username", "email", "first_name", "last_name", "role_list", "is_active", "is_superuser"]
    list_filter = ["is_active", "is_superuser", "groups"]
    fieldsets = [
        (None, {"fields": ["username", "password", "expected_version"]}),
        ("Person", {"fields": ["first_name", "last_name", "email"]}),
        ("Newsroom", {"fields": ["is_active", "roles"]}),
        ("Record", {"fields": ["is_staff", "is_superuser", "last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"fields": ["username", "password", "first_name", "last_name", "email", "roles"]})]
    readonly_fields = ["password", "is_staff", "is_superuser", "last_login", "date_joined"]
    filter_horizontal = []
    actions = ["make_superuser", "remove_superuser"]

    def get_queryset(self, request: HttpRequest) -> QuerySet[User]:
        return super().get_queryset(request).prefetch_related("groups")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return policy.allows(request.user, "user.create")

    def has_change_permission(self, request: HttpRequest, obj: User | None = None) -> bool:
        if obj is None:
            return bool(policy.roles_for("user.change") & policy.roles_of(request.user))
        return policy.allows(request.user, "user.change", obj)

    def has_delete_permission(self, request: HttpRequest, obj: User | None = None) -> bool:
        return False  # people leave: they are deactivated, and their history stays theirs

    def save_model(self, request: HttpRequest, obj: User, form: NewsroomUserForm, change: bool) -> None:
        """Deferred to save_related (roles are saved with the user, by one action)."""

    def save_related(self, request: HttpRequest, form: NewsroomUserForm, formsets: list[Any], change: bool) -> None:
        data = form.cleaned_data
        try:
            if change:
                fields = {name: data[name] for name in form.changed_data if name in accounts.USER_FIELDS}
                user = accounts.do_change_user(
                    form.instance,
                    fields,
                    roles=data.get("roles"),
                    actor=actor_of(request),
                    expected_version=data.get("expected_version"),
                )
            else:
                fields = {name: data[name] for name in ("first_name", "last_name", "email") if data.get(name)}
                user = accounts.do_create_user(
                    data["username"],
                    roles=data.get("roles") or [],
                    password=data.get("password") or None,
                    actor=actor_of(request),
                    **fields,
                )
        except policy.ActionError as error:
            raise _Refused(error) from None
        form.instance.pk, form.instance._state.adding = user.pk, False

    def changeform_view(
        self,
        request: HttpRequest,
        object_id: str | None = None,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except _Refused as refused:
            self.message_user(request, policy.message(refused.error), messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())

    def user_change_password(self, request: HttpRequest, id: str, form_url: str = "") -> HttpResponse:
        """Only one's own password, or a superuser setting anyone's."""
        user = get_object_or_404(User, pk=id)
        if user.pk != request.user.pk and not policy.allows(request.user, "user.set_password", user):
            raise PermissionDenied("Only superusers set other people's passwords.")
        if request.method == "POST":
            form = self.change_password_form(user, request.POST)
            if form.is_valid():
                try:
                    accounts.do_set_password(user, form.cleaned_data["password1"], actor=actor_of(request))
                except policy.ActionError as error:
                    self.message_user(request, policy.message(error), messages.ERROR)
                    return HttpResponseRedirect(request.get_full_path())
                self.message_user(request, "Password changed.", messages.SUCCESS)
                return HttpResponseRedirect(reverse("admin:auth_user_change", args=[user.pk]))
        return super().user_change_password(request, id, form_url)

    def _flag(self, request: HttpRequest, queryset: QuerySet[User], value: bool) -> None:
        for user in queryset:
            try:
                accounts.do_set_superuser(user, is_superuser=value, is_staff=True, actor=actor_of(request))
            except policy.ActionError as error:
                self.message_user(request, f"{user}: {policy.message(error)}", messages.ERROR)

    @admin.action(description="Make superuser (superusers only)", permissions=["superuser"])
    def make_superuser(self, request: HttpRequest, queryset: QuerySet[User]) -> None:
        self._flag(request, queryset, True)

    @admin.action(description="Remove superuser status (superusers only)", permissions=["superuser"])
    def remove_superuser(self, request: HttpRequest, queryset: QuerySet[User]) -> None:
        self._flag(request, queryset, False)

    def has_superuser_permission(self, request: HttpRequest) -> bool:
        return policy.SUPERUSER in policy.roles_of(request.user)

    @admin.display(description="Roles")
    def role_list(self, user: User) -> str:
        return ", ".join(sorted(group.name for group in user.groups.all())) or "—"


class _Refused(Exception):
    """An account action refused inside the admin's transaction: leave it (rolled back) and say why."""

    def __init__(self, error: policy.ActionError) -> None:
        super().__init__(policy.message(error))
        self.error = error


@admin.register(Group)
class RoleAdmin(GroupAdmin):
    """The roles are the newsroom's, set by migrations from the permission table: read here, never edited."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Group | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Group | None = None) -> bool:
        return False


class PartnerKeyForm(ActionForm):
    scopes = forms.MultipleChoiceField(
        choices=PartnerScope.choices, initial=[PartnerScope.READ], widget=forms.CheckboxSelectMultiple
    )

    expected_version = forms.CharField(  # type: ignore[assignment]  # keys have no version column
        widget=forms.HiddenInput, required=False
    )

    class Meta:
        model = PartnerKey
        fields = ["name", "organization", "rate", "scopes", "expiry_date"]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["expected_version"].initial = accounts.key_version(self.instance)


@admin.register(PartnerKey)
class PartnerKeyAdmin(ActionAdmin):
    form = PartnerKeyForm
    create_action = "api_key.create"
    change_actions = ("api_key.change",)
    list_display = ["name", "organization", "prefix", "scopes", "rate", "created", "expiry_date", "revoked"]
    list_filter = ["revoked"]
    search_fields = ["name", "organization", "prefix"]
    readonly_fields = ["prefix", "created", "revoked"]
    fieldsets = [(None, {"fields": ["name", "organization", "scopes", "rate", "expiry_date", "prefix", "revoked"]})]
    actions = ["revoke"]

    def save_object(  # type: ignore[override]  # a key page saves keys
        self, request: HttpRequest, key: PartnerKey, form: ActionForm, formsets: list[Any], change: bool
    ) -> PartnerKey:
        data = {k: v for k, v in form.cleaned_data.items() if k != "expected_version"}
        if change:
            return accounts.do_change_api_key(
                key, form.changes(), actor=actor_of(request), expected_version=form.cleaned_data.get("expected_version")
            )
        key, secret = accounts.do_create_api_key(data.pop("name"), actor=actor_of(request), **data)
        # Shown once: only the hash is stored.
        self.message_user(request, f"The key for “{key.name}” is {secret} — copy it now, it is not shown again.")
        return key

    @admin.action(description="Revoke (for good)", permissions=["revoke"])
    def revoke(self, request: HttpRequest, queryset: QuerySet[PartnerKey]) -> None:
        for key in queryset:
            accounts.do_revoke_api_key(key, actor=actor_of(request))
        self.message_user(request, f"{queryset.count()} key(s) revoked.", messages.SUCCESS)

    def has_revoke_permission(self, request: HttpRequest) -> bool:
        return policy.allows(request.user, "api_key.revoke")


# --- Notifications: each person's own -----------------------------------------------------------


@admin.register(Notification)
class NotificationAdmin(ReadOnlyAdmin):
    """A person's inbox: what was assigned to them, waits for their review, was published or corrected."""

    list_display = ["message", "created_at", "from_whom", "read"]
    list_filter = [("read_at", admin.EmptyFieldListFilter)]
    list_per_page = 50
    actions = ["mark_read"]
    change_list_template = "admin/factdb/notification/change_list.html"

    def get_queryset(self, request: HttpRequest) -> QuerySet[Notification]:
        return super().get_queryset(request).filter(recipient=request.user).select_related("actor")

    def has_view_permission(self, request: HttpRequest, obj: Notification | None = None) -> bool:
        return super().has_view_permission(request, obj) and (obj is None or obj.recipient_id == request.user.pk)

    def get_urls(self) -> list[URLPattern]:
        return [
            path("<int:pk>/open/", self.admin_site.admin_view(self.open_view), name="factdb_notification_open"),
            path("read-all/", self.admin_site.admin_view(self.read_all_view), name="factdb_notification_read_all"),
        ] + super().get_urls()

    def open_view(self, request: HttpRequest, pk: int) -> HttpResponse:
        """Mark one notification read and go where it points (a path on this site only)."""
        notification = get_object_or_404(Notification, pk=pk, recipient=request.user)
        notifications.do_mark_read([notification], actor=actor_of(request))
        url = notification.url
        if not url.startswith("/") or url.startswith("//"):
            url = reverse("admin:factdb_notification_changelist")
        return HttpResponseRedirect(url)

    def read_all_view(self, request: HttpRequest) -> HttpResponse:
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        actor = actor_of(request)
        unread = Notification.objects.filter(recipient=actor, read_at__isnull=True).values_list("pk", flat=True)
        done = notifications.do_mark_read(list(unread[:10_000]), actor=actor)
        self.message_user(request, f"{done} notification(s) marked read.")
        return HttpResponseRedirect(reverse("admin:factdb_notification_changelist"))

    def changelist_view(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
        extra_context = {**(extra_context or {}), "title": "Notifications"}
        return super().changelist_view(request, extra_context)

    @admin.display(description="Notification")
    def message(self, notification: Notification) -> SafeString:
        url = reverse("admin:factdb_notification_open", args=[notification.pk])
        text = notification.text if notification.read_at else format_html("<strong>{}</strong>", notification.text)
        return format_html('<a href="{}">{}</a>', url, text)

    @admin.display(description="From")
    def from_whom(self, notification: Notification) -> str:
        return accounts.display_name(notification.actor)

    @admin.display(description="Read", ordering="read_at")
    def read(self, notification: Notification) -> str:
        return "read" if notification.read_at else "unread"

    @admin.action(description="Mark read")
    def mark_read(self, request: HttpRequest, queryset: QuerySet[Notification]) -> None:
        done = notifications.do_mark_read(list(queryset.values_list("pk", flat=True)), actor=actor_of(request))
        self.message_user(request, f"{done} notification(s) marked read.")
