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


def test_a_name_with_a_particle_after_and_is_the_she_that_follows():
    got = direct(
        "PÓVOA DE LANHOSO, Portugal — The wire is thinner than a hair, and Maria da Conceição Magalhães does not "
        "look at it. She looks out the window.\n\n"
        '"My hands know more than my eyes do now," she says.\n'
    )
    assert dict(got)["My hands know more than my eyes do now"] == "Maria da Conceição Magalhães"


def test_an_unnamed_woman_doing_something_is_the_she_of_the_next_quote():
    got = direct(
        '"There is room for the two of us," said Rui Sampaio, who runs a shop nearby.\n\n'
        "On a weekday afternoon, a woman in a raincoat comes in to collect a pair of earrings. She would not give "
        "her name.\n\n"
        '"I bought my own pair here in 1974," she says.\n'
    )
    assert dict(got)["I bought my own pair here in 1974"] is None


def test_the_company_is_the_body_with_a_legal_form_the_release_opens_on():
    got = direct(
        "ALBERTVILLE, France, 3 May 2027 — Arvelle Mobilité SAS today opened a cable car between the village and "
        "the valley.\n\n"
        "“This one is built for commuters,” said Claire Vautrin-Delorme, chief executive of Arvelle Mobilité.\n\n"
        "The company said the line would be “carbon-neutral in operation from its very first day.”\n"
    )
    assert dict(got)["carbon-neutral in operation from its very first day."] == "Arvelle Mobilité SAS"


def test_a_text_ending_on_the_office_a_label_names_is_read_without_error():
    # the office word as the text's last characters once made the holder lookup read past the end: an IndexError
    # (a 500 on the admin's Import article page) instead of an analysis
    text = (
        "The following is a transcript of the hearing.\n\nCHAIR: This hearing will come to order.\n\n"
        "RUIZ: Thank you, Madam Chair. I have fished for thirty years.\n\nCHAIR: Thank you. Next witness.\n\n"
        "LINDAHL: I will be brief, and I thank the chair"
    )
    assert isinstance(direct(text), list)
