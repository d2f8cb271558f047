"""The error classes of blind batch 45 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_he_inside_a_quote_after_the_caretaker_is_that_unnamed_man():
    got = direct(
        "Bikram Jena, director of the trust, said it had too few mechanics. “We have two for 212 generators,” he said."
        "\n\n"
        "“The door was locked. We phoned the caretaker. He said, ‘I am at my nephew's wedding, just break the "
        "lock,’” Lakshmi Swain said."
    )
    assert ("I am at my nephew's wedding, just break the lock", None) in got


def test_she_after_testimony_came_from_someone_is_that_witness():
    got = direct(
        "Anil Behera, an opposition member, held up one of the reports. “Were they working?” Behera asked.\n\n"
        "The most striking testimony came from Lakshmi Swain, the head of a fishing village, who had travelled by "
        "overnight bus.\n\n"
        "“At nine o'clock, the water was at our knees,” she said."
    )
    assert [speaker for _, speaker in got] == ["Anil Behera", "Lakshmi Swain"]
