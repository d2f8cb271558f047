"""The error classes of blind batch 34 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_programme_title_the_host_says_is_not_the_host():
    got = direct(
        'An edited transcript of "Morning Tide", the call-in show on Radio Lagoon, hosted by Mele Taufa. Her guest '
        "was Sione Vake, the harbour master.\n\n"
        "HOST: Good morning, Nuku'alofa. This is Morning Tide, and the lines are open.\n\n"
        "VAKE: Good morning, Mele. The ferry is back in service."
    )
    assert got[0] == ("Good morning, Nuku'alofa. This is Morning Tide, and the lines are open.", "Mele Taufa")


def test_a_caller_named_and_spoken_to_is_that_caller_and_the_next_call_is_another():
    got = direct(
        'A transcript of "Open Harbour", hosted by Mele Taufa, with the harbour master Sione Vake.\n\n'
        "HOST: Our first caller is Losaline, from Kolofo'ou. Go ahead, Losaline, you're on the air.\n\n"
        "CALLER: Good morning, Mele. When will the ferry run to Ha'apai again?\n\n"
        "VAKE: Next Monday, Losaline, if the swell allows it.\n\n"
        "HOST: We have another caller. Go ahead, you're on the air.\n\n"
        "CALLER: I will not give my name. The ferry was full last week.\n\n"
        "HOST: One more call, from Tevita on 'Eua. Tevita, can you hear us?\n\n"
        "CALLER: I hear you, Mele. The wharf lights are out again."
    )
    callers = [speaker for text, speaker in got if text.startswith(("Good morning, Mele", "I will not", "I hear you"))]
    assert callers == ["Losaline", None, "Tevita"]


def test_the_questions_are_the_interviewer_the_intro_says_spoke_to_the_interviewee():
    got = direct(
        "Selam Tesfay, 52, runs the last cinema projector in Keren. Dawit Haile spoke to Salam in the booth. The "
        "interview has been edited.\n\n"
        "Q: How old is the projector?\n\n"
        "A: Older than me, and better kept."
    )
    assert got == [("How old is the projector?", "Dawit Haile"), ("Older than me, and better kept.", "Selam Tesfay")]


def test_somali_sango_and_arabic_titles_are_titles():
    got = direct(
        "“The list will reach you,” said Xildhibaan Hodan Ali Farah. “Where is the money?” asked Mudane Omar "
        "Jama. “We walked for two days,” said Mokonzi Ali Kette. “The deeds were forged,” said Ustaza Rana Saleh."
    )
    assert [speaker for _, speaker in got] == ["Hodan Ali Farah", "Omar Jama", "Ali Kette", "Rana Saleh"]


def test_a_country_on_a_release_letterhead_is_no_person_and_the_titled_opener_is_the_minister():
    got = direct(
        "MINISTRY OF WATER\nREPUBLIC OF CHAD\n\n"
        "PRESS RELEASE\n\n"
        "The new pumping station was inaugurated in Abéché by the Minister of Water, Dr. Achta Mahamat Saleh, who "
        "arrived on Monday.\n\n"
        "“Water is the first medicine,” the Minister said at the ceremony."
    )
    assert got == [("Water is the first medicine", "Achta Mahamat Saleh")]


def test_the_person_an_inverted_among_brings_in_is_the_he_that_follows():
    got = direct(
        "MUKALLA, Yemen — Lorries and buses crossed the front line on Sunday, and among the first through was Salem "
        "Ahmed al-Baras, a taxi driver who had waited since dawn.\n\n"
        "“I cried when the barrier lifted,” he said."
    )
    assert got[-1] == ("I cried when the barrier lifted", "Salem Ahmed al-Baras")


def test_italian_religious_titles_are_titles():
    got = direct(
        "“Wool forgives, silk does not,” said Suor Benedetta, who has run the workshop since 1998. "
        "“The budget is fixed,” said Monsignor Carlo Vitale."
    )
    assert [speaker for _, speaker in got] == ["Benedetta", "Carlo Vitale"]


def test_a_sentence_opening_with_a_title_the_text_gave_someone_is_theirs():
    got = direct(
        "Reading the verdict, the presiding judge, Nabil al-Halabi, said the men had sold the houses.\n\n"
        "“My client answers for a whole system,” the defence lawyer, Karim Sabbagh, said.\n\n"
        "The judge had anticipated that argument on Monday. “This court is concerned with the stamp,” he said then."
    )
    assert got[-1] == ("This court is concerned with the stamp", "Nabil al-Halabi")


def test_the_title_in_a_passives_apposition_is_the_holders_even_capitalised():
    got = direct(
        "The clinic was inaugurated in Ndélé by the Minister of Health, Dr. Achta Mahamat Saleh, on Monday.\n\n"
        "“We walked for two days,” said Mokonzi Ali Kette, the village chief.\n\n"
        "Closing the ceremony, the Minister addressed the families.\n\n"
        "“This clinic will stay open,” she said."
    )
    assert got[-1] == ("This clinic will stay open", "Achta Mahamat Saleh")


def test_a_driver_brought_in_by_among_is_the_driver_later():
    got = direct(
        "HODEIDAH, Yemen — Lorries crossed on Sunday, and among the first through was Salem Ahmed al-Baras, a "
        "51-year-old bus driver who had waited since dawn.\n\n"
        "“The road is open,” said Colonel Fuad Qasim, who led the talks.\n\n"
        "The driver, for his part, said his mother had telephoned him.\n\n"
        "“I told her I am too old to be afraid of a road,” he said."
    )
    assert got[-1] == ("I told her I am too old to be afraid of a road", "Salem Ahmed al-Baras")


def test_a_body_named_after_an_office_or_over_of_the_keeps_its_whole_name():
    got = direct(
        "The Ministry of Justice said in a statement that new chambers would open “before the end of the year.” "
        "The Office of the Governor said relocation “will begin in March.” The International Committee of the Red "
        "Cross said families “have waited far too long.”"
    )
    assert [speaker for _, speaker in got] == [
        "Ministry of Justice",
        "Office of the Governor",
        "International Committee of the Red Cross",
    ]
