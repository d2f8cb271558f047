"""The error classes of blind batch 72 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_roster_chair_with_a_lower_case_title_holds_the_chair():
    quotes = direct(
        "Edited transcript of the transport committee, 3 March 2026. Chair: councillor Éva Kovács. Clerk: Bence "
        "Tóth.\n\n"
        "CHAIR: Good afternoon. We have one item on the agenda.\n\n"
        "CLERK: Thank you, madam chair. We received two submissions.\n"
    )
    assert [s for _, s in quotes] == ["Éva Kovács", "Bence Tóth"]


def test_a_chair_the_text_never_names_still_speaks_her_turns():
    quotes = direct(
        "Edited transcript of the transport committee, 3 March 2026.\n\n"
        "CHAIR: Good afternoon. We have one item on the agenda.\n\n"
        "WITNESS: Thank you. We examined all forty-two trees in January.\n\n"
        "CHAIR: Thank you. The committee will vote next week.\n"
    )
    assert [t for t, _ in quotes] == [
        "Good afternoon. We have one item on the agenda.",
        "Thank you. We examined all forty-two trees in January.",
        "Thank you. The committee will vote next week.",
    ]


def test_callers_put_on_air_and_naming_themselves_late_in_the_turn():
    quotes = direct(
        "HOST: Good evening, Mzuzu, and welcome. The lines are already full. First is Chikondi in Luwinga. "
        "Chikondi, you are on air.\n\n"
        "CALLER: Thank you, brother. I am a nurse and I work nights.\n\n"
        "HOST: Thank you. Another caller now.\n\n"
        "CALLER: Good evening, my brother. I sell tomatoes at Chibanja market, and on Saturday I paid a boy two "
        "hundred kwacha a bucket for water. My name is Thokozani Banda, and I want the board to know it.\n"
    )
    assert [s for _, s in quotes] == [None, "Chikondi", None, "Thokozani Banda"]


# A review helper's counter-examples to this session's rules, on ordinary copy: each went wrong before its rule was
# narrowed.


def test_a_nickname_given_in_a_clause_about_someone_else_is_not_the_first_names():
    got = dict(
        direct(
            "Carlos Vega, the market's administrator, said Ana Ruiz has sold coffee there for 20 years and is known to "
            "everyone as Chata.\n\n"
            "“I have not missed a day since 2006,” Ana Ruiz said.\n\n"
            "“Not even floods stop me,” Chata added, laughing.\n"
        )
    )
    assert got["Not even floods stop me"] != "Carlos Vega"


def test_the_writers_we_after_a_phone_in_is_no_turn_of_the_host():
    quotes = direct(
        "Transcript of Tuesday's phone-in on Radio Mzuzu, hosted by Alinafe Tembo.\n\n"
        "TEMBO: Good evening. First on the line is Grace in Area 25. Grace, go ahead.\n\n"
        "CALLER: Thank you. We have had no water for nine days.\n\n"
        "TEMBO: Thank you, Grace.\n\n"
        "We put Grace's complaint to the water board after the programme. “Repairs on the Area 25 main will start on "
        "Monday,” a spokeswoman told us.\n"
    )
    assert not any("We put Grace's complaint" in text for text, _ in quotes)
    assert quotes[-1] == ("Repairs on the Area 25 main will start on Monday", None)


def test_the_elder_after_a_preposition_opens_no_sentence_on_him():
    got = dict(
        direct(
            "Bernd Kühn founded the roofing firm in 1989. His son, Maximilian Kühn, runs it now. “We fixed 400 roofs "
            "last year,” the younger Kühn said.\n\n"
            "The mayor, Paul Weber, came to the workshop on Friday. At a dinner for the elder Kühn last spring he had "
            "promised the firm a new contract. “It is a pillar of this town,” he said.\n"
        )
    )
    assert got["It is a pillar of this town"] == "Paul Weber"


def test_this_is_a_place_names_no_one():
    got = dict(
        direct(
            "The water reached the second floor of the hospital overnight.\n\n"
            "“We carried the patients up the stairs one by one,” a man shouted from a rooftop.\n\n"
            "This is Porto Alegre, a city of 1.3 million people, on its fifth day under water.\n"
        )
    )
    assert got["We carried the patients up the stairs one by one"] is None


def test_a_name_a_caller_quotes_is_not_hers():
    quotes = direct(
        "HOST: Good evening, Mzuzu. The lines are open. Another caller now.\n\n"
        "CALLER: Good evening. I sell tomatoes at Chibanja market. On Saturday an officer came to my stall and said, "
        "“My name is Joseph Phiri, and I am closing you down.” Nobody has explained why.\n"
    )
    assert [s for _, s in quotes][1] != "Joseph Phiri"


def test_barba_and_a_given_name_opening_a_sentence_is_the_one_named_in_full():
    got = dict(
        direct(
            "SPLIT, Croatia — A boatbuilder, Nikola Bašić Jurin, counted the planks the storm had torn off.\n\n"
            "Barba Nikola, 81, has built boats since he was a boy. His grandson, Ivan Bašić Perić, now runs the yard. "
            "“We lost a month of work,” the younger Bašić said.\n\n"
            "The elder Bašić is less worried. “Wood can be cut again,” he said.\n"
        )
    )
    assert got["Wood can be cut again"] == "Nikola Bašić Jurin"


def test_a_paragraph_about_him_then_a_paragraph_that_is_only_a_quote_is_his():
    quotes = direct(
        "His name is Kandiah Ratnam. He is 74, and he has rebound books in this lane for 51 years.\n\n"
        "He was 29 in 1981, when the public library burned. He does not like to talk about it, and when he does, he "
        "speaks slowly.\n\n"
        "“I walked there the next morning. The smoke was still coming out of the windows.\n\n"
        "“I saw a man holding half a page of a grammar, the way you hold a photograph.”\n"
    )
    assert [s for _, s in quotes] == ["Kandiah Ratnam", "Kandiah Ratnam"]
