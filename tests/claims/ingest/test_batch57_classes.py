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
