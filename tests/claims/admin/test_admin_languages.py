"""The admin's claim search reads every language the demo carries, as the partner API does (its cases:
tests/claims/api/test_languages.py): accents, case, script and inflection never hide a claim, and the language
filter reads the words in its language."""

import pytest

from claims.models import Claim
from tests.claims.admin.conftest import client_for
from tests.claims.api.test_languages import CASES

QUERIES = [(language, text, query) for language, text, queries in CASES for query in queries]


def listed(client, **params) -> set[str]:
    response = client.get("/admin/claims/claim/", params)
    assert response.status_code == 200, params
    return {claim.text for claim in response.context["cl"].result_list}


@pytest.mark.parametrize(("language", "text", "query"), QUERIES)
def test_claim_search_finds_the_claim_in_any_spelling(demo, language, text, query):
    client = client_for(demo["Reporter"])
    assert text in listed(client, q=query)
    assert text in listed(client, q=query, language__exact=language)
    assert text not in listed(client, q=query, language__exact="fr")


def test_the_language_filter_reads_the_words_in_its_language(demo):
    client = client_for(demo["Editor"])
    spanish = "El atentado de marzo de 2024 contra el Crocus City Hall de Moscú dejó 145 muertos."
    # "muerto" stemmed as Spanish is "muert", as in the claim; as English it would stay "muerto".
    assert listed(client, q="muerto", language__exact="es") == {spanish}
    assert Claim.objects.filter(text=spanish, language="es").exists()


@pytest.mark.parametrize("term", ["Кабулов", "КАБУЛОВ", "Kabulóv"])
def test_claims_by_a_speakers_name_in_any_script(demo, term):
    said_by_him = set(Claim.objects.filter(appearances__speaker__name="Zamir Kabulov").values_list("text", flat=True))
    assert any(text.startswith("Сотрудничество") for text in said_by_him)  # the Russian source's claim too
    assert listed(client_for(demo["Reporter"]), q=term) == said_by_him
