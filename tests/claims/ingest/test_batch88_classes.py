"""The error classes of blind batch 88 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_dateline_in_vietnamese_capitals_is_no_speaker():
    got = direct(
        "CẦN THƠ, Vietnam — At five in the morning, Nguyễn Thị Hồng Loan is already lying in the bilge of a boat.\n\n"
        "‘An engine tells you everything if you are quiet enough,’ she says.\n"
    )
    assert [s for _, s in got] == ["Nguyễn Thị Hồng Loan"]


def test_the_chair_in_a_roster_with_a_malay_patronymic_and_a_letter_that_it_reads():
    got = direct(
        "Present: Councillor Datuk Roslan bin Hashim (Chair); Councillor Lim Mei Ling. Committee clerk: Farah Aziz.\n\n"
        "CHAIR: Good morning. The clerk will read a letter we received on Friday.\n\n"
        "CLERK: Thank you, Datuk. The letter is from Ganesan a/l Velu, chairman of the temple trustees. It reads: "
        "‘A slab the size of a car fell from the cave roof.’\n\n"
        "CHAIR: Thank you, Farah.\n"
    )
    assert [s for _, s in got] == [
        "Roslan bin Hashim",
        "Farah Aziz",
        "Ganesan a/l Velu",
        "Roslan bin Hashim",
    ]
