"""The error classes of blind batch 21 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def test_ethiopian_and_malaysian_honorifics_are_titles():
    got = direct(
        '"Today that changes," said Ato Dawit Gebre, director general. "Now I open a valve," said Weyzero Almaz '
        'Tadesse, a farmer. "We will not reopen," said Dato’ Faizal Ramli.'
    )
    assert got == [
        ("Today that changes", "Dawit Gebre"),
        ("Now I open a valve", "Almaz Tadesse"),
        ("We will not reopen", "Faizal Ramli"),
    ]


def test_a_chair_named_after_a_colon_in_the_record_header():
    got = direct(
        "Record of the public hearing (abridged). Chair: Ioana Stan. Witnesses: Radu Cioban, director.\n\n"
        "THE CHAIR: Good morning. Where is the hospital?\n\n"
        "CIOBAN: Madam Chair, it is seventy per cent finished.\n\n"
        "THE CHAIR: You told us the same thing last spring."
    )
    assert [speaker for _, speaker in got] == ["Ioana Stan", "Radu Cioban", "Ioana Stan"]


def test_a_hosts_turn_naming_a_guest_after_the_colon_does_not_make_the_guest_the_host():
    got = direct(
        "The morning phone-in, presented by Celeste Mabote. Her guest was Fernando Nhantumbo, an operator.\n\n"
        "HOST: Fernando Nhantumbo, is that fair?\n\nNHANTUMBO: It is.\n\nHOST: Thank you."
    )
    assert got[0] == ("Fernando Nhantumbo, is that fair?", "Celeste Mabote")


def test_a_statement_read_out_from_someone_is_theirs():
    got = direct(
        "Kolev then read out a statement from Rositsa Petkova, Viktor's mother, who could not bring herself "
        'to speak.\n\n"Each morning I set the table for three and then I remember."'
    )
    assert got == [("Each morning I set the table for three and then I remember.", "Rositsa Petkova")]


def test_a_leads_last_clause_introduces_a_person_with_an_appositive():
    got = direct(
        "PASIR GUDANG (AWS) — More than 1,200 residents were moved on Tuesday after a chemical leak, and the "
        "state’s environment chief, Mohd Faizal Ramli, ordered the factory shut indefinitely.\n\n"
        "“We will not allow this plant to reopen until every drum has been found.”"
    )
    assert got == [("We will not allow this plant to reopen until every drum has been found.", "Mohd Faizal Ramli")]


def test_a_body_named_inside_a_question_and_a_document_that_states():
    got = direct(
        "Dr Noy Vong is a hydrologist.\n\nQ: How bad was it?\n\nA: Bad.\n\n"
        "Q: The operator of the dam, the Nam Houang Power Company, has said the release was “within the limits "
        "of our licence.” Do you accept that?\n\nA: No.\n\n"
        "POPA: I have the report of the Public Audit Office. On page 41 it states that “the agency approved "
        "eleven cost increases without justification.”"
    )
    assert ("within the limits of our licence.", "Nam Houang Power Company") in got


def test_the_agency_wrote_inside_a_turn_is_the_agency_named():
    got = direct(
        "Members present: Mihai Draghici. Witnesses: Radu Cioban, director general of the National Agency for "
        "Hospital Infrastructure.\n\n"
        "THE CHAIR: Welcome.\n\nCIOBAN: Thank you.\n\n"
        'DRAGHICI: And yet in June 2024 the agency wrote to the ministry that the project was "on schedule '
        'and within the approved budget." Who wrote that?'
    )
    assert ("on schedule and within the approved budget.", "National Agency for Hospital Infrastructure") in got


def test_it_says_after_a_bodys_report():
    got = direct(
        "The National Water Resources Committee published its review in March.\n\n"
        "Q: What does it find?\n\n"
        "A: The committee’s report is careful. It says the decline is “the result of several pressures acting "
        "together.” I agree."
    )
    assert ("the result of several pressures acting together.", "National Water Resources Committee") in got


def test_it_concludes_that_the_agency_is_not_the_agencys():
    article = analyze_article(
        "Witnesses: Radu Cioban, director general of the National Agency for Hospital Infrastructure.\n\n"
        "THE CHAIR: Welcome.\n\nCIOBAN: Thank you.\n\n"
        "POPA: The auditors recommend taking supervision away from the agency. It concludes that the agency "
        '"lacks the engineering capacity to supervise a project of this size."'
    )
    got = {q.text: q.speaker for q in article.quotes if q.kind == "direct"}
    assert got["lacks the engineering capacity to supervise a project of this size."] != (
        "National Agency for Hospital Infrastructure"
    )
