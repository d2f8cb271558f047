"""The error classes of blind batch 44 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_balinese_name_keeps_the_i_it_opens_with():
    got = direct(
        "In Kintamani, farmer I Wayan Suparta, 47, watched the ash fall on his orange trees. “We covered what we "
        "could,” Suparta said."
    )
    assert got == [("We covered what we could", "I Wayan Suparta")]
