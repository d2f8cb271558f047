"""The error classes of blind batch 60 (fixed after its first contact), each on an invented snippet."""

from tests.claims.ingest.conftest import direct

_HEARING = (
    "The committee is chaired by Inese Kalniņa. Deputies Ēriks Bērziņš and Jānis Ozols also took part.\n\n"
    "CHAIR: Colleagues, we are quorate. Mr Bērziņš, you have a question.\n\n"
    "BĒRZIŅŠ: Why has nobody proposed a buy-back?\n\n"
    "(The Chair, Ms Kalniņa, left the sitting. Deputy Chair Jānis Ozols presided.)\n\n"
    "DEPUTY CHAIR: Thank you, colleagues. We continue with the ministry.\n"
)


def test_a_plural_title_before_names_is_no_part_of_them():
    assert dict(direct(_HEARING))["Why has nobody proposed a buy-back?"] == "Ēriks Bērziņš"


def test_a_deputy_chair_label_is_the_one_the_text_made_deputy_chair():
    assert dict(direct(_HEARING))["Thank you, colleagues. We continue with the ministry."] == "Jānis Ozols"


_DUDUK = (
    "GYUMRI, Armenia — Vardan Ter-Grigoryan has carved some 4,000 duduks. His daughter, Ani Ter-Grigoryan, 31, "
    "joined him at the lathe two years ago. Lilit Hakobyan spoke with them.\n\n"
    "Q: How many instruments do you finish in a year now?\n\n"
    "A: Maybe ninety. Ten years ago it was two hundred and fifty.\n\n"
    "Ani Ter-Grigoryan joined the conversation at this point.\n\n"
    "HAKOBYAN: Ani, why did you come home?\n\n"
    "ANI: I did not want my father to end up as a museum exhibit. When I told him I was quitting, his first words "
    'were, "You will ruin your hands and your marriage." I decided to risk the hands.\n\n'
    "VARDAN: She is faster than me, which worries me.\n"
)


def test_the_answers_of_a_q_and_a_are_the_first_named_of_two_namesakes():
    assert dict(direct(_DUDUK))["Maybe ninety. Ten years ago it was two hundred and fifty."] == "Vardan Ter-Grigoryan"


def test_his_first_words_were_is_her_father_in_her_turn():
    assert dict(direct(_DUDUK))["You will ruin your hands and your marriage."] == "Vardan Ter-Grigoryan"


def test_a_message_after_its_senders_family_name_is_that_person():
    got = direct(
        "The buyer, Liang Haoran, who runs a breeding centre in Jiangsu province, answered questions by email. "
        "Liang’s message read: “The Lemaire line is well known in China for flying well in bad weather.”\n"
    )
    assert got == [("The Lemaire line is well known in China for flying well in bad weather.", "Liang Haoran")]


def test_told_of_something_opening_a_sentence_is_no_cue_and_no_subject():
    got = direct(
        "Joseph Lemaire has flown pigeons for seventy-one seasons. The buyer's company said the birds were doing well."
        "\n\nTold of the invitation, Joseph Lemaire laughed until he coughed. “Tell him I have never been further "
        "than Lourdes,” he said.\n"
    )
    assert dict(got)["Tell him I have never been further than Lourdes"] == "Joseph Lemaire"


def test_a_short_label_before_a_nickname_he_says_is_no_quote():
    got = direct(
        "Since then the village has called Thierry Lemaire “le Chinois,” a nickname he says he has learned to live "
        "with. “I sold pigeons, and I would do it again tomorrow,” he said.\n"
    )
    assert [t for t, _ in got] == ["I sold pigeons, and I would do it again tomorrow"]


_TRIAL = (
    "Cheikh Tidiane Mbengue, 52, founder of the developer Teranga Habitat, and his wife, Aminata Mbengue, 47, are "
    "accused of fraud.\n\n"
    'The prosecutor, Abdoulaye Seck, spoke. "The state will ask for the maximum," Seck told the court.\n\n'
    'Aminata Mbengue said she had signed documents. "I was finance director only on paper," she said.\n\n'
    "When the judge asked whether he wished to respond to the testimony, Mbengue rose and buttoned his jacket.\n\n"
    '"I have never told anyone to sell a plot twice," he said.\n\n'
    "A relative of the couple, who asked not to be named because the family has received threats, was also "
    'outside. "They are being made to pay for a whole system," he said.\n'
)


def test_a_shared_family_name_with_his_four_words_on_is_the_husband():
    assert dict(direct(_TRIAL))["I have never told anyone to sell a plot twice"] == "Cheikh Tidiane Mbengue"


