"""Filter building blocks shared by every app's filtersets: ids and slugs that never reach the database malformed."""

import django_filters
from django import forms

MAX_ID = 2**63 - 1  # the largest bigint: a bigger "id" is a 400, never an overflow in the database


class IdFilter(django_filters.NumberFilter):  # type: ignore[misc]  # the library is untyped
    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(*args, **kwargs)


class SlugFilter(django_filters.CharFilter):  # type: ignore[misc]  # the library is untyped
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 100)
        super().__init__(*args, **kwargs)
