"""How long the article engine takes on the longest text the service accepts (200,000 characters), in shapes that
have made patterns rescan a run from every position: blanks, capitalised words, many sentences, many paragraphs.

Usage:  .venv/bin/python benchmarks/ingest_long_input.py

No database. Prints seconds per shape; docs/ingest.md ("Known limitations") has the last measured figures.
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from claims.ingest.analyze import MAX_TEXT_CHARS, analyze_article  # noqa: E402

QUOTE = 'Ana Ruiz said "the plan is late".'
SHAPES = {
    "blanks": lambda n: " " * (n - len(QUOTE)) + QUOTE,
    "capitalised words": lambda n: ("Ana Ruiz Lopez Garcia " * (n // 22))[: n - len(QUOTE)] + QUOTE,
    "stage directions": lambda n: ("(ABC DEF) " * (n // 10))[: n - len(QUOTE)] + QUOTE,
    "sentences in one paragraph": lambda n: ("Dr. Ana Ruiz said the U.S. plan was late. " * (n // 42))[:n],
    "paragraphs with a quote": lambda n: ('"We will win," said Ana Ruiz. The plan is late.\n\n' * (n // 49))[:n],
}


def main() -> None:
    for name, make in SHAPES.items():
        text = make(MAX_TEXT_CHARS)
        started = time.perf_counter()
        analyze_article(text)
        print(f"{name:28} {len(text):>8,} chars  {time.perf_counter() - started:6.2f} s", flush=True)


if __name__ == "__main__":
    main()
