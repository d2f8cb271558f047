"""The error classes of blind batch 42 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def test_used_to_tell_every_apprentice_is_a_nested_verb():
    got = direct(
        "\"My grandfather Ottavio Bruni used to tell every apprentice, 'Bronze forgives nothing and forgets "
        "nothing,'\" Chiara Bruni said."
    )
    assert ("Bronze forgives nothing and forgets nothing", "Ottavio Bruni") in got


def test_during_opens_no_name_and_degli_is_a_particle():
    got = direct(
        "During a pilot survey in Lucca last spring, one of the volunteer restorers summed it up: “You cannot look "
        "after a statue you have never touched.”\n\n"
        "Margherita degli Alberti, president of the foundation, said: “This foundation exists to keep hands busy.”\n\n"
        "“We are proud that a Tuscan family found a Dutch laboratory,” degli Alberti added."
    )
    assert [speaker for _, speaker in got] == [None, "Margherita degli Alberti", "Margherita degli Alberti"]


def test_a_shared_family_name_does_not_lend_one_persons_gender_to_another():
    got = direct(
        "“We have the furnaces,” said Chiara Del Monte, the chief executive.\n\n"
        "Del Monte, the third generation of her family to run the foundry, said the project honoured its founder.\n\n"
        "“This project is about taking no shortcuts,” she said.\n\n"
        "“Outdoor bronze is a living surface,” said Pieter Jansen, a Dutch conservator.\n\n"
        "Lorenzo Del Monte, the foundry's head of casting and Chiara's brother, will run the school.\n\n"
        "“Some of these apprentices have never held a crucible,” he said."
    )
    assert got[-1] == ("Some of these apprentices have never held a crucible", "Lorenzo Del Monte")


def test_a_body_described_the_thing_as_a_quote():
    got = direct(
        "It is backed by a grant from the Fondazione Terre di Luni.\n\n"
        "“We are proud of it all,” said Ana Conti.\n\n"
        "The foundation described the award as “the largest single grant we have made to heritage” in its history.\n\n"
        "The storm came ashore east of Honiara, according to the weather service, which described the landfall as "
        "“a direct hit on the most densely populated coast.”"
    )
    assert got[1] == ("the largest single grant we have made to heritage", "Fondazione Terre di Luni")
    assert got[2] == ("a direct hit on the most densely populated coast.", None)


def test_a_body_quoted_by_its_short_name_is_named_with_its_legal_form():
    article = analyze_article(
        "Konstantin Aich, chief executive of Alpwerk Oberland AG, spoke first.\n\n"
        "In a statement issued after the hearing, Alpwerk Oberland said it “takes every concern seriously.”"
    )
    (speaker,) = [s for s in article.speakers if "Alpwerk" in s.name]
    assert (speaker.name, speaker.kind) == ("Alpwerk Oberland AG", "organization")


def test_the_chinese_family_name_he_and_a_name_spelled_in_latin_letters():
    article = analyze_article(
        "At dawn Yang Xiaomei (杨晓梅) is among the trees. “They last about ten minutes,” Yang Xiaomei says.\n\n"
        "He Lanfang, a plant pathologist at the institute, has tracked a rise in stem rust. “The trees are being asked "
        "to cope with warmer winters,” He says. “Rust loves exactly that combination.”"
    )
    names = {s.name for s in article.speakers}
    assert {"Yang Xiaomei", "He Lanfang"} <= names
    assert [q.speaker for q in article.quotes if q.kind == "direct"][-2:] == ["He Lanfang", "He Lanfang"]


def test_a_name_in_apposition_to_a_union_is_a_body():
    from claims.ingest.cues import find_cues

    text = "Itsas Langileak, a union that represents fishing crews in Bizkaia, said in a statement that it was cheap."
    (cue,) = find_cues(text, (0, len(text)), 0)
    assert (cue.ref.name, cue.ref.kind) == ("Itsas Langileak", "organization")


def test_a_body_the_sentence_opens_with_speaks_for_its_quote_in_a_live_blog_entry():
    got = direct(
        "A police officer at the ghat, who asked not to be named, told us the ferry appeared to be carrying “at "
        "least double what it should have, with all the bikes.”\n\n"
        "10:48 IST\nThe Majuli Boatmen’s Collective, which represents about 300 country-boat operators, says it has "
        "sent 40 boats to help with the search. Its secretary, Dulal Bora, did not hide his anger.\n"
        "“For more than ten years,” Bora said, “we have been warning the district that these ghats have no life "
        "jackets.”\n"
        "The collective is also demanding that “every ferry be stopped until it is inspected by people who are not "
        "paid by the owners.”"
    )
    assert got[-1][1] == "Majuli Boatmen’s Collective"


def test_updated_figures_from_a_titled_official_bring_them_in_for_she_said():
    got = direct(
        "08:15 IST\nAnupama Hazarika, the deputy commissioner, has confirmed the accident.\n\n"
        "11:55 IST\nAt the ghat, relatives are waiting. Nirmali Das, whose husband was on board, has been here since "
        "dawn.\n\n"
        "12:05 IST\nUpdated figures from Deputy Commissioner Hazarika: 74 people rescued and nine bodies recovered. "
        "“The divers will keep working for as long as there is light,” she said."
    )
    assert got[-1] == ("The divers will keep working for as long as there is light", "Anupama Hazarika")


def test_a_titled_bare_family_name_is_the_title_holder_not_a_namesake():
    got = direct(
        "Councillor Tom Baird pressed him on the record. Holding up a brochure the company had mailed to every "
        "household in September, Baird asked: “How is forty hectares of stripped hillside a gentle footprint?”\n\n"
        "Shelley Baird, no relation to the councillor, runs a guesthouse. “People come here to hear the river,” she "
        "said.\n\n"
        "Councillor Baird said afterward that he had not made up his mind. “I came in sceptical and I am leaving "
        "sceptical,” he said."
    )
    assert [speaker for _, speaker in got] == ["Tom Baird", "Shelley Baird", "Tom Baird"]
