"""Train the reference tagger's CRF from labelled references (deterministic).

Usage (from the project root, with ``../shared`` beside it)::

    python -m citex.parse.training            # writes src/citex/parse/model/tagger.crfsuite

Options: ``--linkedbooks TRAIN_JSONL``, ``--core CORE_XML``, ``--out MODEL``, ``--rendered N``
(rendered references per style) and ``--hold-out-fold K --folds N``: fold K of N interleaved
folds of core.xml is left out (to measure on it; ``bench/core_crossval.py`` does so for every
fold). The shipped model trains on all of core.xml (``--hold-out-fold -1``, the default).
CRFsuite's SGD shuffles the examples with the C library's rand(), which nothing seeds: a fresh
process given the same data and options writes the same model, byte for byte (a second model
trained in the same process differs).

Data (read at run time, never copied into the package; see ``model/NOTICE``):

- LinkedBooks ``train.jsonl`` (MIT licence, Digital Humanities Laboratory, EPFL): Italian
  humanities references with labelled segments (``valid.jsonl`` is kept for measuring);
- AnyStyle ``core.xml`` (BSD-2-Clause licence, Sylvester Keil): references of many styles
  with labelled segments, weighted four times since it is small;
- references the project renders itself (``tests/render.py``: twelve styles, six languages),
  labelled from the records they were printed from (:func:`rendered_examples`).

The label sets are mapped onto the tagger's labels; each reference is also read by the hand
rules (:func:`citex.parse.reference.rule_fields`), whose field per token is a feature.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pycrfsuite  # type: ignore[import-untyped]

from citex.parse import tagger_patterns as tp
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


_JOINING_WORDS = frozenset(("in", "in:", "nel", "nella", "dans", "im", "en"))


def _clean_in(segs: list[tuple[str, str]], gold: dict[str, Any]) -> list[tuple[str, str]]:
    """LinkedBooks' labels of a container's ``in``: a bare ``in`` between title and container
    is sometimes ``o`` (other), sometimes ``conjunction``; and where the gold has no container,
    a title segment may run on through ``, in Container``. Both become title, ``in``,
    container, as most of the data labels them."""
    out: list[tuple[str, str]] = []
    has_container = isinstance(gold.get("container-title"), str)
    for label, text in segs:
        if label == "other" and text.strip().casefold() in _JOINING_WORDS:
            out.append(("in", text))
            continue
        joint = tp.STRETCH_TITLE_IN.search(text) if label == "title" else None
        if joint is None or has_container or any(lab == "container" for lab, _ in out):
            out.append((label, text))
            continue
        has_container = True
        head = text[: joint.start() + 1]
        out += [("title", head), ("in", text[joint.start() + 1 : joint.end()])]
        out.append(("container", text[joint.end() :]))
    return out


def linkedbooks_examples(path: Path) -> Iterator[tuple[str, list[str]]]:
    """(raw, token labels) for each reference of a LinkedBooks JSON-lines file.

    Segment labels give the first cut, their ``in`` cleaned (:func:`_clean_in`); the line's
    ``gold`` then tells a second title after ``in`` (a container), ``a cura di`` names and the
    container's own editors (``in …, cur. R. Polacco``: editors, not more authors) and the
    year and issue inside a journal's numbering.
    """
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            raw = row["raw"]
            segs = [(LINKEDBOOKS_LABELS.get(lab, "other"), text) for lab, text in row["tags"]]
            segs = _clean_in(segs, row["gold"])
            try:
                chars = _nonspace_labels(raw, segs)
            except ValueError:
                continue
            gold = row["gold"]
            if isinstance(gold.get("container-title"), str):
                _mark(raw, chars, gold["container-title"], "container", {"title"})
            for editor in (*gold.get("editor", []), *gold.get("x-container-author", [])):
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


# -- references the project renders itself (tests/render.py) ------------------------------

RENDER_SEED = 12  # the rendered examples are drawn from random.Random(RENDER_SEED)
RENDER_PER_STYLE = 250
_EDGE = ".,;:()[]«»“”„\"'‘’"


def _words(text: str) -> frozenset[str]:
    """The space-separated words of ``text``."""
    return frozenset(text.split())


# words seen without their edge punctuation (see _bare)
_CONNECTORS = _words("and & e et und y / - – al u a")
_ROLE_WORDS = {
    "editor": _words("ed eds a cura di dir hg hrsg org editor editors edited by"),
    "translator": _words("trans transl translated by trad it di par de übers von tradução"),
}
_FIELD_LABELS = {
    "pages": _words("p pp s pág pag pagg"),
    "volume": _words("vol vols a v bd jg"),
    "issue": _words("n no nr núm n° h heft"),
}
_IN_WORDS = _words("in dans en")


def _bare(token: str) -> str:
    """A token without its edge punctuation, casefolded."""
    return token.strip(_EDGE).casefold()


def _person_words(person: Any) -> set[str]:
    """The casefolded words a person's name may print as: names, particles, initials."""
    words: set[str] = set()
    for part in (person.family, person.particle, person.given, person.literal):
        for word in (part or "").split():
            words.add(word.casefold())
    if person.given:
        letters = [piece[0] for word in person.given.split() for piece in word.split("-") if piece]
        words.update(letter.casefold() for letter in letters)
        words.add("".join(letters).casefold())
        words.add("-".join(letters).casefold())
    return words


