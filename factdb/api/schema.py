"""The OpenAPI document: every operation's error responses, and adjustments so strict validators (and generated
clients) agree with it."""

import re
from typing import Any

from django import forms
from django.core.validators import RegexValidator
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import ComponentRegistry, ResolvedComponent
from rest_framework.request import Request

from factdb.api.errors import ERROR_SCHEMA, GOOGLE_ERROR_SCHEMA
from factdb.api.viewsets import MAX_VALUE_LENGTH, BoundedMixin

NUL_FREE = "^[^\\x00]*$"

ERRORS = {
    400: "Invalid query parameters: an unknown (a typo) or repeated one, a malformed value (date, id, cursor, "
    "choice), a NUL byte, or a value over 1000 characters.",
    401: "No key, or a bad, revoked or expired one.",
    403: "The key may not read the published record (it lacks the read scope).",
    404: "No public object with this id.",
    405: "A method this path does not take (the API reads, except tips and partners' pages). "
    "`Allow` lists the methods it takes.",
    406: "The Accept header asks for a type the API does not answer with.",
    412: "The version named (versionId or If-Match) is not the current one: nothing was written.",
    428: "No version named (versionId or If-Match): an update must say which version it read.",
    429: "Over the key's rate limit; retry after `Retry-After` seconds.",
    500: "A bug on our side (it is logged).",
    503: "The request took too long and was stopped (code `too_expensive`): narrow it and retry.",
}
HEADERS = {
    401: {"WWW-Authenticate": ("string", 'How to authenticate: Api-Key realm="factdb".')},
    405: {"Allow": ("string", "The methods this path takes, e.g. GET, HEAD, OPTIONS.")},
    429: {"Retry-After": ("integer", "Seconds until the rate limit window resets.")},
}


class PartnerAutoSchema(AutoSchema):
    """drf-spectacular's schema, plus what the partner views check: every query parameter's limits (so a
    value the schema admits is never refused), and the error responses every operation can give."""

    def get_operation(
        self, path: str, path_regex: str, path_prefix: str, method: str, registry: ComponentRegistry
    ) -> dict[str, Any] | None:
        operation: dict[str, Any] | None = super().get_operation(path, path_regex, path_prefix, method, registry)
        if operation is not None:
            for parameter in operation.get("parameters", []):
                if parameter["in"] == "query":
                    self.limit_query_parameter(parameter)
            for status, response in self.error_responses().items():
                operation["responses"].setdefault(str(status), response)
        return operation

    def limit_query_parameter(self, parameter: dict[str, Any]) -> None:
        """What StrictParamsMixin and the filters' form fields check, said in the parameter's schema."""
        schema = parameter["schema"]
        filterset = getattr(self.view, "filterset_class", None)
        field = (
            filterset.base_filters[parameter["name"]].field
            if filterset and parameter["name"] in filterset.base_filters
            else None
        )
        if isinstance(field, forms.IntegerField):
            schema["type"] = "integer"  # django-filter's NumberFilter reads as "number"
            for keyword, limit in (("minimum", field.min_value), ("maximum", field.max_value)):
                if limit is not None:
                    schema[keyword] = limit
        elif isinstance(field, forms.CharField):
            if field.max_length is not None:
                schema["maxLength"] = field.max_length
            for validator in field.validators:
                if isinstance(validator, RegexValidator) and not validator.inverse_match:
                    schema["pattern"] = re.compile(validator.regex).pattern
        if schema.get("type") == "string" and not {"enum", "format"} & set(schema):
            schema["maxLength"] = min(schema.get("maxLength", MAX_VALUE_LENGTH), MAX_VALUE_LENGTH)
            schema.setdefault("pattern", NUL_FREE)
        if parameter.get("required"):
            if schema.get("type") == "string":
                schema.setdefault("minLength", 1)
        else:
            parameter["allowEmptyValue"] = True  # empty is the same as left out

    def error_statuses(self) -> list[int]:
        statuses = [400, 405, 406, 429, 500]
        if self.get_auth():
            statuses += [401, 403]
        if "{" in self.path:  # a detail route
            statuses.append(404)
        if isinstance(self.view, BoundedMixin):
            statuses.append(503)  # the statement timeout
        if self.method in ("PUT", "DELETE"):
            statuses.append(412)  # a stale version
        if self.method == "PUT":
            statuses.append(428)
        return sorted(statuses)

    def error_responses(self) -> dict[int, dict[str, Any]]:
        google = getattr(self.view, "google_errors", False)
        name, body = ("GoogleError", GOOGLE_ERROR_SCHEMA) if google else ("Error", ERROR_SCHEMA)
        component = ResolvedComponent(name=name, type=ResolvedComponent.SCHEMA, schema=body, object=name)
        self.registry.register_on_missing(component)
        responses: dict[int, dict[str, Any]] = {}
        for status in self.error_statuses():
            content = {media_type: {"schema": component.ref} for media_type in self.map_renderers("media_type")}
            response = {"description": ERRORS[status], "content": content}
            if status in HEADERS:
                response["headers"] = {
                    header: {"schema": {"type": kind}, "description": description, "required": True}
                    for header, (kind, description) in HEADERS[status].items()
                }
            responses[status] = response
        return responses


def blank_strings_any_of(
    result: dict[str, Any], generator: SchemaGenerator, request: Request | None, public: bool
) -> dict[str, Any]:
    """drf-spectacular writes an optional URL or email as oneOf [format, maxLength 0]; an empty string matches
    both alternatives unless the validator checks formats, so "one of" fails. "Any of" says what is meant."""

    def walk(node: object) -> None:
        if isinstance(node, dict):
            alternatives = node.get("oneOf")
            if isinstance(alternatives, list) and {"type": "string", "maxLength": 0} in alternatives:
                node["anyOf"] = node.pop("oneOf")
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(result)
    return result
