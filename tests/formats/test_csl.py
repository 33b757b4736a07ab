"""CSL-JSON export and import: schema-valid, round-tripping, honest about bad input."""

from __future__ import annotations

import json

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.errors import ParseError
from citex.formats.csl import read_csl_json, reference_from_csl, to_csl_json
from citex.records import Date, Locator, Name, Reference, Span
from citex.works.keys import assign_citekeys
from csl_schema import assert_valid_csl
from strategies import references

SERGE = Reference(
    type="book",
    author=[Name(family="Serge", given="Victor")],
    translator=[Name(family="Sedgwick", given="Peter")],
    title="Memoirs of a Revolutionary, 1901–1941",
    publisher="Oxford University Press",
    publisher_place="London",
    issued=Date(year=1963, raw="1963"),
    original_date=Date(year=1951),
    locator=Locator(label="page", value="16-17"),
    raw=(
        "Victor Serge, Memoirs of a Revolutionary, 1901–1941"
        " (London: Oxford University Press, 1963)"
    ),
    span=Span(start=10, end=96),
    confidence=0.8,
)
UNPARSED = Reference(
    raw="Cfr. la nota precedente e passim", span=Span(start=0, end=32), confidence=0.1
)


def test_export_maps_fields_and_keeps_citex_data_in_custom() -> None:
    [item] = to_csl_json([SERGE])
    assert_valid_csl([item])
    assert item["id"] == "serge1963memoirsrevolutionary1901"
    assert item["translator"] == [{"family": "Sedgwick", "given": "Peter"}]
    assert item["issued"] == {"date-parts": [[1963]]}
    assert item["original-date"] == {"date-parts": [[1951]]}
    assert item["custom"]["citex"]["locator"] == {"label": "page", "value": "16-17"}
    assert item["custom"]["citex"]["span"] == [10, 96]
    assert item["custom"]["citex"]["date-raw"] == {"issued": "1963"}


def test_unparsed_reference_keeps_its_raw_text_as_note() -> None:
    [item] = to_csl_json([UNPARSED])
    assert_valid_csl([item])
    assert item["type"] == "document"
    assert item["note"] == UNPARSED.raw
    [back] = read_csl_json(json.dumps([item])).references
    assert back == attrs.evolve(UNPARSED, id=item["id"])


def test_undated_date_is_a_literal() -> None:
    [item] = to_csl_json([Reference(title="X", issued=Date(raw="s.d.", circa=True))])
    assert item["issued"] == {"literal": "s.d.", "circa": True}


def test_type_unknown_to_csl_exports_as_document_and_reads_back() -> None:
    ref = Reference(id="x", type="pamphlet-ish", title="Leaflet")
    [item] = to_csl_json([ref])
    assert_valid_csl([item])
    assert item["type"] == "document"
    assert read_csl_json(json.dumps([item])).references == (ref,)


def test_reads_real_world_variants() -> None:
    item = {
        "id": 7,
        "type": "article-journal",
        "author": [{"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"}],
        "issued": {"date-parts": [["2012", "1", 16]]},
        "volume": 12,
        "abstract": "not kept",
        "custom": {"other-tool": 1},
    }
    result = read_csl_json(json.dumps(item))
    [ref] = result.references
    assert ref.id == "7"
    assert ref.author == (Name(family="Beethoven", given="Ludwig van"),)
    assert ref.issued == Date(year=2012, month=1, day=16)
    assert ref.volume == "12"
    assert result.problems == ()
    assert result.ignored_fields == ("abstract", "custom.other-tool")


def test_bad_items_are_reported_with_id_and_line_and_good_ones_load() -> None:
    text = """[
  {"id": "good", "type": "book", "title": "Kept"},
  {"id": "bad", "type": "book",
   "author": "Not A List"},
  {"id": "odd", "type": "scroll", "title": "Typed"},
  {"id": "broken", "type": "book", "title": "Oops",,}
]"""
    result = read_csl_json(text)
    assert [ref.id for ref in result.references] == ["good", "odd"]
    assert result.references[1].type == "document"
    problems = {problem.entry: problem for problem in result.problems}
    assert problems["bad"].line == 3
    assert "author must be a list" in problems["bad"].message
    assert problems["odd"].line == 5
    assert problems[None].line == 6
    assert "invalid JSON" in str(problems[None])


@pytest.mark.parametrize("text", ["", "not json", '"a string"', "42"])
def test_text_that_is_not_a_json_array_or_object_raises(text: str) -> None:
    with pytest.raises(ParseError, match="CSL-JSON must be an array"):
        read_csl_json(text)


def test_reference_from_csl_rejects_bad_shapes() -> None:
    with pytest.raises(ParseError, match="date-parts must be numbers"):
        reference_from_csl({"type": "book", "issued": {"date-parts": [["spring"]]}})
    with pytest.raises(ParseError, match=r"custom\.citex\.span"):
        reference_from_csl({"type": "book", "custom": {"citex": {"span": [5, 1]}}})
    with pytest.raises(ParseError, match="title must be a string"):
        reference_from_csl({"type": "book", "title": ["a"]})


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        pytest.param({"raw": "2010-05-03"}, Date(year=2010, month=5, day=3), id="raw-iso"),
        pytest.param({"raw": "Spring 1921"}, Date(raw="Spring 1921"), id="raw-text"),
        pytest.param({"literal": "s.d."}, Date(raw="s.d."), id="literal"),
        pytest.param(
            {"date-parts": [[1917, 2], [1917, 10]], "circa": 1},
            Date(year=1917, month=2, circa=True),
            id="range-start-circa",
        ),
    ],
)
def test_reads_date_forms(date: dict[str, object], expected: Date) -> None:
    assert reference_from_csl({"type": "book", "issued": date}).issued == expected


def test_empty_array_reads_as_nothing() -> None:
    assert read_csl_json(" [ ] ").references == ()


@given(st.lists(references(), max_size=5))
def test_export_validates_and_round_trips(refs: list[Reference]) -> None:
    items = to_csl_json(refs)
    assert_valid_csl(items)
    result = read_csl_json(json.dumps(items, ensure_ascii=False))
    assert result.problems == ()
    keys = assign_citekeys(refs, keep_ids=True)
    expected = tuple(attrs.evolve(ref, id=key) for ref, key in zip(refs, keys, strict=True))
    assert result.references == expected


def test_number_of_volumes_is_csl_number_of_volumes() -> None:
    ref = Reference(id="zanetti1799", type="book", title="Delle monete", number_of_volumes="2")
    (item,) = to_csl_json([ref])
    assert item["number-of-volumes"] == "2"
    assert_valid_csl([item])
    assert reference_from_csl(item) == ref


@given(st.integers(1, 99).map(str), st.sampled_from(["legal_case", "legislation"]))
def test_legal_types_and_volume_counts_validate_and_round_trip(count: str, csl_type: str) -> None:
    ref = Reference(id="k", type=csl_type, container_title="NJW", number_of_volumes=count)
    items = to_csl_json([ref])
    assert_valid_csl(items)
    assert reference_from_csl(items[0]) == ref
