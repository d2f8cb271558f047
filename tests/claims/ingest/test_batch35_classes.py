"""The error classes of blind batch 35 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_persian_titles_are_titles():
    got = direct(
        "“The tunnel needs patience,” said Ostad Karim, who has dug qanats for fifty years. "
        "“Now the garden drinks again,” said Khanom Rahimi. “Pay the diggers first,” said Agha Javad Tehrani."
    )
    assert [speaker for _, speaker in got] == ["Karim", "Rahimi", "Javad Tehrani"]
