"""The error classes of blind batch 46 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_transcript_label_of_the_family_name_is_the_guest_named_in_full():
    got = direct(
        "The following is a transcript of Tuesday's phone-in, presented by Marga Ferrer. Her studio guest was "
        'hydrologist Tomeu Vidal of the Aquifer Observatory, whose report warned that the wells were "closer to '
        'empty than at any point since records began."\n\n'
        "FERRER: Good morning. Tomeu, your report says the aquifer has dropped eleven metres in three years. Put "
        "that in words people can feel.\n\n"
        "VIDAL: Think of a bank account. Every summer we take out more than we put in.\n\n"
        "FERRER: Biel, in Alcúdia, go ahead.\n\n"
        'BIEL: Thank you. I run a bar. Tomeu said on this programme, "The island will not run dry in one summer," and '
        "I laughed."
    )
    speakers = dict(got)
    assert speakers["Think of a bank account. Every summer we take out more than we put in."] == "Tomeu Vidal"
    assert speakers["The island will not run dry in one summer"] == "Tomeu Vidal"


def test_a_title_given_without_an_article_names_its_holder_later():
    got = direct(
        "Ana Ruiz, dike warden of the Ely Polder Board, said the road was closed.\n\n"
        "Tom Hale, a farmer, said he was stuck. “It is a mess,” Hale said.\n\n"
        "“We are working on it,” the warden said.\n\n"
        "“The warden came on the radio and said, ‘Leave now and take your medicines,’ so I did,” Hale said."
    )
    assert [speaker for _, speaker in got] == ["Tom Hale", "Ana Ruiz", "Tom Hale", "Ana Ruiz"]


def test_he_after_which_someone_estimated_is_that_person():
    got = direct(
        "Maarten Verhulst, the dike warden, said the breach was 80 metres wide. “By three it was gone,” Verhulst said."
        "\n\n"
        "Joost Kramer, a retired mechanic, said he had packed a bag. “I left the television on,” Kramer said.\n\n"
        "The board said pumping would begin once a closure was in place, which Verhulst estimated could take until "
        "Monday.\n\n"
        "“We have two pumping stations ready,” he said."
    )
    assert [speaker for _, speaker in got][-1] == "Maarten Verhulst"


def test_someone_with_a_firm_who_described_something_is_the_speaker_not_the_firm():
    got = direct(
        "Silvina Arrieta, a meteorologist with the consultancy MeteoSur Patagonia, described the afternoon as “the "
        "worst combination of dry fuel and wind we have had since 2021.”\n\n"
        "“The night will help them,” she said."
    )
    assert [speaker for _, speaker in got] == ["Silvina Arrieta", "Silvina Arrieta"]


def test_the_man_who_answered_the_phone_is_someone_unnamed():
    got = direct(
        "The following is a transcript of the phone-in presented by Marga Ferrer.\n\n"
        "FERRER: Good morning. First caller this morning is Joana, in Sóller. Go ahead, Joana.\n\n"
        "JOANA: Hello, Marga. I'll be quick. We have been on tanker water since August. I rang the supplier last week "
        'and the man told me, "Señora, you are on the list, but the list is very long." And every morning I drive '
        "past a hotel pool that is full.\n\n"
        "FERRER: Thank you, Joana. Next caller."
    )
    assert ("Señora, you are on the list, but the list is very long.", None) in got
