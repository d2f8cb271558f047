"""The error classes of blind batch 43 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_she_with_nobody_seen_yet_is_the_one_person_the_text_named():
    got = direct(
        "Obituary: Siobhán McAleer, the engineer who kept the lights on\n\n"
        "For thirty years the grid of the north coast was, in the words of her colleagues, her grid.\n\n"
        "“It was never a job, it was a promise to the whole coast,” she said in 2019."
    )
    assert got == [("It was never a job, it was a promise to the whole coast", "Siobhán McAleer")]


def test_tagalog_dela_is_a_name_particle():
    got = direct(
        "“We are counting the roofs,” said Governor Maria Luisa dela Peña.\n\n"
        "“The south got the eye, and the south has the damage,” dela Peña said."
    )
    assert [speaker for _, speaker in got] == ["Maria Luisa dela Peña", "Maria Luisa dela Peña"]


def test_the_reader_s_own_words_then_the_letter_she_read():
    got = direct(
        "The Vintners’ Union welcomed the nursery in a statement as “the most useful gift to growers in twenty "
        "years.”\n\n"
        "At the ceremony, Tereza Nováková, Radek Novák’s daughter, read a letter from her grandfather, Jaroslav "
        "Novák, who could not attend. “Grandfather wrote this by hand, and he asked me not to correct it,” she told "
        "guests.\n\n"
        "“In 1950 my father hid cuttings of our old Muscat in the cellar, behind the potatoes,” the letter read."
    )
    assert [speaker for _, speaker in got][1:] == ["Tereza Nováková", "Jaroslav Novák"]


def test_a_presenter_reads_a_statement_they_sent_and_an_email_this_one_is_from():
    got = direct(
        "RUTH: Good morning. Magnus Tulloch is on the line.\n\n"
        "MAGNUS: Morning, Ruth. The late boat matters.\n\n"
        "RUTH: We did invite Sound Link on to the programme. They declined, but they've sent a statement, which I'll "
        'read in full: "Sound Link Ferries fully recognises the importance of late sailings." So there you are.\n\n'
        "MAGNUS: That's nothing.\n\n"
        "RUTH: A lot of you are emailing. This one's from Ina Jamieson in Baltasound: \"My husband has dialysis in "
        "Lerwick three times a week.\" Well, I've read it, Ina."
    )
    said = dict((text[:20], speaker) for text, speaker in got)
    assert said["Sound Link Ferries f"] == "Sound Link Ferries"
    assert said["My husband has dialy"] == "Ina Jamieson"


def test_the_question_she_was_asked_is_not_a_cue():
    # the verb inside "Asked whether …" is the question, and "he" is not the one inside "whether"
    got = direct(
        "Governor Lidia Marquez toured the valley on Monday.\n\n"
        "Asked whether the operator had warned anyone before the flood, she said: “That is a question we will "
        "ask, and loudly.”"
    )
    assert got == [("That is a question we will ask, and loudly.", "Lidia Marquez")]


def test_don_before_the_given_name_of_someone_named_in_full_is_that_person():
    got = direct(
        "Ramiro Fuentes has fished the lake for fifty years. “It is still up there,” said Ramiro Fuentes.\n\n"
        "Don Ramiro once told me, “You people only measure the water, we live next to it.”"
    )
    assert [speaker for _, speaker in got] == ["Ramiro Fuentes", "Ramiro Fuentes"]


def test_a_name_that_says_its_plan_is_a_body_the_company_refers_to():
    got = direct(
        "Norsk Vannkraft, the developer of the dam, says its reservoir would absorb a flood. The company said the "
        "dam “would reduce peak flows downstream by at least forty percent.”"
    )
    assert [speaker for _, speaker in got] == ["Norsk Vannkraft"]


def test_the_company_inside_an_interviewer_s_turn_is_the_body_named_before():
    got = direct(
        "ARAVENA: Welcome to the programme.\n\n"
        "SOTO: Thank you for having me.\n\n"
        "ARAVENA: The developer upstream, Hidroeléctrica Río Claro, says its reservoir would absorb a flood. In a "
        "statement to this newspaper, the company said the dam “would reduce peak flows by at least forty percent.”"
        " Do you believe that?\n\n"
        "SOTO: No, I do not believe a word of it."
    )
    assert ("would reduce peak flows by at least forty percent.", "Hidroeléctrica Río Claro") in got


def test_she_replied_is_the_one_the_question_was_put_to():
    got = direct(
        "Henrike Adler, the director, told lawmakers the slope had been watched. “We measured it every week,” she "
        "said.\n\n"
        "Mandy Krol, who ran the kiosk, told the committee she had emailed the company. “I sent photos,” she said."
        "\n\n"
        "Ralf Dittmann, an opposition member, pressed Adler on whether other lakes were at risk. “Can you guarantee "
        "it will not happen again?” he asked.\n\n"
        "“No one can guarantee that,” she replied."
    )
    assert [speaker for _, speaker in got] == ["Henrike Adler", "Mandy Krol", "Ralf Dittmann", "Henrike Adler"]


def test_a_relative_of_one_of_the_victims_is_someone_unnamed():
    got = direct(
        "Ravi Kumar, the union's secretary, said the belt had hundreds of similar faces. “Nobody inspects them,” "
        "Kumar said.\n\n"
        "A cousin of one of the dead workers, who asked not to be named, watched from the back of the courtroom. "
        "“If I speak, I don't get work,” he said."
    )
    assert [speaker for _, speaker in got] == ["Ravi Kumar", None]


def test_a_statement_from_someone_read_by_another_is_the_author_s():
    got = direct(
        "A statement from Wilfredo Tan Uy was read to reporters by spokesperson Carla Mendez: “No vessel will leave "
        "port until the storm signal is lifted.”"
    )
    assert got == [("No vessel will leave port until the storm signal is lifted.", "Wilfredo Tan Uy")]


def test_an_abbreviation_inside_the_author_s_appositive_does_not_end_it():
    got = direct(
        "A statement from Wilfredo Tan Uy, president of Bohol Strait Fastcraft Inc., was read to reporters: “No "
        "vessel will leave port until the storm signal is lifted.”"
    )
    assert got == [("No vessel will leave port until the storm signal is lifted.", "Wilfredo Tan Uy")]


def test_the_accused_is_the_person_the_court_convicted():
    got = direct(
        "Judge Meena Rathore, who last month convicted Bhanwar Lal Saini, 52, of culpable homicide, sentenced him to "
        "seven years.\n\n"
        "“His own foreman told this court that when he pointed to the crack, the accused said, ‘Keep cutting, the rain "
        "will not wait for us,’” prosecutor Asha Purohit said.\n\n"
        "“I did nothing wrong,” the defendant said."
    )
    assert [speaker for _, speaker in got] == ["Asha Purohit", "Bhanwar Lal Saini", "Bhanwar Lal Saini"]


def test_a_document_read_aloud_is_its_owner_s():
    got = direct(
        "Henrike Adler, managing director of Lausitz Sanierung GmbH, told lawmakers the slope had been watched.\n\n"
        "Committee member Thomas Kruse was not persuaded. Holding up a copy of the company's 2023 safety assessment, "
        "he read aloud: “The eastern slope shows no signs of instability at present.”"
    )
    assert got == [("The eastern slope shows no signs of instability at present.", "Lausitz Sanierung GmbH")]


def test_the_reply_is_from_whom_the_speaker_wrote_to():
    got = direct(
        "Henrike Adler, managing director of Lausitz Sanierung GmbH, told lawmakers the slope had been watched.\n\n"
        "Mandy Krol, who ran the kiosk, told the committee she had emailed the company in April.\n\n"
        "“I sent photos. I got an answer back that said, ‘Thank you, we are aware of the situation,’” she said."
    )
    assert ("Thank you, we are aware of the situation", "Lausitz Sanierung GmbH") in got


def test_their_answer_was_is_from_whom_they_wrote_to_and_an_unnamed_answer_is_nobody_s():
    got = direct(
        "Muhammad Hasanuddin, the regent, said PT Bumi Laut Nikel had been warned.\n\n"
        "“We wrote to the company in March. Their answer was, ‘The structure is stable and monitored daily,’” Frans "
        "Sumolang said.\n\n"
        "“When I asked for help last year, the answer was, ‘Wait for the next regional budget,’” he added."
    )
    inner = dict(got)
    assert inner["The structure is stable and monitored daily"] == "PT Bumi Laut Nikel"
    assert inner["Wait for the next regional budget"] is None


def test_a_ferry_company_is_a_body():
    from claims.ingest.analyze import analyze_article

    article = analyze_article("“Late sailings will continue until March,” said Orkney Ferries.")
    assert [(s.name, s.kind) for s in article.speakers] == [("Orkney Ferries", "organization")]
