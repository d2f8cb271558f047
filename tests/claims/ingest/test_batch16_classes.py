"""The error classes of blind batch 16 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def test_central_european_academic_titles_before_a_name():
    got = direct(
        '"We dissolve it instead," said Ing. Petr Novotný, chief technology officer. '
        '"It is slower," said Mag. Eva Huber, the fund\'s director.'
    )
    assert got == [("We dissolve it instead", "Petr Novotný"), ("It is slower", "Eva Huber")]


def test_an_interview_byline_closing_the_intro():
    got = direct(
        "The headteacher who abolished marks will now advise the ministry. Interview by Pavel Krejčí.\n\n"
        "Q: Why abolish marks?\n\nA: Because children stopped being afraid."
    )
    assert got[0] == ("Why abolish marks?", "Pavel Krejčí")


def test_a_report_prepared_by_someone_and_read_in_a_turn():
    got = direct(
        "THE CHAIR (Hon. Ana Borg): Order.\n\n"
        "HON. LUKE VELLA: I have the 2024 report prepared for your company by Marine Data Partners. On page 31 it "
        'says, and I quote: "Nitrate levels exceeded the threshold on eleven days." Is that true?'
    )
    assert ("Nitrate levels exceeded the threshold on eleven days.", "Marine Data Partners") in got


def test_the_mp_before_a_full_name_is_a_person():
    speakers = {
        (s.name, s.kind)
        for s in analyze_article('The MP Jana Dvořák said pupils "need to know where they stand".').speakers
    }
    assert speakers == {("Jana Dvořák", "person")}


def test_a_stage_direction_in_a_turn_is_nobody():
    got = direct(
        "HOST: Go ahead, caller.\n\n"
        "CALLER: A man cried at my desk. (LINE CRACKLES) Sorry. He looked at me and said, 'I will be dead by then.'"
    )
    assert all(speaker != "LINE CRACKLES" for _, speaker in got)
