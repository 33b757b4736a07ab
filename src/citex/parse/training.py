"""Train the reference tagger's CRF from labelled references (deterministic).

Usage (from the project root, with ``../shared`` beside it)::

    python -m citex.parse.training            # writes src/citex/parse/model/tagger.crfsuite

Options: ``--linkedbooks TRAIN_JSONL``, ``--core CORE_XML``, ``--out MODEL``, and
``--hold-out-fold K --folds N``: fold K of N interleaved folds of core.xml is left out (to
measure on it). The shipped model leaves fold 0 of 5 out (the default), so core.xml's fold 0
measures it on references it has not seen; ``--hold-out-fold -1`` trains on all of core.xml.
CRFsuite's SGD draws no random numbers from a seed: the same data and options are meant to
give the same model.

Data (read at run time, never copied into the package; see ``model/NOTICE``):

- LinkedBooks ``train.jsonl`` (MIT licence, Digital Humanities Laboratory, EPFL): Italian
  humanities references with labelled segments (``valid.jsonl`` is kept for measuring);
- AnyStyle ``core.xml`` (BSD-2-Clause licence, Sylvester Keil): references of many styles
  with labelled segments, weighted four times since it is small.

Both label sets are mapped onto the tagger's labels; each reference is also read by the hand
rules (:func:`citex.parse.reference.rule_fields`), whose field per token is a feature.
"""

from __future__ import annotations

import argparse
import json
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pycrfsuite  # type: ignore[import-untyped]

from citex.parse.reference import rule_fields
from citex.parse.tagger import MODEL, features, rule_labels, tokenise

PROJECT = Path(__file__).resolve().parents[3]
SHARED = PROJECT.parent / "shared" / "data"
CORE_WEIGHT = 4  # core.xml is small next to LinkedBooks: each of its references counts 4 times
TRAINER = {"max_iterations": 25, "c2": 0.5, "feature.minfreq": 3}  # l2sgd; see train()

# LinkedBooks segment labels -> tagger labels
LINKEDBOOKS_LABELS = {
    "author": "author",
    "title": "title",
    "publicationplace": "place",
    "publisher": "publisher",
    "year": "date",
    "date": "date",
    "pagination": "pages",
    "volume": "volume",
    "tomo": "volume",
    "publicationnumber-year": "volume",
    "series": "collection",
    "archivalreference": "archive_location",
    "archive_lib": "archive",
    "cartulation": "archive_location",
    "foliation": "archive_location",
    "box": "archive_location",
    "filza": "archive_location",
    "registry": "archive_location",
    "folder": "archive_location",
    "attachment": "archive_location",
    "numbered_ref": "note",
    "ref": "note",
    "column": "note",
    "publicationspecifications": "note",
    "abbreviation": "abbrev",
    "conjunction": "in",
    "o": "other",
}
# AnyStyle core.xml segment tags -> tagger labels
CORE_LABELS = {
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "title": "title",
    "container-title": "container",
    "journal": "container",
    "collection-title": "collection",
    "publisher": "publisher",
    "location": "place",
    "date": "date",
    "volume": "volume",
    "pages": "pages",
    "edition": "edition",
    "url": "url",
    "doi": "doi",
    "isbn": "note",
    "note": "note",
    "genre": "note",
    "medium": "note",
    "source": "note",
    "citation-number": "other",
    "director": "author",
    "producer": "author",
}


def _nonspace_labels(raw: str, segments: list[tuple[str, str]]) -> list[str | None]:
    """A label per character of ``raw``, aligning the segments' non-space characters."""
    labels: list[str | None] = [None] * len(raw)
    positions = [i for i, ch in enumerate(raw) if not ch.isspace()]
    k = 0
    for label, text in segments:
        for ch in text:
            if ch.isspace():
                continue
            if k >= len(positions) or raw[positions[k]] != ch:
                raise ValueError(f"segments do not spell raw: {raw!r}")
            labels[positions[k]] = label
            k += 1
    return labels


def _token_labels(raw: str, spans: list[tuple[int, int]], chars: list[str | None]) -> list[str]:
    """Each token's label: that of its first letter or digit (else its first character)."""
    out = []
    for s, e in spans:
        label = None
        for i in range(s, e):
            if raw[i].isalnum():
                label = chars[i]
                break
        out.append(label or chars[s] or "other")
    return out


