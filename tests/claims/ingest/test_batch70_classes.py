"""The error classes of blind batch 70 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_the_councillor_who_presided_is_the_chair_and_the_committee_calls_each_witness():
    quotes = direct(
        "Record of the public works committee, 3 March. Councillor Inés Paredes Villacís presided. The committee "
        "clerk was Tomás Arce.\n\n"
        "CHAIR: Good morning. The committee calls Señora Carmen Lojano, who lives beside the canal.\n\n"
        "WITNESS: Good morning. The water reached my door twice this winter.\n\n"
        "CHAIR: Thank you. The committee calls Ingeniera Paola Merchán, who surveyed the canal.\n\n"
        "WITNESS: Thank you, Madam Chair. The lining has cracked in three places.\n"
    )
    assert [s for _, s in quotes] == [
        "Inés Paredes Villacís",
        "Carmen Lojano",
        "Inés Paredes Villacís",
        "Paola Merchán",
    ]


def test_a_deputy_who_presided_after_the_chair_left_does_not_hold_the_chair():
    quotes = direct(
        "RIGA — An excerpt from Tuesday's sitting of the fisheries committee. The committee is chaired by Ruta "
        "Ozola.\n\n"
        "CHAIR: Colleagues, we are quorate. Let us begin.\n\n"
        "(The Chair, Ms Ozola, left the sitting. Deputy Chair Ivars Liepa presided.)\n\n"
        "DEPUTY CHAIR: We continue with the second item.\n"
    )
    assert [s for _, s in quotes] == ["Ruta Ozola", "Ivars Liepa"]


def test_a_low_quote_inside_guillemets_is_the_nested_quote():
    quotes = direct(
        "Olena Marchuk has run the bakery on Rynok Square since 1998.\n\n"
        "«My mother said to me, „Bread forgives nothing, least of all haste.“ She was right,» Marchuk says.\n"
    )
    assert quotes == [
        ("My mother said to me, „Bread forgives nothing, least of all haste.“ She was right", "Olena Marchuk"),
        ("Bread forgives nothing, least of all haste.", None),
    ]


def test_the_elder_of_two_relatives_opening_a_sentence_is_the_next_he():
    got = dict(
        direct(
            "Bernd Kühn founded the roofing firm in 1989. His son, Maximilian Kühn, runs it now. “We fixed 400 roofs "
            "last year,” the younger Kühn said.\n\n"
            "The elder Kühn shrugged and lit his pipe. “Roofs were better in my day,” he said.\n"
        )
    )
    assert got["Roofs were better in my day"] == "Bernd Kühn"


def test_a_son_named_by_his_given_name_inside_a_sentence_makes_the_other_the_elder():
    got = dict(
        direct(
            "Taras Hnatyshyn has kept the tower clocks running for thirty years.\n\n"
            "Since spring he has had an apprentice: his son Andriy, thirty-four, who left a job in software.\n\n"
            "«My father thinks a computer is a clock that lies,» Andriy says.\n\n"
            "The elder Hnatyshyn shrugs. «With his ears, not yet,» he says.\n"
        )
    )
    assert got["With his ears, not yet"] == "Taras Hnatyshyn"


def test_a_body_after_a_date_and_before_its_description_is_the_writer():
    got = dict(
        direct(
            "Not everyone has made his work easy. In 2019 the Lviv Heritage Fund, a private foundation that pays for "
            "repairs, wrote to object to a gear he had cut. The letter is pinned above his bench. «Dear Sir, we "
            "have reviewed the photographs you sent,» it begins.\n"
        )
    )
    assert got["Dear Sir, we have reviewed the photographs you sent"] == "Lviv Heritage Fund"


def test_someone_quoted_before_the_next_sentence_says_she_is_x_is_x():
    snippets = [
        "«He is more punctual than the trams,» says the woman who runs the flower stall by the fountain. She is "
        "Mariya Kostenko, and she has sold flowers there for twenty years.\n",
        "The rain has not stopped since noon.\n\n"
        "On the church steps, a woman in a red raincoat is directing neighbours with a megaphone. «Old people "
        "first, then the dogs, then the televisions!» she shouts.\n\n"
        "She is Lucinda das Neves Prado, 71, a retired cook.\n",
        "Before the gulls are awake, a tall man in oilskins is already knee-deep in the mud.\n\n"
        "«If you want to talk, you carry a bucket,» he says.\n\n"
        "This is Goulven Le Bihan, 58, a third-generation oyster farmer.\n",
    ]
    assert [direct(s)[0][1] for s in snippets] == ["Mariya Kostenko", "Lucinda das Neves Prado", "Goulven Le Bihan"]


def test_a_person_and_his_wife_named_in_apposition_are_both_seen():
    got = dict(
        direct(
            "Dragan Iliev and his wife, Mira Ilieva, who run a bakery on Zlatarska street, have spent the night "
            "bailing out their cellar.\n\n"
            "“We lost maybe three hundred loaves,” Iliev said. His wife shook her head.\n\n"
            "“Dragan, stop it. We lost forty, and most of those were burnt,” she said, laughing.\n"
        )
    )
    assert got["We lost maybe three hundred loaves"] == "Dragan Iliev"
    assert got["Dragan, stop it. We lost forty, and most of those were burnt"] == "Mira Ilieva"


def test_quote_only_paragraphs_then_that_is_x_are_x():
    quotes = direct(
        "22:05\nFirefighters are pumping two basements on Kozhuharska street.\n\n"
        "22:40\n“Tourists come for the bars and the murals and think it is a theme park. It is not.\n\n"
        "“The drains were laid for forty workshops, not four hundred tables. Somebody has to decide.”\n\n"
        "That is Hristo Manolov, an architect on the board of Kapana Neighbours, speaking to our reporter.\n"
    )
    assert [s for _, s in quotes] == ["Hristo Manolov", "Hristo Manolov"]


def test_a_headline_repeating_words_a_body_quote_quotes_is_the_inner_speakers():
    got = dict(
        direct(
            "“The river remembers where it used to run”: live updates as storm floods the old town\n\n"
            "20:39\nDesislava Koleva manages a gallery two doors from the flooded bar.\n\n"
            "“My grandmother always told us, ‘The river remembers where it used to run.’ She was always right,” "
            "Koleva said.\n"
        )
    )
    assert got["The river remembers where it used to run"] is None


def test_the_elder_after_a_time_opening_is_the_parent():
    got = dict(
        direct(
            "Bernd Kühn founded the roofing firm in 1989. His son, Maximilian Kühn, runs it now. “We fixed 400 roofs "
            "last year,” the younger Kühn said.\n\n"
            "A neighbour, Paul Weber, said he had never seen the street so busy. “It is like a fair,” Weber said.\n\n"
            "On Tuesday afternoon the elder Kühn sat on a crate outside the workshop. “Roofs were better in my day,” "
            "he said.\n"
        )
    )
    assert got["Roofs were better in my day"] == "Bernd Kühn"


def test_a_caller_put_through_with_a_courtesy_title_and_her_turn_running_on_over_her_own_quotes():
    quotes = direct(
        "HOST: Our first caller is Minh, in Long Biên. Minh, you're on the air.\n\n"
        "CALLER: Thank you. I deliver food on a motorbike, twelve hours a day.\n\n"
        "HOST: Minh, thank you. Next on the line is Mrs. Lan, who has run a noodle stall for thirty years. Good "
        "evening, Mrs. Lan.\n\n"
        "CALLER: Good evening. I am not against clean air, but my customers come on motorbikes.\n\n"
        'My husband says, "Sell the stall and rest your legs at last." I tell him, "Thirty years I have stood on '
        'this corner." So now we argue at dinner.\n\n'
        "HOST: Thank you, Mrs. Lan.\n"
    )
    got = dict(quotes)
    assert [s for t, s in quotes if t.startswith("Good evening. I am not against")] == ["Lan"]
    assert got["Sell the stall and rest your legs at last."] is None
    assert got["Thirty years I have stood on this corner."] == "Lan"


def test_he_after_someone_unnamed_from_a_body_is_nobody_named():
    got = dict(
        direct(
            "Q: Who lent you the money?\n\n"
            "A: Every season an agent from Delta Fry Traders came with shrimp fry on credit. He always said, “Pay "
            "after the harvest, sister, no tension.” Then the virus took three harvests.\n"
        )
    )
    assert got["Pay after the harvest, sister, no tension."] is None


def test_a_platform_message_read_aloud_is_its_senders():
    got = dict(
        direct(
            "Martín Bustos, 52, was convicted of fraud on Tuesday.\n\n"
            "During the trial, prosecutor Gonzalo Ibarra read aloud a WhatsApp message Bustos had sent one farmer in "
            'March: "Relax, the money is on its way. Trust me, brother."\n'
        )
    )
    assert got["Relax, the money is on its way. Trust me, brother."] == "Martín Bustos"
