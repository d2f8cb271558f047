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
