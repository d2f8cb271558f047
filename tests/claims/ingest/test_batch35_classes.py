"""The error classes of blind batch 35 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_persian_titles_are_titles():
    got = direct(
        "“The tunnel needs patience,” said Ostad Karim, who has dug qanats for fifty years. "
        "“Now the garden drinks again,” said Khanom Rahimi. “Pay the diggers first,” said Agha Javad Tehrani."
    )
    assert [speaker for _, speaker in got] == ["Karim", "Rahimi", "Javad Tehrani"]


def test_the_last_word_goes_to_the_person_named():
    got = direct(
        "We are closing the blog for tonight. The last word goes to Irina Pavlovna Sokolova, the district head, who "
        "spoke outside the shelter:\n\n"
        '"The crest is still upstream. Tomorrow will be harder than today."'
    )
    assert got == [("The crest is still upstream. Tomorrow will be harder than today.", "Irina Pavlovna Sokolova")]


def test_a_name_or_title_runs_on_over_us_and_st():
    got = direct(
        "“Overruled,” said U.S. District Judge Ann Whitfield. “We will rebuild the market,” said Marcus St. Louis, "
        "a trader. “It is over,” said Paul St. Clair."
    )
    assert [speaker for _, speaker in got] == ["Ann Whitfield", "Marcus St. Louis", "Paul St. Clair"]


def test_a_one_name_person_in_a_coordinated_clause_is_the_she_that_follows():
    got = direct(
        "BAMYAN - By sunrise the frost has gone from the terraces, and Zarghuna is already kneeling in the "
        "first row.\n\n"
        '"The potatoes do not wait," she says. Like many women here, she uses one name.\n\n'
        '"I have dug here for thirty years," Zarghuna says.'
    )
    assert [speaker for _, speaker in got] == ["Zarghuna", "Zarghuna"]


def test_what_the_chair_read_from_a_letter_is_the_letter_writers():
    got = direct(
        "The committee's chair, Dame Ruth Allen, opened the session by reading from a letter sent to the committee by "
        "Owen Price, the clerk of Lower Marsh parish council.\n\n"
        '"We were promised new pumps ten years ago," she read. "The pumps have not come."\n\n'
        '"Keep that letter in front of you," the chair said.'
    )
    assert [speaker for _, speaker in got] == ["Owen Price", "Owen Price", "Ruth Allen"]


def test_a_person_the_reporter_met_is_the_she_that_follows():
    got = direct(
        '"The dam will hold," said Pavel Igorevich Lebedev, the district engineer.\n\n'
        "At the school we met Galina Petrovna, 79, who gave only her first name and patronymic. She sat on a mat.\n\n"
        '"The water came to the porch three times," she said.'
    )
    assert got[-1] == ("The water came to the porch three times", "Galina Petrovna")


def test_the_owner_of_the_thing_a_sentence_opens_with_is_the_he_in_it():
    got = direct(
        "“The silos are full,” the director, Olena Kravets, said.\n\n"
        "A captain said the queue would take days. “Nobody sleeps,” he said, declining to give his name.\n\n"
        "By early afternoon Petro Kravets’s truck was empty and he was preparing to drive home.\n\n"
        "“She will not give me a discount,” he said of his daughter."
    )
    assert got[-1] == ("She will not give me a discount", "Petro Kravets")


def test_a_callers_first_name_label_is_a_turn_when_the_host_greets_them_by_it():
    got = direct(
        'A transcript of "Salud al Día", hosted by Marisela Rangel on Radio Lara, with Dr. Ana Quinteros.\n\n'
        "HOST: Let's go to the phones. Yelitza, from Cabudare, good morning.\n\n"
        "YELITZA: Good morning, Marisela. My son had a fever for three days.\n\n"
        "QUINTEROS: Then he needs a platelet count today."
    )
    assert ("Good morning, Marisela. My son had a fever for three days.", "Yelitza") in got


# Over-reach found by review of the rules above, each on its own snippet: they must keep giving what a reader gives.


def test_a_place_in_a_portfolio_is_not_a_given_name():
    from claims.ingest.speakers import parse_speaker_phrase

    for phrase, holder in [
        ("Secretary of State for Northern Ireland Hilary Benn", "Hilary Benn"),
        ("Mayor of Corpus Christi Paulette Guajardo", "Paulette Guajardo"),
    ]:
        assert parse_speaker_phrase(phrase).name == holder


def test_a_delegations_leader_is_not_the_she_of_the_chair_who_spoke():
    got = direct(
        "Sarah Khan, the committee chair, said the report was late. The delegation was led by John Peters. "
        "“We will get answers,” she said."
    )
    assert got == [("We will get answers", "Sarah Khan")]


def test_a_church_after_of_st_is_not_the_speaker():
    assert direct("“The doors stay open,” said Father John of St. Mary's Church.") == [
        ("The doors stay open", "Father John")
    ]


def test_the_interviewer_is_who_spoke_to_the_interviewee_not_a_minister_who_visited():
    got = direct(
        "Hiwet Berhane, 46, restores cinemas in Asmara. In March, Health Minister Lia Tadesse visited Hiwet there. "
        "Hiwet spoke to Marta Lindgren. The interview has been edited.\n\n"
        "Q: How did you start?\n\n"
        "A: By accident."
    )
    assert got == [("How did you start?", "Marta Lindgren"), ("By accident.", "Hiwet Berhane")]


def test_the_caller_the_host_greets_last_is_the_caller():
    got = direct(
        'A transcript of "Open Harbour", hosted by Mele Taufa.\n\n'
        "HOST: Our first caller is Losaline, from Kolofo'ou. Go ahead, Losaline, you're on the air.\n\n"
        "CALLER: Good morning, Mele. When will the ferry run?\n\n"
        "HOST: Thank you, Losaline. Now, Tevita in Neiafu has been waiting. Tevita, go ahead.\n\n"
        "CALLER: Good morning. The wharf lights are out again."
    )
    assert got[-1] == ("Good morning. The wharf lights are out again.", "Tevita")
