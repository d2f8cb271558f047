"""Adjustments to the generated OpenAPI document, so that strict validators (and generated clients) agree with it."""


def blank_strings_any_of(result, generator, request, public):
    """drf-spectacular writes an optional URL or email as oneOf [format, maxLength 0]; an empty string matches
    both alternatives unless the validator checks formats, so "one of" fails. "Any of" says what is meant."""

    def walk(node):
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
