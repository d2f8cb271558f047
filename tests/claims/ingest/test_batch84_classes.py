"""The error classes of blind batch 84 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_the_chair_is_the_one_the_intro_says_the_chair_is():
    got = direct(
        "Extract from the transcript of the open hearing of the Harbour Committee. The committee chair is Cllr Solveig "
        "Brekke; members present included Cllr Eirik Dahl.\n\n"
        "CHAIR: Good morning. We have one hour and three witnesses.\n\n"
        "CLLR DAHL: Thank you, Chair. I have an interest to declare.\n\n"
        "CHAIR: Noted. Mr Vik, for the harbour.\n"
    )
    assert [s for _, s in got] == ["Solveig Brekke", "Eirik Dahl", "Solveig Brekke"]


def test_the_one_a_place_is_run_by_is_the_next_he():
    got = direct(
        "Speaking at the opening, cooperative chairman Abdurasid Tanjili said the project had taken ten years.\n\n"
        '"For ten years we dried our seaweed on racks by the road," Tanjili said.\n\n'
        "The hall is managed by Jainal Tanjili, a nephew of the chairman, who trained for six months in the capital. "
        '"People think that a drying hall is just a roof," he said.\n\n'
        "Today the ferry office is run by Mele Tupou. 'Nobody gives me notes now,' she said.\n"
    )
    assert [s for _, s in got] == ["Abdurasid Tanjili", "Jainal Tanjili", "Mele Tupou"]
