"""The error classes of blind batch 69's leftovers, each on an invented snippet."""

from claims.ingest.analyze import analyze_article
from tests.claims.ingest.conftest import direct


def test_the_elder_of_a_family_with_two_family_names_is_the_father_in_full():
    got = dict(
        direct(
            "Fincas Hermanos Orellana, a coffee exporter, opened a new drying yard on Tuesday.\n\n"
            "“The beans dry in half the time,” said Lucía Orellana Vidal, its manager.\n\n"
            "Her father, Ernesto Orellana Sáenz, who founded the firm, was less sure. “I told her the rain would "
            "win,” the elder Orellana said.\n\n"
            "A neighbouring grower, Diego Orellana, no relation, said: “Every yard in the valley will copy it.”\n\n"
            "Asked whether he regretted the loan, Orellana Sáenz smiled. “Not for one minute,” he said.\n"
        )
    )
    assert got["I told her the rain would win"] == "Ernesto Orellana Sáenz"


def test_a_widow_named_viuda_de_keeps_her_whole_name():
    got = dict(
        direct(
            "In a letter to the council, Señora Rosario Quintero viuda de Lara, 88, wrote: “My husband planted "
            "these trees and nobody will cut them while I live.”\n"
        )
    )
    assert got["My husband planted these trees and nobody will cut them while I live."] == (
        "Rosario Quintero viuda de Lara"
    )


def test_a_family_firm_named_for_brothers_is_a_body():
    article = analyze_article(
        "The family roaster Tostadora Hermanos Ibarra said on Monday it would raise prices. “We held out for a "
        "year,” Tostadora Hermanos Ibarra said in a statement.\n\n"
        "The Milan maker Fratelli Rossetti Cioccolato said: “Cocoa has never cost more.”\n"
    )
    kinds = {s.name: s.kind for s in article.speakers}
    assert kinds == {"Tostadora Hermanos Ibarra": "organization", "Fratelli Rossetti Cioccolato": "organization"}


def test_a_body_apposed_with_a_name_that_has_a_particle_is_the_it_that_said():
    got = dict(
        direct(
            "The Moreaus have farmed this valley since 1890. Paul Moreau, 61, runs the farm with his wife.\n\n"
            "The dairy cooperative, Laiterie du Val, said it would cut its milk price in March. «The market gives us "
            "no choice,» it said.\n"
        )
    )
    assert got["The market gives us no choice"] == "Laiterie du Val"


def test_a_spokeswoman_for_a_body_is_still_a_person():
    got = dict(
        direct(
            "The attorney general's office, which defended the law, welcomed the ruling. “Patients should choose,” a "
            "spokeswoman for the office, Marta Quiroga, said in an email. “The court has respected it,” the "
            "spokeswoman added.\n"
        )
    )
    assert got["The court has respected it"] == "Marta Quiroga"
