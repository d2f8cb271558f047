"""The error classes of blind batch 26 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def test_okina_names_a_storm_a_units_full_stop_and_a_bodys_alert_telling_people():
    article = analyze_article(
        "05:40\n"
        "Cyclone Lusi, now a Category 3 system, is moving south at 20 km/h. The Samoa Emergency Office (SEO) issued "
        "a red alert at 04:00, telling coastal villages to move inland “now, and without waiting for daylight.”\n\n"
        "09:10\n"
        "Duty forecaster ʻAna Vaipulu said the eye was near. “Do not go outside when it goes calm,” she said."
    )
    got = [(q.text, q.speaker) for q in article.quotes if q.kind == "direct"]
    assert got == [
        ("now, and without waiting for daylight.", "Samoa Emergency Office"),
        ("Do not go outside when it goes calm", "ʻAna Vaipulu"),
    ]
    assert "Cyclone Lusi" not in [s.name for s in article.speakers]


def test_an_office_glossed_with_or_a_former_player_and_more_from_a_misspelled_name():
    got = direct(
        "The village officer, or pulenuʻu, Tavita Leota, is counting heads. “We have water for two days,” he told "
        "me.\n\n"
        "Former rugby international Iosefa Fonoti, better known as “Big Joe”, has posted a video. “The wharf has "
        "gone,” he says.\n\n"
        "Duty forecaster Mele Tuilagi said the wind was easing.\n\n"
        "More from Iosefa Fonotí on the coast. “We need water more than anything,” he said."
    )
    assert got == [
        ("We have water for two days", "Tavita Leota"),
        ("The wharf has gone", "Iosefa Fonoti"),
        ("We need water more than anything", "Iosefa Fonoti"),
    ]


def test_the_speaker_in_the_chair_and_her_call_and_a_letter_read_from():
    got = direct(
        "HOUSE OF ASSEMBLY\n\n"
        "(Madam Speaker, the Hon. Ruth Knowles-Ferguson, in the Chair)\n\n"
        "Madam Speaker: The Honourable Minister of Works and Utilities.\n\n"
        "Hon. Peter Saunders (Minister of Works and Utilities): Thank you, Madam Speaker. I have here a letter from "
        "the managing director of the contractor, Island Builders Limited, Mrs Grace Rolle. I will read from it: "
        '"The roof will be finished by 1 May."\n\n'
        "Mr Dean Baine (Long Island): And if it is not?\n\n"
        "Madam Speaker: Order. The Member for Long Island has had his supplementary.\n\n"
        "Mr Bain: Thank you, Madam Speaker."
    )
    assert ("The Honourable Minister of Works and Utilities.", "Ruth Knowles-Ferguson") in got
    assert ("The roof will be finished by 1 May.", "Grace Rolle") in got
    assert ("Thank you, Madam Speaker.", "Dean Baine") in got


def test_a_played_clip_in_quotation_marks_is_its_speakers_and_ends_there():
    got = direct(
        "Newsreader: Thoko Banda\n\n"
        "Good afternoon. This is the news.\n\n"
        "The Minister of Agriculture, Honourable Esther Phiri, spoke at the depot.\n\n"
        'PHIRI (recording): "Every district will have its fertiliser by the thirty-first."\n\n'
        "Group Village Headman Yohane Banda spoke to our correspondent.\n\n"
        'BANDA (recording, translated): "The water came at night. We carried the old people on our backs."\n\n'
        "That is the news. Stay with us."
    )
    assert got == [
        ("Every district will have its fertiliser by the thirty-first.", "Esther Phiri"),
        ("The water came at night. We carried the old people on our backs.", "Yohane Banda"),
    ]


def test_a_spanish_agency_name_keeps_para_and_a_priests_title():
    article = analyze_article(
        "At the church, Atë Ilir Marku keeps his own count. “Every baptism here I do twice,” the priest says.\n\n"
        "The Fundación para el Desarrollo Rural (FDR) welcomed the plan, saying it was “proof that the valley can "
        "feed itself.”"
    )
    got = [(q.text, q.speaker) for q in article.quotes if q.kind == "direct"]
    assert got[0] == ("Every baptism here I do twice", "Ilir Marku")
