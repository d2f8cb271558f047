"""The error classes of blind batch 64's leftovers and of batch 65 (fixed after its first contact), each on an
invented snippet."""

from tests.claims.ingest.conftest import direct


def test_an_owner_quoted_by_family_name_is_not_the_firm_that_bears_it():
    got = dict(
        direct(
            "The court fined Henrik Dalberg, who owns Dalberg Bygg AB, for the collapse.\n\n"
            "At the trial Dalberg said he had checked the beams. “I told my crew, ‘Check every beam twice,’ and "
            "they did,” he said.\n\n"
            "In a statement, Dalberg Bygg AB said it “has reviewed every one of its safety routines”.\n"
        )
    )
    assert got["I told my crew, ‘Check every beam twice,’ and they did"] == "Henrik Dalberg"
    assert got["Check every beam twice"] == "Henrik Dalberg"
    assert got["has reviewed every one of its safety routines"] == "Dalberg Bygg AB"
