"""The error classes of blind batch 30 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct, direct_in


def test_spanish_parliamentary_and_other_local_titles():
    got = direct(
        "Members present: Diputada Rosa Téllez Marín (Chair); Diputado Óscar Lira Pao.\n\n"
        "Witness: Licenciada Marta Solís Vega, director of the Exporters' Chamber.\n\n"
        "DIP. LIRA: Where were the inspectors?\n\n"
        "LIC. SOLÍS: In Managua, Diputado.\n\n"
        "DIP. TÉLLEZ: Thank you. The session is closed."
    )
    assert [speaker for _, speaker in got] == ["Óscar Lira Pao", "Marta Solís Vega", "Rosa Téllez Marín"]


def test_a_given_name_that_looks_like_a_common_word_after_an_appositive_comma():
    article = analyze_article(
        "The carrier's chief executive, Vanda Rocha Pires, rejected the criticism.\n\n"
        '"This was a breakdown, not a failure of maintenance," Rocha Pires told reporters.'
    )
    assert direct_in(article) == [("This was a breakdown, not a failure of maintenance", "Vanda Rocha Pires")]


def test_who_said_after_a_name_and_its_office():
    article = analyze_article(
        'The plant was opened by Amina Said Farah, Minister Delegate for Energy Transition, who said it showed "what '
        'a small country can achieve when it plans ahead."'
    )
    assert direct_in(article) == [("what a small country can achieve when it plans ahead.", "Amina Said Farah")]


def test_a_person_of_a_lower_case_workplace_then_he_told():
    article = analyze_article(
        "Forecaster Anselm Baptiste of the airport weather office says the storm is moving away. “Rain bands will "
        "keep going into the afternoon,” he told the Clarion."
    )
    assert direct_in(article) == [("Rain bands will keep going into the afternoon", "Anselm Baptiste")]


def test_the_role_noun_an_appositive_gave_a_person():
    article = analyze_article(
        "Dr. Ana Ruiz, an agronomist at the Coffee Research Station, said the shift was simple.\n\n"
        "The agronomist warned, however, that quality alone would not protect farmers. “The rains are arriving "
        "later,” she said."
    )
    assert direct_in(article) == [("The rains are arriving later", "Ana Ruiz")]


def test_a_full_name_goes_to_the_given_name_quoted_alone_not_to_a_relative():
    got = direct(
        "Interview by Merve Atay\n\n"
        "Jamila Orazova has woven carpets for forty years.\n\n"
        "Q: Your daughter works with you now?\n\n"
        "A: Yes, she does the patterns on a screen.\n\n"
        "(Aýna Orazova, 29, joined the conversation at this point.)\n\n"
        "AÝNA: The screen is for planning and the loom is for truth."
    )
    assert got[-1] == ("The screen is for planning and the loom is for truth.", "Aýna Orazova")


def test_a_letter_read_into_the_record_then_she_writes():
    got = direct(
        "THE CHAIR: Mr. Kingsman, you have the floor.\n\n"
        "MR. KINGSMAN: With your permission, I want to read into the record a letter from Doña Ernestina Watson of "
        "Sandy Bay, whose husband died in October. She writes: 'My husband went to sea to feed our children.'"
    )
    assert ("My husband went to sea to feed our children.", "Ernestina Watson") in got


def test_a_statement_here_from_a_body_then_they_write():
    got = direct(
        "HOST: Welcome back to the programme.\n\n"
        "GUEST: Thank you for having me.\n\n"
        "HOST: Before the break, I have a statement here from the Te Rawa Women's Network, which runs water points "
        "in Eita. They write: 'Women and girls carry the burden of every drought.'"
    )
    assert ("Women and girls carry the burden of every drought.", "Te Rawa Women's Network") in got
