"""Counter-examples a reviewer wrote against the rules added for batches 73 to 75: ordinary copy each rule first got
wrong (the answer now is the one the engine gave before the rule, or the right one)."""

import pytest

from tests.claims.ingest.conftest import direct

CASES = [
    (  # a family name written with its particle is no patronymic
        "Osama bin Laden, the founder of al-Qaeda, recorded a new message, officials said on Tuesday.\n\n"
        '"America will not dream of security," Bin Laden said in the tape.\n',
        "America will not dream of security",
        "Osama bin Laden",
    ),
    (  # "The coach named Valverde, 26, as captain" is a verb, not "a teacher named Suharti"
        "MADRID (AP) - Real Madrid coach Carlo Ancelotti confirmed the captaincy on Friday.\n\n"
        'The coach named Valverde, 26, as his new captain. "He has earned it," he said.\n',
        "He has earned it",
        "Carlo Ancelotti",
    ),
    (  # another Jones the quote neither speaks to nor of is no brother
        "Council leader Andrew Jones defended the levy on Thursday.\n\n"
        "David Jones, a sheep farmer, was not convinced. \"My brother said, 'Sell up while you can.' I might,\" he "
        "said.\n",
        "Sell up while you can.",
        None,
    ),
    (  # "Governor Maria Santos is 61." names an official, not the woman quoted before
        'A woman stood in the queue outside the bank. "They have frozen my savings," she said.\n\n'
        "Governor Maria Santos is 61. She told reporters the freeze would end on Monday.\n",
        "They have frozen my savings",
        None,
    ),
    (  # the mayor handing an award to someone described with an age is still "she"
        "Mayor Linda Park presented the medals on Saturday.\n\n"
        "She handed the first award to Alex Rivera, 17, a student at Central High who pulled two children from the "
        'river. "This town owes that kid," she said.\n',
        "This town owes that kid",
        "Linda Park",
    ),
    (  # "called him Monday" gives no one a name
        "Maria Lopez, 52, runs the bakery on Main Street. Her landlord, Tom Reyes, owns the building.\n\n"
        "\"I called him Monday. He told me, 'The rent is going up,'\" Lopez said.\n",
        "The rent is going up",
        "Tom Reyes",
    ),
    (  # "The young man, X, 19," does not take the judge's words
        "TIRANA - A court on Tuesday convicted a 19-year-old of smuggling migrants across the border.\n\n"
        '"You knew what you were carrying," the judge said.\n\n'
        "The young man, Ardit Prenga, 19, was sentenced to four years.\n",
        "You knew what you were carrying",
        None,
    ),
    (  # "the girl's mother said" is not the girl
        "The family had been searching for weeks.\n\n"
        '"She is only sixteen and she is terrified," the girl\'s mother said.\n\n'
        "The girl turns out to be Aziza, 16, a student from Herat.\n",
        "She is only sixteen and she is terrified",
        None,
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), CASES)
def test_a_rule_for_batches_73_to_75_leaves_ordinary_copy_alone(text, quote, speaker):
    assert dict(direct(text))[quote] == speaker


def test_a_member_given_the_floor_is_no_witness():
    quotes = direct(
        "CHAIR: We now call Dr. Amina Yusuf. Dr. Yusuf, please begin.\n\n"
        "WITNESS: Thank you. The river has been poisoned for a decade.\n\n"
        "CHAIR: I thank the witness for her statement. Mr. Okafor, you have the floor.\n\n"
        "OKAFOR: Dr. Yusuf, when did you first test the water?\n\n"
        "WITNESS: In 2014, after the first fish kill.\n"
    )
    assert quotes[-1][1] != "Okafor"


def test_a_witness_heard_at_an_earlier_sitting_is_not_todays():
    quotes = direct(
        "Transcript: Public Accounts Committee, 14 March. Last month the committee took evidence from Sarah Mills, "
        "the former permanent secretary. Today it hears from the current accounting officer.\n\n"
        "CHAIR: Welcome. Please introduce yourself.\n\n"
        "WITNESS: Thank you, Chair. I have been accounting officer since January.\n\n"
        "CHAIR: Did Ms Mills brief you?\n\n"
        "WITNESS: She did not.\n"
    )
    assert "Sarah Mills" not in [s for _, s in quotes]


def test_the_secretary_of_a_us_hearing_is_the_cabinet_secretary():
    quotes = direct(
        "Hearing of the Senate Foreign Relations Committee. Secretary of State Marco Rubio testified on the budget. "
        "The committee's staff secretary is Ana Diaz.\n\n"
        "CHAIRMAN: The Secretary is recognised.\n\n"
        "SECRETARY: Thank you, Mr. Chairman. Our budget request is lean.\n"
    )
    assert quotes[-1][1] == "Marco Rubio"
