"""Search in every language the demo carries (en, es, ru), through the partner API and Google's claims:search:
accents, case, script and inflection never hide a claim."""

import pytest
from django.contrib.auth.models import User
from django.db import transaction

from claims.demo import DEMO_CLAIMS
from claims.models import Claim
from factdb.accounts import do_create_api_key
from tests import conftest
from tests.openapi import ValidatingClient

CROCUS_EN = "The March 2024 attack on Crocus City Hall in Moscow killed 145 people."
CROCUS_ES = "El atentado de marzo de 2024 contra el Crocus City Hall de Moscú dejó 145 muertos."
MINERALS_ES = "Afganistán tiene yacimientos de hidrocarburos, piedras preciosas y metales de tierras raras."
TALIBAN_RU = "Россия исключила движение «Талибан» из списка террористических организаций."
CROCUS_RU = "Теракт в «Крокус Сити Холле» в марте 2024 года унёс жизни 145 человек."

# language, a published demo claim in it, what a partner may type to find it
CASES = [
    ("en", CROCUS_EN, ["Crocus", "crocús", "CROCUS CITY HALL", "kill people"]),
    ("es", CROCUS_ES, ["Crocús", "crocus", "moscu", "MOSCÚ", "muerto", "atentados dejo"]),
    ("es", MINERALS_ES, ["afganistan", "TIERRAS RARAS", "piedra", "HIDROCARBURO", "yacimiento"]),
    ("ru", TALIBAN_RU, ["талибан", "ТАЛИБАНА", "террористическая организация"]),
    ("ru", CROCUS_RU, ["крокус", "КРОКУСЕ", "унес", "Унёс жизнь"]),
]
QUERIES = [(language, text, query) for language, text, queries in CASES for query in queries]


@pytest.fixture(scope="module")
def demo_newsroom(django_db_setup, django_db_blocker):
    """The demo, put in once for the module and rolled back after it (each test runs in a savepoint)."""
    with django_db_blocker.unblock(), transaction.atomic():
        conftest.demo_newsroom()
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo_client(demo_newsroom, db):
    _, secret = do_create_api_key("Language partner", actor=User.objects.get(username="admin"))
    client = ValidatingClient()
    client.credentials(HTTP_AUTHORIZATION=f"Api-Key {secret}")
    return client


def texts(client, url, params):
    response = client.get(url, params)
    assert response.status_code == 200, (params, response.content[:300])
    return [item["text"] for item in response.json()["results"]]


def test_the_cases_are_the_demos_published_claims():
    published = {d.text for d in DEMO_CLAIMS if "publish" in d.steps}
    assert {text for _, text, _ in CASES} <= published
    assert {language for language, _, _ in CASES} == {"en", "es", "ru"}


@pytest.mark.parametrize(("language", "text", "query"), QUERIES)
def test_claims_search_finds_the_claim_in_any_spelling(demo_client, language, text, query):
    assert text in texts(demo_client, "/api/v1/claims/", {"q": query})
    assert text in texts(demo_client, "/api/v1/claims/", {"q": query, "language": language})
    other = "es" if language != "es" else "ru"
    assert text not in texts(demo_client, "/api/v1/claims/", {"q": query, "language": other})


def test_fact_checks_are_searched_in_their_claims_language(demo_client):
    headlines = {
        "cifras oficiales": "Crocus City Hall: 145 muertos es la cifra oficial",
        "ОФИЦИАЛЬНЫЕ данные": "145 погибших: это окончательные официальные данные",
        "Verkhovny": None,  # a transliteration is not a translation: nothing
    }
    for query, headline in headlines.items():
        response = demo_client.get("/api/v1/fact-checks/", {"q": query})
        assert response.status_code == 200
        found = [item["headline"] for item in response.json()["results"]]
        assert found == ([headline] if headline else []), query


def test_the_language_filter_matches_regions_and_refuses_malformed_codes(demo_client):
    spanish = set(Claim.objects.filter(language="es", is_public=True).values_list("text", flat=True))
    assert spanish
    assert set(texts(demo_client, "/api/v1/claims/", {"language": "es"})) == spanish
    assert texts(demo_client, "/api/v1/claims/", {"language": "es-MX"}) == []  # a region asks for that region
    for bad in ("EN", "e", "english", "es_ES", "es-", "ru'--"):
        response = demo_client.get("/api/v1/claims/", {"language": bad, "q": "crocus"})
        assert response.status_code == 400, bad
        assert "language" in response.json()["error"]["details"]
    sources = demo_client.get("/api/v1/sources/", {"language": "ru"}).json()["results"]
    assert [s["title"] for s in sources] == ["Россия готова помочь талибам в борьбе с ИГИЛ"]
    assert demo_client.get("/api/v1/sources/", {"language": "r"}).status_code == 400


def google(client, **params):
    response = client.get("/v1alpha1/claims:search", params)
    return response.status_code, [c["text"] for c in response.json().get("claims", [])]


@pytest.mark.parametrize(("language", "text", "query"), QUERIES)
def test_google_claims_search_with_language_code(demo_client, language, text, query):
    assert text in google(demo_client, query=query)[1]
    assert text in google(demo_client, query=query, languageCode=language)[1]
    assert text in google(demo_client, query=query, languageCode=f"{language.upper()}-XX")[1]  # any region
    assert text not in google(demo_client, query=query, languageCode="fr")[1]


def test_google_refuses_a_malformed_language_code(demo_client):
    response = demo_client.get("/v1alpha1/claims:search", {"query": "crocus", "languageCode": "e$"})
    assert response.status_code == 400
    assert response.json()["error"]["status"] == "INVALID_ARGUMENT"


@pytest.mark.parametrize("term", ["Кабулов", "кабулов", "Kabulov", "KABULÓV", "Kubalov", "Замир Кабулов"])
def test_partner_speaker_search_across_scripts(demo_client, term):
    response = demo_client.get("/api/v1/speakers/", {"q": term})
    assert response.status_code == 200
    assert [s["name"] for s in response.json()["results"]] == ["Zamir Kabulov"]
