"""The error classes of blind batch 89 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_the_host_is_the_presenter_named_with_a_particle():
    got = direct(
        "Transcript: Havnar Radio, Monday 9 February 2026. Presenter Sigrid við Garð; studio guest Jógvan á Lakjuni, "
        "managing director of the ferry company.\n\n"
        "HOST: Good morning. Why now?\n\n"
        "LAKJUNI: Because fuel has gone up, and crew costs have gone up.\n\n"
        "HOST: First caller is Jógvan Joensen in Tvøroyri. Good morning.\n\n"
        "JOENSEN: Good morning. The fare is too high for families.\n"
    )
    assert [s for _, s in got][0] == "Sigrid við Garð"
