"""The error classes of blind batch 55 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct

_PHONE_IN = (
    "An edited transcript of the call-in show. Host Kalani Medeiros was joined by entomologist Pualani Kaʻaihue of "
    "the Invasive Species Collective.\n\n"
    "HOST: Welcome back. Dr. Kaaihue, what are we dealing with?\n\n"
    "KAAIHUE: A big, shiny black beetle that bores into palms.\n\n"
    "HOST: Let's get to the phones. Grace is in Pearl City. Go ahead, Grace.\n\n"
    "GRACE: Hi, Kalani, this is Grace Nakamura, longtime listener. Should I cut my trees down?\n\n"
    "KAAIHUE: Please don't cut down a healthy tree.\n\n"
    'HOST: Let me read what the Oahu Landscape Contractors Guild sent us this morning. Quote, "Our members support '
    'containment, but nobody funded the chipping rule." End quote.\n\n'
    "HOST: We've got somebody on line four who'd rather not give a name. You're on the air.\n\n"
    'CALLER: I work grounds at a hotel. Management told us, "Don\'t talk about it in front of the guests."\n'
)


def test_a_label_without_the_okina_is_the_name_printed_with_it():
    assert dict(direct(_PHONE_IN))["A big, shiny black beetle that bores into palms."] == "Pualani Kaʻaihue"


def test_the_host_is_not_the_caller_who_introduces_herself_in_the_next_turn():
    got = dict(direct(_PHONE_IN))
    assert got["Let's get to the phones. Grace is in Pearl City. Go ahead, Grace."] == "Kalani Medeiros"


def test_a_broadcasters_quote_marker_reads_out_the_body_named_before_it():
    got = dict(direct(_PHONE_IN))
    assert got["Our members support containment, but nobody funded the chipping rule."] == (
        "Oahu Landscape Contractors Guild"
    )


def test_a_capitalised_common_word_as_a_nested_quotes_subject_names_nobody():
    assert dict(direct(_PHONE_IN))["Don't talk about it in front of the guests."] is None


_LIVE_BLOG = (
    "Carnival, day three, live updates\n\n"
    "By Tatiana Freire and Rodrigo Amaral, Jornal Maré, in Salvador. All times local.\n\n"
    "23:40 - A final word from Lúcia Conceição, who spoke to Rodrigo as she climbed down from her truck.\n\n"
    '"I have sung on this circuit for nineteen years," she said.\n\n'
    "22:31 - Our colleague Tatiana was standing next to Joana Sampaio, the coordinator of the Bloco Tambores do "
    "Farol, when the lights went out. The coordinator barely looked up from her drum.\n\n"
    '"We kept playing in the dark," she said.\n\n'
    '22:10 - The bloco has now posted on its official account: "Our bloco thanks every drummer tonight."\n\n'
    '19:26 - A tourist from São Paulo, fanning herself with a program, summed it up: "I came for the music."\n\n'
    "18:50 - Lucia Conceicao's truck is now moving off. Before she went on, she told our reporter about her "
    "mother.\n\n"
    '"Tonight the whole street will hear me," she said.\n'
)


def test_a_byline_of_two_reporters_and_an_entry_handing_over_to_a_speaker():
    assert dict(direct(_LIVE_BLOG))["I have sung on this circuit for nineteen years"] == "Lúcia Conceição"


def test_the_coordinator_is_the_person_given_that_title_outside_the_sentences_subject():
    assert dict(direct(_LIVE_BLOG))["We kept playing in the dark"] == "Joana Sampaio"


def test_the_and_the_first_word_of_a_bodys_name_before_a_colon_is_that_body():
    assert dict(direct(_LIVE_BLOG))["Our bloco thanks every drummer tonight."] == "Bloco Tambores do Farol"


def test_a_possessor_opening_a_sentence_is_the_she_of_the_next_quote():
    assert dict(direct(_LIVE_BLOG))["Tonight the whole street will hear me"] == "Lúcia Conceição"


def test_a_family_name_with_the_swedish_particle_af_is_found_from_its_last_word():
    got = direct(
        "“This is the largest investment in our history,” said Johan af Hällström, chief executive of Hiisi Timber.\n\n"
        "“We looked seriously at building in the south,” Hällström said.\n"
    )
    assert dict(got)["We looked seriously at building in the south"] == "Johan af Hällström"


def test_zh_and_j_spell_one_family_name():
    got = direct(
        "“The lake feeds us,” says Zorikto Dorzhiev, a fisherman on Lake Baikal.\n\n"
        "“If the omul comes back, we will be ready,” Dorjiev says.\n"
    )
    assert dict(got)["If the omul comes back, we will be ready"] == "Zorikto Dorzhiev"


def test_a_quote_only_paragraph_then_that_warning_came_from_a_named_person():
    got = direct(
        "De Palma said at least 400 members had been waiting more than a year.\n\n"
        "“Every month we wait is a month the bacterium moves further north.”\n\n"
        "That warning came from Marco Ferrante-Lisi, a plant pathologist who advises several cooperatives. He "
        "described the resistant cultivars as “not a cure but a way to live with the disease.”\n"
    )
    assert dict(got)["Every month we wait is a month the bacterium moves further north."] == "Marco Ferrante-Lisi"
    assert dict(got)["not a cure but a way to live with the disease."] == "Marco Ferrante-Lisi"


def test_a_norwegian_or_latvian_legal_form_makes_a_body_not_the_she_of_a_quote():
    got = direct(
        "LONGYEARBYEN — Solveig Aarvik, 58, has led visitors across Svalbard for 31 years. Her company, Isfjord "
        "Villmark AS, employs eleven guides in high season.\n\n"
        "In her office above the harbour, Aarvik pointed to a photograph. “Out here the bear has the right of way,” "
        "she said.\n"
    )
    assert dict(got)["Out here the bear has the right of way"] == "Solveig Aarvik"


def test_my_son_and_a_given_name_in_an_answer_is_the_he_of_the_nested_quote():
    got = direct(
        "Solveig Aarvik, 58, runs a tour company in Longyearbyen.\n\n"
        "Q: What will the cap mean for your business?\n\n"
        "A: Fewer big ships. My son Jonas drives a taxi in summer, and he said to me last week, “Mamma, if the ships "
        "stop coming, I am moving to Bergen.” He was only half joking.\n"
    )
    assert dict(got)["Mamma, if the ships stop coming, I am moving to Bergen."] == "Jonas Aarvik"


def test_it_said_after_a_person_reads_a_statement_is_the_body_she_works_for():
    got = direct(
        "Basalt Ridge Data LLC, which wants to build the campus, said it would recycle its cooling water.\n\n"
        "Cheryl Daugherty, director of the Upper Deschutes Irrigators Association, read a statement on behalf of its "
        'board. "The association does not oppose economic development," it said in part.\n'
    )
    assert dict(got)["The association does not oppose economic development"] == "Upper Deschutes Irrigators Association"


def test_a_compound_noun_for_a_person_from_a_place_is_someone_unnamed():
    got = direct(
        "A farmworker from Torre-Pacheco who has worked for the company for eleven years, and who did not want to "
        "be named, said the brothers were being singled out. “If they close this farm, three hundred of us go home "
        "with nothing,” he said.\n"
    )
    assert dict(got)["If they close this farm, three hundred of us go home with nothing"] is None


def test_my_grandfather_repeated_a_rule_is_the_grandfather_named_after_a_possessive():
    got = direct(
        "Heikkinen’s grandfather, Eino Heikkinen, founded the company in 1952 with a single mobile saw.\n\n"
        "“My grandfather had one rule that he repeated at every Christmas dinner: ‘A log should leave Kainuu only as "
        "a finished board,’” says Anna-Liisa Heikkinen.\n"
    )
    assert dict(got)["A log should leave Kainuu only as a finished board"] == "Eino Heikkinen"