def _mark_value(
    text: str, chars: list[str | None], value: str | None, label: str, *, last: bool = False
) -> None:
    """Label the first (or ``last``) unlabelled, case-insensitive occurrence of ``value``."""
    if not value:
        return
    lowered, needle = text.casefold(), value.casefold()
    if len(lowered) != len(text):  # casefolding changed the length (ß): compare as printed
        lowered, needle = text, value
    starts = []
    start = lowered.find(needle)
    while start >= 0:
        starts.append(start)
        start = lowered.find(needle, start + 1)
    if last:
        starts.reverse()
    for start in starts:
        end = start + len(needle)
        before_ok = start == 0 or not text[start - 1].isalnum()
        after_ok = end == len(text) or not text[end].isalnum()
        if before_ok and after_ok and all(c is None for c in chars[start:end]):
            for i in range(start, end):
                if not text[i].isspace():
                    chars[i] = label
            return


def _printed_title(text: str, chars: list[str | None], title: str | None, label: str) -> None:
    """A title as printed: whole, else each part around its colon (``Title. Subtitle``)."""
    if not title:
        return
    before = chars.count(label)
    _mark_value(text, chars, title, label)
    if chars.count(label) == before:
        for part in title.split(": "):
            _mark_value(text, chars, part, label)


def _page_forms(page: str | None) -> list[str]:
    """``45–67`` as styles print it: with an en dash or a hyphen, abbreviated or not."""
    if not page:
        return []
    first, _, last = page.partition("–")
    forms = [page, f"{first}-{last}"] if last else [page]
    for keep in range(1, len(last)):
        forms += [f"{first}–{last[-keep:]}", f"{first}-{last[-keep:]}"]
    return forms


def label_rendered(text: str, ref: Any, locator: str | None = None) -> list[str]:
    """Token labels for a reference the renderer printed from the record ``ref``.

    The record's values are found in the text (titles whatever their case, pages in any
    printed form); names word by word (family names, given names, initials), with the
    words joining them (``and``, ``et al.``) and their roles (``a cura di``, ``(Hg.)``);
    a field's label word (``pp.``, ``vol.``, ``n.``) goes with the field, as in the other
    training data; ``in`` before a container is ``in``.
    """
    chars: list[str | None] = [None] * len(text)
    for person in (*ref.author, *ref.editor, *ref.translator):
        if person.literal:
            role = "author" if person in ref.author else "editor"
            _mark_value(text, chars, person.literal, role)
            _mark_value(text, chars, person.literal.upper(), role)
    _mark_value(text, chars, ref.url, "url")
    _mark_value(text, chars, ref.doi, "doi")
    _printed_title(text, chars, ref.title, "title")
    _printed_title(text, chars, ref.container_title, "container")
    _mark_value(text, chars, ref.publisher, "publisher")
    _mark_value(text, chars, ref.publisher_place, "place")
    if ref.issued is not None:
        _mark_value(text, chars, str(ref.issued.year), "date")
    _mark_value(text, chars, ref.volume, "volume")
    _mark_value(text, chars, ref.issue, "issue")
    for form in _page_forms(ref.page):
        before = chars.count("pages")
        _mark_value(text, chars, form, "pages")
        if chars.count("pages") > before:
            break
    _mark_value(text, chars, locator, "pages", last=True)  # the cited page, as LinkedBooks
    spans = tokenise(text)
    labels = _token_labels(text, spans, chars)
    tokens = [_bare(text[s:e]) for s, e in spans]
    _label_names(tokens, labels, ref)
    _label_neighbours(tokens, labels)
    return labels


