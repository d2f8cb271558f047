"""Counter-examples a review found on ordinary copy for the rules added for blind batches 84 to 88, each narrowed."""

from tests.claims.ingest.conftest import direct


def speakers(text):
    return [s for _, s in direct(text)]


def test_nana_is_a_given_name_outside_a_chiefs_title():
    assert speakers(
        "Actress Nana Visitor, who played Kira Nerys, spoke at the convention on Sunday.\n\n"
        "“Kira was the role of my life,” Visitor said.\n\n"
        "“I still get letters,” Nana Visitor said.\n"
    ) == ["Nana Visitor", "Nana Visitor"]
    assert speakers(
        "TBILISI — Nana Alexandria, the former women's world chess finalist, opened the tournament on Monday.\n\n"
        "“Georgian girls still play better than anyone,” Alexandria said.\n"
    ) == ["Nana Alexandria"]


def test_run_by_brings_someone_in_only_as_its_sentences_own_statement():
    assert speakers(
        "John Barry, whose farm is now run by his nephew Michael Doyle, still rises at five every morning. "
        '"I can\'t sleep past it after fifty years," he said.\n'
    ) == ["John Barry"]
    assert speakers(
        "Peter Okafor, 74, founded the Ikeja Courier in 1979.\n\n"
        "Okafor said the paper was now run by his son, Daniel Okafor, and that he had not written for it in a decade. "
        '"I am a reader now, nothing more," he said.\n'
    ) == ["Peter Okafor"]


def test_run_by_a_relative_keeps_the_one_whose_relative_it_is_in_mind():
    assert speakers(
        "Peter Okafor, 74, founded the Ikeja Courier in 1979.\n\n"
        'The paper is now run by his son, Daniel Okafor. "I still read every page before it goes out," he said.\n'
    ) == ["Peter Okafor"]


def test_a_relative_opening_a_sentence_leaves_the_pronoun_to_the_one_it_is_about():
    assert speakers(
        "Grace Mwangi has sold vegetables at Gikomba market since 1990.\n\n"
        'Her mother Esther Wanjiru died in 2004, and left her the stall. "I still use her scales," she said.\n'
    ) == ["Grace Mwangi"]
    assert speakers(
        "Rosa Delgado, 41, has run the bakery on Calle Mayor since 2010.\n\n"
        "Her daughter Lucia Delgado, 12, wants to be a vet. “She draws animals all day,” she said.\n"
    ) == ["Rosa Delgado"]


def test_an_upper_case_line_inside_a_turn_is_no_new_turn():
    got = direct(
        "The following is an extract from the transcript. The committee is chaired by Councillor Thandeka Mkhize.\n\n"
        "CHAIR: Order, please. I call Mr Sibusiso Ngubane.\n\n"
        "NGUBANE: Thank you, Chair. The notice on the gate said\n"
        "DANGER: NO ENTRY. Nobody told us the pump had failed.\n\n"
        "CHAIR: Thank you.\n"
    )
    assert any("Nobody told us" in t and s == "Sibusiso Ngubane" for t, s in got)
    got = direct(
        "The following is an extract from the transcript. The committee is chaired by Councillor Thandeka Mkhize. "
        "The committee clerk is Zanele Khumalo.\n\n"
        "CHAIR: Order, please. The clerk will read the residents' letter.\n\n"
        "CLERK: Thank you, Chair. It reads: ‘We object to the plan in the strongest terms and ask that it be "
        "withdrawn.\n"
        "PS: We have collected 400 signatures, which we attach.’\n\n"
        "CHAIR: Thank you, Clerk.\n"
    )
    assert any("400 signatures" in t and s == "Zanele Khumalo" for t, s in got)


def test_no_relation_said_of_the_storys_own_subject_keeps_their_family_name():
    assert speakers(
        "DUBLIN — Sean Murphy (no relation to the former taoiseach) has sold fish on Moore Street for forty years.\n\n"
        '"The street is dying," Murphy said.\n\n'
        'His wife, Maura Murphy, keeps the accounts. "We have not had a good year since 2008," she said.\n\n'
        '"But we are not going anywhere," Murphy said.\n'
    ) == ["Sean Murphy", "Maura Murphy", "Sean Murphy"]


def test_one_name_in_mind_is_no_single_name():
    got = direct(
        "The following is an edited transcript of Sportsline on Harbour FM, with under-19s coach Ana Ruiz. Ruiz has "
        "one name in mind for captain.\n\n"
        "HOST: Who is it going to be?\n\n"
        "RUIZ: Lola Pérez. She is ready, and the girls follow her.\n"
    )
    assert [s for _, s in got][-1] == "Ana Ruiz"


def test_a_presenter_named_in_passing_is_not_the_host():
    assert speakers(
        "The following is an edited transcript of The Late Call on Harbour FM, on the night the station paid tribute "
        "to presenter Maeve Walsh, who died last week.\n\n"
        "HOST: Good evening. Tonight the lines are open for your memories of Maeve.\n\n"
        "CALLER: I listened to her every night for thirty years.\n\n"
        "HOST: Thank you for that.\n"
    ) == [None, None, None]


def test_a_caller_who_will_not_give_a_name_to_a_survey_is_still_the_caller():
    got = direct(
        "The following is a transcript of Talk of the Town on Atlantic Talk 97.\n\n"
        "HOST: Our first caller is Maurice Kenny. Maurice, you're on the air.\n\n"
        "CALLER: Morning. The parking meters on the prom are a disgrace.\n\n"
        "HOST: Did you fill in the council's survey on them?\n\n"
        "CALLER: No. I won't give my name to another council survey, they never read them.\n"
    )
    assert [s for _, s in got][-1] == "Maurice Kenny"
