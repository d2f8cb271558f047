"""The error classes of blind batch 27 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def test_a_firm_quoted_without_its_legal_form_and_a_guild_with_a_plural_possessive():
    article = analyze_article(
        "Kypros Water Ltd, which runs the plant, said the outage was caused by “a storm nobody had modelled.”\n\n"
        "“We expect full output by Friday,” Kypros Water said.\n\n"
        "The Paphos Bakers’ Guild said demand was “already twice what it was last spring.”"
    )
    got = [(q.text, q.speaker) for q in article.quotes if q.kind == "direct"]
    assert got == [
        ("a storm nobody had modelled.", "Kypros Water Ltd"),
        ("We expect full output by Friday", "Kypros Water Ltd"),
        ("already twice what it was last spring.", "Paphos Bakers’ Guild"),
    ]


def test_an_unnamed_engineer_at_the_plant_and_farmers_heard_saying():
    got = direct(
        "Kypros Water Ltd said the pipe had been inspected.\n\n"
        "But an engineer at the plant, who spoke on condition of anonymity, said staff had flagged it.\n\n"
        "“We wrote it down and nobody answered,” he said.\n\n"
        'GUMBO: I have heard growers say, "The contract is written in English and paid in sorrow." That is a shame.'
    )
    assert ("We wrote it down and nobody answered", None) in got
    assert ("The contract is written in English and paid in sorrow.", None) in got


def test_a_bodys_titled_report_and_a_toshao():
    got = direct(
        "The Rupununi Wetlands Alliance planted its millionth seedling on Wednesday.\n\n"
        '"The young people have reminded us," said Toshao Marcus Allicock.\n\n'
        "According to the Alliance's 2025 Shoreline Health Report, the restored sites \"advanced by eleven metres on "
        'average." The report also found fish counts had "roughly tripled since planting began."'
    )
    assert got == [
        ("The young people have reminded us", "Marcus Allicock"),
        ("advanced by eleven metres on average.", "Rupununi Wetlands Alliance"),
        ("roughly tripled since planting began.", "Rupununi Wetlands Alliance"),
    ]


def test_a_plural_body_word_and_in_a_statement_it_said():
    got = direct(
        "The airport's operator, Henderson Airport Services, says all flights are cancelled. “The terminal stays "
        "closed until the runway is inspected,” it said in a statement.\n\n"
        "16:58\n"
        "Solomon Power Networks has issued an update. In a statement it said:\n\n"
        "“Crews are working in very difficult conditions.”"
    )
    assert got == [
        ("The terminal stays closed until the runway is inspected", "Henderson Airport Services"),
        ("Crews are working in very difficult conditions.", "Solomon Power Networks"),
    ]
