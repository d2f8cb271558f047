"""Full-text search in every language: which PostgreSQL text search configuration reads which text.

A claim's search vector is built with the configuration of its language (a generated column,
see `language_config`); each configuration folds accents and case before stemming
(`factdb_<stemmer>`: the unaccent dictionary, then PostgreSQL's Snowball stemmer), so "Crocús"
and "Crocus" are one word. Languages PostgreSQL has no stemmer for use `factdb_simple`
(unaccent, then lower case). The configurations are created by migration claims.0016.

A query names its language (`search_query(text, language)`) and is parsed like the claims in that
language; without one it is parsed with every configuration and the parses OR-ed, so each claim
is matched by the parse of its own language: one tsquery, one GIN index.
"""

import re

from django.contrib.postgres.search import SearchQuery, SearchQueryCombinable, SearchQueryField
from django.db.models import Func, TextField

# ISO 639-1 code -> PostgreSQL's Snowball stemmer (all shipped by PostgreSQL 15 and later).
STEMMERS = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hi": "hindi",
    "hu": "hungarian",
    "hy": "armenian",
    "id": "indonesian",
    "it": "italian",
    "lt": "lithuanian",
    "nb": "norwegian",
    "ne": "nepali",
    "nl": "dutch",
    "nn": "norwegian",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
    "yi": "yiddish",
}
SIMPLE_CONFIG = "factdb_simple"


def config_name(stemmer: str) -> str:
    return f"factdb_{stemmer}"


# Language code -> configuration, as the generated columns spell it (migrations freeze this mapping).
LANGUAGE_CONFIGS = {code: config_name(stemmer) for code, stemmer in STEMMERS.items()}
CONFIGS = (*sorted(set(LANGUAGE_CONFIGS.values())), SIMPLE_CONFIG)
DEFAULT_CONFIG = LANGUAGE_CONFIGS["en"]  # text with no language of its own (quotes, verdicts): the newsroom's


def primary_subtag(language: str) -> str:
    """'pt-BR' -> 'pt': the stemmer depends on the language, not the region."""
    return (language or "").split("-")[0].lower()


def config_for(language: str) -> str:
    """The configuration text in `language` is indexed and parsed with."""
    return LANGUAGE_CONFIGS.get(primary_subtag(language), SIMPLE_CONFIG)


class LanguageConfig(Func):
    """The configuration of a row's language column, as SQL a generated column may hold.

    Each branch is a regconfig constant (text cast to regconfig at run time depends on the search
    path, which PostgreSQL refuses in a generated column). `configs` is passed explicitly so that
    migrations record the mapping, and a change to it is a migration.
    """

    output_field = TextField()

    def __init__(self, expression, *, configs: dict[str, str], fallback: str = SIMPLE_CONFIG):
        super().__init__(expression)
        self.configs, self.fallback = dict(configs), fallback

    def as_sql(self, compiler, connection, **extra):
        column, params = compiler.compile(self.source_expressions[0])
        whens = " ".join(
            f"WHEN {_literal(code)} THEN {_literal(name)}::regconfig" for code, name in self.configs.items()
        )
        fallback = f"{_literal(self.fallback)}::regconfig"
        return f"(CASE lower(split_part({column}, '-', 1)) {whens} ELSE {fallback} END)", params


def _literal(value: str) -> str:
    if not value.replace("_", "").replace("-", "").isalnum() or not value.isascii():
        raise ValueError(f"Not a language code or configuration name: {value!r}")
    return f"'{value}'"


def text_config(language: str = "") -> str:
    """The configuration a text is read with: its language's when it has one, else the newsroom's (English)."""
    return config_for(language) if language else DEFAULT_CONFIG


def language_config(column: str = "language") -> LanguageConfig:
    return LanguageConfig(column, configs=LANGUAGE_CONFIGS)


def search_query(text: str, language: str = ""):
    """What partners and editors type (web-search syntax: "phrase", or, -word), parsed for the claims' vectors.

    With a language, parsed with its configuration. Without, the wanted words are parsed with every
    configuration and the parses OR-ed, so a claim in any language is found by the words of its language;
    an excluded word (-word, -"phrase") excludes a claim that has it in any reading: negated inside each
    parse, a word another stemmer reads differently would let every claim through.
    """
    if language:
        return SearchQuery(text, search_type="websearch", config=config_for(language))
    excluded = _EXCLUDED.findall(text)
    query = _InEveryLanguage(_EXCLUDED.sub(" ", text))
    for item in excluded:
        query = query & _Not(_InEveryLanguage(item))
    return query


# websearch_to_tsquery's exclusion: a "-" opening a word or a quoted phrase (not one inside "covid-19").
_EXCLUDED = re.compile(r'(?<!\S)-("[^"]*"?|[^\s"]+)')


class _InEveryLanguage(SearchQuery):
    """`text` parsed with every configuration, the distinct parses OR-ed: computed once per statement (an
    InitPlan), and most words read alike by most stemmers, so each row is tested against a few parses, not
    thirty (5 times faster on a common word). The result is a tsquery the GIN index answers."""

    def __init__(self, text: str):
        super().__init__(text, search_type="websearch")

    def as_sql(self, compiler, connection, function=None, template=None):
        text, params = compiler.compile(self.source_expressions[0])
        sql = (
            "(SELECT coalesce(string_agg(DISTINCT '(' || parse::text || ')', ' | ')::tsquery, ''::tsquery)"
            f" FROM unnest(%s::regconfig[]) config, websearch_to_tsquery(config, {text}) parse"
            " WHERE numnode(parse) > 0)"
        )
        return (f"!!{sql}" if self.invert else sql), [list(CONFIGS), *params]


class _Not(SearchQueryCombinable, Func):
    template = "!!(%(expressions)s)"
    output_field = SearchQueryField()
