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


def test_one_woman_then_her_sister_named_is_not_the_woman():
    got = direct(
        "Families waited outside the mine on Wednesday for news of the 12 trapped workers.\n\n"
        "“My husband went down at six this morning. Nobody will tell us anything,” one woman said.\n\n"
        "Rescue teams had reached the second shaft by nightfall, officials said.\n\n"
        "Later, Ana Morales, the woman’s sister, said the family had been told to go home and wait.\n"
    )
    assert got[0][1] is None


def test_that_s_x_with_a_job_or_an_age_names_who_spoke():
    got = direct(
        "The shops on Main Street opened late on Monday.\n\n"
        "“We lost a week of trade and nobody from the council has called.”\n\n"
        "That's Tom Hale, owner of Hale's Hardware, which has stood on the corner since 1962.\n\n"
        "“I have lived here all my life and never seen the river this high.”\n\n"
        "That's Maria Lopez, 34, who lives on the third floor with her two children.\n"
    )
    assert [s for _, s in got] == ["Tom Hale", "Maria Lopez"]


def test_a_reporter_s_outlet_may_open_with_the_and_a_caller_s_town_run_to_a_state():
    got = direct(
        "The briefing with Secretary Antony Blinken, transcript.\n\n"
        "BLINKEN: Good afternoon. I will take a few questions before I leave for the airport.\n\n"
        "Q: Peter Baker, the New York Times. Has the Secretary spoken to his counterpart today?\n\n"
        "BLINKEN: I spoke to him this morning, and we agreed to meet again next week.\n"
    )
    assert [s for t, s in got if t.startswith("Peter Baker")] == ["Peter Baker"]
    got = direct(
        "The Farm Hour, call-in edition. Host: Dana Reeves.\n\n"
        "HOST: Our first caller is on the line. Go ahead, you're on the air.\n\n"
        "CALLER: Good morning. Tom Walsh from Cedar Rapids, Iowa. I've been farming corn here for forty years.\n\n"
        "HOST: Tom, how bad is the drought on your land this summer?\n"
    )
    assert [s for t, s in got if t.startswith("Good morning. Tom")] == ["Tom Walsh"]
