"""The error classes of blind batch 91 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_kyrgyz_patronymic_is_part_of_the_name():
    got = direct(
        '"Nobody goes back up the valley tonight," said Nurlan Almazbek uulu, who runs the district rescue team.\n\n'
        "Cholpon Asanbek kyzy, a nurse at the clinic, said families had arrived with nothing.\n\n"
        '"They left their medicines on the kitchen table," Asanbek kyzy said.\n'
    )
    assert [s for _, s in got] == ["Nurlan Almazbek uulu", "Cholpon Asanbek kyzy"]


def test_a_label_in_capitals_is_the_name_printed_with_a_dotless_i():
    got = direct(
        "Transcript lightly edited. Presenter: Aynur Həsənova. Studio guest: Rauf Elçin oğlu Qılıcov, bus director.\n"
        "HOST: Good morning. The buses were late again all week. Rauf müəllim, why?\n"
        "QILICOV: Thank you. Half of our drivers are off sick, and the new ones start in May.\n"
        "HOST: Our first caller is Sevda from Kəpəz. Sevda, you're on.\n"
        "SEVDA: Good morning. I waited forty minutes at the stop on Monday, with two children.\n"
        "QILICOV: Sevda xanım, I am sorry. That is not good enough and I know it.\n"
    )
    guest = [s for t, s in got if t.startswith(("Thank you. Half", "Sevda xanım"))]
    assert len(guest) == 2
    assert all(s and s.endswith("Qılıcov") for s in guest)


def test_dona_and_the_name_a_maria_do_goes_by():
    from claims.ingest.analyze import analyze_article

    article = analyze_article(
        "Maria da Conceição Barbosa, his eldest daughter, keeps the books from a plastic table under the roof.\n\n"
        "‘He had a small heart attack in March and he was back at the yard on the Monday,’ says Dona Conceição.\n"
    )
    assert [s.name for s in article.speakers] == ["Maria da Conceição Barbosa"]


def test_a_full_name_takes_no_gender_from_a_namesakes_bare_family_name():
    got = direct(
        "4:40 p.m.\n"
        "Deputy mayor Wong Mei-ling has just finished a briefing. 'Please stay off the roads tonight,' she said.\n"
        "Wong said two shelters had opened. 'Nobody should sleep in a wet tent tonight,' she added.\n"
        "3:50 p.m.\n"
        "From our inbox. Marisol, who lives in Kitsilano, sent this: 'The storm drain outside has become a fountain.'\n"
        "3:20 p.m.\n"
        "In Chinatown, Derek Wong, no relation to the deputy mayor, runs a bakery his father opened in 1988. "
        "'I got here at five and the water was already at the door,' he told our reporter.\n"
    )
    assert got[-1] == ("I got here at five and the water was already at the door", "Derek Wong")


def test_the_family_name_alone_is_the_namesake_named_first():
    got = direct(
        "The judge told Radjkoemar Soekhoe, 51, that he had sold land he did not own.\n\n"
        '"I\'m not asking anybody to forgive me," Soekhoe said.\n\n'
        'Outside, his wife, Priya Soekhoe, said the family would pay. "We will sell the house," she said.\n'
    )
    assert [s for _, s in got] == ["Radjkoemar Soekhoe", "Priya Soekhoe"]


def test_a_double_surname_quoted_first_does_not_take_the_father_s_family_name():
    got = direct(
        "Nepomuceno Ibarra, a masked wrestler, died on Sunday. His daughter, Guadalupe Ibarra Sandoval, said he had "
        'been ill.\n\n"He kept the posters over his bed," Ms Ibarra Sandoval said.\n\n'
        "Nepomuceno Ibarra once called the ring “the only church I ever really trusted.”\n\n"
        "In a 1998 interview, Ibarra described his mask as “a promise to the children that the hero is there.”\n"
    )
    assert [s for _, s in got] == ["Guadalupe Ibarra Sandoval", "Nepomuceno Ibarra", "Nepomuceno Ibarra"]


def test_a_family_name_first_is_the_namesake_named_first():
    got = direct(
        "Deputy mayor Chan Siu-ling has just finished a briefing, and her message was blunt: 'If you don't have to "
        "be on the road tonight, please don't be.'\n\nChan said two warming centres had opened. 'Nobody should be "
        "sleeping in a wet tent tonight,' she added.\n\nIn Chinatown, Derek Chan, no relation, runs a bakery. 'The "
        "water was already at the door,' he said.\n"
    )
    assert [s for _, s in got] == ["Chan Siu-ling", "Chan Siu-ling", "Derek Chan"]


def test_a_definite_description_the_next_paragraph_names():
    got = direct(
        'The mayor, Ana Ruiz, said the city was ready. "We have pumps on every corner," Ruiz said.\n\n'
        "\"This one's parked right over us and it isn't moving,\" said the duty forecaster at the Coast Mountain "
        'Forecast Centre.\n\nThe forecaster, Park Jae-won, said the rain should ease. "By midnight the worst should '
        'be over," Park said.\n'
    )
    assert [s for _, s in got] == ["Ana Ruiz", "Park Jae-won", "Park Jae-won"]


def test_he_inside_a_quote_is_not_the_son_who_speaks_named_by_his_given_name():
    got = direct(
        "Tolqin Ergashev, the potter, died on 3 April. He was 86.\n\n"
        "His son, Bahodir Ergashev, who now runs the workshop, said his father never let the family name excuse a "
        "bad pot.\n\n"
        "\"We grew up covered in clay. He used to tell us, 'The kiln does not care who your father is.' He meant it,\""
        " Bahodir said.\n"
    )
    assert [s for _, s in got] == ["Bahodir Ergashev", "Tolqin Ergashev"]


def test_batono_is_a_georgian_honorific_said_with_the_given_name():
    got = direct(
        "Zurab Jghenti, who manages the building, was called first.\n\n"
        "“There was no warning from anyone about that building,” Batono Zurab told the committee.\n"
    )
    assert [s for _, s in got] == ["Zurab Jghenti"]
