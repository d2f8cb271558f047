"""The error classes of blind batch 57 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct

_QA = (
    "TEPATITLÁN, Jalisco — For seven years María de los Ángeles Ruvalcaba waited for her agave to mature.\n\n"
    "Ruvalcaba, 52, heads a cooperative of 86 small growers.\n\n"
    "Tomás Iñiguez-Lara of the farm magazine Surco y Piedra spoke with her at her kitchen table. Her son, Emiliano "
    "Gómez Ruvalcaba, who keeps the cooperative's accounts, joined partway through.\n\n"
    "Q: When did you realise the price was not coming back?\n\n"
    "A: There wasn't one day. It was like watching water drain from a tank.\n"
)


def test_the_interviewer_named_with_where_they_work_and_the_interviewee_by_the_pronoun():
    got = dict(direct(_QA))
    assert got["When did you realise the price was not coming back?"] == "Tomás Iñiguez-Lara"
    assert got["There wasn't one day. It was like watching water drain from a tank."] == (
        "María de los Ángeles Ruvalcaba"
    )


def test_a_title_in_lower_case_before_a_full_name_after_a_long_opening_phrase():
    got = direct(
        '"We have boats and rope," said Serhiy Kovalchuk of the rescue volunteers.\n\n'
        "At the Chaika cafe on the Arkadia seafront, owner Iryna Bondarenko was sweeping water out of the door.\n\n"
        '"The sea came in at around five o\'clock," she said.\n'
    )
    assert dict(got)["The sea came in at around five o'clock"] == "Iryna Bondarenko"


def test_a_credit_closing_a_sentence_with_reports_names_the_she_after_it():
    got = direct(
        "- Gusts reached 28 metres per second, according to MeteoPivden.\n\n"
        '20:05\nThe water has started to drop at Lanzheron, Oksana Hrytsenko reports. "It is calmer now," she said.\n'
    )
    assert dict(got)["It is calmer now"] == "Oksana Hrytsenko"


def test_in_the_words_of_an_unnamed_person_credits_nobody_named():
    got = direct(
        "MARIEHAMN, Åland — Islanders from the outer archipelago told lawmakers on Monday that a plan to halve winter "
        'ferry departures would, in the words of one fisherman in the public gallery, "empty the island within ten '
        'years."\n'
    )
    assert dict(got)["empty the island within ten years."] is None
