"""Admin building blocks shared by every app: fast pagination, badges, pages whose saves are actions."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.options import ModelAdmin
from django.contrib.admin.utils import flatten_fieldsets
from django.contrib.admin.views.main import ChangeList
from django.core.exceptions import EmptyResultSet
from django.core.paginator import Paginator
from django.db import DataError, connections
from django.db.models import Field, Model, QuerySet
from django.db.models.fields.related import RelatedField
from django.forms.models import BaseInlineFormSet
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.safestring import SafeString

from factdb import policy

if TYPE_CHECKING:
    from django.utils.functional import _StrOrPromise

# Counting more rows than this is not worth a full scan; the changelist says "10,000+" instead.
COUNT_CAP = 10_000


class CappedCountPaginator(Paginator):  # type: ignore[type-arg]  # no runtime subscripting (django_stubs_ext not installed)
    """Counts at most COUNT_CAP + 1 rows, so a page of a huge table never needs a full COUNT(*)."""

    @cached_property
    def count(self) -> int:
        sliced = self.object_list.order_by()[: COUNT_CAP + 1]  # type: ignore[attr-defined]  # a QuerySet here
        try:
            sql, params = sliced.values("pk").query.sql_with_params()
        except EmptyResultSet:  # a filter no row can match (e.g. an id beyond any integer column)
            return 0
        with connections[self.object_list.db].cursor() as cursor:  # type: ignore[attr-defined]
            cursor.execute(f"SELECT COUNT(*) FROM ({sql}) AS capped", params)
            count: int = cursor.fetchone()[0]
            return count


class FastAdmin(admin.ModelAdmin):  # type: ignore[type-arg]  # no runtime subscripting (django_stubs_ext not installed)
    """Bounded queries on big tables: capped counts, no extra full COUNT(*); bad filters are a message, not a 500."""

    paginator = CappedCountPaginator
    show_full_result_count = False
    show_facets = admin.ShowFacets.NEVER  # facet counts aggregate the whole table on every page
    list_per_page = 50

    def changelist_view(self, request: HttpRequest, extra_context: dict[str, Any] | None = None) -> HttpResponse:
        try:
            response = super().changelist_view(request, extra_context)
            if hasattr(response, "render"):
                response.render()  # run the list's queries here, where a bad value can be caught
        except (DataError, OverflowError) as error:
            # e.g. ?topics__id__exact=99999999999999999999: out of range for the database
            self.message_user(
                request,
                f"A filter value is out of range ({str(error).splitlines()[0][:120]}); the filters were cleared.",
                messages.ERROR,
            )
            return HttpResponseRedirect(request.path)
        return response


class ReadOnlyInline(admin.TabularInline):  # type: ignore[type-arg]  # no runtime subscripting (django_stubs_ext not installed)
    """A log shown on its parent's page (workflow history, corrections): never added to or edited here."""

    extra = 0
    can_delete = False

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> Any:
        return self.fields

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


class ReadOnlyAdmin(FastAdmin):
    """Records written only by the workflow or imports: listed and opened, never changed by hand."""

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


def badge(label: str, colour: str = "#6e7781") -> SafeString:
    """A coloured pill for statuses and ratings in lists."""
    return format_html(
        '<span class="factdb-badge" style="background:{};color:#fff;padding:2px 8px;border-radius:10px;'
        'font-size:11px;white-space:nowrap">{}</span>',
        colour,
        label,
    )


class ActionForm(forms.ModelForm):  # type: ignore[type-arg]  # no runtime subscripting (django_stubs_ext not installed)
    """The form of an admin page whose saves are actions: carries the version read, and the refusal, if any."""

    expected_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    action_error: policy.ActionError | None = None  # set when the action refused the save: shown on the form

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None and "expected_version" in self.fields:
            self.fields["expected_version"].initial = getattr(self.instance, "version", None)

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean()
        if self.action_error is not None:
            field = getattr(self.action_error, "code", None)
            if field in self.fields:  # a refusal about one field (the correction note) is shown on it
                self.add_error(field, policy.message(self.action_error))
            else:
                raise forms.ValidationError(policy.message(self.action_error))
        return cleaned

    def changes(self) -> dict[str, Any]:
        """The model fields this form changed, with their new values."""
        names = {f.name for f in self.instance._meta.get_fields()}
        return {name: self.cleaned_data[name] for name in self.changed_data if name in names}


class CorrectionNoteForm(ActionForm):
    correction_note = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Required to change what partners already see; published in the corrections log.",
    )


