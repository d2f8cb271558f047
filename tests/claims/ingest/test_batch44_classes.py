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
