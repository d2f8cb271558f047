"""The error classes of blind batch 28 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def test_local_titles_are_not_part_of_names():
    got = direct(
        '"The rains came late," said El Hadj Moussa Sanou. "Patience is not a price," said Kapitein Ronald Pinas.\n\n'
        'Enfermeira Rosa Ngola, who runs the clinic, said vaccines were cold. "We did it without a generator," '
        'she said. "Tonight the village has light," said Soba Manuel Kapinga.'
    )
    assert [speaker for _, speaker in got] == ["Moussa Sanou", "Ronald Pinas", "Rosa Ngola", "Manuel Kapinga"]


def test_an_interviewer_introduced_as_the_papers_editor():
    got = direct(
        "Dr. Huda Al-Sabah spoke to the Ledger's science editor, Faisal Al-Mutairi, in her laboratory.\n\n"
        "Q: What is happening on the beaches?\n\n"
        "A: The fish are running out of oxygen at night."
    )
    assert got == [
        ("What is happening on the beaches?", "Faisal Al-Mutairi"),
        ("The fish are running out of oxygen at night.", "Huda Al-Sabah"),
    ]


def test_a_releases_section_headings_are_no_speakers():
    article = analyze_article(
        "Luanda, 3 March 2026 — Sol Rural, S.A. switched on twelve mini-grids.\n\n"
        "Voices from the community\n\n"
        'Enfermeira Rosa Ngola, who runs the clinic, said the change was immediate. "We kept vaccines cold," she '
        "said.\n\n"
        "About Sol Rural\n\n"
        "Sol Rural, S.A. is an Angolan power producer based in Luanda."
    )
    got = [(q.text, q.speaker) for q in article.quotes if q.kind == "direct"]
    assert got == [("We kept vaccines cold", "Rosa Ngola")]


def test_openings_near_and_blocks_away_and_a_nickname_of_two_words():
    article = analyze_article(
        "Near the front, Ana Pérez has been waiting since Tuesday.\n\n"
        "“If I go home, I lose my place,” she said.\n\n"
        "Two blocks away, in a garage with no door, Tomás Gil is bent over an engine. Everyone calls him El Flaco.\n\n"
        "“These cars have survived everything,” he said."
    )
    got = [(q.text, q.speaker) for q in article.quotes if q.kind == "direct"]
    assert got == [("If I go home, I lose my place", "Ana Pérez"), ("These cars have survived everything", "Tomás Gil")]
    assert "El Flaco" in next(s.mentions for s in article.speakers if s.name == "Tomás Gil")


def test_my_late_father_used_to_say_is_the_father_the_paragraph_named():
    got = direct(
        "Tomás Gil runs the garage. His late father, Ernesto Gil, opened it in 1961. “My late father used to say, "
        "‘A car is never finished,’” Gil said."
    )
    assert ("A car is never finished", "Ernesto Gil") in got
