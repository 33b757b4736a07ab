"""Coverage-guided fuzzing of citex's parsers and readers with atheris (libFuzzer).

Usage: ``python fuzz/atheris_targets.py TARGET [libFuzzer options]``, e.g.
``python fuzz/atheris_targets.py read_bibtex -max_total_time=10``. TARGET is one of
:data:`TARGETS`. Any exception other than citex's own errors is a finding, as is a span
outside its text. CI runs each target for a few seconds (``.ci/run``); run longer here.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable

import atheris  # type: ignore[import-not-found]  # the fuzz extra; not a dependency of citex

with atheris.instrument_imports(include=["citex"]):  # only our code: fast start
    from citex.errors import CitexError
    from citex.formats.bibtex import read_bibtex
    from citex.formats.csl import read_csl_json
    from citex.notes.find import find_notes
    from citex.parse.reference import parse_reference
    from citex.pipeline import extract
    from citex.records import Document, Reference, Span
    from citex.sources import read_source


def _in_bounds(span: Span | None, text: str) -> None:
    if span is not None and not 0 <= span.start <= span.end <= len(text):
        raise AssertionError(f"span {span} outside a text of {len(text)} characters")


def _reference(reference: Reference, text: str) -> None:
    _in_bounds(reference.span, text)
    for related in reference.related:
        _reference(related, text)


def _document(document: Document, text: str) -> None:
    for marker in document.markers:
        _in_bounds(marker.span, text)
    for note in document.notes:
        _in_bounds(note.span, text)
        for segment in note.segments:
            _in_bounds(segment, text)
    for citation in document.citations:
        _in_bounds(citation.span, text)
    for work in document.works:
        _reference(work, text)


def _text(data: bytes) -> str:
    return atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))


def _read_bibtex(text: str) -> None:
    result = read_bibtex(text)
    lines = text.count("\n") + text.count("\r") + 2
    if any(p.line is not None and not 1 <= p.line <= lines for p in result.problems):
        raise AssertionError("a problem's line is outside the input")


def _read_csl_json(text: str) -> None:
    read_csl_json(text)


def _read_source(data: bytes) -> None:
    source = read_source(data, name="fuzz")
    _document(Document(markers=source.markers, notes=source.notes), source.text)


#: Targets on bytes (a document in any format); the others take text.
BYTE_TARGETS: dict[str, Callable[[bytes], None]] = {"read_source": _read_source}

TARGETS: dict[str, Callable[[str], None]] = {
    "parse_reference": lambda text: _reference(parse_reference(text), text),
    "find_notes": lambda text: _document(find_notes(text), text),
    "extract": lambda text: _document(extract(text), text),
    "read_bibtex": _read_bibtex,
    "read_csl_json": _read_csl_json,
}


def main() -> None:
    """Run the target named by the first argument under atheris."""
    names = [*TARGETS, *BYTE_TARGETS]
    if len(sys.argv) < 2 or sys.argv[1] not in names:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(names)}}} [libFuzzer options]")
    name = sys.argv[1]

    def one_input(data: bytes) -> None:
        with contextlib.suppress(CitexError):  # bad input said so: that is the contract
            if name in BYTE_TARGETS:
                BYTE_TARGETS[name](data)
            else:
                TARGETS[name](_text(data))

    atheris.Setup([sys.argv[0], *sys.argv[2:]], one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
