"""The error classes of blind batch 37 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_catalan_double_surnames_joined_by_i_are_one_name():
    got = direct(
        "Marta Vila i Soler, director of the water agency, blamed the courts.\n\n"
        "“The delay is real,” Vila said.\n\n"
        "The committee chair, Anna Serra i Costa, closed the session. “We will call you back,” Serra i Costa said."
    )
    assert [speaker for _, speaker in got] == ["Marta Vila i Soler", "Anna Serra i Costa"]


def test_a_letter_sent_to_someone_on_a_day_by_a_body_read_aloud_is_the_bodys():
    got = direct(
        "The chair then read aloud a letter sent to deputies on Monday by the Federació de Pagesos del Segrià, which "
        "represents growers.\n\n"
        "“Our members have accepted three summers of restrictions,” the letter said."
    )
    assert got == [("Our members have accepted three summers of restrictions", "Federació de Pagesos del Segrià")]


def test_a_long_scene_opening_before_a_full_name_is_skipped_for_the_subject():
    got = direct(
        "In a workshop behind a shuttered rice shop in the Tsuboya district of Naha, Chinen Masaru holds a length "
        "of black wood up to the window.\n\n"
        "“You see that? No white line,” he says."
    )
    assert got == [("You see that? No white line", "Chinen Masaru")]


def test_live_blog_credits_a_key_quote_with_a_dash_and_a_correspondent_after_from():
    got = direct(
        'Key quote: "We move people first and ask our questions afterwards." — volcanologist Rina Wulandari\n\n'
        '20:30 WIB — From our correspondent Dewi Lestari, at the post: "The road down has been one long line of '
        'motorbikes."\n\n'
        '19:10 WIB — "We counted every house twice," said Pak Sutrisno, the village head. His deputy, Bu Suparmi, '
        'was not convinced: "Twice is not enough when there are sick people."'
    )
    assert [speaker for _, speaker in got] == ["Rina Wulandari", "Dewi Lestari", "Sutrisno", "Suparmi"]


def test_a_capitalised_common_word_opening_a_sentence_is_no_speaker():
    got = direct(
        "Tundra Sensing, a Yakutsk-based engineering company, today announced a sensor network.\n\n"
        "Data about the ground under a city, the company said, “belongs to the people standing on it.”"
    )
    assert got == [("belongs to the people standing on it.", "Tundra Sensing")]


def test_a_report_read_from_and_a_report_quoting_someone_are_their_authors():
    got = direct(
        "Counsel for the state, Arjun Sen, read from a report by the district fire officer, Sukanta Das: “The "
        "premises held 400 kilograms of explosives.”\n\n"
        "The first information report, read out in court on Monday, quotes Nimai Ghosh as telling police: “The "
        "licence was for storage only.”"
    )
    assert [speaker for _, speaker in got] == ["Sukanta Das", "Nimai Ghosh"]


def test_an_italian_assessore_is_a_title_and_a_nickname_after_an_honorific_is_known():
    from claims.ingest.analyze import analyze_article

    article = analyze_article(
        "Carmelo Russo, the regional assessore for fisheries, spoke in Palermo.\n\n"
        "“I understand the anger,” the assessore said.\n\n"
        "On the quay, Vincenzo Gallo, 71, known in the harbour as “zu Enzu”, sat on a crate.\n\n"
        "Asked whether he would go back to sea, Enzu shrugged. “At my age? The sea can keep the boat.”"
    )
    quotes = [(q.text, q.speaker) for q in article.quotes if q.kind == "direct"]
    assert quotes[0] == ("I understand the anger", "Carmelo Russo")
    gallo = next(s for s in article.speakers if s.name == "Vincenzo Gallo")
    assert "Enzu" in gallo.mentions
    assert quotes[-1][1] == "Vincenzo Gallo"
