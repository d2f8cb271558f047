"""The error classes of blind batch 52 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article


def test_a_name_on_each_side_of_a_quote_is_not_one_name():
    article = analyze_article(
        "Henrik Dam has run Dams Røgeri since 1979.\n\n"
        'By the till hangs a cutting from the weekly Østersø-Posten, which in 2019 called Dams Røgeri "the last '
        'honest chimney on the coast." Dam waves at it. "They exaggerate," he says.\n'
    )
    forms = [form for speaker in article.speakers for form in speaker.mentions]
    assert not any("Røgeri Dam" in form for form in forms)
