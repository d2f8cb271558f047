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


def test_a_task_force_read_out_in_a_turn_is_the_one_named_before():
    got = direct(
        "HOST: Last week the chairperson of the National Water Allocation Taskforce, Ruth Banda, asked for "
        "patience.\n\nCALLER: It is not enough.\n\n"
        "HOST: We asked the taskforce to respond. They sent us a statement, which I will read in full: "
        '"The Taskforce is aware of the hardship."'
    )
    assert ("The Taskforce is aware of the hardship.", "National Water Allocation Taskforce") in got


def test_a_turn_cut_off_with_a_hyphen_is_still_a_turn():
    got = direct("HOST: Go on.\n\nGUEST: The backup generators are not maintained.\n\nCALLER: Or there is no diesel-")
    assert ("Or there is no diesel-", "Caller") in got or any(text.startswith("Or there is") for text, _ in got)


def test_a_priests_don_is_a_title_before_a_full_name_only():
    got = direct(
        "The paper quotes the parish priest, Don Salvatore Rinaldi, as saying: “The bells fell with the earthquake.” "
        "“We will rebuild,” said Don Castillo."
    )
    assert got == [("The bells fell with the earthquake.", "Salvatore Rinaldi"), ("We will rebuild", "Don Castillo")]


def test_the_judge_in_the_lead_under_a_headline_is_named_below():
    got = direct(
        "Developer jailed for hit-and-run\n\n"
        "VILNIUS - A developer was jailed on Wednesday, with the judge telling him that leaving had been "
        '"the choice of a coward, not of a man in shock."\n\n'
        "Judge Rasa Kazlauskienė of the Vilnius Regional Court said the defendant made two calls."
    )
    assert got == [("the choice of a coward, not of a man in shock.", "Rasa Kazlauskienė")]


def test_a_name_in_apposition_to_an_unnamed_role_speaks():
    got = direct('A taxi driver, Vytautas Grinius, testified that the car "did not brake at all, not even once".')
    assert got == [("did not brake at all, not even once", "Vytautas Grinius")]


def test_what_the_subject_is_doing_is_no_organisation():
    article = analyze_article(
        "The court heard that Darius Kairys, 51, made two calls.\n\n"
        "Kairys, addressing the court on Monday, said he could not explain his actions to anyone. "
        '"I have asked myself each day why I did not stop," he said.'
    )
    assert ("Darius Kairys", "person") in {(s.name, s.kind) for s in article.speakers}


def test_someone_who_told_me_on_the_phone_inside_a_quote():
    got = direct(
        "Defence lawyer Arūnas Petrauskas asked for a suspended sentence.\n\n"
        "\"My lawyer, Mr. Petrauskas, told me on the phone, 'Say nothing to anyone,' and I obeyed,\" "
        "Kairys said."
    )
    assert ("Say nothing to anyone", "Arūnas Petrauskas") in got


def test_your_own_email_read_back_in_a_hearing_is_the_witnesses():
    got = direct(
        "Witness Matthias Kühnel: I understand.\n\n"
        "Member Aylin Demirci: Then let me read you something you wrote. This is your email of 3 February to "
        'the managing director: "We accept the residual risk until 2027." Who is "we"?'
    )
    assert ("We accept the residual risk until 2027.", "Matthias Kühnel") in got


def test_i_quote_after_a_report_prepared_by_a_firm():
    got = direct(
        "Witness Matthias Kühnel: I understand.\n\n"
        "Member Aylin Demirci: Mr. Kühnel, page 14 of the audit report prepared by Hollmann & Partner in "
        'November. I quote: "The backup environment is reachable from the production network."'
    )
    assert ("The backup environment is reachable from the production network.", "Hollmann & Partner") in got
