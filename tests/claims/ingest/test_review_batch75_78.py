"""Counter-examples a review found to the rules written for batches 75 to 78, on ordinary copy (each failed before
the narrowing that fixed it)."""

import pytest

from tests.claims.ingest.conftest import direct

CASES = [
    # a court lead's words are not those of whoever the next paragraph opens on with an age
    (
        "NAIROBI (Reuters) - A man accused of killing his neighbour told a court on Monday that he had “never once "
        "raised a hand to her in all the years we lived side by side”.\n\n"
        "Mary Wanjiku, 34, was found dead in her home in Kasarani in March.\n",
        "never once raised a hand to her in all the years we lived side by side",
        None,
    ),
    # "a doctor saw him" is an object: "she said" is the mother's, not the doctor's named next
    (
        "KANO, Nigeria — At the general hospital on Tuesday, a mother of three waited six hours with her feverish "
        "son before a doctor saw him.\n\n"
        "“Nobody told us anything. We just sat on the floor,” she said.\n\n"
        "The doctor, Ibrahim Musa, said the ward had two nurses for sixty beds.\n",
        "Nobody told us anything. We just sat on the floor",
        None,
    ),
    # "Hirsi's wife" makes him her husband, not the father of her "My father"
    (
        "“We have nothing to sell,” said Ali Warsame Hirsi, a livestock trader.\n\n"
        "“My father lost everything in the long closure,” said Hodan Abdi Nur, Hirsi's wife, who keeps the "
        "accounts. “He used to say, ‘A camel can cross every desert, but not a closed border.’ I understand him "
        "now.”\n",
        "A camel can cross every desert, but not a closed border.",
        None,
    ),
    # "The Mayor of Cusco" is a title the text gave someone, not a body's name
    (
        "CUSCO, Peru — Mayor Luis Pantoja Calvo met the protest leaders on Monday night.\n\n"
        "The Mayor of Cusco has issued a statement. It says: “The railway must reopen before the tourists stop "
        "coming.”\n",
        "The railway must reopen before the tourists stop coming.",
        "Luis Pantoja Calvo",
    ),
    # "Saya" is a Japanese given name, not only a Burmese title
    (
        "TOKYO (Reuters) - Saya Ichikawa, 29, a nurse in Chiba, said the queues had doubled.\n\n"
        "“I have not seen this before,” said Saya Ichikawa.\n",
        "I have not seen this before",
        "Saya Ichikawa",
    ),
    # only the quote right after "That was X, …." is X's, not one another speaker introduces
    (
        "‘We are not moving. We will sleep here again tonight.’\n\n"
        "That was Julio Huamán, 31, one of the farmers camped on the road. A police spokesman answered within the "
        "hour: ‘The road will be cleared by Friday.’\n",
        "The road will be cleared by Friday.",
        None,
    ),
    # a post "from YouTube user X" is no platform's
    (
        "The video of the flooded underpass has been shared 40,000 times.\n\n"
        "One reply from YouTube user Kemi_Lagos read simply: ‘Every year the same thing.’\n",
        "Every year the same thing.",
        None,
    ),
    # two-word headline tags are no body either
    (
        "BREAKING NEWS: Bridge closed\n\n"
        "The state emergency agency has issued a statement. It says: “Stay away from the river.”\n",
        "Stay away from the river.",
        "NOT BREAKING NEWS",
    ),
    # "Under clause nine it says": "it" is the report, as after "On page twelve"
    (
        "Committee on Urban Services. Verbatim record. Giving evidence was Dr. Anna Kiss of the Port Authority.\n\n"
        "THE CHAIR: Councillor Tóth.\n\n"
        "TÓTH: Dr. Kiss, I have the Port Authority's 2024 annual report in front of me. Under clause nine it says, "
        'and I quote, "the quay walls are sound and need no investment before 2030." What happened?\n',
        "the quay walls are sound and need no investment before 2030.",
        "Port Authority",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), CASES)
def test_review_counter_example(text, quote, speaker):
    got = dict(direct(text))
    if speaker == "NOT BREAKING NEWS":
        assert got[quote] != "BREAKING NEWS"
    else:
        assert got[quote] == speaker


def test_an_about_block_in_capitals_is_no_turn():
    got = direct(
        "GEORGE TOWN, 4 March 2026 — The state government today launched a replanting programme.\n\n"
        "“We will plant 40,000 seedlings this year,” said the chief minister's adviser, Lim Wei Ming.\n\n"
        "ABOUT HUTAN KITA: The programme is jointly governed by the state government and the university.\n\n"
        "ABOUT USM: Universiti Sains Malaysia, founded in 1969, is a leading research university.\n"
    )
    assert got == [("We will plant 40,000 seedlings this year", "Lim Wei Ming")]
