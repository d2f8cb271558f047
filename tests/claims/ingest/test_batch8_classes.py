"""The error classes of blind batch 8, each on an invented snippet: a role or portfolio kept in a name, an
interview printed under the publication's name, numbered voices, bracketed chair labels, a team's captain, a
reader in a place, a grandmother and her grandson."""

import pytest

from claims.ingest.speakers import parse_speaker_phrase
from tests.claims.ingest.conftest import direct


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # any noun for a person before a first and last name is a title, however rare
        ("Provincial Auditor Ines Varga", "Ines Varga"),
        ("Ombudsman Oskar Lind", "Oskar Lind"),
        # a title, its portfolio, then the holder
        ("Minister for Housing, Local Government and Heritage Darragh Keane", "Darragh Keane"),
        ("Mayor of Lisbon Carla Moedas", "Carla Moedas"),
        ("Chancellor of the Exchequer Rachel Reeves", "Rachel Reeves"),
        ("President of the European Commission Ursula von der Leyen", "Ursula von der Leyen"),
        # a three-word name with no title keeps every word
        ("Tomasz Jan Wierzbicki", "Tomasz Jan Wierzbicki"),
    ],
)
def test_the_name_is_the_holder_without_the_role_or_portfolio(phrase, name):
    ref = parse_speaker_phrase(phrase)
    assert (ref.ref, ref.name, ref.kind) == ("name", name, "person")


def test_a_portfolio_with_no_holder_stays_a_description():
    assert parse_speaker_phrase("the Minister for Education").ref == "definite_person"
    assert parse_speaker_phrase("the Minister for Foreign Affairs").name is None


@pytest.mark.parametrize("phrase", ["the union Unite", "the tenants' association Habitat Watch"])
def test_a_name_after_the_kind_of_body_it_is_is_an_organisation(phrase):
    assert parse_speaker_phrase(phrase).kind == "organization"


def test_the_team_captain_is_the_captain_not_the_team():
    ref = parse_speaker_phrase("the Leeds captain")
    assert (ref.ref, ref.role) == ("definite_person", "captain")
    got = direct(
        "Leeds beat York by four wickets. Skipper Amir Qureshi made 61.\n\n"
        '"It was a long day in the field," the Leeds captain said.'
    )
    assert got == [("It was a long day in the field", "Amir Qureshi")]


def test_a_portfolio_list_and_its_holder_are_one_subject():
    got = direct(
        "Minister for Housing, Local Government and Heritage Darragh Keane spoke to reporters on Friday.\n\n"
        "“Nobody will be left without a roof tonight,” he said."
    )
    assert got == [("Nobody will be left without a roof tonight", "Darragh Keane")]


INTERVIEW = """"We Will Not Sell the Port, Not to Anyone and Not for Any Price"

Lotte Brandt has run the harbour authority since 2021. She explains why the port stays public.

Interview by Jonas Pfeil

THE HARBOUR REVIEW: Ms. Brandt, who wants to buy the port?

Brandt: Three funds have asked. None has made an offer.

THE HARBOUR REVIEW: Would you sell if one did?

Brandt: No. The port belongs to the city."""


def test_an_interview_under_the_publications_name_is_asked_by_its_bylined_interviewer():
    got = direct(INTERVIEW)
    # the quoted headline is the interviewee's
    assert got[0] == ("We Will Not Sell the Port, Not to Anyone and Not for Any Price", "Lotte Brandt")
    assert [s for _, s in got[1:]] == ["Jonas Pfeil", "Lotte Brandt", "Jonas Pfeil", "Lotte Brandt"]


def test_numbered_voices_and_vox_pops_are_unnamed():
    got = direct(
        "ANA RUIZ: We went down to the market.\n\n"
        "VOX POP 1: Prices are up again.\n\n"
        "Speaker 2: I buy less now.\n\n"
        "ANA RUIZ: The council meets on Monday."
    )
    assert got == [
        ("We went down to the market.", "Ana Ruiz"),
        ("Prices are up again.", None),
        ("I buy less now.", None),
        ("The council meets on Monday.", "Ana Ruiz"),
    ]


def test_a_chair_label_with_the_holder_in_nested_brackets_and_a_turn_that_runs_on():
    got = direct(
        "The Chair (Ms. Ana Ruiz (Leeds North, Lab.)): I call the meeting to order.\n\n"
        "We have two witnesses today.\n\n"
        "Mr. Tom Vale (Director, Water Board): Thank you, Chair. The reservoir is full."
    )
    assert [s for _, s in got] == ["Ana Ruiz", "Tom Vale"]
    assert got[0][0].endswith("We have two witnesses today.")  # one turn, one quote


def test_a_reader_in_a_place_is_unnamed_not_the_county():
    got = direct(
        "16:10\nA reader in Ballina, Co Mayo, has been in touch by email:\n\n"
        "“The river is higher than I have ever seen it.”"
    )
    assert got == [("The river is higher than I have ever seen it.", None)]


def test_she_after_her_grandson_is_the_grandmother():
    got = direct(
        "Thandi Mokoena is first in the queue. Her grandson, Sipho, who is nine, carries the bucket.\n\n"
        '"He asked me why the water lives in a truck," she says.'
    )
    assert got == [("He asked me why the water lives in a truck", "Thandi Mokoena")]
