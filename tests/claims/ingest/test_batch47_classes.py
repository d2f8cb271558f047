"""The error classes of blind batch 47 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_the_group_is_the_body_the_text_described_as_a_group_before_its_name():
    got = direct(
        "Outside court, about forty members of the community group Limpopo Water Watch held placards. The group said "
        "in a statement that the trial was “the first time anyone has been asked to explain where the water went.”"
    )
    assert got == [("the first time anyone has been asked to explain where the water went.", "Limpopo Water Watch")]
