"""Speaker-label transcripts: broadcast, parliamentary and interview turns (invented examples)."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct

BROADCAST = """WKLT EVENING NEWS — TRANSCRIPT
Segment: Cedar River Flood

TOM BARRETT (Anchor): Good evening. The Cedar River crested this afternoon at 24 feet. Our Lucy Hammond is in Millbrook.

LUCY HAMMOND (Reporter): Tom, the sandbag wall here held, but only just. Deputies went door to door all morning.

SHERIFF DALE OKAFOR, MILLBROOK COUNTY: We moved 300 people out before noon. Nobody was hurt.

UNIDENTIFIED FEMALE: The water came up so fast. We left everything.

BARRETT: Lucy, when can people go home?

HAMMOND: Not before Friday, Tom. The levee has to be inspected first.

ANCHOR: Thank you, Lucy. We will be back after the break."""


def test_broadcast_turns_are_quotes_by_the_label_person():
    got = direct(BROADCAST)
    assert [s for _, s in got] == [
        "Tom Barrett",
        "Lucy Hammond",
        "Dale Okafor",
        None,
        "Tom Barrett",
        "Lucy Hammond",
        "Tom Barrett",  # "ANCHOR:" is the person an earlier label named as the anchor
    ]
    assert got[0][0].startswith("Good evening.")
    assert got[2][0].startswith("We moved 300 people")


def test_broadcast_labels_map_to_full_names_and_headings_are_not_turns():
    a = analyze_article(BROADCAST)
    tom = next(s for s in a.speakers if s.name == "Tom Barrett")
    assert {"Barrett", "Tom Barrett"} <= set(tom.mentions)
    assert tom.kind == "person"
    lucy = next(s for s in a.speakers if s.name == "Lucy Hammond")
    assert "Lucy" in lucy.mentions  # "Thank you, Lucy." names her
    assert not any("Cedar River Flood" in q.text for q in a.quotes)


HANSARD = """House of Commons
Hospital Waiting Lists

3. Mr Owen Griffiths (Eastmoor) (Lab): What steps she is taking to reduce hospital waiting lists.

The Secretary of State for Health (Ms Priya Natarajan): Waiting lists have fallen for six months. We opened 12 hubs.

Mr Griffiths: I thank the Secretary of State, but my constituents still wait 40 weeks for a hip operation.

The Secretary of State for Health: The hon. Gentleman is right to press me. Eastmoor will get a hub next year.

Hon. Members: Hear, hear!

Madam Deputy Speaker: Order. We must move on."""


def test_parliamentary_labels_name_the_member_not_the_constituency_or_office():
    got = direct(HANSARD)
    assert [s for _, s in got] == [
        "Owen Griffiths",
        "Priya Natarajan",
        "Owen Griffiths",
        "Priya Natarajan",  # the office's later label is the person its first label named
        None,  # "Hon. Members:"
        "Madam Deputy Speaker",
    ]
    assert got[0][0].startswith("What steps she is taking")


def test_quotes_inside_a_turn_go_to_whoever_the_turn_cites():
    text = (
        "Ms Jane Orr (Westfield) (Con): The chief executive of the trust, Paul Meyer, told the committee in May: "
        "“We will clear the backlog by Christmas.” Will the Minister hold him to that?\n\n"
        "Mr Speaker: I call the Minister.\n\n"
        "The Minister for Care (Mr Ravi Shah): I will, and I have written to him this week."
    )
    got = direct(text)
    assert ("We will clear the backlog by Christmas.", "Paul Meyer") in got
    assert [s for t, s in got if t != "We will clear the backlog by Christmas."] == [
        "Jane Orr",
        "Mr Speaker",
        "Ravi Shah",
    ]


def test_interview_questions_belong_to_the_bylined_interviewer():
    text = (
        "‘We will not sell the club’: a conversation with Marta Lindqvist\n\n"
        "Interview by Joel Fischer\n\n"
        "Marta Lindqvist has chaired the club since 2019. She spoke to us at the stadium.\n\n"
        "Q: Are you selling the club?\n\n"
        "A: No. We have had three offers this year, and we turned them all down.\n\n"
        "Q: Why?\n\n"
        "A: Because none of the buyers wanted to keep the women's team."
    )
    got = direct(text)
    assert got == [
        ("We will not sell the club", "Marta Lindqvist"),
        ("Are you selling the club?", "Joel Fischer"),
        ("No. We have had three offers this year, and we turned them all down.", "Marta Lindqvist"),
        ("Why?", "Joel Fischer"),
        ("Because none of the buyers wanted to keep the women's team.", "Marta Lindqvist"),
    ]


def test_colon_lines_that_are_not_speech_are_not_turns():
    text = (
        "Road Works: Northern Bypass\n\n"
        "The council said the bypass would close for three weeks from Monday.\n\n"
        "Media contact:\nAnna Reed, Head of Press\n+44 20 5550 0100\n\n"
        "UPDATE: The closure has been delayed by a week."
    )
    a = analyze_article(text)
    assert [q for q in a.quotes if q.kind == "direct"] == []


HEARING = """SUBCOMMITTEE ON WATER SAFETY

