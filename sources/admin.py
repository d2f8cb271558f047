from django import forms
from django.contrib import admin
from django.contrib.admin import helpers
from django.db.models import Q
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from rangefilter.filters import DateRangeFilterBuilder

from factdb import policy
from factdb.adminkit import ActionAdmin, ActionForm, IndexedValuesFilter, SearchListFilter, inline_changes
from sources import actions
from sources.models import Outlet, Source, Speaker, SpeakerAlias
from sources.normalize import normalize_name, normalize_url


class MergeActionForm(helpers.ActionForm):
    """The action bar, with the id of the row to keep for "Merge selected"."""

    merge_into = forms.CharField(
        required=False, label="Merge into id", widget=forms.TextInput(attrs={"size": 6, "placeholder": "id"})
    )
    merge_note = forms.CharField(
        required=False, label="Correction note (if public)", widget=forms.TextInput(attrs={"size": 30})
    )


def _merges(modeladmin, request, action_name, kind):
    """The merge action for speakers or sources, offered to the roles that may merge (declared by claims)."""
    merge = MERGE_ACTIONS.get(kind)
    if merge is None or not policy.roles_for(action_name) & policy.roles_of(request.user):
        return {}
    return {merge.__name__: (merge, merge.__name__, merge.short_description)}


# kind -> admin action; the claims app registers them (merging moves appearances, which are claims').
MERGE_ACTIONS: dict = {}


def _new(form) -> dict:
    return {k: v for k, v in form.cleaned_data.items() if k != "expected_version"}


class OutletForm(ActionForm):
    class Meta:
        model = Outlet
        fields = ["name", "domain", "url", "country", "description"]


