"""Filters for the partner API's claims, fact-checks and corrections, over their public documents.

Every filter reads a column of the public projection (claims.models.Public*), filled from
public data only: a filter cannot select by anything partners cannot see (an unpublished
appearance's speaker, a draft's rating). Lists are served by indexes on those columns.
"""

import django_filters
from django.conf import settings
from django.contrib.postgres.search import SearchRank
from django.db.models import F

from claims.models import (
    ClaimStatus,
    FactCheckStatus,
    PublicClaim,
    PublicCorrection,
    PublicFactCheck,
    RatingCategory,
)
from claims.search import search_query
from factdb.filters import IdFilter, LanguageFilter, SlugFilter


def ranked(queryset, value: str, language: str = ""):
    """Matches of `value`, ranked. Only the newest FACTDB_API_SEARCH_CANDIDATES matches are ranked,
    so a word in half the claims costs what a rare one does (the GIN index finds them, the cap bounds the sort).

    `value` is parsed for `language` (the documents' vectors are built in their own language), or, without
    one, for every language at once (claims.search)."""
    value = value.strip()
    if not value:
        return queryset
    query = search_query(value, language)
    candidates = queryset.filter(search=query).order_by("-id").values("id")[: settings.FACTDB_API_SEARCH_CANDIDATES]
    return queryset.filter(id__in=candidates).annotate(rank=SearchRank(F("search"), query))


class ContainsFilter(IdFilter):
    """An id that one of the document's id arrays (speakers, sources, outlets) contains."""

    def filter(self, queryset, value):
        if value in (None, ""):
            return queryset
        return queryset.filter(**{f"{self.field_name}__contains": [value]})


class SlugInFilter(SlugFilter):
    def filter(self, queryset, value):
        if not value:
            return queryset
        return queryset.filter(**{f"{self.field_name}__contains": [value]})


class _DocumentFilterSet(django_filters.FilterSet):
    """Filters claims and fact-checks share (their documents carry the same columns)."""

    speaker = ContainsFilter(field_name="speaker_ids", help_text="Said (publicly) by this speaker id.")
    source = ContainsFilter(field_name="source_ids", help_text="Appearing in this source id.")
    outlet = ContainsFilter(field_name="outlet_ids", help_text="Appearing in a source of this outlet id.")
    topic = SlugInFilter(field_name="topic_slugs", help_text="Topic slug.")
    category = django_filters.ChoiceFilter(choices=RatingCategory.choices)
    language = LanguageFilter(
        help_text="Language code (BCP 47): 'es' also matches 'es-MX'. With q, the query is read in this language."
    )
    said_after = django_filters.DateFilter(field_name="said_max", lookup_expr="gte", help_text="Said on or after.")
    said_before = django_filters.DateFilter(field_name="said_min", lookup_expr="lte", help_text="Said on or before.")
    updated_after = django_filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")
    updated_before = django_filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="lte")


class ClaimFilterSet(_DocumentFilterSet):
    rating = SlugFilter(field_name="rating_slug", help_text="Slug of the current published verdict's rating.")
    status = django_filters.ChoiceFilter(choices=ClaimStatus.choices)
    published_after = django_filters.IsoDateTimeFilter(
        field_name="verdict_published_at", lookup_expr="gte", help_text="Current verdict published at or after."
    )
    published_before = django_filters.IsoDateTimeFilter(
        field_name="verdict_published_at", lookup_expr="lte", help_text="Current verdict published at or before."
    )
    # Last: it ranks what the other filters selected.
    q = django_filters.CharFilter(
        method="search",
        max_length=500,
        help_text="Full-text search over claim text, quotes and published fact-checks "
        '(web-search syntax: "exact phrase", or, -exclude). Results are ranked. Read in `language` when given, '
        "else in every language; case and accents never matter.",
    )

    class Meta:
        model = PublicClaim
        fields = []

    def search(self, queryset, name, value):
        return ranked(queryset, value, self.form.cleaned_data.get("language") or "")


class FactCheckFilterSet(_DocumentFilterSet):
    claim = IdFilter(field_name="claim_id")
    rating = SlugFilter(field_name="rating_slug")
    status = django_filters.ChoiceFilter(
        choices=[(s, label) for s, label in FactCheckStatus.choices if s in ("published", "retracted")]
    )
    published_after = django_filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="gte")
    published_before = django_filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="lte")
    q = django_filters.CharFilter(
        method="search",
        max_length=500,
        help_text="Full-text search over the fact-check, its claim and the claim's quotes; read in `language` "
        "when given, else in every language.",
    )

    class Meta:
        model = PublicFactCheck
        fields = []

    def search(self, queryset, name, value):
        return ranked(queryset, value, self.form.cleaned_data.get("language") or "")


class CorrectionFilterSet(django_filters.FilterSet):
    fact_check = IdFilter(field_name="fact_check_id")
    claim = IdFilter(field_name="claim_id")
    published_after = django_filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="gte")
    published_before = django_filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="lte")

    class Meta:
        model = PublicCorrection
        fields = []