HEARING: "SAFE TAPS? LEAD PIPES IN AMERICAN SCHOOLS"

The subcommittee met at 10 a.m., Senator Ana Lindqvist, chair of the subcommittee, presiding.

MEMBERS PRESENT: Sen. Ana Lindqvist (D-Minn.), Chair; Sen. Paul Greer (R-Ohio).

THE CHAIR: The subcommittee will come to order. Thank you all for coming.

Two years ago, one school in five had never tested its water. Today it is one in ten.

[The witness was sworn.]

SEN. GREER: Thank you, Madam Chair. I share the concern.

Transcript: SEN. GREER on the schools bill; closing remarks. Broadcast Sunday

MR. OLSEN: We tested 4,000 fountains, and we have replaced 900 of them. We also added filters --

Separately, Greer told reporters that the bill would pass."""


def test_office_labels_take_their_holder_and_turns_run_on_over_unlabelled_paragraphs():
    got = direct(HEARING)
    assert [s for _, s in got] == ["Ana Lindqvist", "Paul Greer", "Olsen"]
    # the heading and the members list are not turns; the run-on paragraph is the chair's, in the same quote
    # (one turn, one quote); a cut-off turn ("--") is still a turn; prose with a speech verb ends the run
    assert got[0][0].startswith("The subcommittee will come to order")
    assert got[0][0].endswith("one in ten.")
    assert got[2][0].endswith("filters --")


def test_a_headline_after_a_programme_name_is_not_a_turn():
    text = (
        "KBC NEWSROOM: Cyclone Ida Makes Landfall Across Three Northern Coastal Provinces. Aired May 1\n\n"
        "ANA RUIZ, KBC ANCHOR: Good morning. I'm Ana Ruiz.\n\n"
        "RUIZ: We begin with the storm."
    )
    got = analyze_article(text)
    assert [q.speaker for q in got.quotes if q.kind == "direct"] == ["Ana Ruiz", "Ana Ruiz"]
    assert [s.mentions for s in got.speakers if s.name == "Ana Ruiz"][0].count("I'm Ana Ruiz") == 0


def test_q_dot_a_dot_interviews_and_the_byline():
    text = (
        "Interview: Chef Marta Ruiz on closing her restaurant\n\nBy Paul Grant\n\n"
        "Marta Ruiz ran El Faro in Valencia for 22 years. We spoke to her the week it closed.\n\n"
        "Q. Why close now?\n\nA. The rent tripled in three years. I could not make it work.\n\n"
        "Q - Do you regret anything?\n\nA - Only that I did not buy the building."
    )
    got = analyze_article(text)
    assert [q.speaker for q in got.quotes if q.kind == "direct"] == ["Paul Grant", "Marta Ruiz"] * 2
    assert {s.name for s in got.speakers} == {"Paul Grant", "Marta Ruiz"}


def test_markdown_labels_record_style_labels_and_earlier_labels_as_evidence():
    interview = (
        "Economist Priya Natarajan on the housing crunch\n\n"
        "**Interviewer:** Why are rents rising so fast?\n\n"
        "**Natarajan:** Because we stopped building.\n\n"
        "**Interviewer:** Is rent control the answer?\n\n"
        "**Natarajan:** It helps sitting tenants."
    )
    assert [s for _, s in direct(interview)] == [None, "Priya Natarajan", None, "Priya Natarajan"]
    record = (
        "Chairman CRAPO. The committee will come to order.\n\n"
        "Senator WYDEN. Thank you, Mr. Chairman. Tariffs are a tax.\n\n"
        "Chairman CRAPO. Thank you, Senator."
    )
    assert [s for _, s in direct(record)] == ["Crapo", "Wyden", "Crapo"]
    broadcast = (
        "Anchor Lisa Chen: Good morning. Flooding has closed the M5.\n\n"
        "Sam Hughes (reporter): Lisa, the water is still rising.\n\n"
        "Chen: Thank you."
    )
    assert [s for _, s in direct(broadcast)] == ["Lisa Chen", "Sam Hughes", "Lisa Chen"]


def test_the_interviewee_is_the_person_the_intro_names_most_not_the_last_one_quoted():
    text = (
        "Park Hye-rin's novel won the prize. Park said she was surprised. Park, 44, lives in Seoul.\n\n"
        'Her translator, Ellen Marsh, said the dialect was hard. "Every page had a word I kept," Marsh said.\n\n'
        "Q: Why salt farms?\n\nA: Because my grandmother worked there.\n\nQ: What next?\n\nA: A lighthouse."
    )
    assert [s for _, s in direct(text)] == ["Ellen Marsh", "Park Hye-rin", "Park Hye-rin"]


def test_white_house_transcripts_office_label_bare_q_and_end_line():
    text = (
        "Remarks by President Joe Biden on the Economy\n\n"
        "THE PRESIDENT: Thank you. Today the unemployment rate fell to 3.4 percent.\n\n"
        "We have created 12 million jobs.\n\n"
        "Q Mr. President, will you sign the bill?\n\n"
        "THE PRESIDENT: I will sign it the moment it reaches my desk.\n\n"
        "END 2:31 P.M. EDT"
    )
    got = direct(text)
    assert [s for _, s in got] == ["Joe Biden"] * 2
    # the run-on paragraph is the same turn, so the same quote
    assert [t for t, _ in got][0].endswith("We have created 12 million jobs.")


def test_a_part_label_takes_the_person_the_programme_gives_that_part():
    text = (
        "Podcast transcript: The Housing Hour\n\n"
        "Host: Welcome back. My guest today is the economist Dana Ortiz.\n\n"
        "Guest: Thanks for having me. Rents rose 9 percent last year.\n\n"
        "Host: Is that a record?\n\nGuest: It is the biggest jump since 1982."
    )
    assert [s for _, s in direct(text)] == [None, "Dana Ortiz", None, "Dana Ortiz"]


def test_an_answer_label_naming_its_speaker_holds_for_the_answers_after_it():
    text = (
        "19:02 - Post-match press conference\n\n"
        "Question: Was that your best performance of the season?\n\n"
        "Answer (Luis Enrique): Maybe. We controlled the game from the first minute.\n\n"
        "Question: What about the injury?\n\nAnswer: It is nothing serious."
    )
    assert [s for _, s in direct(text)] == ["Luis Enrique", "Luis Enrique"]


def test_an_editors_note_after_the_last_answer_does_not_carry_on_the_turn():
    text = (
        "Marta Ruiz ran El Faro for 22 years.\n\nQ: Why close?\n\nA: The rent tripled.\n\n"
        "This interview has been edited for length and clarity.\n\nAdditional reporting by Jan Ruiz."
    )
    assert [t for t, _ in direct(text)] == ["The rent tripled."]


def test_a_paragraph_naming_the_speaker_or_a_copyright_line_is_not_their_turn():
    text = (
        "VIKRAM KAPOOR: We grounded the fleet.\n\nMIRIAM OKAFOR: Thank you, Vikram.\n\n"
        "Okafor's programme airs nightly at nine.\n\nCopyright 2026 GNN. All rights reserved."
    )
    assert [s for _, s in direct(text)] == ["Vikram Kapoor", "Miriam Okafor"]


def test_hansard_question_numbers_and_a_chair_named_in_the_members_list():
    text = (
        "Members present: Dame Ann Fox (Chair); Tom Reed.\n\n"
        "Q 1 Chair: Good morning. Will the target be met?\n\n"
        "Professor Sir Ian Bell: Not on the current trajectory, no.\n\n"
        "Q2 Tom Reed: Why has prescribing risen?\n\n"
        "Professor Bell: Pressure on appointments."
    )
    assert [s for _, s in direct(text)] == ["Ann Fox", "Ian Bell", "Tom Reed", "Ian Bell"]


def test_an_intro_saying_who_the_subject_spoke_with_names_the_interviewer():
    text = (
        "Marta Ruiz founded El Faro in 2004. Ruiz spoke with Tech Ledger's Jan Okafor-Whyte in London.\n\n"
        "Q: Why close now?\n\nA: The rent tripled."
    )
    assert [s for _, s in direct(text)] == ["Jan Okafor-Whyte", "Marta Ruiz"]


def test_a_quote_inside_a_turn_is_not_a_repeat_of_the_turn():
    text = (
        "Ann Fox: What are you seeing on the wards?\n\n"
        'Ian Bell: We see infections. One patient asked me, "So you are telling me the medicine has stopped?"\n\n'
        "Ann Fox: Thank you."
    )
    assert [s for _, s in direct(text)] == ["Ann Fox", "Ian Bell", None, "Ann Fox"]


def test_an_anchor_who_introduces_herself_and_a_misspelt_surname_label():
    text = (
        "ANCHOR: Good evening, I'm Claire Beaumont. The river is low tonight.\n\n"
        "Joining me is Ines Kowalczyk, an economist.\n\n"
        "KOWALCZYK: It is structural.\n\nBEAUMONT: And the cost?\n\nKOWALCZIK: Several tenths of a point."
    )
    speakers = [s for _, s in direct(text)]
    # "Joining me is …" runs on in the anchor's turn, in the same quote
    assert speakers == ["Claire Beaumont", "Ines Kowalczyk", "Claire Beaumont", "Ines Kowalczyk"]


def test_an_earnings_call_operator_is_an_unnamed_voice():
    text = (
        "Operator: Good day, and welcome to the call. I will now hand over to Sarah Lin.\n\n"
        "Sarah Lin: Thank you, operator. Revenue rose 14%.\n\n"
        "Operator: Our first question comes from Tom Baker.\n\n"
        "Tom Baker: Can you talk about Europe?"
    )
    assert [s for _, s in direct(text)] == [None, "Sarah Lin", None, "Tom Baker"]
