"""The error classes of blind batch 73 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct

COURT = (
    "Presiding judge Ana Ruiz Soto heard the case. Prosecutor Marta Lindqvist asked for five years. "
    '"He planned every step," she said.\n\n'
    'Defence lawyer Tomas Berg argued that his client had repaid the buyers. "He is no thief," he said.\n\n'
)


def test_an_unnamed_subject_who_gave_her_name_is_the_next_she():
    got = dict(
        direct(
            COURT + "Outside the court his wife, who gave her name only as Dalisay, held their son's hand. "
            '"We will pay back what we can," she said.\n'
        )
    )
    assert got["We will pay back what we can"] == "Dalisay"


def test_she_after_a_group_of_witnesses_is_the_judge_who_read_out_a_statement():
    got = dict(
        direct(
            COURT + "The judge was not persuaded. She read aloud from the statement Pavel Novak had given to police "
            'after his arrest, in which he said, "I only repeated what the workshop told me." Two carvers had '
            "testified that nobody asked them about age.\n\n"
            '"The carvers carved statues. You made up the lies," she said.\n'
        )
    )
    assert got["I only repeated what the workshop told me."] == "Pavel Novak"
    assert got["The carvers carved statues. You made up the lies"] == "Ana Ruiz Soto"


def test_a_nickname_known_to_a_whole_town():
    article = analyze_article(
        "One witness, tour guide Ingrid Halvorsen, who is known to everyone in the old harbour town as Nini, said "
        'she had seen the forged papers. "I went to the temple and asked the monks myself," Nini told the court.\n'
    )
    assert [q.speaker for q in article.quotes if q.kind == "direct"] == ["Ingrid Halvorsen"]


def test_my_brother_in_the_younger_brothers_quote_is_the_elder():
    got = dict(
        direct(
            "Emil Varga, 41, and his younger brother Tibor Varga, 36, were convicted of fraud on Wednesday.\n\n"
            "\"Every time I asked, my brother said, 'Tell them it is very old, nobody will check,'\" Tibor Varga "
            "said.\n"
        )
    )
    assert got["Tell them it is very old, nobody will check"] == "Emil Varga"


def test_two_people_in_a_caption_are_not_a_body():
    article = analyze_article(
        "Emil Varga, 41, and his brother Tibor Varga, 36, were convicted of fraud on Wednesday. "
        '"I am ashamed," Emil Varga said.\n\n'
        "Photo caption: Tibor Varga, left, and Emil Varga are led from the courthouse.\n"
    )
    assert {s.name: s.kind for s in article.speakers}["Emil Varga"] == "person"


def test_a_quote_someone_remembers_is_theirs_and_the_words_inside_are_the_fathers():
    got = dict(
        direct(
            "Tomas Rinne, 66, builds kanteles in a shed behind his house.\n\n"
            "His father, Pekka Rinne, taught him with few words. 'He only ever told me one thing: \"If the strings are "
            "right and the wood is wrong, throw away the strings,\"' Tomas remembers, laughing.\n"
        )
    )
    assert [s for t, s in got.items() if t.startswith("He only ever told me")] == ["Tomas Rinne"]
    assert got["If the strings are right and the wood is wrong, throw away the strings"] == "Pekka Rinne"


def test_papa_in_a_sons_quote_is_his_father():
    got = dict(
        direct(
            "Tomas Rinne, 66, builds kanteles in a shed behind his house. His son, Aleksi Rinne, 34, sells them "
            "online.\n\n"
            "'A customer asked why the price was so high,' the younger Rinne says. 'Papa said, \"Tell him to buy a "
            "cheap one, then.\" So I did.'\n"
        )
    )
    assert got["Tell him to buy a cheap one, then."] == "Tomas Rinne"


def test_a_subject_named_by_named_is_the_next_she():
    got = dict(
        direct(
            "Tomas Rinne, 66, builds kanteles in a shed behind his house. 'It is slow work,' he says.\n\n"
            "At the village school, a fellow teacher named Suharti, who uses only one name, has begun a music club. "
            "'I had never heard one before,' she says.\n"
        )
    )
    assert got["I had never heard one before"] == "Suharti"


def test_the_chair_giving_the_floor_to_the_next_witness_hands_her_the_label():
    quotes = direct(
        "Transcript of the transport committee. The session was chaired by Councillor Ana Ruiz. The first witness "
        "was Karim Haddad, director of the bus operator; the second was Leila Mansour, a schoolteacher.\n\n"
        "CHAIR: Mr. Haddad, the floor is yours.\n\n"
        "WITNESS: Thank you. We run 64 buses on a network built for 90.\n\n"
        "CHAIR: Thank you. We now call the second witness. Mrs. Mansour, you may begin.\n\n"
        "WITNESS: Thank you, Madam Chair. I teach at a primary school near the roundabout.\n"
    )
    assert [s for _, s in quotes] == ["Ana Ruiz", "Karim Haddad", "Ana Ruiz", "Leila Mansour"]


def test_a_clerk_at_the_buying_centre_in_a_callers_turn_is_nobody_named():
    got = dict(
        direct(
            "The host is Dennis Ombati.\n\n"
            "HOST: Caller from Keroka, you are on the air.\n\n"
            "CALLER: Morning, Dennis. My name is Peter Nyakundi. Last year I delivered nine thousand kilos, and this "
            "year the clerk at the buying centre told me, "
            "'Wait for October, mzee, be patient.' October has come and gone.\n"
        )
    )
    assert got["Wait for October, mzee, be patient."] is None


def test_my_sister_is_the_one_other_person_with_the_family_name_unless_unrelated():
    intro = (
        "The host is Dennis Ombati; his guest was Grace Nyamweya, an economist.\n\n"
        "GUEST: Thank you, Dennis. The bonus is the farmers' own money.\n\n"
    )
    call = (
        "CALLER: Good morning, Dennis. It is Samuel Nyamweya from Nyamache. Grace, this is your brother. I want to "
        "tell the listeners that my "
        "sister said the same thing at our father's funeral, that 'the bonus will come when the farmers speak.'\n"
    )
    assert dict(direct(intro + call))["the bonus will come when the farmers speak."] == "Grace Nyamweya"
    unrelated = intro.replace("an economist", "an economist, no relation to any caller")
    assert dict(direct(unrelated + call))["the bonus will come when the farmers speak."] is None


def test_a_caller_who_gives_a_nickname_then_her_real_name():
    quotes = direct(
        "HOST: Next caller, from Ogembo. Go ahead, you are on the air.\n\n"
        "CALLER: Hello, Dennis, it is Mama Kemunto. My real name is Esther Kwamboka, but everybody knows me as Mama "
        "Kemunto. My question is simple.\n"
    )
    assert quotes[-1][1] == "Esther Kwamboka"


def test_a_sentence_opening_by_midday_has_its_subject_after_the_comma():
    got = dict(
        direct(
            'Fatima Abdulai, who chairs the association, spoke first. "We lost everything," she said.\n\n'
            "A girl who carries loads gave only her first name, Amina. "
            '"Now there is nothing left to carry," Amina said.\n\n'
            "By midday, Fatima Abdulai had begun counting the women who had turned up at the ruins.\n\n"
            '"We have started from nothing before," she said.\n'
        )
    )
    assert got["We have started from nothing before"] == "Fatima Abdulai"


def test_she_gave_only_her_first_name_makes_a_person():
    article = analyze_article(
        "Among those in the ash was a girl of about 12. She gave only her first name, Amina.\n\n"
        '"I carry for the women every morning," Amina said.\n'
    )
    assert [(s.name, s.kind) for s in article.speakers] == [("Amina", "person")]


def test_a_malay_given_name_is_the_father_not_the_son_whose_patronymic_it_is():
    article = analyze_article(
        "Sahak bin Jamalul, 71, builds boats at Semporna. His son, Arman bin Sahak, 38, works beside him.\n\n"
        '"Wood tells you when it is ready," Sahak says.\n\n'
        '"I came back for my father," Arman says.\n'
    )
    assert [q.speaker for q in article.quotes if q.kind == "direct"] == ["Sahak bin Jamalul", "Arman bin Sahak"]
