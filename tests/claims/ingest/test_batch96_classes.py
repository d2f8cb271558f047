"""The error classes of blind batch 96 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_label_the_intro_gives_as_the_office_of_someone_is_that_person():
    got = direct(
        "VILLEBOURG, Tuesday, 21 April 2026 — The session was chaired by the bourgmestre, Anne-Marie Feltgen. "
        "The échevin responsible for schools, Luc Reding, answered for the college.\n\n"
        "BOURGMESTRE: We come to item four, the school canteens. Mr Reding, you have the floor.\n\n"
        "ÉCHEVIN: Thank you, Bourgmestre. Forty canteens have been renovated so far.\n\n"
        "MEMBER OF THE PUBLIC: Tell us the date for the rest!\n"
    )
    assert [s for t, s in got if t.startswith("We come to item")] == ["Anne-Marie Feltgen"]
    assert [s for t, s in got if t.startswith("Thank you, Bourgmestre")] == ["Luc Reding"]
    assert [s for t, s in got if t.startswith("Tell us the date")] == [None]


def test_a_letter_from_someone_who_runs_a_shop_on_a_street_is_theirs_not_the_streets():
    got = direct(
        "CHAIR: There is a letter from a resident. Would you read it, please?\n\n"
        "SECRETARY: This letter is from Ana Barros, who runs the café on the corner of the Rue Michel Welter. She "
        "writes: ‘We opened in 2011 and never closed a single day until the works began.’\n\n"
        "CHAIR: Thank you.\n"
    )
    assert [s for t, s in got if t.startswith("We opened")] == ["Ana Barros"]


def test_a_childs_second_name_that_is_the_fathers_given_name_leaves_the_bare_name_to_the_father():
    got = direct(
        "ASMARA — Every afternoon Habte Gebreyesus climbs the stairs to the projection booth.\n\n"
        "'She needs twenty minutes to warm up,' he says. Habte, who is 70, has run the booth since 1981.\n\n"
        "His son, Samuel Habte, is a mechanic. 'They think we are brothers,' Samuel says.\n\n"
        "'The films are the same whatever the spelling,' Habte recalls.\n"
    )
    assert [s for t, s in got if t.startswith("The films")] == ["Habte Gebreyesus"]


def test_a_name_after_a_title_in_the_narration_is_a_person_a_quote_can_quote():
    got = direct(
        "He learned the trade from the owner at the time, a man the staff called Signor Rinaldi. 'Rinaldi used to "
        'stand behind me and say, "A film is a promise to the people who paid for their seats,"\' Habte recalls.\n'
    )
    assert [s for t, s in got if t.startswith("A film is")] == ["Rinaldi"]


def test_a_shopkeeper_in_a_place_known_as_a_nickname_is_not_named_after_the_place():
    got = direct(
        "11:10 — A shopkeeper in Salmiya, known around the neighbourhood as Abu Fahad, has been handing out ice. "
        "\"I'm not making money today, I'm making friends,\" he told our reporter.\n"
    )
    assert [s for _, s in got] == ["Abu Fahad"]


def test_someone_who_gave_only_his_first_name_is_not_a_namesakes_family_name():
    got = direct(
        '14:20 — Dr Mariam al-Hamadi said demand had grown. "We built the city around air conditioning," she '
        "said.\n\n"
        '15:05 — "If I stop, the app gives my order to someone else," said Hamad, who gave only his first name.\n'
    )
    assert [s for t, s in got if t.startswith("If I stop")] == ["Hamad"]


def test_she_after_an_unnamed_resident_the_blog_spoke_to_is_no_one_named():
    got = direct(
        '14:20 — Dr Mariam al-Hamadi said demand had grown. "We built the city around air conditioning," she '
        "said.\n\n"
        '16:30 — Power is back in the tower where we spoke to a resident this morning. She messaged us: "It '
        'came back at ten past four."\n'
    )
    assert [s for t, s in got if t.startswith("It came back")] == [None]


def test_each_journalist_label_is_whoever_that_turn_says_it_is():
    got = direct(
        "MINISTER: Good morning. Cases fell again this week.\n\n"
        "JOURNALIST: Thank you, Minister. I'm Grace Phiri from Reuters. Are the clinics still short?\n\n"
        "MINISTER: No. Supplies arrived on Friday.\n\n"
        "JOURNALIST: Peter Zulu, Daily Mail. A nurse told me they ran out again.\n\n"
        "MINISTER: I will look into it.\n"
    )
    assert [s for t, s in got if t.startswith(("Thank you, Minister", "Peter Zulu"))] == ["Grace Phiri", "Peter Zulu"]
