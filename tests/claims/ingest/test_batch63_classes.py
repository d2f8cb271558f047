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


def test_a_caller_who_gives_a_full_name_as_a_sentence_is_that_caller_from_the_turn_before():
    got = dict(
        direct(
            "Open Line, with Dana Lindqvist. Her guest was Dr. Femi Okafor, the county engineer.\n\n"
            "LINDQVIST: The phones are full. Rugby, you're on Open Line.\n\n"
            "CALLER: Hi there, Dana, long-time listener. My son drives that road every day.\n\n"
            "LINDQVIST: Well, welcome. Who am I talking to?\n\n"
            "CALLER: Oh, sorry. Mette. Mette Arnesen.\n\n"
            "ARNESEN: So the bridge closes in May, and my son drives an extra hour.\n\n"
            "LINDQVIST: Towner, go ahead.\n\n"
            "CALLER: Morning. Rolf Haakenson, out west of Towner. I was born in that building.\n\n"
            "LINDQVIST: Yann Kerr?\n\n"
            "OKAFOR: The county is wrong.\n"
        )
    )
    assert got["Hi there, Dana, long-time listener. My son drives that road every day."] == "Mette Arnesen"
    assert got["Oh, sorry. Mette. Mette Arnesen."] == "Mette Arnesen"
    assert got["Morning. Rolf Haakenson, out west of Towner. I was born in that building."] == "Rolf Haakenson"
    assert got["Yann Kerr?"] == "Dana Lindqvist"  # (a host's question with a name is no self-introduction)
