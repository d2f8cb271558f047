"""The editors' desk. Admin classes stay thin: permissions come from factdb.policy, writes are actions."""

from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.http import HttpResponseNotAllowed, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.dateparse import parse_date
from django.utils.html import format_html, format_html_join
from rangefilter.filters import DateRangeFilterBuilder, DateTimeRangeFilterBuilder

from claims import actions, history, matching
from claims.actions import desk, merges
from claims.actions.verdicts import EvidenceChanges
from claims.actions.workflow import pending_fact_check
from claims.models import (
    OPEN_STATUSES,
    Appearance,
    Claim,
    ClaimStatus,
    ClaimTopic,
    ClaimTransition,
    Correction,
    Evidence,
    FactCheck,
    FactCheckRevision,
    FactCheckStatus,
    Merge,
    Priority,
    Rating,
    RatingScale,
    Topic,
)
from claims.search import search_query
from factdb import policy
from factdb.accounts import display_name
from factdb.adminkit import (
    ActionAdmin,
    ActionForm,
    IndexedValuesFilter,
    ReadOnlyAdmin,
    ReadOnlyInline,
    SearchListFilter,
    StaffFilter,
    badge,
    inline_changes,
)
from factdb.parsing import parse_id
from sources import admin as source_admin
from sources.models import Outlet, Source, Speaker

STATUS_COLOURS = {
    ClaimStatus.NEW: "#6e7781",
    ClaimStatus.SELECTED: "#0969da",
    ClaimStatus.RESEARCHING: "#8250df",
    ClaimStatus.IN_REVIEW: "#bf8700",
    ClaimStatus.PUBLISHED: "#1a7f37",
    ClaimStatus.NOT_CHECKABLE: "#57606a",
    ClaimStatus.RETRACTED: "#cf222e",
    FactCheckStatus.DRAFT: "#6e7781",
}


def person_field(field: str, label: str):
    """A user field shown as a name, not as a link to a user page most of the newsroom may not open."""

    @admin.display(description=label)
    def show(self, obj):
        return display_name(getattr(obj, field))

    return show


def rating_badge(rating):
    return badge(rating.label, rating.colour) if rating else "—"


def status_badge(obj):
    return badge(obj.get_status_display(), STATUS_COLOURS.get(obj.status, "#6e7781"))


def text_match(term, *text_fields, language: str = "") -> Q:
    """Full-text (stored tsvector, GIN) or, for a single word, substring (trigram GIN on UPPER(field)) matches.

    Words are read like the partner API reads them (claims.search): in `language`, or in every language."""
    match = Q(search_vector=search_query(term, language))
    # Substring matching is for part of one word ("akhsta"); the words of a phrase are full-text matches, and a
    # long pattern costs the trigram index a recheck of every candidate (115 ms at 1M claims).
    if not any(char.isspace() for char in term):
        for field in text_fields:
            match |= Q(**{f"{field}__icontains": term})
    if (pk := parse_id(term)) is not None:
        match |= Q(pk=pk)
    return match


def full_text_search(queryset, term, *text_fields):
    term = term.strip()
    return queryset.filter(text_match(term, *text_fields)) if term else queryset


def correction_note(request, form=None) -> str:
    """The correction note typed on the page (published content changes only with one)."""
    if form is not None and "correction_note" in getattr(form, "cleaned_data", {}):
        return form.cleaned_data["correction_note"]
    return request.POST.get("correction_note", "")


# --- Claims -----------------------------------------------------------------------------------


class AppearanceInlineForm(ActionForm):
    class Meta:
        model = Appearance
        fields = ["speaker", "source", "quote", "kind", "said_on", "location"]


class AppearanceInline(admin.StackedInline):
    """Appearances partners do not see yet: all of an internal claim's, a public claim's pending ones."""

    model = Appearance
    form = AppearanceInlineForm
    extra = 0
    autocomplete_fields = ["speaker", "source"]
    fields = [("speaker", "source"), "quote", ("kind", "said_on", "location"), "expected_version"]
    verbose_name_plural = "appearances"
    state = "internal"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("speaker", "source")

    def _state(self, claim) -> str:
        if claim is None or not claim.is_public:
            return "internal"
        return "pending"

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        if obj is not None and obj.is_public:
            # Only the rows this inline is for: the other inline shows the public ones.
            public = self.state == "public"
            base = formset

            class Rows(base):
                def get_queryset(self):
                    # Filtered once: the formset asks for its rows again for every form it counts.
                    if not hasattr(self, "_rows"):
                        self._rows = super().get_queryset().filter(is_public=public)
                    return self._rows

            formset = Rows
        return formset

    def has_add_permission(self, request, obj=None):
        return self.state != "public" and policy.allows(request.user, "appearance.add", obj) if obj else True

    def has_change_permission(self, request, obj=None):
        state = self.state if self.state == "public" else self._state(obj)
        return policy.allows_in(request.user, "appearance.change", state)

    def has_delete_permission(self, request, obj=None):
        state = self.state if self.state == "public" else self._state(obj)
        return policy.allows_in(request.user, "appearance.remove", state)


class PublicAppearanceInline(AppearanceInline):
    """A public claim's published appearances: changed only by an editor's correction (note on the claim)."""

    verbose_name_plural = "published appearances (a change needs a correction note)"
    state = "public"

    def has_add_permission(self, request, obj=None):
        return False


class ClaimTopicInline(admin.TabularInline):
    model = ClaimTopic
    extra = 0
    autocomplete_fields = ["topic"]
    verbose_name = "topic"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("topic")

    def has_add_permission(self, request, obj=None):
        return obj is None or policy.allows(request.user, "claim.change_topics", obj)

    def has_change_permission(self, request, obj=None):
        return obj is None or policy.allows(request.user, "claim.change_topics", obj)

    def has_delete_permission(self, request, obj=None):
        return obj is None or policy.allows(request.user, "claim.change_topics", obj)


