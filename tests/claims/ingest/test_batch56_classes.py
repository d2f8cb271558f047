"""The error classes of blind batch 56 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct

_HEARING = (
    "The following is an excerpt from the transcript of Tuesday's public hearing before the Committee on Marine "
    "Resources. Sen. Harold Pike of Washington County chaired the hearing. Also speaking were Rep. Colleen Thibodeau "
    "of Bar Harbor, committee clerk Annette Roy and members of the public.\n\n"
    "CHAIR: This hearing will come to order. Madam Clerk, who's first?\n\n"
    "CLERK: First on the list is Dale Haskell of Jonesport.\n\n"
    "DALE HASKELL: Thank you, Senator. I've fished elvers for thirty-one years.\n\n"
    "CHAIR: Thank you, Dale. Who is next?\n\n"
    "CLERK: Next is Peter Lindahl, representing the conservancy.\n"
)


def test_chair_is_the_one_the_introduction_says_chaired_the_hearing():
    assert dict(direct(_HEARING))["This hearing will come to order. Madam Clerk, who's first?"] == "Harold Pike"


def test_clerk_is_the_one_the_introduction_calls_committee_clerk():
    assert dict(direct(_HEARING))["Next is Peter Lindahl, representing the conservancy."] == "Annette Roy"
