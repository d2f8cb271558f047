"""The error classes of blind batch 31 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_an_unnamed_speaker_described_by_what_they_are_doing_is_nobody_named():
    got = direct(
        "Tomás Ferreira, a 51-year-old carpenter, had waited since dawn.\n\n"
        "“They sell the tickets and then there is no boat,” Ferreira said.\n\n"
        "A man waiting beside a pile of rice sacks, who would not give his name, said he had slept at the quay. "
        "“I will sleep here again tonight,” he said.\n\n"
        "Ferreira, the carpenter, said he would go home. “There is nothing to wait for,” he said."
    )
    assert got == [
        ("They sell the tickets and then there is no boat", "Tomás Ferreira"),
        ("I will sleep here again tonight", None),
        ("There is nothing to wait for", "Tomás Ferreira"),
    ]


def test_a_woman_who_declined_to_be_named_does_not_make_the_last_man_a_woman():
    got = direct(
        "Rui Almeida, a fisherman, had his boat hauled out.\n\n"
        "A woman carrying a baby, who declined to give her name, said she had no money left. "
        "“Now we eat what the neighbours give us,” she said.\n\n"
        "Almeida said he would wait. “The sea will still be there,” he said."
    )
    assert got == [("Now we eat what the neighbours give us", None), ("The sea will still be there", "Rui Almeida")]


def test_a_body_called_by_the_first_word_of_its_name():
    got = direct(
        "Lucinda Baptista, a councillor for the Front for Coastal Renewal, called for an inquiry.\n\n"
        "In a statement, the Front called the closure “a betrayal of the coast” and demanded a vote."
    )
    assert got == [("a betrayal of the coast", "Front for Coastal Renewal")]


def test_swahili_and_comorian_honorifics_are_not_part_of_the_name():
    got = direct(
        "She works for her uncle, Mwalimu Juma Bakari, who has taught at the school for thirty years.\n\n"
        "“Children learn the sea before they learn to read,” Bakari says.\n\n"
        "Nearby, Fundi Omar Mchangama mends a net. “This knot is older than the harbour,” the Fundi says."
    )
    assert got == [
        ("Children learn the sea before they learn to read", "Juma Bakari"),
        ("This knot is older than the harbour", "Omar Mchangama"),
    ]


def test_a_person_opening_a_clause_after_so_is_the_she_that_follows():
    got = direct(
        "The boats leave before dawn, so Halima Soilihi is at the harbour by four. By six her crates are full.\n\n"
        "“The fish do not wait for anyone,” she says."
    )
    assert got == [("The fish do not wait for anyone", "Halima Soilihi")]


def test_a_man_named_in_the_subject_is_that_man():
    got = direct(
        "A man named Joaquim Semedo, who runs the ferry office, said the boat would sail on Friday. "
        "“We leave at noon,” he said."
    )
    assert got == [("We leave at noon", "Joaquim Semedo")]
