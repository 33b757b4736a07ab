"""Emit find_bibliography() results in the `citex extract --format json` shape.

For measuring the bibliography finder alone with the shared scorer, before the pipeline's
`citex extract` exists:

    python ../shared/eval/finder_eval.py --peer command \
        --cmd "/work/venvs/finder/bin/python bench/finder_extract.py"
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from citex.sections.bibliography import find_bibliography


def main(paths: list[str]) -> None:
    """Print one JSON document per file, with its bibliography references as citations."""
    for path in paths:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        citations = [
            {
                "kind": "full",
                "raw": reference.text,
                "start": reference.span.start,
                "end": reference.span.end,
                "section": "bibliography",
            }
            for reference in find_bibliography(text)
        ]
        print(json.dumps({"citations": citations}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