class FactCheckInline(ReadOnlyInline):
    model = FactCheck
    fields = ["headline", "status", "rating", "author_name", "published_at"]
    author_name = person_field("author", "author")
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("rating", "author")


class ClaimTransitionInline(ReadOnlyInline):
    model = ClaimTransition
    fields = ["created_at", "by", "from_status", "to_status", "note"]
    by = person_field("user", "by")
    verbose_name = "workflow step"
    verbose_name_plural = "workflow history"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user")


class ClaimCorrectionInline(ReadOnlyInline):
    model = Correction
    fk_name = "claim"
    fields = ["published_at", "kind", "note", "by"]
    by = person_field("created_by", "by")
    verbose_name_plural = "corrections log (public)"


def _step_action(step):
    def action(modeladmin, request, queryset):
        done, refused = actions.do_steps(queryset, step.name, actor=request.user)
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
        done = 0
        for claim in queryset:
            try:
                actions.do_set_claim_visibility(claim, public, actor=request.user)
                done += 1
            except policy.ActionError as error:
                modeladmin.message_user(request, f"Claim {claim.pk}: {policy.message(error)}", messages.ERROR)
        if done:
            modeladmin.message_user(request, f"{done} claim(s) made {'public' if public else 'internal'}.")

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
        return Appearance.objects.filter(source__outlet__in=Outlet.objects.search(term)).values("claim_id")


class AssigneeFilter(admin.SimpleListFilter):
    title = "assigned to"
    parameter_name = "assignee"

    def lookups(self, request, model_admin):
        people = [(str(u.pk), desk.name_of(u)) for u in desk.assignable()[:50]]
        return [("me", "Me"), ("nobody", "Nobody (open claims)"), *people]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "me":
            return queryset.filter(assignee=request.user)
        if value == "nobody":
            return queryset.filter(assignee__isnull=True, status__in=OPEN_STATUSES)
        if value and (pk := parse_id(value)) is not None:
            return queryset.filter(assignee_id=pk)
        return queryset


class DeadlineFilter(admin.SimpleListFilter):
    title = "deadline"
    parameter_name = "deadline"

    def lookups(self, request, model_admin):
        return [("overdue", "Overdue"), ("week", "Due within a week"), ("any", "Has a deadline"), ("none", "None")]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        match self.value():
            case "overdue":
                return queryset.filter(deadline__lt=today, status__in=OPEN_STATUSES)
            case "week":
                return queryset.filter(deadline__gte=today, deadline__lte=today + timedelta(days=7))
            case "any":
                return queryset.filter(deadline__isnull=False)
            case "none":
                return queryset.filter(deadline__isnull=True)
        return queryset


def read_plan(data, prefix="") -> tuple[dict, str | None]:
    """Assignee, priority and deadline typed on a page, as do_plan_claim's arguments; or an error message.

    An empty field leaves that part as it is; "nobody" unassigns and "none" clears the deadline.
    """
    plan = {}
    assignee = (data.get(f"{prefix}assignee") or "").strip()
    if assignee == "nobody":
        plan["assignee"] = None
    elif assignee:
        pk = parse_id(assignee)
        person = User.objects.filter(pk=pk).first() if pk is not None else None
        if person is None:
            return {}, "Assign to: choose someone from the list."
        plan["assignee"] = person
    priority = (data.get(f"{prefix}priority") or "").strip()
    if priority:
        if priority not in {str(v) for v in Priority.values}:
            return {}, "Priority: choose one from the list."
        plan["priority"] = int(priority)
    deadline = (data.get(f"{prefix}deadline") or "").strip()
    if deadline == "none":
        plan["deadline"] = None
    elif deadline:
        try:
            plan["deadline"] = parse_date(deadline)
        except ValueError:
            plan["deadline"] = None
        if plan["deadline"] is None:
            return {}, f"Deadline: “{deadline[:20]}” is not a date; write it as YYYY-MM-DD."
    return plan, None


