"""The error classes of blind batch 70 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_the_councillor_who_presided_is_the_chair_and_the_committee_calls_each_witness():
    quotes = direct(
        "Record of the public works committee, 3 March. Councillor Inés Paredes Villacís presided. The committee "
        "clerk was Tomás Arce.\n\n"
        "CHAIR: Good morning. The committee calls Señora Carmen Lojano, who lives beside the canal.\n\n"
        "WITNESS: Good morning. The water reached my door twice this winter.\n\n"
        "CHAIR: Thank you. The committee calls Ingeniera Paola Merchán, who surveyed the canal.\n\n"
        "WITNESS: Thank you, Madam Chair. The lining has cracked in three places.\n"
    )
    assert [s for _, s in quotes] == [
        "Inés Paredes Villacís",
        "Carmen Lojano",
        "Inés Paredes Villacís",
        "Paola Merchán",
    ]


def test_a_deputy_who_presided_after_the_chair_left_does_not_hold_the_chair():
    quotes = direct(
        "RIGA — An excerpt from Tuesday's sitting of the fisheries committee. The committee is chaired by Ruta "
        "Ozola.\n\n"
        "CHAIR: Colleagues, we are quorate. Let us begin.\n\n"
        "(The Chair, Ms Ozola, left the sitting. Deputy Chair Ivars Liepa presided.)\n\n"
        "DEPUTY CHAIR: We continue with the second item.\n"
    )
    assert [s for _, s in quotes] == ["Ruta Ozola", "Ivars Liepa"]
