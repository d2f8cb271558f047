"""Search in the claim's language: the configurations, the stored vectors, and queries with and without a language."""

import pytest
from django.db import connection

from claims.actions.bulk_load import do_load_generated
from claims.generate import Dataset
from claims.models import Claim
from claims.search import CONFIGS, LANGUAGE_CONFIGS, SIMPLE_CONFIG, config_for, search_query
from factdb.accounts import system_actor


def tsvector(config: str, text: str) -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_tsvector(%s::regconfig, %s)::text", [config, text])
        return cursor.fetchone()[0]


@pytest.mark.django_db
@pytest.mark.parametrize("config", CONFIGS)
def test_every_configuration_folds_accents_and_case(config):
    assert tsvector(config, "Ça NAÏVE Crocús Mañana") == tsvector(config, "ca naive crocus manana")
    assert tsvector(config, "Ёлка") == tsvector(config, "елка")


def test_a_language_is_read_with_its_stemmer_whatever_the_region():
    assert config_for("es") == config_for("es-MX") == "factdb_spanish"
    assert config_for("pt-BR") == "factdb_portuguese"
    assert config_for("RU") == "factdb_russian"
    assert config_for("zh") == config_for("") == SIMPLE_CONFIG  # no stemmer: simple, still accent-free


def found(text, language=""):
    return set(Claim.objects.filter(search_vector=search_query(text, language)).values_list("text", flat=True))


ES = "El atentado contra el Crocus City Hall de Moscú dejó 145 muertos."
RU = "Теракт в «Крокус Сити Холле» унёс жизни 145 человек."
EN = "The attack on Crocus City Hall in Moscow killed 145 people."
ZH = "克罗库斯 Crocús 145"


@pytest.fixture
def claims(build):
    return {
        language: build.claim(text, language=language)
        for language, text in (("es", ES), ("ru", RU), ("en", EN), ("zh", ZH))
    }


def built_with(claim, config) -> bool:
    where = ["search_vector = to_tsvector(%s::regconfig, text)"]
    return Claim.objects.filter(pk=claim.pk).extra(where=where, params=[config]).exists()


def test_a_claims_vector_is_built_with_its_languages_configuration(claims):
    for language, claim in claims.items():
        assert built_with(claim, config_for(language)), language
    assert not built_with(claims["es"], "factdb_english")
    assert not built_with(claims["ru"], "factdb_english")


def test_accents_case_and_inflections_never_hide_a_claim(claims):
    assert found("Crocús") == found("CROCUS") == {ES, EN, ZH}
    assert found("moscu") == found("MOSCÚ") == {ES}  # Spanish stems; the English text says "Moscow"
    assert found("muerto") == {ES}  # singular finds the plural (Spanish stemmer)
    assert found("Крокус") == found("крокусе") == {RU}  # Cyrillic, any case and inflection
    assert found("унес") == found("УНЁС") == {RU}  # ё is е
    assert found("killing") == {EN}
    assert found("克罗库斯") == {ZH}  # no stemmer for Chinese: the simple configuration


def test_an_excluded_word_excludes_the_claims_that_have_it_in_any_language(claims):
    assert found("Crocus -muertos") == {EN, ZH}
    assert found("crocus -moscú") == {EN, ZH}  # the English claim says "Moscow"
    assert found('crocus -"city hall"') == {ZH}
    assert found("145 -крокус -crocus") == set()
    assert found("covid-19 crocus") == set()  # a hyphen inside a word is no exclusion


def test_a_query_with_a_language_is_read_in_it(claims):
    assert found("muerto", "es") == {ES}
    assert found("крокусе", "ru") == {RU}
    assert found("killing", "en") == {EN}
    # Read as Spanish, the English stem of "killing" ("kill") is not what the Spanish stemmer makes of it.
    assert found("killing", "es") == set()


def test_the_partner_search_is_one_index_scan(claims):
    """Without a language the query is every parse OR-ed: still a single GIN-indexed condition."""
    from claims.models import PublicClaim

    queryset = PublicClaim.objects.filter(search=search_query("Crocús muertos"))
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        plan = queryset.explain()
    assert "pubclaim_search" in plan


@pytest.mark.django_db
def test_generated_claims_get_the_vectors_of_their_language():
    """do_load_generated COPYs rows; the generated column computes the same vector an action's save does."""
    do_load_generated(Dataset(200, seed=5), actor=system_actor())
    languages = set(Claim.objects.values_list("language", flat=True))
    assert {"en", "es", "ru"} <= languages
    for language in languages:
        mismatched = (
            Claim.objects.filter(language=language)
            .extra(where=["search_vector <> to_tsvector(%s::regconfig, text)"], params=[config_for(language)])
            .count()
        )
        assert mismatched == 0, language
    assert set(LANGUAGE_CONFIGS) >= languages