class PlanActionForm(helpers.ActionForm):
    """The changelist's action bar, with the desk's fields for "Plan selected claims"."""

    assignee = forms.ChoiceField(required=False, label="Assign to")
    priority = forms.ChoiceField(required=False, choices=[("", "(priority)"), *Priority.choices])
    deadline = forms.CharField(
        required=False, label="Deadline", widget=forms.DateInput(attrs={"type": "date", "style": "width: 10em"})
    )
    merge_into = forms.CharField(
        required=False, label="Merge into claim", widget=forms.TextInput(attrs={"size": 6, "placeholder": "id"})
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        people = [(str(u.pk), desk.name_of(u)) for u in desk.assignable()[:200]]
        self.fields["assignee"].choices = [("", "(assign to)"), ("nobody", "Nobody"), *people]


@admin.action(description="Plan: assign, set priority and deadline (selected claims)")
def plan_claims(modeladmin, request, queryset):
    plan, error = read_plan(request.POST)
    if error:
        modeladmin.message_user(request, error, messages.ERROR)
        return
    if not plan:
        modeladmin.message_user(request, "Choose someone, a priority or a deadline in the bar first.", messages.WARNING)
        return
    done = 0
    for claim in queryset[:500]:
        try:
            desk.do_plan_claim(claim, actor=request.user, **plan)
            done += 1
        except policy.ActionError as error:
            modeladmin.message_user(request, f"Claim {claim.pk}: {policy.message(error)}", messages.WARNING)
    if done:
        modeladmin.message_user(request, f"{done} claim(s) planned.", messages.SUCCESS)


def merge_action(kind, do_merge, model):
    """A changelist action: merge every selected row into the one whose id is typed in the action bar."""

    def merge(modeladmin, request, queryset):
        pk = parse_id(request.POST.get("merge_into", ""))
        into = model.objects.filter(pk=pk).first() if pk is not None else None
        if into is None:
            modeladmin.message_user(request, f"Merge: type the id of the {kind} to keep.", messages.ERROR)
            return
        note = request.POST.get("merge_note", "")
        for duplicate in queryset.exclude(pk=into.pk)[:100]:
            try:
                do_merge(duplicate, into, actor=request.user, note=note)
            except policy.ActionError as error:
                modeladmin.message_user(request, f"{duplicate}: {policy.message(error)}", messages.ERROR)
            else:
                modeladmin.message_user(request, f"Merged “{duplicate}” into “{into}”.", messages.SUCCESS)

    merge.__name__ = f"merge_{kind}s"
    return admin.action(description=f"Merge selected {kind}s into the {kind} whose id is typed")(merge)


merge_claims = merge_action("claim", merges.do_merge_claims, Claim)
# Speakers and sources are merged on their own lists; the action lives here because it moves appearances.
source_admin.MERGE_ACTIONS.update(
    speaker=merge_action("speaker", merges.do_merge_speakers, Speaker),
    source=merge_action("source", merges.do_merge_sources, Source),
)


ATTACH_BUTTON = (
    '<button type="submit" class="button" name="_attach_to" value="{}" data-testid="attach">'
    "Add as appearance of this claim</button>"
)


class ClaimForm(ActionForm):
    save_anyway = forms.BooleanField(
        required=False,
        label="Save as a new claim",
        help_text="Tick only when the similar claims shown say something else.",
    )

    class Meta:
        model = Claim
        fields = ["text", "language", "internal_notes"]

    def clean_text(self):
        text = " ".join((self.cleaned_data.get("text") or "").split())
        if self.instance.pk is not None or self.data.get("_attach_to"):
            return text
        if existing := Claim.objects.filter(text=text).first():
            url = reverse("admin:claims_claim_change", args=[existing.pk])
            raise forms.ValidationError(
                format_html(
                    'This claim exists already: <a href="{}">claim {}</a>. ' + ATTACH_BUTTON,
                    url,
                    existing.pk,
                    existing.pk,
                )
            )
        if text and not self.data.get("save_anyway"):
            # Before saving, not after: a reworded claim goes to the claim it rewords, as an appearance.
            matches = matching.similar_claims(text, limit=3, language=self.data.get("language", ""))
            if matches:
                rows = format_html_join(
                    "",
                    '<li><a href="{}" target="_blank">{}</a> ({}%) ' + ATTACH_BUTTON + "</li>",
                    (
                        (
                            reverse("admin:claims_claim_change", args=[m.claim.pk]),
                            m.claim,
                            round(m.score * 100),
                            m.claim.pk,
                        )
                        for m in matches
                    ),
                )
                raise forms.ValidationError(
                    format_html(
                        "Similar claims exist. Add what you typed as an appearance of one of them, or tick "
                        "“Save as a new claim”:<ul>{}</ul>",
                        rows,
                    ),
                    code="similar_claims",
                )
        return text


@admin.register(Claim)
class ClaimAdmin(ActionAdmin):
    form = ClaimForm
    create_action = "claim.capture"
    delete_action = "claim.delete"
    change_actions = ("claim.change_wording", "claim.change_notes", "claim.change_topics", "appearance.add")
    field_actions = {
        "text": "claim.change_wording",
        "language": "claim.change_wording",
        "internal_notes": "claim.change_notes",
    }
    list_display = [
        "short_text", "status_badge", "rating_badge", "speaker_name", "assignee_name", "priority_label",
        "deadline_label", "first_seen_on", "visibility",
    ]  # fmt: skip
    list_display_links = ["short_text"]
    list_select_related = ["current_fact_check__rating", "assignee"]
    action_form = PlanActionForm
    list_filter = [
        "status",
        AssigneeFilter,
        DeadlineFilter,
        "priority",
        "is_public",
        ("current_fact_check__rating__category", admin.ChoicesFieldListFilter),
        ("current_fact_check__rating", admin.RelatedFieldListFilter),
        SpeakerFilter,
        OutletFilter,
        # RelatedOnly would list the topics in use with a DISTINCT over every claim's topics (1.3 s at 1M).
        ("topics", admin.RelatedFieldListFilter),
        ("language", IndexedValuesFilter),
        ("first_seen_on", DateRangeFilterBuilder(title="first seen")),
        ("updated_at", DateTimeRangeFilterBuilder(title="last updated")),
    ]
    search_fields = ["text"]  # see get_search_results
    search_help_text = (
        "Words in any language (full-text, websearch syntax; case and accents ignored; the language filter reads "
        "them in its language), part of the text, a speaker's name or alias in any script, or an id."
    )
    readonly_fields = [
        "status_badge", "is_public", "first_seen_on", "current_verdict", "captured_by", "created_at", "similar_claims",
    ]  # fmt: skip
    captured_by = person_field("created_by", "captured by")
    fieldsets = [
        (None, {"fields": ["text", "language", "similar_claims"]}),
        ("Verdict", {"fields": ["current_verdict", "first_seen_on"]}),  # status: the workflow panel above
        ("Internal", {"fields": ["internal_notes", ("captured_by", "created_at")]}),
    ]
    inlines = [
        AppearanceInline,
        PublicAppearanceInline,
        ClaimTopicInline,
        FactCheckInline,
        ClaimCorrectionInline,
        ClaimTransitionInline,
    ]
    change_form_template = "admin/claims/claim/change_form.html"

    class Media:
        js = ["claims/similar_claims.js"]

    def needs_correction_note(self, claim):
        return claim.is_public

    def get_inlines(self, request, obj):
        if obj is None:  # nothing to list yet: its appearances and topics are typed with it
            return [AppearanceInline, ClaimTopicInline]
        if not obj.is_public:
            return [i for i in self.inlines if i is not PublicAppearanceInline]
        return self.inlines

    def get_queryset(self, request):
        first_speaker = Appearance.objects.filter(claim=OuterRef("pk"), speaker__isnull=False).order_by("said_on", "id")
        return super().get_queryset(request).annotate(speaker_name=Subquery(first_speaker.values("speaker__name")[:1]))

    def get_search_results(self, request, queryset, search_term):
        if not search_term.strip():
            return queryset, False
        # The speaker's claims as ANY(ARRAY(…)), computed first: PostgreSQL can then OR them with the GIN
        # matches, or walk the claims newest first and stop at a page for a common word (ms, not seconds, at 1M).
        # With the language filter on, the words are read in that language (stemmed as its claims are).
        language = request.GET.get("language__exact", "")
        by_speaker = (
            Appearance.objects.filter(speaker__in=Speaker.objects.search(search_term)).order_by().values("claim_id")
        )
        return queryset.filter(
            text_match(search_term.strip(), "text", language=language) | Q(pk__any_of=by_speaker)
        ), False

    def get_actions(self, request):
        available = super().get_actions(request)
        mine = policy.roles_of(request.user)
        if policy.roles_for("claim.assign") & mine:
            available["plan_claims"] = (plan_claims, "plan_claims", plan_claims.short_description)
        if policy.roles_for("claim.merge") & mine:
            available["merge_claims"] = (merge_claims, "merge_claims", merge_claims.short_description)
        for step in actions.STEPS:
            if policy.roles_for(f"claim.{step.name}") & mine and not step.needs_note:
                func = _step_action(step)
                available[func.__name__] = (func, func.__name__, func.short_description)
        if policy.roles_for("claim.make_public") & mine:
            for func in (_visibility_action(True), _visibility_action(False)):
                available[func.__name__] = (func, func.__name__, func.short_description)
        return available

    # --- writes ---

    def save_object(self, request, claim, form, formsets, change):
        actor = request.user
        note = correction_note(request, form)
        if change:
            actions.do_change_claim(
                claim,
                form.changes(),
                actor=actor,
                expected_version=form.cleaned_data.get("expected_version"),
                correction_note=note,
            )
        elif attach := parse_id(request.POST.get("_attach_to", "")):
            # "Add as appearance of this claim": what was typed goes to the existing claim.
            claim = Claim.objects.filter(pk=attach).first()
            if claim is None:
                raise policy.Refused("The claim to add the appearance to no longer exists.")
            for formset in formsets:
                if formset.model is Appearance:
                    self.save_inline(request, claim, formset, note)
            request._factdb_attached = claim
            return claim
        else:
            claim, _ = actions.do_capture_claim(
                form.cleaned_data["text"], language=form.cleaned_data.get("language", ""), actor=actor
            )
            if form.cleaned_data.get("internal_notes"):
                actions.do_change_claim(claim, {"internal_notes": form.cleaned_data["internal_notes"]}, actor=actor)
        for formset in formsets:
            self.save_inline(request, claim, formset, note)
        if not change or "text" in form.changed_data:
            self._warn_about_duplicates(request, claim)
        return claim

    def save_inline(self, request, claim, formset, note):
        added, changed, deleted = inline_changes(formset)
        actor = request.user
        if formset.model is Appearance:
            for appearance in deleted:
                actions.do_remove_appearance(appearance, actor=actor, correction_note=note)
            for appearance, fields in changed.items():
                actions.do_change_appearance(
                    appearance,
                    fields,
                    actor=actor,
                    expected_version=getattr(appearance, "_expected_version", None),
                    correction_note=note,
                )
            for fields in added:
                actions.do_capture_appearance(actor=actor, claim=claim, **fields)
        elif formset.model is ClaimTopic and (added or changed or deleted):
            current = {link.topic_id: link.topic for link in ClaimTopic.objects.filter(claim=claim)}
            for link in deleted:
                current.pop(link.topic_id, None)
            for link, fields in changed.items():
                current.pop(link.topic_id, None)
                current[fields["topic"].pk] = fields["topic"]
            for fields in added:
                current[fields["topic"].pk] = fields["topic"]
            actions.do_set_topics(claim, current.values(), actor=actor)

    def delete_object(self, request, claim):
        actions.do_delete_claim(claim, actor=request.user)

    def get_fieldsets(self, request, obj=None):
        if obj is None:  # a new claim: what is typed, and the similar-claims check's confirmation
            return [
                (None, {"fields": ["text", "language", "save_anyway"]}),
                ("Internal", {"fields": ["internal_notes"]}),
            ]
        return super().get_fieldsets(request, obj)

    def response_add(self, request, obj, post_url_continue=None):
        attached = getattr(request, "_factdb_attached", None)
        if attached is not None:
            self.message_user(request, f"Added as an appearance of claim {attached.pk}.", messages.SUCCESS)
            return HttpResponseRedirect(reverse("admin:claims_claim_change", args=[attached.pk]))
        return super().response_add(request, obj, post_url_continue)

    def _warn_about_duplicates(self, request, claim):
        """Point the editor at an existing claim that says the same thing, so appearances go there."""
        for match in matching.similar_claims(claim.text, exclude=claim, limit=3, language=claim.language):
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

    # --- the workflow panel ---

    def get_urls(self):
        return [
            path("<int:pk>/step/<str:step>/", self.admin_site.admin_view(self.step_view), name="claims_claim_step"),
            path("<int:pk>/story/", self.admin_site.admin_view(self.story_view), name="claims_claim_story"),
            path("similar/", self.admin_site.admin_view(self.similar_view), name="claims_claim_similar"),
        ] + super().get_urls()

    def similar_view(self, request):
        """JSON for the add page, while typing: existing claims that say the same thing (claims.matching)."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        text = " ".join(request.GET.get("text", "").split())
        if len(text) > 5000:
            return JsonResponse({"error": "The text is too long to compare (5,000 characters at most)."}, status=400)
        language = request.GET.get("language", "")[:20]
        matches = matching.similar_claims(text, limit=5, language=language) if len(text) >= 12 else []
        return JsonResponse(
            {
                "matches": [
                    {
                        "id": m.claim.pk,
                        "text": str(m.claim),
                        "score": round(m.score * 100),
                        "url": reverse("admin:claims_claim_change", args=[m.claim.pk]),
                    }
                    for m in matches
                ]
            }
        )

    def story_view(self, request, pk):
        """The claim's history in sentences (claims.history)."""
        claim = get_object_or_404(Claim, pk=pk)
        if not self.has_view_permission(request, claim):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": f"History of claim {claim.pk}",
            "subtitle": str(claim),
            "opts": self.opts,
            "original": claim,
            "entries": history.story(claim),
        }
        return TemplateResponse(request, "admin/claims/claim/story.html", context)

    def step_view(self, request, pk, step):
        """POST-only: take one workflow step, plan the claim, approve its verdict, or change visibility."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        claim = get_object_or_404(Claim, pk=pk)
        back = HttpResponseRedirect(reverse("admin:claims_claim_change", args=[pk]))
        note = request.POST.get("workflow_note", "").strip()
        plan = {}
        if policy.allows(request.user, "claim.assign", claim) and "desk_assignee" in request.POST:
            data = request.POST.copy()
            if not data.get("desk_deadline", "").strip():
                data["desk_deadline"] = "none"  # on this page an empty deadline field means none
            plan, error = read_plan(data, "desk_")
            if error:
                self.message_user(request, error, messages.ERROR)
                return back
            plan = {name: value for name, value in plan.items() if getattr(claim, name) != value}
        try:
            if step == "plan":
                desk.do_plan_claim(claim, actor=request.user, **plan)
                self.message_user(request, "Assignment, priority and deadline saved.", messages.SUCCESS)
                return back
            if step == "approve":
                verdict = pending_fact_check(claim, FactCheckStatus.IN_REVIEW)
                if verdict is None:
                    raise policy.Refused("There is no fact-check in review to approve.")
                actions.do_approve_fact_check(verdict, actor=request.user)
                self.message_user(request, f"Approved “{verdict}”.", messages.SUCCESS)
                return back
            if step in ("make_public", "make_internal"):
                actions.do_set_claim_visibility(claim, step == "make_public", actor=request.user)
            elif step.startswith("publish_appearance_"):
                appearance = get_object_or_404(Appearance, pk=parse_id(step.rsplit("_", 1)[1]) or 0, claim=claim)
                actions.do_publish_appearance(appearance, actor=request.user)
            else:
                actions.do_step(claim, step, actor=request.user, note=note, plan=plan)
        except policy.ActionError as error:
            self.message_user(request, policy.message(error), messages.ERROR)
        else:
            claim.refresh_from_db()
            self.message_user(request, f"Claim is now {claim.get_status_display().lower()}.", messages.SUCCESS)
        return back

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:
            user = request.user
            context["workflow_steps"] = actions.available_steps(obj, user)
            context["can_change_visibility"] = policy.allows(
                user, "claim.make_internal" if obj.is_public else "claim.make_public", obj
            )
            context["can_draft"] = policy.allows(user, "fact_check.draft", obj)
            context["add_fact_check_url"] = reverse("admin:claims_factcheck_add") + f"?claim={obj.pk}"
            if obj.is_public and policy.allows_in(user, "appearance.publish", "pending"):
                context["pending_appearances"] = list(obj.appearances.filter(is_public=False).select_related("speaker"))
            if policy.allows(user, "claim.assign", obj):
                context["can_assign"] = True
                context["assignable"] = [(u.pk, desk.name_of(u)) for u in desk.assignable()[:200]]
                context["priorities"] = Priority.choices
            context["verdict"] = verdict = self._verdict(obj)
            if verdict is not None:
                context["verdict_evidence"] = list(verdict.evidence.all())
                context["can_edit_verdict"] = policy.allows(user, "fact_check.change", verdict)
                context["can_approve"] = (
                    verdict.status == FactCheckStatus.IN_REVIEW
                    and verdict.reviewer_id is None
                    and policy.allows(user, "fact_check.approve", verdict)
                    and user.pk not in (verdict.author_id, verdict.revised_by_id)
                )
                if verdict.status in (FactCheckStatus.PUBLISHED, FactCheckStatus.RETRACTED):
                    context["verdict_public_url"] = request.build_absolute_uri(
                        reverse("fact-check-page", args=[verdict.pk])
                    )
        return super().render_change_form(request, context, add, change, form_url, obj)

    @staticmethod
    def _verdict(claim):
        """The verdict the desk works on: the one in progress, else the current published one."""
        return (
            claim.fact_checks.select_related("rating", "author", "revised_by", "reviewer")
            .order_by("-updated_at")
            .first()
        )

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

    @admin.display(description="Assigned to", ordering="assignee__username")
    def assignee_name(self, claim):
        return display_name(claim.assignee) if claim.assignee_id else "—"

    @admin.display(description="Priority", ordering="priority")
    def priority_label(self, claim):
        return claim.get_priority_display()

    @admin.display(description="Deadline", ordering="deadline")
    def deadline_label(self, claim):
        if claim.deadline is None:
            return "—"
        if claim.deadline < timezone.localdate() and claim.status in OPEN_STATUSES:
            return format_html('<strong style="color:#cf222e">{} (overdue)</strong>', claim.deadline)
        return str(claim.deadline)

    @admin.display(description="Visibility", ordering="is_public")
    def visibility(self, claim):
        # Words, not the admin's ✔/✖: internal is a normal state, not an error.
        return "Public" if claim.is_public else "Internal"

    @admin.display(description="Similar claims")
    def similar_claims(self, claim):
        if claim.pk is None:
            return "—"
        matches = matching.similar_claims(claim.text, exclude=claim, limit=5, language=claim.language)
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


class EvidenceForm(ActionForm):
    class Meta:
        model = Evidence
        fields = ["position", "url", "title", "note", "archive_url", "accessed_on"]


class EvidenceInline(admin.TabularInline):
    model = Evidence
    form = EvidenceForm
    extra = 1
    fields = ["position", "url", "title", "note", "archive_url", "accessed_on"]
    # Compact widgets, sized to the page by its stylesheet (admin/claims/factcheck/change_form.html): with
    # the admin's defaults the table was twice as wide as the window.
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 20})}}

    # Evidence is part of the verdict's content: who may change it depends on the fact-check's state.
    def _allowed(self, request, fact_check, action):
        if fact_check is None:
            return policy.allows_in(request.user, action, FactCheckStatus.DRAFT)
        return policy.allows(request.user, action, fact_check)

    def has_add_permission(self, request, obj=None):
        return self._allowed(request, obj, "evidence.add")

    def has_change_permission(self, request, obj=None):
        return self._allowed(request, obj, "evidence.change")

    def has_delete_permission(self, request, obj=None):
        return self._allowed(request, obj, "evidence.remove")


class CorrectionInline(ReadOnlyInline):
    model = Correction
    fk_name = "fact_check"
    fields = ["published_at", "kind", "previous_rating", "new_rating", "note", "by"]
    by = person_field("created_by", "by")
    verbose_name_plural = "corrections log (public)"


class RevisionInline(ReadOnlyInline):
    model = FactCheckRevision
    fields = ["number", "by", "written_at", "rating", "headline"]
    by = person_field("written_by", "written by")
    verbose_name_plural = "revisions (who wrote each version)"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("written_by", "rating")


class FactCheckForm(ActionForm):
    class Meta:
        model = FactCheck
        fields = ["claim", "rating", "headline", "explanation", "internal_notes"]
        widgets = {"headline": forms.TextInput(attrs={"class": "vLargeTextField", "size": 80})}


@admin.register(FactCheck)
class FactCheckAdmin(ActionAdmin):
    form = FactCheckForm
    create_action = "fact_check.draft"
    change_actions = ("fact_check.change", "fact_check.change_notes")
    field_actions = {
        "rating": "fact_check.change",
        "headline": "fact_check.change",
        "explanation": "fact_check.change",
        "internal_notes": "fact_check.change_notes",
    }
    list_display = ["headline_col", "status_badge", "rating_badge", "claim_link", "author", "reviewer", "published_at"]
    list_display_links = ["headline_col"]
    list_select_related = ["rating", "claim", "author", "reviewer"]
    list_filter = [
        "status",
        ("rating__category", admin.ChoicesFieldListFilter),
        # Related, not RelatedOnly: the choices come from the small tables, not a DISTINCT over every verdict.
        ("rating", admin.RelatedFieldListFilter),
        ("author", StaffFilter),
        ("published_at", DateTimeRangeFilterBuilder(title="published")),
    ]
    search_fields = ["headline"]
    search_help_text = "Words in the headline or explanation (full-text), part of the headline, or an id."
    autocomplete_fields = ["claim"]
    readonly_fields = [
        "status_badge", "author_name", "revised_by_name", "revision", "reviewer_name", "reviewed_at", "published_at",
        "created_at", "pages",
    ]  # fmt: skip
    author_name = person_field("author", "author")
    revised_by_name = person_field("revised_by", "latest revision by")
    reviewer_name = person_field("reviewer", "approved by")
    inlines = [EvidenceInline, CorrectionInline, RevisionInline]
    actions = ["approve"]

    def has_add_permission(self, request):
        # Drafting needs a claim being researched: offered to the roles that research.
        return bool(policy.roles_for("fact_check.draft") & policy.roles_of(request.user))

    def needs_correction_note(self, fact_check):
        return fact_check.status == FactCheckStatus.PUBLISHED

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        verdict = ("claim", "rating", "headline", "explanation", "expected_version", "correction_note")
        workflow = [
            "status_badge",
            ("author_name", "revised_by_name", "revision"),
            ("reviewer_name", "reviewed_at", "published_at"),
        ]
        if obj is not None:
            workflow.append("pages")
        return [
            (None, {"fields": [f for f in fieldsets[0][1]["fields"] if f in verdict]}),
            ("Workflow", {"fields": workflow}),
            ("Internal", {"fields": ["internal_notes"]}),
        ]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None:
            fields.append("claim")
        return fields

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        initial.setdefault("claim", request.GET.get("claim"))
        return initial

    change_form_template = "admin/claims/factcheck/change_form.html"

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None:  # the claim's steps here too: the verdict and its workflow on one page
            user = request.user
            context["workflow_steps"] = actions.available_steps(obj.claim, user)
            context["can_approve"] = (
                obj.status == FactCheckStatus.IN_REVIEW
                and obj.reviewer_id is None
                and policy.allows(user, "fact_check.approve", obj)
                and user.pk not in (obj.author_id, obj.revised_by_id)
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def get_search_results(self, request, queryset, search_term):
        return full_text_search(queryset, search_term, "headline"), False

    def save_object(self, request, fact_check, form, formsets, change):
        actor = request.user
        evidence = EvidenceChanges()
        for formset in formsets:
            if formset.model is Evidence:
                evidence.add, evidence.change, evidence.remove = inline_changes(formset)
        if not change:
            data = form.cleaned_data
            return actions.do_draft_fact_check(
                data["claim"],
                actor=actor,
                rating=data.get("rating"),
                headline=data.get("headline", ""),
                explanation=data.get("explanation", ""),
                internal_notes=data.get("internal_notes", ""),
                evidence=evidence.add,
            )
        return actions.do_revise_fact_check(
            fact_check,
            actor=actor,
            changes=form.changes(),
            evidence=evidence,
            expected_version=form.cleaned_data.get("expected_version"),
            correction_note=correction_note(request, form),
        )

    @admin.action(description="Approve (four eyes: not your own)", permissions=["approve"])
    def approve(self, request, queryset):
        for fact_check in queryset:
            try:
                actions.do_approve_fact_check(fact_check, actor=request.user)
            except policy.ActionError as error:
                self.message_user(request, f"{fact_check}: {policy.message(error)}", messages.WARNING)
            else:
                self.message_user(request, f"Approved “{fact_check}”.", messages.SUCCESS)

    def has_approve_permission(self, request):
        return bool(policy.roles_for("fact_check.approve") & policy.roles_of(request.user))

    @admin.display(description="Status", ordering="status")
    def status_badge(self, fact_check):
        return status_badge(fact_check)

    @admin.display(description="Rating", ordering="rating__value")
    def rating_badge(self, fact_check):
        return rating_badge(fact_check.rating)

    @admin.display(description="Claim")
    def claim_link(self, fact_check):
        url = reverse("admin:claims_claim_change", args=[fact_check.claim_id])
        text = fact_check.claim.text
        return format_html('<a href="{}" title="{}">{}</a>', url, text, text if len(text) <= 60 else text[:57] + "…")

    @admin.display(description="Headline", ordering="headline")
    def headline_col(self, fact_check):
        # A minimum width: long claim texts beside it squeezed headlines to a word per line.
        return format_html('<span style="display:inline-block;min-width:22em">{}</span>', fact_check.headline)

    @admin.display(description="Workflow and public page")
    def pages(self, fact_check):
        """The claim's one screen (every step), and the public page once partners can read the verdict."""
        links = [
            format_html(
                '<a href="{}">Workflow: the claim\'s page</a>',
                reverse("admin:claims_claim_change", args=[fact_check.claim_id]),
            )
        ]
        if fact_check.status in (FactCheckStatus.PUBLISHED, FactCheckStatus.RETRACTED) and fact_check.claim.is_public:
            # A path: the browser resolves it against the address this page was served from.
            url = reverse("fact-check-page", args=[fact_check.pk])
            links.append(format_html('<a href="{}" data-testid="public-page">Public page</a>', url))
        return format_html_join(" · ", "{}", ((link,) for link in links))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "rating" and field is not None:
            # The definitions beside the choice: what each rating means on its scale.
            ratings = Rating.objects.select_related("scale").order_by("scale__name", "-value")
            field.help_text = format_html(
                "<details><summary>What each rating means</summary><dl>{}</dl></details>",
                format_html_join(
                    "",
                    "<dt><strong>{}</strong> ({})</dt><dd>{}</dd>",
                    ((r.label, r.scale.name, r.description or r.get_category_display()) for r in ratings),
                ),
            )
        return field


