"""The document fixtures (tests/data/documents, made from article.md) read back their notes."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from citex.sources import Source, read_document
from documents_scoring import DOCUMENTS, score

GOLD = json.loads((DOCUMENTS / "article.gold.json").read_text(encoding="utf-8"))
STRUCTURAL = ("article.docx", "article.odt", "article.epub", "article.html")
PDFS = ("article-latex.pdf", "article-latex-2col.pdf", "article-lo.pdf", "article-lo-2col.pdf")


@functools.cache
def read(name: str) -> Source:
    """A fixture read once per test run (sources are frozen, so sharing them is safe)."""
    return read_document(DOCUMENTS / name)


@pytest.fixture(params=STRUCTURAL + PDFS)
def source(request: pytest.FixtureRequest) -> Source:
    return read(request.param)


@pytest.mark.parametrize("name", STRUCTURAL)
def test_structural_notes_are_exact(name: str) -> None:
    source = read(name)
    assert [(n.label, n.text) for n in source.notes] == [
        (n["label"], n["text"]) for n in GOLD["notes"]
    ]
    assert [m.label for m in source.markers] == [m["label"] for m in GOLD["markers"]]
    for index, marker in enumerate(source.markers):
        assert marker.span.slice(source.text) == f"[^{marker.label}]"
        assert marker.note == index
        assert source.notes[index].markers == (index,)
    assert source.notes_encoded


@pytest.mark.parametrize("name", STRUCTURAL)
def test_structural_note_segments_are_its_paragraphs(name: str) -> None:
    source = read(name)
    for note in source.notes:
        assert "\n\n".join(s.slice(source.text) for s in note.segments) == note.text
        assert source.text[note.span.start :].startswith(f"[^{note.label}]: ")


@pytest.mark.parametrize("name", PDFS)
def test_pdf_markers_and_notes_score_at_least_098(name: str) -> None:
    scores = score(read(name), GOLD)
    assert scores["marker_f1"] >= 0.98, scores
    assert scores["note_f1"] >= 0.98, scores


def test_a_long_note_runs_onto_the_next_page_in_every_pdf() -> None:
    for name in PDFS:
        source = read(name)
        long_note = source.notes[6]
        pages = {
            page.number
            for page in source.pages
            for line in page.lines
            if line.kind == "note"
            and any(s.start <= line.span.start < s.end for s in long_note.segments)
        }
        assert len(pages) >= 2, name


def test_pdf_layout_lines_index_the_text(source: Source) -> None:
    for page in source.pages:
        for line in page.lines:
            assert 0 <= line.span.start <= line.span.end <= len(source.text)
            assert "\n" not in line.span.slice(source.text)
    assert all(m.span.slice(source.text) for m in source.markers)


def test_format_is_told_by_content_not_extension(tmp_path: Path) -> None:
    for name, kind in (
        ("article.docx", "docx"),
        ("article.epub", "epub"),
        ("article-lo.pdf", "pdf"),
    ):
        renamed = tmp_path / f"{name}.txt"
        renamed.write_bytes((DOCUMENTS / name).read_bytes())
        assert read_document(renamed).format == kind


def test_pdf_pages_are_read_in_column_order() -> None:
    source = read("article-latex-2col.pdf")
    # the first paragraph's sentences follow each other, though its page has two columns
    assert "Men during leaders them men par" in source.text
    start = source.text.index("Men during")
    assert source.text.index("Across between", start) > start
    assert source.text.index("unions women the in.¹", start) > source.text.index("Across between")
