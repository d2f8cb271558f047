"""Filters for the partner API's speakers, sources and outlets."""

import django_filters

from factdb.filters import IdFilter, SlugFilter
from factdb.models import COUNTRY_VALIDATOR
from sources.models import Outlet, Source, SourceKind, Speaker, SpeakerKind


class SpeakerFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="search", max_length=200, help_text="Name or alias contains (accent-insensitive)."
    )
    kind = django_filters.ChoiceFilter(choices=SpeakerKind.choices)
    country = django_filters.CharFilter(validators=[COUNTRY_VALIDATOR], max_length=2)
    wikidata_id = django_filters.CharFilter(max_length=20)
    updated_after = django_filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")
    updated_before = django_filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="lte")

    class Meta:
        model = Speaker
        fields = []

    def search(self, queryset, name, value):
        return queryset.search(value)


class SourceFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        field_name="title", lookup_expr="icontains", max_length=200, help_text="Title contains."
    )
    outlet = IdFilter(field_name="outlet")
    kind = django_filters.ChoiceFilter(choices=SourceKind.choices)
    language = SlugFilter(field_name="language")
    published_after = django_filters.DateFilter(field_name="published_on", lookup_expr="gte")
    published_before = django_filters.DateFilter(field_name="published_on", lookup_expr="lte")
    updated_after = django_filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")
    updated_before = django_filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="lte")

    class Meta:
        model = Source
        fields = []


class OutletFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        field_name="name", lookup_expr="icontains", max_length=200, help_text="Name contains."
    )
    country = django_filters.CharFilter(validators=[COUNTRY_VALIDATOR], max_length=2)
    domain = django_filters.CharFilter(max_length=253)

    class Meta:
        model = Outlet
        fields = []
