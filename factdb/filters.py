"""Filter building blocks shared by every app's filtersets: ids and slugs that never reach the database malformed."""

from typing import Any

import django_filters
from django import forms
from django.db.models import Q, QuerySet

from factdb.models import LANGUAGE_VALIDATOR

MAX_ID = 2**63 - 1  # the largest bigint: a bigger "id" is a 400, never an overflow in the database


class IdFilter(django_filters.NumberFilter):  # type: ignore[misc]  # the library is untyped
    field_class = forms.IntegerField

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class SlugFilter(django_filters.CharFilter):  # type: ignore[misc]  # the library is untyped
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max_length", 100)
        super().__init__(*args, **kwargs)


class LanguageFilter(django_filters.CharFilter):  # type: ignore[misc]
    """A language code: a bare language ('pt') matches its regional variants too ('pt-BR'); a malformed one is a 400."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("field_name", "language")
        kwargs.setdefault("max_length", 20)
        kwargs.setdefault("validators", [LANGUAGE_VALIDATOR])
        super().__init__(*args, **kwargs)

    def filter(self, queryset: QuerySet[Any], value: str) -> QuerySet[Any]:
        if not value:
            return queryset
        return queryset.filter(language_q(value, self.field_name))


def language_q(code: str, field: str = "language") -> Q:
    if "-" in code:
        return Q(**{f"{field}__iexact": code})
    return Q(**{field: code}) | Q(**{f"{field}__istartswith": f"{code}-"})
