"""German court decisions and statutes cited by report or section alone (parse/shapes.py
``parse_legal``): CSL ``legal_case`` and ``legislation``, the place cited kept apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.formats.csl import to_csl_json
from citex.parse.reference import parse_reference, parse_reference_by_rules
from citex.records import Locator
from csl_schema import assert_valid_csl


@pytest.mark.parametrize("parse", [parse_reference_by_rules, parse_reference])
def test_court_decision_with_pinpoint(parse) -> None:
    reference = parse("BVerfGE 88, 203 (251).")  # ../shared/cases/parser/de.jsonl (de:20)
    assert reference.type == "legal_case"
    assert (reference.container_title, reference.volume, reference.page) == ("BVerfGE", "88", "203")
    assert reference.locator == Locator(label="page", value="251")
    assert reference.confidence >= 0.5


def test_law_journal_cited_by_year() -> None:
    reference = parse_reference_by_rules("NJW 2001, 5")
    assert reference.type == "legal_case"
    assert reference.container_title == "NJW"
    assert reference.issued is not None and reference.issued.year == 2001
    assert (reference.volume, reference.page) == (None, "5")


@pytest.mark.parametrize(
    ("raw", "title", "section"),
    [
        ("§ 5 Rn. 7", None, "5, Rn. 7"),
        ("§ 823 Abs. 1 BGB.", "BGB", "823 Abs. 1"),
        ("Art. 5 Abs. 3 GG", "GG", "5 Abs. 3"),
    ],
)
def test_statute_section(raw: str, title: str | None, section: str) -> None:
    reference = parse_reference(raw)
    assert reference.type == "legislation"
    assert reference.title == title
    assert reference.locator == Locator(label="section", value=section)


@pytest.mark.parametrize(
    "raw",
    [
        "Nature 412, 105.",  # a journal, not a court report
        "Bauer, Thomas: BVerfGE und Demokratie, Kiel 1999.",
        "§ 5 of the charter says what the league is for.",
    ],
)
def test_not_a_legal_cite(raw: str) -> None:
    assert parse_reference_by_rules(raw).type not in ("legal_case", "legislation")


@given(st.integers(1, 999), st.integers(1, 9999), st.integers(1, 9999))
def test_any_report_cite_exports_valid_csl(volume: int, page: int, pin: int) -> None:
    reference = parse_reference_by_rules(f"BGHZ {volume}, {page} ({pin}).")
    assert reference.type == "legal_case"
    assert (reference.volume, reference.page) == (str(volume), str(page))
    assert_valid_csl(to_csl_json([reference]))
