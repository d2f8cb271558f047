"""The error classes of blind batch 12, each fixed in general and checked on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def test_a_subject_who_was_told_something_is_the_he_of_the_next_quote():
    got = direct(
        '"The trainer told me to watch his hips," said striker Ana Vidal. "It worked."\n\n'
        'Harald Moen-Lie smiled when told of the tip. "I have said that for thirty years," he said.'
    )
    assert got[-1] == ("I have said that for thirty years", "Harald Moen-Lie")


def test_a_titled_person_quoted_inside_a_quote_is_the_one_given_that_title():
    got = direct(
        '"We were losing," said Rovers coach Tomasz Wiśniak-Bar.\n\n'
        "\"At half-time the coach came in and said, 'play the wide man every time,'\" said winger Eli Haug. "
        '"So we did."'
    )
    assert ("play the wide man every time", "Tomasz Wiśniak-Bar") in got


def test_a_relative_clause_with_commas_inside_does_not_hide_the_subject():
    got = direct(
        "Marta Quiroga Peña, whose daughter Lucía, 17, was injured, said the ruling was fair.\n\n"
        '"Nothing brings back those months," she said.'
    )
    assert got == [("Nothing brings back those months", "Marta Quiroga Peña")]


def test_an_unnamed_relative_is_nobody_named():
    got = direct(
        '"The brakes were never checked," said the prosecutor, Iván Soto.\n\n'
        "The father of another passenger, who asked not to be named, said the families would appeal. "
        '"He will be free in four years," he said.'
    )
    assert got[-1] == ("He will be free in four years", None)


def test_an_organisation_word_of_another_language_makes_an_organisation():
    analysis = analyze_article(
        "Inversiones Costa Brava, whose permit was suspended in May, said in a statement that it "
        '"deeply regrets the accident" and would pay for repairs.'
    )
    assert [(s.name, s.kind) for s in analysis.speakers] == [("Inversiones Costa Brava", "organization")]


def test_the_writer_handing_the_next_paragraphs_to_someone():
    got = direct(
        "Readers have asked whether the dam is safe. We put the question to Professor Lin Wen-hsuan, "
        "a hydrologist at a university in Taichung.\n\n"
        '"It is safe. The spillway was rebuilt in 2021."\n\n'
        '"What I would watch is the sediment behind it."'
    )
    assert [s for _, s in got] == ["Lin Wen-hsuan", "Lin Wen-hsuan"]


def test_an_unnamed_person_at_a_possessive_place_is_nobody_named():
    got = direct(
        '"The roads are open," said Mayor Oren Tal.\n\n'
        "A nurse at Haifa's main hospital, who did not give her name, described the night. "
        '"Every bed was taken," she said.\n\n'
        'A baker in Acre\'s Market Street told us by phone: "We lost everything on the shelves."'
    )
    assert got[1:] == [("Every bed was taken", None), ("We lost everything on the shelves.", None)]


def test_the_association_after_its_name_is_that_association():
    got = direct(
        "The Lakeside Hoteliers' Association says half of all bookings were cancelled. In a statement, "
        'the association urged tourists "to come back as soon as the road reopens" and said hotels were safe.'
    )
    assert got == [("to come back as soon as the road reopens", "Lakeside Hoteliers' Association")]


def test_what_someone_called_it_is_their_words():
    got = direct(
        "A bus overturned near Tarnów on Sunday, in what the county's fire chief, Piotr Zając, called "
        '"the worst crash on this road in a decade."'
    )
    assert got == [("the worst crash on this road in a decade.", "Piotr Zając")]


def test_a_letter_read_out_in_a_turn_is_its_authors():
    got = direct(
        "Cllr Hannah Brede (H): I have here a letter from the Fjell tenants' association, which I will quote: "
        '"Most of us cannot reach work by bus before eight." That is the reality here.'
    )
    assert ("Most of us cannot reach work by bus before eight.", "Fjell tenants' association") in got


def test_telling_someone_puts_the_words_in_the_teller_s_mouth():
    got = direct(
        "Commissioner Rune Vik: The budget is sound.\n\n"
        "Kari Holm (FrP): I remember the commissioner telling us last year that the fees were "
        '"fixed for the whole term." They were not.'
    )
    assert ("fixed for the whole term.", "Rune Vik") in got


def test_a_voice_from_the_gallery_and_a_newsreader_are_unnamed_turns():
    got = direct(
        "Mayor Sofie Dahl: We will vote now.\n\n"
        "A voice from the public gallery: Shame on you!\n\n"
        "NEWSREADER: It is nine o'clock. Here are the headlines."
    )
    assert got[1:] == [("Shame on you!", None), ("It is nine o'clock. Here are the headlines.", None)]


def test_someone_described_inside_a_turn_is_nobody_named():
    got = direct(
        "HOST: What is it like out there?\n\n"
        'REPORTER: Rough. One of the pilots described the landing to me as "like hitting a wall."'
    )
    assert ("like hitting a wall.", None) in got


def test_an_age_points_back_at_the_person_just_introduced():
    got = direct(
        "In Khovd, Batbayar Oyuun said the snow came early.\n\n"
        '"We lost half the herd," the 47-year-old herder told reporters.'
    )
    assert got == [("We lost half the herd", "Batbayar Oyuun")]
