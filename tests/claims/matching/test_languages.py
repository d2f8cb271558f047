"""Matching reads a text in its language, as claims in that language store their words: a reworded claim in
Spanish or Russian is found by the admin, ingest and the partners' `check`, not only one in English."""

import pytest

from claims.matching import published_matches, similar_claims
from factdb.accounts import do_create_api_key
from tests.openapi import ValidatingClient

# language, a published claim, the same claim reworded (other inflections and word order: other stems in English)
REWORDED = [
    (
        "es",
        "Los precios de la vivienda aumentaron un 12 por ciento en Chile durante 2023.",
        "En Chile, los precios de las viviendas aumentaron un 12 por ciento en 2023.",
    ),
    (
        "ru",
        "Инфляция в России выросла до 9 процентов в 2024 году.",
        "В 2024 году инфляция в России выросла до 9 процентов.",
    ),
    (
        "de",
        "Die Arbeitslosigkeit in Deutschland stieg im Januar auf 6 Prozent.",
        "Im Januar stieg die Arbeitslosigkeit in Deutschland auf 6 Prozent.",
    ),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("language", "text", "reworded"), REWORDED)
def test_a_reworded_claim_is_found_in_its_language(build, language, text, reworded):
    claim = build.published_claim(text, language=language)
    build.published_claim("Unemployment in Germany rose to 6 percent in January.")  # another language, same figures

    found = similar_claims(reworded, language=language)
    assert found, "nothing found"
    assert found[0].claim == claim
    assert found[0].level in ("suggest", "duplicate")
    assert published_matches(reworded, language=language)[0].claim == claim
    assert similar_claims(reworded, language=f"{language}-XX")[0].claim == claim  # a region: the same stemmer


@pytest.mark.django_db
def test_the_check_endpoint_reads_the_statement_in_the_given_language(build, users):
    language, text, reworded = REWORDED[0]
    claim = build.published_claim(text, language=language)
    _, secret = do_create_api_key("Language partner", actor=users["admin"])
    client = ValidatingClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {secret}")

    response = client.get("/api/v1/check/", {"text": reworded, "language": "es"})
    assert response.status_code == 200
    assert [m["claim"]["id"] for m in response.json()["matches"]][:1] == [claim.pk]

    bad = client.get("/api/v1/check/", {"text": reworded, "language": "español!"})
    assert bad.status_code == 400
    assert "language" in str(bad.json()["error"])