# --- Everything else ----------------------------------------------------------------------------


class AppearanceForm(ActionForm):
    class Meta:
        model = Appearance
        fields = ["claim", "speaker", "source", "quote", "kind", "said_on", "location"]


@admin.register(Appearance)
class AppearanceAdmin(ActionAdmin):
    form = AppearanceForm
    create_action = "claim.capture"
    delete_action = "appearance.remove"
    change_actions = ("appearance.change",)
    field_actions = {f: "appearance.change" for f in ("speaker", "source", "quote", "kind", "said_on", "location")}
    list_display = ["quote_excerpt", "speaker", "source", "kind", "said_on", "partners_see"]
    list_select_related = ["speaker", "source", "claim"]
    list_filter = ["kind", "is_public", ("said_on", DateRangeFilterBuilder())]
    search_fields = ["quote"]
    autocomplete_fields = ["claim", "speaker", "source"]
    readonly_fields = ["is_public", "captured_by"]
    captured_by = person_field("created_by", "captured by")
    actions = ["publish"]

    def needs_correction_note(self, appearance):
        return policy.state_of(appearance)[0] == "public"

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        return fields + (["claim"] if obj is not None else [])

    def get_search_results(self, request, queryset, search_term):
        return full_text_search(queryset, search_term), False

    def save_object(self, request, appearance, form, formsets, change):
        if change:
            return actions.do_change_appearance(
                appearance,
                form.changes(),
                actor=request.user,
                expected_version=form.cleaned_data.get("expected_version"),
                correction_note=correction_note(request, form),
            )
        data = {k: v for k, v in form.cleaned_data.items() if k != "expected_version"}
        return actions.do_capture_appearance(actor=request.user, **data).appearance

    def delete_object(self, request, appearance):
        actions.do_remove_appearance(
            appearance, actor=request.user, correction_note=request.POST.get("correction_note", "")
        )

    @admin.action(description="Publish (pending appearances of public claims)", permissions=["publish"])
    def publish(self, request, queryset):
        done = 0
        for appearance in queryset:
            try:
                actions.do_publish_appearance(appearance, actor=request.user)
                done += 1
            except policy.ActionError as error:
                self.message_user(request, f"{appearance}: {policy.message(error)}", messages.WARNING)
        if done:
            self.message_user(request, f"{done} appearance(s) published.", messages.SUCCESS)

    def has_publish_permission(self, request):
        return bool(policy.roles_for("appearance.publish") & policy.roles_of(request.user))

    @admin.display(description="Partners see it", ordering="is_public")
    def partners_see(self, appearance):
        return "Published" if appearance.is_public and appearance.claim.is_public else "Not yet"

    @admin.display(description="Quote")
    def quote_excerpt(self, appearance):
        return appearance.quote[:100]


