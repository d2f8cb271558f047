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


def test_someone_described_before_the_text_names_them_is_that_person():
    got = direct(
        "RIVERSIDE, May 4 (Wire) — Queues formed at dawn at the standpipes in the old town.\n\n"
        '"We have carried water up four flights since Friday," said a man rinsing bottles beside the fountain. '
        '"My father is 90 and he cannot manage the stairs any more."\n\n'
        "The man, Tomasz Wierzbicki, 61, said neighbours had begun sharing a single tap.\n"
    )
    assert [s for _, s in got] == ["Tomasz Wierzbicki", "Tomasz Wierzbicki"]


_READ_ON_AIR = (
    "HOST: Good morning, you're on Harbour Line. The question today is the night ferry.\n\n"
    "GUEST: Thank you. The timetable was cut in March and nobody asked the islanders first.\n\n"
    "HOST: Let me read what we got from the Northern Ferry Company this morning. The statement says, 'Sailings "
    "will return to the full timetable once the second vessel is repaired. As Captain Ilse Brandvold said on "
    'Monday, "No crossing will ever leave with a crew short of its minimum."\' So there you have it.\n\n'
    "GUEST: That is what they told us last winter as well, word for word.\n"
)


def test_a_statement_a_turn_says_it_got_from_a_body_is_that_bodys():
    got = direct(_READ_ON_AIR)
    assert [s for t, s in got if t.startswith("Sailings will")] == ["Northern Ferry Company"]


def test_a_nested_quote_after_said_on_a_weekday_is_its_speakers():
    got = direct(_READ_ON_AIR)
    assert [s for t, s in got if t.startswith("No crossing")] == ["Ilse Brandvold"]


def test_someone_a_turn_names_in_apposition_is_the_she_it_quotes():
    got = direct(
        "HOST: Welcome. Today we talk about the coal winter in the hill districts.\n\n"
        "GUEST: Thank you. Last year I sat with a widow in one of the upper villages, Dilnoza opa, who is "
        "eighty. She told me, “I know the smoke is bad, but the cold is worse for my bones.” What do you say "
        "to that?\n\n"
        "HOST: That is hard to hear. What should the council do?\n"
    )
    assert [s for t, s in got if t.startswith("I know the smoke")] == ["Dilnoza"]


def test_a_host_who_opens_on_the_programmes_title_and_goes_on_in_the_first_person_speaks():
    got = direct(
        "Harbour Lines, Episode 40: Tides\n\n"
        "Show notes: Host Mirela Kovač talks to the harbour engineer Ante Perić about the new sea wall.\n\n"
        "MIRELA: Welcome back to Harbour Lines Weekly. I’m Mirela Kovač, and today we are talking about the sea "
        "wall.\n\n"
        "ANTE: Thank you for having me, Mirela. The wall was finished in March.\n\n"
        "MIRELA: Did it hold in the storm?\n"
    )
    assert [s for t, s in got if t.startswith("Welcome back")] == ["Mirela Kovač"]
