"""The error classes of blind batch 14, each fixed in general and checked on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def speakers(text):
    return {(s.name, s.kind) for s in analyze_article(text).speakers}


def test_a_chair_listed_with_party_and_state_before_the_office():
    got = direct(
        "Members in attendance: Senator Rhona Keel (ALP, Victoria) (Chair); Senator Ian Dorr (LIB, Tasmania).\n\n"
        "CHAIR: I declare open this hearing.\n\nSenator DORR: Thank you, Chair."
    )
    assert got[0] == ("I declare open this hearing.", "Rhona Keel")


def test_a_passive_report_verb_is_nobody_speaking():
    got = direct(
        'The Ministry of Health said the rules would be reviewed "every month, in light of new data" and that '
        'a decision would be announced "before the end of the year."'
    )
    assert {s for _, s in got} == {"Ministry of Health"}


def test_a_one_word_organisation_described_in_apposition():
    got = direct(
        "Hidrovia, the engineering company building the dam, has blamed late deliveries.\n\n"
        '"The delays are not of our making," the company said in a statement.'
    )
    assert got == [("The delays are not of our making", "Hidrovia")]


def test_the_lead_ends_on_the_person_whose_words_follow():
    got = direct(
        "MURCIA, Spain, May 2 (Iberia Wire) - Spain will cut water to farms by a further 10 percent, the "
        "government said on Tuesday. Rosa Albacete, a lemon grower near Cieza, was among dozens of farmers "
        "who protested outside the regional offices.\n\n"
        '"We have already let a third of the trees die."'
    )
    assert got == [("We have already let a third of the trees die.", "Rosa Albacete")]


def test_a_statement_read_on_someone_s_behalf_is_theirs():
    got = direct(
        "Outside court, Detective Constable Ewan Reid read a statement on behalf of the victim's mother, "
        "Margaret Lowrie, who was too upset to speak.\n\n"
        '"Callum was kind and stubborn. We will never know who he might have become."'
    )
    assert got == [("Callum was kind and stubborn. We will never know who he might have become.", "Margaret Lowrie")]


def test_an_outlet_reporting_what_someone_told_it_and_the_paper_as_its_name():
    got = direct(
        "The daily Gazeta Sul reports that the union's deputy chairman, Emre Kaya, who is no relation to the "
        'minister, told the paper the strike could run "until the end of the month."\n\n'
        'In an editorial, the paper says the city "cannot be held hostage by either side."'
    )
    assert got == [
        ("until the end of the month.", "Emre Kaya"),
        ("cannot be held hostage by either side.", "Gazeta Sul"),
    ]


def test_said_his_son_then_his_name():
    got = direct('"My father won, as usual," said his son, Tomás Garza Leal, 55, at the graveside.')
    assert got == [("My father won, as usual", "Tomás Garza Leal")]


def test_a_caller_the_host_puts_through():
    got = direct(
        "HOST: Let us go to the phones. Wanjiru is calling us from Thika. Good morning, Wanjiru.\n\n"
        "CALLER: Good morning. The card does not work on my route.\n\nGUEST: We will look into it."
    )
    assert got[1] == ("Good morning. The card does not work on my route.", "Wanjiru")


def test_press_release_headings_and_legal_forms():
    found = speakers(
        "PRESS RELEASE\nFOR IMMEDIATE RELEASE\n\nHaverkamp Energie B.V. opens a plant in Deventer\n\n"
        "The plant was built by Haverkamp Energie B.V. (“Haverkamp”). "
        '"This is six years of work," said Anouk de Graaf, chief executive of Haverkamp Energie. '
        'The company said the process uses "a third of the energy of smelting".\n\n'
        "Media contact\nHaverkamp Energie: Pim Smit, +31 20 000 0000"
    )
    assert ("Haverkamp Energie B.V.", "organization") in found
    assert not any("RELEASE" in name for name, _ in found)


def test_a_bracketed_short_name_that_issues_a_statement():
    got = direct(
        "Members of the Tram Drivers' Union (Tram-Sen) walked out on Monday.\n\n"
        'Tram-Sen has issued a statement in English. "Our members drive this city," the statement says.'
    )
    assert got == [("Our members drive this city", "Tram Drivers' Union")]
