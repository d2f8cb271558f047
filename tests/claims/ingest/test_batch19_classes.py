"""The error classes of blind batch 19 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def test_a_phone_in_host_presented_by_and_callers_the_host_greets_by_name():
    got = direct(
        "Transcript of the morning phone-in, presented by Ruwani Perera, with studio guest Dr Anil Silva.\n\n"
        "HOST: Good morning and welcome. Our first caller is on the line.\n\n"
        "KAMAL: Good morning, Ruwani. I take the bus three days a week.\n\n"
        "DR SILVA: Thank you, Kamal. You do not need a smartphone.\n\n"
        "KAMAL: But the depot already has a long queue."
    )
    assert got == [
        ("Good morning and welcome. Our first caller is on the line.", "Ruwani Perera"),
        ("Good morning, Ruwani. I take the bus three days a week.", "Kamal"),
        ("Thank you, Kamal. You do not need a smartphone.", "Anil Silva"),
        ("But the depot already has a long queue.", "Kamal"),
    ]


def test_they_after_a_statement_from_a_body_is_the_body():
    got = direct(
        "HOST: Good morning.\n\nGUEST: Good morning.\n\n"
        "HOST: We had a statement this morning from the Island Bus Operators Union. They say, and I quote, "
        '"Our members cannot absorb a fare freeze." Strong words.'
    )
    assert ("Our members cannot absorb a fare freeze.", "Island Bus Operators Union") in got


def test_the_company_is_the_name_an_indefinite_appositive_calls_a_company():
    got = direct(
        "The mine is operated by Minera Andina Sur, a privately held company based in La Paz. The company said "
        'the dam had "given way after three weeks of exceptional rainfall."'
    )
    assert got == [("given way after three weeks of exceptional rainfall.", "Minera Andina Sur")]


def test_the_priest_after_a_crowd_is_the_priest_named_before():
    got = direct(
        "In the village of Tarapaya, Fr. Tomás Quispe opened his church to families. Volunteers cooked soup.\n\n"
        '"People left with only what they were wearing," the priest said.'
    )
    assert got == [("People left with only what they were wearing", "Tomás Quispe")]


def test_a_name_in_what_she_said_is_not_the_sentences_subject_but_is_her_he():
    got = direct(
        'Eulogia Flores, 58, said she woke to a noise. "I thought the mountain was coming down," Flores said.\n\n'
        "She said her brother, Fausto, had gone down to the river. \"He always says, 'The river is my oldest "
        "neighbour,'\" she said."
    )
    assert got == [
        ("I thought the mountain was coming down", "Eulogia Flores"),
        ("He always says, 'The river is my oldest neighbour,'", "Eulogia Flores"),
        ("The river is my oldest neighbour", "Fausto"),
    ]


def test_you_in_an_interviewers_question_is_the_interviewee():
    got = direct(
        "Ina Kalnina, 61, has conducted youth choirs for four decades.\n\n"
        "Q: When did you start?\n\nA: At nineteen.\n\n"
        'Q: In 2019 you told this newspaper that "every village deserves a tenor." Do you still believe it?'
    )
    assert ("every village deserves a tenor.", "Ina Kalnina") in got


def test_a_body_reported_that():
    got = direct(
        "Umurage Savings Bank today launched a mobile account. In its evaluation of the pilot, the bank "
        'reported that households "saved on average 2.4 times more than comparable households."'
    )
    assert got == [("saved on average 2.4 times more than comparable households.", "Umurage Savings Bank")]


def test_a_statement_written_by_someone_is_theirs_and_a_name_before_its_description_writes():
    article = analyze_article(
        "The prosecutor read a victim impact statement written by Grace Pomat, a head teacher, who was not in "
        'court. "Our children learned in a church hall for fourteen months," the statement said.\n\n'
        "The court also received a reference from Rev. Jacob Sumbuk, a Lutheran pastor, who wrote that the man had "
        '"carried the collection plate for twenty years without a coin going missing."'
    )
    got = [(q.text, q.speaker) for q in article.quotes if q.kind == "direct"]
    assert got == [
        ("Our children learned in a church hall for fourteen months", "Grace Pomat"),
        ("carried the collection plate for twenty years without a coin going missing.", "Jacob Sumbuk"),
    ]
