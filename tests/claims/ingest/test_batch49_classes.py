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
