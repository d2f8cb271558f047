"""The error classes of blind batch 52 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def test_a_name_on_each_side_of_a_quote_is_not_one_name():
    article = analyze_article(
        "Henrik Dam has run Dams Røgeri since 1979.\n\n"
        'By the till hangs a cutting from the weekly Østersø-Posten, which in 2019 called Dams Røgeri "the last '
        'honest chimney on the coast." Dam waves at it. "They exaggerate," he says.\n'
    )
    forms = [form for speaker in article.speakers for form in speaker.mentions]
    assert not any("Røgeri Dam" in form for form in forms)


def test_a_bare_family_name_shared_by_two_is_the_one_the_article_named_first():
    article = analyze_article(
        'SVANEKE - Henrik Dam kneels in front of the first of three hearths and strikes a match. "It is about '
        'the fire," Henrik Dam says.\n\n'
        'Dam is 71. He has run the smokehouse since 1979. "People think smoking herring is about the fish," he '
        "says.\n\n"
        'His daughter, Mette Dam, 44, came back three years ago. "I swore I would never come back," Mette Dam '
        'says. "Then my father had a fall."\n\n'
        '"I still know more about the fire than he does," Mette Dam says with a laugh.\n\n'
        'Dam, overhearing, shrugs. "She is better with the customers than I ever was," he says.\n'
    )
    quotes = {q.text[:20]: q.speaker for q in article.quotes if q.kind == "direct"}
    assert quotes["She is better with t"] == "Henrik Dam"
    assert quotes["People think smoking"] == "Henrik Dam"


def test_a_firm_named_with_a_word_left_out_is_the_same_firm():
    article = analyze_article(
        "PIETRASANTA, Italy — Fonderia Artistica Bertelli, the family-run bronze foundry, today announced a "
        'programme to restore outdoor bronzes. Fonderia Bertelli said the programme would "give a second life to '
        'monuments that most people walk past."\n\n'
        '"Every piazza has a bronze that is turning green," said Chiara Bertelli, chief executive of Fonderia '
        "Artistica Bertelli.\n"
    )
    firms = [s for s in article.speakers if "Fonderia" in s.name]
    assert len(firms) == 1
    assert firms[0].kind == "organization"


def test_a_person_introduced_after_is_then_says_it():
    got = direct(
        'Henrik Dam has smoked herring in Svaneke since 1979. "It is about the fire," Henrik Dam says.\n\n'
        "Part of that new generation is Jonas Ipsen, 23, from Rønne, who started as an apprentice in the "
        'spring. "My friends work on the wind farms," he says.\n'
    )
    assert got[-1] == ("My friends work on the wind farms", "Jonas Ipsen")


def test_he_in_an_answer_is_the_father_named_in_it_who_shares_the_labels_family_name():
    got = direct(
        "GANGTOK — Dechen Lhamu Bhutia runs the largest cardamom cooperative in Dzongu. “This is the worst "
        "year we have had,” Dechen Lhamu Bhutia said. She spoke to Anjali Mehra.\n\n"
        "MEHRA: Your father grew cardamom here as well, I understand.\n\n"
        "BHUTIA: For forty years. Karma Bhutia, everybody in Lingdong knew him. When the first yellow leaves "
        "came he said to me, “Dechen, this is not the weather, this is something walking through the hills.” "
        "He was right.\n\n"
        "MEHRA: And now?\n\n"
        "BHUTIA: Now we test every plant.\n"
    )
    assert dict(got)["Dechen, this is not the weather, this is something walking through the hills."] == (
        "Karma Bhutia"
    )


def test_a_statement_read_out_in_a_turn_is_the_body_asked_not_the_place_it_works_in():
    got = direct(
        "Open Line with Gerry Penney, VOCM.\n\n"
        "PENNEY: Good morning. With me is Wade Critch of the harvesters' committee.\n\n"
        "CRITCH: Thanks, Gerry. The survey is wrong.\n\n"
        "PENNEY: Now, we asked Harbourview Seafoods, which runs the plant in Port Union, to come on this "
        "morning. They declined, but they sent a statement, and I'll read it as written: \"Harbourview "
        'Seafoods supports a precautionary approach to the resource." Wade, your reaction?\n\n'
        "CRITCH: It says nothing.\n"
    )
    assert dict(got)["Harbourview Seafoods supports a precautionary approach to the resource."] == (
        "Harbourview Seafoods"
    )


def test_a_lead_quoting_the_head_of_a_body_is_the_person_the_next_paragraph_opens_on():
    got = direct(
        'GRAZ, Austria - Beetle damage has reached "a scale none of us has seen in our working lives," the '
        "head of a regional forest owners' association told state lawmakers on Wednesday.\n\n"
        "Anton Gruber, chairman of the Murtal Forest Owners' Association, told the committee that a million "
        "cubic metres of timber had been damaged.\n\n"
        '"We are cutting as fast as we can," Gruber said.\n'
    )
    assert got[0] == ("a scale none of us has seen in our working lives", "Anton Gruber")


def test_a_lead_quoting_one_organiser_is_the_person_the_next_paragraph_opens_on():
    got = direct(
        "LETTERKENNY, Ireland — Thousands marched on Saturday, with one organiser warning that families were "
        "being asked to “rebuild their lives on a half-price promise.”\n\n"
        "Bríd Doherty, who chairs the Inishowen homeowners' group, told the crowd the caps were too low.\n\n"
        "“Every month we wait, the gap gets wider,” she said.\n"
    )
    assert got[0] == ("rebuild their lives on a half-price promise.", "Bríd Doherty")


def test_the_company_is_the_operator_not_the_ship_it_runs():
    got = direct(
        "KIRKWALL — The MV Skerry Maid, run under contract by Kirkwall-based Brinmoor Shipping, lost drive off "
        "Eday on Saturday.\n\n"
        "In a statement, the company said it expected the ferry back in service “by the end of the week, "
        "subject to sea trials.”\n"
    )
    assert len(got) == 1
    assert got[0][1].endswith("Brinmoor Shipping")  # (not the MV Skerry Maid)
