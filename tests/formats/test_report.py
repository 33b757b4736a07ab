"""The document report: its structure checked against what ``extract`` found, without a browser.

The corpus files' reports are checked element by element against their own ``--format
json`` (the JSON is the golden: every marker, note, citation and work must be there and
link where the JSON says), so the tests follow extraction as it improves. A hand-made
document, which no extraction change can move, has a frozen outline in
``tests/data/report/`` (``CITEX_UPDATE_GOLDEN=1`` rewrites it; read the diff).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.formats.document import extraction_to_json
from citex.formats.report import (
    LOW_CONFIDENCE,
    Mark,
    document_counts,
    document_report,
    mark_up,
    overlapping_markers,
)
from citex.pipeline import extract
from citex.records import Citation, Document, Locator, Marker, Name, Note, Reference, Span
from conftest import CORPUS
from html_tree import Element, Page

FILES = [
    "kites4-specter-part4.txt",
    "utopia-rossa-2013-serge-memoirs.txt",
    "damen-1943-russia-we-love.txt",
]
GOLDEN = Path(__file__).resolve().parent.parent / "data" / "report"


@pytest.fixture(scope="module", params=FILES)
def corpus_report(request: pytest.FixtureRequest) -> tuple[str, dict[str, Any], Page]:
    """A corpus file's text, its JSON extraction and its parsed report."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    text = (CORPUS / request.param).read_text(encoding="utf-8")
    doc = extract(text)
    return text, extraction_to_json(doc), Page(document_report(doc, text, name=request.param))


def _text_of(page: Page) -> str:
    return page.one("div", "text").text()


#: The smallest dev document of each kind, and one whose finder puts two markers in one place.
DEV = [
    "barclay_apologie_1776_b_02_09",
    "pep_3107_rst",
    "pdf_barclay_apologie_1776_b_02_13_plain",
    "wikipedia_elizabeth_gilbert",
    "jats_elife_06003_lens_lipids",
    "pg_passamaquoddy_folklore_txt",
    "se_smith_wealth_of_nations_intro",
    "pg_chiriqui_ancient_art_txt",
]


@pytest.mark.parametrize("name", DEV)
def test_dev_documents_report_every_marker_and_citation(name: str) -> None:
    path = CORPUS / "dev" / name / "text.txt"
    if not path.is_file():
        pytest.skip("../shared/corpus/dev is not beside the project")
    text = path.read_text(encoding="utf-8")
    doc = extract(text)
    page = Page(document_report(doc, text, name=name))
    assert _text_of(page) == text
    overlapping = set(overlapping_markers(doc))
    listed = (
        {a.get("href") for a in page.one(cls="markers-overlapping").find_all("a")}
        if overlapping
        else set()
    )
    for index, marker in enumerate(doc.markers):
        if marker.note is None:
            continue
        if index in overlapping:
            assert {f"#marker-{index}", f"#note-{marker.note}"} <= listed
        else:
            assert page.target(page.by_id(f"marker-{index}").get("href")).get("id") == (
                f"note-{marker.note}"
            )
    for index in range(len(doc.citations)):
        assert page.by_id(f"cite-{index}").get("href") == f"#record-{index}"


def test_report_shows_the_whole_text_exactly(corpus_report: tuple[str, Any, Page]) -> None:
    text, _, page = corpus_report
    assert _text_of(page) == text


def test_counts_at_the_top_equal_the_json(corpus_report: tuple[str, Any, Page]) -> None:
    _, data, page = corpus_report
    shown = {e.get("data-count"): int(e.text()) for e in page.find_all() if e.get("data-count")}
    assert shown["markers"] == len(data["markers"])
    assert shown["notes"] == len(data["notes"])
    assert shown["citations"] == len(data["citations"])
    assert shown["works"] == len(data["works"])
    assert shown["unresolved"] == sum(c["work"] is None for c in data["citations"])
    for kind in ("full", "short", "ibid", "op-cit"):
        assert shown[f"kind-{kind}"] == sum(c["kind"] == kind for c in data["citations"])


