"""The labelled-set accuracy bar, computed by the benchmark's own function."""

from .conftest import load_benchmark


def test_quote_attribution_precision_and_recall():
    result = load_benchmark().evaluate()
    assert result["articles"] >= 9
    assert result["precision"] >= 0.95, result["errors"]
    assert result["recall"] >= 0.90, result["errors"]


def test_speaker_clusters_match_labels():
    result = load_benchmark().evaluate()
    assert result["clusters_correct"] == result["clusters_total"], result["errors"]
