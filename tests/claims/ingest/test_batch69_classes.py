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
