"""Transcripts whose speaker's name stands on a line above the turn (earnings calls, interviews), and the
programme parts, clips and short names around them (invented examples)."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct

CALL = """Northgate Mills plc (NGM) Q2 2027 Earnings Call

Operator

Good afternoon and welcome to the Northgate Mills results call. I will now hand over to Lena Vos.

Lena Vos -- Chief Executive Officer

Thank you, operator. Flour volumes rose 6% in the half, the best result since 2019.

Bakery was weaker, and we have cut two lines in Leeds.

Omar Quint, Analyst, Fairfield Securities

Lena, you said in March that bakery would "be back in profit by the autumn." Is that still the plan?

Lena Vos -- Chief Executive Officer

Not by the autumn, Omar. What I told our staff was, "We fix the lines before we chase orders." That is where we are.

Omar Quint, Analyst, Fairfield Securities

Thanks. And the dividend?

Unidentified Analyst

Can you say anything on wheat prices?

Lena Vos -- Chief Executive Officer

Not today. We will update the market in January."""


def test_a_name_line_above_each_turn_is_its_label():
    got = direct(CALL)
    assert [s for _, s in got] == [
        None,  # the operator is an unnamed voice
        "Lena Vos",
        "Omar Quint",
        "Lena Vos",  # a quote inside a turn after "you said …": the person spoken to
        "Lena Vos",
        "Lena Vos",  # "What I told our staff was, …": the turn's own speaker
        "Omar Quint",
        None,
        "Lena Vos",
    ]
    # a turn that runs over two paragraphs is one quote
    assert got[1][0].startswith("Thank you, operator.")
    assert got[1][0].endswith("two lines in Leeds.")
    assert got[3][0] == "be back in profit by the autumn."


def test_a_role_line_under_the_name_and_one_line_per_paragraph():
    text = (
        "Harbour Energy Capital Markets Day\n"
        "Operator\n"
        "Welcome to the call.\n"
        "Priya Nair\n"
        "Chief Financial Officer\n"
        "Thank you. Net debt fell by a third.\n"
        "Tom Reyes\n"
        "Analyst, Kestrel Bank\n"
        "Priya, what about the buyback?\n"
        "Priya Nair\n"
        "Chief Financial Officer\n"
        "It continues into next year."
    )
    assert direct(text) == [
        ("Welcome to the call.", None),
        ("Thank you. Net debt fell by a third.", "Priya Nair"),
        ("Priya, what about the buyback?", "Tom Reyes"),
        ("It continues into next year.", "Priya Nair"),
    ]


def test_sub_headings_in_a_feature_are_not_name_lines():
    text = (
        "The Long Winter\n\nFarmers in the valley lost half their sheep last year. Most blame the snow.\n\n"
        "The Road Ahead\n\nThe council says it will clear the passes sooner. Few believe it.\n\n"
        "Hope Springs\n\nStill, lambing season went better than feared, and prices are up."
    )
    assert direct(text) == []


def test_the_moderator_is_the_person_the_intro_says_moderated():
    text = (
        "The following is a transcript of Tuesday's mayoral debate between Tom Hale and Ana Soto, moderated by WKRT "
        "anchor Nadia Brooks.\n\n"
        "MODERATOR: Good evening. Let us begin with housing.\n\n"
        "HALE: We will build 5,000 homes. That is a promise.\n\n"
        "MODERATOR: Mr Hale, you have one minute more.\n\n"
        "HALE: I will not need it."
    )
    speakers = [s for _, s in direct(text)]
    assert speakers[0] == speakers[2] == "Nadia Brooks"


def test_a_played_clip_and_a_credits_line():
    text = (
        "Money Talks, Episode 40\n\n"
        "Transcript. Hosts: Ines Ferrer and Jo Park. Guest: Sam Oduya, an economist.\n\n"
        "INES FERRER: Welcome back. Here is what the governor said last week.\n\n"
        "[CLIP] MARK BELL: Rates will stay where they are for now.\n\n"
        "JO PARK: Sam, do you believe him?\n\n"
        "SAM ODUYA: Not entirely. Markets do not either."
    )
    got = direct(text)
    assert ("Rates will stay where they are for now.", "Mark Bell") in got
    assert not any(t.startswith("Ines Ferrer and Jo Park") for t, _ in got)  # a credits line is not a turn
    assert [s for _, s in got] == ["Ines Ferrer", "Mark Bell", "Jo Park", "Sam Oduya"]


def test_a_short_form_of_the_given_name_is_a_mention():
    text = (
        "MODERATOR: Mr Hale, your answer.\n\n"
        "GREGORY HALE: We will cut the tax. Nobody else will.\n\n"
        "ANA SOTO: You said that last year, Greg.\n\n"
        "GREGORY HALE: And I meant it."
    )
    hale = next(s for s in analyze_article(text).speakers if "Gregory Hale" in s.mentions)
    assert "Greg" in hale.mentions


def test_a_particle_surname_after_a_title():
    text = (
        "Marieke de Wit, the chief executive, said sales were flat. “We expected worse,” she said.\n\n"
        "Ms. de Wit later told analysts the plant would stay open."
    )
    wit = next(s for s in analyze_article(text).speakers if s.name == "Marieke de Wit")
    assert "de Wit" in wit.mentions


def test_a_part_with_the_name_in_brackets():
    text = (
        "Morning Call — transcript\n\n"
        "Host (Jo Park): Good morning. Our first caller is Dave from Margate.\n\n"
        "Caller (Dave, Margate): Morning, Jo. The potholes on my road are a disgrace.\n\n"
        "Host (Jo Park): The council says it has fixed 4,000 this year."
    )
    assert [s for _, s in direct(text)] == ["Jo Park", "Dave", "Jo Park"]


def test_time_codes_beside_the_labels():
    bracketed = (
        "[00:00:05] Sara Lind: Welcome to The Long Game. My guest is Ben Ortiz.\n\n"
        "[00:00:12] Ben Ortiz: Thanks for having me.\n\n"
        "[00:00:15] Sara Lind: Ben, are we heading for a recession?"
    )
    after = (
        "Sara Lind (00:00:05):\nWelcome to The Long Game.\n\n"
        "Ben Ortiz (00:00:12):\nThanks for having me.\n\n"
        "Sara Lind (00:00:15):\nBen, are we heading for a recession?"
    )
    own_line = (
        "Sara Lind  0:05\nWelcome to The Long Game.\n\n"
        "Ben Ortiz  0:12\nThanks for having me.\n\n"
        "Sara Lind  0:15\nBen, are we heading for a recession?"
    )
    for text in (bracketed, after, own_line):
        got = direct(text)
        assert [s for _, s in got] == ["Sara Lind", "Ben Ortiz", "Sara Lind"], text
        assert got[1][0] == "Thanks for having me."
