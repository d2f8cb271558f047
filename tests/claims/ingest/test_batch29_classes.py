"""The error classes of blind batch 29 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct, direct_in


def test_questions_of_an_interview_whose_answers_carry_the_name():
    got = direct(
        "RIVER QUARTERLY | Interview by Siti Aminah Yusof | 3 March 2026\n\n"
        "For forty years, Awang Rahim Osman has repaired outboard engines on the jetty.\n\n"
        "Q: When did you start?\n\n"
        "Rahim: I was twelve. My uncle put a spanner in my hand.\n\n"
        "Q: Will anyone take over?\n\n"
        "Rahim: My niece, if she wants it."
    )
    assert got == [
        ("When did you start?", "Siti Aminah Yusof"),
        ("I was twelve. My uncle put a spanner in my hand.", "Rahim Osman"),
        ("Will anyone take over?", "Siti Aminah Yusof"),
        ("My niece, if she wants it.", "Rahim Osman"),
    ]


def test_a_bare_by_line_does_not_make_the_reporter_the_asker():
    got = direct(
        "By Tom Reyes\n\n"
        "The minister took questions after the briefing.\n\n"
        "Q: Will fares rise?\n\n"
        "MINISTER ANA LIM: Not this year.\n\n"
        "Q: And next year?\n\n"
        "MINISTER ANA LIM: We will see."
    )
    assert ("Will fares rise?", "Tom Reyes") not in got
    assert ("Not this year.", "Ana Lim") in got


def test_more_local_titles_are_not_part_of_names():
    got = direct(
        '"The tide is late," said Dayang Norsiah Ali. "The grid holds," said Togbui Kofi Adzraku.\n\n'
        '"We were paid back," said Make Zodwa Dlamini. "The books were clean," said Babe Sipho Nxumalo.'
    )
    assert [speaker for _, speaker in got] == ["Norsiah Ali", "Kofi Adzraku", "Zodwa Dlamini", "Sipho Nxumalo"]


def test_a_subject_after_an_opening_for_and_a_pronoun_later_in_the_paragraph():
    article = analyze_article(
        "HARBOUR WEEKLY | Interview by Lena Park\n\n"
        "For more than three decades, Tomasi Vake has mended nets on the wharf. At 70, he says this season is his "
        "last. “When the nets are done, so am I,” he told me."
    )
    assert direct_in(article) == [("When the nets are done, so am I", "Tomasi Vake")]


def test_for_a_named_person_keeps_them_as_the_topic():
    article = analyze_article(
        "Lin Wa said the lake was shrinking.\n\n"
        "For Aung Min, the changes are measured in fuel. He now carries a pole.\n\n"
        "“My father poled the whole lake,” he said."
    )
    assert direct_in(article) == [("My father poled the whole lake", "Aung Min")]


def test_a_capitalised_portfolio_before_a_title_and_a_name():
    article = analyze_article(
        "Civil protection spokesman Jean Baptiste Pierre has just finished a briefing. “Stay off the roads,” he said."
    )
    assert direct_in(article) == [("Stay off the roads", "Jean Baptiste Pierre")]


def test_a_nickname_printed_inside_the_full_name():
    article = analyze_article(
        "Fishermen dragged their boats inland. Joseph “Ti Paul” Augustin, who has fished for 30 years, said he was "
        "calm. “The boat I can fix,” Ti Paul said. “The nets I cannot,” Ti Paul added."
    )
    assert [s for _, s in direct_in(article)] == ["Joseph Augustin", "Joseph Augustin"]
    (speaker,) = article.speakers
    assert "Ti Paul" in speaker.mentions


def test_a_french_body_name_with_its_connectors_and_which_said():
    article = analyze_article(
        "The work was co-financed by the Agence Nationale pour la Promotion de l'Énergie (ANPE), which said in a "
        "statement that the scheme was “a model we intend to replicate across the region.”"
    )
    assert direct_in(article) == [
        ("a model we intend to replicate across the region.", "Agence Nationale pour la Promotion de l'Énergie")
    ]
    assert article.speakers[0].kind == "organization"


def test_in_which_x_said_is_xs():
    article = analyze_article(
        "The auditor, Ruth Kamau, testified during the trial. The magistrate quoted from that evidence, in which "
        "Kamau said: “By the time we looked, the money was always back.”"
    )
    assert direct_in(article) == [("By the time we looked, the money was always back.", "Ruth Kamau")]


def test_a_statement_read_for_its_author_then_the_statement_read():
    article = analyze_article(
        "The prosecutor, Ana Ruiz, then read a victim impact statement written by Peter Mole, a 74-year-old "
        "member who could not attend.\n\n"
        '"I saved all that money one cow at a time," the statement read. "When I went to withdraw it, the account '
        'was empty."'
    )
    assert [s for _, s in direct_in(article)] == ["Peter Mole", "Peter Mole"]


def test_a_letter_by_someone_unnamed_is_nobodys():
    article = analyze_article(
        "Elin Hughes, chair of the governors, said they had not been consulted, and read out a letter written by a "
        "year 5 pupil.\n\n"
        "‘Please don’t shut my school,’ the letter said."
    )
    assert direct_in(article) == [("Please don’t shut my school", None)]


def test_openings_down_the_lane_and_at_dusk():
    article = analyze_article(
        "Down the lane, Imam Musa Diallo leads prayers at the old mosque. He remembers the sand reaching the wall.\n\n"
        "“The dunes are patient,” he recalls.\n\n"
        "Fatou Sow keeps the keys to the library.\n\n"
        "At dusk Diallo closes the mosque. He is unsentimental about it.\n\n"
        "“These are walls, not treasures,” he says."
    )
    assert direct_in(article) == [
        ("The dunes are patient", "Musa Diallo"),
        ("These are walls, not treasures", "Musa Diallo"),
    ]
