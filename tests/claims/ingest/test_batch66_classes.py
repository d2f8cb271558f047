"""The error classes of blind batches 65 and 66's leftovers and of batch 67 (fixed after its first contact), each
on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_job_with_a_capitalised_namesake_before_a_name_is_a_job():
    got = dict(
        direct(
            "A reader, Ingrid, sent us a photo with the message: “The lights went out at six.”\n\n"
            "Near the harbour, sheep farmer Tomas Lindqvist kept his pumps going with a tractor.\n\n"
            "“The animals need water whatever the grid does,” he said.\n"
        )
    )
    assert got["The animals need water whatever the grid does"] == "Tomas Lindqvist"


def test_a_place_in_a_document_before_a_colon_names_no_one():
    got = dict(
        direct(
            "CHAIRMAN: Thank you. Mr Osei, was the bridge inspected?\n\n"
            "OSEI: Our engineers, Brightline Survey Ltd, inspected it in March. Their report is with the clerk.\n\n"
            "CHAIRMAN: The board has that report. I will read the line into the record. Section four, paragraph "
            "three: “Corrosion found on two bearings. Replacement advised within six months.” Was it replaced?\n"
        )
    )
    assert got["Corrosion found on two bearings. Replacement advised within six months."] is None


def test_a_roster_line_with_abbreviated_titles_names_the_chair_and_the_witness_and_is_no_turn():
    quotes = direct(
        "Record of the Works Committee, Linz, 3 March.\n\n"
        "Chair: Councillor Mag. Renate Aigner-Holz. Members: Councillors Dr. Paul Wimmer and Eva Brandl. "
        "Witness: Ing. Stefan Leitgeb, director of Donau Hochbau GmbH.\n\n"
        "CHAIR: I open the session. Mr Leitgeb, you have five minutes.\n\n"
        "WITNESS: Thank you, Madam Chair. The costs rose because steel rose.\n\n"
        "CHAIR: Thank you. Councillor Wimmer, your question.\n"
    )
    assert quotes == [
        ("I open the session. Mr Leitgeb, you have five minutes.", "Renate Aigner-Holz"),
        ("Thank you, Madam Chair. The costs rose because steel rose.", "Stefan Leitgeb"),
        ("Thank you. Councillor Wimmer, your question.", "Renate Aigner-Holz"),
    ]


PHONE_IN = (
    "River FM, Luxor. Host: Karim Nassar. Producer: Dalia Hosny. Callers gave their names on air.\n\n"
    "HOST: Good evening, Luxor. Our first caller is a woman from Esna who has waited an hour. Go ahead.\n\n"
    "CALLER: Good evening, Ustaz Karim. The power went at ten and came back at four.\n\n"
    "HOST: Thank you. Next caller, from the corniche. Go ahead.\n\n"
    "CALLER: Hello? Karim? This is Fathi, and I run a ferry below the old bridge. Without ice the fish —\n\n"
    "HOST: Fathi, we are losing you. Another caller. Sir, your name?\n\n"
    "CALLER: Mahmoud el-Sharif, I teach at the school in Armant. The schedule never comes.\n\n"
    "PRODUCER: Karim, Fathi is back on line two. Go ahead, Fathi, you are on.\n\n"
    "CALLER: Sorry, Karim, the network on the river is terrible. The boats will carry ice for free.\n\n"
    "HOST: Thank you, Fathi. That is all for tonight.\n"
)


def test_callers_who_say_their_name_or_are_put_on_air_by_name_are_those_callers():
    got = dict(direct(PHONE_IN))
    assert got["Good evening, Ustaz Karim. The power went at ten and came back at four."] is None  # (not "Esna")
    assert got["Hello? Karim? This is Fathi, and I run a ferry below the old bridge. Without ice the fish —"] == "Fathi"
    assert got["Mahmoud el-Sharif, I teach at the school in Armant. The schedule never comes."] == "Mahmoud el-Sharif"
    assert got["Sorry, Karim, the network on the river is terrible. The boats will carry ice for free."] == "Fathi"


def test_a_programme_part_named_in_the_credits_line_is_its_label():
    got = dict(direct(PHONE_IN))
    assert got["Karim, Fathi is back on line two. Go ahead, Fathi, you are on."] == "Dalia Hosny"


def test_an_ethiopian_honorific_abbreviation_before_a_given_name_is_that_person():
    got = dict(
        direct(
            "Tigist Alemu, who runs the rescue network, gave the latest count. “We have 600 people in the schools,” "
            "she said.\n\n"
            "W/ro Tigist says the network has 40 boats. “The boats are for the people who refuse to leave,” she said.\n"
        )
    )
    assert got["The boats are for the people who refuse to leave"] == "Tigist Alemu"


def test_an_honorific_said_with_a_given_name_is_the_person_of_that_given_name_not_of_that_family_name():
    got = dict(
        direct(
            "The father, Bekele Tessema, 67, has worked on the lake for four decades. His son, Dawit Bekele, said the "
            "family had pulled their boats onto the road. “The drains are blocked,” Dawit said.\n\n"
            "“You can argue when the water goes down,” Ato Bekele said.\n"
        )
    )
    assert got["You can argue when the water goes down"] == "Bekele Tessema"


def test_a_bare_given_name_is_the_person_this_paragraph_just_named_not_an_earlier_one_of_that_family_name():
    got = dict(
        direct(
            "Tigist Alemu, who coordinates the rescue network, gave the count. “We have 600 people,” she said.\n\n"
            "Alemu Haile, who has rented pedal boats for twenty years, had to tie his boats to a tree. “The lake gave "
            "me my living, and now it wants my boats back,” Alemu said.\n"
        )
    )
    assert got["The lake gave me my living, and now it wants my boats back"] == "Alemu Haile"


def test_an_unnamed_speaker_the_paragraph_names_after_the_quote_is_that_person():
    got = dict(
        direct(
            "A man pushing a bicycle loaded with mattresses told our reporter he had left at dawn. “The water came "
            "through the floor,” he said. His name is Tesfaye Wolde, and he has fished the lake since 1990. "
            "“I will come back when it goes down.”\n"
        )
    )
    assert got["The water came through the floor"] == "Tesfaye Wolde"
    assert got["I will come back when it goes down."] == "Tesfaye Wolde"


def test_a_kunya_is_the_parent_it_names_not_the_child():
    got = dict(
        direct(
            "The bakery was founded by Yusuf Haddad, known to everyone on the street as Abu Samir after his eldest "
            "son. He is 80 now.\n\n"
            "«The dough is too wet,» Abu Samir said.\n\n"
            "His son Samir moved to Lyon in 1995. «He says that every morning,» Samir said by phone.\n"
        )
    )
    assert got["The dough is too wet"] == "Yusuf Haddad"
    assert got["He says that every morning"] == "Samir"


def test_an_unnamed_speaker_the_next_paragraph_opens_by_naming_is_that_person():
    got = dict(
        direct(
            "Across the slipway, a man in a faded blue cap was coiling rope. “Her boats are heavier than her father’s "
            "boats,” he said.\n\n"
            "His name is Hassan Srour. He has fished out of Tyre for 40 years.\n"
        )
    )
    assert got["Her boats are heavier than her father’s boats"] == "Hassan Srour"


def test_the_judge_in_apposition_in_an_opening_asked_by_clause_is_not_the_subject():
    got = dict(
        direct(
            "Petr Malý and his wife, Jana Malá, ran the agency.\n\n"
            "Asked by the presiding judge, Ivana Horáková, whether she had known the firm was insolvent, Malá paused "
            "for several seconds.\n\n"
            "„I knew we were late with the payments,“ she said.\n"
        )
    )
    assert got["I knew we were late with the payments"] == "Jana Malá"


def test_a_reply_after_to_ask_someone_is_theirs():
    got = dict(
        direct(
            "Tomáš Berger, 58, is charged with fraud. The prosecutor, Ondřej Vlk, read the charges.\n\n"
            "Judge Marta Králová interrupted to ask Berger directly why the firm had advertised a discount.\n\n"
            "„We needed cash to pay the hotels,“ he replied.\n"
        )
    )
    assert got["We needed cash to pay the hotels"] == "Tomáš Berger"


def test_a_headline_quote_is_the_body_speaker_of_those_words_not_the_headline_subject():
    got = direct(
        "Highland Honey Cooperative signs first export deal: “We are no longer selling our bees by the jar”\n\n"
        "QUETZALTENANGO — The Highland Honey Cooperative today announced an export agreement.\n\n"
        "“For thirty years we sold to intermediaries,” said Rosa Tzul, president of the cooperative. “We are no "
        "longer selling our bees by the jar.”\n"
    )
    assert got[0] == ("We are no longer selling our bees by the jar", "Rosa Tzul")


def test_a_body_named_in_brackets_in_another_language_and_by_acronym_is_one_speaker():
    from claims.ingest.analyze import analyze_article

    article = analyze_article(
        "OAXACA, 3 May — The Valley Potters Union (Unión de Alfareros del Valle, UAV), which groups 200 potters, "
        "today announced a new kiln.\n\n"
        "The union said it expects the kiln to “cut firing costs by a third within two seasons”.\n"
    )
    union = next(s for s in article.speakers if "UAV" in s.mentions or "Unión de Alfareros del Valle" in s.mentions)
    assert "Valley Potters Union" in [union.name, *union.mentions]


def test_a_letter_the_chair_names_and_the_clerk_reads_in_the_next_turn_is_its_senders():
    got = dict(
        direct(
            "Chair: Councillor Eva Brandl. Clerk: Florian Maier. Witness: Paul Wimmer.\n\n"
            "CHAIR: Before we hear from the witness, the clerk will read the letter we received on Monday from the "
            "Residents' Initiative Lend-Nord.\n\n"
            "CLERK: The letter reads, and I quote: ‚For three years our street has carried the lorries of this "
            "project.‘ It is signed by its board.\n\n"
            "CHAIR: Thank you. Mr Wimmer, please begin.\n\n"
            "WITNESS: Thank you, Madam Chair.\n"
        )
    )
    assert got["For three years our street has carried the lorries of this project."] == (
        "Residents' Initiative Lend-Nord"
    )


def test_a_host_reading_their_statement_reads_the_body_asked_for_it():
    got = dict(
        direct(
            "HOST: Good evening. Our guest is Salma Nour of the consumer forum.\n\n"
            "NOUR: Thank you, Karim. People want a schedule.\n\n"
            "HOST: This afternoon we asked the Upper Nile Power Distribution Company for a response. I will read their "
            "statement exactly as it came: “The company apologises to its customers for the interruptions.” Salma, "
            "is that enough?\n\n"
            "NOUR: No. They promised that last summer too.\n"
        )
    )
    assert got["The company apologises to its customers for the interruptions."] == (
        "Upper Nile Power Distribution Company"
    )


def test_q_turns_of_an_interview_headed_interview_are_the_bylines_writer():
    got = dict(
        direct(
            "Interview: two brothers and a ferry\n\n"
            "By Marta Keller, Lakeside Weekly — 3 August 2026\n\n"
            "BRIENZ — The Keller ferry has crossed the lake since 1961. Jonas Keller, 52, steers it; his brother "
            "Elias Keller, 47, keeps the books. Questions are marked Q; the brothers are "
            "labelled by their first names.\n\n"
            "Q: The ferry stopped for nine days. What happened?\n\n"
            "JONAS: The engine seized in the storm. We rowed the last passengers in.\n\n"
            "Q: Will it run this winter?\n\n"
            "ELIAS: If the part comes from Hamburg, yes.\n"
        )
    )
    assert got["The ferry stopped for nine days. What happened?"] == "Marta Keller"
    assert got["Will it run this winter?"] == "Marta Keller"


def test_a_roster_name_with_the_label_in_brackets_holds_that_label_and_a_resumed_turn_is_a_turn():
    got = dict(
        direct(
            "Presiding: Councillor Ana Pombo (CHAIR). Committee secretary: Óscar Berrío (CLERK). Appearing: Rafael "
            "De la Hoz, manager of Acuacaribe.\n\n"
            "CHAIR: Good morning. Secretary, please verify the quorum.\n\n"
            "CLERK: There is a quorum, Madam Chair.\n\n"
            "DE LA HOZ: If the councillor will allow me to finish my answer —\n\n"
            "CHAIR: — and briefly, please, Mr De la Hoz.\n"
        )
    )
    assert got["There is a quorum, Madam Chair."] == "Óscar Berrío"
    assert got["— and briefly, please, Mr De la Hoz."] == "Ana Pombo"


def test_a_letter_a_body_asked_a_member_to_have_read_is_the_bodys_when_the_clerk_reads_it():
    got = dict(
        direct(
            "Presiding: Councillor Ana Pombo (CHAIR). Committee secretary: Óscar Berrío (CLERK).\n\n"
            "CHAIR: Councillor Salcedo, you have the floor.\n\n"
            "SALCEDO: Madam Chair, I have a letter the Harbour Fishmongers Association asked me to have read into "
            "the record.\n\n"
            "CHAIR: Secretary, please read it aloud.\n\n"
            "CLERK: The letter reads: ‘We have paid for ice that did not arrive for four months.’ It is signed by "
            "the board.\n\n"
            "CHAIR: Thank you, Secretary.\n"
        )
    )
    assert got["We have paid for ice that did not arrive for four months."] == "Harbour Fishmongers Association"


def test_the_person_the_writer_hands_the_last_word_to_is_the_next_she():
    got = dict(
        direct(
            "Naomi Sipa, who runs the relief network, said the halls were full. “We need blankets,” she said.\n\n"
            "We leave the last word to Geua Tau, packing up her stall at dusk. “Tomorrow we clean, then we sell "
            "again,” she said.\n"
        )
    )
    assert got["Tomorrow we clean, then we sell again"] == "Geua Tau"


def test_a_headline_under_a_press_release_banner_is_still_the_headline():
    got = direct(
        "PRESS RELEASE — FOR IMMEDIATE RELEASE\n\n"
        "Harbour Ice opens cold store at the fish quay: ‘No more fish thrown back to the sea’\n\n"
        "DOUALA, 3 May 2026 — Harbour Ice SA today opened a solar cold store.\n\n"
        "‘No more fish thrown back to the sea,’ said Régine Ebodé, president of the fish smokers' network.\n"
    )
    assert got[0] == ("No more fish thrown back to the sea", "Régine Ebodé")


def test_a_photo_caption_label_names_the_captions_speaker():
    got = dict(
        direct(
            "Photo caption: Amélia Cossa in her nursery at Praia Nova. «Every seedling is a small wall,» she says.\n\n"
            "BEIRA — The nursery has 40,000 seedlings.\n"
        )
    )
    assert got["Every seedling is a small wall"] == "Amélia Cossa"


def test_a_text_message_now_from_a_listener_is_the_listeners():
    got = dict(
        direct(
            "HOST: Good evening, Liège. My guest is Benoît Lejeune of the transport authority.\n\n"
            "LEJEUNE: Good evening. The works end in June.\n\n"
            "HOST: A text message now, from Raf in Herstal: «I drive a delivery van. Who pays for my diesel?» "
            "Benoît Lejeune?\n\n"
            "LEJEUNE: Nobody, I am afraid.\n"
        )
    )
    assert got["I drive a delivery van. Who pays for my diesel?"] == "Raf"


def test_a_justice_is_the_judge_a_later_sentence_means():
    got = dict(
        direct(
            'Justice Rosalind Gokool-Antoine sentenced the pair to eight years. "This was greed," she said.\n\n'
            'Kavita Mohammed, for the State, said outside the court that the prosecution was "satisfied that the '
            'sentences reflect the harm done."\n\n'
            "The judge also ordered the pair to pay $3.1 million in compensation.\n\n"
            '"If the money is not paid within two years, each of you will serve a further two years," she said.\n'
        )
    )
    assert got["If the money is not paid within two years, each of you will serve a further two years"] == (
        "Rosalind Gokool-Antoine"
    )


def test_you_inside_a_quote_is_the_person_the_quote_was_told_to():
    got = dict(
        direct(
            "Justice Rosalind Gokool-Antoine sentenced Deonarine Ramdass, 61, to eight years.\n\n"
            "\"You told one buyer, 'The paper will come, just hold strain.' She held strain for three years,\" the "
            "judge told Deonarine Ramdass, who stared at the floor of the dock.\n"
        )
    )
    assert got["The paper will come, just hold strain."] == "Deonarine Ramdass"


# The review's counter-examples: each rule above stays inside its own structure.


def test_a_named_subject_with_a_who_clause_after_an_opening_phrase_stays_the_subject():
    got = dict(
        direct(
            "Councillor Maria Lopez proposed the new stadium last year.\n\n"
            "On Monday, Ana Ruiz, who chairs the finance board, rejected the plan. “It is a waste of public money,” "
            "she said.\n"
        )
    )
    assert got["It is a waste of public money"] == "Ana Ruiz"


def test_a_family_name_opening_with_abu_is_no_kunya():
    from claims.ingest.speakers import name_similarity

    assert name_similarity("Abu Marzouk", "Mousa Abu Marzouk") > 0
    assert name_similarity("Abu Karim", "Karim") == 0


def test_a_question_the_writer_put_to_one_person_answered_by_another_is_the_answerers():
    got = dict(
        direct(
            "When we asked Mayor Ana Ruiz about the claims on Monday, her deputy Maria Lopez answered instead. “We "
            "will respond in writing,” she said.\n"
        )
    )
    assert got["We will respond in writing"] == "Maria Lopez"


def test_a_headline_that_names_its_speaker_keeps_that_speaker():
    got = direct(
        "Mayor Lina Park: “We will not raise taxes this year”\n\n"
        "Councillor Jan Berg was unconvinced. “She says, ‘We will not raise taxes this year,’ but she said exactly "
        "that in 2019,” Berg said.\n"
    )
    assert got[0] == ("We will not raise taxes this year", "Lina Park")


def test_a_former_justice_is_not_the_judge_of_the_case():
    got = dict(
        direct(
            "Judge Maria Lopez jailed the man for six years. Former Chief Justice Ana Ruiz, who sat in the public "
            "gallery, nodded.\n\n"
            "“This was greed,” the judge said.\n"
        )
    )
    assert got["This was greed"] == "Maria Lopez"


def test_you_is_not_someone_told_something_before_the_quote():
    got = dict(
        direct(
            '"Sit down," the judge told Kofi Mensah. Then she turned to the prosecutor, Ama Owusu. "You said, \'We '
            "have the receipts.' Where are they?\" she asked.\n"
        )
    )
    assert got["We have the receipts."] != "Kofi Mensah"


def test_her_name_is_after_a_quote_about_her_daughter_names_no_one():
    got = dict(
        direct(
            "A mother waited at the clinic with her feverish daughter. “She has not eaten for two days,” she said. "
            "Her name is Amina Yusuf, and she is six years old.\n"
        )
    )
    assert got["She has not eaten for two days"] != "Amina Yusuf"


def test_the_station_is_the_one_a_sentence_opened_by_describing_so():
    got = dict(
        direct(
            "The Huon Gulf Relief Network said it had 40 boats.\n\n"
            "12:00\nLocal station Wara FM Lae is telling listeners the highway is closed. “Do not try to cross the "
            "bridge on foot,” the station said on air.\n"
        )
    )
    assert got["Do not try to cross the bridge on foot"] == "Wara FM Lae"


def test_a_roster_that_gives_each_label_in_brackets_names_its_holders():
    quotes = direct(
        "Presiding (CHAIR): Councillor Rosa Elena Menjívar de Castro. Committee clerk (CLERK): Marta Cecilia "
        "Portillo. Witness (WITNESS): Ing. Tomás Girón Ayala, project director of Constructora Lempa.\n\n"
        "CHAIR: Good morning. Clerk, please call the roll.\n\n"
        "CLERK: Madam Chair, there is a quorum.\n\n"
        "CHAIR: Thank you. Ingeniero Girón, you have ten minutes.\n\n"
        "WITNESS: Thank you, Madam Chair. We delivered the culvert on time.\n"
    )
    assert [s for _, s in quotes] == [
        "Rosa Elena Menjívar de Castro",
        "Marta Cecilia Portillo",
        "Rosa Elena Menjívar de Castro",
        "Tomás Girón Ayala",
    ]
