"""The error classes of blind batch 78 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_burmese_honorifics_u_and_sayadaw_are_not_part_of_the_name():
    got = direct(
        "“We will not reach them by road tonight,” said U Aung Kyaw Moe, the township administrator.\n\n"
        "“The river has visited us before,” said Sayadaw U Pannasiri, the abbot of the monastery.\n"
    )
    assert [s for _, s in got] == ["Aung Kyaw Moe", "Pannasiri"]


def test_ko_and_ma_are_honorifics_where_people_are_named_the_burmese_way():
    # "U" and "Daw" before a name mark the Burmese way of naming: "Ko" and "Ma" are honorifics there, and a
    # shorter name is another person, not the same one without a family name
    got = direct(
        "Daw Nwe Nwe Aye, 64, waited on the roof of her house.\n\n"
        "“The boats came at night,” said Ko Thura Aung Lwin, a boatman.\n\n"
        "“My brother took the old ones first,” said Ma Su Su Hlaing, his sister.\n\n"
        "“Nobody may sleep on the riverbank,” said U Thura Aung, the ward administrator.\n\n"
        "“We went back for the dogs,” Thura Aung Lwin said.\n"
    )
    assert [s for _, s in got] == ["Thura Aung Lwin", "Su Su Hlaing", "Thura Aung", "Thura Aung Lwin"]


def test_ko_and_ma_stay_family_names_elsewhere():
    got = direct(
        "“The market will open on Monday,” said Ko Min-jun, the head of the traders’ union.\n\n"
        "“We were not asked,” said Ma Lifen, a stallholder.\n"
    )
    assert [s for _, s in got] == ["Ko Min-jun", "Ma Lifen"]


def test_among_them_brings_in_the_next_he():
    got = direct(
        "“The water came fast,” Malam Garba said.\n\n"
        "The pumps are serviced by technicians trained during the pilot, among them Musa Idris, a mechanic.\n\n"
        "“I was replacing fuel filters every single week,” he said.\n"
    )
    assert [s for _, s in got] == ["Garba", "Musa Idris"]
