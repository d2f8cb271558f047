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
