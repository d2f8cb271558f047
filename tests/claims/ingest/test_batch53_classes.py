"""The error classes of blind batch 53 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct


def test_a_listener_in_a_place_with_a_particle_is_unnamed_not_the_place():
    got = direct(
        "Línea Directa with Lupe Arredondo.\n\n"
        'ARREDONDO: The messages have not stopped. One listener in Boca del Mar writes, "Three days without water '
        'and they still sent me the bill." What do you say to her?\n\n'
        "LUNA: That nobody will be charged for days without supply.\n\n"
        "ARREDONDO: Verónica Luna, thank you.\n"
    )
    assert dict(got)["Three days without water and they still sent me the bill."] is None


def test_our_statement_in_a_turn_is_the_body_the_speaker_works_for():
    got = direct(
        "An edited transcript of Línea Directa. The presenter is Lupe Arredondo. Her guest was Verónica Lunares, "
        "customer relations director at Hidro Costa, the company that holds the water concession.\n\n"
        "ARREDONDO: Will people be charged for the days without water?\n\n"
        'LUNARES: No. Our statement on Friday said it clearly: "Customers affected by interruptions will receive '
        'a credit on their next invoice." I will repeat that.\n\n'
        "ARREDONDO: Thank you.\n"
    )
    assert dict(got)["Customers affected by interruptions will receive a credit on their next invoice."] == (
        "Hidro Costa"
    )


def test_a_body_named_after_its_kind_keeps_a_word_that_is_also_a_title():
    got = direct(
        "The regional heritage group Pro Val Bregaglia said in a statement that the closure was “a decision "
        "taken far from the people it affects.”\n"
    )
    assert dict(got)["a decision taken far from the people it affects."] == "Pro Val Bregaglia"


def test_the_title_after_an_inverted_name_tells_two_people_with_one_family_name_apart():
    got = direct(
        "“The bridge is closed until further notice,” said Paolo Ferrazzi, mayor of the municipality of Olivone.\n\n"
        "“We have nowhere else to sleep,” said Lucia Ferrazzi, a teacher who is the mayor’s sister.\n\n"
        "The mayor said he would meet the engineers on Friday. “We need a date, not a promise,” Ferrazzi said.\n"
    )
    assert dict(got)["We need a date, not a promise"] == "Paolo Ferrazzi"


def test_she_in_a_quote_is_the_woman_the_paragraph_named_before_it():
    got = direct(
        "“Every slope is being watched,” said geologist Anna Keller.\n\n"
        "“I have not slept since Sunday,” said Maria Conti, who runs the village shop.\n\n"
        "The mayor, Bruno Rossi, said he had spoken with Keller late on Monday. “She told me, ‘Nothing moves "
        "before Friday,’ and I believe her,” Rossi said.\n"
    )
    assert dict(got)["Nothing moves before Friday"] == "Anna Keller"


def test_the_association_is_the_body_a_description_named_with_a_plural_possessive():
    got = direct(
        "Anna Berzina, who chairs the fishermen's association Zvejas Draugi, said the catch had halved.\n\n"
        'The association said in a written submission that the plan would "end three centuries of fishing on '
        'the lake."\n'
    )
    assert dict(got)["end three centuries of fishing on the lake."] == "Zvejas Draugi"


def test_a_shared_family_name_said_of_what_one_of_them_was_introduced_with():
    got = direct(
        "Anna Berzina, who chairs the fishermen's association on the lake, said the catch had halved.\n\n"
        'Marta Berzina, who runs a guesthouse on the shore, said bookings had fallen. "Nobody comes for the '
        'turbines," she said.\n\n'
        'Berzina said the association would refuse any survey paid for by the developer. "The one who pays '
        'chooses the birds," she said.\n'
    )
    assert dict(got)["The one who pays chooses the birds"] == "Anna Berzina"
