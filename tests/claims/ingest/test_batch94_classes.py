"""The error classes of blind batch 94 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct

_PHONE_IN = (
    "Talk Back with Kendrick Ramlogan — transcript\n\n"
    "Each weekday morning the programme takes calls from listeners across the capital. In the studio was Deborah "
    "Charles-Alleyne, the city councillor who chairs the committee.\n\n"
    "HOST: Good morning, Port of Spain, it's Carnival Tuesday and you're on Talk Back. Councillor, explain the "
    "curfew.\n\n"
    "CHARLES-ALLEYNE: Good morning, Kendrick. The curfew applies to private fetes in residential streets only.\n"
)


def test_a_programme_titled_with_its_presenter_names_the_host_not_the_day():
    got = direct(_PHONE_IN)
    assert [s for t, s in got if t.startswith("Good morning, Port")] == ["Kendrick Ramlogan"]


def test_a_turkic_patronymic_stays_in_a_name_read_from_the_narration():
    article = analyze_article(
        "Show notes: Host Aiperi Sadykova talks to Nurlan Asanbek uulu, the engineer behind the sensor network.\n\n"
        "AIPERI: Welcome back to the programme. My guest is Nurlan Asanbek uulu. Nurlan, thanks for coming in.\n\n"
        "NURLAN: Thank you for having me, Aiperi. Please just call me Nurlan, everyone does.\n"
    )
    assert any(s.name == "Nurlan Asanbek uulu" for s in article.speakers)


def test_a_title_with_an_interview_names_the_guest_not_the_host():
    got = direct(
        "In conversation with Maria Lopez — transcript\n\n"
        "HOST: Good evening. My guest tonight has run the city's food bank for twenty years.\n\n"
        "LOPEZ: Thank you for having me. It has been a hard winter for a great many families.\n"
    )
    assert [s for t, s in got if t.startswith("Good evening")] != ["Maria Lopez"]
