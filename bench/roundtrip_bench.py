"""How often the parser gets each printed field back, per style: render -> parse.

Draws realistic records (tests/render_strategies.py), prints them in every style of
tests/render.py, parses them, and prints a style x field table of recovery rates
plus one failing example per cell. A measurement, not a test: it never fails.

The records come from ``random.Random("<style>:<i>")``, not from hypothesis, so every
run (and every checkout) measures the same references and two runs compare.

    python bench/roundtrip_bench.py [--examples 200] [--show 1] [--style abnt-pt] [--rules-only]
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "parse"))

from test_parse_roundtrip import FIELD_TYPES, check_field, same_pages

from citex.parse.reference import parse_reference
from render import NOTE_STYLES, STYLES, render
from render_strategies import STYLE_LANG, random_locator, random_reference


def measure(
    examples: int, styles: list[str], *, learned: bool = True
) -> tuple[dict[tuple[str, str], list[int]], dict[tuple[str, str], list[str]]]:
    """Per (style, field): [hits, total], and the failing rendered strings."""
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    misses: dict[tuple[str, str], list[str]] = defaultdict(list)
    for style in styles:
        for index in range(examples):
            rnd = random.Random(f"{style}:{index}")
            ref = random_reference(rnd, lang=STYLE_LANG[style])
            locator = random_locator(rnd) if rnd.random() < 0.5 else None
            rendered = render(ref, style, locator=locator, number=rnd.randint(1, 99))
            parsed = parse_reference(rendered.text, learned=learned)
            for field, expected in rendered.expected.items():
                if field not in FIELD_TYPES:
                    continue
                ok = check_field(parsed, field, expected, note_style=style in NOTE_STYLES) or (
                    field == "page"
                    and same_pages(parsed.page, rendered.expected.get("page_printed", ""))
                )
                cell = counts[(style, field)]
                cell[0] += ok
                cell[1] += 1
                if not ok:
                    misses[(style, field)].append(rendered.text)
    return counts, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=200, help="records per style")
    parser.add_argument("--show", type=int, default=1, help="failing examples per cell")
    parser.add_argument("--style", action="append", choices=sorted(STYLES), help="only these")
    parser.add_argument("--rules-only", action="store_true", help="without the learned tagger")
    args = parser.parse_args()
    styles = args.style or list(STYLES)
    counts, misses = measure(args.examples, styles, learned=not args.rules_only)
    fields = [f for f in FIELD_TYPES if any(f == k[1] for k in counts)]
    short = {"container_title": "container", "publisher_place": "place"}
    print(f"{'style':<15}" + "".join(f"{short.get(f, f)[:9]:>10}" for f in fields))
    hits = total = 0
    for style in styles:
        row = f"{style:<15}"
        for field in fields:
            ok, n = counts.get((style, field), (0, 0))
            hits, total = hits + ok, total + n
            row += f"{ok / n:>10.2f}" if n else f"{'-':>10}"
        print(row)
    print(f"\nall fields: {hits}/{total} = {hits / max(total, 1):.3f}")
    for (style, field), texts in sorted(misses.items()):
        for text in texts[: args.show]:
            print(f"MISS {style} {field}: {text}")


if __name__ == "__main__":
    main()
