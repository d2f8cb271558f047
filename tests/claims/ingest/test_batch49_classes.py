"""The error classes of blind batch 49 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_reeve_is_a_title_and_the_reeve_is_the_one_so_titled():
    got = direct(
        "Reeve Gail Thorsteinson opened the hearing. “Everyone who has registered will be heard tonight,” she said."
        "\n\n"
        "Trevor Kowalchuk, the company's manager, said the pit would be lined. “We will monitor every well,” he said."
        "\n\n"
        "“I heard a lot of fear tonight, and some hope,” the reeve said."
    )
    assert [speaker for _, speaker in got] == ["Gail Thorsteinson", "Trevor Kowalchuk", "Gail Thorsteinson"]


def test_the_statement_she_was_too_distressed_to_read_is_hers():
    got = direct(
        "Vaipulu's mother, Losana Vaipulu, was too distressed to read her victim impact statement, and it was read "
        "to the court by Crown prosecutor Simon Packer.\n\n"
        "“Sione came to Hawke's Bay to work so that his sisters could stay at school,” the statement said."
    )
    assert got == [("Sione came to Hawke's Bay to work so that his sisters could stay at school", "Losana Vaipulu")]


def test_callers_the_host_puts_through_by_first_name_are_speakers():
    got = direct(
        "PRESENTER: Good morning, this is Open Line with Rachel Ashdown.\n\n"
        "ASHDOWN: Let's go to Yorick, who drives a school minibus near Sherborne.\n\n"
        "YORICK: Hello, Rachel. The timetable changed again and nobody told the parents.\n\n"
        "ASHDOWN: Last caller. Tiberio in Maiden Newton, you've been holding.\n\n"
        "TIBERIO: I have, so I'll be quick. The last bus leaves before the shift ends.\n\n"
        "ASHDOWN: Dagmar, calling from Bridport. Quickly, please.\n\n"
        "DAGMAR: Quickly then. The council cut the route without asking anyone.\n"
    )
    speakers = dict((text[:12], speaker) for text, speaker in got)
    assert speakers["Hello, Rache"] == "Yorick"
    assert speakers["I have, so I"] == "Tiberio"
    assert speakers["Quickly then"] == "Dagmar"


def test_my_chief_engineer_quoted_in_a_turn_is_not_the_caller():
    got = direct(
        "HOST: Good morning. Marija in Zrenjanin, go ahead.\n\n"
        'MARIJA: I have. When I started, my chief engineer used to tell us, "A canal is only as good as the ditch '
        'at the end of it." Half the ditches have not been cleaned.\n\n'
        "HOST: Thank you, Marija. Now Petar in Vršac.\n\n"
        "PETAR: Hello. Governor Slim Hammami came last spring. "
        'He stood under my palms and said, "Every illegal well will be sealed within a year." He '
        "meant the governor.\n"
    )
    speakers = dict((text[:12], speaker) for text, speaker in got)
    assert speakers["I have. When"] == "Marija"
    assert speakers["A canal is o"] is None
    assert speakers["Every illega"] == "Slim Hammami"  # "my palms and said": not "my" someone
