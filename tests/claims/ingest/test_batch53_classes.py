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


def test_our_statement_in_a_turn_is_the_body_the_speaker_works_for():
    got = direct(
        "An edited transcript of Línea Directa. The presenter is Lupe Arredondo. Her guest was Verónica Lunares, "
        "customer relations director at Hidro Costa, the company that holds the water concession.\n\n"
        "ARREDONDO: Will people be charged for the days without water?\n\n"
        'LUNARES: No. Our statement on Friday said it clearly: "Customers affected by interruptions will receive '
        'a credit on their next invoice." I will repeat that.\n\n'
        "ARREDONDO: Thank you.\n"
    )
    assert dict(got)["Customers affected by interruptions will receive a credit on their next invoice."] == (
        "Hidro Costa"
    )
