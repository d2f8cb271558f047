"""The error classes of blind batch 43 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_she_with_nobody_seen_yet_is_the_one_person_the_text_named():
    got = direct(
        "Obituary: Siobhán McAleer, the engineer who kept the lights on\n\n"
        "For thirty years the grid of the north coast was, in the words of her colleagues, her grid.\n\n"
        "“It was never a job, it was a promise to the whole coast,” she said in 2019."
    )
    assert got == [("It was never a job, it was a promise to the whole coast", "Siobhán McAleer")]


def test_tagalog_dela_is_a_name_particle():
    got = direct(
        "“We are counting the roofs,” said Governor Maria Luisa dela Peña.\n\n"
        "“The south got the eye, and the south has the damage,” dela Peña said."
    )
    assert [speaker for _, speaker in got] == ["Maria Luisa dela Peña", "Maria Luisa dela Peña"]


def test_the_reader_s_own_words_then_the_letter_she_read():
    got = direct(
        "The Vintners’ Union welcomed the nursery in a statement as “the most useful gift to growers in twenty "
        "years.”\n\n"
        "At the ceremony, Tereza Nováková, Radek Novák’s daughter, read a letter from her grandfather, Jaroslav "
        "Novák, who could not attend. “Grandfather wrote this by hand, and he asked me not to correct it,” she told "
        "guests.\n\n"
        "“In 1950 my father hid cuttings of our old Muscat in the cellar, behind the potatoes,” the letter read."
    )
    assert [speaker for _, speaker in got][1:] == ["Tereza Nováková", "Jaroslav Novák"]