def test_every_marker_links_to_its_note_and_back(corpus_report: tuple[str, Any, Page]) -> None:
    _, data, page = corpus_report
    assert len(page.find_all("a", "marker")) == sum(m["note"] is not None for m in data["markers"])
    for index, marker in enumerate(data["markers"]):
        element = page.by_id(f"marker-{index}")
        assert element.text() == marker["label"]
        if marker["note"] is None:
            assert element.tag == "span" and "orphan" in element.classes
            continue
        note = page.target(element.get("href"))
        assert note.get("id") == f"note-{marker['note']}"
        assert note.text().strip().startswith(data["notes"][marker["note"]]["label"])
    for index, note in enumerate(data["notes"]):
        label = page.by_id(f"note-{index}")
        if note["markers"] and "note-label" in label.classes:
            assert page.target(label.get("href")).get("id") == f"marker-{note['markers'][0]}"


def test_every_citation_is_marked_by_kind_and_opens_its_record(
    corpus_report: tuple[str, Any, Page],
) -> None:
    text, data, page = corpus_report
    works = {w["id"]: i for i, w in enumerate(data["works"])}
    for index, citation in enumerate(data["citations"]):
        element = page.by_id(f"cite-{index}")
        assert f"kind-{citation['kind']}" in element.classes
        assert ("unresolved" in element.classes) == (citation["work"] is None)
        assert text.startswith(element.text(), citation["start"])
        record = page.target(f"#record-{index}")
        assert record.tag == "li"
        assert page.target(record.find_all("a")[0].get("href")) is element
        if citation["work"] is not None:
            link = next(a for a in record.find_all("a", "key"))
            assert link.text() == citation["work"]
            assert page.target(link.get("href")).get("id") == f"work-{works[citation['work']]}"
        else:
            assert citation["unresolved"] is None or citation["unresolved"] in record.text()
        if citation["locator"]:
            assert citation["locator"]["value"] in record.text()


def test_side_panel_lists_the_works_with_their_citations(
    corpus_report: tuple[str, Any, Page],
) -> None:
    _, data, page = corpus_report
    panel = page.one("aside", "works")
    keys = [e.text() for e in panel.find_all("span", "key")]
    assert keys == [w["id"] for w in data["works"]]
    for index, work in enumerate(data["works"]):
        item = page.by_id(f"work-{index}")
        cited = {a.get("href") for a in item.find_all("a")}
        expected = {
            f"#cite-{i}" for i, c in enumerate(data["citations"]) if c["work"] == work["id"]
        }
        assert cited == expected
        assert f"{{{work['id']}," in item.text()  # its BibTeX entry


# --------------------------------------------------------------------------------------
# A hand-made document: problems listed, hostile text escaped, frozen outline
# --------------------------------------------------------------------------------------

HOSTILE = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">'
RTL = "\u202eevil\u202c שלום עליכם"


