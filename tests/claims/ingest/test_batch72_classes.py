"""The error classes of blind batch 72 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_roster_chair_with_a_lower_case_title_holds_the_chair():
    quotes = direct(
        "Edited transcript of the transport committee, 3 March 2026. Chair: councillor Éva Kovács. Clerk: Bence "
        "Tóth.\n\n"
        "CHAIR: Good afternoon. We have one item on the agenda.\n\n"
        "CLERK: Thank you, madam chair. We received two submissions.\n"
    )
    assert [s for _, s in quotes] == ["Éva Kovács", "Bence Tóth"]


def test_a_chair_the_text_never_names_still_speaks_her_turns():
    quotes = direct(
        "Edited transcript of the transport committee, 3 March 2026.\n\n"
        "CHAIR: Good afternoon. We have one item on the agenda.\n\n"
        "WITNESS: Thank you. We examined all forty-two trees in January.\n\n"
        "CHAIR: Thank you. The committee will vote next week.\n"
    )
    assert [t for t, _ in quotes] == [
        "Good afternoon. We have one item on the agenda.",
        "Thank you. We examined all forty-two trees in January.",
        "Thank you. The committee will vote next week.",
    ]
