"""The error classes of blind batch 79 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.spans import is_headline
from claims.ingest.speakers import parse_speaker_phrase
from tests.claims.ingest.conftest import direct


def test_a_short_title_case_headline_is_no_subject():
    # "The Man Who Listens to Wood" has only two words longer than three letters; it is still a headline, not a body
    # called "Man Who Listens" that the first "he says" would stand for
    assert is_headline("The Man Who Listens to Wood")
    assert not is_headline("He was here.")
    got = direct(
        "The Girl Who Sews the Sails\n\n"
        "On the quay at Nelson the work begins in the loft above Aroha Parata’s garage long before dawn.\n\n"
        "‘Canvas doesn’t wait for the weather,’ she says, not looking up.\n"
    )
    assert [s for _, s in got] == ["Aroha Parata"]


def test_a_name_in_the_possessive_is_a_person_named_in_full():
    # the first "he says" with nobody seen yet: the one person the text named in full before it, here only in the
    # possessive ("behind Wiremu Tane’s house")
    got = direct(
        "In the village the chips start flying in the shed behind Wiremu Tane’s house before the buses arrive.\n\n"
        "‘Wood doesn’t care what time you got to bed,’ he says.\n"
    )
    assert [s for _, s in got] == ["Wiremu Tane"]


def test_that_is_x_names_the_quote_before_and_is_the_next_she():
    got = direct(
        "His brother, Pita Rangi, was a boatbuilder before him. ‘Dad built the first one,’ Rangi says.\n\n"
        "‘He’s the most patient man I know, except when you borrow his planes.’\n\n"
        "That is Huia Rangi, 37, his daughter. She laughs as she says it, then grows serious.\n\n"
        "‘I wasn’t allowed near the tools until I was twelve.’\n"
    )
    assert [s for _, s in got] == ["Pita Rangi", "Huia Rangi", "Huia Rangi"]


def test_two_family_names_joined_by_and_are_two_people():
    got = direct(
        "Daniel Huillca, the company's manager, came to the bridge. Amaru Quispe met him there.\n\n"
        "After forty minutes of talks, Huillca and Quispe emerged together. Huillca said the company would “pause the "
        "permit for ninety days”.\n"
    )
    assert [s for _, s in got] == ["Daniel Huillca"]


def test_we_spoke_to_a_titled_person_brings_her_in():
    got = direct(
        "13:30 — Quispe rejected that condition within minutes, in a post: “They ask us to open the bridges first.”\n\n"
        "14:10 — We spoke to Ing. Wayra Mamani, a hydrologist. She called the figure “technically accurate but deeply "
        "misleading”.\n"
    )
    assert [s for _, s in got] == ["Quispe", "Wayra Mamani"]


def test_a_name_that_responds_on_its_website_is_a_body():
    got = direct(
        "08:10 — The organisers, the Upper Valley Irrigators Federation, have posted a list of demands.\n\n"
        "09:20 — Sapiri Metals has responded in a statement on its website. It says the permit covers “less than two "
        "percent of the average flow of the river”.\n"
    )
    assert got == [("less than two percent of the average flow of the river", "Sapiri Metals")]


def test_a_street_named_with_its_word_first_is_no_speaker():
    # "Avenida Ejército", "Paseo Colón", "Jalan Sultan Ismail": a place, as "Market Street" is (but "Calle" and "Rua"
    # are also given names: the review's "Calle Lindqvist", "Rua Kenana")
    for phrase in ("A taxi driver stuck on Avenida Ejército", "Paseo Colón", "Jalan Sultan Ismail"):
        assert parse_speaker_phrase(phrase).ref != "name", phrase
    assert parse_speaker_phrase("Calle Lindqvist").name == "Calle Lindqvist"


def test_a_given_name_opening_a_later_clause_is_the_next_she():
    # (after an unnamed woman, "she says" has nobody else to go to)
    got = direct(
        "Pita Rangi, 64, has carved for 46 years. His daughter, Huia Rangi, teaches at the school.\n\n"
        "A woman from Auckland watches for twenty minutes, then asks the question everyone asks. ‘How do you know "
        "when it’s finished?’\n\n"
        "He insists it is not retirement. ‘I’m not retiring,’ he says, and Huia rolls her eyes.\n\n"
        "‘He’ll be in that shed until they carry him out,’ she says.\n"
    )
    assert got[-1] == ("He’ll be in that shed until they carry him out", "Huia Rangi")


def test_that_commitment_from_x_names_the_quote_before():
    got = direct(
        "“Every photograph that comes through our door will be treated as if it were the only copy.”\n\n"
        "That commitment, from the chief archivist of the Foundation, Phạm Văn Lộc, underpins the service.\n\n"
        "“We scan at the highest resolution first,” Mr. Lộc said.\n"
    )
    assert [s for _, s in got] == ["Phạm Văn Lộc", "Phạm Văn Lộc"]


def test_a_body_named_with_who_owns_it_opens_a_sentence():
    got = direct(
        "Ferries stood idle on Thursday as crews walked off the job.\n\n"
        'The city-owned Bay Ferry Company described the walkout as a "service interruption" and said in a statement '
        'that it had "offered a fair schedule of payments and remains ready to talk."\n'
    )
    assert got[-1] == ("offered a fair schedule of payments and remains ready to talk.", "Bay Ferry Company")


def test_a_turn_reading_out_a_note_it_was_asked_to_read():
    got = direct(
        "CHAIR: Ms. Kowal, for the residents, please.\n\n"
        "KOWAL: Thank you. One of the letters is from Pani Jadwiga Sowa, who is ninety and asked me to read her note, "
        "so I will.\n\n"
        "‘I have heard those trams leave at dawn since 1957, and I am not sure I will like the quiet.’\n\n"
        "CHAIR: Thank you.\n"
    )
    assert got[2] == (
        "I have heard those trams leave at dawn since 1957, and I am not sure I will like the quiet.",
        "Jadwiga Sowa",
    )


def test_a_turn_reading_out_the_statement_a_body_sent():
    got = direct(
        "HOST: Good morning, you are on the line.\n\n"
        "CALLER: Three days and no water. The Northern Water Supply Board is answerable.\n\n"
        "HOST: We did ask the board to send someone this morning. They declined, but they sent a statement, which "
        "I’ll read in full.\n\n"
        "“The Board regrets the inconvenience caused to residents and asks for patience.”\n\n"
        "CALLER: Patience!\n"
    )
    assert got[3] == (
        "The Board regrets the inconvenience caused to residents and asks for patience.",
        "Northern Water Supply Board",
    )
