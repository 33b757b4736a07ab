"""Fuzz targets: every parser and reader on hostile input, span invariants on every example.

Targets: parse_reference, find_notes, extract, read_bibtex, read_csl_json and the document
readers behind read_source (HTML, PDF, DOCX, ODT, EPUB, text).

Each target gets random text, token soup built from the syntax it reads, and real
snippets from the corpus cut and spliced. The budget is bounded (``FUZZ_EXAMPLES``,
default 60 per target, so the whole module runs in seconds in CI); set the environment
variable higher for a long local run. ``fuzz/atheris_targets.py`` runs the same targets
under atheris (coverage-guided), in CI for a few seconds each.
"""

from __future__ import annotations

import io
import json
import os
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citex.errors import CitexError
from citex.formats.bibtex import read_bibtex
from citex.formats.csl import read_csl_json
from citex.notes.find import find_notes
from citex.parse.reference import parse_reference
from citex.pipeline import extract
from citex.records import Document, Reference, Span
from citex.sources import read_source
from conftest import CORPUS

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def _snippets() -> list[str]:
    """Lines of the shared corpus texts, for realistic material to cut and splice."""
    lines: list[str] = []
    for path in sorted(CORPUS.glob("*.txt"))[:3] if CORPUS.is_dir() else []:
        lines += [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines[:4000] or ["1. John Smith, The Book (London: Verso, 1990), 12."]


SNIPPETS = _snippets()

#: Characters that trip text handling: controls, separators, marks, surrogates' neighbours.
ODD = "\x00\x0b\x0c\x1c\x1d\x1e\x1f\r\u0085\u2028\u2029\u00ad\u200b\ufeff\u0301-–—\t"

odd_text = st.text(st.sampled_from(ODD) | st.characters(codec="utf-8"), max_size=300)


@st.composite
def spliced(draw: st.DrawFn) -> str:
    """Corpus lines joined with odd separators, some cut short or spliced with odd text."""
    lines = draw(st.lists(st.sampled_from(SNIPPETS), min_size=1, max_size=12))
    out = []
    for line in lines:
        cut = draw(st.integers(0, len(line)))
        out.append(line[:cut] + draw(st.text(st.sampled_from(ODD), max_size=3)) + line[cut:])
    return draw(st.sampled_from(["\n", "\r\n", "\r", "\n\n", " "])).join(out)


def in_bounds(span: Span | None, text: str) -> None:
    """A span lies inside the text it indexes."""
    if span is not None:
        assert 0 <= span.start <= span.end <= len(text), (span, len(text))


def check_reference(reference: Reference, text: str) -> None:
    """A reference's span (and its related works' spans) lie inside ``text``."""
    in_bounds(reference.span, text)
    for related in reference.related:
        check_reference(related, text)


def check_document(document: Document, text: str) -> None:
    """Every span of a document lies in the text and points at what it claims."""
    for marker in document.markers:
        in_bounds(marker.span, text)
        assert marker.note is None or 0 <= marker.note < len(document.notes)
    for note in document.notes:
        in_bounds(note.span, text)
        previous = note.span.start
        for segment in note.segments:
            in_bounds(segment, text)
            assert previous <= segment.start, "note segments out of order"
            previous = segment.end
        assert all(0 <= index < len(document.markers) for index in note.markers)
    for citation in document.citations:
        in_bounds(citation.span, text)
        assert citation.note is None or 0 <= citation.note < len(document.notes)
        if citation.reference is not None:
            check_reference(citation.reference, text)
    ids = {work.id for work in document.works}
    assert all(c.work is None or c.work in ids for c in document.citations)
    for work in document.works:
        check_reference(work, text)
    if document.self_record is not None:
        check_reference(document.self_record, text)


texts = odd_text | spliced()


@FUZZ
@given(texts)
def test_fuzz_parse_reference(text: str) -> None:
    reference = parse_reference(text)
    check_reference(reference, text)


@FUZZ
@given(texts)
def test_fuzz_find_notes(text: str) -> None:
    check_document(find_notes(text), text)


@FUZZ
@given(texts)
def test_fuzz_extract(text: str) -> None:
    check_document(extract(text), text)


BIBTEX_TOKENS = [
    "@book{", "@article{", "@string{", "@comment{", "@preamble{", "key,", "k", " title = ",
    "year = ", "author = ", "month = ", "date = ", "{", "}", "\"", "#", "=", ",", "\n",
    "2001", "jan", "2000-13-45", "Smith, John and Doe, J.", "{\\\"u}", "\\", "%", "--",
    "@", "(", ")", "x", "\u00b2",
]  # fmt: skip


@FUZZ
@given(odd_text | st.lists(st.sampled_from(BIBTEX_TOKENS), max_size=80).map("".join))
def test_fuzz_read_bibtex(text: str) -> None:
    result = read_bibtex(text)
    lines = text.count("\n") + text.count("\r") + 2
    assert all(p.line is None or 1 <= p.line <= lines for p in result.problems)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(
                [
                    "id",
                    "type",
                    "title",
                    "author",
                    "issued",
                    "date-parts",
                    "family",
                    "literal",
                    "custom",
                    "citex",
                    "related",
                    "span",
                    "page",
                    "raw",
                ]
            )
            | st.text(max_size=5),
            inner,
            max_size=5,
        )
    ),
    max_leaves=20,
)
JSON_TOKENS = ["[", "]", "{", "}", ",", ":", '"id"', '"issued"', '{"date-parts":[[',
               "9" * 50, "1e999", "NaN", '"x"', "null", " ", "\n"]  # fmt: skip


