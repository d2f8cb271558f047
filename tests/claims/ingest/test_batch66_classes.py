"""The error classes of blind batches 65 and 66's leftovers and of batch 67 (fixed after its first contact), each
on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_job_with_a_capitalised_namesake_before_a_name_is_a_job():
    got = dict(
        direct(
            "A reader, Ingrid, sent us a photo with the message: “The lights went out at six.”\n\n"
            "Near the harbour, sheep farmer Tomas Lindqvist kept his pumps going with a tractor.\n\n"
            "“The animals need water whatever the grid does,” he said.\n"
        )
    )
    assert got["The animals need water whatever the grid does"] == "Tomas Lindqvist"


def test_a_place_in_a_document_before_a_colon_names_no_one():
    got = dict(
        direct(
            "CHAIRMAN: Thank you. Mr Osei, was the bridge inspected?\n\n"
            "OSEI: Our engineers, Brightline Survey Ltd, inspected it in March. Their report is with the clerk.\n\n"
            "CHAIRMAN: The board has that report. I will read the line into the record. Section four, paragraph "
            "three: “Corrosion found on two bearings. Replacement advised within six months.” Was it replaced?\n"
        )
    )
    assert got["Corrosion found on two bearings. Replacement advised within six months."] is None


def test_a_roster_line_with_abbreviated_titles_names_the_chair_and_the_witness_and_is_no_turn():
    quotes = direct(
        "Record of the Works Committee, Linz, 3 March.\n\n"
        "Chair: Councillor Mag. Renate Aigner-Holz. Members: Councillors Dr. Paul Wimmer and Eva Brandl. "
        "Witness: Ing. Stefan Leitgeb, director of Donau Hochbau GmbH.\n\n"
        "CHAIR: I open the session. Mr Leitgeb, you have five minutes.\n\n"
        "WITNESS: Thank you, Madam Chair. The costs rose because steel rose.\n\n"
        "CHAIR: Thank you. Councillor Wimmer, your question.\n"
    )
    assert quotes == [
        ("I open the session. Mr Leitgeb, you have five minutes.", "Renate Aigner-Holz"),
        ("Thank you, Madam Chair. The costs rose because steel rose.", "Stefan Leitgeb"),
        ("Thank you. Councillor Wimmer, your question.", "Renate Aigner-Holz"),
    ]