def handmade(note_extra: str = "") -> tuple[str, Document]:
    """A small text with two linked notes, a marker without note and a note without marker."""
    text = (
        f"A claim.1 Another.2 A third.3\n\nNotes\n"
        f"1 Ann Smith, A Title (Rome: Pub, 2000), 12.\n"
        f"2 Ibid., 14.\n"
        f"4 Smyth, 9. {HOSTILE} {RTL}{note_extra}\n"
    )

    def span(needle: str, start: int = 0) -> Span:
        at = text.index(needle, start)
        return Span(start=at, end=at + len(needle))

    notes_at = text.index("Notes")
    one, two = span("1 Ann", notes_at), span("2 Ibid", notes_at)
    four = span("4 Smyth", notes_at)
    ends = [text.index("\n", s.start) for s in (one, two, four)]
    notes = [
        Note(
            label=label,
            span=Span(start=s.start, end=e),
            text=text[s.start + 2 : e],
            segments=[Span(start=s.start + 2, end=e)],
            markers=markers,
        )
        for label, s, e, markers in (
            ("1", one, ends[0], [0]),
            ("2", two, ends[1], [1]),
            ("4", four, ends[2], []),
        )
    ]
    markers = [
        Marker(label="1", span=span("1"), note=0),
        Marker(label="2", span=span("2"), note=1),
        Marker(label="3", span=span("3"), note=None),
    ]
    work = Reference(
        id="smith2000title",
        type="book",
        author=[Name(family="Smith", given="Ann")],
        title="A Title",
        publisher="Pub",
        publisher_place="Rome",
        confidence=0.9,
    )
    full = span("Ann Smith, A Title (Rome: Pub, 2000), 12")
    citations = [
        Citation(
            kind="full",
            raw=full.slice(text),
            span=full,
            section="note",
            note=0,
            locator=Locator(label="page", value="12"),
            work="smith2000title",
            reference=Reference(
                type="book",
                title="A Title",
                confidence=0.9,
                author=[Name(family="Smith", given="Ann")],
            ),
        ),
        Citation(
            kind="ibid",
            raw="Ibid., 14",
            span=span("Ibid., 14"),
            section="note",
            note=1,
            locator=Locator(label="page", value="14"),
            work="smith2000title",
        ),
        Citation(
            kind="short",
            raw="Smyth, 9",
            span=span("Smyth, 9"),
            section="note",
            note=2,
            unresolved=f"no full citation of {HOSTILE}",
        ),
    ]
    return text, Document(markers=markers, notes=notes, citations=citations, works=[work])


def outline(page: Page) -> dict[str, Any]:
    """What a report is made of, without its HTML: the elements that carry meaning."""

    def describe(element: Element) -> dict[str, Any]:
        shown = {k: element.get(k) for k in ("id", "href") if element.get(k)}
        return {
            "tag": element.tag,
            "class": sorted(element.classes),
            **shown,
            "text": element.text(),
        }

    return {
        "counts": {e.get("data-count"): e.text() for e in page.find_all() if e.get("data-count")},
        "text": [
            describe(e)
            for e in page.one("div", "text").iter()
            if e.get("class") and e.tag in ("a", "span")
        ],
        "records": [e.get("id") for e in page.find_all("li", "record")],
        "works": [e.get("id") for e in page.find_all("li", "work")],
        "problems": [
            [a.get("href") for a in page.one(cls=cls).find_all("a")]
            for cls in ("markers-without-note", "notes-without-marker", "unresolved-citations")
        ],
        "scripts": len(page.find_all("script")),
    }


