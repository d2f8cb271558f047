"""The error classes of blind batch 41 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_faroese_particles_are_part_of_the_name():
    got = direct(
        "The harbour master, Jógvan á Ryggi, closed the quay. “Nobody sails today,” he said.\n\n"
        "Á Ryggi said the ferry would wait. “The swell is four metres,” á Ryggi said."
    )
    assert [speaker for _, speaker in got] == ["Jógvan á Ryggi", "Jógvan á Ryggi"]


def test_a_letter_read_aloud_from_a_titled_person_gives_them_the_title():
    got = direct(
        "The chair, Maria Egger, then read aloud a letter from the mayor of Pfunds, Herta Kofler, who could not "
        "attend.\n\n“Our village needs the jobs,” the mayor wrote."
    )
    assert got == [("Our village needs the jobs", "Herta Kofler")]


def test_at_one_point_before_a_name_is_not_part_of_the_subject():
    got = direct(
        "The committee chair, Maria Egger, opened the hearing.\n\n“Neither have I,” Anna Moser said.\n\n"
        "At one point Egger asked the gallery for quiet. “This is a hearing and not a beer tent,” she said."
    )
    assert got[-1] == ("This is a hearing and not a beer tent", "Maria Egger")


def test_my_father_in_a_quote_is_the_relative_the_text_gave_the_speaker():
    got = direct(
        "Josef Pichler, 71, spoke first for the farmers. “This is my grandfather’s hut,” Pichler said.\n\n"
        "His daughter, Anna Pichler, a vet who runs the farm with him, said the company kept calling.\n\n"
        "“My father told them at the very first meeting, ‘You can have my signature when the cows learn to swim,’ "
        "and he has not changed his mind,” Anna Pichler said."
    )
    assert got[-1] == ("You can have my signature when the cows learn to swim", "Josef Pichler")


def test_an_email_the_apposed_writer_sent_is_the_writers():
    got = direct(
        "The prosecutor then read aloud an email that the project’s architect, Lisandru Pieri, sent to the owner in "
        "2022: “If anyone from the commune asks, it is a barn.”"
    )
    assert got == [("If anyone from the commune asks, it is a barn.", "Lisandru Pieri")]


def test_you_inside_a_quote_is_the_person_addressed_after_it():
    got = direct(
        "Antoine Ferri told the court the house was for his family. “It was never meant to be sold,” he said.\n\n"
        "Prosecutor Marie Casanova read back his words. “You told the inspectors, ‘There is nothing here but stones "
        "and sheep,’” she said. “Where were the sheep, Mr Ferri?”"
    )
    assert ("There is nothing here but stones and sheep", "Antoine Ferri") in got


def test_the_last_word_goes_to_someone_named_before():
    got = direct(
        "Yohanes Ngabut, who leads the river volunteers, says his crews took 200 people off roofs.\n\n"
        "“The water came too fast,” Ngabut said.\n\n"
        "“We lost two boats,” said Dewi Anggraini, our reporter.\n\n"
        "The last word goes to Ngabut, who is heading home for the first time since dawn.\n\n"
        "“Tomorrow the real work with the mud starts,” he said."
    )
    assert got[-1] == ("Tomorrow the real work with the mud starts", "Yohanes Ngabut")


def test_she_inside_a_quote_after_an_unnamed_woman_is_nobody_named():
    got = direct(
        "Dewi Anggraini reached the shelter at noon.\n\n"
        "Ngabut described one rescue: “There was a grandmother who would not get into the boat. She kept saying, "
        "‘Take the Quran first, then me,’ so we took the Quran first.”"
    )
    assert ("Take the Quran first, then me", None) in got


def test_he_in_an_answer_is_the_relative_the_question_named():
    got = direct(
        "CHENNAI — Anbarasi Kumar, 52, runs a weavers’ collective founded by her father, Thangavel Kumar, in 1979.\n\n"
        "Q: Your father founded the collective. What would he make of all this?\n\n"
        "A: He would have been angry for one day. He used to say, “A sari should outlive the woman who wove it.”"
    )
    assert ("A sari should outlive the woman who wove it.", "Thangavel Kumar") in got


def test_i_will_read_you_part_of_it_reads_the_named_bodys_statement():
    got = direct(
        "HOST: Good morning. Peter Kilabuk is in the studio.\n\n"
        "KILABUK: Good morning.\n\n"
        "HOST: Baffin Marine Lines, who run the ship, sent us a statement this morning. I'll read you part of it: "
        '"The safety of our crew must come before any delivery schedule."\n\n'
        "KILABUK: That is fair."
    )
    assert ("The safety of our crew must come before any delivery schedule.", "Baffin Marine Lines") in got


def test_so_and_every_thursday_before_a_subject_are_no_names():
    from claims.ingest.speakers import parse_speaker_phrase

    assert parse_speaker_phrase("So Łukasz Kołodziej").name == "Łukasz Kołodziej"
    assert parse_speaker_phrase("So Ji-sub").name == "So Ji-sub"  # a Korean family name stays
    got = direct(
        "“I knew every man,” Grażyna Wróbel says.\n\n"
        "Every Thursday Ewald Czempiel sits by the door to listen. “When they play the march, I am twenty again,” he "
        "says."
    )
    assert got[-1] == ("When they play the march, I am twenty again", "Ewald Czempiel")
