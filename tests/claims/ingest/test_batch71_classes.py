"""The error classes of blind batch 71 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_the_writer_in_the_byline_is_not_the_first_he():
    quotes = direct(
        "On a Split slipway, the last boatbuilder and his apprentice\n\n"
        "Story and photographs by Petar Kovač\n\n"
        "SPLIT — The man who unlocks the shed at seven every morning moves slowly, a thermos in one hand.\n\n"
        "«Oak for the keel, pine for the planks, patience for the rest,» he says.\n\n"
        "His name is Nikola Bašić. He is 81, and he has built wooden boats for sixty years.\n"
    )
    assert quotes == [("Oak for the keel, pine for the planks, patience for the rest", "Nikola Bašić")]


def test_barba_before_a_given_name_is_a_dalmatian_honorific():
    got = dict(
        direct(
            "Nikola Bašić has built wooden boats on the Split shore for sixty years. Everyone on the waterfront calls "
            "him Barba Nikola, barba being the old word for an uncle.\n\n"
            "«He tells me I am wrong every day,» says his granddaughter, Ana Bašić, 27.\n\n"
            "The shed belonged to Nikola's father, Ivo Bašić. Barba Nikola still quotes him. «I have kept his promise "
            "longer than he did,» he says.\n"
        )
    )
    assert got["I have kept his promise longer than he did"] == "Nikola Bašić"


def test_a_body_name_goes_on_over_of_the_after_an_org_word_anywhere_in_it():
    got = dict(
        direct(
            "The Union of Coffee Growers of the Northern Highlands, which represents 900 farms, said members had "
            'reported "more than 40 thefts since the harvest began."\n'
        )
    )
    assert got["more than 40 thefts since the harvest began."] == "Union of Coffee Growers of the Northern Highlands"


def test_don_and_a_given_name_opening_a_sentence_is_the_one_named_in_full():
    got = dict(
        direct(
            "OCOTLÁN, Mexico — A mezcal maker, Aurelio Santiago Cruz, counted the holes where his agave had stood.\n\n"
            "Don Aurelio, 71, has distilled mezcal since he was a boy. His son, Efraín Santiago Méndez, now runs the "
            "distillery. “We sleep in the truck now,” the younger Santiago said.\n\n"
            "The elder Santiago is less certain. “I don't accuse anybody,” he said.\n"
        )
    )
    assert got["I don't accuse anybody"] == "Aurelio Santiago Cruz"


def test_a_nickname_given_late_in_the_sentence_is_the_persons():
    got = dict(
        direct(
            "Rodrigo Panduro has captained cargo boats on the river for 22 years and is known up and down the river "
            "as Pocho. His boat has been stuck on a sandbar since Tuesday.\n\n"
            "“A gallon of petrol costs what a sack of rice cost,” said Rodrigo Panduro.\n\n"
            "Asked how long the wait might be, Pocho laughed. “Ask God. Or ask the Andes.”\n"
        )
    )
    assert got["Ask God. Or ask the Andes."] == "Rodrigo Panduro"
