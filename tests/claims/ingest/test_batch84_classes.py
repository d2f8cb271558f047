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


def test_a_relative_named_without_commas_opens_the_sentence():
    got = direct(
        "Among the first to use the hall was Sitti Rahma Jumdain, 58, who farms three lines of seaweed.\n\n"
        '"Last week it rained for four days," Jumdain said.\n\n'
        "Her cousin Nurhaida Tanjili, the cooperative's youth coordinator, persuaded 60 young members to register.\n\n"
        '"What I brought back was a spreadsheet," she said.\n'
    )
    assert [s for _, s in got] == ["Sitti Rahma Jumdain", "Nurhaida Tanjili"]


def test_a_relative_named_without_commas_does_not_take_the_family_name():
    got = direct(
        "Winston Alleyne, who tuned steel pans for sixty years, has died at 81.\n\n"
        "Alleyne was born in Belmont. His elder brother Cuthbert Alleyne, who died in 1998, let him sit in on "
        "rehearsals.\n\n"
        "“The judges’ scoresheets are just opinion and nothing more than that,” Alleyne said.\n"
    )
    assert [s for _, s in got] == ["Winston Alleyne"]
