"""Soft field scoring of citex's parser on LinkedBooks JSON lines, archival references apart.

Usage:
    python bench/linkedbooks_score.py [VALID_JSONL] [--limit N] [--json OUT] [--errors FIELD]

Parses every ``raw`` string of the LinkedBooks file (default ``../shared/data/linkedbooks/
valid.jsonl``) with :func:`citex.parse.parse_references` (``learned=True``; ``--rules-only``
for the hand rules alone), writes the records as CSL-JSON and
compares them with each line's ``gold`` field by field, the way ``../shared/eval/score.py``
compares AnyStyle's core.xml: both sides Unicode-folded, casefolded and cut down to letters and
digits; names as multisets of name tokens; ``issued`` by its 4-digit year; ``page`` by digits.

The scoring functions are ``score.py``'s own, imported from ``../shared/eval`` at run time, so
the two figures mean the same thing. Two reports are printed: literature (``secondary`` and
``meta-annotation`` references) on score.py's fields, and archival references (``primary``) on
``archive`` and ``archive_location`` as well. Gold fields named ``x-...`` (labels with no CSL
counterpart) are not scored.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT.parent / "shared"
DEFAULT = SHARED / "data" / "linkedbooks" / "valid.jsonl"
ARCHIVAL_FIELDS = ("archive", "archive_location")


def load_scorer(eval_dir: Path = SHARED / "eval") -> ModuleType:
    """``../shared/eval/score.py`` as a module (its ``normalise`` and ``FIELDS``)."""
    if str(eval_dir) not in sys.path:
        sys.path.insert(0, str(eval_dir))
    import score  # type: ignore[import-not-found]

    return score  # type: ignore[no-any-return]


def read_lines(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The JSON objects of a LinkedBooks file, in order (the first ``limit`` when given)."""
    rows = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                rows.append(json.loads(line))
            if limit is not None and len(rows) >= limit:
                break
    return rows


def gold_csl(gold: dict[str, Any]) -> dict[str, Any]:
    """A LinkedBooks ``gold`` dict as CSL-JSON: names as literals, ``x-`` labels dropped."""
    out: dict[str, Any] = {}
    for key, value in gold.items():
        if key.startswith("x-"):
            continue
        if isinstance(value, list):
            out[key] = [{"literal": name} for name in value]
        else:
            out[key] = value
    return out


def is_archival(row: dict[str, Any]) -> bool:
    """Whether a row is an archival (primary-source) reference."""
    return row.get("ref_type") == "primary" or bool(row.get("gold", {}).get("x-archival"))


def count(
    scorer: ModuleType, pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]], fields: list[str]
) -> dict[str, Counter[str]]:
    """Per field: how many gold values, predicted values, and agreeing ones."""
    tallies: dict[str, Counter[str]] = {f: Counter() for f in fields}
    for gold, predicted in pairs:
        for f in fields:
            g = scorer.normalise(f, gold.get(f))
            p = scorer.normalise(f, predicted.get(f))
            tallies[f]["gold"] += bool(g)
            tallies[f]["pred"] += bool(p)
            tallies[f]["correct"] += bool(g) and bool(p) and g == p
    return tallies


def summary(scorer: ModuleType, tallies: dict[str, Counter[str]]) -> dict[str, Any]:
    """Precision, recall and F1 per field and pooled (``micro``)."""
    fields = {f: scorer.prf(c) for f, c in tallies.items() if c["gold"] or c["pred"]}
    micro = scorer.prf(sum(tallies.values(), Counter()))
    return {"fields": fields, "micro": micro}


def table(result: dict[str, Any]) -> str:
    """The summary as a fixed-width table like score.py's."""
    rows = [f"{'field':<17}{'gold':>6}{'pred':>6}{'ok':>6}{'P':>8}{'R':>8}{'F1':>8}"]
    for name, s in [*result["fields"].items(), ("micro", result["micro"])]:
        rows.append(
            f"{name:<17}{s['gold']:>6}{s['pred']:>6}{s['correct']:>6}"
            f"{s['p']:>8.3f}{s['r']:>8.3f}{s['f1']:>8.3f}"
        )
    return "\n".join(rows)


def predict(raws: list[str], *, learned: bool = True) -> list[dict[str, Any]]:
    """citex's CSL-JSON item for each reference string (with the learned tagger unless
    ``learned`` is false)."""
    from citex.formats.csl import to_csl_json
    from citex.parse import parse_references

    return [dict(item) for item in to_csl_json(parse_references(raws, learned=learned))]


def evaluate(rows: list[dict[str, Any]], items: list[dict[str, Any]]) -> dict[str, Any]:
    """Both reports (literature, archival) for rows and their predicted CSL items."""
    scorer = load_scorer()
    literature = [
        (gold_csl(r["gold"]), i) for r, i in zip(rows, items, strict=True) if not is_archival(r)
    ]
    archival = [
        (gold_csl(r["gold"]), i) for r, i in zip(rows, items, strict=True) if is_archival(r)
    ]
    fields = list(scorer.FIELDS)
    return {
        "literature": {"n": len(literature), **summary(scorer, count(scorer, literature, fields))},
        "archival": {
            "n": len(archival),
            **summary(scorer, count(scorer, archival, fields + list(ARCHIVAL_FIELDS))),
        },
    }


def mismatches(
    rows: list[dict[str, Any]], items: list[dict[str, Any]], field: str
) -> Iterator[str]:
    """One line per reference whose ``field`` disagrees with the gold."""
    scorer = load_scorer()
    for row, item in zip(rows, items, strict=True):
        gold = gold_csl(row["gold"])
        g, p = scorer.normalise(field, gold.get(field)), scorer.normalise(field, item.get(field))
        if g != p:
            yield f"{row['raw']}\n    gold: {gold.get(field)!r}\n    got:  {item.get(field)!r}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dataset", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, help="score only the first N references")
    ap.add_argument("--json", type=Path, help="write both summaries here")
    ap.add_argument("--errors", metavar="FIELD", help="print the mismatches of FIELD")
    ap.add_argument("--rules-only", action="store_true", help="parse without the tagger")
    args = ap.parse_args()
    rows = read_lines(args.dataset, args.limit)
    items = predict([r["raw"] for r in rows], learned=not args.rules_only)
    if args.errors:
        for line in mismatches(rows, items, args.errors):
            print(line)
        return
    result = evaluate(rows, items)
    for part in ("literature", "archival"):
        print(f"{part} references: {result[part]['n']}")
        print(table(result[part]))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
