"""Admin building blocks shared by every app: fast pagination, badges, edit-conflict forms."""

from concurrency.exceptions import RecordModifiedError
from concurrency.forms import ConcurrentForm, VersionField, VersionWidget
from django.contrib import admin, messages
from django.core.exceptions import NON_FIELD_ERRORS
from django.core.paginator import Paginator
from django.db import connections
from django.http import HttpResponseRedirect
from django.utils.functional import cached_property
from django.utils.html import format_html

# Counting more rows than this is not worth a full scan; the changelist says "10,000+" instead.
COUNT_CAP = 10_000


class CappedCountPaginator(Paginator):
    """Counts at most COUNT_CAP + 1 rows, so a page of a huge table never needs a full COUNT(*)."""

    @cached_property
    def count(self):
        sliced = self.object_list.order_by()[: COUNT_CAP + 1]
        with connections[self.object_list.db].cursor() as cursor:
            sql, params = sliced.values("pk").query.sql_with_params()
            cursor.execute(f"SELECT COUNT(*) FROM ({sql}) AS capped", params)
            return cursor.fetchone()[0]


class FastAdmin(admin.ModelAdmin):
    """Bounded queries on big tables: capped counts, no extra full COUNT(*)."""

    paginator = CappedCountPaginator
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER  # facet counts aggregate the whole table on every page
    list_per_page = 50


class ReadOnlyInline(admin.TabularInline):
    """A log shown on its parent's page (workflow history, corrections): never added to or edited here."""

    extra = 0
    can_delete = False

    def get_readonly_fields(self, request, obj=None):
        return self.fields

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False


class ReadOnlyAdmin(FastAdmin):
    """Records written only by the workflow or imports: listed and opened, never changed by hand."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def badge(label: str, colour: str = "#6e7781"):
    """A coloured pill for statuses and ratings in lists."""
    return format_html(
        '<span class="factdb-badge" style="background:{};color:#fff;padding:2px 8px;border-radius:10px;'
        'font-size:11px;white-space:nowrap">{}</span>',
        colour,
        label,
    )


CONFLICT_MESSAGE = (
    "Someone else saved this record while you were editing it. Nothing was overwritten: "
    "open it again to see their changes, then re-apply yours."
)


class EditConflictForm(ConcurrentForm):
    """Refuses the second of two concurrent saves with a message editors understand."""

    def clean(self):
        cleaned = super().clean()
        errors = self.errors.get(NON_FIELD_ERRORS)
        if errors and "Record Modified" in errors:
            self.errors[NON_FIELD_ERRORS] = self.error_class([CONFLICT_MESSAGE])
        return cleaned


class VersionedModelAdmin(admin.ModelAdmin):
    """For models with a version field: the form carries it and stale saves are refused."""

    form = EditConflictForm
    formfield_overrides = {VersionField: {"widget": VersionWidget}}

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except RecordModifiedError:
            # The race was lost between validation and save: same outcome, nothing written.
            self.message_user(request, CONFLICT_MESSAGE, messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())


class SearchListFilter(admin.SimpleListFilter):
    """A list filter typed into, not picked from: the sidebar never enumerates a big related table."""

    template = "admin/factdb/search_list_filter.html"

    def lookups(self, request, model_admin):
        return ()

    def has_output(self):
        return True

    def choices(self, changelist):
        # Hidden copies of the other parameters (filters, search, ordering), so typing here keeps them.
        keep = {k: v for k, v in changelist.filter_params.items() if k != self.parameter_name}
        yield {"keep": keep, "value": self.value() or "", "parameter_name": self.parameter_name}

    def matching(self, term: str):
        """The claims (or other rows) matching `term`, as a queryset of ids; subclasses say how."""
        raise NotImplementedError

    def queryset(self, request, queryset):
        term = (self.value() or "").strip()
        return queryset.filter(pk__in=self.matching(term)) if term else queryset
