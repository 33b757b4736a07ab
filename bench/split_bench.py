"""How well find_bibliography() splits entries, on bibliographies rendered from anystyle's
core.xml references (measurement only: the data is read at run time, never copied).

    python bench/split_bench.py [--group 25] [--show LAYOUT]

Each group of consecutive references is laid out under a "References" heading in several
layouts (hanging indent, blank lines, numbered, flush and wrapped with nothing between
entries, one per line) and found again. Prints, per layout, the share of entries recovered
exactly (whitespace-normalised) and of groups split without any error.
"""

from __future__ import annotations

import argparse
import html
import re
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

from citex.sections.bibliography import find_bibliography

CORE = Path(__file__).resolve().parent.parent.parent / "shared/data/anystyle/core.xml"


def core_references() -> list[str]:
    """Each core.xml sequence as one line of text."""
    root = ET.parse(CORE).getroot()
    out = []
    for sequence in root:
        text = " ".join(" ".join((child.text or "").split()) for child in sequence)
        out.append(html.unescape(" ".join(text.split())))
    return [text for text in out if text]


def layout(entries: list[str], style: str, width: int = 78) -> str:
    """A document ending in a bibliography of ``entries`` laid out in ``style``."""
    blocks = []
    for number, entry in enumerate(entries, 1):
        if style == "one-per-line":
            blocks.append(entry)
            continue
        label = f"[{number}] " if style == "numbered" else ""
        indent = {"hanging": "    ", "numbered": "     "}.get(style, "")
        lines = textwrap.wrap(label + entry, width, break_long_words=False, break_on_hyphens=False)
        blocks.append("\n".join([lines[0]] + [indent + line for line in lines[1:]]))
    gap = "\n\n" if style == "blank" else "\n"
    return "The last paragraph of the text ends here.\n\nReferences\n\n" + gap.join(blocks) + "\n"


def normal(text: str) -> str:
    """Whitespace folded, a leading label and spaces around hyphens dropped (the source data
    has "un- certain" and "Assign- ments": no finder can tell those from line-end hyphens)."""
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)]|[-*+•·▪◦‣])\s+", "", text)
    return re.sub(r"\s*[-‐–]\s*", "", text)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--group", type=int, default=25)
    ap.add_argument("--show", help="print the mismatches of this layout")
    args = ap.parse_args()
    refs = core_references()
    groups = [refs[i : i + args.group] for i in range(0, len(refs), args.group)]
    for style in ["hanging", "numbered", "blank", "one-per-line", "flush"]:
        exact = total = clean = found_total = 0
        for group in groups:
            document = layout(group, style)
            found = [normal(r.text) for r in find_bibliography(document)]
            want = [normal(entry) for entry in group]
            hits = len(set(found) & set(want))
            exact += hits
            total += len(want)
            found_total += len(found)
            clean += found == want
            if args.show == style and found != want:
                for entry in want:
                    if entry not in found:
                        print("MISSED:", entry[:160])
                for entry in found:
                    if entry not in want:
                        print("   GOT:", entry[:160])
                print("--")
        print(
            f"{style:<14} entries exact {exact / total:6.3f}  ({found_total} found / {total})"
            f"  groups clean {clean / len(groups):6.3f}"
        )


if __name__ == "__main__":
    main()
