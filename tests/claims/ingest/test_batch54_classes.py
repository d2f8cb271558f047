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


def test_a_given_name_tells_he_from_she_when_the_text_gives_no_pronoun():
    got = direct(
        "Rodrigo Salas Ibarra, 58, is charged over the spill.\n\n"
        "The prosecutor, Patricia Salas Ortiz — no relation to the defendant — then showed him an email.\n\n"
        "“Those are your words, are they not?” Salas Ortiz asked.\n\n"
        "“They are my words, yes,” he said.\n\n"
        "The prosecutor was unmoved. “A manager who signs what he does not believe is no victim,” she said.\n"
    )
    assert dict(got)["They are my words, yes"] == "Rodrigo Salas Ibarra"
    assert dict(got)["A manager who signs what he does not believe is no victim"] == "Patricia Salas Ortiz"


def test_a_fuller_name_is_the_one_quoted_by_its_family_names_not_the_father_with_that_given_name():
    got = direct(
        "Francisco Molina Ortega, 68, and his son, Francisco Javier Molina Cuesta, 41, deny fraud.\n\n"
        "“Forty harvests and never a complaint,” Molina Ortega said.\n\n"
        "“I made spreadsheets, not oil,” Molina Cuesta said.\n"
    )
    assert dict(got)["I made spreadsheets, not oil"] == "Francisco Javier Molina Cuesta"


def test_what_i_told_someone_then_a_colon_is_the_speakers_own_words():
    got = direct(
        "Callers included Abel Sillett, a town councillor in Nain.\n\n"
        "HOST: Abel Sillett is on the line from Nain.\n\n"
        'SILLETT: Then I will tell the people of Nain what I told council last night: "plan like the boat is not '
        'coming." I do not say that lightly.\n\n'
        "HOST: Thank you.\n"
    )
    assert dict(got)["plan like the boat is not coming."] == "Abel Sillett"


def test_a_letter_the_company_sent_is_the_company_the_introduction_named():
    got = direct(
        "Host Shelley Rumbolt was joined by Travis Oldford, operations manager at Tern Coastal Marine, which holds "
        "the winter freight contract.\n\n"
        "HOST: Doreen Pardy is calling from Rigolet. Go ahead, Doreen.\n\n"
        'DOREEN: Thanks. Last fall the company sent every household a letter promising "weekly freight service to '
        'every community all winter long" and here we are with nothing.\n\n'
        "HOST: Thank you.\n"
    )
    assert dict(got)["weekly freight service to every community all winter long"] == "Tern Coastal Marine"


def test_a_name_with_a_particle_after_a_long_opening_phrase_is_the_she_that_follows():
    got = direct(
        "By Tomás Llerena, Semanario Sillar\n\n"
        "AREQUIPA, Peru — From the window of her office near the Plaza de Armas, Lucía del Solar can see the cone of "
        "El Misti. She has studied it for years, and she describes it as “a neighbour that the city forgot to "
        "respect.”\n"
    )
    assert dict(got)["a neighbour that the city forgot to respect."] == "Lucía del Solar"


def test_told_me_then_an_aside_between_commas_before_a_nested_quote():
    got = direct(
        "Q: The deputy mayor, Renato Ccallo, said last month that “relocation is not on the table for now.” What "
        "did you make of that?\n\n"
        "A: I understand the politics.\n\n"
        "Q: You trained under Aurelio Chávez. What did he teach you?\n\n"
        "A: Patience. He used to tell us, “The volcano is patient.” He also told me, on my very first day in the "
        "field, “If you are bored, you are not looking closely enough.”\n"
    )
    assert dict(got)["If you are bored, you are not looking closely enough."] == "Aurelio Chávez"


def test_the_company_is_the_body_described_by_what_it_does_not_a_person_described_so():
    got = direct(
        "By the Aegean Courier live team\n\n"
        "“I have rebuilt eleven of these houses,” said Martin Friel, a contractor from Lindos.\n\n"
        "Aegean Sunways, a tour operator with about 2,000 guests on the island, has cancelled its departures. In a "
        'statement, the company said it was "working around the clock to bring every guest home safely."\n'
    )
    assert dict(got)["working around the clock to bring every guest home safely."] == "Aegean Sunways"
