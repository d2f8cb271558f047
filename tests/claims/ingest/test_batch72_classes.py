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


def test_callers_put_on_air_and_naming_themselves_late_in_the_turn():
    quotes = direct(
        "HOST: Good evening, Mzuzu, and welcome. The lines are already full. First is Chikondi in Luwinga. "
        "Chikondi, you are on air.\n\n"
        "CALLER: Thank you, brother. I am a nurse and I work nights.\n\n"
        "HOST: Thank you. Another caller now.\n\n"
        "CALLER: Good evening, my brother. I sell tomatoes at Chibanja market, and on Saturday I paid a boy two "
        "hundred kwacha a bucket for water. My name is Thokozani Banda, and I want the board to know it.\n"
    )
    assert [s for _, s in quotes] == [None, "Chikondi", None, "Thokozani Banda"]