def test_a_relative_of_the_couple_is_someone_unnamed():
    assert dict(direct(_TRIAL))["They are being made to pay for a whole system"] is None


def test_a_statement_read_on_its_behalf_is_the_bodys():
    got = direct(
        "Outside the courthouse, Ndèye Coumba Faye, the spokeswoman for a victims' group, the Collectif des "
        'Acquéreurs de Teranga Habitat, read a statement on its behalf saying that its 212 members "want their land '
        'back, not apologies," and that many had been paying rent for years.\n'
    )
    assert got == [("want their land back, not apologies", "Collectif des Acquéreurs de Teranga Habitat")]


_PHONE_IN = (
    "Host Reese Callahan devoted the hour to the distillery's plan. Callers are identified as they introduced "
    "themselves on air.\n\n"
    "HOST: Good morning, the board lit up before we even went on air.\n\n"
    "DARLENE: Morning, Reese. This is Darlene Pruitt out on Cedar Ridge. It’s on my grandbaby’s swing set.\n\n"
    "WAYNE: It’s the husband. Reese, I put in twenty-two years at the distillery.\n\n"
    "HOST: Wayne Pruitt, ladies and gentlemen. Line two has been patient. You work at the distillery, I’m told?\n\n"
    "LUKE: Yes sir, Luke O’Bryan, I drive a forklift in Warehouse K. I’ll say this carefully.\n\n"
    "HOST: We have Jolene Haydon, the company's community relations manager.\n\n"
    "HAYDON: I did hear him. Mrs. Pruitt said “it’s on my grandbaby’s swing set,” and I would like to see it.\n"
)


def test_a_given_name_label_whose_turn_gives_the_full_name_is_that_caller():
    got = dict(direct(_PHONE_IN))
    assert got["Yes sir, Luke O’Bryan, I drive a forklift in Warehouse K. I’ll say this carefully."] == "Luke O’Bryan"


def test_mrs_before_a_shared_family_name_is_the_woman():
    assert dict(direct(_PHONE_IN))["it’s on my grandbaby’s swing set"] == "Darlene Pruitt"


def test_a_body_quoted_by_its_short_name_takes_its_full_name_with_legal_form():
    got = direct(
        "Host Reese Callahan devoted the hour to Old Tanyard Distilling Co.’s plan to build six warehouses.\n\n"
        "HOST: Good morning, everyone, the board lit up.\n\n"
        "CALLER: Hi Reese, I live on the ridge and I am worried.\n\n"
        "HOST: I did invite Old Tanyard to come on this morning. They sent a statement instead, so I’ll read it "
        "straight: “Old Tanyard has made bourbon in this county for 140 years.”\n"
    )
    assert dict(got)["Old Tanyard has made bourbon in this county for 140 years."] == "Old Tanyard Distilling Co."


def test_the_post_read_is_the_body_that_posted_on_instagram_and_keeps_its_name():
    got = direct(
        "12:05\nStruma Rail Freight said in a statement that the line was closed.\n\n"
        "12:20\nPirin Volunteer Rescue, a volunteer firefighting group from Blagoevgrad, posted on Instagram that 22 "
        "of its members had joined the crews. “Bring us water, not drones. We already have enough people "
        "filming,” the post read.\n"
    )
    assert dict(got)["Bring us water, not drones. We already have enough people filming"] == "Pirin Volunteer Rescue"


def test_his_message_read_by_his_daughter_is_his():
    got = direct(
        "Ybarra, 84, who founded the cooperative in 1979, could not attend after hip surgery. Tomás Ybarra has "
        "farmed the valley all his life.\n\n"
        "His daughter, cooperative president Lucía Ybarra-Kincaid, read his message to about 300 growers: "
        '"I have watched three generations pray for rain in this valley."\n\n'
        'Lucía Ybarra-Kincaid read her statement: "We stopped praying and started digging."\n'
    )
    assert dict(got) == {
        "I have watched three generations pray for rain in this valley.": "Tomás Ybarra",
        "We stopped praying and started digging.": "Lucía Ybarra-Kincaid",
    }


def test_the_title_before_a_name_makes_the_director_inside_a_quote_her():
    got = direct(
        "Riders were not reassured. Jean-Bosco Habimana said his members had moved to the bikes, drawn by a "
        "recruitment drive fronted by the company's managing director, Claudine Uwase.\n\n"
        '"They came to our meetings with banners," Habimana said. "The director herself stood right in front of us '
        "and said, 'Your batteries will never, ever run out on the road.' Now every one of those bikes is parked.\"\n"
    )
    assert dict(got)["Your batteries will never, ever run out on the road."] == "Claudine Uwase"
