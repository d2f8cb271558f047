"""The error classes of blind batch 95 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct

_QA = (
    "TROMSØ, Norway, Monday, March 2, 2026 — 'If the glacier goes, the valley goes with it, and I'm not saying "
    "that lightly.'\n\n"
    "The warning comes from Dr. Ingrid Solbakken, 52, a glaciologist who grew up in the valley. 'She never lets "
    "a number go unchecked,' said Per Hovland, a farmer who has worked with her since 2018.\n\n"
    "The interview with Solbakken, conducted in Tromsø by Kari Nyheim, has been edited for length.\n\n"
    "Q: You have measured this glacier since you were a student. What changed this year?\n\n"
    "A: The colour. The ice turned grey by June, which I had never seen before.\n\n"
    "Q: A tour operator, Nordlys Arctic, sent us a statement for this interview. It reads: 'Our visitors are "
    "always told the truth about the ice and its dangers.' What is your response?\n\n"
    "A: Some guides are honest and some are selling boat trips. I don't blame them.\n"
)


def test_an_intros_interview_with_names_who_answers_and_conducted_by_who_asks():
    got = direct(_QA)
    assert [s for t, s in got if t.startswith("The colour")] == ["Ingrid Solbakken"]
    assert [s for t, s in got if t.startswith("You have measured")] == ["Kari Nyheim"]


def test_a_quote_led_dateline_is_the_one_the_next_paragraph_says_it_comes_from():
    got = direct(_QA)
    assert [s for t, s in got if t.startswith("If the glacier")] == ["Ingrid Solbakken"]


def test_it_reads_after_a_body_sent_us_a_statement_is_that_bodys():
    got = direct(_QA)
    assert [s for t, s in got if t.startswith("Our visitors")] == ["Nordlys Arctic"]


def test_the_report_a_turn_says_its_own_body_published_is_that_bodys():
    got = direct(
        "In the studio were Sipho Dube of the Harbour Ferry Owners' Association and a councillor.\n\n"
        "HOST: One at a time, please. The Harbour Transport Authority sent us a statement this morning, and I will "
        'read it to our listeners: "Any fare above the approved tariff will be sanctioned." Mr Dube?\n\n'
        "DUBE: Some owners, maybe. Not my members.\n\n"
        "HOST: Is that fair?\n\n"
        'DUBE: Our association published its costs last week, and the report says clearly that "a skipper with '
        'one boat loses money on every crossing at the old fare." Anyone can read it.\n'
    )
    assert [s for t, s in got if t.startswith("Any fare")] == ["Harbour Transport Authority"]
    assert [s for t, s in got if t.startswith("a skipper")] == ["Harbour Ferry Owners' Association"]


_PRESSER = (
    "TRANSCRIPT: PRESS CONFERENCE ON THE SEARCH FOR A MISSING KAYAKER\n\n"
    "Speakers: Inspector Malia Fonoti, Water Police; Aunty Rose Tamapua, family representative. Moderated by "
    "police media officer Gareth Lyle.\n\n"
    "MODERATOR: Thanks for coming in. The Inspector will give an update, then we'll hear from the family.\n\n"
    "FONOTI: Thanks, Gareth. The search resumed at first light with two boats and a helicopter.\n\n"
    "I’ve been asked by Helen Marsh, the mother of the kayaker, Toby Marsh, to read a short statement on her "
    "behalf. She writes: ‘Toby has paddled this coast since he was twelve. Please keep looking for him.’\n\n"
    "JOURNALIST: Aunty, how is Toby’s mother holding up?\n\n"
    "TAMAPUA: She’s strong. She told me this morning, ‘My son floats like a cork, he’ll be on a beach somewhere.’\n"
    "\nJOURNALIST: Inspector, how long will the search go on?\n\n"
    "FONOTI: As long as it takes, and not a day less.\n"
)


def test_a_moderator_the_intro_says_moderated_by_is_the_moderator():
    got = direct(_PRESSER)
    assert [s for t, s in got if t.startswith("Thanks for coming")] == ["Gareth Lyle"]


def test_an_unnamed_journalists_label_is_a_turn_with_no_speaker():
    got = direct(_PRESSER)
    assert [s for t, s in got if t.startswith("Inspector, how long")] == [None]


def test_a_statement_read_for_whoever_asked_for_it_is_theirs_when_she_writes():
    got = direct(_PRESSER)
    assert [s for t, s in got if t.startswith("Toby has paddled")] == ["Helen Marsh"]


def test_she_after_a_question_about_someones_unnamed_mother_is_no_one_named():
    got = direct(_PRESSER)
    assert [s for t, s in got if t.startswith("My son floats")] == [None]


_HEARING = (
    "Members present: Hon Grace Leung (Chairman); Hon Peter Wong\n"
    "Public officer attending: Ms Amy Lau Mei-ling, Under Secretary for Housing\n\n"
    "CHAIRMAN: Good morning. I invite the Under Secretary to speak.\n\n"
    "UNDER SECRETARY: Thank you, Chairman. The shortage of flats is real, and the scheme is a bridge.\n\n"
    "PETER WONG: Chairman, in 2022 Professor Ho Ka-lok, then the Secretary, told this panel that the scheme "
    "was ‘a temporary measure for the recovery period.’ It is now 2026.\n\n"
    "UNDER SECRETARY: Yes, and it remains temporary.\n\n"
    "PETER WONG: I grew up in these estates. Everybody calls me Ah Wong. My son lived with me for a year, and "
    "at the end he told me, ‘Dad, I would rather share a room than wait ten years for a flat.’\n"
)


def test_an_under_secretary_label_is_the_one_the_roster_names_so():
    got = direct(_HEARING)
    assert [s for t, s in got if t.startswith("Thank you, Chairman. The shortage")] == ["Amy Lau Mei-ling"]


def test_then_the_secretary_in_apposition_is_not_the_subject_that_told():
    got = direct(_HEARING)
    assert [s for t, s in got if t.startswith("a temporary measure")] == ["Ho Ka-lok"]


def test_the_name_a_speaker_says_they_are_called_is_not_who_he_is():
    got = direct(_HEARING)
    assert [s for t, s in got if t.startswith("Dad, I would")] == [None]


def test_a_woman_who_gave_her_name_only_as_dona_x_is_x():
    got = direct(
        "2:10 p.m. — A woman who has farmed on the western flank for fifty years, and who gave her name only as "
        "Doña Rosario, 81, said she had seen worse.\n\n"
        "“This is a dusty day. It is not the end of the world,” she told our reporter.\n"
    )
    assert [s for _, s in got] == ["Rosario"]


def test_a_body_that_did_something_saying_in_a_bulletin_that_is_the_bodys():
    got = direct(
        "The National Seismic Observatory has raised its alert to orange, saying in a bulletin that “a longer "
        "eruptive phase cannot be ruled out at this stage.”\n"
    )
    assert [s for _, s in got] == ["National Seismic Observatory"]


def test_binte_stays_in_a_malay_name():
    got = direct(
        "Ms Lim read out a statement from a teacher, Ms Siti Rahmah binte Osman, 31, who could not attend.\n\n"
        "'I gave him our savings because he said the flat was ours,' the statement said.\n"
    )
    assert [s for _, s in got] == ["Siti Rahmah binte Osman"]


def test_the_prime_ministers_message_is_the_prime_minister_the_text_named():
    got = direct(
        "The Minister also read a message on behalf of the Prime Minister, Hon. Losa Fifita, who is overseas. "
        '"Our reefs are our first bank and our last safety net," the Prime Minister\'s message said.\n'
    )
    assert [s for _, s in got] == ["Losa Fifita"]
