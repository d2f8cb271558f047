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
