"""The error classes of blind batch 77 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_headline_tag_is_no_speaker():
    got = direct(
        "LIVE: Port strike enters second day as queues grow\n\n"
        "18:40\n\nThe port authority has issued a statement. It says cargo handling “will resume within 48 "
        "hours”.\n"
    )
    assert got[0][1] != "LIVE"


def test_a_ministry_named_in_full_opening_a_sentence_is_the_it_after_it():
    got = direct(
        "The Ministry of Hydrocarbons and Energy has issued a statement. It says supply “will be normalised within "
        "72 hours” and calls on the blockaders to “allow the free movement of tankers”.\n"
    )
    assert [s for _, s in got] == ["Ministry of Hydrocarbons and Energy"] * 2


def test_a_malaysian_indian_patronymic_keeps_the_given_name():
    # "a/p" (daughter of) and "a/l" (son of) join the father's name: "Muniandy" is her father, she is Kavitha
    got = direct(
        "“The catch has fallen every year,” said Puan Kavitha a/p Muniandy, who leads the group.\n\n"
        "Kavitha said younger women were leaving. “Now I have an answer for them,” she said.\n\n"
        "“We will help,” said Encik Rajan a/l Subramaniam, the district officer.\n"
    )
    assert [s for _, s in got] == ["Kavitha a/p Muniandy", "Kavitha a/p Muniandy", "Rajan a/l Subramaniam"]


def test_a_press_releases_about_blocks_are_no_turns():
    got = direct(
        "GEORGE TOWN, 4 March 2026 — The state government today launched a replanting programme.\n\n"
        "“We will plant 40,000 seedlings this year,” said the chief minister's adviser, Lim Wei Ming.\n\n"
        "About Hutan Kita: The programme is jointly governed by the state government and the university.\n\n"
        "About USM: Universiti Sains Malaysia, founded in 1969, is a leading research university.\n"
    )
    assert got == [("We will plant 40,000 seedlings this year", "Lim Wei Ming")]


def test_a_newest_first_live_blog_names_people_below_their_later_entries():
    # entries run newest first: "Mamani" and "Rojas" are named in full only in the older entries below
    got = direct(
        "LIVE: Miners block the highway for a second day\n\n"
        "16:20\n\nMamani has just spoken again from a truck. “We will stay until the decree is gone,” he told "
        "the crowd.\n\n"
        "12:05\n\nOur reporter Elena Rojas is at the toll booth. Rojas reports the queue is four kilometres long. "
        "“Some drivers have slept here two nights,” she says.\n\n"
        "09:30\n\nThe strike leader, Wilfredo Mamani Cruz, told reporters the miners would not move. “Not one "
        "metre,” he said.\n"
    )
    assert [s for _, s in got] == ["Wilfredo Mamani Cruz", "Elena Rojas", "Wilfredo Mamani Cruz"]


def test_a_named_possessors_daughter_after_her_name_is_his_child():
    # "Amina Ali Warsame, Hirsi's daughter," makes him her father: "He used to say" in her quote is his
    got = dict(
        direct(
            "“We have nothing to sell,” said Ali Warsame Hirsi, a livestock trader.\n\n"
            "“My father lost everything in the long closure,” said Amina Ali Warsame, Hirsi's daughter, who keeps "
            "the accounts. “He used to say, ‘A camel can cross every desert, but not a closed border.’ I understand "
            "him now.”\n"
        )
    )
    assert got["A camel can cross every desert, but not a closed border."] == "Ali Warsame Hirsi"


def test_a_weekday_given_name_and_a_title_printed_in_full():
    # "Sunday Nwosu" is a man's name (a weekday name, common in Nigeria), not "Nwosu" said on a Sunday
    got = direct(
        "The trial of Chief Emeka Nwosu, the former chairman of the traders' association, opened on Monday.\n\n"
        "The second witness, Sunday Nwosu, a night guard who told the court he was no relation of the defendant, "
        "said he had "
        "been on duty.\n\n"
        "“The chairman's boys collected the key from me,” he said.\n\n"
        "Outside the court, Chief Nwosu said he was innocent. “I never touched that key,” Chief Nwosu said.\n"
    )
    assert [s for _, s in got] == ["Sunday Nwosu", "Emeka Nwosu"]


def test_a_title_and_family_name_is_the_one_printed_in_full_with_that_title():
    # "Chief Nwosu" is the one printed "Chief Emeka Nwosu", not the guard Sunday Nwosu named since
    got = direct(
        "Chief Emeka Nwosu, the chairman of the traders' association, opened the meeting.\n\n"
        "The market's night guard, Sunday Nwosu, said he had been on duty. “I kept the key,” he said.\n\n"
        "“I never touched that key,” Chief Nwosu said.\n"
    )
    assert [s for _, s in got] == ["Sunday Nwosu", "Emeka Nwosu"]


def test_a_one_word_name_the_narration_set_in_apposition_speaks_inside_a_quote():
    got = dict(
        direct(
            "She ran towards the entrance with her husband's younger sister, Adaora, who kept a shop nearby.\n\n"
            "‘The smoke was black as tar. Adaora shouted, “Run, I am behind you.” That was the last thing she said "
            "to me,’ Mrs Eze said.\n"
        )
    )
    assert got["Run, I am behind you."] == "Adaora"
