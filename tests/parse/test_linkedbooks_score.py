"""bench/linkedbooks_score.py: LinkedBooks gold as CSL, archival references apart, scores."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import pytest

from conftest import PROJECT, SHARED

VALID = SHARED / "data" / "linkedbooks" / "valid.jsonl"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "linkedbooks_score", PROJECT / "bench" / "linkedbooks_score.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    if not (VALID.is_file() and (SHARED / "eval" / "score.py").is_file()):
        pytest.skip("../shared/data/linkedbooks or ../shared/eval is not beside the project")
    return _load()


def test_gold_names_become_literals_and_x_labels_go(scorer):
    gold = {"author": ["C. Agnoletti"], "title": "Treviso", "x-publicationspecifications": "2 v"}
    assert scorer.gold_csl(gold) == {"author": [{"literal": "C. Agnoletti"}], "title": "Treviso"}


def test_archival_rows_are_told_apart(scorer):
    assert scorer.is_archival({"ref_type": "primary", "gold": {}})
    assert scorer.is_archival({"ref_type": "secondary", "gold": {"x-archival": True}})
    assert not scorer.is_archival({"ref_type": "meta-annotation", "gold": {}})


def test_a_perfect_prediction_scores_one_and_a_wrong_one_less(scorer):
    rows = [
        {
            "raw": "x",
            "ref_type": "secondary",
            "gold": {"title": "Paolo Veronese", "issued": "1976"},
        },
        {
            "raw": "y",
            "ref_type": "primary",
            "gold": {"archive": "ASV", "archive_location": "Miste"},
        },
    ]
    right = [
        {"title": "Paolo Veronese.", "issued": {"date-parts": [[1976]]}},
        {"archive": "ASV", "archive_location": "Miste"},
    ]
    result = scorer.evaluate(rows, right)
    assert result["literature"]["micro"]["f1"] == 1.0
    assert result["archival"]["micro"]["f1"] == 1.0
    wrong = [{"title": "Paolo", "publisher": "Milano"}, {}]
    result = scorer.evaluate(rows, wrong)
    assert result["literature"]["micro"]["correct"] == 0
    assert result["archival"]["micro"]["f1"] == 0.0


def test_a_slice_of_valid_scores_above_the_rules_alone(scorer):
    """The first 60 references of valid.jsonl: citex with its tagger reads most fields right
    (the hand rules alone scored 0.67 micro-F1 on the whole file)."""
    rows = scorer.read_lines(VALID, limit=60)
    result = scorer.evaluate(rows, scorer.predict([row["raw"] for row in rows]))
    assert result["literature"]["n"] == 60
    assert result["literature"]["micro"]["f1"] >= 0.8
