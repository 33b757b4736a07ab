"""Issue 11: fields of works cited without a closing year (magazines by issue, web pages by
their publisher), read from the shapes in ../shared/cases/citations and Wikipedia notes."""

from __future__ import annotations

import pytest

from citex.parse.names import parse_names
from citex.parse.reference import parse_reference
from citex.records import Name


@pytest.mark.parametrize(
    ("text", "container", "issue"),
    [
        pytest.param(
            "Dana Whitlow, “Notes on the River Strike,” Red Lantern #12", "Red Lantern", "12"
        ),
        pytest.param(
            "Dana Whitlow, “Notes on the River Strike,” Red Lantern #12 (May 1987)",
            "Red Lantern",
            "12",
            id="dated",
        ),
        pytest.param("Omar Fenn’s “Against the Grain” in Red Lantern #3", "Red Lantern", "3"),
        pytest.param("“What the Tide Brings” in this issue (Red Lantern #9)", "Red Lantern", "9"),
    ],
)
def test_magazine_and_issue(text: str, container: str, issue: str) -> None:
    parsed = parse_reference(text)
    assert (parsed.container_title, parsed.issue, parsed.type) == (
        container,
        issue,
        "article-magazine",
    )


def test_a_journal_volume_is_no_magazine_issue() -> None:
    parsed = parse_reference("Smith, J. (1999). Title. Journal of Things 4 (2): 12-19.")
    assert parsed.type == "article-journal"


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        ("UK climate summaries. Met Office.", "Met Office"),
        ("(2014). Unitary authorities. Welsh Government.", "Welsh Government"),
        (
            "Role of the JCPC. Judicial Committee of the Privy Council.",
            "Judicial Committee of the Privy Council",
        ),
    ],
)
def test_an_organisation_closing_a_web_page_publishes_it(text: str, publisher: str) -> None:
    parsed = parse_reference(text)
    assert (parsed.publisher, parsed.publisher_place) == (publisher, None)
    assert parsed.confidence >= 0.3  # kept as a work in a note (pipeline.MIN_CONFIDENCE)


def test_a_place_alone_stays_a_place() -> None:
    parsed = parse_reference("Weber, Max. Hafenarbeit. Grand Rapids, 2002.")
    assert (parsed.publisher, parsed.publisher_place) == (None, "Grand Rapids")


def test_possessive_author() -> None:
    assert parse_names("Omar Fenn’s") == (Name(family="Fenn", given="Omar"),)
    assert parse_names("Omar Fenn's") == (Name(family="Fenn", given="Omar"),)


@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        (
            "Federation of Tenant Leagues, “Ten Points on the Rent Strike.”",
            "Federation of Tenant Leagues",
        ),
        ("Lower Valley Rowing Club. History of the club.", "Lower Valley Rowing Club"),
        (
            "Statistisches Amt Nord: Pendlerzählung – Tabellen nach Kreisen.",
            "Statistisches Amt Nord",
        ),
    ],
)
def test_organisation_author(text: str, organisation: str) -> None:
    parsed = parse_reference(text)
    assert parsed.author == (Name(literal=organisation),)
    assert parsed.confidence >= 0.3


def test_a_person_named_like_a_newspaper_is_a_person() -> None:
    assert parse_names("Emily Post") == (Name(family="Post", given="Emily"),)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ('Hanna Berglund: "Die Fähre fährt nicht mehr", in: Ostseezeitung, 7.11.1996, S. 3', 7),
        ('"Protest am Anleger", in: Nordkurier, 12.11.1996, S. 5', 12),
    ],
)
def test_newspaper_with_a_numeric_date(text: str, day: int) -> None:
    """Case 07: `7.11.1996` is a day, not volume 7 issue 11; a paper of one day."""
    parsed = parse_reference(text)
    assert parsed.issued is not None
    assert (parsed.issued.year, parsed.issued.month, parsed.issued.day) == (1996, 11, day)
    assert (parsed.volume, parsed.issue, parsed.type) == (None, None, "article-newspaper")


def test_organisation_closing_a_quoted_title_publishes_it() -> None:
    parsed = parse_reference('"Choir of the Lower Valley". Lower Valley Arts Trust.')
    assert (parsed.publisher, parsed.container_title) == ("Lower Valley Arts Trust", None)
