"""One word per concept (docs/architecture.md, Glossary): the retired words stay out of code and templates,
and imports point down the layers (claims -> sources -> factdb)."""

import ast
import re
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
APPS = ("factdb", "sources", "claims")

# retired pattern -> the glossary's word
RETIRED = {
    r"\bWITHDRAWN\b": "RETRACTED (FactCheckStatus)",
    r"""["']withdrawn["']""": "'retracted' (the status)",
    r"\b[Ff]act checks?\b": "fact-check (hyphenated)",
}
# In what editors and readers see, withdrawing a fact-check is retracting it.
RETIRED_IN_TEMPLATES = {r"(?i)\bwithdr[ae]wn?\b|\bwithdrawal\b": "retracted / retraction"}


def app_files(*suffixes):
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*")):
            if path.suffix in suffixes and "migrations" not in path.parts:  # migrations are history
                yield path


def hits(paths, patterns):
    found = []
    for path in paths:
        for number, line in enumerate(path.read_text().splitlines(), start=1):
            for pattern, word in patterns.items():
                if re.search(pattern, line):
                    found.append(f"{path}:{number}: {line.strip()!r} (say: {word})")
    return found


def test_no_retired_word_in_code_or_templates():
    assert hits(app_files(".py", ".html", ".txt"), RETIRED) == []


def test_no_withdrawal_in_what_people_read():
    assert hits(app_files(".html"), RETIRED_IN_TEMPLATES) == []


@pytest.mark.parametrize("line", ["status = WITHDRAWN", "if status == 'withdrawn':", "A fact check of"])
def test_the_patterns_catch_what_they_retire(line, tmp_path):
    path = tmp_path / "sample.py"
    path.write_text(line + "\n")
    assert hits([path], RETIRED)


def test_one_module_per_name_for_claimreview():
    """ClaimReview out (claims/claimreview.py) and in (claims/bulk/claimreview_input.py) are told apart by name."""
    assert [p.relative_to(ROOT).as_posix() for p in app_files(".py") if p.name == "claimreview.py"] == [
        "claims/claimreview.py"
    ]


LOWER = {"factdb": {"sources", "claims"}, "sources": {"claims"}}


def test_imports_point_down_the_layers():
    upward = []
    for app, higher in LOWER.items():
        for path in app_files(".py"):
            if path.relative_to(ROOT).parts[0] != app:
                continue
            for node in ast.walk(ast.parse(path.read_text())):
                names = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    names = [node.module]
                upward += [f"{path.relative_to(ROOT)}: {name}" for name in names if name.split(".")[0] in higher]
    assert upward == []
