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
