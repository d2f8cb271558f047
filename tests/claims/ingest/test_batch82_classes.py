"""The error classes of blind batch 82 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_reading_one_from_someone_hands_the_letter_to_its_writer():
    got = direct(
        "The show's heart is its letters. On the night this reporter visited, he read one from Sunita Devi Lal, a "
        "retired teacher in Nadi.\n\n"
        "'Uncle, my husband died in March. He asked me to marry him while this song played on the bus radio.\n\n"
        "'Please play it for him tonight. He will be listening somewhere.'\n"
    )
    assert [s for _, s in got] == ["Sunita Devi Lal", "Sunita Devi Lal"]


def test_a_letter_the_body_had_sent_read_aloud_is_the_bodys():
    got = direct(
        "The Kwanza Valley Growers Cooperative estimates its losses at a quarter of every season.\n\n"
        "At the ceremony, the cooperative’s vice-president, Rosa Ngola, read aloud from a letter the cooperative had "
        "sent to all its members in January: “Every box you bring will be weighed, logged and kept cold.”\n"
    )
    assert got == [("Every box you bring will be weighed, logged and kept cold.", "Kwanza Valley Growers Cooperative")]
