"""The error classes of blind batch 32 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_host_label_is_the_presenter_the_credits_name_and_a_bracketed_caller_is_that_caller():
    got = direct(
        "RADIO LAGOON FM\n"
        "Morning show, transcript. Presenter: Yaa Boateng. Guest: Kofi Mensah-Bonsu, fisheries officer.\n\n"
        "HOST: Good morning. Kofi, are the boats going out?\n\n"
        "MENSAH-BONSU: Not this week. The sea is too rough.\n\n"
        "HOST: Let us go to the phones. Another caller, from Tema. Go ahead, you are on the air.\n\n"
        "CALLER (ESI, ELMINA): My husband has not fished for nine days.\n\n"
        "HOST: Thank you, Esi."
    )
    assert [speaker for _, speaker in got] == [
        "Yaa Boateng",
        "Kofi Mensah-Bonsu",
        "Yaa Boateng",
        "Esi",
        "Yaa Boateng",
    ]


def test_west_african_and_marshallese_honorifics_are_not_part_of_the_name():
    got = direct(
        "Hadja Mariama Sow Bah has sold rice at the market for twenty years. “Prices change every week,” Bah said.\n\n"
        "Iroij Tomeing Kabua, the paramount chief, was blunt. “The atoll is not for sale,” Kabua said."
    )
    assert got == [("Prices change every week", "Mariama Sow Bah"), ("The atoll is not for sale", "Tomeing Kabua")]


def test_a_subject_after_a_place_and_how_far_it_is():
    got = direct(
        "In the hamlet of Koulé, an hour's drive from Nzérékoré on a dirt track, Moussa Kourouma checks his "
        "drying racks. “The rain came early this year,” he says."
    )
    assert got == [("The rain came early this year", "Moussa Kourouma")]


def test_the_person_who_called_it_something_is_the_he_of_the_next_paragraph():
    got = direct(
        "Nautilia SAM signed the deal on Monday, a contract its founder, Marc Giordano, described as "
        "“the turning point for our company.”\n\n"
        "“We will hire forty engineers by the summer,” he said."
    )
    assert got == [
        ("the turning point for our company.", "Marc Giordano"),
        ("We will hire forty engineers by the summer", "Marc Giordano"),
    ]


def test_a_quote_whose_speaker_the_next_paragraph_names():
    got = direct(
        "Pupils will name the first boat, said Claire Fabre, a teacher at the lycée.\n\n"
        "“A survey nobody can read protects nothing.”\n\n"
        "That was the response of Odile Marchetti, president of the Friends of the Reserve. "
        "“We will read every page of it,” she added."
    )
    assert got == [
        ("A survey nobody can read protects nothing.", "Odile Marchetti"),
        ("We will read every page of it", "Odile Marchetti"),
    ]


def test_a_letter_read_out_by_one_person_and_written_by_another_is_the_writers():
    got = direct(
        "Councillor Pietro Valli asked when the lift would run again.\n\n"
        '"I have climbed these steps every day for forty years."\n\n'
        "The letter, read into the record by Pietro Valli, was written by Rosanna Gatti, who runs the bakery by the "
        'gate. "My customers no longer come up the hill," she wrote.'
    )
    assert got == [
        ("I have climbed these steps every day for forty years.", "Rosanna Gatti"),
        ("My customers no longer come up the hill", "Rosanna Gatti"),
    ]
