"""The error classes of blind batch 97 (the last fresh batch; fixed after its first contact), each on an invented
snippet."""

from tests.claims.ingest.conftest import direct


def test_a_hyphenated_title_is_not_part_of_the_name():
    got = direct(
        "12:58 — Police have closed the roads around the stadium. 'We are asking fans without tickets to go home,' "
        "said Inspector-General Musa Bangura.\n"
    )
    assert [s for _, s in got] == ["Musa Bangura"]


def test_lyonpo_is_a_bhutanese_title_not_a_name():
    got = direct("'The ministry accepts every word of the report,' said Lyonpo Karma Wangchuk.\n")
    assert [s for _, s in got] == ["Karma Wangchuk"]
