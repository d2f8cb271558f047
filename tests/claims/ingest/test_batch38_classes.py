"""The error classes of blind batch 38 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_an_interviewer_named_in_apposition_before_spoke_to_asks_the_questions():
    got = direct(
        "Hanne Vik has run the ferry café for 30 years.\n\n"
        "Our Bergen correspondent, Ola Strand, spoke to Hanne Vik in her kitchen.\n\n"
        "Q: How has the island changed?\n\n"
        "HANNE: The young people have gone.\n\n"
        "Q: Will you sell?\n\n"
        "HANNE: Never."
    )
    assert [speaker for _, speaker in got] == ["Ola Strand", "Hanne Vik", "Ola Strand", "Hanne Vik"]


def test_an_iban_headman_title_and_patronymic_keep_the_name_whole():
    got = direct(
        "Tuai Rumah Lanyau anak Bunsu, 70, who heads a longhouse on the Rajang, gave evidence.\n\n"
        "“The company never came back,” Lanyau said."
    )
    assert got == [("The company never came back", "Lanyau anak Bunsu")]


def test_the_subject_of_an_in_which_clause_inside_the_sentence_speaks():
    got = direct(
        "Tomas Berg, 51, ran the smuggling ring.\n\n"
        "The prosecution produced Telegram messages from May in which Berg wrote to a driver: “Take the northern "
        "road, the border post is closed this week.”"
    )
    assert got == [("Take the northern road, the border post is closed this week.", "Tomas Berg")]


def test_two_people_sharing_a_family_name_keep_their_own_full_names():
    from claims.ingest.analyze import analyze_article

    article = analyze_article(
        "A court jailed Harpreet Singh Gill, 46, an agent. In her order, the judge said Gill had “lied.”\n\n"
        "The case was brought by Manjit Singh Gill, a farmer whose son paid him. The two men share a surname but are "
        "not related.\n\n"
        "“He promised forty days,” Manjit Singh told reporters.\n\n"
        "The court heard messages in which Gill wrote to a client: “Everything is settled at the border.”"
    )
    speakers = {s.name: set(s.mentions) for s in article.speakers}
    assert "Manjit Singh Gill" in speakers.get("Manjit Singh", set()) | speakers.get("Manjit Singh Gill", set())


def test_a_letter_someone_wrote_read_out_in_court_is_theirs():
    got = direct(
        "Ravi Malhotra, 23, has been held in Texas since June.\n\n"
        "The prosecutor read out a letter Ravi wrote to his mother from detention. His mother wept as she read.\n\n"
        "“Mama, I walked for nine days through the jungle.\n\n"
        "“Do not sell the house for me.”"
    )
    assert [speaker for _, speaker in got] == ["Ravi Malhotra", "Ravi Malhotra"]


def test_a_barman_who_gives_only_his_first_name_after_a_place_opening_is_the_he_that_follows():
    got = direct(
        "Bachisio Mura runs the old mine.\n\n"
        "At the bar on the piazza, a 26-year-old barman who gives only his first name, Efisio, is less worried. "
        "“Everyone my age has a cousin in Milan,” he says."
    )
    assert got == [("Everyone my age has a cousin in Milan", "Efisio")]


def test_a_shared_family_name_with_his_is_the_man_of_that_name():
    got = direct(
        "“It is the quietest rock we know of,” says Giovanni Piras, a geophysicist.\n\n"
        "Maria Antonietta Piras, no relation, runs the village’s only bed-and-breakfast. “I am nervous,” she says.\n\n"
        "At the bar, a barman who gives only his first name, Efisio, shrugs. “Everyone has a cousin in Milan,” he "
        "says.\n\n"
        "Back at the mine entrance, Piras switches off his torch. “We measure noise for a living,” he says."
    )
    assert [speaker for _, speaker in got] == ["Giovanni Piras", "Maria Antonietta Piras", "Efisio", "Giovanni Piras"]


def test_a_fisherman_in_apposition_is_a_person():
    got = direct(
        "Ana Ruiz runs the port.\n\nOn the quay, a fisherman, Tiago, shrugs. “The fish come later every year,” he says."
    )
    assert got == [("The fish come later every year", "Tiago")]


def test_what_someone_used_to_say_is_theirs_not_the_speakers():
    got = direct(
        "THE CHAIR: Thank you. Mr Hamad Salman, please.\n\n"
        "MR SALMAN: Madam Chair, I am a fisherman. My father built his first trap on this shore in 1961. He used to "
        'say, "The trap never catches the fish, the tide catches the fish." It is not complicated.'
    )
    assert got[-1] == ("The trap never catches the fish, the tide catches the fish.", None)


def test_the_regent_is_a_title_that_points_back_at_the_sentence_subject():
    got = direct(
        "Floods hit Pidie district on Tuesday.\n\n"
        "Nazaruddin, speaking later at the shelter, said he would not wait. “I will rebuild it myself,” the regent "
        "said."
    )
    assert got == [("I will rebuild it myself", "Nazaruddin")]


def test_a_quote_after_a_she_sentence_with_an_irregular_verb_is_hers():
    got = direct(
        '"In twenty minutes the water was at the roof," said Nurul Aini, a 47-year-old rice farmer.\n\n'
        'Her harvest had been due in two weeks. She lost three hectares of rice. "Everything is gone."'
    )
    assert [speaker for _, speaker in got] == ["Nurul Aini", "Nurul Aini"]


def test_what_i_opening_a_sentence_is_no_name():
    from claims.ingest.speakers import parse_speaker_phrase

    assert parse_speaker_phrase("What I").ref != "name"


def test_a_body_s_named_report_speaks_for_it_by_its_bracketed_short_name():
    got = direct(
        "TEFÉ, Brazil — The Upper Japurá Fishers Cooperative (Coopejap) today announced a record harvest.\n\n"
        "Coopejap's 2026 Harvest Report states: “Counts in the managed lakes have risen every year since 2019.”\n\n"
        "The report also warns: “Illegal fishing by outside boats remains the greatest threat.”"
    )
    assert [speaker for _, speaker in got] == ["Upper Japurá Fishers Cooperative"] * 2


def test_a_study_prepared_for_someone_by_a_body_speaks_for_the_body():
    got = direct(
        "A feasibility study prepared last year for the regional government by the Tirso Engineering Consortium "
        "concludes that the project “would transform the economy for two generations,” but warns that the workforce "
        "“is at present neither large enough nor trained.”"
    )
    assert [speaker for _, speaker in got] == ["Tirso Engineering Consortium"] * 2


def test_a_letter_read_aloud_is_its_senders():
    got = direct(
        "The committee clerk then read aloud a letter from the Long Bemang Village Committee dated 2 October: “We, "
        "the undersigned, withdraw any consent given in March.”"
    )
    assert got == [("We, the undersigned, withdraw any consent given in March.", "Long Bemang Village Committee")]


def test_a_person_from_a_place_is_unnamed_however_the_place_is_reached():
    got = direct(
        "Tyler Brandt, a hiker, saw the fire start.\n\n"
        "A firefighter from a strike team sent from Kern County, who asked not to be named, said crews were pulled "
        "back.\n\n"
        "“The wind just keeps turning on us,” he said."
    )
    assert got == [("The wind just keeps turning on us", None)]


def test_a_text_from_a_listener_read_by_the_host_is_the_listeners():
    got = direct(
        "HOST: Good morning. With me is the minister, Angus Tremayne.\n\n"
        "TREMAYNE: Good morning.\n\n"
        'HOST: A text from Ray at Ouse: "The freezer is full. Send the rest to the food banks." Ray, we will pass '
        "that on."
    )
    assert got[-1] == ("The freezer is full. Send the rest to the food banks.", "Ray")


def test_what_a_man_he_met_told_him_is_the_mans():
    got = direct(
        '"It was a little puff of smoke," Tyler Brandt said.\n\n'
        "Brandt ran back to his truck. A man he met on the trail told him, \"Don't you stop for anything, it's "
        'coming over the top," he said.'
    )
    assert got[-1] == ("Don't you stop for anything, it's coming over the top", None)


def test_a_title_like_word_opening_a_bodys_name_stays_in_it():
    from claims.ingest.speakers import parse_speaker_phrase

    ref = parse_speaker_phrase("Rumah Sakit Sardjito")
    assert (ref.name, ref.kind) == ("Rumah Sakit Sardjito", "organization")
