from django.contrib import admin
from django.db.models import Q
from rangefilter.filters import DateRangeFilterBuilder

from factdb.adminkit import FastAdmin
from sources.models import Outlet, Source, Speaker, SpeakerAlias
from sources.normalize import normalize_name, normalize_url


@admin.register(Outlet)
class OutletAdmin(FastAdmin):
    list_display = ["name", "domain", "country", "updated_at"]
    search_fields = ["name", "domain"]
    list_filter = ["country"]


class SpeakerAliasInline(admin.TabularInline):
    model = SpeakerAlias
    extra = 1
    fields = ["name"]


@admin.register(Speaker)
class SpeakerAdmin(FastAdmin):
    list_display = ["name", "kind", "role", "affiliation", "country", "alias_list"]
    list_filter = ["kind", "country"]
    search_fields = ["name"]  # see get_search_results: names and aliases, accent-insensitive
    search_help_text = "Name or any alias; case and accents are ignored."
    inlines = [SpeakerAliasInline]
    fieldsets = [
        (None, {"fields": ["name", "kind", "role", "affiliation", "country"]}),
        ("Identity", {"fields": ["wikidata_id", "same_as", "description"]}),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("aliases")

    def get_search_results(self, request, queryset, search_term):
        # Trigram-indexed substring match over normalised names and aliases.
        return queryset.search(search_term), False

    @admin.display(description="Aliases")
    def alias_list(self, speaker):
        return ", ".join(alias.name for alias in speaker.aliases.all())


@admin.register(SpeakerAlias)
class SpeakerAliasAdmin(FastAdmin):
    list_display = ["name", "speaker"]
    list_select_related = ["speaker"]
    search_fields = ["name"]
    autocomplete_fields = ["speaker"]

    def get_search_results(self, request, queryset, search_term):
        key = normalize_name(search_term)
        return (queryset.filter(normalized_name__contains=key) if key else queryset), False


@admin.register(Source)
class SourceAdmin(FastAdmin):
    list_display = ["title", "kind", "outlet", "published_on", "language"]
    list_select_related = ["outlet"]
    list_filter = [
        "kind",
        "language",
        ("published_on", DateRangeFilterBuilder()),
        ("outlet", admin.RelatedOnlyFieldListFilter),
    ]
    search_fields = ["title"]
    search_help_text = "Title (substring) or exact URL."
    autocomplete_fields = ["outlet"]
    date_hierarchy = "published_on"
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

    @admin.display(description="Same text as")
    def duplicate_sources(self, source):
        return ", ".join(str(dup) for dup in source.duplicates()[:5]) or "—"