def _mark(raw: str, chars: list[str | None], value: str, label: str, within: set[str]) -> None:
    """Relabel the first occurrence of ``value`` in ``raw`` (where labelled ``within``)."""
    value = value.strip()
    if not value:
        return
    start = raw.find(value)
    while start >= 0:
        if chars[start] in within:
            for i in range(start, start + len(value)):
                if chars[i] is not None:
                    chars[i] = label
            return
        start = raw.find(value, start + 1)


def linkedbooks_examples(path: Path) -> Iterator[tuple[str, list[str]]]:
    """(raw, token labels) for each reference of a LinkedBooks JSON-lines file.

    Segment labels give the first cut; the line's ``gold`` then tells a second title after
    ``in`` (a container), ``a cura di`` names (editors) and the year and issue inside a
    journal's numbering.
    """
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            raw = row["raw"]
            segs = [(LINKEDBOOKS_LABELS.get(lab, "other"), text) for lab, text in row["tags"]]
            try:
                chars = _nonspace_labels(raw, segs)
            except ValueError:
                continue
            gold = row["gold"]
            if isinstance(gold.get("container-title"), str):
                _mark(raw, chars, gold["container-title"], "container", {"title"})
            for editor in gold.get("editor", []):
                _mark(raw, chars, editor, "editor", {"author"})
            for role in ("a cura di", "a c. di", "(a cura di)", "ed.", "(ed.)", "(eds.)"):
                _mark(raw, chars, role, "editor", {"author"})
            if isinstance(gold.get("issued"), str):
                _mark(raw, chars, gold["issued"], "date", {"volume"})
            if isinstance(gold.get("issue"), str):
                _mark(raw, chars, gold["issue"], "issue", {"volume", "note"})
            spans = tokenise(raw)
            yield raw, _token_labels(raw, spans, chars)


def core_examples(path: Path) -> Iterator[tuple[str, list[str]]]:
    """(raw, token labels) for each ``<sequence>`` of AnyStyle's core.xml."""
    for seq in ET.parse(path).getroot().iter("sequence"):
        segs = [(CORE_LABELS.get(e.tag, "other"), " ".join((e.text or "").split())) for e in seq]
        segs = [(lab, t) for lab, t in segs if t]
        raw = " ".join(t for _, t in segs)
        chars = _nonspace_labels(raw, segs)
        yield raw, _token_labels(raw, tokenise(raw), chars)


def train(
    examples: list[tuple[str, list[str]]], out: Path, *, iterations: int | None = None
) -> None:
    """Train a CRF on ``(raw, token labels)`` examples and write it to ``out``.

    L2-regularised SGD converges in a few epochs on 40,000 references (minutes on one core);
    features seen fewer than 3 times are dropped, which keeps the model under 10 MB.
    """
    trainer = pycrfsuite.Trainer(verbose=False)
    for raw, labels in examples:
        text, fields = rule_fields(raw)
        spans = tokenise(text)
        if len(spans) != len(labels):  # the rules' cleaning changed the tokens: skip
            continue
        trainer.append(features(text, spans, rule_labels(text, spans, fields)), labels)
    trainer.select("l2sgd")
    params = dict(TRAINER)
    if iterations is not None:
        params["max_iterations"] = iterations
    trainer.set_params(params)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--linkedbooks", type=Path, default=SHARED / "linkedbooks" / "train.jsonl")
    ap.add_argument("--core", type=Path, default=SHARED / "anystyle" / "core.xml")
    ap.add_argument("--out", type=Path, default=MODEL)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument(
        "--hold-out-fold", type=int, default=0, help="leave this fold of core.xml out (-1: none)"
    )
    ap.add_argument("--iterations", type=int, help="training epochs (default: TRAINER)")
    a = ap.parse_args()
    start = time.perf_counter()
    examples = list(linkedbooks_examples(a.linkedbooks))
    core = [
        example for i, example in enumerate(core_examples(a.core)) if i % a.folds != a.hold_out_fold
    ]
    examples += core * CORE_WEIGHT
    train(examples, a.out, iterations=a.iterations)
    took = time.perf_counter() - start
    print(f"{len(examples)} examples -> {a.out} ({a.out.stat().st_size:,} bytes, {took:.0f} s)")


if __name__ == "__main__":
    main()
