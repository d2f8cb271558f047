"""The error classes of blind batch 15, each fixed in general and checked on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_time_span_or_absolute_phrase_before_the_subject():
    got = direct(
        "For three decades Iñaki Beloqui has carved oars in Getaria.\n\n"
        "On a grey morning in March, with the regatta two weeks away, Beloqui is planing a blade.\n\n"
        '"My uncle taught me with a blunt knife," he says. "It was the only lesson I needed."'
    )
    assert {s for _, s in got} == {"Iñaki Beloqui"}


def test_an_initial_and_surname_label_is_not_an_answer():
    got = direct(
        "Present — Eva Lind, Chair; Anders Holm; Linnea Holm.\n\n"
        "The Chair (Eva Lind): Questions from members.\n\n"
        "A. Holm: Chair, on a point of order.\n\n"
        "The Chair: Go ahead."
    )
    assert got[1] == ("Chair, on a point of order.", "Anders Holm")


def test_a_submission_read_into_the_record_is_its_senders():
    got = direct(
        "The Chair (Eva Lind): Before we hear the witnesses, I will read into the record the written submission "
        "received on Monday from the Ösby Residents' Association. It reads as follows.\n\n"
        '"We represent 90 households. The ferry is our road to the pharmacy.\n\n'
        '"If the subsidy goes, we ask the committee to explain how we reach the hospital."\n\n'
        "The Chair: Thank you. Questions from members."
    )
    assert [s for _, s in got][1:3] == ["Ösby Residents' Association", "Ösby Residents' Association"]


def test_a_person_of_a_laboratory_with_a_portuguese_particle():
    got = direct(
        "Speaking to a local radio station, hydrologist Paulo Reis of the Vale do Sinos Hydrology Laboratory said the "
        'soil was "completely saturated, like a sponge."'
    )
    assert got == [("completely saturated, like a sponge.", "Paulo Reis")]


def test_irregular_plural_possessives_inside_organisation_names():
    got = direct(
        "The West Coast Fishermen's Safety Trust said the ruling showed that safety "
        '"still depends on luck on too many boats".'
    )
    assert got == [("still depends on luck on too many boats", "West Coast Fishermen's Safety Trust")]


def test_a_group_that_issued_a_statement_quoted_in_a_turn():
    got = direct(
        "ANCHOR: What are residents saying?\n\n"
        "REPORTER: The residents' group Comité des voisins du Lac issued a statement this evening saying "
        '"the same families are flooded every spring." Back to you.'
    )
    assert ("the same families are flooded every spring.", "Comité des voisins du Lac") in got


def test_a_speaker_reading_out_their_own_body_s_statement():
    got = direct(
        "THE CHAIR (Mette Holm): We move to the deputations.\n\n"
        "Ms BERG (Harbour Traders' Association): Thank you. I will first read the statement agreed by our members "
        'on Monday. "The traders have nothing against buses." I will add a word of my own.'
    )
    assert ("The traders have nothing against buses.", "Harbour Traders' Association") in got
