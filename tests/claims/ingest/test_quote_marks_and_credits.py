"""Other languages' quotation marks, attributions set apart from their quote, and the descriptions and documents
that name a speaker (invented examples)."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def test_guillemets_and_low_opening_marks():
    text = (
        "LYON (AFP) - The mayor, Claire Roux, defended the tram plan on Monday.\n\n"
        "«We will not delay it again», Roux told reporters. «The city has waited long enough.»\n\n"
        "Engineer Hans Weber disagreed. „The tunnel is not ready“, he said."
    )
    got = direct(text)
    assert got == [
        ("We will not delay it again", "Claire Roux"),
        ("The city has waited long enough.", "Claire Roux"),
        ("The tunnel is not ready", "Hans Weber"),
    ]
    a = analyze_article(text)
    assert all(q.text == text[q.start : q.end] for q in a.quotes)  # offsets into the article as printed
    # German and Danish print guillemets the other way round
    assert ("It needs another year", "Hans Weber") in direct("Hans Weber was blunt. »It needs another year«, he said.")


def test_an_attribution_on_the_line_or_paragraph_below_the_quote():
    text = (
        "The council voted on Tuesday to close the library.\n\n"
        "“We cannot keep every building open when the roof is falling in,”\nsaid Tom Hale, the council leader.\n\n"
        "“This is the saddest day of my career.”\n— Ana Ruiz, the mayor\n\n"
        "“Libraries are where children learn to read.”\n\n"
        "said Maria Lopez, a parent who organised the protest."
    )
    assert [s for _, s in direct(text)] == ["Tom Hale", "Ana Ruiz", "Maria Lopez"]


def test_a_shared_title_and_a_playing_position_are_not_names():
    text = (
        "“At first we thought the samples were wrong,” said Co-author Lena Vos.\n\n"
        "Kofi Mensah, who scored twice, dedicated the win to his father.\n\n"
        "“He drove six hours to be here,” the Ghanaian forward said."
    )
    assert [s for _, s in direct(text)] == ["Lena Vos", "Kofi Mensah"]


def test_a_subordinate_clause_before_the_subject():
    text = (
        "Ola Berg, the home coach, praised his players.\n\n"
        "Asked about the red card, when striker Jon Dahl was sent off, the coach shrugged.\n\n"
        "“I did not see it,” he said."
    )
    assert direct(text) == [("I did not see it", "Ola Berg")]


def test_a_document_speaks_for_whoever_issued_it():
    text = (
        "HOST: Welcome back.\n\n"
        "GUEST: Thanks. There is a report from the National Grain Board, I have it here, which says prices could "
        "rise “by a third before the harvest is in.” That worries me."
    )
    got = direct(text)
    assert ("by a third before the harvest is in.", "National Grain Board") in got


def test_the_publisher_goes_back_to_the_publishing_house():
    text = (
        "Her publisher, Lantern Editions, said the letters would go to the national archive. "
        "“They belong to everyone now,” the publisher said."
    )
    assert direct(text) == [("They belong to everyone now", "Lantern Editions")]


def test_a_statement_read_out_by_someone_else_is_its_authors():
    text = (
        "The prosecutor, Ms Jane Park, opened the case.\n\n"
        "In a statement read to the court by Ms Park, Tom Reed, whose mother lost her savings, said: "
        "‘She trusted them with everything.’\n\n"
        "‘I will not forget it,’ he wrote."
    )
    assert [s for _, s in direct(text)] == ["Tom Reed", "Tom Reed"]


def test_a_lead_judge_named_lower_down():
    text = (
        "A landlord was jailed on Monday, with a judge telling him he had treated tenants as "
        "‘numbers on a spreadsheet’.\n\n"
        "Tom Hale, 60, was convicted in May of six counts of fraud.\n\n"
        "Sentencing him, Judge Ana Ruiz said: ‘You took their money and their peace of mind.’"
    )
    assert [s for _, s in direct(text)] == ["Ana Ruiz", "Ana Ruiz"]


def test_the_deputy_mayor_is_not_the_mayor():
    text = (
        "The mayor, Ana Ruiz, toured the flooded streets. “We have seen worse,” the mayor said.\n\n"
        "Her deputy, Tom Hale, was more cautious. “Nobody should drive there yet,” he said.\n\n"
        "“It will take weeks,” the deputy mayor added."
    )
    assert [s for _, s in direct(text)] == ["Ana Ruiz", "Tom Hale", "Tom Hale"]


def test_you_as_the_object_of_a_nested_quote_is_not_its_speaker():
    text = (
        "Rosa Lind, the composer, died on Sunday. The conductor Ivo Marsh remembered her at rehearsals.\n\n"
        "“She would hand you the score and say, ‘Play it as if nobody is listening,’” Marsh said."
    )
    inner = next(s for t, s in direct(text) if t.startswith("Play it"))
    assert inner == "Rosa Lind"  # "she" says it; "you" is who she hands the score to


def test_a_spokesperson_for_a_titled_person_speaks_for_that_person():
    text = (
        "In an email, a spokesperson for Treasury Secretary John Park said the bill would “protect ordinary savers "
        "from fraud.”\n\nPark told CNN on Wednesday: “The senator has not read the bill.”"
    )
    a = analyze_article(text)
    assert [q.speaker for q in a.quotes if q.kind == "direct"] == ["John Park", "John Park"]
    assert next(s for s in a.speakers if s.name == "John Park").kind == "person"


def test_a_court_examination_in_q_and_a():
    text = (
        "The fraud trial of Mark Ellis continued on Thursday with testimony from the bank's former auditor, "
        "Priya Shah.\n\n"
        "Under questioning by prosecutor Dan Cole, Shah described the accounts.\n\n"
        "Q. Ms. Shah, when did you first see the transfers?\n\n"
        "A. In March 2024. I flagged them the same week.\n\n"
        "Defence lawyer Rita Moss later pressed Shah on her notes. “You never wrote any of this down, did you?” "
        "Moss asked."
    )
    assert [s for _, s in direct(text)] == ["Dan Cole", "Priya Shah", "Rita Moss"]  # "her notes" is no cue


def test_a_subordinate_clause_opening_the_lead():
    text = (
        "When the river rose in March last year, Aisha Khan was the first to call the fire brigade.\n\n"
        "The 34-year-old nurse had seen floods before. “You learn to watch the bridge,” she said."
    )
    assert direct(text) == [("You learn to watch the bridge", "Aisha Khan")]


def test_a_press_release_headline_and_wire_dateline():
    text = (
        "Acme Robotics Raises $40 Million to Build Warehouse Robots\n\n"
        "SAN FRANCISCO, March 3, 2027 /PRNewswire/ -- Acme Robotics, a maker of warehouse robots, today announced "
        "a $40 million funding round.\n\n"
        "The company said it would hire 120 engineers this year."
    )
    a = analyze_article(text)
    assert [q.speaker for q in a.quotes if q.kind == "paraphrase"] == ["Acme Robotics"]
    assert [s.name for s in a.speakers] == ["Acme Robotics"]  # not "Acme Robotics Raises" from the headline


def test_a_body_that_calls_something_and_an_office_that_speaks_for_its_owner():
    text = (
        "Health minister Ana Ruiz said on Tuesday she would not reopen pay talks.\n\n"
        "The Doctors' Union, which represents 40,000 medics, called the offer “an insult to every junior doctor "
        "in the country.”\n\n"
        "Ruiz's office said in a statement that talks “remain open to anyone who accepts the framework.”"
    )
    assert [s for _, s in direct(text)] == ["Doctors' Union", "Ana Ruiz"]
