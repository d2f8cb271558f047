"""One Django form per kind of imported row: the per-field rules and messages.

Column names are the form's field names. A field marked `required` is a required
column; the others may be left out of the file. `EXPORT_ONLY` columns are written
by export_public for partners and ignored on import, so an export imports back.
"""

import datetime

from django import forms
from django.core.validators import URLValidator
from django.forms.forms import DeclarativeFieldsMetaclass

from claims.models import AppearanceKind
from factdb.models import COUNTRY_VALIDATOR, LANGUAGE_VALIDATOR, WIKIDATA_VALIDATOR
from sources.models import SourceKind, Speaker, SpeakerKind
from sources.normalize import normalize_name

MAX_TEXT = 20_000  # characters in a claim, quote or description; longer is a paste gone wrong
LIST_SEPARATOR = "|"
HTTP_URL = URLValidator(schemes=["http", "https"], message="Enter a valid http(s) URL.")


class WebURLField(forms.URLField):
    default_validators = [HTTP_URL]

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 2000)
        super().__init__(assume_scheme="https", **kwargs)


class ISODateField(forms.DateField):
    """YYYY-MM-DD (a trailing time, as in ClaimReview's datePublished, is allowed and dropped)."""

    default_error_messages = {"invalid": "Enter a real date as YYYY-MM-DD."}

    def to_python(self, value):
        if isinstance(value, datetime.date):
            return value
        value = (value or "").strip()
        if not value:
            return None
        try:
            day = datetime.date.fromisoformat(value[:10])
        except ValueError:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None
        if len(value) > 10 and value[10] not in "T ":
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        if day > datetime.date.today() + datetime.timedelta(days=1):
            raise forms.ValidationError("This date is in the future.", code="future")
        if day.year < 1800:
            raise forms.ValidationError("This date is before 1800.", code="too_old")
        return day


class LooseChoiceField(forms.ChoiceField):
    """A choice by value or label, any case: 'Organisation', 'organization', 'Direct quote' all work."""

    def __init__(self, choices, **kwargs):
        super().__init__(choices=[("", "")] + list(choices), required=False, **kwargs)
        self.lookup = {}
        for value, label in choices:
            self.lookup[value.lower()] = self.lookup[str(label).lower()] = value
        self.allowed = ", ".join(value for value, _ in choices)

    def to_python(self, value):
        value = " ".join(str(value or "").lower().replace("_", " ").split())
        if not value:
            return ""
        value = self.lookup.get(value) or self.lookup.get(value.replace(" ", "_"))
        if value is None:
            raise forms.ValidationError(f"Use one of: {self.allowed}.", code="invalid_choice")
        return value


class ListField(forms.Field):
    """Several values: a JSON list, or text separated by '|'."""

    def __init__(self, *, item: forms.Field, **kwargs):
        self.item = item
        super().__init__(required=False, **kwargs)

    def to_python(self, value):
        if value in (None, ""):
            return []
        items = value if isinstance(value, list) else str(value).split(LIST_SEPARATOR)
        return [str(item).strip() for item in items if str(item).strip()]

    def validate(self, value):
        pass

    def run_validators(self, value):
        cleaned, errors = [], []
        for item in value:
            try:
                cleaned.append(self.item.clean(item))
            except forms.ValidationError as error:
                errors.extend(f"“{item[:60]}”: {message}" for message in error.messages)
        if errors:
            raise forms.ValidationError(errors)
        value[:] = cleaned


class LanguageField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(max_length=20, required=False, validators=[LANGUAGE_VALIDATOR], **kwargs)

    def to_python(self, value):
        value = super().to_python(value).replace("_", "-")
        primary, _, rest = value.partition("-")
        return f"{primary.lower()}-{rest}" if rest else primary.lower()


class CountryField(forms.CharField):
    """'gb' -> 'GB'."""

    def __init__(self, **kwargs):
        super().__init__(max_length=2, required=False, validators=[COUNTRY_VALIDATOR], **kwargs)

    def to_python(self, value):
        return super().to_python(value).upper()


class WikidataField(forms.CharField):
    """'Q42' or its Wikidata URL -> 'Q42'."""

    def __init__(self, **kwargs):
        super().__init__(max_length=20, required=False, validators=[WIKIDATA_VALIDATOR], **kwargs)

    def to_python(self, value):
        value = str(value or "").strip()
        return value.rstrip("/").rsplit("/", 1)[-1] if "wikidata.org/" in value else value


def text(max_length, required=False):
    return forms.CharField(max_length=max_length, required=required)


