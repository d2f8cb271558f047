"""The error classes of blind batch 75 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_the_witness_the_committee_took_evidence_from_and_you_wrote_to_him():
    got = direct(
        "Excerpts from the transcript of the infrastructure committee. The hearing was chaired by Councillor Hiwet "
        "Hagos. The committee took evidence from Berhane Tesfay, operations manager at the water utility, and was "
        "questioned by members Tsega Abraha and Kidane Weldu.\n\n"
        "CHAIR: This hearing is now in session. Ato Berhane, you have the floor.\n\n"
        "WITNESS: Thank you, Madam Chair. I will be direct. We produce half of what the city needs.\n\n"
        "KIDANE WELDU: Thank you. Ato Berhane, in your report last October you wrote that ‘no zone will go more "
        "than four days without supply’. What happened?\n"
    )
    assert got[1][1] == "Berhane Tesfay"
    assert dict(got)["no zone will go more than four days without supply"] == "Berhane Tesfay"
