"""Archival references (parse/anchors.py ``parse_archival``): CSL archive + archive_location,
by the rules alone (how ``extract`` reads references)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.parse.reference import parse_reference_by_rules


@pytest.mark.parametrize(
    ("raw", "archive", "location"),
    [
        pytest.param(  # ../shared/cases/parser/it.jsonl
            "ASV, Senato, Deliberazioni Terra, reg. 12, c. 34r.",
            "ASV",
            "Senato, Deliberazioni Terra, reg. 12, c. 34r",
            id="register-and-folio",
        ),
        pytest.param("ASP, Notarile, b. 103.", "ASP", "Notarile, b. 103", id="busta"),
    ],
)
def test_archival_reference(raw: str, archive: str, location: str) -> None:
    reference = parse_reference_by_rules(raw)
    assert reference.archive == archive
    assert reference.archive_location == location
    assert reference.author == ()
    assert reference.title is None
    assert reference.type == "manuscript"
    assert reference.confidence >= 0.5


@pytest.mark.parametrize(
    "raw",
    [
        "UNESCO, Report on education, Paris 1990, p. 12.",
        "ISTAT, Censimento della popolazione, vol. 2, Roma 1961.",
        "ASV, Senato, reg. 12, in «Archivio Veneto», 1961, pp. 3-10.",
    ],
)
def test_a_body_with_a_book_is_no_archival_reference(raw: str) -> None:
    assert parse_reference_by_rules(raw).archive_location is None


@given(
    st.sampled_from(["ASV", "ASP", "BAV", "ACS"]),
    st.lists(
        st.sampled_from(["Senato", "Notarile", "Dieci Savi", "Misc."]), min_size=1, max_size=3
    ),
    st.sampled_from(["reg.", "b.", "c.", "f.", "fasc."]),
    st.integers(min_value=1, max_value=1499),  # (a year-like number makes it no archival reference)
)
def test_siglum_and_shelf_mark_round_trip(
    archive: str, fonds: list[str], unit: str, number: int
) -> None:
    location = ", ".join([*fonds, f"{unit} {number}"])
    reference = parse_reference_by_rules(f"{archive}, {location}.")
    assert (reference.archive, reference.archive_location) == (archive, location)
