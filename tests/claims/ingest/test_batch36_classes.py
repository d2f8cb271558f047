"""The error classes of blind batch 36 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_german_district_and_city_titles_and_filipino_barangay_titles_are_titles():
    got = direct(
        "“The ambulance came in nine minutes,” said Landrat Anton Huber. “We asked for this for years,” said "
        "Landrätin Maria Gruber. “The bridge reopens in May,” said Oberbürgermeisterin Eva Lechner. "
        "“We have 200 families here,” said Kapitan Liza Magbanua. “The water is falling,” said Kagawad Nonoy Dela "
        "Cruz."
    )
    assert [speaker for _, speaker in got] == [
        "Anton Huber",
        "Maria Gruber",
        "Eva Lechner",
        "Liza Magbanua",
        "Nonoy Dela Cruz",
    ]


def test_the_person_a_list_ends_on_with_who_is_the_he_that_follows():
    got = direct(
        "At dawn the jetty at Caleta Tortel is empty except for a dog, a boat and Eliseo Vargas Oyarzo, who is 79 "
        "and has fished here all his life.\n\n"
        '"The fish come later every year," he says.'
    )
    assert got == [("The fish come later every year", "Eliseo Vargas Oyarzo")]


def test_what_a_letter_that_someone_wrote_said_is_theirs():
    got = direct(
        "Ronan Quinn, 29, pleaded guilty to theft.\n\n"
        "His barrister handed up a letter that Quinn had written to the court and read a passage from it aloud.\n\n"
        "“I never once thought about the people on the trains,” the letter said."
    )
    assert got == [("I never once thought about the people on the trains", "Ronan Quinn")]
