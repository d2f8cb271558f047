"""The error classes of blind batch 58 and the leftovers fixed before it, each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_one_line_turn_naming_people_is_speech_not_a_headline():
    got = direct(
        "The harbour committee met in Jonesport on Monday. Selectman Ruth Abbott chaired the hearing; committee "
        "clerk Annette Roy read the list of speakers.\n\n"
        "CHAIR: Good morning, everyone, and welcome to this hearing.\n\n"
        "CLERK: First on the list is Dale Haskell of Jonesport.\n\n"
        "HASKELL: Thank you. I have three things to say about the wharf.\n"
    )
    assert dict(got).get("First on the list is Dale Haskell of Jonesport.") == "Annette Roy"


def test_a_programme_title_after_a_label_is_still_not_a_turn():
    got = direct(
        "This is a transcript of the evening news bulletin, read by Hana Rēweti and Tama Parata.\n\n"
        "RĒWETI: Cyclone Rahim Makes Landfall Across Southern Bangladesh Coastline\n\n"
        "RĒWETI: The storm came ashore before dawn, and the winds are still rising tonight.\n\n"
        "PARATA: Crews say the road to the port will stay closed until Friday.\n"
    )
    texts = [t for t, _ in got]
    assert not any(t.startswith("Cyclone Rahim") for t in texts)
    assert dict(got)["Crews say the road to the port will stay closed until Friday."] == "Tama Parata"
