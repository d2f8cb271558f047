"""The near-certain level: only a text that says no more than the claim, in other words, reaches it."""

import pytest

from claims import matching

SPAIN = "Spain will fully fund contraceptive pills for women under 22, the health ministry announced."

# (claim, text, the reason it is not the same claim)
NEAR_MISSES = [
    (SPAIN, SPAIN.replace("Spain", "Portugal"), "names differ"),
    (
        '"We have recruited 6,500 new teachers," the education secretary said.',
        '"We have recruited 6,500 new nurses," the education secretary said.',
        "words differ",
    ),
    ("The council built 400 homes in 2023.", "The council demolished 400 homes in 2023.", "words differ"),
    ("The inflation rate fell to 3.5 percent.", "The unemployment rate fell to 3.5 percent.", "words differ"),
    ("Inflation fell to 3.5 percent in May.", "Inflation fell to 3.5 percent in June.", "dates differ"),
    ("Inflation fell to 3.5 percent in 2023.", "Inflation fell to 3.5 percent in 2022.", "dates differ"),
    ("Inflation fell to 3.5 percent in May.", "Inflation fell to 5.3 percent in May.", "numbers differ"),
    ("Inflation fell to 3.5 percent in May.", "Inflation did not fall to 3.5 percent in May.", "negation differs"),
    ("Inflation fell to 3.5 percent in May.", "Inflation rose to 3.5 percent in May.", "direction differs"),
    ("Inflation fell to 3.5 percent in May.", "Food inflation fell to 3.5 percent in May.", "adds words"),
    ("Life expectancy fell to 76.4 years.", "Life expectancy for men fell to 76.4 years.", "adds a qualifier"),
    ("It was the hottest year on record.", "It was the second-hottest year on record.", "adds a qualifier"),
    ("Argentina beat France in the 2022 final.", "France beat Argentina in the 2022 final.", "roles reversed"),
    (
        '"We destroyed half of Russia\'s tanks," the minister said.',
        '"Russia destroyed half of our tanks," the minister said.',
        "roles reversed",
    ),
    ("The ECB raised rates by 0.25 percentage points.", "The ECB raised rates by 0.25 percent.", "numbers differ"),
]

SAME_CLAIM = [
    # reworded with known synonyms and variants
    (
        "The number of migrants arriving in Italy by sea fell by more than 60 percent in 2024.",
        "Sea arrivals of migrants in Italy dropped by over 60% in 2024.",
    ),
    (
        "The WHO declared mpox a global health emergency.",
        "The World Health Organization declared mpox a global health emergency.",
    ),
    ("Mexico recorded more than 30,000 murders in 2023.", "In 2023, more than 30,000 murders were recorded in Mexico."),
    # the text leaves something out
    (
        "Sweden recorded 62 deaths from shootings in 2022, a record.",
        "Sweden recorded 62 deaths from shootings in 2022.",
    ),
    ("Poland's fertility rate fell to a record low in 2023.", "Poland's fertility rate hit a record low."),
    # numbers written another way
    ("Nigeria has 18 million children out of school.", "Nigeria has 18,000,000 children out of school."),
    ("The ECB raised rates by 0.25 percentage points.", "The ECB raised rates by 25 basis points."),
    ("The UK economy shrank by 0.1 percent in the third quarter of 2023.", "The UK economy shrank by 0.1% in Q3 2023."),
    ("One in five people living in Canada is an immigrant.", "20 percent of people living in Canada are immigrants."),
    ("The telescope was launched on 25 December 2021.", "The telescope was launched on 2021-12-25."),
    # a quote and its report
    (
        '"We have hired 50,000 more nurses," Boris Johnson told parliament.',
        "Boris Johnson's government has hired 50,000 more nurses.",
    ),
]


@pytest.mark.parametrize(("claim", "text", "reason"), NEAR_MISSES)
def test_near_misses_are_never_near_certain(claim, text, reason):
    assert reason in matching.differences(claim, text)
    assert not matching.near_certain(claim, text)


@pytest.mark.parametrize(("claim", "text"), SAME_CLAIM)
def test_same_claim_in_other_words_is_near_certain(claim, text):
    assert matching.differences(claim, text) == []


def test_the_score_follows_the_decision():
    signals = {"trigram": 0.97, "words": 0.95, "semantic": 0.99, "guards": ["names differ"], "near_certain": False}
    assert matching.combine(signals) < matching.DUPLICATE_THRESHOLD  # however alike, and with embeddings too
    signals = {"trigram": 0.5, "words": 0.6, "semantic": None, "guards": [], "near_certain": True, "coverage": 0.7}
    assert matching.combine(signals) >= matching.DUPLICATE_THRESHOLD


def test_portugal_is_suggested_for_spain_but_never_attached(build):
    from claims.ingest import service

    spain = build.claim(SPAIN)
    portugal = SPAIN.replace("Spain", "Portugal")
    (match,) = matching.similar_claims(portugal)
    assert match.claim == spain
    assert match.level == "suggest"
    assert "names differ" in match.signals["guards"]
    # Ingest attaches a proposal to an existing claim only at the near-certain level.
    proposal = service.propose(f"LISBON -- {portugal} The measure starts in March.")
    proposed = [c for c in proposal.claims if "Portugal" in c.text]
    assert proposed
    assert all(c.attach_to is None for c in proposed)
    assert spain in [m.claim for c in proposed for m in c.matches]
    assert matching.similar_claims("Spain will pay for contraceptive pills for women under 22.")[0].is_duplicate