def test_handmade_report_matches_its_frozen_outline() -> None:
    text, doc = handmade()
    found = outline(Page(document_report(doc, text, name="handmade.txt")))
    golden = GOLDEN / "handmade-outline.json"
    if os.environ.get("CITEX_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(json.dumps(found, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert found == json.loads(golden.read_text(encoding="utf-8"))


def test_problems_are_listed_not_hidden() -> None:
    text, doc = handmade()
    page = Page(document_report(doc, text, name="handmade.txt"))
    (orphan_marker,) = page.one(cls="markers-without-note").find_all("a")
    assert page.target(orphan_marker.get("href")).text() == "3"
    (orphan_note,) = page.one(cls="notes-without-marker").find_all("a")
    assert page.target(orphan_note.get("href")).text().startswith("4")
    assert "orphan" in page.by_id("note-2").classes
    (unresolved,) = page.one(cls="unresolved-citations").find_all("li")
    assert "no full citation of" in unresolved.text()


def test_hostile_text_is_shown_never_run() -> None:
    text, doc = handmade(note_extra=" x" * 500_000)
    huge = attrs.evolve(doc.citations[2], raw=f"Smyth, 9 {RTL}" + " y" * 500_000)
    doc = attrs.evolve(doc, citations=[*doc.citations[:2], huge])
    html = document_report(doc, text, name=f"{HOSTILE}.txt")
    page = Page(html)
    assert len(page.find_all("script")) == 1  # the report's own
    assert not page.find_all("img")
    assert "<script>window" not in html and 'onerror="' not in html
    assert _text_of(page) == text  # the huge note, the RTL override and the tags, as text
    assert HOSTILE in page.one("h1").text()
    record = page.by_id("record-2")
    assert RTL in record.text() and "more characters" in record.text()
    assert len(record.text()) < 10_000
    assert len(page.by_id("cite-2").get("title") or "") < 400
    (reason,) = record.find_all("dd", "reason")
    assert HOSTILE in reason.text() and reason.get("dir") == "auto"  # isolated from the page


def test_markers_in_one_place_are_listed_each_with_its_note() -> None:
    text, doc = handmade()
    twin = attrs.evolve(doc.markers[0], note=1)  # a finder's mistake: two markers, one place
    doc = attrs.evolve(doc, markers=[*doc.markers, twin])
    assert overlapping_markers(doc) == [3]
    page = Page(document_report(doc, text, name="x"))
    assert page.by_id("marker-0").get("href") == "#note-0"  # the first one links
    assert page.by_id("marker-3").tag == "span"
    links = [a.get("href") for a in page.one(cls="markers-overlapping").find_all("a")]
    assert links == ["#marker-3", "#note-1"]


def test_low_confidence_citations_are_flagged() -> None:
    text, doc = handmade()
    counts = document_counts(doc, low_confidence=0.95)
    assert counts["low-confidence"] == 2  # the full citation and the ibid resolved to it
    page = Page(document_report(doc, text, name="x", low_confidence=0.95))
    assert "low" in page.by_id("cite-0").classes and "low" in page.by_id("record-0").classes
    assert "issue" in page.by_id("work-0").classes
    assert document_counts(doc)["low-confidence"] == 0 < LOW_CONFIDENCE


# --------------------------------------------------------------------------------------
# mark_up: any overlapping marks become properly nested HTML over the exact text
# --------------------------------------------------------------------------------------


@st.composite
def texts_and_marks(draw: st.DrawFn) -> tuple[str, list[Mark]]:
    text = draw(st.text(alphabet="ab \n<&", max_size=60))
    marks = []
    for number in range(draw(st.integers(0, 8))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        level = draw(st.integers(0, 3))
        href = draw(st.sampled_from([None, f"#t{number}"]))
        marks.append(
            Mark(
                start=start, end=end, level=level, classes=f"m{number}", id=f"m{number}", href=href
            )
        )
    return text, marks


@given(texts_and_marks())
def test_mark_up_nests_marks_over_the_exact_text(case: tuple[str, list[Mark]]) -> None:
    text, marks = case
    chunks = mark_up(text, marks)
    assert "".join(t.text for chunk in chunks for t in chunk.tokens if t.kind == "text") == text
    ids: list[str] = []
    for chunk in chunks:
        stack: list[str] = []
        for token in chunk.tokens:
            if token.kind == "open":
                assert not (token.tag == "a" and "a" in stack), "a link inside a link"
                stack.append(token.tag)
                ids += [v for k, v in token.attributes if k == "id"]
            elif token.kind == "close":
                assert stack.pop() == token.tag
        assert stack == []
    assert sorted(ids) == sorted(m.id for m in marks if m.end > m.start and m.id)


def test_mark_up_cuts_long_texts_into_chunks_at_line_ends() -> None:
    text = ("word " * 20 + "\n") * 2000
    chunks = mark_up(text, [Mark(start=0, end=len(text), level=0, classes="all", id="all")])
    assert len(chunks) > 10
    for chunk in chunks[:-1]:
        assert chunk.tokens[-2].kind == "text" and chunk.tokens[-2].text.endswith("\n")
        shown = "".join(t.text for t in chunk.tokens)
        assert chunk.lines == 2 * shown.count("\n") + 1  # lines of 101 characters wrap once
