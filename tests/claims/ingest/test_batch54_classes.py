"""The error classes of blind batch 54 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_name_printed_in_another_script_is_the_person_named_in_latin():
    got = direct(
        'Sayana Orlova is in her greenhouse by six. "The tomatoes do not wait," she says.\n\n'
        "On the jars her name appears in Cyrillic, Саяна Орлова, above a drawing of a tomato.\n\n"
        '"I sell everything I grow," Orlova says.\n'
    )
    assert dict(got)["I sell everything I grow"] == "Sayana Orlova"


def test_a_relative_named_after_and_is_the_he_of_the_next_quote():
    got = direct(
        'Sayana Orlova keeps 200 hives. "I ask the bees first," she says.\n\n'
        "When she came home in 2009, the apiary had shrunk, and her uncle Yermen Orlov was the only one tending it.\n\n"
        '"I told her to stay in the city," he recalls.\n'
    )
    assert dict(got)["I told her to stay in the city"] == "Yermen Orlov"
