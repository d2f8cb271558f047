"""A fast JSON renderer (orjson) for every API response."""

from collections.abc import Mapping
from typing import Any

import orjson
from drf_orjson_renderer.renderers import ORJSONRenderer


class JSONRenderer(ORJSONRenderer):  # type: ignore[misc]  # the library is untyped
    charset = "utf-8"

    def render(
        self, data: Any, media_type: str | None = None, renderer_context: Mapping[str, Any] | None = None
    ) -> bytes:
        request = (renderer_context or {}).get("request")
        if data is not None and request is not None and getattr(request, "pretty_print", False):
            return orjson.dumps(data, default=self.default, option=self.options | orjson.OPT_INDENT_2)
        rendered: bytes = super().render(data, media_type, renderer_context)
        return rendered


class JSONLDRenderer(JSONRenderer):
    """The same JSON, for clients that ask for schema.org JSON-LD by its media type."""

    media_type = "application/ld+json"
    format = "json"  # JSON-LD is JSON: only the Accept header tells them apart (no ?format= to document)
