"""The error classes of blind batch 81 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.speakers import parse_speaker_phrase
from tests.claims.ingest.conftest import direct


def test_sr_after_a_name_is_a_generation_not_a_title():
    # "Sr." before a name is Spanish "Señor"; after one it is part of the name, as "Jr." is
    assert parse_speaker_phrase("Rolando Galiza Sr.").name == "Rolando Galiza Sr."
    assert parse_speaker_phrase("Sr. Rolando Galiza").name == "Rolando Galiza"
    got = direct(
        "Ramon Dizon Sr., 67, is charged over the demolition. He has pleaded not guilty.\n\n"
        "'I have lived in that house for sixty years,' Dizon told the court.\n\n"
        "His son, Ramon Dizon Jr., 38, who supervised the work, also testified. 'My father was afraid,' he "
        "said.\n"
    )
    assert [s for _, s in got] == ["Ramon Dizon Sr.", "Ramon Dizon Jr."]


def test_cape_verdean_honorifics_nha_and_nho_are_no_part_of_the_name():
    got = direct(
        "His daughter, Lurdes Tavares, 46, now does most of the carving.\n\n"
        "‘My father carves as if the wood might argue back,’ Nha Lurdes says.\n\n"
        "‘He fixed my cavaquinho for nothing,’ said Nhô Tói, a fisherman on the quay.\n"
    )
    assert [s for _, s in got] == ["Lurdes Tavares", "Tói"]


def test_two_full_names_printed_with_different_ages_are_two_people():
    got = direct(
        "MINDELO — Jacinto Lopes, 79, has built cavaquinhos in the same back room since 1968.\n\n"
        "‘They come for a repair and they stay for the gossip,’ Lopes says.\n\n"
        "‘I play in three bands,’ says his grandson, Jacinto Lopes Semedo, 19.\n\n"
        "The third generation is noisier. ‘He fixes them for free,’ says Jacinto Lopes Semedo, 19, laughing.\n"
    )
    assert [s for _, s in got] == ["Jacinto Lopes", "Jacinto Lopes Semedo", "Jacinto Lopes Semedo"]


def test_oromo_and_ilocano_honorifics_go_with_the_given_name():
    got = direct(
        "Deputy mayor Tolera Bekele visited the shelter. The spokeswoman, Sifan Tolera, read the figures.\n\n"
        "“I will not stand in a school full of wet children,” said Obbo Tolera.\n\n"
        "A neighbour, Lourdes Ancheta, 71, testified. 'I heard the backhoe at six,' Manang Lourdes said.\n"
    )
    assert [s for _, s in got] == ["Tolera Bekele", "Lourdes Ancheta"]
