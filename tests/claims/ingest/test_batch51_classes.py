"""The error classes of blind batch 51 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_bare_family_name_is_not_the_relative_the_text_calls_by_her_given_name():
    got = direct(
        "Brídín Gallagher, who chairs the homeowners' association, told the crowd the caps were too low. “Every "
        "month we wait, the gap gets wider,” she said.\n\n"
        "Among the marchers was Orla Gallagher, Brídín's 19-year-old daughter.\n\n"
        "“I grew up watching my mam ring the council every Monday,” Orla said.\n\n"
        "Back on the platform, Gallagher told the crowd they would bring buses to Dublin.\n\n"
        "“We have been polite for twelve years,” she said.\n"
    )
    assert [speaker for _, speaker in got] == ["Brídín Gallagher", "Orla Gallagher", "Brídín Gallagher"]


def test_he_in_a_callers_turn_is_the_mr_the_turn_names():
    got = direct(
        "PRESENTER: My guest is Graeme Whitlow, who chairs the hospital board.\n\n"
        "WHITLOW: Thank you. Nothing has been decided about Seaforth.\n\n"
        "PRESENTER: Doug is on the line from Goderich. Doug, you've been waiting.\n\n"
        "DOUG: Thanks. Doug Vandermeer, I farm out past Dungannon. "
        "I just want to remind Mr. Whitlow of something. Last spring he said, 'As long as I chair "
        "this board, Seaforth stays open.' Those were his exact words.\n"
    )
    assert dict(got)["As long as I chair this board, Seaforth stays open."] == "Graeme Whitlow"


def test_it_said_with_no_body_in_mind_is_the_body_the_text_said_which_of():
    got = direct(
        "Rheinwerk Kembs, which operates a solvent recycling plant near the wells, was represented by its site "
        "director, Lorenz Kiefer.\n\n"
        "“We have operated within our permits every year,” he said.\n\n"
        "The company's written submission went further. “The figures rely on assumptions nobody has verified,” "
        "it said.\n"
    )
    assert dict(got)["The figures rely on assumptions nobody has verified"] == "Rheinwerk Kembs"


def test_a_family_name_that_is_also_a_title_is_a_name():
    got = direct(
        "The Kutch Weather Desk, a private forecaster, now calls the storm very severe. Its lead meteorologist, "
        "Nasreen Sheikh, says the eye is over land.\n\n"
        "“The worst of the wind is happening right now,” she said.\n"
    )
    assert got == [("The worst of the wind is happening right now", "Nasreen Sheikh")]


def test_a_given_name_written_in_one_word_or_two_is_one_person():
    got = direct(
        "Ramjibhai Solanki, who heads the fishermen's union, said the boats were all in. “We had five days of "
        "warning this time,” he said.\n\n"
        "Earlier today, Ramji Bhai Solanki told our reporter the harbour was empty. “Last time we got one day,” he "
        "said.\n"
    )
    speakers = {speaker for _, speaker in got}
    assert len(got) == 2
    assert len(speakers) == 1
    assert speakers <= {"Ramjibhai Solanki", "Ramji Bhai Solanki"}


def test_the_defendants_son_is_the_son_not_the_defendant():
    got = direct(
        "The court heard from Marco Esposito, the defendant’s 31-year-old son, who managed deliveries.\n\n"
        "The presiding judge, Anna Greco, asked him directly: “Did you ever see cow’s milk arrive, yes or no?”\n\n"
        "“Yes, sometimes, but it was for the ricotta,” the son replied.\n"
    )
    assert dict(got)["Yes, sometimes, but it was for the ricotta"] == "Marco Esposito"
