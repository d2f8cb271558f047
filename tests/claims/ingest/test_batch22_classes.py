"""The error classes of blind batch 22 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_an_unnamed_spokesperson_for_the_corporation_is_the_corporation():
    got = direct(
        "The Himalayan Grid Corporation, the state-owned utility, said 14,000 customers had lost power.\n\n"
        "A spokesperson for the corporation, who under company policy could not be named, said engineers were "
        'studying a bypass. "It is slower than we would like," the spokesperson said.'
    )
    assert got == [("It is slower than we would like", "Himalayan Grid Corporation")]


def test_an_unnamed_official_not_authorised_to_speak_is_nobody():
    got = direct(
        "The National Emergency Agency said herds were dying.\n\n"
        "An official at the emergency agency, who asked not to be named because he was not authorised to speak, "
        'said the toll "will almost certainly pass six million head by April".'
    )
    assert got == [("will almost certainly pass six million head by April", None)]


def test_an_office_glossed_with_or_and_of_a_place_and_bhutanese_titles():
    got = direct(
        "Dasho Karma Yeshey, the dzongdag, or district administrator, of Punakha, said two relief points were "
        'open. He said: "Nobody has been hurt, and that is the most important thing." "They start packing," '
        "said Gup Pema Tenzin."
    )
    assert got == [
        ("Nobody has been hurt, and that is the most important thing.", "Karma Yeshey"),
        ("They start packing", "Pema Tenzin"),
    ]


def test_of_which_is_still_a_relative_clause():
    got = direct(
        'The Trakia Velo Club, of which both students were members, said in a statement that "no sentence can '
        'ever return them to us."'
    )
    assert got == [("no sentence can ever return them to us.", "Trakia Velo Club")]


def test_an_opening_place_and_its_description_before_the_subject():
    got = direct(
        "Karma Yeshey, the district administrator, said relief points were open.\n\n"
        "In Khuruthang, the market town below the district’s fortress, Dechen Zangmo stood outside her grocery.\n\n"
        "“I threw away two freezers of butter this morning,” she said."
    )
    assert got == [("I threw away two freezers of butter this morning", "Dechen Zangmo")]


def test_a_person_the_sentence_ends_on_after_was_is_the_next_she():
    got = direct(
        "Coach Ruslan Abdrakhmanov said the players were tired.\n\n"
        "Among the 2,000 supporters who made the journey from Karakol was Aizada Bekova, a 63-year-old retired "
        'schoolteacher.\n\n"The last time we won something, my grandson was not even born," she said.'
    )
    assert got == [("The last time we won something, my grandson was not even born", "Aizada Bekova")]
