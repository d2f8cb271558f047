"""The error classes of blind batch 13, each fixed in general and checked on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def speakers(text):
    return {(s.name, s.kind) for s in analyze_article(text).speakers}


def test_a_lead_appositive_after_an_accented_dateline_speaks_the_quote_only_paragraph():
    got = direct(
        "ÉVORA, Portugal, June 3 (Iberia Wire) — Inês Paiva Lobo, the mayor of Évora, closed two schools on "
        "Monday after a heatwave knocked out the city's power.\n\n"
        '"We will not keep children in classrooms at 41 degrees."\n\n'
        'Paiva Lobo said the schools would reopen on Thursday. "The grid is stable again," she said.'
    )
    assert {s for _, s in got} == {"Inês Paiva Lobo"}


def test_two_people_sharing_a_surname_keep_their_own_quotes():
    got = direct(
        "Marta Quispe, the regional governor, ordered an evacuation on Friday.\n\n"
        'Quispe told reporters the river was still rising. "We move people first," she said.\n\n'
        "The mayor, Rubén Quispe, who is not related to her, said the town had warned of the risk. "
        '"We wrote three letters," the mayor said.\n\n'
        'Late on Friday, Quispe told a radio station the roads would stay shut. "Better early than late," the '
        "governor said."
    )
    assert got == [
        ("We move people first", "Marta Quispe"),
        ("We wrote three letters", "Rubén Quispe"),
        ("Better early than late", "Marta Quispe"),
    ]


def test_he_opening_a_sentence_is_the_subject_of_its_verbs():
    got = direct(
        'Tomás Ferro, the company\'s operations chief, said the dam had passed an inspection. "We will pay," '
        'Ferro said.\n\nHe described the sludge as "mostly sand and water" but acknowledged that it held arsenic.'
    )
    assert got[-1] == ("mostly sand and water", "Tomás Ferro")


def test_the_board_and_the_utility_are_the_bodies_named_before():
    got = direct(
        "The Lower Basin Water Board said in a statement that it had closed two channels. "
        '"Farmers should not draw water until further notice," the board said.'
    )
    assert got == [("Farmers should not draw water until further notice", "Lower Basin Water Board")]


def test_a_qa_interviewer_who_met_the_subject_and_a_relative_breaking_in():
    got = direct(
        "For 30 years Rina Oda has carved temple bells. Tomas Brandt met her at her foundry in Takaoka, where her "
        "brother, Kenji Oda, still keeps the books.\n\n"
        "Q: Your teacher, Goro Ueda, never signed a bell. Do you sign yours?\n\n"
        'A: No. He told me once, "A bell is finished when the town stops hearing it." I was twelve.\n\n'
        "And I kept going back.\n\n"
        "KENJI ODA (from the office): She also never once filed a receipt on time.\n\n"
        "Q: Do you have apprentices?\n\n"
        "A: Two."
    )
    assert [s for _, s in got] == ["Tomas Brandt", "Rina Oda", "Goro Ueda", "Kenji Oda", "Tomas Brandt", "Rina Oda"]
    assert got[1][0].endswith("And I kept going back.")  # an answer over two paragraphs is one quote


def test_a_name_in_family_first_order_is_the_same_person():
    assert (
        len(
            [
                s
                for s in speakers(
                    'The painter Sato Haruki died in May. "Paint for the steam," Haruki Sato once told students. '
                    '"The wall forgets," Sato Haruki said in 2019.'
                )
                if s[1] == "person"
            ]
        )
        == 1
    )


def test_post_nominals_and_plural_possessive_organisation_names():
    found = speakers(
        'Defence counsel Pieter Venter SC said his client was no monster. "He made a mistake," Venter said.\n\n'
        "The Mine Workers' Safety Forum, which monitored the trial, said in a statement that the sentence "
        '"must be read aloud in every boardroom in this country".'
    )
    assert ("Pieter Venter", "person") in found
    assert ("Mine Workers' Safety Forum", "organization") in found


def test_organisations_known_by_their_officers_shares_and_teams():
    found = speakers(
        "Federico Ruiz, chief executive of Luz Austral, said crews were on the way. Shares in Luz Austral fell. "
        '"We are sorry," Luz Austral said in a statement.\n\n'
        'The derby ended 2-2, and Estrella Sur are second. "We deserved more," Estrella Sur said on X.'
    )
    assert {("Luz Austral", "organization"), ("Estrella Sur", "organization")} <= found


def test_live_blog_headings_stations_and_unnamed_readers():
    got = direct(
        "21:10\nCompany confirms transformer fire\n\n"
        "Luz Austral said in a statement that a fire had started at 18:52. It said crews "
        'were on site, adding that "every crew has been called in".\n\n'
        '20:40\nA reader in Boedo sent us this: "Everything went off at once." Radio Plata 840 reports '
        '"dozens of people trapped in lifts".'
    )
    assert got == [
        ("every crew has been called in", "Luz Austral"),
        ("Everything went off at once.", None),
        ("dozens of people trapped in lifts", "Radio Plata 840"),
    ]


def test_a_caller_who_gives_their_name_and_a_statement_read_on_air():
    got = direct(
        "HOST: Now, the Northern Ferry Authority sent us a statement. It says, and I'm quoting directly, "
        '"Sailings will resume when it is safe." Let us go to the phones.\n\n'
        "CALLER: Morning. It's Maura Coyne here, on Tory Island. We have had no boat for a week.\n\n"
        "HOST: Has anyone called you?\n\n"
        "CALLER: Not once."
    )
    assert [s for _, s in got] == [None, "Northern Ferry Authority", "Maura Coyne", None, "Maura Coyne"]


def test_honourable_members_interjecting_are_unnamed():
    got = direct(
        "The Chair (Ms. Ada Roy): Order.\n\nMr. Len Fox (Yukon, CPC): Was that statement true?\n\n"
        "An hon. member: Answer the question!\n\nSome hon. members: Oh, oh!"
    )
    assert got[2:] == [("Answer the question!", None), ("Oh, oh!", None)]


def test_and_he_intends_and_contractions_and_nicknames():
    got = direct(
        "At 44, Marek Zieliński is the oldest rider in the league. This is his last season, and he intends to "
        'remain "a nuisance to every other rider until the last bend".\n\n'
        "Tom Hale, who raced against him for a decade, still calls him Zizi.\n\n"
        '"Zizi taught me everything," Hale said. "He\'d stand at the fence and say, \'Watch the dirt, not the '
        "riders.'\""
    )
    assert ("a nuisance to every other rider until the last bend", "Marek Zieliński") in got
    assert ("Watch the dirt, not the riders.", "Marek Zieliński") in got
