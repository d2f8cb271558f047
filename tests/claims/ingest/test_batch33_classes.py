"""The error classes of blind batch 33 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_the_questions_are_the_correspondent_the_intro_says_she_spoke_to():
    got = direct(
        "BATA — Marta Nchama Obiang runs the only ferry to Corisco. She spoke to our correspondent Elena Mba Ondo "
        "on the quay.\n\n"
        "Q: How many crossings a week?\n\n"
        "A: Three, when the engine allows it.\n\n"
        "Q: And when it does not?\n\n"
        "A: Then the island waits."
    )
    assert [speaker for _, speaker in got] == ["Elena Mba Ondo", "Marta Nchama Obiang"] * 2


def test_his_excellency_is_a_title():
    got = direct(
        "His Excellency Teodoro Obiang Mangue visited the port in May. “The new quay will open this year,” "
        "Obiang Mangue said."
    )
    assert got == [("The new quay will open this year", "Teodoro Obiang Mangue")]


def test_an_unnamed_speaker_doing_something_near_a_named_place_is_nobody_named():
    got = direct(
        "Ousmane Djaló, a buyer, set the price at dawn.\n\n"
        "A driver who asked not to be named, tying sacks onto a lorry bound for the port of Cacheu, said the "
        "checkpoints took a cut. “Every barrier costs me a thousand francs,” he said."
    )
    assert got == [("Every barrier costs me a thousand francs", None)]


def test_a_three_part_name_after_a_portfolio_keeps_its_given_name():
    got = direct(
        "The ministry sent Deputy Minister of Water Resources Dr. Yousif Abdul-Jabbar al-Hamdani to the committee.\n\n"
        "“The dams are full for the first time in four years,” al-Hamdani said."
    )
    assert got == [("The dams are full for the first time in four years", "Yousif Abdul-Jabbar al-Hamdani")]


def test_a_place_that_opens_a_portfolio_stays_the_portfolio():
    got = direct("“The market reopens on Monday,” said Mayor of Port Loko Ibrahim Sesay.")
    assert got == [("The market reopens on Monday", "Ibrahim Sesay")]


def test_a_name_after_a_long_passive_subject_is_seen():
    got = direct(
        "The chairwoman, Dr. Layla Hameed al-Obeidi, opened the hearing. “Where is the money?” she asked.\n\n"
        "The ministry was represented by Deputy Minister of Water Resources Dr. Yousif Abdul-Jabbar al-Hamdani, "
        "who said the contractors had not been paid.\n\n"
        "“We cannot build dams with promises,” he told the committee."
    )
    assert got[-1] == ("We cannot build dams with promises", "Yousif Abdul-Jabbar al-Hamdani")


def test_a_man_who_shares_a_womans_surname_is_still_he():
    got = direct(
        "The committee's chairwoman, Layla al-Obeidi, read the audit. “Nine of fourteen projects failed,” she said.\n\n"
        "Deputy Minister Omar Aziz blamed the gas supply. “The turbines stand still,” he said.\n\n"
        "Sheikh Karim Nasser al-Obeidi, a lawmaker not related to the chairwoman, spoke next.\n\n"
        "“You have told us about gas for five years,” Karim al-Obeidi said.\n\n"
        "He added: “My village waits in the heat.”"
    )
    assert got[-1] == ("My village waits in the heat.", "Karim Nasser al-Obeidi")


def test_the_subject_after_a_participles_phrase_is_the_one_she_refers_to():
    got = direct(
        "The minister, Dr. Ann Roe, opened the mill. “It is ready,” said Dr. Roe.\n\n"
        "“I will grind my cassava here,” said Mrs. Gloria Huggins of Cayon.\n\n"
        "Closing the ceremony, Dr. Roe urged young people to farm. “Farming is a job,” she said."
    )
    assert got[-1] == ("Farming is a job", "Ann Roe")


def test_a_person_a_passive_brings_in_is_the_she_that_follows():
    got = direct(
        "“The brothers ran a public fund as a family shop,” the prosecutor, Paul Mavoungou, said.\n\n"
        "The buyers were represented by Odile Makaya, a nurse from Bacongo who paid a deposit in 2020.\n\n"
        "“I paid with my savings,” she told the court."
    )
    assert got[-1] == ("I paid with my savings", "Odile Makaya")
