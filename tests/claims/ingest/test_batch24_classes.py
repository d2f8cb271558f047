"""The error classes of blind batch 24 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def test_the_interviewee_is_the_one_the_intro_opens_on_not_the_critic_named_most():
    article = analyze_article(
        "By Ana Soler\n\n"
        "Lucía Ferrer Mas has spent ten years building a tidal plant. Her critics are loud. Pedro Ortiz Vidal, who "
        "leads the fishermen's guild, calls it “a wall across the bay that nobody asked for.”\n\n"
        "Q: Pedro Ortiz says the plant will empty the bay of fish. Is he right?\n\n"
        "A: Pedro is right that the bay has fewer fish. He is wrong about why.\n\n"
        "Q: Pedro Ortiz told a radio station that it was “a plant for the tourists.” Your answer?\n\n"
        "A: Pedro has never been inside it."
    )
    answers = [q.speaker for q in article.quotes if q.text.startswith(("Pedro is right", "Pedro has never"))]
    assert answers == ["Lucía Ferrer Mas", "Lucía Ferrer Mas"]
    assert {"Pedro Ortiz", "Pedro Ortiz Vidal"} <= set(
        next(s.mentions for s in article.speakers if s.name == "Pedro Ortiz Vidal")
    )


def test_a_document_read_out_in_a_broadcast_turn_is_its_issuers():
    got = direct(
        "ANCHOR: Good evening.\n\n"
        "KIM SO-RA, CORRESPONDENT: The Ulsan Port Authority sent a text alert at noon. It read, “Move every vessel "
        "under ten tonnes inland tonight.” Nobody here is arguing.\n\n"
        "ANCHOR: The National Fisheries Agency also issued a statement. It reads, in part: “Licences will be "
        "suspended for any crew that sails before the all-clear.” Thank you, So-ra. I’m Han Ji-woo."
    )
    assert ("Move every vessel under ten tonnes inland tonight.", "Ulsan Port Authority") in got
    assert (
        "Licences will be suspended for any crew that sails before the all-clear.",
        "National Fisheries Agency",
    ) in got


def test_a_family_name_that_is_also_a_title_and_its_report_read_out():
    got = direct(
        "Members present:\nSenator Amina Rauf (Chairperson)\n\nIn attendance:\n"
        "Engr. Tariq Mahmood Sheikh, Chief Engineer, Sindh Canal Board\n\n"
        "CHAIRPERSON: Engineer sahib, please begin.\n\n"
        "ENGR. TARIQ MAHMOOD SHEIKH: Thank you, Madam Chair. The canal was built for a smaller flood.\n\n"
        "CHAIRPERSON: The National Water Audit Office inspected it last year. I have its report here. It says, and "
        'I quote, "the lining is cracked along four kilometres and needs repair before the monsoon." Was it done?\n\n'
        "ENGR. SHEIKH: Partially, madam."
    )
    assert ("Thank you, Madam Chair. The canal was built for a smaller flood.", "Tariq Mahmood Sheikh") in got
    assert ("Partially, madam.", "Tariq Mahmood Sheikh") in got
    assert (
        "the lining is cracked along four kilometres and needs repair before the monsoon.",
        "National Water Audit Office",
    ) in got


def test_a_statement_read_on_behalf_of_a_body_and_a_founder_named_inside_a_quote():
    got = direct(
        "The report was launched in Sion.\n\n"
        "\"When our founder, the late Margrit Zuber, began the survey, she told the first walkers, 'Count the snow, "
        "not the skiers.' That is still our rule,\" said Anna Rey, the director.\n\n"
        "Dr. Rey read a statement on behalf of the Conference of Valley Communes, which speaks for 90 villages: "
        '"We cannot plan without the data." The statement added that "small villages carry the largest risks."'
    )
    assert ("Count the snow, not the skiers.", "Margrit Zuber") in got
    assert ("We cannot plan without the data.", "Conference of Valley Communes") in got
    assert ("small villages carry the largest risks.", "Conference of Valley Communes") in got


def test_live_blog_headings_a_nickname_monk_titles_and_a_name_given_only_as():
    article = analyze_article(
        "LIVE: Floods in Lampang\n\n"
        "18:40\n"
        "Governor says the river has peaked\n"
        "Lampang Governor Somchai Boonrat (สมชาย บุญรัตน์) told reporters the river had “peaked at four metres and "
        "is falling slowly.”\n\n"
        "17:30\n"
        "From our reporter\n"
        "Our correspondent Siriporn Kaewta, who goes by her nickname Nok, is out with a boat crew.\n"
        "Nok adds: “Volunteers are shouting house numbers and people shout back.”\n\n"
        "16:45\n"
        "Temple opens its doors\n"
        "Phra Maha Anan Thitawangso, the abbot, has opened the hall. “The temple has rice,” he said.\n\n"
        "16:00\n"
        "Stranded visitors\n"
        "A tourist from Porto, who gave her name only as Inês, said the guesthouse owners had fed everyone. "
        "“They would not take any money.”"
    )
    got = [(q.text, q.speaker) for q in article.quotes if q.kind == "direct"]
    assert got == [
        ("peaked at four metres and is falling slowly.", "Somchai Boonrat"),
        ("Volunteers are shouting house numbers and people shout back.", "Siriporn Kaewta"),
        ("The temple has rice", "Anan Thitawangso"),
        ("They would not take any money.", "Inês"),
    ]
    assert "Nok" in next(s.mentions for s in article.speakers if s.name == "Siriporn Kaewta")


def test_a_witness_the_court_heard_from_is_the_next_she():
    got = direct(
        "Judge Amélie Roux, who presides, asked about the labels.\n\n"
        "The court heard from Claire Vidal-Morin, an expert appointed by the court, who tested 90 bottles. "
        "“None of them held what the label said,” she said."
    )
    assert got == [("None of them held what the label said", "Claire Vidal-Morin")]


def test_a_feature_byline_a_time_opening_a_job_before_a_name_and_her_centres_report():
    got = direct(
        "THE RIVER THAT LEFT\n\n"
        "By Elena Ríos | Coclé, Panama | 3 May 2026\n\n"
        "Every evening after the rain, Rosa Quintana de Díaz walks to the bank.\n\n"
        '"My father fished here," she said.\n\n'
        "In Colón, shipping agent Marta Lee-Castro has clients who count the delays. "
        '"A ship at anchor costs them a fortune."\n\n'
        "Paula Moreno, a hydrologist at the Institute for Isthmus Rivers, is worried. Her institute's 2025 study "
        'put it plainly, warning that "the dry seasons will keep getting longer."\n\n'
        'He still remembers what the captain who trained him said on his first trip: "Respect the river."'
    )
    assert got == [
        ("My father fished here", "Rosa Quintana de Díaz"),
        ("A ship at anchor costs them a fortune.", "Marta Lee-Castro"),
        ("the dry seasons will keep getting longer.", "Institute for Isthmus Rivers"),
        ("Respect the river.", None),
    ]


def test_the_man_from_the_authority_is_nobody_and_i_said_to_is_the_speaker():
    got = direct(
        "\"The man from the ministry told me, 'Your people always adapt,'\" Okello said.\n\n"
        "Doña Rosa has not signed. \"I said to the man from the council, 'Write down that I refused.' Let them read "
        'it," she said.'
    )
    assert ("Your people always adapt", None) in got
    assert ("Write down that I refused.", "Rosa") in got
