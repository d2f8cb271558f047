"""Counter-examples a review found against the rules added for batches 91 to 93 (each narrowed after it)."""

from tests.claims.ingest.conftest import direct


def test_ba_bi_bana_and_agogo_are_names_not_honorifics():
    got = direct(
        "Senegal's prime minister, Amadou Ba, said the date was fixed. “The date is fixed and it will not move,” Ba "
        "told reporters.\n\nThe novelist Bi Feiyu spoke at the festival. “I write about people who are never "
        "written about,” Bi said.\n\nJunior Agogo, the former Ghana striker, looked back. “I never had a better time "
        "than in Accra,” Agogo said.\n"
    )
    assert [s for _, s in got] == ["Amadou Ba", "Bi Feiyu", "Junior Agogo"]


def test_a_reporter_who_opens_by_addressing_the_official_is_not_named_by_it():
    got = direct(
        "The White House press briefing, with press secretary Karine Jean-Pierre and Secretary Antony Blinken.\n\n"
        "JEAN-PIERRE: Good afternoon, everybody. I have two announcements and then I will take your questions.\n\n"
        "BLINKEN: Thank you, Karine. We are working every hour of every day to bring the hostages home.\n\n"
        "Q: Karine, thank you. On the border. Is the president going to sign the order this week?\n\n"
        "JEAN-PIERRE: I am not going to get ahead of the president on that, as you can imagine.\n\n"
        "Q: Secretary Blinken, a question on the hostages. Are you any closer to a deal today?\n\n"
        "BLINKEN: We are closer than we were a week ago, but we are not there yet.\n"
    )
    asked = [s for t, s in got if t.startswith(("Karine, thank", "Secretary Blinken, a"))]
    assert "Karine Jean-Pierre" not in asked
    assert "Antony Blinken" not in asked


def test_a_description_is_not_a_famous_title_holder_named_next():
    got = direct(
        "“We have filed complaint after complaint and nothing happens,” said the president of the tenants' "
        "association.\n\nPresident Joe Biden last year announced new money for public housing repairs.\n"
    )
    assert got[0][1] is None


def test_that_is_a_place_names_no_one():
    got = direct(
        "Senator Ted Cruz spoke first, and he did not hold back.\n\n“This bill is a disaster for working families.”\n\n"
        "That is Texas, a state where the energy industry employs hundreds of thousands of people.\n"
    )
    assert got[-1][1] == "Ted Cruz"


def test_an_aside_after_someone_else_s_speech_verb_is_still_an_aside():
    got = direct(
        "Deborah Nkemelu, the former treasurer, said the warning had been ignored. “Peter Ashworth said, and I told "
        "the committee this at the time, ‘We will deal with it after the election,’” Nkemelu said.\n"
    )
    assert got[-1][1] == "Peter Ashworth"


def test_a_host_introducing_a_guest_with_her_own_family_name_is_still_the_host():
    got = direct(
        "Kiss FM Breakfast, Lusaka. Host: Chanda Phiri.\n\n"
        "PHIRI: Good morning, Zambia! It is Monday and the load-shedding is back. Our first guest this morning is "
        "from ZESCO. Victor Phiri from ZESCO is with us in studio. Welcome, Victor.\n\n"
        "GUEST: Thank you, Chanda. Good morning to your listeners.\n\n"
        "PHIRI: How many hours a day should people expect?\n"
    )
    host = [s for t, s in got if t.startswith(("Good morning, Zambia", "How many"))]
    assert host == ["Chanda Phiri", "Chanda Phiri"]
