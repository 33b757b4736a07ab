"""The page model: lines, page numbers and running heads at page edges, labels set apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.text.layout import is_page_number, read_layout, unify_line_breaks


def _page(number: int, body: str) -> str:
    return f"A RUNNING HEAD\n{body}\nThe body goes on here and on.\n\n\n            {number}\n"


def test_page_edges_hold_page_numbers_and_running_heads() -> None:
    text = "\f".join(_page(n, f"Line of page {n}.") for n in range(1, 5))
    layout = read_layout(text)
    lines = text.split("\n")
    kinds = {lines[i].strip(" \f"): layout.furniture[i] for i in range(len(lines))}
    assert kinds["A RUNNING HEAD"] == "head"
    assert [kinds[str(n)] for n in range(1, 5)] == ["page"] * 4
    assert kinds["Line of page 2."] == ""
    assert layout.pages == [0] + [i for i, line in enumerate(lines) if line.startswith("\f")]


def test_a_number_alone_inside_a_page_is_no_page_number() -> None:
    """In text cut into pages, a number alone mid-page is a note's label, set apart."""
    text = _page(7, "Body.4\n\n4\n\nA note.") + "\f" + _page(8, "More.")
    layout = read_layout(text)
    label = text.split("\n").index("4")
    assert layout.furniture[label] == ""


def test_labels_a_few_lines_apart_are_no_page_numbers() -> None:
    text = "Text.1 More.2\n\n1\n\nParish register.\n\n2\n\nHarbour minutes.\n"
    layout = read_layout(text)
    assert all(kind == "" for kind in layout.furniture)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("  195", True, id="number"),
        pytest.param("xiv", True, id="roman"),
        pytest.param("Page 12 of 30", True, id="page-of"),
        pytest.param("Seite 4", True, id="german"),
        pytest.param("- 12 -", True, id="dashes"),
        pytest.param("p. 88", True, id="p-dot"),
        pytest.param("12 Smith", False, id="note"),
        pytest.param("1990.", False, id="year-sentence"),
    ],
)
def test_is_page_number(line: str, expected: bool) -> None:
    assert is_page_number(line) is expected


@given(st.text(alphabet="ab \r\n\f1", max_size=60))
def test_unify_line_breaks_keeps_offsets(text: str) -> None:
    unified = unify_line_breaks(text)
    assert len(unified) == len(text)
    assert "\r" not in unified.replace("\r\n", "")
    assert unify_line_breaks(unified) == unified


@given(st.text(alphabet="ab \r\n\f1.", max_size=80))
def test_layout_lines_cover_the_text(text: str) -> None:
    layout = read_layout(text)
    assert layout.starts[0] == 0
    assert all(s <= e <= len(text) for s, e in zip(layout.starts, layout.ends, strict=True))
    assert all("\n" not in text[s:e] for s, e in zip(layout.starts, layout.ends, strict=True))
    assert list(layout.starts) == sorted(layout.starts)
