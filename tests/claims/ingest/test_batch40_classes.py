"""The error classes of blind batch 40 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_an_aside_between_dashes_before_the_verb_is_not_the_subject():
    got = direct(
        "The ferry’s chief engineer, Tomas Hruby - no relation to the senator - testified that the pumps had failed "
        "twice.\n\n“I logged every alarm on the bridge,” he said."
    )
    assert got == [("I logged every alarm on the bridge", "Tomas Hruby")]
    got = direct(
        "Dr. Ana Ruiz—no relation to the mayor—said she had warned the board in March.\n\n"
        "“I wrote to them twice and heard nothing,” she said."
    )
    assert got == [("I wrote to them twice and heard nothing", "Ana Ruiz")]


def test_a_reply_from_someone_before_a_colon_is_theirs():
    got = direct(
        "Councillor Ana Ruiz asked why the pool was still shut. “It is November,” she said.\n\n"
        "The question drew a curt reply from Okafor: “Because the boiler is older than I am.”"
    )
    assert got[-1] == ("Because the boiler is older than I am.", "Okafor")


def test_a_letter_read_aloud_from_a_sender_speaks_for_the_sender():
    got = direct(
        "Councillor Ana Ruiz then read aloud from a letter sent to her ward office by Mirela Dobre, a bus driver "
        "from the east side.\n\n“I have waited at that stop for forty minutes in the rain,” the letter said."
    )
    assert got == [("I have waited at that stop for forty minutes in the rain", "Mirela Dobre")]


def test_a_ranger_or_a_traditional_leader_title_is_not_part_of_the_name():
    got = direct(
        "Her uncle, Inkosi Sipho Dlamini, who heads the council, backed the plan.\n\n"
        "“The herd is ours to protect,” the Inkosi said.\n\n"
        "Ranger Zanele Khumalo, 31, joined in 2024. “I wear this uniform for my village,” Khumalo said."
    )
    assert got == [
        ("The herd is ours to protect", "Sipho Dlamini"),
        ("I wear this uniform for my village", "Zanele Khumalo"),
    ]


def test_he_after_an_unnamed_ranger_or_doctor_is_that_person_not_the_last_named_one():
    got = direct(
        "“We find the tracks before the carcass now,” Botha said.\n\n"
        "A section ranger, who asked not to be named because rangers have been threatened, described the work as "
        "exhausting. “You sleep with your boots on for three weeks,” he said."
    )
    assert got[-1] == ("You sleep with your boots on for three weeks", None)


def test_a_nickname_someone_is_known_by_is_not_a_quote():
    got = direct(
        "Pieter Joubert, the reserve’s warden and known to his staff simply as “Doc,” said the villagers brought "
        "“a kind of knowledge that no camera can give you.”"
    )
    assert [text for text, _ in got] == ["a kind of knowledge that no camera can give you."]


def test_the_colon_after_what_someone_had_told_the_speaker_is_the_speakers():
    got = direct(
        "Asked by the defence what the foreman had told him about the lorries, Ortiz said: “He told me to count "
        "the crates twice and say nothing.”"
    )
    assert got == [("He told me to count the crates twice and say nothing.", "Ortiz")]


def test_a_title_in_apposition_inside_an_opening_clause_names_its_holder():
    got = direct(
        "When the presiding judge, Carmen Ibarra Soto, asked whether he understood, the defendant nodded.\n\n"
        "“You could sell sand as sugar with that label,” Lucía Pardo told the court.\n\n"
        "The judge intervened. “This is a courtroom, counsellor,” she said."
    )
    assert got[-1] == ("This is a courtroom, counsellor", "Carmen Ibarra Soto")


def test_only_the_words_next_to_a_name_are_its_title():
    got = direct(
        "Prosecutor Ana Beltrán Ruiz opened the case. Tomás Gil Vera and his son, Tomás Gil Oliva, deny fraud.\n\n"
        "Asked by the prosecutor what the younger Gil had told him, the driver said he could not remember.\n\n"
        "“A fair price for olives does not make a fair label,” the prosecutor said."
    )
    assert got == [("A fair price for olives does not make a fair label", "Ana Beltrán Ruiz")]


def test_a_letter_of_support_signed_by_members_of_a_body_is_the_bodys():
    from claims.ingest.speakers import parse_speaker_phrase

    got = direct(
        "The defence read the court a letter of support signed by 60 members of Cooperativa Agrícola San Roque, "
        "whose growers sold to the mill: “For forty years the family has paid a fair price on time.”"
    )
    assert got == [("For forty years the family has paid a fair price on time.", "Cooperativa Agrícola San Roque")]
    # a Spanish, Italian or French laboratory, foundation or union is a body, not a person
    for name in ("Laboratorio Analítico del Norte", "Fondazione Marco Rossi", "Sindacato Porti Liguri"):
        assert parse_speaker_phrase(name).kind == "organization", name


def test_a_title_no_list_has_names_its_holder_for_the_title_later():
    got = direct(
        "Kemal Aydın, the elected muhtar of the village, says residents complained for years. “We wrote to Ankara in "
        "2023,” the muhtar said."
    )
    assert got == [("We wrote to Ankara in 2023", "Kemal Aydın")]


def test_a_hotel_or_a_cooperative_is_a_body_that_speaks():
    got = direct(
        "We spoke to Park Ji-won, a tourist who was staying at the Kaya Cave Hotel.\n\n"
        "The hotel has posted on Instagram: “All our guests are safe and accounted for.”\n\n"
        "In a statement, the Ría Artisanal Fishers’ Cooperative said the seizure confirmed “what our members have "
        "reported at every meeting since 2019.”"
    )
    assert got == [
        ("All our guests are safe and accounted for.", "Kaya Cave Hotel"),
        ("what our members have reported at every meeting since 2019.", "Ría Artisanal Fishers’ Cooperative"),
    ]


def test_he_after_an_unnamed_hunter_from_a_place_is_nobody_named():
    got = direct(
        "“So we sign nothing,” says Levente Szabó, a councillor.\n\n"
        "A hunter from Miercurea Ciuc, who asked not to be named, said the quotas were a fiction. “They give us a "
        "number in Bucharest,” he said."
    )
    assert got[-1] == ("They give us a number in Bucharest", None)


def test_a_second_long_place_before_a_full_name_is_not_the_subject():
    got = direct(
        "“Guests write to me,” Kinga says.\n\n"
        "Across the valley, in one of the few Romanian-speaking villages in the area, Gheorghe Pop keeps thirty hives "
        "behind a fence he built himself.\n\n“The bear is not stupid,” he says."
    )
    assert got[-1] == ("The bear is not stupid", "Gheorghe Pop")


def test_a_time_phrase_before_the_pronoun_is_not_a_name():
    from claims.ingest.cues import find_cues

    text = "Every Christmas he says the same thing to his mother."
    (cue,) = [c for c in find_cues(text, (0, len(text)), 0) if c.verb == "says"]
    assert (cue.ref.ref, cue.subject) == ("pronoun", "he")
