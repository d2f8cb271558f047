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
