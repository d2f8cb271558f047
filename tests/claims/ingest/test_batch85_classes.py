"""The error classes of blind batch 85 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_the_host_is_the_presenter_the_intro_titles_before_the_name():
    got = direct(
        "The following is an edited transcript of The Morning Line on Harbour FM. Presenter Maeve Ní Dhonnchadha was "
        "joined in studio by Councillor Tomás Ó Cuív to discuss the new bus lanes.\n\n"
        "HOST: Good morning. Councillor, why now?\n\n"
        "Ó CUÍV: Because the buses are stuck behind cars that never move.\n\n"
        "HOST: Our first caller is on line one. Go ahead.\n"
    )
    assert [s for _, s in got] == ["Maeve Ní Dhonnchadha", "Tomás Ó Cuív", "Maeve Ní Dhonnchadha"]


def test_a_caller_who_will_not_give_a_name_after_two_short_questions_is_nobody():
    got = direct(
        "The following is a transcript of Talk of the Town on Atlantic Talk 97.\n\n"
        "HOST: Our first caller is Maurice Kenny. Maurice, you're on the air.\n\n"
        "CALLER: Morning. The meters are a disgrace and everyone on the prom knows it.\n\n"
        "HOST: Thanks, Maurice. Someone else holding now.\n\n"
        "CALLER: Hello? Am I on? I don't want to give my name, because I work in City Hall, but the money goes "
        "into the general pot.\n"
    )
    assert [s for _, s in got][1:] == ["Maurice Kenny", None, None]


def test_a_nickname_the_text_gives_joins_its_person_with_its_short_form():
    text = (
        "At about nine o’clock most nights, Bualuang Sriwongsa wipes her hands and begins to sing.\n\n"
        "‘People think I retired in 1998,’ she says.\n\n"
        "Everyone at the market calls her Mae Bua, and has done for as long as anyone can remember.\n\n"
        "‘I wrote the song in one evening,’ Bua says.\n\n"
        "That daughter is Pranee Sriwongsa, 44, known to everyone by her nickname, ‘Nok’, which means bird.\n\n"
        "‘She loves it,’ Nok says.\n"
    )
    assert [s for _, s in direct(text)] == ["Bualuang Sriwongsa", "Bualuang Sriwongsa", "Pranee Sriwongsa"]


def test_the_malagasy_honorific_ramatoa_is_a_title():
    got = direct(
        "At the Bazary Be market, Ramatoa Voahangy, who has sold grilled fish for 19 years, said her takings had "
        "fallen.\n\n"
        '"When the cranes stop, my grill stops," Voahangy said.\n'
    )
    assert [s for _, s in got] == ["Voahangy"]


def test_an_unnamed_person_placed_some_stalls_away_is_nobody():
    got = direct(
        "Wirat Kongkaew, who owns the beer stall next door, says business doubles on the nights she sings.\n\n"
        "‘I should pay her a commission,’ Wirat says.\n\n"
        "A younger vendor two rows over, who asked not to be named, complains that the crowd blocks his customers. "
        "‘It’s lovely music, I agree,’ he says.\n"
    )
    assert [s for _, s in got] == ["Wirat Kongkaew", None]
