"""Common wire phrasings the engine missed, found by probing it between blind batches, each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_title_then_its_holder_in_apposition_after_an_inverted_verb_speaks():
    got = direct(
        "“We have no plans to close it,” said the mayor, Ilse Brandt.\n\n"
        "“The budget is set,” said the Secretary of State for Scotland, Ian Murray, on Monday."
    )
    assert [speaker for _, speaker in got] == ["Ilse Brandt", "Ian Murray"]


def test_a_short_given_name_after_a_portfolio_is_not_a_particle():
    got = direct(
        "Secretary of State for Wales Jo Stevens said the money was ready. “We have signed it,” she said.\n\n"
        "Minister for Arts Sinéad Ní Bhriain said: “The theatre reopens in May.”"
    )
    assert [speaker for _, speaker in got] == ["Jo Stevens", "Sinéad Ní Bhriain"]


def test_a_capitalised_role_title_with_its_body_is_followed_by_its_holder():
    got = direct("Chief Executive of the Port Authority Dan Ruiz said: “Cargo fell by a third.”")
    assert got == [("Cargo fell by a third.", "Dan Ruiz")]


def test_a_short_quote_then_a_role_its_holder_and_told_is_the_holders():
    got = direct(
        "Acme reported results on Monday. “Prices will fall,” the company’s chief financial officer, Mara Lind, "
        "told analysts."
    )
    assert got == [("Prices will fall", "Mara Lind")]


def test_a_role_for_someone_then_its_holder_after_an_inverted_verb_speaks():
    got = direct("“We will appeal,” said a lawyer for the family, Rosa Diaz.")
    assert got == [("We will appeal", "Rosa Diaz")]


def test_a_short_quote_then_a_name_its_appositive_and_the_verb_is_a_quote():
    got = direct("“We’re ready,” Ruiz, the team’s captain, said. Coach Ivo Petrov agreed: “They are.”")
    assert got == [("We’re ready", "Ruiz"), ("They are.", "Ivo Petrov")]


def test_a_short_sentence_after_a_named_credit_line_is_a_quote():
    got = direct("11:42 — Crews are still at the scene.\n\n11:50 — Station manager Gail Frost: “Nobody is inside.”")
    assert got == [("Nobody is inside.", "Gail Frost")]


def test_a_family_name_after_two_people_named_together_is_one_of_them():
    got = direct("Ana Kim and Bo Lee spoke after the match. “We deserved it,” said Kim. “We did not,” said Lee.")
    assert got == [("We deserved it", "Ana Kim"), ("We did not", "Bo Lee")]


def test_a_bare_family_name_is_the_person_named_with_it_not_a_relative_who_borrowed_it():
    got = direct(
        "“The water was up to my knees,” recalled Maria Santos, 71. Her daughter, Lucia, 45, said: “Mum refused to "
        "leave.” “I was born in this house,” Santos said."
    )
    assert [speaker for _, speaker in got] == ["Maria Santos", "Lucia Santos", "Maria Santos"]


def test_a_live_blog_time_in_brackets_is_not_part_of_the_credit_line():
    got = direct(
        '[10:02] Brian Lowe: "We have it under control now."\n\n'
        '[10:15] Lowe added that two crews remain. "No injuries so far," he said.'
    )
    assert [speaker for _, speaker in got] == ["Brian Lowe", "Brian Lowe"]


def test_a_common_word_before_from_and_a_name_is_no_name():
    got = direct('Update from Brian Lowe, the fire chief: "We have it under control now."')
    assert got == [("We have it under control now.", "Brian Lowe")]