@admin.register(Evidence)
class EvidenceAdmin(ReadOnlyAdmin):
    """Listed for search; evidence is added and changed on its fact-check's page, as a revision of the verdict."""

    list_display = ["__str__", "fact_check", "accessed_on"]
    list_select_related = ["fact_check"]
    search_fields = ["title", "url"]


@admin.register(Correction)
class CorrectionAdmin(ReadOnlyAdmin):
    """Read-only: corrections are written when published content changes, and never edited."""

    list_display = ["published_at", "kind", "claim", "fact_check", "previous_rating", "new_rating", "note"]
    list_select_related = ["claim", "fact_check", "previous_rating__scale", "new_rating__scale"]
    list_filter = ["kind"]
    readonly_fields = [
        "claim", "fact_check", "kind", "note", "previous_rating", "new_rating", "previous_headline", "previous_text",
        "created_by",
    ]  # fmt: skip


@admin.register(Merge)
class MergeAdmin(ReadOnlyAdmin):
    """The log of duplicates merged away: what, into what, by whom, what moved."""

    list_display = ["created_at", "kind", "merged_name", "into_link", "user", "moved_list", "note"]
    list_select_related = ["user"]
    list_filter = ["kind"]
    search_fields = ["merged_name", "into_name"]

    @admin.display(description="Merged into")
    def into_link(self, merge):
        names = {"claim": "claims_claim", "speaker": "sources_speaker", "source": "sources_source"}
        url = reverse(f"admin:{names[merge.kind]}_change", args=[merge.into_id])
        return format_html('<a href="{}">{}</a>', url, merge.into_name)

    @admin.display(description="Moved")
    def moved_list(self, merge):
        return ", ".join(f"{n} {what}" for what, n in merge.moved.items())


