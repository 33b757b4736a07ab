"""Held-out score of the learned tagger on AnyStyle's core.xml: k-fold cross-validation.

Usage: python bench/core_crossval.py [--folds 5] [--only K ...] [--rendered N] [--keep DIR]

The shipped model is trained on all of core.xml, so its score on core.xml says little. Here,
for each fold K of ``--folds`` interleaved folds (reference i is in fold i mod folds, as
``python -m citex.parse.training --hold-out-fold K`` leaves out), a model is trained on
everything else (LinkedBooks train.jsonl, the other folds, the rendered references), fold K
is parsed with it, and the predictions of all folds are pooled and scored with
``../shared/eval/score.py`` (soft field micro-F1); the rules alone are scored on the same
references. ``--only`` runs some folds (a quicker, partial estimate); ``--keep`` keeps the
fold models (and uses those already there). Training is deterministic, so a rerun prints
the same figures (minutes per fold).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from citex.formats.csl import to_csl_json
from citex.parse import tagger, training
from citex.parse.reference import parse_references

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORE = SHARED / "data" / "anystyle" / "core.xml"


def _scorer() -> tuple[Any, Any]:
    """``score.py``'s module and ``anystyle_gold.load`` from ../shared/eval."""
    sys.path.insert(0, str(SHARED / "eval"))
    import score  # type: ignore[import-not-found]
    from anystyle_gold import load  # type: ignore[import-not-found]

    return score, load


def _items(raws: list[str], *, learned: bool) -> list[dict[str, Any]]:
    return [dict(item) for item in to_csl_json(parse_references(raws, learned=learned))]


def _train_fold(model: Path, fold: int, folds: int, rendered: int) -> None:
    """Train the model that leaves ``fold`` of core.xml out, in a fresh process (CRFsuite
    shuffles with the C library's unseeded rand(), so only a fresh process gives the model
    ``python -m citex.parse.training --hold-out-fold K`` gives)."""
    command = [sys.executable, "-m", "citex.parse.training", "--out", str(model)]
    command += ["--folds", str(folds), "--hold-out-fold", str(fold), "--rendered", str(rendered)]
    subprocess.run(command, check=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--only", type=int, nargs="*", help="run only these folds")
    ap.add_argument("--rendered", type=int, default=training.RENDER_PER_STYLE)
    ap.add_argument("--keep", type=Path, help="keep the fold models in this folder")
    args = ap.parse_args()
    score, load = _scorer()
    gold = load(str(CORE))
    folds = args.only if args.only else list(range(args.folds))
    held_gold: list[Any] = []
    learned: list[dict[str, Any]] = []
    rules: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for k in folds:
            start = time.process_time()
            model = folder / f"fold{k}-of-{args.folds}.crfsuite"
            if not model.is_file():  # (a kept model from an earlier run is used again)
                _train_fold(model, k, args.folds, args.rendered)
            fold_gold = [g for i, g in enumerate(gold) if i % args.folds == k]
            raws = [raw for raw, _ in fold_gold]
            tagger.use_model(model)
            fold_items = _items(raws, learned=True)
            tagger.use_model()
            fold_summary = score.score(fold_gold, fold_items)["micro"]
            print(
                f"fold {k}: {len(raws)} references, learned micro-F1 {fold_summary['f1']:.4f}"
                f" ({time.process_time() - start:.0f} CPU s)",
                flush=True,
            )
            held_gold += fold_gold
            learned += fold_items
            rules += _items(raws, learned=False)
    for name, items in (("rules", rules), ("learned (held out)", learned)):
        summary = score.score(held_gold, items)
        print(f"\n{name}: {len(items)} references of core.xml")
        print(score.table(summary))


if __name__ == "__main__":
    main()
