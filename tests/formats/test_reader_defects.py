"""BibTeX and CSL-JSON readers on damaged input: nothing silently lost, nothing crashes (D6-D10)."""

from __future__ import annotations

import json

import pytest

from citex.formats.bibtex import evaluate_value, read_bibtex
from citex.formats.csl import read_csl_json
from citex.records import Date


def messages(text: str) -> list[str]:
    return [f"{p.entry} {p.line}: {p.message}" for p in read_bibtex(text).problems]


def test_an_extra_brace_is_reported_not_silently_dropping_fields() -> None:  # D6
    text = "@book{b,\n  title = {Extra} brace}},\n  year = {2001}\n}\n"
    result = read_bibtex(text)
    assert [r.title for r in result.references] == ["Extra"]
    assert messages(text) == [
        "b 1: title: unexpected text after the value: 'brace'",
        "b 2: fields after the end of the entry ('year = {2001'...) were not read: "
        "an extra '}' may have closed the entry early",
    ]


def test_concatenation_and_string_macros_are_resolved() -> None:  # D7
    text = (
        '@string{a = "Verso"}\n@string{b = a # " Books"}\n'
        "@book{k1, title={T}, publisher = b}\n"
        '@book{k2, title={T2}, publisher = A # " Press", month = jan, year = 1990}\n'
    )
    result = read_bibtex(text)
    assert [r.publisher for r in result.references] == ["Verso Books", "Verso Press"]
    assert result.references[1].issued == Date(year=1990, month=1)
    assert result.problems == ()


def test_an_undefined_macro_is_reported_and_left_out() -> None:  # D7
    result = read_bibtex("@book{k3, title={T3}, publisher = undefinedmacro}\n")
    assert result.references[0].publisher is None
    assert messages("@book{k3, title={T3}, publisher = undefinedmacro}\n") == [
        "k3 1: publisher: undefined macro 'undefinedmacro' (read as empty)"
    ]


@pytest.mark.parametrize(
    ("raw", "value", "problems"),
    [
        pytest.param("{a {b} c}", "a {b} c", [], id="nested-braces"),
        pytest.param('"a {"} b"', 'a {"} b', [], id="quote-inside-braces"),
        pytest.param("1990", "1990", [], id="number"),
        pytest.param('{a} # "b" # 3', "ab3", [], id="concatenation"),
        pytest.param("{a} #", "a", ["'#' with nothing after it"], id="dangling-hash"),
        pytest.param("{a", "", ["unbalanced '{' in '{a'"], id="unbalanced"),
    ],
)
def test_evaluate_value(raw: str, value: str, problems: list[str]) -> None:
    assert evaluate_value(raw, {}) == (value, problems)


def test_a_duplicate_key_with_a_bad_field_does_not_lose_the_library() -> None:  # D8
    text = (
        "@book{a, title={X}, year={2010}}\n"
        "@book{a,\n title={Y},\n year={2000},\n month={\u00b2}\n}\n@book{c, title={Z}}\n"
    )
    result = read_bibtex(text)
    assert [(r.id, r.title) for r in result.references] == [("a", "X"), (None, "Y"), ("c", "Z")]
    assert result.references[1].issued == Date(year=2000)
    assert messages(text) == [
        "a 2: duplicate key 'a': loaded, with a new key on export",
        "a 2: month '\u00b2' is not a month; only the year was kept",
    ]


@pytest.mark.parametrize(
    ("date", "expected", "problems"),
    [
        ("2000-13-45", Date(year=2000), ["date '2000-13-45': no month 13; only the year was kept"]),
        (
            "2001-02-29",
            Date(year=2001, month=2),
            ["date '2001-02-29': no day 29 in month 2; day dropped"],
        ),
        ("2000-02-29", Date(year=2000, month=2, day=29), []),
    ],
)
def test_impossible_bibtex_dates_are_dropped_and_reported(
    date: str, expected: Date, problems: list[str]
) -> None:  # D9
    result = read_bibtex(f"@book{{y, title={{T}}, date={{{date}}}}}\n")
    assert result.references[0].issued == expected
    assert [p.message for p in result.problems] == problems


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        ([2000, 13, 45], Date(year=2000)),
        ([2000, 4, 31], Date(year=2000, month=4)),
        ([99999], Date(raw="99999")),
    ],
)
def test_impossible_csl_dates_are_dropped_and_reported(parts: list[int], expected: Date) -> None:
    item = {"id": "d", "title": "T", "issued": {"date-parts": [parts]}}  # D9
    result = read_csl_json(json.dumps([item]))
    assert result.references[0].issued == expected
    assert len(result.problems) == 1 and result.problems[0].entry == "d"


def test_a_huge_integer_loses_only_its_item() -> None:  # D10
    text = '[{"id":"a","title":"ok"},{"id":"h","issued":{"date-parts":[[' + "9" * 5000 + "]]}}]"
    result = read_csl_json(text)
    assert [r.id for r in result.references] == ["a"]
    (problem,) = result.problems
    assert problem.entry == "h" and len(problem.message) < 200


def test_a_huge_integer_where_text_is_allowed_is_kept_as_its_digits() -> None:  # D10
    result = read_csl_json('[{"id":"v","volume":' + "7" * 30 + "}]")
    assert result.references[0].volume == "7" * 30


@pytest.mark.parametrize("depth", [900, 100_000])
def test_deep_nesting_loses_only_its_item(depth: int) -> None:  # D10
    deep = "[" * depth + "]" * depth
    text = '[{"id":"a","title":"ok"},' + deep + ',{"id":"b","title":"after"}]'
    result = read_csl_json(text)
    assert [r.id for r in result.references] == ["a", "b"]
    assert len(result.problems) == 1


def test_deeply_nested_related_works_are_refused() -> None:  # D10
    item: dict[str, object] = {"id": "r", "title": "T"}
    for _ in range(20):
        item = {"id": "r", "title": "T", "custom": {"citex": {"related": [item]}}}
    result = read_csl_json(json.dumps([item, {"id": "ok", "title": "fine"}]))
    assert [r.id for r in result.references] == ["ok"]
    assert "nests more than 8 deep" in result.problems[0].message


def test_a_single_deep_object_is_a_parse_error_not_a_crash() -> None:  # D10
    from citex.errors import ParseError

    with pytest.raises(ParseError, match="too deep"):
        read_csl_json('{"id": ' + "[" * 100_000 + "]" * 100_000 + "}")