@admin.register(ClaimTransition)
class ClaimTransitionAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "claim", "from_status", "to_status", "user", "note"]
    list_select_related = ["claim", "user"]
    list_filter = ["to_status", ("created_at", DateTimeRangeFilterBuilder())]


class TopicForm(ActionForm):
    class Meta:
        model = Topic
        fields = ["name", "slug", "description"]


@admin.register(Topic)
class TopicAdmin(ActionAdmin):
    form = TopicForm
    create_action = "topic.create"
    delete_action = "topic.delete"
    change_actions = ("topic.change",)
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def save_object(self, request, topic, form, formsets, change):
        if change:
            return actions.do_change_topic(
                topic, form.changes(), actor=request.user, expected_version=form.cleaned_data.get("expected_version")
            )
        data = form.cleaned_data
        return actions.do_create_topic(
            data["name"], slug=data.get("slug", ""), description=data.get("description", ""), actor=request.user
        )

    def delete_object(self, request, topic):
        actions.do_delete_topic(topic, actor=request.user)


class RatingForm(ActionForm):
    class Meta:
        model = Rating
        fields = ["value", "label", "slug", "category", "colour", "description"]


class RatingInline(admin.TabularInline):
    model = Rating
    form = RatingForm
    extra = 0
    fields = ["value", "label", "slug", "category", "colour", "description", "expected_version"]


