"""The error classes of blind batch 20 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def test_an_interview_by_someone_for_a_magazine_names_the_interviewer():
    got = direct(
        "THE RIVER THAT FORGOT\nAn interview by Lorena Paiva for Cuenca magazine\n\n"
        "Prof. Mirta Aquino, 58, has measured the river for three decades.\n\n"
        "Q: How does this year compare?\n\nA: It does not compare with anything."
    )
    assert got[0] == ("How does this year compare?", "Lorena Paiva")


def test_a_description_between_commas_is_not_the_nested_subject():
    got = direct(
        "Prof. Mirta Aquino has measured the river for decades.\n\n"
        "Q: How does this year compare?\n\nA: Badly.\n\n"
        'Q: Your colleague Dr Ramón Ocampo, a climate modeller, has said that you "frighten people instead of '
        'informing them." How do you answer that?'
    )
    assert ("frighten people instead of informing them.", "Ramón Ocampo") in got


def test_a_plural_possessive_before_chamber_is_one_name():
    got = direct('The River Fleet Owners\' Chamber said the situation was "difficult but entirely manageable."')
    assert got == [("difficult but entirely manageable.", "River Fleet Owners' Chamber")]


def test_the_leads_content_before_an_appositive_subject_and_a_trailing_clause():
    article = analyze_article(
        "PHNOM PENH (MPA) — Cambodia will suspend commercial fishing on the lake for four months, the minister "
        "for inland fisheries, Dr Chea Sovann, said on Tuesday, after surveys showed catches had fallen.\n\n"
        "“We are not closing the lake to punish fishermen.”"
    )
    quotes = [(q.kind, q.text, q.speaker) for q in article.quotes]
    assert quotes == [
        ("paraphrase", "Cambodia will suspend commercial fishing on the lake for four months", "Chea Sovann"),
        ("direct", "We are not closing the lake to punish fishermen.", "Chea Sovann"),
    ]


def test_the_network_and_the_chamber_refer_back_to_the_body_named():
    got = direct(
        "The Tonle Sap Fishers’ Network, which represents 12,000 families, welcomed the closure.\n\n"
        "“For ten years we asked for protection of the spawning grounds,” the network said in a statement."
    )
    assert got == [("For ten years we asked for protection of the spawning grounds", "Tonle Sap Fishers’ Network")]


def test_earlier_today_before_the_subject():
    got = direct(
        "Rosa Feitosa, who coordinates the civil defence consortium, said the river was still rising.\n\n"
        "At least 11 deaths have been confirmed, according to the consortium. Earlier today Feitosa described "
        'the situation as "a war with no enemy to shoot at."',
    )
    assert got == [("a war with no enemy to shoot at.", "Rosa Feitosa")]


def test_eng_is_a_title():
    got = direct('"Every litre we pump with diesel is money lost," said Eng. Tareq Haddad, the chief executive.')
    assert got == [("Every litre we pump with diesel is money lost", "Tareq Haddad")]


def test_the_object_of_a_sentence_is_not_its_subject_and_an_age_before_a_description():
    got = direct(
        "Coach Tavita Ainu'u spoke after the match.\n\n"
        "Ainu'u singled out his captain, Filipo Sefo, who played with a strapped shoulder. \"He couldn't lift his "
        'arm at halftime," he said.\n\n'
        "Sefo, 31, a flanker who has played for the club since he was a schoolboy in Salelologa, said the title "
        'belonged to the island. "Half of the island took the ferry this morning," he said.'
    )
    assert got == [
        ("He couldn't lift his arm at halftime", "Tavita Ainu'u"),
        ("Half of the island took the ferry this morning", "Filipo Sefo"),
    ]


def test_a_survey_by_an_acronym_found():
    got = direct(
        "Qantara Energy and the Jordan Valley Growers Initiative (JVGI) announced a programme.\n\n"
        'A 2025 field survey by JVGI found that fuel accounted for "up to 45 percent of the running costs."'
    )
    assert got == [("up to 45 percent of the running costs.", "Jordan Valley Growers Initiative")]


def test_a_long_opening_place_before_a_titled_name():
    got = direct(
        "A buyer, who asked not to be named, said prices were set elsewhere.\n\n"
        "At a Catholic school on the edge of Antalaha, Sister Odile Rahari keeps a list of pupils who left.\n\n"
        "“The first thing families cut is not food, it is school,” she says."
    )
    assert got[-1] == ("The first thing families cut is not food, it is school", "Odile Rahari")
