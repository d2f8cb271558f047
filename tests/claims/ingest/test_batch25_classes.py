"""The error classes of blind batch 25 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def test_press_conference_questions_in_brackets_and_a_statement_read_out():
    got = direct(
        "CURITIBA, 3 March 2026 — Edited transcript of a press conference.\n\n"
        "MS ALVES: Good afternoon. Please give your name before you ask.\n\n"
        "MINISTER TORRES: Thank you. The reservoirs are at 31 per cent.\n\n"
        "Q (Rui Campos, Diário do Sul): Minister, will there be rationing in April?\n\n"
        "MINISTER TORRES: Only if it does not rain.\n\n"
        "MS ALVES: I have been asked to read a short statement from the National Drought Council, which met this "
        "morning. “The Council approved funds for forty new boreholes.”\n\n"
        "Q (name inaudible): Will you resign?\n\n"
        "MINISTER TORRES: No."
    )
    assert ("Minister, will there be rationing in April?", "Rui Campos") in got
    assert ("The Council approved funds for forty new boreholes.", "National Drought Council") in got
    assert ("Will you resign?", None) in got


def test_an_opening_place_with_a_where_clause_before_the_subject():
    got = direct(
        "In Soroca, where the water reached the windowsills of two dozen houses, the mayor, Petru Ceban, stood "
        "outside the town hall and counted the pumps.\n\n"
        "“We have two, and one of them is broken,” he said."
    )
    assert got == [("We have two, and one of them is broken", "Petru Ceban")]


def test_a_late_husband_named_in_the_paragraph_before_is_he_inside_her_quote():
    got = direct(
        "At the school gym, Elena Munteanu, 70, sat with a photograph of her late husband, Vasile Munteanu, who "
        "died in 2020.\n\n"
        "“He used to tell me, ‘Lena, never trust the river in spring.’ I laughed at him,” she said."
    )
    assert ("Lena, never trust the river in spring.", "Vasile Munteanu") in got


def test_we_were_told_is_nobody_and_a_listener_label_and_can_i_is_no_name():
    got = direct(
        "KEISHA: Welcome back.\n\n"
        "ORLANDO: Can I come in here, Keisha? The rafts are bigger.\n\n"
        'MARCIA: We were told "help is on the way, so hold on a little longer" in 2018 too.\n\n'
        "LISTENER (voice note): My son sells fish in Oistins and has not had a full box since Christmas."
    )
    assert ("help is on the way, so hold on a little longer", None) in got
    assert ("My son sells fish in Oistins and has not had a full box since Christmas.", None) in got


def test_a_grandmother_in_her_quote_and_a_name_in_its_own_script():
    article = analyze_article(
        "Pressed by council member Dana Levi (דנה לוי) on the hours, the developer said they were fixed.\n\n"
        "Levi was unmoved. “One hundred per cent of the sunset,” she said.\n\n"
        "“My late grandmother sat on this wall every evening,” Karim Nasser said. “She told me, ‘The sea belongs to "
        "nobody.’ Now somebody wants to sell it.”"
    )
    got = [(q.text, q.speaker) for q in article.quotes if q.kind == "direct"]
    assert ("The sea belongs to nobody.", None) in got
    assert "דנה לוי" in next(s.mentions for s in article.speakers if s.name == "Dana Levi")


def test_a_release_minister_in_an_inverted_cue_the_vice_minister_and_a_message_read_out():
    got = direct(
        '"Today the valley gets its second harvest," said the Minister of Agriculture and Fisheries, Sr. Tomás '
        "Guterres Soares, speaking at the weir.\n\n"
        "Vice-Minister Sra. Rosa Belo, who led the consultations, said operators had been trained.\n\n"
        '"A canal without care becomes a ditch," the Vice-Minister said.\n\n'
        'One farmer from Maubara told staff she would plant twice. "This year I will be busy," she said.\n\n'
        "A message from Dr. Helen Marsh, director of the Coral Seas Fund, was read by the Vice-Minister.\n\n"
        '"The Fund is proud to stand with Liquiçá," the message said.'
    )
    assert got == [
        ("Today the valley gets its second harvest", "Tomás Guterres Soares"),
        ("A canal without care becomes a ditch", "Rosa Belo"),
        ("This year I will be busy", None),
        ("The Fund is proud to stand with Liquiçá", "Helen Marsh"),
    ]


def test_live_blog_beats_and_here_is_and_a_bodys_statement_saying():
    got = direct(
        "18:12\n"
        "A reminder of what coach Elvin Mammadli told reporters on Friday: “We have lost three finals.”\n\n"
        "And, after a pause: “I am tired of losing.”\n\n"
        "18:20\n"
        "Across town, rival coach Ramil Aliyev sounded relaxed. “Tonight is a gift,” he said.\n\n"
        "21:40\n"
        "And here is Mammadli, soaked after the celebrations. “Four finals, and now this,” he said.\n\n"
        "21:55\n"
        "The National Referees’ Committee has issued a statement on the penalty, saying it was “correct in accordance "
        "with the laws of the game.”"
    )
    assert got == [
        ("We have lost three finals.", "Elvin Mammadli"),
        ("I am tired of losing.", "Elvin Mammadli"),
        ("Tonight is a gift", "Ramil Aliyev"),
        ("Four finals, and now this", "Elvin Mammadli"),
        ("correct in accordance with the laws of the game.", "National Referees’ Committee"),
    ]


def test_an_unnamed_co_worker_after_a_scene_and_a_hyphenated_double_surname_and_her_worship():
    article = analyze_article(
        "The coroner, Her Worship Adama Turay-Kamara, opened the hearing.\n\n"
        "'This is an inquest, not a trial,' she said.\n\n"
        "Outside the court, a co-worker of the dead men, who asked not to be named, said nothing had changed. "
        "'We still work under the same rock,' he said.\n\n"
        "'I want to hear from the foreman,' Mrs Turay Kamara said."
    )
    got = [(q.text, q.speaker) for q in article.quotes if q.kind == "direct"]
    assert got == [
        ("This is an inquest, not a trial", "Adama Turay-Kamara"),
        ("We still work under the same rock", None),
        ("I want to hear from the foreman", "Adama Turay-Kamara"),
    ]


def test_one_of_them_is_x_and_a_byline_closing_the_deck():
    got = direct(
        "THE BLUE HOURS\n"
        "For decades Inés Ayala has dyed cloth with indigo.\n"
        "By Carla Mena\n\n"
        "Buyers have noticed. One of them is Ruth Okafor, who buys textiles for Warp & Weft, a shop in Leeds. "
        "“Nobody gets that depth of blue without chemicals,” she said by phone."
    )
    assert got == [("Nobody gets that depth of blue without chemicals", "Ruth Okafor")]
