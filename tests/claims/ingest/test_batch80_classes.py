"""The error classes of blind batch 80 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_one_word_label_the_host_calls_on_air_is_a_caller():
    # "Kunjumon?" (the host calling the caller by the name the label gives) makes "KUNJUMON:" a speaker's label
    got = direct(
        "HOST: Good morning and welcome back. I’m Shafeena Kareem, and this morning we have one question only.\n\n"
        "RAJEEVAN: Good morning, Shafeena. My answer is simple: the old people cannot come in.\n\n"
        "HOST: Thank you, Rajeevan. Our next caller sells timber — Kunjumon to everyone at the yards. Kunjumon?\n\n"
        "KUNJUMON: Shafeena, I am seventy years old and I have walked that street since I was a boy.\n\n"
        "HOST: You’re the very first caller today to say yes!\n"
    )
    assert ("Shafeena, I am seventy years old and I have walked that street since I was a boy.", "Kunjumon") in got


def test_a_statement_read_by_someone_brings_the_reader_in():
    got = direct(
        "Judge Ana Petrosyan sentenced the director to seven years. “This money was not abstract,” the judge said.\n\n"
        "The court also heard a statement from Levon Arakelyan, who died in February. It was read by his "
        "granddaughter, Mariam Arakelyan.\n\n"
        "“My grandfather wrote this in December, when he was already very sick,” she told the court.\n"
    )
    assert got[-1] == ("My grandfather wrote this in December, when he was already very sick", "Mariam Arakelyan")


def test_the_younger_of_two_is_the_one_an_apposition_makes_a_child():
    got = direct(
        "“Today we stopped waiting,” said Chief Obiora Eze, chairman of the cooperative.\n\n"
        "The grid was built under the cooperative's managing director, Engr. Nneka Eze, the chairman's daughter, who "
        "returned home in 2022.\n\n"
        "“The tariff is the part that matters most,” the younger Eze added.\n"
    )
    assert [s for _, s in got] == ["Obiora Eze", "Nneka Eze"]


def test_igbo_honorifics_are_no_part_of_the_name():
    got = direct(
        "“Our students used to revise under street lights,” said the principal, Ezinne Chioma Okafor.\n\n"
        "“We will study the model closely,” said Barrister Emeka Obi, the commissioner.\n"
    )
    assert [s for _, s in got] == ["Chioma Okafor", "Emeka Obi"]


def test_the_titled_persons_message_is_theirs():
    got = direct(
        "The Udi Solar Cooperative today switched on a mini-grid.\n\n"
        'The state Commissioner for Power, Chinedu Okeke, said the government would "study the model closely."\n\n'
        '"This is what energy security looks like at the level of the street," the commissioner\'s message said.\n'
    )
    assert [s for _, s in got] == ["Chinedu Okeke", "Chinedu Okeke"]
