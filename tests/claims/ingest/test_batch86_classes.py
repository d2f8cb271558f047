"""The error classes of blind batch 86 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_transcript_printed_one_turn_per_line_is_read_turn_by_turn():
    got = direct(
        "Hearing transcript: councillors question the water manager\n"
        "The following is an extract from the transcript. The committee is chaired by Councillor Thandeka Mkhize. "
        "The committee clerk is Zanele Khumalo.\n\n"
        "CHAIR: Order, please. The clerk will read a letter into the record.\n"
        "CLERK: Thank you, Chair. The letter is short.\n"
        "CHAIR: Thank you, Clerk. I call Mr Sibusiso Ngubane.\n"
        "NGUBANE: Thank you, Chair. The pump failed in January.\n"
    )
    assert [s for _, s in got] == ["Thandeka Mkhize", "Zanele Khumalo", "Thandeka Mkhize", "Sibusiso Ngubane"]


def test_an_interview_printed_one_answer_per_line_is_read_turn_by_turn():
    got = direct(
        "A snow sculptor’s last festival\n"
        "SAPPORO, Japan — Tomoe Sasaki has carved snow here since 1979. She spoke to Rina Matsuda of the Courier.\n\n"
        "Q: What do you remember of that first winter?\n"
        "A: The cold, mostly. I had borrowed my brother’s gloves.\n"
        "Q: And next February?\n"
        "A: I will be in the crowd, for once.\n"
    )
    assert [s for _, s in got] == ["Rina Matsuda", "Tomoe Sasaki", "Rina Matsuda", "Tomoe Sasaki"]


def test_a_letter_the_clerk_reads_is_its_senders_over_two_paragraphs():
    got = direct(
        "The following is an extract from the transcript. The committee is chaired by Councillor Thandeka Mkhize. "
        "The committee clerk is Zanele Khumalo.\n\n"
        "CHAIR: Order, please. The clerk will read a letter into the record.\n\n"
        "CLERK: Thank you, Chair. The letter is from the Imbali Traders Collective and reads as follows. ‘Our "
        "members have lost stock on eleven nights. We were told the matter was receiving “urgent attention”.\n\n"
        "‘We ask the committee to tell us when the outages will end.’ That is the end of the letter, Chair.\n\n"
        "CHAIR: Thank you, Clerk.\n"
    )
    letter = [s for t, s in got if t.startswith(("Our members", "We ask"))]
    assert letter == ["Imbali Traders Collective", "Imbali Traders Collective"]


def test_a_japanese_honorific_suffix_is_no_part_of_the_name():
    got = direct(
        "Tomoe Sasaki has carved snow since 1979. She spoke to Rina Matsuda of the Courier.\n\n"
        "Q: Sasaki-san, what do you remember?\n\n"
        "A: The cold. My teacher was Hidetoshi Kudo, and on the first morning Kudo-sensei looked at my hands and said "
        "“you will lose those fingers if you work like a tourist.” I bought gloves.\n"
    )
    assert [s for _, s in got] == ["Rina Matsuda", "Tomoe Sasaki", "Hidetoshi Kudo"]


def test_a_syllable_of_a_hyphenated_given_name_is_kept():
    got = direct(
        "Vendor Huang Bing-kun watched the water rise. “This is the highest I have seen it,” Huang Bing-kun said.\n"
    )
    assert [s for _, s in got] == ["Huang Bing-kun"]
