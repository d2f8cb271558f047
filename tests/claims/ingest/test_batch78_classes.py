"""The error classes of blind batch 78 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_burmese_honorifics_u_and_sayadaw_are_not_part_of_the_name():
    got = direct(
        "“We will not reach them by road tonight,” said U Aung Kyaw Moe, the township administrator.\n\n"
        "“The river has visited us before,” said Sayadaw U Pannasiri, the abbot of the monastery.\n"
    )
    assert [s for _, s in got] == ["Aung Kyaw Moe", "Pannasiri"]
