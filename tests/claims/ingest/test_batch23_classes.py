"""The error classes of blind batch 23 (fixed after its first contact), each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def test_a_relative_clause_ending_on_called_gives_the_words_to_its_subject():
    got = direct(
        "Bakers in Tarvel stopped work on Monday over a pay dispute that guild secretary Inés Molvar Ruiz "
        "called “a quarrel nobody in this town wanted.”\n\n"
        "The mill owners rejected a claim the harbour master, Teodor Brask, called “a rumour that grew legs overnight.”"
    )
    assert got == [
        ("a quarrel nobody in this town wanted.", "Inés Molvar Ruiz"),
        ("a rumour that grew legs overnight.", "Teodor Brask"),
    ]


def test_who_after_an_ambiguous_job_makes_a_person_and_late_tuesday_is_a_time():
    article = analyze_article(
        "Lidia Forsan, a former forklift operator who has led the drivers' union since 2020, said talks had failed.\n\n"
        "Late Friday, Forsan spoke to the drivers at the depot.\n\n"
        "“We stay out until they write it down,” she told them."
    )
    assert [(q.text, q.speaker) for q in article.quotes if q.kind == "direct"] == [
        ("We stay out until they write it down", "Lidia Forsan")
    ]
    assert [(s.name, s.kind) for s in article.speakers] == [("Lidia Forsan", "person")]


def test_a_caller_who_gives_her_name_and_a_caller_label_after_a_labelled_guest():
    got = direct(
        '[Transcript of "Morning Line" on Radio Veld. Host Neo Tlale takes calls on the drought.]\n\n'
        "TLALE: Our next caller is Kgosi Mothusi Dintwe, who joins us from Serowe. Kgosi, welcome.\n\n"
        "DINTWE: Thank you. The boreholes in our ward have been dry since August.\n\n"
        "TLALE: Palesa is calling from Lobatse. Dumela, you are on the air.\n\n"
        "PALESA: Dumela. My name is Palesa Moagi and my shop has had no water for a week.\n\n"
        "TLALE: We have a caller who did not give a name. Go ahead.\n\n"
        "CALLER: Why do the hotels fill their pools every day?\n\n"
        'TLALE: We asked the water board about that. A spokesperson told us the repairs would be "finished '
        'before the first rains of the season." We will see.'
    )
    assert got == [
        ("Our next caller is Kgosi Mothusi Dintwe, who joins us from Serowe. Kgosi, welcome.", "Neo Tlale"),
        ("Thank you. The boreholes in our ward have been dry since August.", "Mothusi Dintwe"),
        ("Palesa is calling from Lobatse. Dumela, you are on the air.", "Neo Tlale"),
        ("Dumela. My name is Palesa Moagi and my shop has had no water for a week.", "Palesa Moagi"),
        ("We have a caller who did not give a name. Go ahead.", "Neo Tlale"),
        ("Why do the hotels fill their pools every day?", None),
        (
            'We asked the water board about that. A spokesperson told us the repairs would be "finished before '
            'the first rains of the season." We will see.',
            "Neo Tlale",
        ),
        ("finished before the first rains of the season.", None),  # "the water board" was never named
    ]


def test_a_spokesperson_after_a_named_board_speaks_for_it():
    got = direct(
        "The Okavango Water Utilities Board cut supply to three suburbs on Monday.\n\n"
        'TLALE: We asked the board about the subsidy. A spokesperson told us it would be "paid in full before '
        'the end of the financial year." Do you believe that?\n\n'
        "KABO: No, Rra. They said the same last year."
    )
    assert ("paid in full before the end of the financial year.", "Okavango Water Utilities Board") in got


def test_he_in_a_turn_after_my_father_is_the_father_the_intro_named():
    got = direct(
        "Mariam Petrosyan inherited the orchard from her father, Levon Petrosyan. The interview was edited.\n\n"
        "Q: Why did you come back?\n\n"
        "PETROSYAN: Because of my father. He was stubborn, and when he was ill he kept saying, “Never sell the "
        "apricot trees.” So I stayed.\n\n"
        "Q: The critic Anahit Sarkis called your dried fruit “the best thing to come out of the valley in years.” "
        "Does praise matter?\n\n"
        "PETROSYAN: To my bank, yes."
    )
    assert ("Never sell the apricot trees.", "Levon Petrosyan") in got
    assert ("the best thing to come out of the valley in years.", "Anahit Sarkis") in got


def test_our_report_and_your_associations_newsletter_and_a_letter_read_out():
    got = direct(
        "Present: Ms Clara Weis, president of the Esch Renters' Federation; Mr Paul Kremer, director of the "
        "Association of Home Builders.\n\n"
        'Ms WEIS: Our federation published its report in May. In that report we wrote that "the deposit rules '
        'protect nobody who actually rents," and I stand by it.\n\n'
        'I will read a short letter from one of our members, Ana Duarte Lopes, a cook in Dudelange: "My '
        'landlord kept the whole deposit for a scratch on the door."\n\n'
        "Mr KREMER: We build what the rules allow.\n\n"
        "Ms WEIS: Mr Kremer, your association's own newsletter said in March that builders were \"waiting for "
        'prices to rise before they start digging." Is that true?'
    )
    assert ("the deposit rules protect nobody who actually rents", "Esch Renters' Federation") in got
    assert ("My landlord kept the whole deposit for a scratch on the door.", "Ana Duarte Lopes") in got
    assert ("waiting for prices to rise before they start digging.", "Association of Home Builders") in got


def test_the_utility_and_an_unnamed_mother_and_a_study_published_by_a_network():
    got = direct(
        "The Coral Bay Electricity Company says it will cut power at noon. In a statement, the utility said "
        "crews were ready “in every village along the shore.”\n\n"
        "Rosa Itzel, who runs a café by the jetty, said she had closed early. “My mother lived through three "
        "hurricanes and she always said, ‘Trust the birds, not the radio.’ The birds left yesterday,” she said.\n\n"
        "A study published in June by the Reef Watch Network, a research group, found the reef was bleaching, and "
        "described the change as “faster than anything in the diving logs.”"
    )
    assert ("in every village along the shore.", "Coral Bay Electricity Company") in got
    assert ("Trust the birds, not the radio.", None) in got
    assert ("faster than anything in the diving logs.", "Reef Watch Network") in got


def test_he_replied_after_she_asked_him_and_an_unnamed_uncle():
    got = direct(
        "Moussa Kinda, the site foreman, is on trial.\n\n"
        'The presiding judge, Salimata Traoré-Diallo, asked him why there was no written order. "Why is there no '
        'paper?" she asked.\n\n'
        '"On a site, an order is given by mouth," he replied.\n\n'
        "An uncle of one of the dead workers, who did not want to be named, said the families were angry. "
        '"Nobody has told us the truth," he said.'
    )
    assert ("On a site, an order is given by mouth", "Moussa Kinda") in got
    assert ("Nobody has told us the truth", None) in got


def test_a_country_is_no_short_form_of_a_body_named_after_it():
    article = analyze_article(
        "The storm is nearing the Belize coast.\n\n"
        "The Belize Coastal Telephone Company says it will close two exchanges “to keep our engineers out of "
        "harm's way tonight.”"
    )
    assert [s.mentions for s in article.speakers] == [["Belize Coastal Telephone Company"]]


def test_a_name_for_something_is_no_quote_however_punctuated():
    got = direct(
        "Growers call it the “pepper rush,” and many say they cannot leave it. “We plant what sells,” said "
        "Thura Aung, a grower."
    )
    assert got == [("We plant what sells", "Thura Aung")]
