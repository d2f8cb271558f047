"""The error classes of blind batch 62 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct

_HEARING = (
    "Presiding: Dragana Milošević-Rakić (Драгана Милошевић-Ракић), committee chair. Members present include Marko "
    "Ilić, deputy chair, and Nenad Petrović.\n\n"
    "THE CHAIR: Good morning. I open the fourth public hearing of this committee. Mr Petrović, please.\n\n"
    "N. PETROVIĆ: Madam Chair, the night crews again.\n\n"
    "(The Chair leaves the room. Deputy Chair Marko Ilić presides.)\n\n"
    "ACTING CHAIR: Thirty days. The secretariat will note it. I was told by an official, whom I will not name, "
    "“the records are still being digitised.” The hearing is adjourned.\n"
)


def test_the_chair_is_the_one_a_roster_says_is_presiding():
    assert dict(direct(_HEARING))[
        "Good morning. I open the fourth public hearing of this committee. Mr Petrović, please."
    ] == ("Dragana Milošević-Rakić")


def test_an_acting_chair_is_the_one_who_presides_and_a_number_is_no_name():
    got = dict(direct(_HEARING))
    assert (
        got[
            "Thirty days. The secretariat will note it. I was told by an official, whom I will not name, “the records "
            "are still being digitised.” The hearing is adjourned."
        ]
        == "Marko Ilić"
    )
    assert got["the records are still being digitised."] != "Thirty"


def test_known_since_boyhood_as_is_a_name_of_that_person():
    got = direct(
        "Her son, Renzo Dal Col, 64, runs the estate. His younger brother, Antonio Dal Col, known since boyhood as "
        "Toni, believes the problem is simpler.\n\n"
        "“Nobody maintains the drains any more,” Toni said.\n"
    )
    assert got == [("Nobody maintains the drains any more", "Antonio Dal Col")]


_VINEYARD = (
    "VALDOBBIADENE, Italy — At 91, Giuseppina Dal Col still walks the steepest rows. Everyone on the hill calls her "
    "Bepa.\n\n"
    "Renzo’s daughter, Giulia Dal Col, 31, an agronomist, now sits somewhere in the middle.\n\n"
    "She keeps a notebook of things her grandfather used to say. One entry, in her round handwriting, says: “Never "
    "trust a hill that has been dry for a month.” “After the flood of 1966 he stood right where that scar is,” she "
    "added.\n\n"
    "Bepa disputes the wording. “He said it only to me, because I wanted the new terraces,” she said.\n"
)


def test_she_after_a_notebook_entry_is_the_woman_not_the_entry():
    assert dict(direct(_VINEYARD))["After the flood of 1966 he stood right where that scar is"] == "Giulia Dal Col"


def test_a_nickname_opening_a_sentence_is_the_person_it_names():
    got = dict(direct(_VINEYARD))
    assert got["He said it only to me, because I wanted the new terraces"] == "Giuseppina Dal Col"


_LIVE = (
    "LIVE: Dagestan floods\n\n"
    '17:45 UPDATE — Power company statement\nCaspian Grid South says in a statement that "restoring supply '
    'depends entirely on when the substations dry out."\n\n'
    "16:20 — Volunteers ask for boats\nThe Sulak Rescue Volunteers, a civilian group, posted an appeal on their "
    'channel: "We need inflatable boats." A later post said simply: "Thank you. Enough boats. Now we need dry socks."'
    "\n\n13:30 — What the local paper is reporting\nThe Makhachkala daily Kaspiy Segodnya reports that two bridges "
    "have been closed. It quotes Gadzhiyev as saying the city's storm drains were \"designed for a different "
    'climate." The paper writes that residents "have been warning about the same culverts since at least 2019."\n\n'
    "11:00 — Briefing\nMagomed-Rasul Gadzhiev, who heads the city's flood commission, opened his briefing. "
    '"Nobody will be left alone with this," he said.\n'
)


def test_a_later_post_is_the_body_that_posted_an_appeal():
    assert dict(direct(_LIVE))["Thank you. Enough boats. Now we need dry socks."] == "Sulak Rescue Volunteers"


def test_it_quotes_x_as_saying_is_x_and_the_paper_is_the_daily_that_reports():
    got = dict(direct(_LIVE))
    assert got["designed for a different climate."] == "Magomed-Rasul Gadzhiev"
    assert got["have been warning about the same culverts since at least 2019."] == "Kaspiy Segodnya"


def test_dismissed_reports_that_is_no_cue():
    got = direct(
        "Tomas Berglund runs the club. Berglund also dismissed reports that the owners had called other managers. "
        '"I have spoken to the owners this week," he says.\n'
    )
    assert got == [("I have spoken to the owners this week", "Tomas Berglund")]


_BRIEFING = (
    "LIVE: floods\n\n"
    '11:00 — Briefing: "I will not invent one"\n'
    "Magomed-Rasul Gadzhiev, who heads the city's flood commission, opened his briefing. \"Nobody will be left alone "
    'with this," he said.\n'
    'A reporter from the local channel Derbent-24, Arsen Kurbanov, asked: "Will families get compensation?"\n'
    '"Applications will open on Monday," Gadzhiev replied.\n'
    'Kurbanov pressed him on the drains. "You said exactly the same thing after the 2021 floods, didn\'t you?"\n\n'
    "5:35 p.m.\n"
    '"Our flight to Toronto was cancelled, so we are staying in the hotel."\n'
    'That was Priya Ramdial, a visitor from Brampton. "The staff here have been wonderful," she said.\n'
)


def test_a_live_blog_entrys_sentence_lines_are_paragraphs():
    got = dict(direct(_BRIEFING))
    assert got["You said exactly the same thing after the 2021 floods, didn't you?"] == "Arsen Kurbanov"
    assert got["Applications will open on Monday"] == "Magomed-Rasul Gadzhiev"


def test_a_quote_only_line_keeps_its_credit_line():
    got = dict(direct(_BRIEFING))
    assert got["Our flight to Toronto was cancelled, so we are staying in the hotel."] == "Priya Ramdial"


def test_a_hard_wrapped_text_keeps_its_paragraphs():
    from claims.ingest.spans import split_paragraphs

    wrapped = (
        "The council met on Monday and\nagreed to close the road. Residents were\nnot consulted, they said.\n\n"
        "A second paragraph that was\nwrapped at forty characters.\nIt ends here.\n"
    )
    assert len(split_paragraphs(wrapped)) == 2


def test_a_three_word_title_before_a_name_and_who_heads_give_titles():
    got = dict(
        direct(
            "Three remained in hospital, according to the county's emergency management coordinator, Travis "
            'Hoekstra. "We got lucky on the wind," Hoekstra told reporters.\n\n'
            "Magomed-Rasul Gadzhiev spoke at noon. Gadzhiev, who heads the city's flood commission, opened his "
            'briefing. "Nobody will be left alone," he said. A reporter, Arsen Kurbanov, asked about the drains.\n\n'
            "\"I'm not going to send people back into a house until I'm sure,\" the coordinator said.\n\n"
            '"It is not enough. I know it is not enough," the commission chief said.\n'
        )
    )
    assert got["I'm not going to send people back into a house until I'm sure"] == "Travis Hoekstra"
    assert got["It is not enough. I know it is not enough"] == "Magomed-Rasul Gadzhiev"


def test_a_reporter_from_a_channel_named_in_apposition_is_the_reporter():
    got = direct(
        'A reporter from the local channel Derbent-24, Arsen Kurbanov, asked: "Will families who lost everything get '
        'compensation?"\n'
    )
    assert got == [("Will families who lost everything get compensation?", "Arsen Kurbanov")]


def test_a_body_quoted_by_its_first_words_is_named_by_its_full_name():
    got = direct(
        "Harlan Pruitt, 63, is suing Delta Wing Aerial Applicators for damages.\n\n"
        'In an email, Delta Wing told growers it was "reviewing its procedures for applications near sensitive '
        'crops."\n'
    )
    assert got == [("reviewing its procedures for applications near sensitive crops.", "Delta Wing Aerial Applicators")]
    got = direct(
        "The leak began at Bluestem Renewable Fuels on Tuesday.\n\n"
        '"We will cooperate fully with every inquiry," Bluestem said in a statement.\n'
    )
    assert got == [("We will cooperate fully with every inquiry", "Bluestem Renewable Fuels")]


def test_a_body_name_ending_in_a_plural_noun_is_no_role_before_a_name():
    got = direct(
        "Harlan Pruitt, 63, is suing Delta Wing Aerial Applicators, a Stuttgart company, for damages.\n\n"
        'In an email, the company told growers it was "reviewing its procedures for applications near sensitive '
        'crops."\n'
    )
    assert got == [("reviewing its procedures for applications near sensitive crops.", "Delta Wing Aerial Applicators")]
    # (a person whose family names read as plural nouns stays a person)
    got = direct('"Every time, they tell us it is the last boat," said Armindo Fortes Lopes, a fisherman.\n')
    assert got == [("Every time, they tell us it is the last boat", "Armindo Fortes Lopes")]
