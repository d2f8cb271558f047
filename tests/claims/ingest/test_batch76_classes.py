"""The error classes of blind batch 76 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_hajj_and_hj_are_honorifics_not_names():
    got = direct(
        "“The boats set the price for twenty years,” said Hj. Nurhayati Daeng, who chairs the cooperative.\n\n"
        "In the souq the trader Hajj Salim Bakhit weighs the sacks. “The buyers want quantity,” Bakhit says.\n"
    )
    assert got == [
        ("The boats set the price for twenty years", "Nurhayati Daeng"),
        ("The buyers want quantity", "Salim Bakhit"),
    ]


def test_a_kunya_the_text_gives_a_named_man_is_his():
    # "He is Abu Karim" names the man the text already named, by his son: not a second speaker
    got = direct(
        "SALALAH, Oman — Before dawn, Salim Ahmed al-Kathiri drives up into the hills.\n\n"
        "He is 68. In the villages almost nobody calls him Salim. He is Abu Karim, after his eldest son.\n\n"
        "“The tree gives if you are patient,” he says.\n"
    )
    assert got == [("The tree gives if you are patient", "Salim Ahmed al-Kathiri")]


def test_my_teacher_in_a_quote_is_nobody_named_not_a_place_before():
    got = dict(
        direct(
            "Q: Why did you come back?\n\n"
            "A: When I was leaving Armenia in 2001, my teacher at the academy said to me, ‘Go, and then come "
            "back.’ I did both.\n"
        )
    )
    assert got["Go, and then come back."] is None


def test_the_quote_after_that_was_x_speaking_is_his():
    got = direct(
        "11:10\n‘We are not moving. We will sleep here again tonight.’\n\n"
        "That was Julio Huamán, 31, one of the farmers camped on the road, speaking to local radio. ‘The trucks "
        "can wait. The harvest cannot.’\n"
    )
    assert [s for _, s in got] == ["Julio Huamán", "Julio Huamán"]


def test_a_reply_from_an_account_run_by_a_body_is_the_bodys():
    got = dict(
        direct(
            "The Apurímac Irrigators Federation has called the blockade indefinite.\n\n"
            "The governor posted a video urging calm. One reply under the video, from an account run by the "
            "federation, read simply: ‘You signed it. You unsign it.’\n"
        )
    )
    assert got["You signed it. You unsign it."] == "Apurímac Irrigators Federation"


def test_a_shared_family_name_with_the_title_the_text_gave_is_that_person():
    # two Nogueiras, no relation: "Nogueira, the doctor," opening a sentence is the one the text made the doctor
    # ("His co-defendant, the family doctor Artur Nogueira,"), and the "he" after it is him
    got = dict(
        direct(
            "Henrique Sousa Lima, 58, who ran a pharmacy, was convicted of fraud. His co-defendant, the family doctor "
            "Artur Nogueira, 63, was given a suspended sentence.\n\n"
            "A ministry inspector, Paula Nogueira, who is no relation to the doctor, also gave evidence. “I had "
            "never seen figures like these,” she said.\n\n"
            "Sousa Lima, who testified for two days, insisted he had “never taken a cent”.\n\n"
            "Prosecutor Inês Cardoso dismissed that. “It was a business model,” she told the judges.\n\n"
            "She said the doctor had signed prescriptions in batches.\n\n"
            "Nogueira, the doctor, had not contested the facts. Given the last word, he told the judges: “I signed "
            "what was put in front of me.”\n"
        )
    )
    assert got["I signed what was put in front of me."] == "Artur Nogueira"


def test_the_audit_or_study_speaks_for_its_author():
    got = direct(
        "A forensic audit by the Porto firm Almeida & Costa found that the clinic had overbilled.\n\n"
        "The audit said the claims showed “a pattern no real population of patients could produce”.\n\n"
        "A 2024 study by the Water Research Institute found leaks in every district.\n\n"
        "The study called the network “an embarrassment that no engineer could defend”.\n"
    )
    assert [s for _, s in got] == ["Almeida & Costa", "Water Research Institute"]


def test_a_clause_opening_on_a_preposition_keeps_its_it_subject():
    # "On page twelve it says": "it" (the report) is the subject, not "On"
    got = dict(
        direct(
            "Committee on Urban Services. Verbatim record. Giving evidence was Dr. Anna Kiss of the Port Authority.\n\n"
            "THE CHAIR: Councillor Tóth.\n\n"
            "TÓTH: Dr. Kiss, I have the Port Authority's 2024 annual report in front of me. On page twelve it says, "
            'and I quote, "the quay walls are sound and need no investment before 2030." What happened?\n'
        )
    )
    assert got["the quay walls are sound and need no investment before 2030."] == "Port Authority"
