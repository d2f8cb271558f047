"""The error classes of blind batch 39 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_initials_before_a_name_after_an_inverted_verb_are_part_of_it():
    got = direct(
        "“We are devotees, not chemists,” said K. G. Ramachandran, the committee’s secretary, on Monday. “We paid "
        "for a licensed man.”"
    )
    assert [speaker for _, speaker in got] == ["K. G. Ramachandran", "K. G. Ramachandran"]


def test_an_before_a_consonant_is_a_flemish_given_name_and_irish_an_a_body():
    from claims.ingest.speakers import parse_speaker_phrase

    got = direct(
        'An Peeters, who runs a cafe on the harbour front, told us about the water. "It was as if someone had '
        'pulled the plug out of the sea," she said.'
    )
    assert got == [("It was as if someone had pulled the plug out of the sea", "An Peeters")]
    assert parse_speaker_phrase("An Garda Síochána").kind == "organization"
    assert parse_speaker_phrase("An Irish farmer").ref == "role"


def test_a_titled_full_name_of_a_court_with_a_possessive_is_the_person():
    got = direct(
        "Justice Maria Kaur Dhillon of the Court of King’s Bench of Alberta jailed the supervisor on Monday.\n\n"
        "“This was not a momentary lapse,” Justice Dhillon said."
    )
    assert got == [("This was not a momentary lapse", "Maria Kaur Dhillon")]


def test_the_reply_came_from_someone_before_a_colon_is_theirs():
    got = direct(
        "Councillor Ana Ruiz spoke first. “It is November,” she said.\n\n"
        "The reply came from López Hernández himself: “The plant was a promise from the state, not from me.”"
    )
    assert got[-1] == ("The plant was a promise from the state, not from me.", "López Hernández")
