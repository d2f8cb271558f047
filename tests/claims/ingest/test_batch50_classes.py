"""The error classes of blind batch 50 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_an_unnamed_answer_quoting_i_is_the_interviewee():
    got = direct(
        "Maredudd Price-Jenkins, 52, runs a mussel farm on the Dee estuary. Tomos Lloyd spoke to him.\n\n"
        "Q: Who does the paperwork?\n\n"
        "A: I do. My sister does the boats. I always tell her, “Come and fill in the tax forms for one quarter.”\n"
    )
    assert dict(got)["Come and fill in the tax forms for one quarter."] == "Maredudd Price-Jenkins"


def test_the_company_in_a_release_is_the_company_its_dateline_opens_on_not_the_partner_circle():
    got = direct(
        "Brolk Apps launches a Sorbian course with the Bautzen Singing Circle\n\n"
        "BAUTZEN, Germany, 3 May 2026 — Brolk Apps, a software studio based in Bautzen, today launched Rěč, a free "
        "app that teaches Sorbian.\n\n"
        "The Bautzen Singing Circle said in a statement that its members were “proud to hear their voices on every "
        "phone in the county.”\n\n"
        "“The lessons will always remain free of charge, with no advertising,” the company said.\n\n"
        "About Brolk Apps\n\n"
        "Brolk Apps is an independent studio founded in 2020.\n"
    )
    assert dict(got)["The lessons will always remain free of charge, with no advertising"] == "Brolk Apps"


def test_a_family_name_written_in_two_words_is_the_same_person():
    got = direct(
        "At an evening briefing, Giulia Dellacasa said the line would reopen by the weekend. “I will not promise a "
        "date that I cannot keep,” she said.\n\n"
        "Deputy mayor Giulia Della Casa says the coast road has also been closed. “We are not taking risks with "
        "people's lives for a few hours,” she said.\n"
    )
    assert [speaker for _, speaker in got] == ["Giulia Dellacasa", "Giulia Dellacasa"]
