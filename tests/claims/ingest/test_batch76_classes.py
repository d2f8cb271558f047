"""The error classes of blind batch 76 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_hajj_and_hj_are_honorifics_not_names():
    got = direct(
        "“The boats set the price for twenty years,” said Hj. Nurhayati Daeng, who chairs the cooperative.\n\n"
        "In the souq the trader Hajj Salim Bakhit weighs the sacks. “The buyers want quantity,” Bakhit says.\n"
    )
    assert got == [
        ("The boats set the price for twenty years", "Nurhayati Daeng"),
        ("The buyers want quantity", "Salim Bakhit"),
    ]