class RatingScaleForm(ActionForm):
    class Meta:
        model = RatingScale
        fields = ["name", "slug", "methodology", "is_default"]


@admin.register(RatingScale)
class RatingScaleAdmin(ActionAdmin):
    form = RatingScaleForm
    create_action = "rating_scale.change"
    delete_action = "rating_scale.change"
    change_actions = ("rating_scale.change",)
    list_display = ["name", "is_default"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [RatingInline]

    def save_object(self, request, scale, form, formsets, change):
        actor = request.user
        scale = actions.do_save_rating_scale(
            scale if change else None,
            form.changes() if change else {k: v for k, v in form.cleaned_data.items() if k != "expected_version"},
            actor=actor,
            expected_version=form.cleaned_data.get("expected_version"),
        )
        for formset in formsets:
            added, changed, deleted = inline_changes(formset)
            for rating in deleted:
                actions.do_delete_rating(rating, actor=actor)
            for rating, fields in changed.items():
                actions.do_save_rating(
                    rating, fields, actor=actor, expected_version=getattr(rating, "_expected_version", None)
                )
            for fields in added:
                actions.do_save_rating(None, fields, scale=scale, actor=actor)
        return scale

    def delete_object(self, request, scale):
        actions.do_delete_rating_scale(scale, actor=request.user)


@admin.register(Rating)
class RatingAdmin(ActionAdmin):
    form = RatingForm
    change_actions = ("rating_scale.change",)
    delete_action = "rating_scale.change"
    list_display = ["label", "badge", "value", "category", "scale"]
    list_select_related = ["scale"]
    list_filter = ["scale", "category"]
    search_fields = ["label"]

    def save_object(self, request, rating, form, formsets, change):
        return actions.do_save_rating(
            rating, form.changes(), actor=request.user, expected_version=form.cleaned_data.get("expected_version")
        )

    def delete_object(self, request, rating):
        actions.do_delete_rating(rating, actor=request.user)

    @admin.display(description="Badge")
    def badge(self, rating):
        return rating_badge(rating)