@admin.register(Outlet)
class OutletAdmin(ActionAdmin):
    form = OutletForm
    create_action = "outlet.create"
    delete_action = "outlet.delete"
    change_actions = ("outlet.change",)
    list_display = ["name", "domain", "country", "updated_at"]
    search_fields = ["name", "domain"]
    list_filter = ["country"]

    def save_object(self, request, outlet, form, formsets, change):
        if change:
            return actions.do_change_outlet(
                outlet, form.changes(), actor=request.user, expected_version=form.cleaned_data.get("expected_version")
            )
        data = _new(form)
        return actions.do_create_outlet(data.pop("name"), actor=request.user, **data)

    def delete_object(self, request, outlet):
        actions.do_delete_outlet(outlet, actor=request.user)


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 1
    fields = ["name"]

    def _allowed(self, request, speaker):
        if speaker is None:
            return policy.allows(request.user, "speaker.create")
        return policy.allows(request.user, "speaker.change", speaker)

    def has_add_permission(self, request, obj=None):
        return self._allowed(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._allowed(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._allowed(request, obj)


class SpeakerForm(ActionForm):
    create_anyway = forms.BooleanField(
        required=False,
        label="Create anyway",
        help_text="Tick only when the speakers suggested above are other people.",
    )

    class Meta:
        model = Speaker
        fields = ["name", "kind", "role", "affiliation", "country", "wikidata_id", "same_as", "description"]

    def clean_name(self):
        """Before a new speaker is created: "Did you mean Zamir Kabulov?" (any spelling, alias, script)."""
        name = " ".join((self.cleaned_data.get("name") or "").split())
        if self.instance.pk is None and name and not self.data.get(self.add_prefix("create_anyway")):
            similar = Speaker.objects.similar(name)
            if similar:
                links = format_html_join(
                    " or ",
                    '<a href="{}" target="_blank" title="Also known as: {}">{}</a>',
                    (
                        (
                            reverse("admin:sources_speaker_change", args=[s.pk]),
                            ", ".join(a.name for a in s.aliases.all()) or "—",
                            s.name,
                        )
                        for s in similar
                    ),
                )
                raise forms.ValidationError(
                    format_html(
                        "Did you mean {}? Use the existing speaker (add “{}” as an alias there), or tick "
                        "“Create anyway” if this is someone else.",
                        links,
                        name,
                    ),
                    code="similar_speaker",
                )
        return name


@admin.register(Speaker)
class SpeakerAdmin(ActionAdmin):
    form = SpeakerForm
    create_action = "speaker.create"
    delete_action = "speaker.delete"
    change_actions = ("speaker.change",)
    list_display = ["name", "kind", "role", "affiliation", "country", "alias_list"]
    list_filter = ["kind", "country"]
    search_fields = ["name"]  # see get_search_results: names and aliases, accent-insensitive
    search_help_text = "Name or any alias; case and accents are ignored."
    inlines = [SpeakerAliasInline]
    action_form = MergeActionForm
    fieldsets = [
        (None, {"fields": ["name", "kind", "role", "affiliation", "country"]}),
        ("Identity", {"fields": ["wikidata_id", "same_as", "description"]}),
    ]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if obj is None:  # the duplicate check's confirmation, on the add page only
            fieldsets[0][1]["fields"] = [*fieldsets[0][1]["fields"], "create_anyway"]
        return fieldsets

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("aliases")

    def get_actions(self, request):
        return {**super().get_actions(request), **_merges(self, request, "speaker.merge", "speaker")}

    def get_search_results(self, request, queryset, search_term):
        # Trigram-indexed substring match over normalised names and aliases.
        return queryset.search(search_term), False

    def save_object(self, request, speaker, form, formsets, change):
        actor = request.user
        if change:
            speaker = actions.do_change_speaker(
                speaker, form.changes(), actor=actor, expected_version=form.cleaned_data.get("expected_version")
            )
        else:
            data = _new(form)
            data.pop("create_anyway", None)
            speaker = actions.do_create_speaker(data.pop("name"), actor=actor, **data)
        for formset in formsets:
            added, changed, deleted = inline_changes(formset)
            for alias in [*deleted, *changed]:
                actions.do_remove_alias(alias, actor=actor)
            for fields in [*added, *changed.values()]:
                actions.do_add_alias(speaker, fields["name"], actor=actor)
        return speaker

    def delete_object(self, request, speaker):
        actions.do_delete_speaker(speaker, actor=request.user)

    @admin.display(description="Aliases")
    def alias_list(self, speaker):
        return ", ".join(alias.name for alias in speaker.aliases.all())


@admin.register(SpeakerAlias)
class SpeakerAliasAdmin(ActionAdmin):
    """Listed for search; aliases are added and removed on their speaker's page."""

    list_display = ["name", "speaker"]
    list_select_related = ["speaker"]
    search_fields = ["name"]

    def get_search_results(self, request, queryset, search_term):
        key = normalize_name(search_term)
        return (queryset.filter(normalized_name__contains=key) if key else queryset), False


class SourceForm(ActionForm):
    class Meta:
        model = Source
        fields = ["kind", "title", "url", "outlet", "published_on", "language", "full_text", "archive_url"]


class SourceOutletFilter(SearchListFilter):
    title = "outlet (name or domain)"
    parameter_name = "outlet"

    def matching(self, term):
        return Source.objects.filter(outlet__in=Outlet.objects.search(term)).values("pk")


@admin.register(Source)
class SourceAdmin(ActionAdmin):
    form = SourceForm
    create_action = "source.create"
    delete_action = "source.delete"
    change_actions = ("source.change",)
    list_display = ["title", "kind", "outlet", "published_on", "language"]
    list_select_related = ["outlet"]
    list_filter = [
        "kind",
        ("language", IndexedValuesFilter),
        ("published_on", DateRangeFilterBuilder()),
        SourceOutletFilter,
    ]
    search_fields = ["title"]
    search_help_text = "Title (substring) or exact URL."
    autocomplete_fields = ["outlet"]
    # No date_hierarchy: its year links come from a DISTINCT over every source; the date range filter serves.
    action_form = MergeActionForm
    readonly_fields = ["content_hash", "duplicate_sources", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["kind", "title", "url", "outlet", "published_on", "language"]}),
        ("Content", {"fields": ["full_text", "archive_url", "content_hash", "duplicate_sources"]}),
        ("Record", {"fields": ["created_at", "updated_at"], "classes": ["collapse"]}),
    ]

    def get_search_results(self, request, queryset, search_term):
        term = search_term.strip()
        if not term:
            return queryset, False
        # icontains is served by the trigram index on UPPER(title); URLs match exactly once normalised.
        return queryset.filter(Q(title__icontains=term) | Q(url=normalize_url(term))), False

    def get_actions(self, request):
        return {**super().get_actions(request), **_merges(self, request, "source.merge", "source")}

    def save_object(self, request, source, form, formsets, change):
        if change:
            return actions.do_change_source(
                source, form.changes(), actor=request.user, expected_version=form.cleaned_data.get("expected_version")
            )
        return actions.do_create_source(actor=request.user, **_new(form))

    def delete_object(self, request, source):
        actions.do_delete_source(source, actor=request.user)

    @admin.display(description="Same text as")
    def duplicate_sources(self, source):
        return ", ".join(str(dup) for dup in source.duplicates()[:5]) or "—"
