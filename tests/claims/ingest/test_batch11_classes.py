"""The error class of blind batch 11 fixed so far, on an invented snippet: a chair label that names this sitting's
chair in brackets wins over a "chair" of something else named in the intro."""

from tests.claims.ingest.conftest import direct


def test_the_chair_named_in_the_label_is_the_chair():
    got = direct(
        "Deputation: Line Krogh, chair of the Traders' Association.\n\n"
        "THE CHAIR (Mette Sønderskov): We move to item 7.\n\n"
        "Ms KROGH (Traders' Association): Thank you, Chair. The bus lane will close three shops.\n\n"
        "THE CHAIR: Thank you, Ms Krogh."
    )
    assert [s for _, s in got] == ["Mette Sønderskov", "Line Krogh", "Mette Sønderskov"]


def test_an_acronym_that_alone_speaks_takes_the_full_name_printed_before_it():
    got = direct(
        "The spill was reported by the regulator, the Dirección Regional de Control Minero (DRCM).\n\n"
        '"We have ordered an immediate suspension of all processing," the DRCM said in a statement.'
    )
    assert got == [
        ("We have ordered an immediate suspension of all processing", "Dirección Regional de Control Minero")
    ]


def test_a_statement_or_letter_read_out_is_its_authors():
    got = direct(
        "The prosecutor read a statement from the deckhand's mother, Danuta Nowak, who had travelled from Gdańsk.\n\n"
        '"He phoned me every Sunday from the harbour," the statement said.\n\n'
        "The defence then read from a letter Ross had written to the court.\n\n"
        '"I think about him every time I close my eyes," the letter said.'
    )
    assert [s for _, s in got] == ["Danuta Nowak", "Ross"]
