"""The error classes of blind batch 18 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def test_said_name_with_an_appositive_ends_the_lead_and_hands_over_the_next_quote():
    article = analyze_article(
        "LIMA, Peru (APN) — A bridge over the Rímac collapsed on Friday, said Rosa Quispe Mamani, the mayor of "
        'the district.\n\n"We are moving people out as fast as we can."'
    )
    quotes = [(q.text, q.speaker, q.kind) for q in article.quotes]
    assert ("We are moving people out as fast as we can.", "Rosa Quispe Mamani", "direct") in quotes
    paraphrase = next(q for q in article.quotes if q.kind == "paraphrase")
    assert paraphrase.text.startswith("A bridge over the Rímac")  # the dateline is not what she said


def test_a_report_prepared_by_a_body_and_seen_by_an_outlet_is_the_bodys():
    got = direct(
        "The audit, prepared by the Harbour Safety Board and seen by Gulf Wire, found "
        '"corrosion along at least half of the pier."'
    )
    assert got == [("corrosion along at least half of the pier.", "Harbour Safety Board")]


def test_reached_by_telephone_opens_the_sentence_before_its_subject():
    got = direct(
        "Prof. Lena Ortiz, a hydrologist, said the warning was ignored. Ortiz said the district engineer, "
        'Tomas Ferreira, had been told in March.\n\nReached by telephone, Ferreira rejected that. "Nobody told '
        'me anything in writing," he said.'
    )
    assert got == [("Nobody told me anything in writing", "Tomas Ferreira")]


def test_a_body_speaking_in_a_turn_after_an_aside_with_we():
    got = direct(
        "ANCHOR: Good evening.\n\nREPORTER: Thanks.\n\n"
        "ANCHOR: And the Coastal Water Board, in a statement issued before we came on air, said, and I quote, "
        '"Every home will have water within a week."'
    )
    assert ("Every home will have water within a week.", "Coastal Water Board") in got


def test_the_bank_is_the_bank_named_in_another_language():
    got = direct(
        "Banque Atlantique de Crédit (BAC) today announced a loan fund for fishing cooperatives.\n\n"
        'The bank said in its annual report that it aims to "double its lending to small boats by 2030."'
    )
    assert got == [("double its lending to small boats by 2030.", "Banque Atlantique de Crédit")]


def test_a_bodys_own_report_read_in_a_turn_is_the_body_named_in_full():
    got = direct(
        "Witnesses: Ana Reyes, Director, Northern Crop Insurance Fund.\n\n"
        "THE CHAIR: Ms Reyes, welcome.\n\n"
        "MS REYES: The Fund accepts that payments were slow.\n\n"
        "THE CHAIR: Ms Reyes, the Fund's own annual report says, and I will read it into the record, "
        '"claims were settled in 80 days on average." That was last year.'
    )
    assert ("claims were settled in 80 days on average.", "Northern Crop Insurance Fund") in got


def test_a_sentence_adverb_is_not_part_of_the_name():
    got = direct('Then Okonkwo took over. "I just hit it as hard as I could," Okonkwo said.')
    assert got == [("I just hit it as hard as I could", "Okonkwo")]


def test_a_club_that_speaks_on_its_website_is_no_he():
    article = analyze_article(
        "Coach Ivan Marek said his side had been too polite.\n\n"
        "Dinamo later said on the club website that it would appeal against the referees' decision.\n\n"
        'Supporters were chanting "champions," but Marek was having none of it.\n\n'
        '"We will be ready for Split," he said.'
    )
    quotes = [(q.text, q.speaker) for q in article.quotes if q.kind == "direct"]
    assert quotes == [("We will be ready for Split", "Ivan Marek")]
    assert ("Dinamo", "organization") in {(s.name, s.kind) for s in article.speakers}


def test_a_live_blogs_agency_credit_is_no_speaker():
    text = (
        "Flood: live updates\n\n"
        "09:10\nDr Ana Vela, a hydrologist, told local radio that the river had peaked. "
        '"The water is falling now," she said.\n\n'
        "09:40 — Andes Wire\nCUSCO, Peru (AW) — Rescuers reached two villages on Monday, said Col. Luis Paredes, "
        'commander of the army unit. "We have six teams out," Paredes said.\n\n'
        "10:15 — Andes Wire\nLIMA (AW) — The government declared an emergency.\n\n"
        "11:00 — Andes Wire\nCUSCO (AW) — The agency said the road was closed."
    )
    article = analyze_article(text)
    assert [(q.text, q.speaker) for q in article.quotes if q.kind == "direct"] == [
        ("The water is falling now", "Ana Vela"),
        ("We have six teams out", "Luis Paredes"),
    ]
    assert "Andes Wire" not in {s.name for s in article.speakers}


def test_giving_an_order_inside_a_quote_is_the_speakers_own_line():
    got = direct(
        "Col. Luis Paredes gave an update. \"I gave my teams one order, 'Nobody enters a building that has not "
        "been checked,' because we cannot lose rescuers,\" Paredes said."
    )
    assert ("Nobody enters a building that has not been checked", "Luis Paredes") in got


def test_a_second_family_name_alone_is_the_same_woman():
    got = direct(
        'The mayor, Ximena Salas Loor, spoke outside. "We opened three shelters," she said.\n\n'
        "Salas said she had spoken with Col. Paredes, who told her the building was unsafe. "
        '"He told me it was on the demolition list," she said.'
    )
    assert got == [
        ("We opened three shelters", "Ximena Salas Loor"),
        ("He told me it was on the demolition list", "Ximena Salas Loor"),
    ]


def test_a_report_by_a_body_is_the_subject_of_the_verbs_after_it():
    got = direct(
        "A 2025 report by the Atlantic Shore Observatory, a monitoring network, estimated that the beach was "
        'shrinking "by two metres a year" and warned that walls would "move the problem down the coast."'
    )
    assert got == [
        ("by two metres a year", "Atlantic Shore Observatory"),
        ("move the problem down the coast.", "Atlantic Shore Observatory"),
    ]


def test_a_feature_lead_places_its_subject_after_the_place_and_its_description():
    got = direct(
        "At dawn in Pointe Noire, the fishing quarter that faces the open sea, Moussa Ndiaye walks to the spot "
        'where his house stood.\n\n"I was born in that room," he said.\n\n'
        "Imam Cheikh Fall said the sea comes up often now.\n\n"
        'Back on the beach, Ndiaye watches his sons.\n\n"Until then, I stay," he said.'
    )
    assert got == [("I was born in that room", "Moussa Ndiaye"), ("Until then, I stay", "Moussa Ndiaye")]


def test_chiefly_and_religious_titles_are_not_part_of_the_name():
    got = direct('"The water came up to here," said Ratu Josefa Naivalu. "We pray," said Imam Idris Sow.')
    assert got == [("The water came up to here", "Josefa Naivalu"), ("We pray", "Idris Sow")]
