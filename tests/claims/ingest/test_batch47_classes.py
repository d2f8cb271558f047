"""The error classes of blind batch 47 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_the_group_is_the_body_the_text_described_as_a_group_before_its_name():
    got = direct(
        "Outside court, about forty members of the community group Limpopo Water Watch held placards. The group said "
        "in a statement that the trial was “the first time anyone has been asked to explain where the water went.”"
    )
    assert got == [("the first time anyone has been asked to explain where the water went.", "Limpopo Water Watch")]


def test_a_long_time_after_a_preposition_is_not_the_subject_of_a_nested_quote():
    got = direct(
        "Mathilde Roussot, 31, runs the cooperage. Her grandfather, Henri Roussot, now 88, still comes down most "
        "afternoons.\n\n"
        "“He looked at me for a long time and said, ‘The oak does not care if you are a girl,’ and then he went out "
        "to the garden,” she recalls."
    )
    assert ("The oak does not care if you are a girl", "Henri Roussot") in got


def test_a_cooper_in_a_neighbouring_village_is_someone_unnamed():
    got = direct(
        "Aurélien Pothier buys forty of her barrels a year. “She sells you a barrel that gets out of the way of the "
        "wine,” he says.\n\n"
        "A cooper in a neighbouring village, who asked not to be named, dismissed her methods. “In ten years "
        "everybody will want heavy toast again,” he said."
    )
    assert [speaker for _, speaker in got] == ["Aurélien Pothier", None]


def test_at_the_end_of_the_afternoon_opens_a_sentence_whose_subject_speaks_next():
    got = direct(
        "Henri Roussot, 88, still comes down most afternoons. Aurélien Pothier buys her barrels. “It works,” Pothier "
        "says.\n\n"
        "At the end of the afternoon Henri makes his slow way back up the lane. “She is better than I ever was,” he "
        "says quietly."
    )
    assert [speaker for _, speaker in got] == ["Aurélien Pothier", "Henri Roussot"]


def test_the_company_is_the_name_which_supplies_water():
    got = direct(
        "Nordest Post is following the flood live.\n\n"
        "AcqueNord Friuli, which supplies drinking water to much of the plain, has shut two wells. “Tap water remains "
        "safe to drink,” the company said in a statement."
    )
    assert got == [("Tap water remains safe to drink", "AcqueNord Friuli")]


def test_a_woman_the_reporter_spoke_to_is_someone_unnamed():
    got = direct(
        "Our reporter Davide Marcuzzi is at the sports hall. “People are calm,” he says.\n\n"
        "He spoke to a woman in her seventies who left her house with her cat: “I was here in 1966 as a little girl.”"
    )
    assert [speaker for _, speaker in got] == ["Davide Marcuzzi", None]


def test_your_own_election_leaflet_is_the_guest_s():
    got = direct(
        "This is a transcript of the phone-in presented by Carol Hedley. The council's cabinet member for transport, "
        "Councillor Martin Rowell, joined the programme.\n\n"
        "CAROL: Good morning, Councillor.\n\n"
        "ROWELL: Good morning, Carol.\n\n"
        "CAROL: In May your own election leaflet said, and I'm quoting, \"I will fight to keep every rural bus route "
        'in this county." That was six months ago.\n\n'
        "ROWELL: And I meant it."
    )
    assert ("I will fight to keep every rural bus route in this county.", "Martin Rowell") in got


def test_a_lower_case_title_before_a_name_in_apposition_is_that_person_s():
    got = direct(
        "The first witness, regional housing director Elena Ruiz Sáinz, told deputies that tourist flats had tripled."
        "\n\n"
        "Opposition deputy Marta Solórzano pressed her on enforcement. “How many inspectors does the department "
        "have?” Solórzano said.\n\n"
        "“Six. And two of them are currently on leave,” the director replied."
    )
    assert [speaker for _, speaker in got] == ["Marta Solórzano", "Elena Ruiz Sáinz"]


def test_he_wrote_after_a_letter_from_an_unnamed_landlord_is_nobody_named():
    got = direct(
        'Opposition deputy Marta Solórzano pressed the director on enforcement. "A freeze means nothing," '
        "Solórzano said.\n\n"
        "Borja Incera, who speaks for the landlords' association, said the freeze would hurt owners.\n\n"
        '"If you freeze licences, you do not freeze demand," he said.\n\n'
        "Solórzano then read from a letter she said had been sent by a landlord in Laredo to a tenant of eleven "
        "years. \"He wrote, and I quote, 'We regret that from June the property will be converted to seasonal use,' "
        'and that was the end of eleven years in that flat," she said.'
    )
    assert ("We regret that from June the property will be converted to seasonal use", None) in got
