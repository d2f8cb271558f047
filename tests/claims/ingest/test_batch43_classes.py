"""The error classes of blind batch 43 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_she_with_nobody_seen_yet_is_the_one_person_the_text_named():
    got = direct(
        "Obituary: Siobhán McAleer, the engineer who kept the lights on\n\n"
        "For thirty years the grid of the north coast was, in the words of her colleagues, her grid.\n\n"
        "“It was never a job, it was a promise to the whole coast,” she said in 2019."
    )
    assert got == [("It was never a job, it was a promise to the whole coast", "Siobhán McAleer")]


def test_tagalog_dela_is_a_name_particle():
    got = direct(
        "“We are counting the roofs,” said Governor Maria Luisa dela Peña.\n\n"
        "“The south got the eye, and the south has the damage,” dela Peña said."
    )
    assert [speaker for _, speaker in got] == ["Maria Luisa dela Peña", "Maria Luisa dela Peña"]
