"""The error classes of blind batch 61 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_she_is_a_quoted_nickname_names_the_person_before_it():
    got = direct(
        "SAINT-PHILIPPE, Réunion — At seventy-eight, Marie-Thérèse Payet still carries her own kayamb. Almost "
        'nobody calls her Marie-Thérèse. To her neighbours and her grandchildren, she is "Man Zozo."\n\n'
        "Her nephew, Laurent Payet, runs the festival.\n\n"
        'Man Zozo has already decided how the festival will end. "I will sing the first song and the last song," '
        "she said.\n"
    )
    assert dict(got)["I will sing the first song and the last song"] == "Marie-Thérèse Payet"
