"""Claim texts that stand on their own: who, what, resolved pronouns and dates (invented examples)."""

import datetime as dt

from claims.ingest.analyze import analyze_article

PUB = dt.date(2026, 3, 4)  # a Wednesday


def claim_texts(text, published=PUB):
    return [c.text for c in sorted(analyze_article(text, published=published).claims, key=lambda c: c.start)]


def test_reported_speech_names_its_subject_and_resolves_the_date():
    text = "Russia said it had signed contracts worth $2 billion with Kazakh suppliers last year."
    assert claim_texts(text) == ["Russia had signed contracts worth $2 billion with Kazakh suppliers in 2025."]


def test_possessive_and_personal_pronouns_in_reported_speech_are_the_speaker():
    text = (
        "Councillor Javier Olmedo said his group would table a motion calling for a surcharge on golf courses.\n\n"
        "Olmedo said he had seen the figures for every district in the city."
    )
    assert claim_texts(text) == [
        "Javier Olmedo's group would table a motion calling for a surcharge on golf courses.",
        "Javier Olmedo had seen the figures for every district in the city.",
    ]


def test_dateline_goes_and_a_past_weekday_gets_its_date():
    text = "OSLO, March 3 (Reuters) - The Norwegian government on Tuesday raised its fuel tax by 2 percent."
    (claim,) = analyze_article(text, published=PUB).claims
    assert claim.text == "The Norwegian government on Tuesday 3 March 2026 raised its fuel tax by 2 percent."
    assert claim.quote == text  # the verbatim source stays as printed


def test_first_person_in_a_direct_quote_is_the_speaker_with_the_verb_agreeing():
    text = (
        "“I have met the operator twice since Christmas and my officials meet them every week,” said Transport "
        "Minister Ana Ruiz.\n\n"
        "“Tom and I have been talking about this since January,” Ruiz said."
    )
    assert claim_texts(text) == [
        "Ana Ruiz has met the operator twice since Christmas and Ruiz's officials meet them every week.",
        "Tom and Ana Ruiz have been talking about this since January 2026.",
    ]


def test_an_organisations_we_is_the_organisation():
    text = "“We will not run trains before Friday and we are sorry,” a Lakeline spokesperson said."
    assert claim_texts(text) == ["Lakeline will not run trains before Friday and Lakeline is sorry."]


def test_relative_dates_become_absolute_and_guesses_are_left_alone():
    text = (
        "The council closed the bridge yesterday after inspectors found cracks last week.\n\n"
        "Repairs will begin on Friday and finish in June, the council said.\n\n"
        "The review was published on Thursday 14 January 2021."
    )
    assert claim_texts(text) == [
        "The council closed the bridge on 3 March 2026 after inspectors found cracks in the week of 23 February 2026.",
        "Repairs will begin on Friday and finish in June.",  # the engine's direction for these is a guess
        "The review was published on Thursday 14 January 2021.",
    ]


def test_a_partial_quote_is_checked_as_its_whole_sentence_with_the_speaker_named():
    text = (
        "Mayor Lena Fischer announced the water restrictions on Monday.\n\n"
        "She said they would remain in place “at least until the autumn rains arrive”."
    )
    claims = analyze_article(text, published=PUB).claims
    partial = next(c for c in claims if "autumn rains" in c.text)
    assert partial.text == "Lena Fischer said they would remain in place “at least until the autumn rains arrive”."
    assert partial.kind == "direct"
    assert partial.speaker == "Lena Fischer"


def test_the_journalists_sentence_opening_with_a_pronoun_names_the_last_speaker():
    text = (
        "“Prices will fall this year,” said Finance Minister Berit Lund.\n\n"
        "She cut the fuel tax by 2 percent last month, the third cut since 2024."
    )
    assert (
        claim_texts(text)[-1] == "Berit Lund cut the fuel tax by 2 percent in February 2026, the third cut since 2024."
    )


def test_without_a_publication_date_relative_dates_stay():
    assert claim_texts("The council closed the bridge yesterday after finding cracks.", published=None) == [
        "The council closed the bridge yesterday after finding cracks."
    ]


def test_a_quote_split_by_its_attribution_is_one_claim_without_it():
    text = "Ana Ruiz spoke. “Four new wells,” she said, “will open in 2027 and I will pay for them.”"
    got = [c for c in analyze_article(text, published=dt.date(2026, 5, 4)).claims if c.kind == "direct"]
    assert [c.text for c in got] == ["Four new wells will open in 2027 and Ana Ruiz will pay for them."]
    assert got[0].quote == text[text.index("“Four") :]


def test_a_pronoun_that_is_not_the_speaker_names_the_last_person_before_it():
    text = (
        "“I have loved every day of this job,” Mark Ellison said.\n\n"
        "His office said he would serve out his term.\n\n"
        "“He told me in January,” said Roberto Vance, his former chief of staff."
    )
    got = {c.quote: c.text for c in analyze_article(text, published=dt.date(2026, 3, 3)).claims}
    assert got["His office said he would serve out his term."] == "Mark Ellison would serve out his term."
    assert got["He told me in January"] == "Mark Ellison told Roberto Vance in January 2026."
