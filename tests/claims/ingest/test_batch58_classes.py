"""The error classes of blind batch 58 and the leftovers fixed before it, each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def test_a_one_line_turn_naming_people_is_speech_not_a_headline():
    got = direct(
        "The harbour committee met in Jonesport on Monday. Selectman Ruth Abbott chaired the hearing; committee "
        "clerk Annette Roy read the list of speakers.\n\n"
        "CHAIR: Good morning, everyone, and welcome to this hearing.\n\n"
        "CLERK: First on the list is Dale Haskell of Jonesport.\n\n"
        "HASKELL: Thank you. I have three things to say about the wharf.\n"
    )
    assert dict(got).get("First on the list is Dale Haskell of Jonesport.") == "Annette Roy"


def test_a_programme_title_after_a_label_is_still_not_a_turn():
    got = direct(
        "This is a transcript of the evening news bulletin, read by Hana Rēweti and Tama Parata.\n\n"
        "RĒWETI: Cyclone Rahim Makes Landfall Across Southern Bangladesh Coastline\n\n"
        "RĒWETI: The storm came ashore before dawn, and the winds are still rising tonight.\n\n"
        "PARATA: Crews say the road to the port will stay closed until Friday.\n"
    )
    texts = [t for t, _ in got]
    assert not any(t.startswith("Cyclone Rahim") for t in texts)
    assert dict(got)["Crews say the road to the port will stay closed until Friday."] == "Tama Parata"


def test_a_street_named_before_an_unnamed_speaker_is_not_the_speaker():
    got = direct(
        "The storm arrived two hours early. On Deribasivska Street a fallen tree stopped the trams.\n\n"
        '"I have never seen the sky go that colour," said a woman waiting at a tram stop.\n'
    )
    assert dict(got)["I have never seen the sky go that colour"] is None


def test_a_given_name_before_a_street_word_is_still_a_person():
    got = direct('"The lane was flooded by noon," said Diane Lane, who runs the bakery.\n')
    assert dict(got)["The lane was flooded by noon"] == "Diane Lane"


def test_chair_is_the_one_the_introduction_says_the_session_was_chaired_by():
    got = direct(
        "The following is an edited transcript of the environment committee's session. The session was chaired by "
        "Kadri Mägi. Testifying was Jüri Põld, chief executive of Soomaa Peat Products.\n\n"
        "CHAIR: Good morning. Mr. Põld, you have five minutes.\n\n"
        "PÕLD: Thank you, Madam Chair. We employ 140 people in the county.\n"
    )
    assert dict(got)["Good morning. Mr. Põld, you have five minutes."] == "Kadri Mägi"


def test_a_bodys_report_is_the_bodys_words():
    for text in (
        "The Raba Society’s report last year put it plainly: “Each year of delay is a year of emissions.”",
        "As the Raba Society’s report put it, “each year of delay is a year of emissions.”",
    ):
        assert [speaker for _, speaker in direct(text)] == ["Raba Society"], text


def test_as_someone_put_it_credits_them():
    got = direct("As Ana Ruiz put it last week, “the river does not care whose field it floods.”")
    assert got == [("the river does not care whose field it floods.", "Ana Ruiz")]


def test_a_statement_someone_submitted_and_the_chair_reads_is_theirs():
    got = direct(
        "The session was chaired by Kadri Mägi.\n\n"
        "CHAIR: Good morning. We are here to consider the amendment.\n\n"
        "CHAIR: Before we close, I should note that Läänemaa Turvas, the second-largest producer in the county, "
        "declined to send a witness but submitted a written statement, which I will now read into the record: “We "
        "support restoration in principle. We ask only for more time.”\n"
    )
    assert dict(got)["We support restoration in principle. We ask only for more time."] == "Läänemaa Turvas"


def test_the_unit_is_the_monitoring_unit_the_text_named():
    got = direct(
        "The order, issued by the Western Shellfish Monitoring Unit, covers 14 licensed sites. In a statement, the "
        'unit described the closure as "a precaution, not a verdict on the growers."\n\n'
        "Declan O'Flaherty, whose family has farmed oysters for four generations, said he learned of it by text.\n"
    )
    assert dict(got)["a precaution, not a verdict on the growers."] == "Western Shellfish Monitoring Unit"


def test_the_younger_of_two_relatives_sharing_a_family_name_is_the_child():
    got = direct(
        "Declan O'Flaherty, whose family has farmed oysters at Kilcolgan for four generations, said he learned of "
        'the order from a text message. "Not a phone call. A text," he said.\n\n'
        "His son, Ciarán O'Flaherty, who handles the family's sales, put the loss at more than 60,000 euros.\n\n"
        '"Every restaurant in Dublin wants Galway natives in September," the younger O\'Flaherty said.\n\n'
        '"You are fighting to get that shelf back for years," the elder O\'Flaherty said.\n'
    )
    assert dict(got)["Every restaurant in Dublin wants Galway natives in September"] == "Ciarán O'Flaherty"
    assert dict(got)["You are fighting to get that shelf back for years"] == "Declan O'Flaherty"


def test_a_title_nobody_in_the_text_holds_inside_a_quote_is_someone_unnamed():
    got = direct(
        "Síle Ní Chonaill, who chairs the growers' association, said members had photographed the sewage.\n\n"
        "\"When I rang in May, the engineer told me, 'It is on the list, Síle, it is on the list,'\" the chairwoman "
        "said.\n"
    )
    assert dict(got)["It is on the list, Síle, it is on the list"] is None


def test_a_later_post_is_the_one_who_posted_the_first():
    got = direct(
        'The Dunbulcaun Oyster Fair said in a Facebook post on Tuesday evening that it would go ahead "with or '
        'without Galway Bay oysters on the plate." A later post added: "Music, stalls and the shucking contest are '
        'all going ahead."\n'
    )
    assert dict(got)["Music, stalls and the shucking contest are all going ahead."] == "Dunbulcaun Oyster Fair"


def test_the_grandmother_is_the_one_the_text_gave_a_granddaughter_paragraphs_later():
    got = direct(
        "Teodora Galicia-Ompad sits on a low wooden stool and stirs. She will keep stirring until ten.\n\n"
        "Their son, Ramil Ompad, now handles deliveries to shops in Tagbilaran.\n\n"
        "Since the new airport opened, orders have nearly doubled.\n\n"
        "Her granddaughter, Kristine Joy Ompad, 24, came home last year from Cebu with a notebook full of ideas.\n\n"
        "“I told Lola we could ship to Manila,” Kristine says.\n\n"
        "The grandmother remembers the conversation differently. “She wants plastic. Calamay must live in a "
        "coconut,” she says.\n"
    )
    assert dict(got)["She wants plastic. Calamay must live in a coconut"] == "Teodora Galicia-Ompad"


def test_a_nickname_in_quotation_marks_is_the_person_it_is_given_to():
    article = analyze_article(
        "Teodora Galicia-Ompad sits on a low wooden stool and stirs. “Calamay does not forgive you,” she says.\n\n"
        "Everyone in Jagna calls her “Lola Doring.” The sticky mixture she makes is poured into coconut shells.\n\n"
        "“Lola said, ‘Fine, but tomorrow you stir,’” Kristine says.\n\n"
        "By ten Lola Doring finally sets down the paddle. “Someone will stir,” she says.\n"
    )
    names = {s.name for s in article.speakers}
    assert "Lola Doring" not in names
    assert "Teodora Galicia-Ompad" in names


def test_a_statement_by_someone_read_by_another_is_the_authors():
    got = direct(
        "Judge Thembeka Mthethwa sentenced the men on Thursday.\n\n"
        "A victim impact statement by van der Merwe's wife, Annelie van der Merwe, was read to the court by the "
        "prosecutor, Nokuthula Zulu.\n\n"
        '"For six weeks I slept in a plastic chair next to his hospital bed.\n\n'
        '"Our daughter is seven. She still asks whether the bad men are coming back."\n'
    )
    assert [speaker for _, speaker in got] == ["Annelie van der Merwe", "Annelie van der Merwe"]


def test_a_leads_title_is_the_person_named_with_it_after():
    got = direct(
        "PIETERMARITZBURG — Two cousins who shot a white rhino were each sentenced to 22 years in prison on "
        'Thursday, with the presiding judge calling rhino poaching "organised theft from every South African."\n\n'
        "Mandla Ntuli, 34, and Sifiso Ntuli, 29, were convicted in May.\n\n"
        'Judge Thembeka Mthethwa said neither man had shown "so much as a flicker of remorse" during the trial.\n'
    )
    assert dict(got)["organised theft from every South African."] == "Thembeka Mthethwa"


def test_the_mayor_said_in_a_lead_is_the_mayor_named_next():
    got = direct(
        'The mayor said the bridge would be "closed for at least a month while engineers inspect it."\n\n'
        "Mayor Ana Ruiz told reporters the city had no choice.\n"
    )
    assert dict(got)["closed for at least a month while engineers inspect it."] == "Ana Ruiz"


_CALL_IN = (
    "This is an edited transcript of Tuesday’s call-in hour of “Open Line” on Canyon Rim Radio, hosted by Lorna "
    "Vickery. Her guest was Dale Hadley, a retired hydrologist.\n\n"
    "HOST: Let’s go to the phones. Wade Kesler is in Jerome. Wade, you’re on Open Line.\n\n"
    "CALLER: Morning, Lorna. I run about nine hundred acres of barley.\n\n"
    "HADLEY: Wade, I hear you.\n\n"
    "HOST: Thanks, Wade. Next up is a caller from Twin Falls who asked us not to use her name. Go ahead, ma’am.\n\n"
    "CALLER: Hi. I’m on a domestic well, just a house and a big garden.\n"
)


def test_a_caller_the_host_says_is_in_a_town_is_the_caller():
    assert dict(direct(_CALL_IN))["Morning, Lorna. I run about nine hundred acres of barley."] == "Wade Kesler"


def test_next_up_is_a_caller_from_a_town_is_a_new_caller():
    assert dict(direct(_CALL_IN))["Hi. I’m on a domestic well, just a house and a big garden."] is None


def test_the_cooperatives_board_is_the_cooperative_named_in_spanish():
    got = direct(
        "Los Álamos Cooperative and Fundación Piedemonte launch hail-protection program\n\n"
        "TUPUNGATO, Mendoza, Argentina, March 3, 2026 — Cooperativa Vitivinícola Los Álamos, which represents 214 "
        "family vineyards, today announced a program financed through loans from Fundación Piedemonte.\n\n"
        "Bodega Tierra Alta, which buys about a third of the cooperative's Malbec, said in a statement that it "
        '"fully supports" the program.\n\n'
        "In a message to members last week, the cooperative's board wrote: \"No grower is going to be turned away "
        'because of the size of the farm."\n'
    )
    assert dict(got)["No grower is going to be turned away because of the size of the farm."] == (
        "Cooperativa Vitivinícola Los Álamos"
    )


def test_a_speaker_after_a_time_the_sentence_splitter_kept_on():
    got = direct(
        "Good morning. Rain bands have been raking lower Terrebonne since about 3 a.m. Ledger meteorologist Renée "
        "Thibodeaux says the worst of the surge should arrive around midday.\n\n"
        "A lineman waiting out the wind, who did not want his name used, said, “We can’t climb in this.”\n\n"
        "“Landfall is a dot on a map,” the meteorologist said.\n"
    )
    assert dict(got)["Landfall is a dot on a map"] == "Renée Thibodeaux"
