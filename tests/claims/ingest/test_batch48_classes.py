"""The error classes of blind batch 48 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_the_chemist_is_the_witness_the_court_heard_from_described_so():
    got = direct(
        "Earlier, the court heard from Katerina Moraitou, a chemist at a laboratory in Tripoli, which tested the "
        "samples. “Someone has to pour it in,” Moraitou said.\n\n"
        "“Could contamination produce readings like these?” defence lawyer Nikos Vrettos asked.\n\n"
        "“Not at those levels, no, it could not,” the chemist replied."
    )
    assert [speaker for _, speaker in got] == ["Katerina Moraitou", "Nikos Vrettos", "Katerina Moraitou"]


def test_a_statement_from_the_cooperative_s_board_is_the_cooperative_s():
    got = direct(
        "The Androusa Growers’ Cooperative, whose members sold olives to the company, is a civil party to the case. "
        "Its lawyer read a statement from the cooperative’s board to the court.\n\n"
        "“Our members sold their harvest to this company in good faith.\n\n"
        "“Today the name of Messinia is attached to a scandal.”"
    )
    assert [speaker for _, speaker in got] == ["Androusa Growers’ Cooperative", "Androusa Growers’ Cooperative"]


def test_one_reporter_asked_a_question_that_follows_the_verb():
    got = direct(
        "At a briefing in Słupsk, crisis chief Tomasz Wierzbicki confirmed evacuation orders. “The water is rising,” "
        "Wierzbicki said. One reporter asked, “Is the evacuation compulsory or voluntary?”"
    )
    assert got[-1] == ("Is the evacuation compulsory or voluntary?", None)


def test_she_in_an_answer_after_my_daughter_is_the_unnamed_daughter():
    got = direct(
        "BRIX: Welcome, Mette Kjærgaard.\n\n"
        "KJÆRGAARD: Thank you.\n\n"
        "BRIX: What has been the hardest moment so far?\n\n"
        "KJÆRGAARD: Last winter, when the first bridge was tested. My daughter was with me, and she asked, “Mum, why "
        "are you crying over a bridge?”"
    )
    assert ("Mum, why are you crying over a bridge?", None) in got


def test_i_wrote_in_my_forecast_is_the_one_quoting():
    got = direct(
        "More now from forecaster Piotr Zaremba of the private service MeteoBałtyk.\n\n"
        "“The surge is peaking later than the models suggested,” Zaremba said.\n\n"
        "“On Sunday morning I wrote in my forecast, ‘Halina could be the worst storm this coast has seen in a "
        "decade,’ and I am sorry to say that is how it is turning out.”"
    )
    assert ("Halina could be the worst storm this coast has seen in a decade", "Piotr Zaremba") in got


def test_what_a_named_operator_sent_read_out_in_a_turn_is_theirs():
    got = direct(
        "This is a transcript of the phone-in presented by Rachel Ashdown. Greenway Coaches, which is withdrawing "
        "four routes, declined to take part.\n\n"
        "ASHDOWN: Good morning.\n\n"
        "PETTIFER: Good morning, Rachel.\n\n"
        "ASHDOWN: Here's what Greenway sent us this morning, in full: \"Passenger numbers on these routes have not "
        'recovered since 2020." Our first caller is on the line.'
    )
    speakers = dict(got)
    assert speakers["Passenger numbers on these routes have not recovered since 2020."] == "Greenway Coaches"