def _label_names(tokens: list[str], labels: list[str], ref: Any) -> None:
    """Name words still unlabelled: the author's before the title, else the editor's or
    translator's whose name has that word."""
    title_at = labels.index("title") if "title" in labels else len(labels)
    roles = [
        ("author", set().union(*(_person_words(p) for p in ref.author))),
        ("editor", set().union(*(_person_words(p) for p in ref.editor))),
        ("translator", set().union(*(_person_words(p) for p in ref.translator))),
    ]
    for i, token in enumerate(tokens):
        if labels[i] != "other" or not token:
            continue
        for role, words in roles:
            if token in words and (role == "author") == (i < title_at):
                labels[i] = role
                break


def _label_neighbours(tokens: list[str], labels: list[str]) -> None:
    """Connectors between names, role words beside them, field label words, ``in``."""
    n = len(labels)
    for i in range(n):
        if labels[i] != "other":
            continue
        prev = labels[i - 1] if i else None
        ahead = (labels[j] for j in range(i + 1, min(i + 4, n)) if labels[j] != "other")
        following = next(ahead, None)
        word = tokens[i]
        if prev in ("author", "editor", "translator") and (
            (following == prev and word in _CONNECTORS) or word in ("et", "al", "al.")
        ):
            labels[i] = prev
        elif word in _ROLE_WORDS["editor"] and "editor" in (prev, following):
            labels[i] = "editor"
        elif word in _ROLE_WORDS["translator"] and following == "translator":
            labels[i] = "translator"
        elif following in _FIELD_LABELS and word in _FIELD_LABELS[following]:
            labels[i] = following
        elif word in _IN_WORDS and following in ("container", "editor"):
            labels[i] = "in"


def rendered_examples(
    per_style: int = RENDER_PER_STYLE, seed: int = RENDER_SEED
) -> Iterator[tuple[str, list[str]]]:
    """(raw, token labels) for records drawn with ``random.Random(seed)`` and printed by the
    project's own renderer (``tests/render.py``: twelve styles in six languages), ``per_style``
    of each; a note style cites a page half of the time."""
    tests = str(PROJECT / "tests")
    if tests not in sys.path:
        sys.path.insert(0, tests)
    render: Any = importlib.import_module("render")
    draw: Any = importlib.import_module("render_strategies")
    rnd = random.Random(seed)
    for style in sorted(render.STYLES):
        for _ in range(per_style):
            ref = draw.random_reference(rnd, lang=draw.STYLE_LANG[style])
            cited = style in render.NOTE_STYLES and rnd.random() < 0.5
            locator = draw.random_locator(rnd) if cited else None
            text = render.render(ref, style, locator=locator, number=rnd.randint(1, 99)).text
            yield text, label_rendered(text, ref, locator)


def training_examples(
    linkedbooks: Path,
    core: Path,
    *,
    folds: int = 5,
    hold_out_fold: int = -1,
    rendered_per_style: int = RENDER_PER_STYLE,
) -> list[tuple[str, list[str]]]:
    """All training examples: LinkedBooks, core.xml (``CORE_WEIGHT`` times, fold
    ``hold_out_fold`` of ``folds`` left out unless it is -1) and rendered references."""
    examples = list(linkedbooks_examples(linkedbooks))
    kept = [ex for i, ex in enumerate(core_examples(core)) if i % folds != hold_out_fold]
    examples += kept * CORE_WEIGHT
    examples += rendered_examples(rendered_per_style)
    return examples


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--linkedbooks", type=Path, default=SHARED / "linkedbooks" / "train.jsonl")
    ap.add_argument("--core", type=Path, default=SHARED / "anystyle" / "core.xml")
    ap.add_argument("--out", type=Path, default=MODEL)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument(
        "--hold-out-fold", type=int, default=-1, help="leave this fold of core.xml out (-1: none)"
    )
    ap.add_argument(
        "--rendered", type=int, default=RENDER_PER_STYLE, help="rendered references per style"
    )
    ap.add_argument("--iterations", type=int, help="training epochs (default: TRAINER)")
    a = ap.parse_args()
    start = time.perf_counter()
    examples = training_examples(
        a.linkedbooks,
        a.core,
        folds=a.folds,
        hold_out_fold=a.hold_out_fold,
        rendered_per_style=a.rendered,
    )
    train(examples, a.out, iterations=a.iterations)
    took = time.perf_counter() - start
    print(f"{len(examples)} examples -> {a.out} ({a.out.stat().st_size:,} bytes, {took:.0f} s)")


if __name__ == "__main__":
    main()
