"""The error classes of blind batch 89 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_the_host_is_the_presenter_named_with_a_particle():
    got = direct(
        "Transcript: Havnar Radio, Monday 9 February 2026. Presenter Sigrid við Garð; studio guest Jógvan á Lakjuni, "
        "managing director of the ferry company.\n\n"
        "HOST: Good morning. Why now?\n\n"
        "LAKJUNI: Because fuel has gone up, and crew costs have gone up.\n\n"
        "HOST: First caller is Jógvan Joensen in Tvøroyri. Good morning.\n\n"
        "JOENSEN: Good morning. The fare is too high for families.\n"
    )
    assert [s for _, s in got][0] == "Sigrid við Garð"


def test_a_person_working_at_a_body_is_not_the_body():
    got = direct(
        "The clinic was fined by the Coastal Workers Pension Fund last year.\n\n"
        "Marta Quist, an inspector at the fund, said the records were incomplete.\n\n"
        '"We asked three times," she said.\n\n'
        'The fund said in a statement that it had "closed every gap the case exposed" and would appeal.\n'
    )
    assert got[-1] == ("closed every gap the case exposed", "Coastal Workers Pension Fund")


def test_a_quote_over_paragraphs_goes_to_the_cue_at_its_end():
    got = direct(
        "Magistrate Ines Okwuosa heard the case alone.\n\n"
        "The courtroom was silent when the accused stood.\n\n"
        '"You have repaid most of the money, and that counts for something.\n\n'
        '"It does not count for everything. The families will remember this longer than you will," she said.\n'
    )
    assert [s for _, s in got] == ["Ines Okwuosa", "Ines Okwuosa"]


def test_the_subject_after_a_participle_and_its_bare_noun():
    got = direct(
        "The Coastal Savings Bank lost 400,000 euros. Magistrate Ines Okwuosa said the court had no doubt.\n\n"
        '"This was no clerical slip," she said.\n\n'
        "The defence lawyer, Dara Venn, said the client would appeal.\n\n"
        '"We will be back before the summer," Venn said.\n\n'
        'The bank said it had "learned every lesson this case could teach" and would recover the money.\n\n'
        "Passing sentence, Okwuosa addressed the accused directly.\n\n"
        '"The court cannot ignore the pensioners who were robbed," she said.\n'
    )
    assert got[-1] == ("The court cannot ignore the pensioners who were robbed", "Ines Okwuosa")


def test_two_callers_with_one_given_name_are_two_people():
    from claims.ingest.analyze import analyze_article

    article = analyze_article(
        "HOST: First caller is Tróndur Hansen in Vágur. Tróndur, go ahead.\n"
        "TRÓNDUR: Morning. I pay the full fare twice a week and nobody asked us.\n"
        "HOST: Another Tróndur now, Tróndur Olsen in Sandur.\n"
        "OLSEN: No relation. My question is simpler: who pays for the new ship?\n"
    )
    names = sorted(s.name for s in article.speakers)
    assert names == ["Tróndur Hansen", "Tróndur Olsen"]
