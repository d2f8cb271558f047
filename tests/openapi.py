"""Validating partner API answers against the OpenAPI document the API publishes (/api/schema/).

Zulip's habit: every response a test receives is checked against the published description,
so the documents, the schema and generated clients cannot drift apart.
"""

import re
from functools import cache

from drf_spectacular.generators import SchemaGenerator
from jsonschema import Draft202012Validator
from rest_framework.test import APIClient


@cache
def spec() -> dict:
    return SchemaGenerator().get_schema(request=None, public=True)


def json_schema(node):
    """OpenAPI 3.0's schema dialect as JSON Schema: `nullable: true` becomes "or null"."""
    if isinstance(node, list):
        return [json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: json_schema(value) for key, value in node.items()}
    if node.pop("nullable", False):
        if "type" in node:
            node["type"] = [node["type"], "null"]
            if "enum" in node:
                node["enum"] = [*node["enum"], None]
        else:
            node = {"anyOf": [node, {"type": "null"}]}
    return node


@cache
def components() -> dict:
    return json_schema(spec()["components"])


@cache
def _operations() -> list[tuple[re.Pattern, str, dict]]:
    found = []
    for template, item in spec()["paths"].items():
        pattern = re.compile(
            "^" + re.sub(r"\{[^}]+\}", r"[^/]+", re.escape(template).replace(r"\{", "{").replace(r"\}", "}")) + "$"
        )
        for method, operation in item.items():
            found.append((pattern, method.lower(), operation))
    return found


def is_operation_path(path: str) -> bool:
    return any(pattern.match(path) for pattern, _, _ in _operations())


def documented_response(path: str, method: str, status: int) -> dict | None:
    """The response the document promises (None if the operation or status is undocumented). A 405 answers
    a method the path has no operation for: it is documented on the path's operations."""
    operations = [(verb, operation) for pattern, verb, operation in _operations() if pattern.match(path)]
    for verb, operation in operations:
        if verb == method.lower() or (status == 405 and operations):
            return operation.get("responses", {}).get(str(status))
    return None


def response_schema(path: str, method: str, status: int) -> dict | None:
    """The schema the document promises for this answer (None if the operation or status is undocumented)."""
    answer = documented_response(path, method, status)
    if answer is None:
        return None
    content = answer.get("content", {})
    media = content.get("application/json") or content.get("application/ld+json") or next(iter(content.values()), None)
    return media.get("schema") if media else {}


def validate(path: str, method: str, status: int, body, headers=None) -> None:
    """Raise (jsonschema.ValidationError or AssertionError) if `body` (or a required header) is not what the
    schema says."""
    schema = response_schema(path, method, status)
    assert schema is not None, (
        f"{method.upper()} {path} answered {status}, which the OpenAPI document does not describe"
    )
    Draft202012Validator({**json_schema(schema), "components": components()}).validate(body)
    for name, header in documented_response(path, method, status).get("headers", {}).items():
        assert not header.get("required") or (headers is not None and name in headers), (
            f"{method.upper()} {path} answered {status} without its {name} header"
        )


class ValidatingClient(APIClient):
    """An APIClient that checks every JSON answer from the partner API, errors included, against the OpenAPI
    document."""

    def generic(self, method, path, *args, **kwargs):
        response = super().generic(method, path, *args, **kwargs)
        route = path.split("?", 1)[0]
        json_answer = response.get("Content-Type", "").split(";")[0] in ("application/json", "application/ld+json")
        if json_answer and is_operation_path(route):
            validate(route, method, response.status_code, response.json(), response.headers)
        return response
