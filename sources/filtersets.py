"""Filters for the partner API's speakers, sources and outlets, over their public documents."""

import django_filters

from factdb.filters import IdFilter, LanguageFilter
from factdb.models import COUNTRY_VALIDATOR
from sources.models import PublicOutlet, PublicSource, PublicSpeaker, SourceKind, SpeakerKind
from sources.normalize import normalize_name


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
        model = PublicSpeaker
        fields = []

    def search(self, queryset, name, value):
        key = normalize_name(value)
        # The normalised names and aliases, served by a trigram index.
        return queryset.filter(names__contains=key) if key else queryset


class SourceFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        field_name="title", lookup_expr="icontains", max_length=200, help_text="Title contains."
    )
    outlet = IdFilter(field_name="outlet_id")
    kind = django_filters.ChoiceFilter(choices=SourceKind.choices)
    language = LanguageFilter(help_text="Language code (BCP 47): 'es' also matches 'es-MX'.")
    published_after = django_filters.DateFilter(field_name="published_on", lookup_expr="gte")
    published_before = django_filters.DateFilter(field_name="published_on", lookup_expr="lte")
    updated_after = django_filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")
    updated_before = django_filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="lte")

    class Meta:
        model = PublicSource
        fields = []


class OutletFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        field_name="name", lookup_expr="icontains", max_length=200, help_text="Name contains."
    )
    country = django_filters.CharFilter(validators=[COUNTRY_VALIDATOR], max_length=2)
    domain = django_filters.CharFilter(max_length=253)

    class Meta:
        model = PublicOutlet
        fields = []
