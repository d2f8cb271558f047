"""The error classes of blind batch 10, each on an invented snippet: presenters labelled by first name(s), and a
Speaker whose name the record gives in brackets."""

from tests.claims.ingest.conftest import direct

PHONE_IN = """Presenters: Ama Serwa Boateng, Yaw Ofori

AMA SERWA: Good morning and welcome back. The river is brown again this morning.

YAW: I was at the intake yesterday, Ama Serwa. The pumps were off.

AMA SERWA: Let's go to the phones."""


def test_presenters_labelled_by_their_first_names_are_the_presenters():
    got = direct(PHONE_IN)
    # a two-word first-name label takes the full name the programme prints
    assert [s for _, s in got[::2]] == ["Ama Serwa Boateng", "Ama Serwa Boateng"]
    # a one-word first name the programme prints before a surname is a turn, not a heading
    assert got[1][0].startswith("I was at the intake yesterday")
    assert got[1][1].startswith("Yaw")


def test_a_one_word_label_that_is_a_surname_is_not_stretched_to_a_company():
    got = direct(
        "Deb Hovell runs Hovell Haulage in Gisborne.\n\n"
        "HOST: How many trucks are stuck?\n\n"
        "HOVELL: Two are stuck on the wrong side of the slip."
    )
    assert got[-1] == ("Two are stuck on the wrong side of the slip.", "Deb Hovell")


def test_the_speaker_named_in_the_chair_line_is_the_speaker():
    got = direct(
        "[MADAM SPEAKER (Ms Farah Idris) in the Chair]\n\n"
        "Madam Speaker: Mr Lim Wei Jie.\n\n"
        "Mr Lim Wei Jie (Bedok): Thank you, Madam Speaker. The lifts broke down twice this month."
    )
    assert [s for _, s in got] == ["Farah Idris", "Lim Wei Jie"]


def test_a_notice_a_member_quotes_is_the_body_that_sent_it():
    got = direct(
        "ANNA LIM: Thank you.\n\n"
        "NURUL HUDA: Residents received a notice from Jurong-Clementi Town Council saying that the delays were "
        '"due to supply constraints on obsolete components", which suggests otherwise.'
    )
    assert got[-1] == ("due to supply constraints on obsolete components", "Jurong-Clementi Town Council")


def test_a_first_name_label_whose_speaker_introduces_herself_in_the_turn():
    got = direct(
        "[THEME MUSIC]\n\n"
        "BEA: Hello, and welcome to Money Home. I'm Bea Santos.\n\n"
        "MIGS: And I'm Migs Reyes. Bea, the app was down for nineteen hours."
    )
    assert [s for _, s in got] == ["Bea Santos", "Migs Reyes"]


def test_the_writers_byline_is_not_the_she_of_an_obituary():
    got = direct(
        "Ana Ruiz obituary\n\n"
        "Spanish cellist who played the village fiestas and the concert halls of Europe\n\n"
        "Marta Gil\nTue 27 Apr 2027 17.30 BST\n\n"
        "When Ana Ruiz Soler, who has died aged 85, first played in Madrid in 1962, a critic dismissed her as "
        "“too rustic” for the stage.\n\n"
        "“I wanted always to remember that the theatre was not made for people like me,” she told a newspaper."
    )
    assert got[-1][1] == "Ana Ruiz Soler"
