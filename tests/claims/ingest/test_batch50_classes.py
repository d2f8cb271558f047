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


def test_the_answer_to_a_question_put_to_someone_by_given_name_is_theirs():
    got = direct(
        "Ignacio Ballesteros Ruiz, 49, is charged with theft. The prosecutor, Tomás Ferrer, questioned him first.\n\n"
        "“You cut the bark at night,” Ferrer said.\n\n"
        "The presiding judge, Elena Rubio, then put a question to Ignacio directly. “Did you ever see a contract?” "
        "she asked.\n\n"
        "“No, your honour. Nothing on paper,” he said.\n"
    )
    assert dict(got)["No, your honour. Nothing on paper"] == "Ignacio Ballesteros Ruiz"


def test_he_in_a_quote_is_the_man_the_paragraph_before_named_in_an_apposition():
    got = direct(
        "Julio Gallardo, the elder brother, told the court that the estate's manager at the time, Ramiro Cortés, had "
        "offered them the work.\n\n"
        "“He stood in the bar in Alburquerque and said to me, ‘Take whatever you need, the owner never comes "
        "down,’” Julio said.\n"
    )
    assert dict(got)["Take whatever you need, the owner never comes down"] == "Ramiro Cortés"


def test_a_lead_quoting_the_owner_is_the_person_later_apposed_as_the_owner():
    got = direct(
        "MÉRIDA, Spain — Two cousins accused of stripping cork from about 2,000 trees on a neighbouring estate near "
        "Alburquerque told a court on Monday that the former manager had let them strip the cork, "
        "a claim the owner called “a lie from beginning to end.”\n\n"
        "Counsel for the state, Pablo Iglesias Mora, read the charges.\n\n"
        "The owner of the estate, Carmen Lucía Ortega Barroso, testified that she had never authorised any harvest."
    )
    assert got == [("a lie from beginning to end.", "Carmen Lucía Ortega Barroso")]


def test_her_mother_doing_something_then_she_says_is_the_mother_the_text_gave_her():
    got = direct(
        "Wayan Sariasih has woven songket for forty years.\n\n"
        "Sariasih's daughter, Made Susanti, 34, runs the online shop. “We are not keeping the tradition in a glass "
        "box,” she says.\n\n"
        "Her mother unfolds a faded red cloth from a tin trunk. “My grandmother wove this one for her own wedding,” "
        "she says.\n"
    )
    assert [speaker for _, speaker in got] == ["Made Susanti", "Wayan Sariasih"]


def test_my_grandfather_is_not_the_father_the_text_gave_the_speaker():
    # (a guard for the kinship check: it fails only with "Néstor's daughter" read and the check removed)
    got = direct(
        "Néstor Olivera has made drums for fifty years. His father, Ramiro Olivera, who died in 2009, taught him the "
        "trade.\n\n"
        "Néstor’s daughter, Lucía Olivera, 34, is a music teacher.\n\n"
        "“When I was eight I asked my grandfather whether I could play,” Lucía says. “He told me, ‘The street is not "
        "ready yet for a girl with a drum.’ He said it kindly.”\n"
    )
    assert dict(got)["The street is not ready yet for a girl with a drum."] != "Néstor Olivera"
