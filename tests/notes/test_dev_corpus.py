"""The dev corpus (../shared/corpus/dev, 39 documents of 7 kinds) as regression tests.

Each document is scored against its machine-derived gold as ../shared/eval/extract_score.py
scores it, and the counts must equal those recorded in tests/data/notes/dev_scores.json
(``pytest --update-golden`` rewrites the file; reviewers read its diff). Each kind must also
stay at the targets of issue 10. The whole corpus takes about two seconds.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from citex.notes.find import find_notes
from citex.text.decode import read_text
from conftest import CORPUS
from notes_scoring import score_dev_notes

DEV = CORPUS / "dev"
GOLDEN = Path(__file__).resolve().parent.parent / "data" / "notes" / "dev_scores.json"
DOCUMENTS = (
    sorted(p.name for p in DEV.iterdir() if (p / "gold.json").is_file()) if DEV.is_dir() else []
)
# Issue 10: marker F1, note F1, links and note text equal, per kind of document.
TARGETS = {"marker_f1": 0.97, "note_f1": 0.98, "links": 0.97, "text_equal": 0.95}
TARGET_KINDS = ("a", "b", "c", "d", "e", "f", "g")


def _score(name: str) -> dict[str, Any]:
    gold = json.loads((DEV / name / "gold.json").read_text(encoding="utf-8"))
    doc = find_notes(read_text(DEV / name / "text.txt"))
    return {"kind": gold["meta"]["kind"], **score_dev_notes(gold, doc)}


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, Any]]:
    if not DOCUMENTS:
        pytest.skip("../shared/corpus/dev is not beside the project")
    return {name: _score(name) for name in DOCUMENTS}


def test_dev_documents_score_as_recorded(
    scores: dict[str, dict[str, Any]], request: pytest.FixtureRequest
) -> None:
    if request.config.getoption("--update-golden"):
        GOLDEN.write_text(json.dumps(scores, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    recorded = json.loads(GOLDEN.read_text(encoding="utf-8"))
    changed = {
        name: (recorded.get(name), s) for name, s in scores.items() if recorded.get(name) != s
    }
    assert not changed


@pytest.mark.parametrize("kind", TARGET_KINDS)
def test_every_kind_reaches_the_targets(scores: dict[str, dict[str, Any]], kind: str) -> None:
    total: Counter[str] = Counter()
    for s in scores.values():
        if s["kind"] == kind:
            total.update({k: v for k, v in s.items() if k != "kind"})
    assert _f1(total, "marker") >= TARGETS["marker_f1"]
    assert _f1(total, "note") >= TARGETS["note_f1"]
    assert total["links_correct"] >= TARGETS["links"] * total["links_gold"]
    assert total["text_equal"] >= TARGETS["text_equal"] * total["note_correct"]


def _f1(total: Counter[str], part: str) -> float:
    gold, predicted, correct = (total[f"{part}_{k}"] for k in ("gold", "pred", "correct"))
    return 2 * correct / (gold + predicted) if gold + predicted else 1.0
