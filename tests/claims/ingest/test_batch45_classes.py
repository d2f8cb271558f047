"""The error classes of blind batch 45 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_he_inside_a_quote_after_the_caretaker_is_that_unnamed_man():
    got = direct(
        "Bikram Jena, director of the trust, said it had too few mechanics. “We have two for 212 generators,” he said."
        "\n\n"
        "“The door was locked. We phoned the caretaker. He said, ‘I am at my nephew's wedding, just break the "
        "lock,’” Lakshmi Swain said."
    )
    assert ("I am at my nephew's wedding, just break the lock", None) in got


def test_she_after_testimony_came_from_someone_is_that_witness():
    got = direct(
        "Anil Behera, an opposition member, held up one of the reports. “Were they working?” Behera asked.\n\n"
        "The most striking testimony came from Lakshmi Swain, the head of a fishing village, who had travelled by "
        "overnight bus.\n\n"
        "“At nine o'clock, the water was at our knees,” she said."
    )
    assert [speaker for _, speaker in got] == ["Anil Behera", "Lakshmi Swain"]


def test_she_replied_to_a_cross_examining_man_is_the_witness_he_questioned():
    got = direct(
        "Judge Ragnhild Eide said the defendant had kept two sets of books. “The system rests on trust,” she said.\n\n"
        "The case turned on the testimony of Linn Sørensen, a former weigher. “I asked him why the numbers were "
        "different,” Sørensen testified.\n\n"
        "Under cross-examination, Tor Bakke suggested she had a grudge. “Isn't it true that you were angry when you "
        "left?” he asked.\n\n"
        "“I was not dismissed. I resigned,” she replied."
    )
    assert [speaker for _, speaker in got] == ["Ragnhild Eide", "Linn Sørensen", "Tor Bakke", "Linn Sørensen"]


def test_a_message_read_to_the_court_is_its_sender_s():
    got = direct(
        "Kjell-Arne Mikalsen, 61, was convicted of fraud.\n\n"
        "Police prosecutor Hilde Amundsen read to the court a text message Mikalsen had sent to one skipper in "
        "March: “Bring her in after midnight, the small scale is on.”"
    )
    assert got == [("Bring her in after midnight, the small scale is on.", "Kjell-Arne Mikalsen")]


def test_a_greek_family_name_s_feminine_form_is_another_person():
    got = direct(
        "For half a century Stelios Kalogridakis has carved lyres. “Wood that gets rushed cracks,” Kalogridakis says."
        "\n\n"
        "Which is where Eleni Kalogridaki comes in. She is 27 and studied architecture in Athens.\n\n"
        "“I was drawing hotels for people I would never meet,” she says.\n\n"
        "“I said no three times,” Kalogeridakis admits."
    )
    assert [speaker for _, speaker in got] == ["Stelios Kalogridakis", "Eleni Kalogridaki", "Stelios Kalogridakis"]
