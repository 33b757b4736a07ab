"""Score the golden note documents (tests/data/notes) with the shared scorer, as converted
documents are scored: gold markers at their first printed character (a bracket, ``<sup>``,
``^``), gold notes at their body, matched within the scorer's windows.

Usage: python bench/notes_documents_score.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from citex import find_notes
from citex.formats.document import document_to_json

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    sys.path[:0] = [str(ROOT / "tests"), str(args.shared / "eval")]
    import test_notes_documents as documents
    from extract_score import score

    for name, (markers, notes, *links) in sorted(documents.DOCUMENTS.items()):
        text = (documents.DATA / name).read_text(encoding="utf-8")
        starts = documents._expected_marker_starts(text, markers)
        bodies, position = [], 0
        for _, body in notes:
            position = text.index(body[:12], position)
            bodies.append(position)
            position += 1
        linked = links[0] if links else list(range(len(notes)))
        gold = {
            "markers": [
                {"label": p, "offset": o} for (_, p), o in zip(markers, starts, strict=True)
            ],
            "notes": [
                {"label": label, "offset": o, "text": body}
                for (label, body), o in zip(notes, bodies, strict=True)
            ],
            "links": [[i, n] for i, n in enumerate(linked)],
        }
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "gold.json"
            path.write_text(json.dumps(gold), encoding="utf-8")
            result = score(str(path), document_to_json(find_notes(text)))
        print(
            f"{name:14} markers F1 {result['markers']['f1']:.3f}  notes F1 "
            f"{result['notes']['f1']:.3f}  links {result['links']['acc']:.3f}  "
            f"text {result['note_text_exact']['equal']}/{len(notes)}"
        )


if __name__ == "__main__":
    main()
