"""Article headers (citex.notes.header): affiliation digits and the contact "*" are no markers."""

from __future__ import annotations

import pytest

from citex.notes.find import find_notes
from citex.notes.header import author_headers, is_header_mark
from citex.text.layout import read_layout

# The header of ../shared/corpus/dev/jats_elife_06726_elabela, shortened.
NUMBERED = (
    "The hormonal peptide Elabela guides angioblasts\n\n"
    "HelkerChristian SM1*†\n"
    "SchuermannAnnika1†\n"
    "PollmannCathrin2\n"
    "KieferFriedemann24\n"
    "1University of Muenster, Muenster, Germany\n"
    "2Max Planck Institute for Molecular Biomedicine, Muenster, Germany\n"
    "4Cells-in-Motion Cluster of Excellence, University of Muenster, Muenster, Germany\n\n"
    "†\n\nThese authors contributed equally to this work\n\n"
    "A key step in the de novo formation of the embryonic vasculature.\n"
)
# The header of ../shared/corpus/dev/jats_elife_02304_neofunctionalization (one affiliation,
# no digits): the "*" after the last author points at the contact line.
CONTACT = (
    "An atomic-resolution view of neofunctionalization\n\n"
    "BoucherJeffrey I\n"
    "ClassenScott\n"
    "TheobaldDouglas L*\n"
    "Department of Biochemistry, Brandeis University, Waltham, United States\n"
    "*For correspondence: dtheobald@brandeis.edu\n\n"
    "Malate and lactate dehydrogenases (MDH and LDH) are homologous.\n"
)


@pytest.mark.parametrize(
    ("text", "inside", "outside"),
    [
        pytest.param(NUMBERED, "PollmannCathrin2", "A key step", id="numbered-affiliations"),
        pytest.param(CONTACT, "TheobaldDouglas L*", "Malate", id="contact-line"),
    ],
)
def test_author_headers_cover_the_header_only(text: str, inside: str, outside: str) -> None:
    headers = author_headers(text, read_layout(text))
    assert headers.covers(text.index(inside))
    assert not headers.covers(text.index(outside))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("1. First item\n2. Second item\n3. Third item\n", id="numbered-list"),
        pytest.param(
            "The river rose.1 The mill\nflooded in April.2\n\n1  Ibid.\n2  Ibid., p. 3.\n",
            id="page-bottom-notes",
        ),
        pytest.param(
            "Smith2\nJones3\n1 Department of History\nand a line\n", id="affiliations-not-from-1"
        ),
    ],
)
def test_no_header_without_contact_or_numbered_affiliations(text: str) -> None:
    assert author_headers(text, read_layout(text)).starts == ()


def test_header_digits_are_no_markers_but_daggers_call_their_note() -> None:
    doc = find_notes(NUMBERED)
    assert [m.label for m in doc.markers] == ["†", "†"]
    assert [n.label for n in doc.notes] == ["†"]
    assert doc.notes[0].text == "These authors contributed equally to this work"
    assert all(m.note == 0 for m in doc.markers)


def test_contact_line_is_no_note() -> None:
    doc = find_notes(CONTACT)
    assert doc.markers == () and doc.notes == ()


@pytest.mark.parametrize(
    ("label", "expected"), [("12", True), ("*", True), ("**", True), ("†", False), ("a", False)]
)
def test_header_marks_are_digits_and_asterisks(label: str, expected: bool) -> None:
    assert is_header_mark(label) is expected


# A paper full of gene and construct names ("Vegfr2", "Sp6") and, after it, a reviewer's
# numbered requests (as in ../shared/corpus/dev/jats_elife_06726_elabela).
GENES = " ".join(f"Vegfr{n} and Sp{n} bind Tg{n} in cells." for n in (1, 2, 3, 4) * 3)
REVIEW = (
    f"{GENES}\n\n"
    "Decision letter\n\n"
    "1) Data should be supplied to show the efficacy of each morpholino.\n\n"
    "2) Additional data are needed to support the assertion.\n\n"
    "3) The relative contributions should be clarified.\n\n"
    "4) A reduction in signalling should be demonstrated.\n"
)


def test_numbered_list_fitting_stray_numbers_is_no_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    assert find_notes(REVIEW).notes == ()
    # Without the rule, the gene names would serve as markers of the list.
    monkeypatch.setattr("citex.notes.find._MAX_STRAY_PER_CLEAR", 1000)
    assert [n.label for n in find_notes(REVIEW).notes] == ["1", "2", "3", "4"]


def test_real_notes_keep_their_markers_among_gene_names() -> None:
    body = " ".join(f"{GENES} The effect was seen in cells.{n}" for n in (1, 2, 3, 4))
    notes = "".join(f"\n\n{n}. See Smith {2000 + n}, p. {n + 10}." for n in (1, 2, 3, 4))
    doc = find_notes(body + notes)
    assert [n.label for n in doc.notes] == ["1", "2", "3", "4"]
    assert all(body[m.span.start - 6 : m.span.start] == "cells." for m in doc.markers)
