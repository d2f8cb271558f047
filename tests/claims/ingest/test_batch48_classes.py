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
