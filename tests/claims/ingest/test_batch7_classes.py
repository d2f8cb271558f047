"""The error classes of blind batch 7, each on an invented snippet: congressional-record labels, Q&A answers,
procedural lines, organisations' statements and letters, pronoun continuations."""

from tests.claims.ingest.conftest import direct

HEARING = """OVERSIGHT OF RURAL BROADBAND GRANTS

SUBCOMMITTEE ON COMMUNICATIONS
NORA VANCE, Oregon, Chairwoman
PETER HALE, Kansas, Ranking Member
IDA MORROW, Vermont

The subcommittee met, pursuant to notice, at 2 p.m., Hon. Nora Vance (Chairwoman of the subcommittee) presiding.

Members present: Ms. Vance, Mr. Peter Hale, Ms. Morrow.

Ms. Vance. The subcommittee will come to order. Today we look at the grant program.

Half the money has not reached a single household.

Ranking Member Hale. Thank you, Madam Chair. I share that worry.

[Laughter.]

Mr. Tobin of Nevada. Thank you. I have one question for the witness.

Chairwoman Vance. Mr. Tobin, you may proceed.

The Chairwoman. The gentleman's time has expired.

Voice. Shame!
"""


def test_congressional_record_labels_are_turns():
    quotes = direct(HEARING)
    assert quotes == [
        (
            "The subcommittee will come to order. Today we look at the grant program.\n\n"
            "Half the money has not reached a single household.",
            "Nora Vance",
        ),
        ("Thank you, Madam Chair. I share that worry.", "Peter Hale"),
        ("Thank you. I have one question for the witness.", "Tobin"),
        ("Mr. Tobin, you may proceed.", "Nora Vance"),
        ("The gentleman's time has expired.", "Nora Vance"),
        ("Shame!", None),
    ]


def test_record_label_in_capitals_takes_the_roster_chair():
    text = """SUBCOMMITTEE ON PARKS
LENA ORTIZ, Utah, Chairman
MARK BELL, Idaho

Members present: Ms. Ortiz, Mr. Mark Bell.

The CHAIRMAN. The hearing will come to order.

Mr. BELL. Thank you. The trails are closed for half the year.
"""
    assert direct(text) == [
        ("The hearing will come to order.", "Lena Ortiz"),
        ("Thank you. The trails are closed for half the year.", "Mark Bell"),
    ]


def test_prose_paragraph_opening_with_a_title_is_not_a_label():
    text = """Mr. Vance. That was the whole of the sign on the door, his widow said.

The shop closed in May. "We kept going as long as we could," she said.
"""
    assert [s for _, s in direct(text)] == [None]


QA = """THE LONG INTERVIEW

"I never wanted a baton": Mara Lind on her first season in Turku

The Swedish cellist Mara Lind, 38, becomes artistic director of the Turku Chamber Orchestra in May.
She spoke to Paul Ek in Helsinki. The conversation has been edited.

Q: Who taught you the most?

A: My first teacher in Uppsala, Jonas Berg. He used to tell us, 'Play the rest as if it were a note.' It took
me ten years to hear what he meant.

Q: And the orchestra?

A: They argue with me, and they are usually right.
"""


def test_qa_answers_are_the_interviewee_not_the_orchestra_in_the_intro():
    quotes = direct(QA)
    answers = [s for t, s in quotes if t.startswith(("My first", "They argue"))]
    assert answers == ["Mara Lind", "Mara Lind"]


def test_qa_nested_quote_is_the_person_the_answer_names():
    assert ("Play the rest as if it were a note.", "Jonas Berg") in direct(QA)


def test_procedural_line_ends_a_debate_turn():
    text = """Ann Rowe (Ely) (LD): I beg to move that this House has considered bus services in rural areas.

Dan Hill (Wells) (Con): It is a pleasure to serve under your chairship.

Ann Rowe: I thank all hon. Members who have taken part.

Question put and agreed to.

Resolved,
"""
    assert direct(text) == [
        ("I beg to move that this House has considered bus services in rural areas.", "Ann Rowe"),
        ("It is a pleasure to serve under your chairship.", "Dan Hill"),
        ("I thank all hon. Members who have taken part.", "Ann Rowe"),
    ]


def test_they_inside_a_quote_is_nobody_named():
    text = (
        "\"When I told the school I was leaving, the first thing they said to me was, 'You cannot take the pupils"
        " with you,'\" Harriet Long said in an interview.\n"
    )
    assert direct(text)[-1] == ("You cannot take the pupils with you", None)


def test_someone_a_witness_is_quoting_is_the_one_quoted():
    text = """TESTIMONY OF JO PARK, CHAIR, NATIONAL NURSING BOARD

Jo Park: Thank you. Nurses tell me, and I am quoting one of them, "I am not tired of the work, I am tired."

Ed Wu: Thank you, Ms. Park. I will end by quoting Lena Moss, "We cannot staff a ward on goodwill."
"""
    quotes = direct(text)
    assert ("I am not tired of the work, I am tired.", None) in quotes
    assert ("We cannot staff a ward on goodwill.", "Lena Moss") in quotes


def test_named_spokeswoman_is_the_spokeswoman_after_her():
    text = (
        'The state treasurer\'s office welcomed the vote. "Savers, not banks, should choose," a spokeswoman for the'
        ' office, Dana Field, said in an email. "The assembly made a clear choice, and the court agreed," the'
        " spokeswoman added.\n"
    )
    assert [s for _, s in direct(text)] == ["Dana Field", "Dana Field"]


def test_playing_position_goes_back_to_the_captain():
    text = (
        'Wales captain Owen Pryor was more direct. "That\'s on us, not the referee," the flanker said.'
        " \"We'll watch the tape, and it won't be fun.\"\n"
    )
    assert [s for _, s in direct(text)] == ["Owen Pryor", "Owen Pryor"]


def test_the_post_reads_is_whoever_posted_it():
    text = """Ferry operator Nordlink has posted an update on its website.

"All crossings are running on time this evening. Check the app before you travel," the post reads.
"""
    assert [s for _, s in direct(text)] == ["Nordlink"]


def test_an_unnamed_diplomat_does_not_speak_for_the_body_named_before_the_role():
    text = (
        'A senior NATO diplomat, speaking on condition of anonymity, said the allies were split. "Half the room'
        ' wants ships, the other half wants money," the diplomat said.\n'
    )
    assert [s for _, s in direct(text)] == [None]


def test_run_in_headings_of_a_review_are_not_record_labels():
    text = """The Verdict. A fast phone with a weak camera.

The Bottom Line. Buy it if you never take pictures.

"It is the best battery we have made," said Lena Moss, the maker's chief engineer.
"""
    assert direct(text) == [("It is the best battery we have made", "Lena Moss")]


def test_organisation_named_noun_then_adjective_makes_a_statement():
    text = (
        "The Caisse cantonale, which runs the scheme for the region, said in a written statement that it had"
        " «already found places for most of the families affected» and would help them move.\n"
    )
    assert direct(text) == [("already found places for most of the families affected", "Caisse cantonale")]


def test_a_letter_read_out_in_guillemets_is_whoever_sent_it():
    text = (
        "Rossi said the letter the Caisse cantonale sent the tenants in March had caused alarm. «The letter said"
        " “you will hear about your new flat in due course”. What does that mean?»\n"
    )
    assert direct(text) == [
        ("The letter said “you will hear about your new flat in due course”. What does that mean?", "Rossi"),
        ("you will hear about your new flat in due course", "Caisse cantonale"),
    ]
