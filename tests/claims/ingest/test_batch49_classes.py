"""The error classes of blind batch 49 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_reeve_is_a_title_and_the_reeve_is_the_one_so_titled():
    got = direct(
        "Reeve Gail Thorsteinson opened the hearing. “Everyone who has registered will be heard tonight,” she said."
        "\n\n"
        "Trevor Kowalchuk, the company's manager, said the pit would be lined. “We will monitor every well,” he said."
        "\n\n"
        "“I heard a lot of fear tonight, and some hope,” the reeve said."
    )
    assert [speaker for _, speaker in got] == ["Gail Thorsteinson", "Trevor Kowalchuk", "Gail Thorsteinson"]


def test_the_statement_she_was_too_distressed_to_read_is_hers():
    got = direct(
        "Vaipulu's mother, Losana Vaipulu, was too distressed to read her victim impact statement, and it was read "
        "to the court by Crown prosecutor Simon Packer.\n\n"
        "“Sione came to Hawke's Bay to work so that his sisters could stay at school,” the statement said."
    )
    assert got == [("Sione came to Hawke's Bay to work so that his sisters could stay at school", "Losana Vaipulu")]
