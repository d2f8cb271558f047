"""The error classes of blind batch 88 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_dateline_in_vietnamese_capitals_is_no_speaker():
    got = direct(
        "CẦN THƠ, Vietnam — At five in the morning, Nguyễn Thị Hồng Loan is already lying in the bilge of a boat.\n\n"
        "‘An engine tells you everything if you are quiet enough,’ she says.\n"
    )
    assert [s for _, s in got] == ["Nguyễn Thị Hồng Loan"]