@FUZZ
@given(
    json_values.map(json.dumps)
    | st.lists(json_values, max_size=5).map(json.dumps)
    | st.lists(st.sampled_from(JSON_TOKENS), max_size=60).map("".join)
)
def test_fuzz_read_csl_json(text: str) -> None:
    try:
        result = read_csl_json(text)
    except CitexError:
        return  # not JSON that starts an array or an object: said so
    assert len(result.references) + len(result.problems) >= 0


@pytest.mark.parametrize("depth", [10, 5000, 100_000])
def test_read_csl_json_survives_deep_nesting(depth: int) -> None:
    text = '[{"id":"a","title":"ok"},' + "[" * depth + "]" * depth + "]"
    result = read_csl_json(text)
    assert [r.id for r in result.references] == ["a"]


HTML_TOKENS = [
    "<html>", "<body>", "<p>", "</p>", "<sup>", "</sup>", '<a href="#fn1">', "</a>",
    '<aside epub:type="footnote" id="fn1">', "</aside>", '<li id="fn1">', "<ol>", "</ol>",
    "<!DOCTYPE html>", "<!ENTITY x 'y'>", "&amp;", "&#0;", "&x;", "1", "Text", "\n", "<",
]  # fmt: skip


@st.composite
def zipped(draw: st.DrawFn) -> bytes:
    """A ZIP shaped like a DOCX, ODT or EPUB, with hostile parts."""
    members = draw(
        st.sampled_from(
            [
                ["[Content_Types].xml", "word/document.xml", "word/footnotes.xml"],
                ["mimetype", "content.xml"],
                ["mimetype", "META-INF/container.xml", "OEBPS/content.opf", "OEBPS/c1.xhtml"],
            ]
        )
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member in members:
            body = draw(st.lists(st.sampled_from(HTML_TOKENS), max_size=30).map("".join))
            archive.writestr(member, body)
    return buffer.getvalue()


documents_bytes = (
    st.lists(st.sampled_from(HTML_TOKENS), max_size=60).map(lambda t: "".join(t).encode())
    | st.binary(max_size=300).map(lambda b: b"%PDF-1.4\n" + b)
    | zipped()
    | st.binary(max_size=300)
)


@FUZZ
@given(documents_bytes)
def test_fuzz_read_source(data: bytes) -> None:
    try:
        source = read_source(data, name="fuzz")
    except CitexError:
        return  # refused with a message: the contract
    check_document(Document(markers=source.markers, notes=source.notes), source.text)
    for page in source.pages:
        for line in page.lines:
            in_bounds(line.span, source.text)
