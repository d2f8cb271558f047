"""The error classes of blind batch 75 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_the_witness_the_committee_took_evidence_from_and_you_wrote_to_him():
    got = direct(
        "Excerpts from the transcript of the infrastructure committee. The hearing was chaired by Councillor Hiwet "
        "Hagos. The committee took evidence from Berhane Tesfay, operations manager at the water utility, and was "
        "questioned by members Tsega Abraha and Kidane Weldu.\n\n"
        "CHAIR: This hearing is now in session. Ato Berhane, you have the floor.\n\n"
        "WITNESS: Thank you, Madam Chair. I will be direct. We produce half of what the city needs.\n\n"
        "KIDANE WELDU: Thank you. Ato Berhane, in your report last October you wrote that ‘no zone will go more "
        "than four days without supply’. What happened?\n"
    )
    assert got[1][1] == "Berhane Tesfay"
    assert dict(got)["no zone will go more than four days without supply"] == "Berhane Tesfay"


def test_a_place_after_across_is_no_speaker():
    got = dict(
        direct(
            "The singer is Amanbay Oraz, 71, one of the last epic singers. Across Karakalpakstan he is known simply "
            "as Bulbul Ata, ‘grandfather nightingale’, a title he affects to dislike.\n\n"
            "‘I am not a nightingale. A nightingale sings because it is spring,’ he says.\n"
        )
    )
    assert got["I am not a nightingale. A nightingale sings because it is spring"] == "Amanbay Oraz"


def test_the_girl_the_text_names_at_last_spoke_the_quotes_given_to_the_girl():
    got = dict(
        direct(
            "The old man in the green chapan tunes his qobyz while eleven teenagers wait.\n\n"
            "‘That is the throat of the steppe,’ whispers the girl beside me. ‘My grandmother cried when she heard "
            "him.’\n\n"
            "The singer is Amanbay Oraz, 71. ‘I sing because somebody has to,’ he says.\n\n"
            "The girl with the phone turns out to be Aziza, 16, the youngest in the class. ‘My friends listen to "
            "K-pop,’ she says.\n"
        )
    )
    assert got["That is the throat of the steppe"] == "Aziza"
    assert got["My grandmother cried when she heard him."] == "Aziza"
    assert got["My friends listen to K-pop"] == "Aziza"


def test_callers_greeted_good_morning_or_by_a_term_of_address():
    quotes = direct(
        "Edited transcript of “Open Line”. The host, Vũ Thanh Mai, was joined by Lương Đức Anh, a traffic "
        "engineer.\n\n"
        "HOST: Let’s go to the phones. Hùng drives a taxi. Hùng, good morning, you are on the air.\n\n"
        "CALLER: Good morning, Chị Mai. I drive nights, so I see all of it.\n\n"
        "HOST: Thank you, Hùng. Line three. Anh Tùng tells our producer he drives a truck. Anh Tùng, you are brave "
        "to call today.\n\n"
        "CALLER: Brave or crazy. I am on the road fourteen hours.\n"
    )
    assert [s for _, s in quotes][:3] == ["Vũ Thanh Mai", "Hùng", "Vũ Thanh Mai"]
    assert quotes[3][1] in ("Tùng", "Anh Tùng")


def test_she_said_after_a_woman_brought_in_then_named_in_the_next_paragraph():
    got = dict(
        direct(
            "Hail destroyed half the grape harvest in the valley on Sunday.\n\n"
            "A woman selling empanadas outside the church in Uriondo, who had carried her grapes down in two sacks, "
            "said buyers had cut their prices by half.\n\n"
            '"Nobody wants split grapes except the vinegar people," she said.\n\n'
            'The woman, Sonia Vaca, 44, said she would sell anyway. "A bad price is still a price," she said.\n'
        )
    )
    assert got["Nobody wants split grapes except the vinegar people"] == "Sonia Vaca"


def test_a_long_place_opening_before_a_woman_brought_in():
    got = dict(
        direct(
            'Deputy mayor Park Seon-hee gave a short briefing. "Nobody has been reported missing," she said.\n\n'
            "In the gym of a middle school now serving as a shelter, a woman in her seventies sat on a folded "
            "blanket with a bag of medicines in her lap.\n\n"
            '"My husband always said the stream stays quiet until the day it is not," she said.\n\n'
            "The woman, Choi Geum-ja, 78, said her son was driving down from Seoul to collect her.\n"
        )
    )
    assert got["My husband always said the stream stays quiet until the day it is not"] == "Choi Geum-ja"


def test_a_family_name_said_first_is_the_one_the_paragraph_named():
    # Korean names put the family name first: "Kim" is Kim Yong-su here, and still in the next paragraph,
    # not Kim Min-jae, named earlier.
    got = direct(
        "Kim Min-jae, 48, who runs a noodle shop on Gyeonggi-ro, said the water rose in minutes. “It came in "
        "under the door,” he said.\n\n"
        "Kim Yong-su, a member of the provincial assembly, wrote online that the pumps had failed. “We asked for "
        "new pumps in 2022,” Kim wrote.\n\n"
        "Reached by phone, Kim said he would call the contractor. “I want the invoices on my desk,” he said.\n"
    )
    assert got[0][1] == "Kim Min-jae"
    assert got[1][1] == "Kim Yong-su"
    assert got[2][1] == "Kim Yong-su"


def test_a_caption_closing_on_the_name_keeps_no_full_stop():
    got = direct(
        "[Photo: Volunteers fill sandbags outside a guesthouse. “We ran out of sand before we ran out of bags,” "
        "said the owner, Park Eun-ji.]\n\nThe river crested at midnight.\n"
    )
    assert got == [("We ran out of sand before we ran out of bags", "Park Eun-ji")]


def test_a_streamer_brought_in_unnamed_then_named_next():
    # "she" is the streamer the paragraph before brought in, named in the next paragraph; not the owner before.
    got = direct(
        "“We ran out of bags by eight,” said the owner of the guesthouse, Park Eun-ji.\n\n"
        "A local streamer who posts as “River Walker” has been broadcasting from the bridge since early evening.\n\n"
        "“The water looks like milky coffee tonight,” she told viewers shortly before nine.\n\n"
        "The streamer, Choi Ha-neul, 24, later told us that police had asked her to step back. “They were right "
        "to,” she said.\n"
    )
    assert [s for _, s in got] == ["Park Eun-ji", "Choi Ha-neul", "Choi Ha-neul"]


def test_a_court_leads_unnamed_defendant_is_the_one_named_with_an_age_below():
    got = direct(
        "ENTEBBE, Uganda — A former district cashier accused of paying salaries to 200 workers who did not exist "
        "told a court on Monday that he had «only ever paid the lists the head office sent».\n\n"
        "Moses Okello Ssali, 51, known to staff as «the Banker», is charged with theft and forgery.\n"
    )
    assert got == [("only ever paid the lists the head office sent", "Moses Okello Ssali")]


def test_a_leads_words_another_called_are_not_the_defendants():
    # the judge's words in a sentencing lead: not the defendant's, named with his age below
    got = direct(
        "ENTEBBE, Uganda — A former district cashier who said he was following orders was jailed on Friday for "
        "six years, in a case the judge called «theft from the poorest».\n\n"
        "Moses Okello Ssali, 51, had pleaded guilty to theft and forgery.\n"
    )
    assert got[0][1] != "Moses Okello Ssali"
