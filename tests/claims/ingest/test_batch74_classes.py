"""The error classes of blind batch 74 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct

PROFILE = (
    "The old man in the grey overalls does not look up when visitors come in. He is lying under a tractor, talking "
    "to it.\n\n"
    "'Come on, old girl, come on,' he says, tapping a bolt.\n\n"
    "Tendai Moyo is 71. For 40 years he was a fitter in the railway workshops.\n\n"
)
WIFE = "At home, his wife, Rudo Moyo, keeps his overalls in a basin. 'He comes home black,' she says.\n\n"


def test_a_paragraph_opening_on_a_name_and_an_age_names_the_old_man_quoted_before():
    assert dict(direct(PROFILE))["Come on, old girl, come on"] == "Tendai Moyo"


def test_the_elder_is_the_plain_namesake_when_the_text_gave_only_a_son():
    got = dict(
        direct(
            PROFILE
            + WIFE
            + "Their son, Farai Moyo, 45, is an accountant. 'My father taught me to read a gauge,' Farai says.\n\n"
            "The elder Moyo laughs when this is read to him. 'He burned his fingers on a valve once,' he says.\n\n"
            "The museum's curator, Chipo Moyo, who is no relation, says he is needed. 'People stay for him,' she "
            "says.\n\n"
            "The elder Moyo shrugs at that. 'I only fix what is broken,' he says.\n"
        )
    )
    assert got["I only fix what is broken"] == "Tendai Moyo"
    assert got["He burned his fingers on a valve once"] == "Tendai Moyo"


def test_someone_the_trade_is_passed_to_by_name_and_age_is_the_next_she():
    got = dict(
        direct(
            PROFILE
            + WIFE
            + "These days his hands are passing the trade to Nyasha Dube, 23, an engineering student who began "
            "volunteering last year. 'He does not explain, he shows,' she says.\n"
        )
    )
    assert got["He does not explain, he shows"] == "Nyasha Dube"


def test_a_given_name_opening_a_sentence_with_its_verb_is_the_one_named_in_full():
    got = dict(
        direct(
            "The factory is owned by Abdul Rauf Baig, a cotton trader. It is run by his son, Omar Baig.\n\n"
            'Outside the hospital, the elder Baig denied the claim. "Nobody was ever locked in," he said.\n\n'
            "Omar gave a different account a few hours later. He told reporters that the door was blocked.\n\n"
            '"We were storing much more cotton than we should have," he said.\n'
        )
    )
    assert got["We were storing much more cotton than we should have"] == "Omar Baig"


def test_he_in_a_quote_is_the_one_an_earlier_quote_of_the_paragraph_called_him():
    got = dict(
        direct(
            PROFILE + "'My first foreman was a Scotsman, we called him Mr Mac,' Moyo says. 'He used to say, "
            '"Steel remembers everything you do to it, laddie," and I did not understand him.\'\n'
        )
    )
    assert got["Steel remembers everything you do to it, laddie"] == "Mac"


def test_a_caption_label_before_the_subject_and_the_old_man_later_on():
    got = direct(
        "PICTURE: Tendai Moyo beneath a 1953 tractor in Gweru. 'She still has a few good years in her,' he says.\n\n"
        "Tendai Moyo is 71. For 40 years he was a fitter in the railway workshops.\n\n"
        "A guard at the gate, who would not give his name, put it simply. 'Without him this is a graveyard,' he "
        "said.\n\n"
        "Late in the afternoon the old man slides out from under the engine and drinks tea.\n\n"
        "'When she moves, I will sit down,' he says.\n"
    )
    assert [s for _, s in got] == ["Tendai Moyo", None, "Tendai Moyo"]


HEARING = (
    "Excerpt from the transcript of the environment committee. The committee is chaired by Deputy Ana Ruiz. The "
    "witnesses were hydrogeologist Tomás Vera, a former consultant, and Rosa Quispe, a community president. The "
    "committee secretary is Luis Burgos.\n\n"
    "CHAIR: We are in session. I remind the witnesses that this session is public. Dr. Vera, you have the floor.\n\n"
    "WITNESS: Thank you, Madam Chair. I will be brief.\n\n"
)


def test_the_witness_the_intro_lists_and_the_chair_gives_the_floor():
    assert [s for _, s in direct(HEARING)] == ["Ana Ruiz", "Tomás Vera"]


def test_a_secretary_reading_a_companys_note_and_the_note_itself():
    got = direct(
        HEARING + "CHAIR: Secretary, please read the note we received on Monday.\n\n"
        "SECRETARY: Note from Salinas Norte S.A., dated September 14 and addressed to this committee. I quote: «The "
        "company reiterates that all extraction is carried out under permits.» End of the note.\n"
    )
    assert got[-2][1] == "Luis Burgos"
    assert got[-2][0].startswith("Note from Salinas Norte S.A.")
    assert got[-1][0] == "The company reiterates that all extraction is carried out under permits."
    assert got[-1][1] in ("Salinas Norte", "Salinas Norte S.A.")


def test_he_after_someone_unnamed_in_a_turn_is_nobody_named():
    got = dict(
        direct(
            HEARING + "QUISPE: An engineer came in a white truck. He told us, «There is no connection between them.» "
            "I asked him to drink from our spring.\n"
        )
    )
    assert got["There is no connection between them."] is None


RELEASE = (
    "BOBO-DIOULASSO, 12 May 2026 — The Union of Women Fruit Processors today opened a drying centre.\n\n"
    "“Every tonne we dry here stays in Bobo,” said Awa Sanou, president of the union. “It is ours,” she added.\n\n"
)


def test_her_message_read_by_another_is_hers():
    got = dict(
        direct(
            RELEASE + "Claire Dumont, director of the Sahel Fruit Foundation, was unable to travel. Her message to "
            "the members was read at the ceremony by Millogo.\n\n"
            "“I regret that I cannot be with you today,” the message said.\n"
        )
    )
    assert got["I regret that I cannot be with you today"] == "Claire Dumont"


def test_one_of_the_buyers_quoted_then_the_buyer_named_in_the_same_paragraph():
    got = dict(
        direct(
            RELEASE + "One of the existing buyers attended the ceremony. “I have bought from these women for ten "
            "years,” he said. “The problem was always volume.” The buyer, Jean Konaté of Kénédougou Dried Fruit, "
            "said his company would double its order.\n"
        )
    )
    assert got["I have bought from these women for ten years"] == "Jean Konaté"
    assert got["The problem was always volume."] == "Jean Konaté"


def test_the_young_man_named_after_the_witness_quotes_and_the_he_told_the_passengers():
    got = dict(
        direct(
            "Boat owner Gjon Marku, 47, told the court a squall caused the accident. «I did not kill anybody,» Marku "
            "said.\n\n"
            "The court also heard from one of the crew, a teenager who had been serving drinks. He said Marku had "
            "seen dark clouds before the boat left.\n\n"
            "«He looked at the mountains and then told the passengers, ‹sit down, everyone, it is only wind›,» the "
            "witness said. «Ten minutes later we were in the water.»\n\n"
            "The young man, Ardit Dushi, 19, said he had pulled two children onto a cooler.\n"
        )
    )
    assert got["Ten minutes later we were in the water."] == "Ardit Dushi"
    assert got["sit down, everyone, it is only wind"] == "Gjon Marku"


def test_a_live_blog_entry_naming_the_woman_another_entry_quoted():
    got = dict(
        direct(
            "Live: Blizzard strands buses on the pass\n\n"
            "Heavy snow has closed roads. Newest entries first.\n\n"
            "21:15\nWe have now learned the name of the woman in the grey blanket quoted in our 19:30 entry. She is "
            "Hatice Demir, 61, a retired nurse.\n\n"
            "19:30\nA woman in a grey blanket stepped off a rescue vehicle a few minutes ago. ‘I have never been so "
            "afraid,’ she said.\n"
        )
    )
    assert got["I have never been so afraid"] == "Hatice Demir"


def test_he_after_a_woman_is_the_man_named_only_by_his_family_name():
    got = dict(
        direct(
            "22:10\nThe last passengers have reached safety. ‘Nobody is missing,’ Aksoy told reporters.\n\n"
            "Hatice Demir, asked whether she would go on, laughed. ‘Tomorrow, if the road is open,’ she said.\n\n"
            "He said the pass would stay closed. ‘We will not reopen a road just to close it again,’ he said.\n"
        )
    )
    assert got["We will not reopen a road just to close it again"] == "Aksoy"


def test_numbered_callers_named_by_the_host_or_by_themselves():
    quotes = direct(
        "Edited transcript of “Morning Line”. The host is Wiphawan Saetang, known to listeners as Pim.\n\n"
        "HOST: Let’s go to the phones. Lek from Mae Chan, you’re on the air.\n\n"
        "CALLER 1: Sawasdee, Khun Pim. I grow corn and some ginger. This year I did not burn.\n\n"
        "HOST: Thank you, Lek. Next caller, go ahead.\n\n"
        "CALLER 2: I would rather not give my name. I teach at a primary school in Mae Sai.\n\n"
        "HOST: One more caller. Uncle, you’re on.\n\n"
        "CALLER 3: My name is Boonmee Chaiwong, I am 68, from Wiang Chai. I burned once in my life.\n\n"
        "CALLER 1: Can I add one thing? The mulcher costs too much.\n"
    )
    assert [s for _, s in quotes] == [
        "Wiphawan Saetang",
        "Lek",
        "Wiphawan Saetang",
        None,
        "Wiphawan Saetang",
        "Boonmee Chaiwong",
        "Lek",
    ]
