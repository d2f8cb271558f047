"""The error classes of blind batch 53 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_listener_in_a_place_with_a_particle_is_unnamed_not_the_place():
    got = direct(
        "Línea Directa with Lupe Arredondo.\n\n"
        'ARREDONDO: The messages have not stopped. One listener in Boca del Mar writes, "Three days without water '
        'and they still sent me the bill." What do you say to her?\n\n'
        "LUNA: That nobody will be charged for days without supply.\n\n"
        "ARREDONDO: Verónica Luna, thank you.\n"
    )
    assert dict(got)["Three days without water and they still sent me the bill."] is None
