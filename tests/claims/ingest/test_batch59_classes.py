"""The error classes of blind batch 59 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct

_PHONE_IN = (
    "Open Line: Custer County wind moratorium (edited transcript)\n\n"
    "This is an edited transcript of Thursday's call-in hour on KBWX 1340 AM. Host Gary Pospisil was joined by "
    "Commissioner Lyle Harrington. Callers included Ray Kucera and his sister-in-law, Judy Kucera.\n\n"
    "HOST: Good morning, it's six minutes after nine and this is Open Line. Lyle, what is the board voting on?\n\n"
    "HARRINGTON: It's a twelve-month pause on new permits.\n\n"
    "HOST: Let's go over to Merna. Ray, you're on the air.\n\n"
    "RAY: Yeah, thanks, Gary. The flicker comes right across my kitchen table.\n\n"
    "HOST: I believe we've got Judy Kucera holding on line three. Judy, go ahead.\n\n"
    'JUDY: Hi, Gary. Hi, Ray. Look, I love my brother-in-law, but Ray, you told me at Easter, "If they offered '
    "me a lease tomorrow I'd sign it before supper.\" So I don't think this is about the flicker.\n"
)


def test_this_is_the_programme_the_text_opens_with_names_no_host():
    opening = "Good morning, it's six minutes after nine and this is Open Line. Lyle, what is the board voting on?"
    assert dict(direct(_PHONE_IN))[opening] == "Gary Pospisil"


def test_you_told_me_at_a_capitalised_time_is_the_one_called_by_name():
    assert dict(direct(_PHONE_IN))["If they offered me a lease tomorrow I'd sign it before supper."] == "Ray Kucera"


def test_a_name_with_a_click_letter_typed_as_an_exclamation_mark():
    got = direct(
        "The agreement was negotiated with the Aus Community Development Trust.\n\n"
        "“Today that promise is in writing, with dates and with penalties,” said Josephine !Hoaës, chairperson of "
        "the Trust.\n\n"
        "Ms !Hoaës will sit on a joint water committee. “We will be watching every single meter reading,” she said.\n"
    )
    assert [speaker for _, speaker in got] == ["Josephine !Hoaës", "Josephine !Hoaës"]


def test_among_them_is_a_name_is_the_he_after_it():
    got = direct(
        "Among the first 30 trainees is Riaan du Plessis, 22, from Keetmanshoop. “My father worked on the diamond "
        "boats,” he said.\n"
    )
    assert got == [("My father worked on the diamond boats", "Riaan du Plessis")]


def test_the_chief_executive_is_the_one_given_the_office_in_capitals():
    got = direct(
        "“Water is the first thing people ask us about,” said Ndapewa Nangolo-Shikongo, Chief Executive Officer of "
        "KGHC.\n\n"
        "Ms Nangolo-Shikongo said construction would create about 600 jobs. “Our target is that seven in ten of those "
        "jobs go to people from this region,” the Chief Executive added.\n"
    )
    assert dict(got)["Our target is that seven in ten of those jobs go to people from this region"] == (
        "Ndapewa Nangolo-Shikongo"
    )


def test_a_priests_title_is_not_part_of_his_name():
    got = direct(
        'The parish priest in Dolhasca, Father Vasile Ciobanu, says the church will stay open. "The doors are open '
        'to anyone who needs them," he told us.\n'
    )
    assert got == [("The doors are open to anyone who needs them", "Vasile Ciobanu")]


def test_an_exportadora_is_the_company():
    got = direct(
        "Exportadora Cumbre Verde, one of the largest buyers in the region, said in an email that its prices "
        "followed the New York futures market.\n\n"
        "“We pay a transparent price, published every morning,” the company wrote.\n"
    )
    assert got == [("We pay a transparent price, published every morning", "Exportadora Cumbre Verde")]


def test_a_submission_the_chair_says_she_will_read_is_its_senders():
    got = direct(
        "The session was chaired by Sigríður Hallgrímsdóttir.\n\n"
        "CHAIR: Good morning. We begin with the escapes.\n\n"
        "CHAIR: The committee has received a written submission from Árvörður, the association of salmon river "
        'owners. I will read the relevant paragraph into the record: "Owners of salmon rivers have lost bookings '
        'this season."\n'
    )
    assert dict(got)["Owners of salmon rivers have lost bookings this season."] == "Árvörður"


def test_a_body_named_x_to_y_keeps_its_whole_name():
    got = direct(
        "Reef to Ridge Fiji said in an emailed statement that the move would cost about 4.2 million Fijian dollars. "
        '"Nakorovou is showing other coastal communities the way," the organisation said.\n'
    )
    assert got == [("Nakorovou is showing other coastal communities the way", "Reef to Ridge Fiji")]


# Leftovers of batches 58 and 59, fixed in the next session.


def test_a_cue_after_and_opens_another_clause():
    got = direct(
        "(After the session, Jüri Põld told reporters in the corridor that the company would “accept any deadline "
        "that comes with money for retraining,” and Kadri Mägi said the vote would be “closer than anyone in this "
        "building expects.”)\n"
    )
    assert got == [
        ("accept any deadline that comes with money for retraining", "Jüri Põld"),
        ("closer than anyone in this building expects.", "Kadri Mägi"),
    ]


_SPOUSES = (
    "Adam Verret, 67, was watching water creep up his driveway. Parish President Gerald Fontenot spoke at noon. "
    "“Stay home,” Fontenot said.\n\n"
    "Monique Verret met our reporter on the porch. “It came to the second step,” she said.\n\n"
)


def test_her_husband_is_the_man_who_shares_her_family_name():
    got = direct(_SPOUSES + "Her husband was less sentimental. “I am going to paint the top step,” he said.\n")
    assert dict(got)["I am going to paint the top step"] == "Adam Verret"
    got = direct(_SPOUSES + "Her husband said: “I am going to paint the top step.”\n")
    assert dict(got)["I am going to paint the top step."] == "Adam Verret"


def test_her_husband_is_nobody_when_two_men_share_her_family_name():
    got = direct(
        "Paul Verret, her son, runs the bait shop. "
        + _SPOUSES
        + "Her husband was less sentimental. “I am going to paint the top step,” he said.\n"
    )
    assert dict(got)["I am going to paint the top step"] != "Adam Verret"


def test_a_body_posting_a_plea_speaks_through_it():
    got = direct(
        "At the shelter at the civic center, volunteers from Bayou Bethel Relief Ministry posted a plea on "
        "Instagram: “We need adult diapers, phone chargers and decaf coffee.”\n\n"
        "The shelter's manager posted a notice: “Doors close at nine tonight for everyone.”\n"
    )
    assert dict(got)["We need adult diapers, phone chargers and decaf coffee."] == "Bayou Bethel Relief Ministry"


def test_a_name_after_and_mid_sentence_is_the_she_that_follows():
    got = direct(
        "At 78, Teodora Galicia-Ompad still makes calamay by hand. “It is our life,” she said.\n\n"
        "A woman buying ten shells, who asked not to be named, put it more bluntly. “My boss in Dubai is addicted "
        "to this,” she said.\n\n"
        "By ten the pan is nearly dry and Teodora Galicia-Ompad finally sets down the paddle. She is asked who will "
        "stir when she no longer can.\n\n"
        "“When I cannot stir anymore, Kristine will stir,” she says.\n"
    )
    assert dict(got)["When I cannot stir anymore, Kristine will stir"] == "Teodora Galicia-Ompad"


def test_he_inside_a_quote_is_the_man_the_paragraph_before_named_in_passing():
    got = direct(
        "Teodora Galicia-Ompad still makes calamay by hand.\n\n"
        "She learned it at nineteen, the year she married Eusebio Ompad, a fisherman who proposed with a shell.\n\n"
        "“He put it in my hands and said, ‘If you can make this better than my mother, I will marry you twice,’” "
        "she recalls.\n"
    )
    assert dict(got)["If you can make this better than my mother, I will marry you twice"] == "Eusebio Ompad"


def test_a_relative_of_a_family_is_someone_unnamed_not_a_body():
    got = direct(
        'Sandile Mkhwanazi, who manages the reserve, said the farm had spent money. "We have a fence," Mkhwanazi '
        "said.\n\n"
        'A relative of the Ntulis, who declined to give her name, said the family would pay for an appeal. "They '
        'are not the people who got rich from this horn," she said.\n'
    )
    assert dict(got)["They are not the people who got rich from this horn"] is None


def test_a_legal_form_with_full_stops_is_kept_whole():
    got = direct(
        "The buyer, Norte Verde Alimentos S.A., signed the deal in May.\n\n"
        "Norte Verde Alimentos said it expected traceable pulp to account for “at least 40 per cent of our açaí "
        "volume by 2028.”\n"
    )
    assert got == [("at least 40 per cent of our açaí volume by 2028.", "Norte Verde Alimentos S.A.")]


def test_a_greeting_is_no_name_and_my_supplier_is_someone_unnamed():
    got = direct(
        "Host Wes Olsen was joined by the borough's Renata Haugland.\n\n"
        "HOST: Good morning. Renata, what changes on Monday?\n\n"
        "HAUGLAND: The ferry comes once a week instead of twice.\n\n"
        "CALLER: Hi Renata, hi Wes. I run the bakery here. When my supplier in Seattle saw the new schedule, he called "
        'me up and said, "Darlene, you\'d better go buy a bigger freezer." I laughed.\n'
    )
    assert dict(got)["Darlene, you'd better go buy a bigger freezer."] is None


def test_an_adverb_opening_an_answer_is_no_part_of_a_body_and_casa_is_a_body():
    got = direct(
        "Interview by Tomás Iñiguez-Lara with the grower María de los Ángeles Ruvalcaba.\n\n"
        "Q: Who bought your agave?\n\n"
        "A: Mostly Casa Tres Barrancas, and two small distilleries. Last year their buyer phoned me and said, “Doña "
        "Ángeles, we have enough agave for three years.”\n\n"
        "Q: Casa Tres Barrancas issued a statement last week saying that “the market is correcting rather than "
        "collapsing.” What do you make of that?\n"
    )
    assert dict(got)["the market is correcting rather than collapsing."] == "Casa Tres Barrancas"
    assert "Mostly Casa Tres Barrancas" not in dict(got).values()
