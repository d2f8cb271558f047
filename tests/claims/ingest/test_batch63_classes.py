"""The error classes of blind batch 63 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_hosts_family_name_label_is_the_full_name_the_headline_prints():
    got = dict(
        direct(
            'RIVER COUNTRY RADIO — "Morning Call" with Dana Lindqvist\n\n'
            "The guest was Dr. Femi Okafor, the county engineer.\n\n"
            "LINDQVIST: Good morning. The county wants to close the ferry, and the phones are busy.\n\n"
            "OKAFOR: Thank you, Dana. I think the county is wrong.\n"
        )
    )
    assert got["Good morning. The county wants to close the ferry, and the phones are busy."] == "Dana Lindqvist"
