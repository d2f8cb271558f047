"""Precision and recall of claim matching on labelled pairs (default: tests/claims/matching/pairs.jsonl).

Usage:
    .venv/bin/python benchmarks/matching_accuracy.py [--pairs FILE] [--semantic] [--json] [-v]

    --pairs tests/claims/matching/pairs_dev.jsonl        issue #12's dev half (tune on this one only)
    --pairs tests/claims/matching/pairs_heldback.jsonl   its held-back half (report, never tune)
    --pairs tests/claims/matching/pairs_fresh.jsonl      a fresh blind set (report, never tune)

Each line is ``{"a", "b", "same", "type"}``: ``a`` is the existing claim, ``b`` the new text;
``same`` is true when the two make the same claim (paraphrases, reorderings, less specific
wordings, numbers written another way), false for near-misses (another number, place, date,
group, action, quantity, a negation, a reversal) and same-topic or unrelated claims.
Each pair is scored with claims.matching's own signals (PostgreSQL trigram and full-text, the
near-certain decision, and with ``--semantic`` the all-MiniLM-L6-v2 cosine from
requirements-semantic.txt) and ``combine()``.

At each threshold, a pair is predicted "same" when its score reaches it:
precision = true positives / predicted, recall = true positives / labelled same.
"Useful-suggestion precision" also counts look-alikes (number, negation, reversal pairs)
as right: the editor should see them, flagged, but never as duplicates.
The database is DATABASE_URL or, without it, the embedded PostgreSQL (only SQL
functions are used; nothing is written).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAIRS = ROOT / "tests" / "claims" / "matching" / "pairs.jsonl"
# Issue #12's pairs, split by anchor claim: tune on the dev half only; the held-back half is for reporting.
DEV_PAIRS = ROOT / "tests" / "claims" / "matching" / "pairs_dev.jsonl"
HELD_BACK_PAIRS = ROOT / "tests" / "claims" / "matching" / "pairs_heldback.jsonl"
# Written blind after the held-back half had been read three times (docs/matching.md, "Fresh pairs"): report only.
FRESH_PAIRS = ROOT / "tests" / "claims" / "matching" / "pairs_fresh.jsonl"
LOOK_ALIKES = {"number", "negation", "reversal"}
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def load_pairs(path: Path = PAIRS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def score_pairs(pairs: list[dict], encoder=None) -> list[dict]:
    """Each pair with its signals and score, as claims.matching computes them."""
    from claims import matching

    scored = []
    for pair in pairs:
        signals = matching.pair_signals(pair["a"], pair["b"], encoder=encoder)
        scored.append({**pair, "signals": signals, "score": matching.combine(signals)})
    return scored


def precision_recall(scored: list[dict], threshold: float) -> dict:
    predicted = [p for p in scored if p["score"] >= threshold]
    true_pos = [p for p in predicted if p["same"]]
    positives = [p for p in scored if p["same"]]
    # A look-alike (other numbers, negated, reversed) is a useful suggestion, never a duplicate.
    useful = [p for p in predicted if p["same"] or p["type"] in LOOK_ALIKES]
    return {
        "threshold": threshold,
        "precision": round(len(true_pos) / len(predicted), 3) if predicted else 1.0,
        "recall": round(len(true_pos) / len(positives), 3) if positives else 1.0,
        "useful_precision": round(len(useful) / len(predicted), 3) if predicted else 1.0,
        "predicted": len(predicted),
        "false_positives": sorted({p["type"] for p in predicted if not p["same"]}),
    }


def evaluate(scored: list[dict]) -> dict:
    from claims.matching import DUPLICATE_THRESHOLD, SUGGEST_THRESHOLD

    return {
        "pairs": len(scored),
        "same": sum(p["same"] for p in scored),
        "suggest": precision_recall(scored, SUGGEST_THRESHOLD),
        "duplicate": precision_recall(scored, DUPLICATE_THRESHOLD),
        "sweep": [precision_recall(scored, t / 100) for t in range(30, 100, 5)],
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--semantic", action="store_true", help="add the all-MiniLM-L6-v2 signal (needs the extra)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every pair with its signals")
    parser.add_argument("--pairs", type=Path, default=PAIRS, help="a .jsonl file of labelled pairs")
    args = parser.parse_args(argv)

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factdb.settings")
    import django

    django.setup()
    from claims import matching

    encoder = matching.SentenceTransformerEncoder() if args.semantic else None
    scored = score_pairs(load_pairs(args.pairs), encoder)
    result = evaluate(scored)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    mode = "lexical + semantic" if args.semantic else "lexical only"
    print(f"{mode}: {result['pairs']} pairs, {result['same']} same-claim pairs")
    for name in ("suggest", "duplicate"):
        r = result[name]
        print(
            f"  {name:9} >= {r['threshold']:.2f}: precision {r['precision']:.3f}  recall {r['recall']:.3f}"
            f"  useful-suggestion precision {r['useful_precision']:.3f}"
            f"  ({r['predicted']} predicted; false positives: {', '.join(r['false_positives']) or 'none'})"
        )
    print(
        "  sweep:  "
        + "  ".join(f"{r['threshold']:.2f}:{r['precision']:.2f}/{r['recall']:.2f}" for r in result["sweep"])
    )
    if args.verbose:
        for p in sorted(scored, key=lambda p: -p["score"]):
            s = p["signals"]
            sem = f" sem={s['semantic']:.2f}" if s["semantic"] is not None else ""
            flag = "SAME" if p["same"] else p["type"]
            print(
                f"{p['score']:.2f} {flag:10} tri={s['trigram']:.2f} words={s['words']:.2f}{sem}"
                f" {','.join(s['guards'])}\n     {p['a']}\n     {p['b']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
