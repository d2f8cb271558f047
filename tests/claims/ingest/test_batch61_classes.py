"""The error classes of blind batch 61 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_she_is_a_quoted_nickname_names_the_person_before_it():
    got = direct(
        "SAINT-PHILIPPE, Réunion — At seventy-eight, Marie-Thérèse Payet still carries her own kayamb. Almost "
        'nobody calls her Marie-Thérèse. To her neighbours and her grandchildren, she is "Man Zozo."\n\n'
        "Her nephew, Laurent Payet, runs the festival.\n\n"
        'Man Zozo has already decided how the festival will end. "I will sing the first song and the last song," '
        "she said.\n"
    )
    assert dict(got)["I will sing the first song and the last song"] == "Marie-Thérèse Payet"


_YARD = (
    "Jean-Luc Payet, 52, plays his father's drum. Gilberte Payet, his aunt, lives in Paris.\n\n"
    "“My father would have hated all the cameras,” Jean-Luc said.\n\n"
    "“Papa, you love the cameras,” Océane Payet-Hoarau called from the kitchen doorway.\n\n"
    "Her post announcing the family’s first album read: “Three voices, one yard, and one drum that is older "
    "than all of us.”\n\n"
    "“I still sing every word,” Gilberte Payet said.\n\n"
    "A neighbour across the road, who asked not to be named, said the gatherings had changed the street. "
    "“Before, nobody stopped here except to buy bananas,” she said.\n"
)


def test_called_from_the_doorway_is_speech():
    assert dict(direct(_YARD))["Papa, you love the cameras"] == "Océane Payet-Hoarau"


def test_her_post_read_is_the_latest_woman():
    got = dict(direct(_YARD))
    assert got["Three voices, one yard, and one drum that is older than all of us."] == "Océane Payet-Hoarau"


def test_a_neighbour_across_the_road_is_someone_unnamed():
    assert dict(direct(_YARD))["Before, nobody stopped here except to buy bananas"] is None


def test_a_shout_is_speech():
    got = direct(
        "Maria Campbell sat behind the dock. The verdict was read at noon.\n\n"
        "“Nine years is not enough for two lives!” Campbell shouted from the gallery.\n"
    )
    assert got == [("Nine years is not enough for two lives!", "Maria Campbell")]


def test_a_body_that_posted_on_its_telegram_channel_is_the_post():
    got = direct(
        '08:20 — The Kola Fishermen\'s Union has weighed in. "We wrote to the owner three times," the union said.\n\n'
        "08:41 — The trawler's owner, Arktika Trawl Fleet, has posted on its Telegram channel. The post reads: "
        '"The fire began in the engine room at about 04:30."\n\n'
        '11:45 — Arktika Trawl Fleet has responded to the union in a second Telegram post. "The vessel passed its '
        'last inspection in February," it said.\n'
    )
    assert dict(got) == {
        "We wrote to the owner three times": "Kola Fishermen's Union",
        "The fire began in the engine room at about 04:30.": "Arktika Trawl Fleet",
        "The vessel passed its last inspection in February": "Arktika Trawl Fleet",
    }


def test_a_title_and_a_shared_family_name_is_the_one_named_in_full_with_that_title():
    got = direct(
        "09:47 — Olga Pakhomova, whose husband, Captain Viktor Pakhomov, commands the trawler, told us he had "
        "called her.\n\n"
        '12:40 — Andrei Pakhomov, 22, the captain’s son, has arrived at the quay. "My father will be the last one '
        'off that ship," he told our correspondent.\n\n'
        '14:15 — Captain Pakhomov has come ashore. "I am not saying anything until Sasha is found," Pakhomov said.\n'
    )
    assert dict(got)["I am not saying anything until Sasha is found"] == "Viktor Pakhomov"


_PHONE_IN = (
    'Transcript: "Ora Deschisă," the midday phone-in. Host: Valeriu Ciobanu-Rusu.\n\n'
    "HOST: Good afternoon. Next we have Mihai Rotaru, calling from Ialoveni. Mr Rotaru, go ahead.\n\n"
    "MIHAI: Good afternoon. The distributor, TermoNord, sent us a letter last week, and in the letter they write "
    'that the increase is "temporary and linked to regional prices." Temporary!\n\n'
    'HOST: We have something from TermoNord Distribuție. I will read their statement in full. Quote: "The tariff '
    'adjustment approved by the regulator reflects import costs."\n\n'
    "CALLER: Hello, is this the radio? Am I on? It is Doina, from Bălți.\n\n"
    "HOST: You are on, Doina. Please go ahead.\n\n"
    "DOINA: I work in a school canteen, and I have a question for your guest.\n"
)


def test_a_caller_who_gives_only_her_given_name_is_that_caller():
    assert dict(direct(_PHONE_IN))["Hello, is this the radio? Am I on? It is Doina, from Bălți."] == "Doina"


def test_a_statement_read_after_quote_colon_is_the_bodys():
    got = dict(direct(_PHONE_IN))
    assert got["The tariff adjustment approved by the regulator reflects import costs."] == "TermoNord Distribuție"


def test_what_they_write_in_the_letter_is_the_body_that_sent_it():
    assert dict(direct(_PHONE_IN))["temporary and linked to regional prices."] == "TermoNord Distribuție"


def test_a_comment_under_it_is_no_pronoun_subject():
    got = direct(
        "PolitiFact checked the claim.\n\n"
        "The video has been shared 9,000 times. One widely shared comment under it "
        'read: "I paid $7.49 for a dozen at Kroger yesterday."\n'
    )
    assert got == [("I paid $7.49 for a dozen at Kroger yesterday.", None)]


def test_my_granddad_is_the_one_the_text_called_his_grandfather():
    got = direct(
        "Dale Harlan, 58, runs the distillery.\n\n"
        "The distillery was founded by his grandfather, Amos Harlan, a former railroad brakeman. “My granddad "
        "always said, ‘Never build where the river can read your name,’ and we built there anyway,” Dale Harlan "
        "said.\n"
    )
    assert dict(got)["Never build where the river can read your name"] == "Amos Harlan"


_CANAL = (
    "Dilnoza Yusupova chairs the water users' association. Interview by Aziz Karimov.\n\n"
    "Q: Your father, Rustam Yusupov, ran this association in the 1990s. Was it easier then?\n\n"
    "A: It was different. My father used to say, “Water remembers who wasted it,” and he meant it as a warning.\n\n"
    "Q: Your daughter, Malika, is studying hydrology in Tashkent. Would you want her to come back?\n\n"
    "A: I want her to come back. She tells me, “Mama, you manage water the way a grandmother manages bread,” and "
    "she is not wrong.\n"
)


def test_your_father_named_in_the_question_is_my_father_in_the_answer():
    assert dict(direct(_CANAL))["Water remembers who wasted it"] == "Rustam Yusupov"


def test_your_daughter_by_her_given_name_is_she_in_the_answer():
    assert dict(direct(_CANAL))["Mama, you manage water the way a grandmother manages bread"] == "Malika"


def test_the_partnership_is_the_partnership_named_before():
    got = direct(
        "The Northern Nevada Jobs Partnership, a nonprofit coalition of employers and unions, welcomed the opening. "
        "“Two hundred and forty jobs with benefits is a generational event,” the partnership said in a statement.\n"
    )
    quote = "Two hundred and forty jobs with benefits is a generational event"
    assert got == [(quote, "Northern Nevada Jobs Partnership")]


def test_his_remarks_read_by_a_spokesperson_are_his():
    got = direct(
        "Co-founder Marcus Whitehorse, who is recovering from knee surgery, could not attend the ribbon-cutting. "
        "His remarks were read to guests by company spokesperson Tomás Echeverría: “Eight years ago this company "
        "was two people and a rented garage in Sparks.”\n"
    )
    assert [speaker for _, speaker in got] == ["Marcus Whitehorse"]


_HEARING = (
    "The committee is chaired by Tanja Mlakar-Benčič. Witnesses were State Secretary Gregor Žnidaršič and the "
    "mayor of Ljubno, Franc Kos. Questioning was led by Luka Pečnik.\n\n"
    "CHAIR: Good morning. State Secretary, you have five minutes.\n\n"
    "STATE SECRETARY ŽNIDARŠIČ: Thank you, Madam Chair. Of 3,480 approved claims, 3,268 have been paid.\n\n"
    "CHAIR: Thank you. Mr Pečnik.\n\n"
    "PEČNIK: Thank you. State Secretary, in September last year you sat in that same chair and told this committee, "
    '"every household will be paid in full before Christmas." Which Christmas did you mean?\n'
)


def test_you_after_a_time_is_the_subject_and_a_two_word_title_is_the_one_addressed():
    assert dict(direct(_HEARING))["every household will be paid in full before Christmas."] == "Gregor Žnidaršič"


def test_a_vocative_right_after_the_label_and_an_abbreviated_title():
    got = direct(
        "The committee heard Prof. Ondrej Kubašovský and the chair, Zuzana Hrabovská.\n\n"
        "CHAIR: Professor, you may begin.\n\n"
        "Prof. KUBAŠOVSKÝ: We have doubled our intervention teams.\n\n"
        "Ms PÁLKOVÁ: Chair, may I follow up? Professor, last spring you told the television news that culling was "
        "“a political answer to a biological question.” Do you still believe that?\n"
    )
    assert dict(got)["a political answer to a biological question."] == "Ondrej Kubašovský"


def test_its_report_in_a_turn_is_the_body_the_turn_named():
    got = direct(
        _HEARING + "\nCHAIR: Mr Pečnik, you will have a second round. Ms Hribar, please.\n\n"
        "HRIBAR: Thank you, Chair. I would like to put on record the findings of the Prostor Institute, "
        'which reviewed two hundred of the disputed files. Its report states that "a third of the disputed claims '
        'were never assessed on site by anyone." State Secretary, is that accurate?\n'
    )
    assert dict(got)["a third of the disputed claims were never assessed on site by anyone."] == "Prostor Institute"


def test_asked_whether_after_a_quote_is_no_cue():
    got = direct(
        "“We lost about 4,000 barrels,” said Margaret Voss-Harlan, the company’s chief executive.\n\n"
        "She said the company would keep paying all 63 employees “through at least the end of the year.” Asked "
        "whether Harlan Creek would rebuild on the same floodplain, she paused for a long moment. “Ask me that again "
        "in a month.”\n"
    )
    assert dict(got)["Ask me that again in a month."] == "Margaret Voss-Harlan"


def test_a_text_from_a_listener_by_given_name_is_the_he_who_writes():
    got = direct(
        _PHONE_IN + "\nHOST: We are almost out of time. One text message before the news, from Vasile in Cahul. He "
        'writes: "Tell the minister he should live one month on my pension." Natalia, the last word is yours.\n'
    )
    assert dict(got)["Tell the minister he should live one month on my pension."] == "Vasile"


def test_he_inside_a_mothers_quote_after_her_son_is_the_son_who_shares_her_name():
    got = direct(
        "Prosecutors say Curtis Vandenberg sent Tyler Ochoa into Bin 4 without a harness.\n\n"
        "The victim’s mother, Rosa Ochoa, testified on Monday that her son called her during his lunch break. "
        "“He told me, ‘Mom, they want the whole bin done before the storm,’ and that was the last thing he ever "
        "said to me,” she told jurors.\n"
    )
    assert dict(got)["Mom, they want the whole bin done before the storm"] == "Tyler Ochoa"


def test_a_statement_from_the_board_read_by_its_attorney_is_the_bodys():
    got = direct(
        "Prosecutors say the Prairie Rose Grain Cooperative ran the elevator.\n\n"
        "The cooperative itself is not charged. Outside the courthouse, its attorney, Gordon Pelletier, read a short "
        "statement from the board of directors: “Prairie Rose has cooperated with every investigation.”\n"
    )
    assert got == [("Prairie Rose has cooperated with every investigation.", "Prairie Rose Grain Cooperative")]


def test_and_he_opening_a_sentence_is_the_pronoun_subject():
    from claims.ingest.cues import find_cues

    text = "Tom Hall waited. And he said it was over."
    start = text.index("And")
    assert [c.subject for c in find_cues(text, (start, len(text)), 0)] == ["he"]
