"""The editors' desk. Admin classes stay thin: every editorial rule is in claims.workflow."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AdminURLFieldWidget
from django.contrib.postgres.search import SearchQuery
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from rangefilter.filters import DateRangeFilterBuilder, DateTimeRangeFilterBuilder

from claims import matching, workflow
from claims.models import (
    SEARCH_CONFIG,
    Appearance,
    Claim,
    ClaimStatus,
    ClaimTopic,
    ClaimTransition,
    Correction,
    Evidence,
    FactCheck,
    FactCheckStatus,
    Rating,
    RatingScale,
    Topic,
)
from factdb.adminkit import (
    EditConflictForm,
    FastAdmin,
    ReadOnlyAdmin,
    ReadOnlyInline,
    SearchListFilter,
    VersionedModelAdmin,
    badge,
)
from factdb.parsing import parse_id
from sources.models import Outlet, Speaker

STATUS_COLOURS = {
    ClaimStatus.NEW: "#6e7781",
    ClaimStatus.SELECTED: "#0969da",
    ClaimStatus.RESEARCHING: "#8250df",
    ClaimStatus.IN_REVIEW: "#bf8700",
    ClaimStatus.PUBLISHED: "#1a7f37",
    ClaimStatus.NOT_CHECKABLE: "#57606a",
    ClaimStatus.RETRACTED: "#cf222e",
    FactCheckStatus.DRAFT: "#6e7781",
    FactCheckStatus.WITHDRAWN: "#cf222e",
}


def rating_badge(rating):
    return badge(rating.label, rating.colour) if rating else "—"


def status_badge(obj):
    return badge(obj.get_status_display(), STATUS_COLOURS.get(obj.status, "#6e7781"))


def full_text_search(queryset, term, *text_fields):
    """Full-text (stored tsvector, GIN) or substring (trigram GIN on UPPER(field)) matches."""
    term = term.strip()
    if not term:
        return queryset
    match = Q(search_vector=SearchQuery(term, search_type="websearch", config=SEARCH_CONFIG))
    for field in text_fields:
        match |= Q(**{f"{field}__icontains": term})
    if (pk := parse_id(term)) is not None:
        match |= Q(pk=pk)
    return queryset.filter(match)


# --- Claims -----------------------------------------------------------------------------------


class AppearanceInline(admin.StackedInline):
    model = Appearance
    extra = 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker", "source")

    autocomplete_fields = ["speaker", "source"]
    fields = [("speaker", "source"), "quote", ("kind", "said_on", "location")]


class ClaimTopicInline(admin.TabularInline):
    model = ClaimTopic
    extra = 0
    autocomplete_fields = ["topic"]
    verbose_name = "topic"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("topic")


class FactCheckInline(admin.TabularInline):
    model = FactCheck
    extra = 0
    fields = ["headline", "status", "rating", "author", "published_at"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False  # fact-checks are written on their own page ("Add fact-check" button)

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("rating", "author")


class ClaimTransitionInline(ReadOnlyInline):
    model = ClaimTransition
    fields = ["created_at", "user", "from_status", "to_status", "note"]
    verbose_name = "workflow step"
    verbose_name_plural = "workflow history"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user")


def _step_action(step):
    def action(modeladmin, request, queryset):
        done, refused = workflow.bulk_transition(queryset, step.name, request.user)
        if done:
            modeladmin.message_user(request, f"{step.label}: {len(done)} claim(s) done.", messages.SUCCESS)
        for claim, reason in refused[:10]:
            modeladmin.message_user(request, f"Claim {claim.pk} refused: {reason}", messages.WARNING)
        if len(refused) > 10:
            modeladmin.message_user(request, f"…and {len(refused) - 10} more refused.", messages.WARNING)

    action.__name__ = f"step_{step.name}"
    return admin.action(description=f"{step.label} (selected claims)")(action)


def _visibility_action(public):
    def action(modeladmin, request, queryset):
        try:
            for claim in queryset:
                workflow.set_claim_visibility(claim, request.user, public)
        except PermissionDenied as error:
            modeladmin.message_user(request, str(error), messages.ERROR)
            return
        modeladmin.message_user(request, f"{queryset.count()} claim(s) made {'public' if public else 'internal'}.")

    action.__name__ = "make_public" if public else "make_internal"
    return admin.action(description=f"Make {'public' if public else 'internal'} (selected claims)")(action)


class SpeakerFilter(SearchListFilter):
    title = "speaker (name or alias)"
    parameter_name = "speaker"

    def matching(self, term):
        pk = parse_id(term)
        speakers = Speaker.objects.filter(pk=pk) if pk is not None else Speaker.objects.search(term)
        return Appearance.objects.filter(speaker__in=speakers).values("claim_id")


class OutletFilter(SearchListFilter):
    title = "outlet (name or domain)"
    parameter_name = "outlet"

    def matching(self, term):
        outlets = Outlet.objects.filter(Q(name__icontains=term) | Q(domain__icontains=term))
        if (pk := parse_id(term)) is not None:
            outlets = Outlet.objects.filter(pk=pk)
        return Appearance.objects.filter(source__outlet__in=outlets).values("claim_id")


@admin.register(Claim)
class ClaimAdmin(FastAdmin, VersionedModelAdmin):
    list_display = ["short_text", "status_badge", "rating_badge", "speaker_name", "first_seen_on", "is_public"]
    list_display_links = ["short_text"]
    list_select_related = ["current_fact_check__rating"]
    list_filter = [
        "status",
        "is_public",
        ("current_fact_check__rating__category", admin.ChoicesFieldListFilter),
        ("current_fact_check__rating", admin.RelatedFieldListFilter),
        SpeakerFilter,
        OutletFilter,
        ("topics", admin.RelatedOnlyFieldListFilter),
        "language",
        ("first_seen_on", DateRangeFilterBuilder(title="first seen")),
        ("updated_at", DateTimeRangeFilterBuilder(title="last updated")),
    ]
    search_fields = ["text"]  # see get_search_results
    search_help_text = "Words (full-text, websearch syntax), part of the text, a speaker's name or alias, or an id."
    readonly_fields = [
        "status_badge", "is_public", "first_seen_on", "current_verdict", "created_by", "created_at", "similar_claims",
    ]  # fmt: skip
    fieldsets = [
        (None, {"fields": ["text", "language", "version", "similar_claims"]}),
        ("Verdict", {"fields": ["current_verdict", "first_seen_on"]}),  # status: the workflow panel above
        ("Internal", {"fields": ["internal_notes", ("created_by", "created_at")]}),
    ]
    inlines = [AppearanceInline, ClaimTopicInline, FactCheckInline, ClaimTransitionInline]
    change_form_template = "admin/claims/claim/change_form.html"

    def get_readonly_fields(self, request, obj=None):
        fields = list(self.readonly_fields)
        if obj is not None and not workflow.may_edit_claim_text(request.user, obj):
            fields.append("text")
        return fields

    def get_queryset(self, request):
        first_speaker = Appearance.objects.filter(claim=OuterRef("pk"), speaker__isnull=False).order_by("said_on", "id")
        return super().get_queryset(request).annotate(speaker_name=Subquery(first_speaker.values("speaker__name")[:1]))

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        # A UNION of two index-served lookups. OR-ing the speaker subquery into the text match instead
        # makes PostgreSQL filter every claim row, and the GIN indexes go unused.
        by_text = full_text_search(Claim.objects.order_by(), search_term, "text").values("pk")
        by_speaker = (
            Appearance.objects.filter(speaker__in=Speaker.objects.search(search_term)).order_by().values("claim_id")
        )
        return queryset.filter(pk__in=by_text.union(by_speaker)), False

    def get_actions(self, request):
        actions = super().get_actions(request)
        for step in workflow.STEPS:
            if request.user.has_perm(workflow.step_permission(step.name)):
                func = _step_action(step)
                actions[func.__name__] = (func, func.__name__, func.short_description)
        if request.user.has_perm("claims.change_claim_visibility"):
            for func in (_visibility_action(True), _visibility_action(False)):
                actions[func.__name__] = (func, func.__name__, func.short_description)
        return actions

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
        if not change or "text" in form.changed_data:
            matching.index_claims_on_commit([obj])  # no-op unless semantic matching is installed
            self._warn_about_duplicates(request, obj)

    def _warn_about_duplicates(self, request, claim):
        """Point the editor at an existing claim that says the same thing, so appearances go there."""
        for match in matching.similar_claims(claim.text, exclude=claim, limit=3):
            if match.is_duplicate:
                url = reverse("admin:claims_claim_change", args=[match.claim.pk])
                self.message_user(
                    request,
                    format_html(
                        'This looks like an existing claim ({}%): <a href="{}">{}</a>. Add the appearance there '
                        "instead of keeping two claims.",
                        round(match.score * 100),
                        url,
                        match.claim,
                    ),
                    messages.WARNING,
                )

    def save_formset(self, request, form, formset, change):
        instances = formset.save(commit=False)
        for instance in instances:
            if isinstance(instance, Appearance) and instance.pk is None:
                instance.created_by = request.user
        formset.save()

    def get_urls(self):
        return [
            path("<int:pk>/step/<str:step>/", self.admin_site.admin_view(self.step_view), name="claims_claim_step"),
        ] + super().get_urls()

    def step_view(self, request, pk, step):
        """POST-only: take one workflow step (or change visibility) from the claim page."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        claim = get_object_or_404(Claim, pk=pk)
        note = request.POST.get("workflow_note", "").strip()
        try:
            if step in ("make_public", "make_internal"):
                workflow.set_claim_visibility(claim, request.user, step == "make_public")
            else:
                workflow.transition_claim(claim, step, request.user, note)
        except (workflow.WorkflowError, PermissionDenied) as error:
            self.message_user(request, workflow.message(error), messages.ERROR)
        else:
            claim.refresh_from_db()
            self.message_user(request, f"Claim is now {claim.get_status_display().lower()}.", messages.SUCCESS)
        return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[pk]))

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            context["workflow_steps"] = workflow.available_steps(obj, request.user)
            context["can_change_visibility"] = request.user.has_perm("claims.change_claim_visibility")
            context["add_fact_check_url"] = reverse("admin:claims_factcheck_add") + f"?claim={obj.pk}"
        return super().render_change_form(request, context, add, change, form_url, obj)

    @admin.display(description="Claim", ordering="text")
    def short_text(self, claim):
        return str(claim)

    @admin.display(description="Status", ordering="status")
    def status_badge(self, claim):
        return status_badge(claim)

    @admin.display(description="Rating")
    def rating_badge(self, claim):
        return rating_badge(claim.current_fact_check.rating if claim.current_fact_check else None)

    @admin.display(description="Speaker")
    def speaker_name(self, claim):
        return getattr(claim, "speaker_name", None) or "—"

    @admin.display(description="Similar claims")
    def similar_claims(self, claim):
        if claim.pk is None:
            return "—"
        matches = matching.similar_claims(claim.text, exclude=claim, limit=5)
        if not matches:
            return "No similar claims."
        return format_html_join(
            "",
            '<div>{} <a href="{}">{}</a> <span class="help">({}%)</span></div>',
            (
                (
                    badge("duplicate", "#cf222e") if m.is_duplicate else badge("possible match", "#8c959f"),
                    reverse("admin:claims_claim_change", args=[m.claim.pk]),
                    m.claim,
                    round(m.score * 100),
                )
                for m in matches
            ),
        )

    @admin.display(description="Current verdict")
    def current_verdict(self, claim):
        current = claim.current_fact_check
        if current is None:
            return "—"
        url = reverse("admin:claims_factcheck_change", args=[current.pk])
        return format_html('{} <a href="{}">{}</a>', rating_badge(current.rating), url, current.headline)


