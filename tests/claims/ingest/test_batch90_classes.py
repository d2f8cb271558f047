"""The error classes of blind batch 90 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def test_a_grandson_named_after_his_grandfather_is_another_person():
    names = sorted(
        s.name
        for s in analyze_article(
            "Nasser bin Ahmed al-Busaidi ran the bakery until 2001.\n\n"
            '"Bread is patience and nothing else," Nasser bin Ahmed al-Busaidi told this paper in 1999.\n\n'
            "His grandson, Nasser bin Khalid al-Busaidi, 31, took over last year.\n\n"
            '"I burn less than I did," Nasser bin Khalid al-Busaidi said.\n'
        ).speakers
    )
    assert names == ["Nasser bin Ahmed al-Busaidi", "Nasser bin Khalid al-Busaidi"]


def test_bint_is_part_of_a_womans_name():
    got = direct('"The books balance, unlike the men," said Maryam bint Saif al-Habsi, who keeps the accounts.\n')
    assert got == [("The books balance, unlike the men", "Maryam bint Saif al-Habsi")]


def test_a_full_name_after_two_places_is_the_subject():
    got = direct(
        "In a shop no wider than a parked van, in the alleys behind the old mosque, Yusuf bin Ali al-Rawahi sharpens "
        "knives for the butchers.\n"
        '"A blunt knife is a lazy man\'s knife," he says.\n'
        "His son, Ali bin Yusuf al-Rawahi, 30, works beside him.\n"
        '"My father is slower now but never wrong," Ali says.\n'
    )
    assert got[0] == ("A blunt knife is a lazy man's knife", "Yusuf bin Ali al-Rawahi")


def test_a_fathers_name_said_is_no_speech_verb():
    got = direct(
        "Saif bin Said al-Amri, whose daughter marries in June, came in to collect the necklace. "
        '"My mother bought hers here too," he said.\n'
    )
    assert got == [("My mother bought hers here too", "Saif bin Said al-Amri")]


def test_asked_who_opens_a_sentence_and_asks_nothing():
    got = direct(
        "Yusuf bin Ali al-Rawahi is 67. His son Ali bin Yusuf al-Rawahi, 34, works with him.\n"
        'Saif al-Amri came to collect a knife. "My father bought his here too," he said. "I would not go anywhere."\n'
        "Asked who will take over when Ali is too old, Yusuf laughs.\n"
        '"He has a daughter, and she already steals my whetstone," he says.\n'
    )
    assert got[-1] == ("He has a daughter, and she already steals my whetstone", "Yusuf bin Ali al-Rawahi")


def test_a_nickname_in_a_text_with_a_paragraph_per_line():
    article = analyze_article(
        "Amina Yusuf keeps the books at the back.\n"
        '"Three men and not one can add," she says.\n'
        "The polishing is done by Mohammad Anisur Rahman, 27, from Sylhet. Everyone calls him Anis.\n"
        '"Silver forgives more than gold," Anis says.\n'
    )
    rahman = next(s for s in article.speakers if "Anis" in s.mentions)
    assert rahman.name == "Mohammad Anisur Rahman"


def test_a_name_with_a_fathers_name_gives_its_given_name_a_gender():
    got = direct(
        "Salim bin Nasser al-Hinai bends over the bench.\n"
        '"My hands are slower now," he says.\n'
        "His father, Nasser bin Ali al-Hinai, ran the shop until 1998. Salim still quotes him daily. "
        '"He always told me to finish the piece twice," he says.\n'
    )
    assert got[-1] == ("He always told me to finish the piece twice", "Salim bin Nasser al-Hinai")


def test_the_host_is_who_the_credits_say_presented_it():
    got = direct(
        "HARBOUR FM — MORNING LINE\n\n"
        "Presented by Lindiwe Mokoena. In studio: Thabo Dlamini, chair of the Ferry Users Forum.\n\n"
        "HOST: Good morning. The ferry fare goes up on Monday. Thabo, why now?\n\n"
        "DLAMINI: Because fuel has doubled and the boats are old.\n"
    )
    assert got[0][1] == "Lindiwe Mokoena"


def test_a_callers_name_in_a_later_turn_is_not_the_hosts():
    got = direct(
        "Presenter: Ayanda Zulu. Guest: Pieter Botha, the ferry company's director.\n"
        "HOST: Good morning, listeners. Pieter Botha is with me in the studio. Pieter, why now?\n"
        "BOTHA: Because fuel has doubled since October and the boats are old.\n"
        "HOST: Our first caller is on the line. Go ahead.\n"
        "CALLER: My name is Zodwa Mthembu and I take the ferry every day.\n"
    )
    assert got[0][1] == "Ayanda Zulu"


def test_aunty_is_no_part_of_a_name():
    got = direct(
        '"The fare is too high for pensioners," said Aunty Priya, who has sold vegetables at the rank for years.\n'
    )
    assert [s for _, s in got] == ["Priya"]


def test_a_listeners_message_the_host_reads_is_the_listeners():
    got = direct(
        "Presenter: Ayanda Zulu.\n\n"
        "HOST: The SMS line is full. Here's one from Nandi in Pinetown: “The boats are late every single morning, "
        "and nobody tells us why.” Pieter?\n"
    )
    assert got[-1] == ("The boats are late every single morning, and nobody tells us why.", "Nandi")


def test_the_chair_a_roster_gives_in_lower_case_brackets():
    got = direct(
        "Present: Ludmila Petrovna Sokolova (committee chair); deputies Oleg Titov and Irina Guseva; Pavel Orlov, "
        "director of City Heat.\n\n"
        "CHAIR: Colleagues, good afternoon. We are here because City Heat proposes to close the boiler house.\n\n"
        "ORLOV: Thank you. The boiler house is forty years old and costs more to run than it earns.\n\n"
        "CHAIR: Thank you. Residents now, three minutes each.\n"
    )
    assert [s for _, s in got] == ["Ludmila Petrovna Sokolova", "Pavel Orlov", "Ludmila Petrovna Sokolova"]


def test_professor_kim_is_the_professor_not_mr_kim():
    got = direct(
        "Kim Min-jun, chief executive of Hanbit Metals, said the plant would employ 40 people.\n\n"
        '"We will hire locally first," Mr Kim said.\n\n'
        "The late Professor Lee Sang-ho first proposed the process in 2009.\n\n"
        "The line was assessed by Professor Kim Soo-ah of Daedeok University, who is not related to Mr Kim.\n\n"
        '"The energy use is a third of a smelter, which I did not expect," said Professor Kim.\n'
    )
    assert got[-1] == ("The energy use is a third of a smelter, which I did not expect", "Kim Soo-ah")
