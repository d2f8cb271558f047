"""The error classes of blind batch 83 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.speakers import token_match
from tests.claims.ingest.conftest import direct


def test_baltic_mens_and_womens_family_names_are_two_people():
    # Latvian Ozols/Ozola, Bērziņš/Bērziņa; Lithuanian Stanevičius/Stanevičienė/Stanevičiūtė: a man and a woman
    for male, female in (("Ozols", "Ozola"), ("Bērziņš", "Bērziņa"), ("Stanevičius", "Stanevičienė")):
        assert token_match(male, female) == 0, (male, female)
    assert token_match("Stanevičius", "Stanevičiūtė") == 0
    got = direct(
        "Councillor Jānis Liepiņš asked the questions; Ms. Dace Liepiņa spoke for the residents.\n\n"
        "“Your own report calls the network fit for purpose,” Liepiņš said.\n\n"
        "“Nobody can explain our bills,” Liepiņa said.\n"
    )
    assert [s for _, s in got] == ["Jānis Liepiņš", "Dace Liepiņa"]


def test_the_chair_is_the_one_an_apposition_names():
    got = direct(
        "The committee chair, Councillor Ilga Kalniņa, opened the session. Also present was Andris Zariņš, chief "
        "executive of the company.\n\n"
        "THE CHAIR: Good afternoon. Mr. Zariņš, you have five minutes.\n\n"
        "MR. ZARIŅŠ: Thank you, Chair. The increase reflects the cost of wood chip.\n\n"
        "THE CHAIR: Thank you. Councillor Ozols, please.\n"
    )
    assert [s for _, s in got] == ["Ilga Kalniņa", "Andris Zariņš", "Ilga Kalniņa"]


def test_a_name_an_apposition_makes_a_business_is_a_body():
    got = direct(
        "Mary Wanjiru Kamau is already among her hives at dawn. 'The bees know my voice,' she says.\n\n"
        "Today the family business, Old Acacia Honey, runs 230 hives and employs nine people.\n\n"
        "She does not deny it. 'A laptop cannot smell smoke,' she says.\n"
    )
    assert [s for _, s in got] == ["Mary Wanjiru Kamau", "Mary Wanjiru Kamau"]
