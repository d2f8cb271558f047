"""Filters for the partner API's claims, fact-checks and corrections.

Filters on verdicts only ever look at published fact-checks (FactCheck.objects.published()),
so a draft's rating can't be inferred from which claims a filter returns.
"""

import django_filters
from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import FloatField, Max, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce

from claims.models import SEARCH_CONFIG, Appearance, Claim, ClaimStatus, Correction, FactCheck, RatingCategory
from factdb.filters import IdFilter, SlugFilter


def search_query(value: str) -> SearchQuery:
    """Partners type what they would into a search engine: quotes, OR, -exclusions (websearch_to_tsquery)."""
    return SearchQuery(value, search_type="websearch", config=SEARCH_CONFIG)


def _max_rank(queryset, outer_field, query):
    ranks = (
        queryset.filter(**{outer_field: OuterRef("pk")}, search_vector=query)
        .order_by()
        .values(outer_field)
        .annotate(best=Max(SearchRank("search_vector", query)))
        .values("best")
    )
    return Coalesce(Subquery(ranks, output_field=FloatField()), Value(0.0))


class ClaimFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="search",
        max_length=500,
        help_text="Full-text search over claim text, quotes and published fact-checks "
        '(web-search syntax: "exact phrase", or, -exclude). Results are ranked.',
    )
    speaker = IdFilter(field_name="appearances__speaker")
    source = IdFilter(field_name="appearances__source")
    outlet = IdFilter(field_name="appearances__source__outlet")
    topic = SlugFilter(field_name="topics__slug", distinct=True, help_text="Topic slug.")
    rating = SlugFilter(method="filter_rating", help_text="Slug of the current published verdict's rating.")
    category = django_filters.ChoiceFilter(
        choices=RatingCategory.choices,
        method="filter_category",
        help_text="Normalised category of the current published verdict.",
    )
    status = django_filters.ChoiceFilter(choices=ClaimStatus.choices)
    language = SlugFilter(field_name="language")
    said_after = django_filters.DateFilter(field_name="appearances__said_on", lookup_expr="gte", distinct=True)
    said_before = django_filters.DateFilter(field_name="appearances__said_on", lookup_expr="lte", distinct=True)
    published_after = django_filters.IsoDateTimeFilter(
        method="filter_published_after", help_text="Current verdict published at or after."
    )
    published_before = django_filters.IsoDateTimeFilter(
        method="filter_published_before", help_text="Current verdict published at or before."
    )
    updated_after = django_filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")
    updated_before = django_filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="lte")

    class Meta:
        model = Claim
        fields = []

    def _verdict(self, queryset, **lookups):
        return queryset.filter(current_fact_check__in=FactCheck.objects.published().filter(**lookups))

    def filter_rating(self, queryset, name, value):
        return self._verdict(queryset, rating__slug=value)

    def filter_category(self, queryset, name, value):
        return self._verdict(queryset, rating__category=value)

    def filter_published_after(self, queryset, name, value):
        return self._verdict(queryset, published_at__gte=value)

    def filter_published_before(self, queryset, name, value):
        return self._verdict(queryset, published_at__lte=value)

    def search(self, queryset, name, value):
        if not value.strip():
            return queryset
        query = search_query(value)
        appearances = Appearance.objects.public()
        fact_checks = FactCheck.objects.public()
        queryset = queryset.filter(
            Q(search_vector=query)
            | Q(pk__in=appearances.filter(search_vector=query).values("claim_id"))
            | Q(pk__in=fact_checks.filter(search_vector=query).values("claim_id"))
        )
        return queryset.annotate(
            rank=SearchRank("search_vector", query)
            + _max_rank(appearances, "claim", query)
            + _max_rank(fact_checks, "claim", query)
        )


class FactCheckFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        method="search",
        max_length=500,
        help_text="Full-text search over the fact-check, its claim and the claim's quotes.",
    )
    claim = IdFilter(field_name="claim")
    speaker = IdFilter(field_name="claim__appearances__speaker")
    source = IdFilter(field_name="claim__appearances__source")
    outlet = IdFilter(field_name="claim__appearances__source__outlet")
    topic = SlugFilter(field_name="claim__topics__slug", distinct=True, help_text="Topic slug.")
    rating = SlugFilter(field_name="rating__slug")
    category = django_filters.ChoiceFilter(field_name="rating__category", choices=RatingCategory.choices)
    language = SlugFilter(field_name="claim__language")
    said_after = django_filters.DateFilter(field_name="claim__appearances__said_on", lookup_expr="gte", distinct=True)
    said_before = django_filters.DateFilter(field_name="claim__appearances__said_on", lookup_expr="lte", distinct=True)
    published_after = django_filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="gte")
    published_before = django_filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="lte")
    updated_after = django_filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="gte")
    updated_before = django_filters.IsoDateTimeFilter(field_name="updated_at", lookup_expr="lte")

    class Meta:
        model = FactCheck
        fields = []

    def search(self, queryset, name, value):
        if not value.strip():
            return queryset
        query = search_query(value)
        claims = Claim.objects.public()
        appearances = Appearance.objects.public()
        queryset = queryset.filter(
            Q(search_vector=query)
            | Q(claim__in=claims.filter(search_vector=query))
            | Q(claim__in=appearances.filter(search_vector=query).values("claim_id"))
        )
        claim_rank = Coalesce(
            Subquery(
                claims.filter(pk=OuterRef("claim_id"), search_vector=query)
                .annotate(r=SearchRank("search_vector", query))
                .values("r")[:1],
                output_field=FloatField(),
            ),
            Value(0.0),
        )
        appearance_rank = Coalesce(
            Subquery(
                appearances.filter(claim=OuterRef("claim_id"), search_vector=query)
                .order_by()
                .values("claim")
                .annotate(best=Max(SearchRank("search_vector", query)))
                .values("best"),
                output_field=FloatField(),
            ),
            Value(0.0),
        )
        return queryset.annotate(rank=SearchRank("search_vector", query) + claim_rank + appearance_rank)


class CorrectionFilterSet(django_filters.FilterSet):
    fact_check = IdFilter(field_name="fact_check")
    published_after = django_filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="gte")
    published_before = django_filters.IsoDateTimeFilter(field_name="published_at", lookup_expr="lte")

    class Meta:
        model = Correction
        fields = []
