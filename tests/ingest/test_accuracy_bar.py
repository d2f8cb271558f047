"""The labelled-set accuracy bar, computed by the benchmark's own function."""

from .conftest import load_benchmark


def test_quote_attribution_precision_and_recall():
    # The bar holds on the batches the engine was fixed on; the newest blind batch is measured, not held
    # (docs/ingest.md gives its first-contact figures), until fixes have used it.
    result = load_benchmark().evaluate(batch="fixed")
    assert result["articles"] >= 9
    assert result["precision"] >= 0.95, result["errors"]
    assert result["recall"] >= 0.90, result["errors"]


def test_speaker_clusters_match_labels():
    result = load_benchmark().evaluate(batch="fixed")
    assert result["clusters_correct"] == result["clusters_total"], result["errors"]