# --- Fact-checks ------------------------------------------------------------------------------


class EvidenceInline(admin.TabularInline):
    model = Evidence
    extra = 1
    fields = ["position", "url", "title", "note", "archive_url", "accessed_on"]
    # Compact widgets: with the admin's defaults the table is twice as wide as the page.
    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 30})},
        models.URLField: {"widget": AdminURLFieldWidget(attrs={"style": "width: 14em"})},
        models.CharField: {"widget": forms.TextInput(attrs={"style": "width: 12em"})},
        models.PositiveSmallIntegerField: {"widget": forms.NumberInput(attrs={"style": "width: 4em"})},
    }

    # Evidence of a published verdict is part of it (claims.workflow.may_edit_evidence).
    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and workflow.may_edit_evidence(request.user, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and workflow.may_edit_evidence(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and workflow.may_edit_evidence(request.user, obj)


class CorrectionInline(ReadOnlyInline):
    model = Correction
    fields = ["published_at", "previous_rating", "new_rating", "note", "created_by"]
    verbose_name_plural = "corrections log (public)"


class FactCheckForm(EditConflictForm):
    correction_note = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Required when you change the rating, headline or explanation of a published verdict. Public.",
    )

    class Meta:
        model = FactCheck
        fields = "__all__"
        widgets = {"headline": forms.TextInput(attrs={"class": "vLargeTextField", "size": 80})}

    def clean(self):
        cleaned = super().clean()
        changed = [field for field in workflow.VERDICT_FIELDS if field in self.changed_data]
        note = cleaned.get("correction_note", "").strip()
        if self.instance.pk and self.instance.is_published and changed and not note:
            self.add_error("correction_note", workflow.correction_required(changed))
        return cleaned


@admin.register(FactCheck)
class FactCheckAdmin(FastAdmin, VersionedModelAdmin):
    form = FactCheckForm
    list_display = ["headline", "status_badge", "rating_badge", "claim_link", "author", "reviewer", "published_at"]
    list_select_related = ["rating", "claim", "author", "reviewer"]
    list_filter = [
        "status",
        ("rating__category", admin.ChoicesFieldListFilter),
        ("rating", admin.RelatedOnlyFieldListFilter),
        ("author", admin.RelatedOnlyFieldListFilter),
        ("published_at", DateTimeRangeFilterBuilder(title="published")),
    ]
    search_fields = ["headline"]
    search_help_text = "Words in the headline or explanation (full-text), part of the headline, or an id."
    autocomplete_fields = ["claim"]
    readonly_fields = ["status_badge", "author", "reviewer", "reviewed_at", "published_at", "created_at"]
    inlines = [EvidenceInline, CorrectionInline]
    actions = ["approve"]

    def get_fieldsets(self, request, obj=None):
        verdict = ["claim", "rating", "headline", "explanation", "version"]
        if obj is not None and obj.is_published:
            verdict.append("correction_note")
        return [
            (None, {"fields": verdict}),
            ("Workflow", {"fields": ["status_badge", ("author", "reviewer"), ("reviewed_at", "published_at")]}),
            ("Internal", {"fields": ["internal_notes"]}),
        ]

    def get_readonly_fields(self, request, obj=None):
        fields = list(self.readonly_fields)
        if obj is not None:
            fields.append("claim")
            if obj.is_published and not request.user.has_perm("claims.correct_factcheck"):
                fields += ["rating", "headline", "explanation"]
        return fields

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("claim", request.GET.get("claim"))
        return initial

    def get_search_results(self, request, queryset, search_term):
        return full_text_search(queryset, search_term, "headline"), False

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
        workflow.save_fact_check(obj, request.user, form.cleaned_data.get("correction_note", ""))

    @admin.action(description="Approve (four eyes: not your own)", permissions=["approve"])
    def approve(self, request, queryset):
        for fact_check in queryset:
            try:
                workflow.approve_fact_check(fact_check, request.user)
            except (workflow.WorkflowError, PermissionDenied) as error:
                self.message_user(request, f"{fact_check}: {workflow.message(error)}", messages.WARNING)
            else:
                self.message_user(request, f"Approved “{fact_check}”.", messages.SUCCESS)

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or workflow.may_delete_fact_check(request.user, obj))

    def has_approve_permission(self, request):
        return request.user.has_perm("claims.approve_factcheck")

    @admin.display(description="Status", ordering="status")
    def status_badge(self, fact_check):
        return status_badge(fact_check)

    @admin.display(description="Rating", ordering="rating__value")
    def rating_badge(self, fact_check):
        return rating_badge(fact_check.rating)

    @admin.display(description="Claim")
    def claim_link(self, fact_check):
        url = reverse("admin:claims_claim_change", args=[fact_check.claim_id])
        return format_html('<a href="{}">{}</a>', url, fact_check.claim)