class SpeakerNameField(forms.CharField):
    """A speaker's name or alias. Its lookup form (in Latin letters) is stored too, and must fit its
    column: "北" is one character, "bei " four, so a name can pass max_length and still not fit."""

    def __init__(self, required=False):
        super().__init__(max_length=200, required=required)

    def validate(self, value):
        super().validate(value)
        limit = Speaker._meta.get_field("normalized_name").max_length
        length = len(normalize_name(value))
        if length > limit:
            raise forms.ValidationError(
                f"Too long once spelt in Latin letters for lookups ({length} characters; {limit} at most).",
                code="max_length",
            )


class _SharedFields(dict):
    def __deepcopy__(self, memo):
        return dict(self)  # a new dict of the same (never modified) field objects


class RowFormMetaclass(DeclarativeFieldsMetaclass):
    """Row forms validate thousands of rows and never change their fields: share them instead of
    deep-copying them for every row (which cost more than the validation itself)."""

    def __new__(mcs, name, bases, attrs):
        cls = super().__new__(mcs, name, bases, attrs)
        cls.base_fields = _SharedFields(cls.base_fields)
        return cls


class RowForm(forms.Form, metaclass=RowFormMetaclass):
    """Values arrive as text (CSV) or JSON scalars; a JSON list or object where text belongs is an error."""

    EXPORT_ONLY: frozenset[str] = frozenset()
    LIST_FIELDS: frozenset[str] = frozenset()

    def __init__(self, data):
        prepared, self.shape_errors = {}, {}
        for name, value in data.items():
            if isinstance(value, list | dict) and name not in self.LIST_FIELDS:
                self.shape_errors[name] = "must be text, not a JSON list or object"
            elif value is None:
                prepared[name] = ""
            elif isinstance(value, bool):
                prepared[name] = "true" if value else "false"
            else:
                prepared[name] = value if isinstance(value, list) else str(value)
        super().__init__(prepared)

    def clean(self):
        for name, message in self.shape_errors.items():
            if name in self.fields:
                self.add_error(name, message)
        return super().clean()

    @classmethod
    def columns(cls) -> tuple[set[str], set[str]]:
        """(required, optional) column names."""
        fields = cls.base_fields
        return {n for n, f in fields.items() if f.required}, {n for n, f in fields.items() if not f.required}


class AppearanceFields(RowForm):
    """Where and how a claim was made; shared by the claims and appearances kinds."""

    speaker = SpeakerNameField()
    speaker_kind = LooseChoiceField(SpeakerKind.choices)
    quote = text(MAX_TEXT)
    source_url = WebURLField(required=False)
    source_title = text(500)
    source_kind = LooseChoiceField(SourceKind.choices)
    outlet = text(200)
    published_on = ISODateField(required=False)
    said_on = ISODateField(required=False)
    kind = LooseChoiceField(AppearanceKind.choices)
    location = text(100)

    APPEARANCE_DETAILS = ("speaker", "quote", "source_title", "published_on", "said_on", "location", "outlet")

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("source_url") and "source_url" not in self.errors:
            given = [name for name in self.APPEARANCE_DETAILS if cleaned.get(name)]
            if given or self.fields["source_url"].required:
                reason = f"needed with {', '.join(given)}" if given else "required"
                self.add_error("source_url", f"The URL of the source the claim appeared in is {reason}.")
        return cleaned


class ClaimRow(AppearanceFields):
    claim_text = text(MAX_TEXT, required=True)
    language = LanguageField()
    topics = ListField(item=text(100))

    EXPORT_ONLY = frozenset({"claim_id", "status", "rating", "rating_category", "fact_check_url"})
    LIST_FIELDS = frozenset({"topics"})


class AppearanceRow(AppearanceFields):
    claim_text = text(MAX_TEXT, required=True)
    quote = text(MAX_TEXT, required=True)
    source_url = WebURLField(required=True)

    EXPORT_ONLY = frozenset({"claim_id"})


class SpeakerRow(RowForm):
    name = SpeakerNameField(required=True)
    kind = LooseChoiceField(SpeakerKind.choices)
    role = text(200)
    affiliation = text(200)
    country = CountryField()
    wikidata_id = WikidataField()
    same_as = ListField(item=WebURLField(max_length=500))
    description = text(MAX_TEXT)
    aliases = ListField(item=SpeakerNameField())

    EXPORT_ONLY = frozenset({"speaker_id", "wikidata_url", "track_record"})
    LIST_FIELDS = frozenset({"same_as", "aliases"})


class SourceRow(RowForm):
    url = WebURLField(required=True)
    title = text(500, required=True)
    kind = LooseChoiceField(SourceKind.choices)
    outlet = text(200)
    outlet_domain = forms.CharField(max_length=253, required=False)
    published_on = ISODateField(required=False)
    language = LanguageField()
    archive_url = WebURLField(required=False)

    EXPORT_ONLY = frozenset({"source_id"})


KIND_FORMS: dict[str, type[RowForm]] = {
    "claims": ClaimRow,
    "appearances": AppearanceRow,
    "speakers": SpeakerRow,
    "sources": SourceRow,
}
