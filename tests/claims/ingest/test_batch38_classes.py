"""The error classes of blind batch 38 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_an_interviewer_named_in_apposition_before_spoke_to_asks_the_questions():
    got = direct(
        "Hanne Vik has run the ferry café for 30 years.\n\n"
        "Our Bergen correspondent, Ola Strand, spoke to Hanne Vik in her kitchen.\n\n"
        "Q: How has the island changed?\n\n"
        "HANNE: The young people have gone.\n\n"
        "Q: Will you sell?\n\n"
        "HANNE: Never."
    )
    assert [speaker for _, speaker in got] == ["Ola Strand", "Hanne Vik", "Ola Strand", "Hanne Vik"]


def test_an_iban_headman_title_and_patronymic_keep_the_name_whole():
    got = direct(
        "Tuai Rumah Lanyau anak Bunsu, 70, who heads a longhouse on the Rajang, gave evidence.\n\n"
        "“The company never came back,” Lanyau said."
    )
    assert got == [("The company never came back", "Lanyau anak Bunsu")]
