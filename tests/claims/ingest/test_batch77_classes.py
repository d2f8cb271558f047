"""The error classes of blind batch 77 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_headline_tag_is_no_speaker():
    got = direct(
        "LIVE: Port strike enters second day as queues grow\n\n"
        "18:40\n\nThe port authority has issued a statement. It says cargo handling “will resume within 48 "
        "hours”.\n"
    )
    assert got[0][1] != "LIVE"


def test_a_ministry_named_in_full_opening_a_sentence_is_the_it_after_it():
    got = direct(
        "The Ministry of Hydrocarbons and Energy has issued a statement. It says supply “will be normalised within "
        "72 hours” and calls on the blockaders to “allow the free movement of tankers”.\n"
    )
    assert [s for _, s in got] == ["Ministry of Hydrocarbons and Energy"] * 2
