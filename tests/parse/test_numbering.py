"""Numbers of the work (parse/numbering.py): German and Italian journal numbering, the count
of volumes, and the pinpoint of an author-date short cite; by the rules alone (``extract``)
and, where the tagger relabels German and Italian fields, through ``parse_reference``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.parse.reference import parse_reference, parse_reference_by_rules
from citex.records import Locator


@pytest.mark.parametrize("parse", [parse_reference_by_rules, parse_reference])
@pytest.mark.parametrize(
    ("raw", "volume", "issue", "page"),
    [
        pytest.param(  # ../shared/cases/parser/de.jsonl (de:11): volume/issue: pages
            "Fischer, Otto 2001: Kommunale Finanzen, in: Kritische Vierteljahresschrift "
            "12/3: 88-97.",
            "12",
            "3",
            "88–97",
            id="volume-slash-issue-colon-pages",
        ),
        pytest.param(  # de:12: issue/year
            "Lang, Mira (2009): Pflege und Familie, in: Blätter für Stadtforschung 21/2009, "
            "S. 14-20.",
            None,
            "21",
            "14–20",
            id="issue-slash-year",
        ),
        pytest.param(  # issue 12: "44. Jg., Heft 5"
            "Roth, Uwe (1995): Wohlfahrt im Umbruch, in: Sozialer Fortschritt 44. Jg., Heft 5, "
            "S. 110-118.",
            "44",
            "5",
            "110–118",
            id="ordinal-jahrgang-and-heft",
        ),
        pytest.param(
            "Roth, Uwe (1995): Wohlfahrt im Umbruch, in: Sozialer Fortschritt Jg. 12, H. 3, "
            "S. 110-118.",
            "12",
            "3",
            "110–118",
            id="jg-and-h",
        ),
        pytest.param(  # Italian "anno XII, numero 3"
            "Berti G., La fiera, «Rivista marchigiana», a. XII, n. 3, pp. 4-9.",
            "XII",
            "3",
            "4–9",
            id="italian-anno-numero",
        ),
    ],
)
def test_journal_numbering(parse, raw: str, volume: str, issue: str, page: str) -> None:
    reference = parse(raw)
    assert (reference.volume, reference.issue, reference.page) == (volume, issue, page)
    assert reference.type == "article-journal"


def test_issue_slash_year_gives_the_year_when_none_was_read() -> None:
    reference = parse_reference_by_rules(
        "Lang, Mira: Pflege und Familie, in: Blätter für Stadtforschung 21/2009, S. 14-20."
    )
    assert reference.issue == "21"
    assert reference.issued is not None and reference.issued.year == 2009
    assert reference.container_title == "Blätter für Stadtforschung"


@pytest.mark.parametrize("parse", [parse_reference_by_rules, parse_reference])
@pytest.mark.parametrize(
    ("raw", "count"),
    [
        # ../shared/cases/parser/it.jsonl (it:14)
        ("Zanetti F., Delle monete di Candia, 2 voll., Venezia 1799.", "2"),
        ("Smith, John. A History of Rome. 3 vols. London: Murray, 1850.", "3"),
        ("Molmenti P., La storia di Venezia nella vita privata. 3 Bde. Venezia 1906.", "3"),
        ("Durand, Claire, Histoire des ports, 2 t., Paris 1872.", "2"),
    ],
)
def test_number_of_volumes(parse, raw: str, count: str) -> None:
    reference = parse(raw)
    assert reference.number_of_volumes == count
    assert reference.volume is None
    assert count not in (reference.publisher or "")  # it:14: not a publisher


@pytest.mark.parametrize(
    "raw",
    [
        "Sartori F., Cronache della Serenissima, vol. II, Milano 1978.",
        "Arch. Gonzaga, busta 1520, cod. 133 c. 15 t.",  # leaves of a codex, not volumes
        "Rossi A., Dodici volumi di lettere, Roma 1990.",
    ],
)
def test_no_count_of_volumes(raw: str) -> None:
    assert parse_reference_by_rules(raw).number_of_volumes is None


@given(st.integers(1, 99), st.sampled_from(["voll.", "vols.", "Bde."]))
def test_any_count_of_volumes_is_read(count: int, word: str) -> None:
    reference = parse_reference_by_rules(f"Zanetti F., Delle monete, {count} {word}, Venezia 1799.")
    assert reference.number_of_volumes == str(count)
    assert reference.title == "Delle monete"


@pytest.mark.parametrize("parse", [parse_reference_by_rules, parse_reference])
@pytest.mark.parametrize(
    ("raw", "families", "pinpoint"),
    [
        ("Krause 2008: 214 ff.", ["Krause"], "214 ff."),  # de:21
        ("Meyer/Schulz 1999a: 12-14.", ["Meyer", "Schulz"], "12-14"),
    ],
)
def test_author_date_short_cite(parse, raw: str, families: list[str], pinpoint: str) -> None:
    reference = parse(raw)
    assert [name.family for name in reference.author] == families
    assert reference.title is None
    assert reference.locator == Locator(label="page", value=pinpoint)