class ActionAdmin(FastAdmin):
    """An admin page whose writes are actions of the action layer (never a plain save).

    Permissions per object come from the permission table (factdb.policy): `change_actions`
    lists the table actions that change this model (any allowed makes the page editable),
    `field_actions` the action each field needs (others become read-only), and
    `create_action` / `delete_action` the rest. Subclasses implement `save_object` (and
    `save_inline` for their inlines) by calling the actions; a refusal is shown on the
    form, with what was typed kept, and nothing is written.
    """

    form = ActionForm
    create_action: str | None = None
    delete_action: str | None = None
    change_actions: tuple[str, ...] = ()
    field_actions: dict[str, str] = {}
    correction_fields: tuple[str, ...] = ()  # fields of published content: a change needs a correction note

    # --- permissions, from the table -------------------------------------------------------------

    def has_add_permission(self, request: HttpRequest) -> bool:
        return self.create_action is not None and policy.allows(request.user, self.create_action)

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        if not super().has_change_permission(request, obj) and not request.user.is_superuser:
            return False
        if obj is None:
            return any(policy.roles_for(a) & policy.roles_of(request.user) for a in self.change_actions)
        return any(policy.allows(request.user, a, obj) for a in self.change_actions)

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        if self.delete_action is None:
            return False
        if obj is None:
            return bool(policy.roles_for(self.delete_action) & policy.roles_of(request.user))
        return policy.allows(request.user, self.delete_action, obj)

    def get_readonly_fields(self, request: HttpRequest, obj: Model | None = None) -> list[str]:
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None:
            fields += [f for f, a in self.field_actions.items() if not policy.allows(request.user, a, obj)]
        return fields

    def needs_correction_note(self, obj: Model) -> bool:
        """Is `obj` published content (its changes need a public correction note)?"""
        return False

    def get_form(
        self, request: HttpRequest, obj: Model | None = None, change: bool = False, **kwargs: Any
    ) -> type[forms.ModelForm[Any]]:
        if obj is not None and self.needs_correction_note(obj) and issubclass(self.form, ActionForm):
            kwargs["form"] = type("CorrectionForm", (CorrectionNoteForm, self.form), {})
        form = super().get_form(request, obj, change=change, **kwargs)
        error = getattr(request, "_factdb_action_error", None)
        if error is not None:
            form = type(form.__name__, (form,), {"action_error": error})
        return form

    def get_fieldsets(self, request: HttpRequest, obj: Model | None = None) -> Any:
        fieldsets = copy.deepcopy(super().get_fieldsets(request, obj))
        wanted = ["expected_version"] if obj is not None else []
        if obj is not None and self.needs_correction_note(obj):
            wanted.append("correction_note")
        present = set(flatten_fieldsets(fieldsets))
        fieldsets[0][1]["fields"] = [*fieldsets[0][1]["fields"], *(f for f in wanted if f not in present)]
        return fieldsets

    # --- writes, through actions -------------------------------------------------------------------

    def save_model(self, request: HttpRequest, obj: Model, form: ActionForm, change: bool) -> None:
        """Deferred to save_related, so that the object and its inlines are saved by one action."""

    def save_related(
        self, request: HttpRequest, form: ActionForm, formsets: list[BaseInlineFormSet[Any, Any, Any]], change: bool
    ) -> None:
        created = self.save_object(request, form.instance, form, formsets, change)
        for formset in formsets:  # read-only inlines saved nothing: the change message needs to know
            if not hasattr(formset, "new_objects"):
                formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
        if created is not None and not change:  # the admin logs and redirects with the instance it built
            form.instance.pk = created.pk
            form.instance._state.adding = False

    def save_object(
        self,
        request: HttpRequest,
        obj: Model,
        form: ActionForm,
        formsets: list[BaseInlineFormSet[Any, Any, Any]],
        change: bool,
    ) -> Model | None:
        """Call the actions that save `obj` (with `form.changes()`) and its inlines; return the saved object."""
        raise NotImplementedError

    def delete_model(self, request: HttpRequest, obj: Model) -> None:
        self.delete_object(request, obj)

    def delete_object(self, request: HttpRequest, obj: Model) -> None:
        raise NotImplementedError

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        """Bulk delete: each object by its own action; refusals are reported, the rest go."""
        refused = []
        for obj in queryset:
            try:
                self.delete_object(request, obj)
            except policy.ActionError as error:
                refused.append(f"{obj}: {policy.message(error)}")
        for text in refused[:10]:
            self.message_user(request, text, messages.ERROR)

    def changeform_view(
        self,
        request: HttpRequest,
        object_id: str | None = None,
        form_url: str = "",
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        if request.method in ("GET", "HEAD"):  # drawn only: each object's state is read once
            with policy.states_read_once():
                return super().changeform_view(request, object_id, form_url, extra_context)
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except policy.ActionError as error:
            if request.method != "POST":
                raise
            # The save was rolled back (nothing written); show the form again as posted, with the refusal.
            request._factdb_action_error = error  # type: ignore[attr-defined]  # read back by get_form
            return super().changeform_view(request, object_id, form_url, extra_context)

    def delete_view(
        self, request: HttpRequest, object_id: str, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        try:
            return super().delete_view(request, object_id, extra_context)
        except policy.ActionError as error:
            self.message_user(request, policy.message(error), messages.ERROR)
            return HttpResponseRedirect(request.path.rsplit("/delete/", 1)[0] + "/change/")


def inline_changes(
    formset: BaseInlineFormSet[Any, Any, Any],
) -> tuple[list[dict[str, Any]], dict[Model, dict[str, Any]], list[Model]]:
    """(new rows' field dicts, {instance: changed fields}, deleted instances) of a bound, valid inline formset."""
    added: list[dict[str, Any]] = []
    changed: dict[Model, dict[str, Any]] = {}
    deleted: list[Model] = []
    for form in formset.forms:
        if formset.can_delete and formset._should_delete_form(form):  # type: ignore[attr-defined]  # Django's own test
            if form.instance.pk is not None:
                deleted.append(form.instance)
            continue
        if not form.has_changed():  # the admin's own answer: False for rows the user may not change or add
            continue
        fields = {
            name: form.cleaned_data[name]
            for name in form.changed_data
            if name in form.cleaned_data and name not in ("DELETE", "id", formset.fk.name, "expected_version")
        }
        if form.instance.pk is None:
            added.append(
                {
                    name: form.cleaned_data[name]
                    for name in form.cleaned_data
                    if name not in ("DELETE", "id", formset.fk.name, "expected_version")
                }
            )
        elif fields:
            changed[form.instance] = fields
            form.instance._expected_version = form.cleaned_data.get("expected_version")
    # What formset.save() would have noted, for the admin's change message ("Added appearance ...").
    formset.new_objects = [f.instance for f in formset.forms if f.instance.pk is None and f.has_changed()]
    formset.changed_objects = [(obj, list(fields)) for obj, fields in changed.items()]
    formset.deleted_objects = deleted
    return added, changed, deleted


class SearchListFilter(admin.SimpleListFilter):
    """A list filter typed into, not picked from: the sidebar never enumerates a big related table."""

    template = "admin/factdb/search_list_filter.html"

    def lookups(self, request: HttpRequest, model_admin: ModelAdmin[Any]) -> Iterable[tuple[str, str]]:
        return ()

    def has_output(self) -> bool:
        return True

    def choices(self, changelist: ChangeList) -> Iterator[Any]:
        # Hidden copies of the other parameters (filters, search, ordering), so typing here keeps them.
        keep = {k: v for k, v in changelist.filter_params.items() if k != self.parameter_name}
        yield {"keep": keep, "value": self.value() or "", "parameter_name": self.parameter_name}

    def matching(self, term: str) -> QuerySet[Any]:
        """The claims (or other rows) matching `term`, as a queryset of ids; subclasses say how."""
        raise NotImplementedError

    def queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> QuerySet[Any]:
        term = (self.value() or "").strip()
        return queryset.filter(pk__in=self.matching(term)) if term else queryset


class IndexedValuesFilter(admin.AllValuesFieldListFilter):
    """AllValuesFieldListFilter for an indexed column of a big table.

    Django lists the choices with SELECT DISTINCT, which reads every row (137 ms at 1M claims for a handful of
    languages). A loose index scan jumps from one value to the next in the column's B-tree instead: a few index
    probes per distinct value. The column must be on the model itself and have a B-tree index.
    """

    MAX_CHOICES = 100

    def __init__(
        self,
        field: Field[Any, Any],
        request: HttpRequest,
        params: dict[str, list[str]],
        model: type[Model],
        model_admin: ModelAdmin[Any],
        field_path: str,
    ) -> None:
        super().__init__(field, request, params, model, model_admin, field_path)
        table, column = model._meta.db_table, field.column
        sql = f"""
            WITH RECURSIVE walk(value) AS (
                (SELECT "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL ORDER BY "{column}" LIMIT 1)
                UNION ALL
                SELECT (SELECT "{column}" FROM "{table}" WHERE "{column}" > walk.value ORDER BY "{column}" LIMIT 1)
                FROM walk WHERE walk.value IS NOT NULL
            )
            SELECT value FROM walk WHERE value IS NOT NULL LIMIT %s
        """
        with connections[model._default_manager.db].cursor() as cursor:
            cursor.execute(sql, [self.MAX_CHOICES])
            self.lookup_choices = [row[0] for row in cursor.fetchall()]  # type: ignore[assignment]


class StaffFilter(admin.RelatedFieldListFilter):
    """People of the newsroom (staff users) only: partners' and readers' accounts never author anything."""

    def field_choices(
        self, field: RelatedField[Any, Any], request: HttpRequest, model_admin: ModelAdmin[Any]
    ) -> list[tuple[str, _StrOrPromise]]:
        ordering = self.field_admin_ordering(field, request, model_admin)
        # Without the blank choice the stubs' union is a flat list of (pk, label) pairs.
        return field.get_choices(  # type: ignore[return-value]
            include_blank=False, ordering=ordering, limit_choices_to={"is_staff": True}
        )
