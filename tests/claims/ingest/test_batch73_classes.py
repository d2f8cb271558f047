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
