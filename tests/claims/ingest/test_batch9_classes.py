"""The error classes of blind batch 9, each on an invented snippet: courtesy titles in labels, a member quoting the
minister's own words or a correspondent's letter, a long time phrase before the subject, the person a question is
put to, an unnamed source known to the writer, and a portfolio before a name met elsewhere in the article."""

from tests.claims.ingest.conftest import direct

ESTIMATES = """Ms ANNA KOVAC: Thank you, Chair. The line opened in June.

The Hon. TOM BRANNIGAN: Minister, when you opened the line, you said, and I have the press release here, "Trains will run every fifteen minutes by Christmas." Was that true?

Ms ANNA KOVAC: It was what I was advised at the time.

The Hon. TOM BRANNIGAN: One commuter from Cessnock wrote to me, and I will read a line of it: "I sold my car because the Government told me the train was coming." What do you say to her?"""  # noqa: E501


def test_courtesy_titles_in_labels_and_the_words_a_member_quotes_back():
    got = direct(ESTIMATES)
    speakers = [s for _, s in got]
    # "The Hon. TOM BRANNIGAN" is a member, not an office; "you said, and I have …" is the minister's own words;
    # the commuter who wrote in is nobody the record names
    assert speakers == ["Anna Kovac", "Tom Brannigan", "Anna Kovac", "Anna Kovac", "Tom Brannigan", None]
    assert got[2][0] == "Trains will run every fifteen minutes by Christmas."


def test_a_long_time_phrase_before_the_subject():
    got = direct(
        "Ravi Menon writes from Ahmedabad.\n\n"
        "On the afternoon of May 14, Kamla Solanki was selling cucumbers from a handcart.\n\n"
        "“Who will pay the rent?” she asked me."
    )
    assert got == [("Who will pay the rent?", "Kamla Solanki")]


def test_the_person_a_question_is_put_to_is_the_he_who_answers():
    got = direct(
        "Ana Ruiz spoke first. When I put those findings to Hitesh Parmar, the deputy commissioner, he did not "
        "dispute them. “We can advise. We cannot order a contractor to stop work,” he said."
    )
    assert got == [("We can advise. We cannot order a contractor to stop work", "Hitesh Parmar")]


def test_asked_about_someone_the_he_is_still_the_subject_before():
    got = direct(
        "Lena Vos will host the summit. Asked whether President Tom Hale would attend, she said: “He is invited.”"
    )
    assert got == [("He is invited.", "Lena Vos")]


def test_an_unnamed_expert_the_writer_knows_is_nobody_named():
    got = direct(
        "Heat is a cost. A labour economist I have known for twenty years put it to me more sharply: "
        "“Every degree above 40 is a wage cut that nobody votes for.”"
    )
    assert got == [("Every degree above 40 is a wage cut that nobody votes for.", None)]


def test_the_portfolio_word_is_not_part_of_a_name_met_elsewhere():
    got = direct(
        "Live: Minister for Finance Pádraig Ó Súilleabháin delivers the budget.\n\n"
        "“Fortune is not a fiscal strategy,” Ó Súilleabháin told the Dáil."
    )
    assert got == [("Fortune is not a fiscal strategy", "Pádraig Ó Súilleabháin")]


def test_the_institute_is_the_institute_named_before():
    got = direct(
        "Last month the Institute for Urban Climate and Work published a review of 37 city plans. Of the plans "
        "it reviewed, the institute wrote, “only four contain any enforceable provision on working hours.”"
    )
    assert got == [
        ("only four contain any enforceable provision on working hours.", "Institute for Urban Climate and Work")
    ]
