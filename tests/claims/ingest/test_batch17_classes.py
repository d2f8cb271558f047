"""The error classes of blind batch 17 (fixed after batch 18's first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def test_a_command_post_is_no_statement_and_the_company_is_the_one_with_a_legal_form():
    got = direct(
        "Ana Lestari, head of the district disaster agency, said nine people had died.\n\n"
        "More than 900 residents were moved, Lestari told reporters at a command post by the river.\n\n"
        "The dam held waste from a plant operated by PT Borneo Bauksit Raya, a joint venture.\n\n"
        'In a statement issued in Jakarta, the company said it was "deeply saddened by the loss of life."'
    )
    assert got == [("deeply saddened by the loss of life.", "PT Borneo Bauksit Raya")]


def test_an_adjective_in_ed_is_no_speech_verb():
    got = direct(
        "Late on Friday, Lestari said search teams had found two more bodies, bringing the confirmed toll to 11."
        '\n\n"We will keep going through the night," she said.'
    )
    assert got == [("We will keep going through the night", "Lestari")]


def test_screaming_a_line_inside_a_quote_is_the_one_screaming():
    got = direct(
        "His younger brother, Darmawan, ran past the house, Budi said.\n\n"
        "\"He was screaming, 'Take the children up the hill!' and then he went back,\" Budi said."
    )
    assert ("Take the children up the hill!", "Darmawan") in got


def test_a_relative_clause_with_commas_inside_it_and_an_age_make_a_person():
    article = analyze_article(
        "Budi, a 47-year-old who, like many Indonesians, uses only one name, said he had been mending nets "
        'when the dam broke. "I found our mother," Budi said.'
    )
    assert ("Budi", "person") in {(s.name, s.kind) for s in article.speakers}


def test_a_key_point_repeating_a_quote_is_its_speakers():
    got = direct(
        "Key points\n"
        "• The town's mayor says schools will stay shut: “No child goes into any building we have not checked.”\n\n"
        "22:10 – Schools closed\n"
        "Gennaro Ruocco, the mayor, has posted on Facebook: “No child goes into any building we have not "
        "checked. Schools stay closed.”"
    )
    assert got[0] == ("No child goes into any building we have not checked.", "Gennaro Ruocco")


def test_an_entry_heading_is_no_part_of_the_sentence_below_it():
    got = direct(
        "23:05 – People spending the night in shelters\n"
        "Luca Bianchi, who coordinates the regional service, has just given an update.\n\n"
        "“We have 1,200 people in our tents tonight,” he said."
    )
    assert got == [("We have 1,200 people in our tents tonight", "Luca Bianchi")]


def test_a_heading_quote_above_the_reporter_is_not_the_reporters():
    got = direct(
        "22:48 – ‘I felt the floor lift like a boat’\n"
        "Our reporter Sara Conti has been speaking to residents on the seafront.\n\n"
        "Rosa Amato, 68, was cooking when the quake hit. “I felt the floor lift like a boat, and then everything "
        "fell,” she told Sara."
    )
    assert got[0] == ("I felt the floor lift like a boat", "Rosa Amato")


def test_she_in_the_next_sentence_makes_the_name_a_person():
    got = direct(
        "A government official, speaking on condition of anonymity, told us that ministers were being briefed. "
        "“For now it is a regional emergency,” he said.\n\n"
        "Sara Conti was in a café when the earthquake struck. She writes:\n\n"
        "“The cups jumped off the saucers.”"
    )
    assert got[-1] == ("The cups jumped off the saucers.", "Sara Conti")


def test_the_station_is_the_station_named_before():
    got = direct(
        "Radio Vesuvio, the local station that has been broadcasting since the quake, says its studio was "
        "evacuated. “We are broadcasting from the car park,” the station told listeners."
    )
    assert got == [("We are broadcasting from the car park", "Radio Vesuvio")]
