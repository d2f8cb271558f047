"""The error classes of blind batch 44 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_balinese_name_keeps_the_i_it_opens_with():
    got = direct(
        "In Kintamani, farmer I Wayan Suparta, 47, watched the ash fall on his orange trees. “We covered what we "
        "could,” Suparta said."
    )
    assert got == [("We covered what we could", "I Wayan Suparta")]


def test_a_name_ending_in_air_is_an_airline_and_the_airline_refers_to_it():
    got = direct(
        "Garuda Air, the island-hopping carrier that flies most routes out of Denpasar, has extended its suspension."
        "\n\n“The safety of our passengers is not negotiable,” the airline said in a statement."
    )
    assert got == [("The safety of our passengers is not negotiable", "Garuda Air")]


def test_another_message_from_someone_is_theirs():
    got = direct(
        "Our correspondent Dewi Lestari sent this from the hall: “The rumbling has eased over the last hour.”\n\n"
        "Another message from Dewi in the evacuation hall, a school near Rendang: “About 300 people, lots of "
        "grandmothers, lots of babies.”"
    )
    assert [speaker for _, speaker in got] == ["Dewi Lestari", "Dewi Lestari"]


def test_a_quote_inside_a_quote_from_someone_named_in_full_before_by_one_name():
    got = direct(
        "The court found Álvaro de la Riva, 63, guilty. Marta Ruiz, whose husband, Manuel Alonso, died in the pit, "
        "was in court.\n\n"
        "“When Mr de la Riva told this court, ‘I never put coal before a man's life,’ I believe he believed it,” "
        "Judge Inés Prado said.\n\n"
        "“Manuel phoned me that morning and said, ‘If the gas reads high again, I'm not going down,’” Ruiz said."
    )
    inner = {text: speaker for text, speaker in got}
    assert inner["I never put coal before a man's life"] == "Álvaro de la Riva"
    assert inner["If the gas reads high again, I'm not going down"] == "Manuel Alonso"


def test_he_in_an_answer_is_the_one_person_the_question_named():
    got = direct(
        "ZIJLSTRA: Welcome, Anke.\n\n"
        "DE BOER: Thank you for having me.\n\n"
        "ZIJLSTRA: And what would you say to Sjoerd Hiemstra, if he were still here?\n\n"
        "DE BOER: That he was right. He always said, “The ice never comes to you; you go to the ice.” That is "
        "still true."
    )
    assert ("The ice never comes to you; you go to the ice.", "Sjoerd Hiemstra") in got


def test_she_in_an_answer_is_not_the_man_the_question_named():
    got = direct(
        "Q: Welcome.\n\n"
        "A: Thank you.\n\n"
        "Q: The MP Jan Novak says your pupils are guessing. What do you say to him?\n\n"
        "A: I asked a girl what she was working on, and she told me, “I can already do long division, but I still "
        "mix up the remainders.”"
    )
    assert ("I can already do long division, but I still mix up the remainders.", None) in got


def test_a_misspelt_family_name_is_the_person_named_in_full_and_keeps_his_gender():
    got = direct(
        "Ottavia Brunacci has hunted truffles for forty years. “You must listen,” she says.\n\n"
        "Lorenzo Pambianco runs the trattoria. “I buy everything she finds,” he says. Pambianchi says the price is "
        "fair.\n\n"
        "On the drive down, three truffles on her lap, Brunacci watches the oaks go past.\n\n"
        "“When I can no longer walk up here, I want the dog to go with someone who listens,” she says."
    )
    assert [speaker for _, speaker in got] == ["Ottavia Brunacci", "Lorenzo Pambianco", "Ottavia Brunacci"]
