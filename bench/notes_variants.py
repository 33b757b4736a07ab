"""Robustness of the note finder: kites rewritten as other PDF extractions would give it.

Usage: python bench/notes_variants.py [--corpus ../shared/corpus]

Variants: without the blank line before each footnote block, without the leading space
where the body resumes after a page break, both, and one space after note labels. The gold
offsets are moved with the edits and each variant is scored with
../shared/eval/extract_score.py.
"""

from __future__ import annotations

import argparse
import bisect
import copy
import json
import sys
import tempfile
from pathlib import Path

import regex

from citex import find_notes
from citex.formats.document import document_to_json

_FOOTNOTE_AFTER_BLANK = regex.compile(r"\n\n(?=\d{1,3}  \S)")
_RESUMED_BODY = regex.compile(r"(?<=\n) (?=\S)")
_SECOND_SPACE_AFTER_LABEL = regex.compile(r"(?<=^\d{1,3} ) (?=\S)", regex.MULTILINE)


def _delete(text: str, edits: list[tuple[regex.Pattern[str], int]]) -> tuple[str, list[int]]:
    """``text`` with every match of each pattern cut to its first ``keep`` characters, and
    the sorted offsets (in ``text``) of the characters removed."""
    removed = sorted(
        m.start() + k
        for pattern, keep in edits
        for m in pattern.finditer(text)
        for k in range(keep, len(m.group()))
    )
    gone = set(removed)
    return "".join(c for i, c in enumerate(text) if i not in gone), removed


def _moved(offset: int, removed: list[int]) -> int:
    return offset - bisect.bisect_left(removed, offset)


def _gold(gold: dict, removed: list[int]) -> dict:
    moved = copy.deepcopy(gold)
    for marker in moved["markers"]:
        marker["offset"] = _moved(marker["offset"], removed)
    for note in moved["notes"]:
        note["start_offset"] = _moved(note["start_offset"], removed)
    return moved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    parser.add_argument("--corpus", type=Path, default=default)
    args = parser.parse_args()
    sys.path.insert(0, str(args.corpus.parent / "eval"))
    from extract_score import score

    text = (args.corpus / "kites4-specter-part4.txt").read_text(encoding="utf-8")
    gold = json.loads((args.corpus / "gold" / "kites4-specter-part4.json").read_text("utf-8"))
    blank, space = (_FOOTNOTE_AFTER_BLANK, 1), (_RESUMED_BODY, 0)
    variants = {
        "as extracted": (text, []),
        "no blank before notes": _delete(text, [blank]),
        "no space where body resumes": _delete(text, [space]),
        "both": _delete(text, [blank, space]),
        "one space after note labels": _delete(text, [(_SECOND_SPACE_AFTER_LABEL, 0)]),
    }
    for name, (variant, removed) in variants.items():
        with tempfile.TemporaryDirectory() as tmp:
            gold_path = Path(tmp) / "gold.json"
            gold_path.write_text(json.dumps(_gold(gold, removed)), encoding="utf-8")
            result = score(str(gold_path), document_to_json(find_notes(variant)))
        print(
            f"{name:30} markers F1 {result['markers']['f1']:.3f}  notes F1 "
            f"{result['notes']['f1']:.3f}  links {result['links']['acc']:.3f}  "
            f"text {result['note_text_exact']['equal']}/{result['note_text_exact']['matched']}"
        )


if __name__ == "__main__":
    main()