# --- Everything else ----------------------------------------------------------------------------


@admin.register(Appearance)
class AppearanceAdmin(FastAdmin):
    list_display = ["quote_excerpt", "speaker", "source", "kind", "said_on"]
    list_select_related = ["speaker", "source", "claim"]
    list_filter = ["kind", ("said_on", DateRangeFilterBuilder())]
    search_fields = ["quote"]
    autocomplete_fields = ["claim", "speaker", "source"]

    def get_search_results(self, request, queryset, search_term):
        return full_text_search(queryset, search_term), False

    @admin.display(description="Quote")
    def quote_excerpt(self, appearance):
        return appearance.quote[:100]


@admin.register(Evidence)
class EvidenceAdmin(FastAdmin):
    list_display = ["__str__", "fact_check", "accessed_on"]
    list_select_related = ["fact_check"]
    search_fields = ["title", "url"]
    autocomplete_fields = ["fact_check"]

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or workflow.may_edit_evidence(request.user, obj.fact_check))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or workflow.may_edit_evidence(request.user, obj.fact_check))


@admin.register(Correction)
class CorrectionAdmin(ReadOnlyAdmin):
    """Read-only: corrections are written when a published verdict is changed, and never edited."""

    list_display = ["published_at", "fact_check", "previous_rating", "new_rating", "note"]
    list_select_related = ["fact_check", "previous_rating__scale", "new_rating__scale"]
    readonly_fields = ["fact_check", "note", "previous_rating", "new_rating", "previous_headline", "created_by"]


@admin.register(ClaimTransition)
class ClaimTransitionAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "claim", "from_status", "to_status", "user", "note"]
    list_select_related = ["claim", "user"]
    list_filter = ["to_status", ("created_at", DateTimeRangeFilterBuilder())]


@admin.register(Topic)
class TopicAdmin(FastAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(ClaimTopic)
class ClaimTopicAdmin(FastAdmin):
    list_display = ["claim", "topic"]
    list_select_related = ["claim", "topic"]
    autocomplete_fields = ["claim", "topic"]


class RatingInline(admin.TabularInline):
    model = Rating
    extra = 0
    fields = ["value", "label", "slug", "category", "colour", "description"]


@admin.register(RatingScale)
class RatingScaleAdmin(FastAdmin):
    list_display = ["name", "is_default"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [RatingInline]


@admin.register(Rating)
class RatingAdmin(FastAdmin):
    list_display = ["label", "badge", "value", "category", "scale"]
    list_select_related = ["scale"]
    list_filter = ["scale", "category"]
    search_fields = ["label"]

    @admin.display(description="Badge")
    def badge(self, rating):
        return rating_badge(rating)
