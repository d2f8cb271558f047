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


def test_my_son_in_a_statement_is_the_son_the_text_gave_its_author():
    got = direct(
        "The prosecutor read to the court a statement from Lyudmila Kotova, whose son, Timur Kotov, was injured when "
        "a lift fell four floors.\n\n"
        "'In the ambulance, my son asked me, \"Mama, why did the lift fall down?\" I had no answer,' the statement "
        "read.\n"
    )
    assert dict(got)["Mama, why did the lift fall down?"] == "Timur Kotov"
