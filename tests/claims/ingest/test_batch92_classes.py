"""The error classes of blind batch 92 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_and_i_told_him_inside_an_answer_is_the_answerer_s_own_words():
    got = direct(
        "Rokeya Begum has run a weaving unit in Sapura since 1991. She spoke to us at her looms.\n\n"
        "Q: So what stopped you selling yours?\n\n"
        "A: Stubbornness, mostly. A trader came in 2009 with cash in his hand, and I told him, 'I've been weaving "
        "since the age of nine and I won't stop now.' He laughed at me.\n"
    )
    assert got[-1] == ("I've been weaving since the age of nine and I won't stop now.", "Rokeya Begum")


def test_a_speech_verb_on_the_radio_names_the_namesake_not_the_one_quoting():
    got = direct(
        "Bwalya Mulenga, the utility's spokesman, said the boreholes were pumping air.\n\n"
        'At the market, vegetable seller Chanda Mulenga said she now paid 10 kwacha a container. "Last month Mr '
        "Mulenga told everyone on the radio, 'Residents must store water responsibly for the dry days,' and I "
        'laughed," she said.\n'
    )
    assert [s for _, s in got] == ["Chanda Mulenga", "Bwalya Mulenga"]


_HEARING = (
    "Present: Councillor Ana Rusu (chair); Councillor Ioan Ciobanu; Mihai Stan, general manager, Termo Vest SA; "
    "Elena Popa, president of a homeowners association; Raluca Vasiliu, council secretary.\n\n"
    "CHAIR: Good afternoon. Mr Stan, you have ten minutes.\n\n"
    "STAN: Thank you, Madam Chair. On the night of 8 January a main pipe failed at minus eighteen degrees.\n\n"
)


def test_your_company_and_the_company_hotline_are_the_body():
    got = direct(
        _HEARING + "CIOBANU: Mr Stan, your company told this council last autumn, ‘The network is ready for "
        "winter and the old sections have been replaced.’ Were you misleading us then?\n\n"
        "POPA: For four days the company hotline said the same thing: ‘Our teams are working to restore the service "
        "as quickly as possible.’ Nobody came.\n"
    )
    inner = [s for t, s in got if t.startswith(("The network", "Our teams"))]
    assert inner == ["Termo Vest SA", "Termo Vest SA"]


def test_where_a_letter_s_sender_lives_is_not_the_sender():
    got = direct(
        _HEARING + "VASILIU: Yes, thank you. The letter is from Mr Gheorghe Turcanu, aged 84, of Nicolina. I read it "
        "as written: ‘My radiators have been cold since 9 January and nobody has come to see them.’\n"
    )
    assert got[-1][0].startswith("My radiators")
    assert got[-1][1] == "Gheorghe Turcanu"


def test_shout_is_a_speech_verb():
    got = direct(
        "She learned her craft from Zuhura Mselem, a singer who ran a women's music club and died in 1991. "
        "‘Zuhura used to scold me and shout, “A song isn’t yours until the fishermen can sing it back to you,” "
        "and then she’d send me down to the harbour,’ Mwanaisha Said says.\n"
    )
    assert [s for _, s in got] == ["Mwanaisha Said", "Zuhura Mselem"]


def test_that_is_x_after_a_live_blog_entry_names_who_spoke():
    got = direct(
        "16:20\n“I’ve been driving since six this morning and I’ve made four hundred rupees, because nobody wants "
        "to sit in an open rickshaw in this.”\n\n"
        "That’s Pappu, a rickshaw driver who would give only his nickname, speaking to our reporter on Ferozepur "
        "Road.\n"
    )
    assert got == [(got[0][0], "Pappu")]


def test_a_family_name_label_is_the_caller_who_gives_his_full_name_not_the_host_sharing_it():
    got = direct(
        "The following is an edited transcript of the morning phone-in. The host is Thokozani Mvula. The studio "
        "guest is Innocent Chirwa of the power utility.\n\n"
        "HOST: One more caller before the news. Bambo, you're on the air, and I see we share a surname.\n\n"
        "MVULA: Same surname, but different luck, Thoko! Yohane Mvula from Limbe. My son studies by a paraffin "
        "lamp.\n\n"
        "CHIRWA: Bambo Mvula, we have asked the regional team to keep school areas on supply during exam weeks.\n\n"
        "MVULA: I'll believe it when my boy can read his maths book after seven o'clock.\n"
    )
    callers = [s for t, s in got if t.startswith(("Same surname", "I'll believe"))]
    assert callers == ["Yohane Mvula", "Yohane Mvula"]
