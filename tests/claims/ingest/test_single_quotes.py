"""British single-quoted speech, told apart from apostrophes and scare quotes (invented examples)."""

from claims.ingest.spans import segments
from tests.claims.ingest.conftest import direct


def test_single_quoted_speech_with_said_x_and_pronoun():
    text = (
        "'We told the landlord twice and nobody came,' said tenant Amira Haddad. 'I stopped counting after that.'\n\n"
        "'The boiler was condemned in March,' she said."
    )
    assert direct(text) == [
        ("We told the landlord twice and nobody came", "Amira Haddad"),
        ("I stopped counting after that.", "Amira Haddad"),
        ("The boiler was condemned in March", "Amira Haddad"),
    ]


def test_curly_single_quotes():
    got = direct("‘The line will reopen on Friday,’ a spokesperson for Northline Rail said.")
    assert got == [("The line will reopen on Friday", "Northline Rail")]


def test_apostrophes_are_not_quote_marks():
    text = "It's the Smiths' third flood since the '90s, and the council's pumps didn't work."
    assert segments(text, 0, len(text)) == []


def test_a_plural_possessive_inside_a_quote_does_not_close_it():
    got = direct("'It is the parents' choice, not the school's,' said head teacher Ruth Ellis.")
    assert got == [("It is the parents' choice, not the school's", "Ruth Ellis")]


def test_short_single_quoted_terms_are_scare_quotes():
    text = "The inspector said the wiring was 'almost certainly' faulty and the fuse box 'unsafe'."
    assert direct(text) == []


def test_single_quote_running_over_paragraphs():
    text = (
        "'We waited four hours for the ambulance,' said Colin Dyer. 'My father was on the floor the whole time.\n\n"
        "'Nobody called us back.'"
    )
    got = direct(text)
    assert [s for _, s in got] == ["Colin Dyer"] * 3
    assert got[2][0] == "Nobody called us back."


def test_double_quotes_nested_in_single_quotes_are_the_cited_persons():
    text = (
        "His mother, Lena Fox, told the inquest: 'Karim phoned me that night. He said, \"The alarm is off again and "
        "nobody will fix it.\" I told him to call the agency.'"
    )
    got = dict((s, t) for t, s in direct(text))
    assert got["Karim"].startswith("The alarm is off again")
    assert got["Lena Fox"].startswith("Karim phoned me that night.")


def test_single_quotes_inside_double_quotes_are_the_words_of_whoever_the_speaker_says_spoke_them():
    text = (
        "Faith Chepkoech won in Berlin. Her coach, Renato Di Palma, was delighted.\n\n"
        "\"At the drinks table she looked at me and said, 'Coach, today I go.' I told her, 'Then go, and don't "
        "look back,'\" Di Palma said.\n\n"
        "\"I remember a mother who told me, 'My son feels well now, so why go on?' I understood her,\" Di Palma said."
    )
    got = [(t[:12], s) for t, s in direct(text)]
    assert got == [
        ("At the drink", "Renato Di Palma"),
        ("Coach, today", "Faith Chepkoech"),
        ("Then go, and", "Renato Di Palma"),
        ("I remember a", "Renato Di Palma"),
        ("My son feels", None),
    ]
