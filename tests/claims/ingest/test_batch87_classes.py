"""The error classes of blind batch 87 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_namesake_said_to_be_no_relation_keeps_the_bare_family_name_only_in_their_paragraph():
    got = direct(
        "LERWICK — At six on a Sunday evening, Magnus Jamieson stands up in the front pew and sings a line alone.\n\n"
        "‘People think it is a dirge,’ he says afterwards.\n\n"
        "One of them, the harbourmaster Magnus Peter Jamieson (no relation), has learned to live with it. ‘I once got "
        "his pension letter,’ Jamieson said.\n\n"
        "His father taught him the tunes at fourteen.\n\n"
        "‘I started too high and they never forgave me,’ Jamieson recalls.\n"
    )
    assert [s for _, s in got] == ["Magnus Jamieson", "Magnus Peter Jamieson", "Magnus Jamieson"]


def test_a_person_the_text_says_uses_a_single_name_is_no_namesakes_part():
    got = direct(
        "Interview by Dewi Lestari\n\n"
        "Sutarjo, who like many Javanese men of his generation uses a single name, has carved masks for 51 years. "
        "His daughter, Rini Sutarjo, 34, runs the orders.\n\n"
        "Q: People confuse you with Ki Sutarjo Wibowo, the puppeteer.\n\n"
        "A: All the time! We are no relation.\n\n"
        "Q: Rini, why did you come back?\n\n"
        "A: Because the orders were kept in a bag under his bed.\n"
    )
    assert [s for _, s in got][1] == "Sutarjo"


def test_the_chair_is_the_one_a_hansard_roster_puts_in_the_chair():
    got = direct(
        "Official report (extract) — Joint Housing Committee\n\n"
        "In the chair: Cllr Pádraig Mac Carthaigh. Members present: Cllr Bríd O’Connor. Witnesses: Áine Ní "
        "Shúilleabháin, chairperson of the Cnoc an Óir Residents Association.\n\n"
        "CHAIR: Good morning, everyone. We resume our examination.\n\n"
        "NÍ SHÚILLEABHÁIN: Thank you, Chair. The damp came back every winter.\n"
    )
    assert [s for _, s in got] == ["Pádraig Mac Carthaigh", "Áine Ní Shúilleabháin"]


def test_a_full_stop_ends_the_name_in_the_chair():
    got = direct(
        "In the chair: Kristin Aasheim Lund. Members present included Risten Hætta.\n\n"
        "CHAIR: We resume. Councillor Hætta.\n\n"
        "HÆTTA: Thank you, Chair.\n"
    )
    assert [s for _, s in got] == ["Kristin Aasheim Lund", "Risten Hætta"]


def test_the_akan_title_nana_is_no_part_of_a_chiefs_name():
    got = direct(
        "The chief, Nana Kofi Adusei Brempong III, told the court the signature was not his.\n\n"
        "“That signature is not mine,” Nana Brempong said.\n"
    )
    assert [s for _, s in got] == ["Kofi Adusei Brempong III"]


def test_nana_stays_in_a_given_name_the_text_uses_alone():
    got = direct(
        "HOST: Good morning, I'm Nana Ama Dankwah. Nana Ama is on the line with you all morning.\n\n"
        "CALLER: Thank you, Nana Ama. The river is brown.\n\n"
        "HOST: Thank you. That was a brave call.\n"
    )
    assert [s for _, s in got][-1] == "Nana Ama Dankwah"
