"""The error classes of blind batch 87 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_namesake_said_to_be_no_relation_keeps_the_bare_family_name_only_in_their_paragraph():
    got = direct(
        "LERWICK — At six on a Sunday evening, Magnus Jamieson stands up in the front pew and sings a line alone.\n\n"
        "‘People think it is a dirge,’ he says afterwards.\n\n"
        "One of them, the harbourmaster Magnus Peter Jamieson (no relation), has learned to live with it. ‘I once got "
        "his pension letter,’ Jamieson said.\n\n"
        "His father taught him the tunes at fourteen.\n\n"
        "‘I started too high and they never forgave me,’ Jamieson recalls.\n"
    )
    assert [s for _, s in got] == ["Magnus Jamieson", "Magnus Peter Jamieson", "Magnus Jamieson"]
