"""The error classes of blind batch 60 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct

_HEARING = (
    "The committee is chaired by Inese Kalniņa. Deputies Ēriks Bērziņš and Jānis Ozols also took part.\n\n"
    "CHAIR: Colleagues, we are quorate. Mr Bērziņš, you have a question.\n\n"
    "BĒRZIŅŠ: Why has nobody proposed a buy-back?\n\n"
    "(The Chair, Ms Kalniņa, left the sitting. Deputy Chair Jānis Ozols presided.)\n\n"
    "DEPUTY CHAIR: Thank you, colleagues. We continue with the ministry.\n"
)


def test_a_plural_title_before_names_is_no_part_of_them():
    assert dict(direct(_HEARING))["Why has nobody proposed a buy-back?"] == "Ēriks Bērziņš"


def test_a_deputy_chair_label_is_the_one_the_text_made_deputy_chair():
    assert dict(direct(_HEARING))["Thank you, colleagues. We continue with the ministry."] == "Jānis Ozols"
