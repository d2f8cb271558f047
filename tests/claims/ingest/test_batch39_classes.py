"""The error classes of blind batch 39 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_initials_before_a_name_after_an_inverted_verb_are_part_of_it():
    got = direct(
        "“We are devotees, not chemists,” said K. G. Ramachandran, the committee’s secretary, on Monday. “We paid "
        "for a licensed man.”"
    )
    assert [speaker for _, speaker in got] == ["K. G. Ramachandran", "K. G. Ramachandran"]
