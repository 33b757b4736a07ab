"""The cheap tests that spare a chunk a pattern's scan (for speed) must hold wherever the
pattern matches: each needle is inside every match, so no chunk with a work is skipped; and
imprint years tried only where one may start are those of one search through the chunk."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.citations import patterns
from citex.citations.bounds import _imprint_years
from citex.citations.chunks import QUOTES, holds_any
from citex.registry import PATTERN_EXAMPLES

# pattern name -> (the pattern, the test find_anchors, quoted_works, titles_in_commentary or
# works_in_prose runs before it on a chunk)
PREFILTERS = {
    "year_paren": (patterns.YEAR_PAREN, lambda text: "(" in text),
    "cite_url": (patterns.CITE_URL, lambda text: "http" in text or "www." in text),
    "short_title": (patterns.SHORT_TITLE, lambda text: holds_any(text, 0, len(text), QUOTES)),
    "quoted_title": (patterns.QUOTED_TITLE, lambda text: holds_any(text, 0, len(text), QUOTES)),
    "cite_named_piece": (
        patterns.CITE_NAMED_PIECE,
        lambda text: holds_any(text, 0, len(text), QUOTES),
    ),
    "work_in_prose": (patterns.WORK_IN_PROSE, lambda text: "," in text or "by" in text),
    "part_of_work": (patterns.PART_OF_WORK, lambda text: "of" in text),
}

# Texts dense in what these patterns are made of.
NOTEISH = st.lists(
    st.sampled_from(
        [
            *'aA1 ,.:()«»“”"„',
            *("1999", "(1987)", "http://a.org", "www.b.net", "essay ", "by the ", "of the "),
            *("Chapter 4 ", "pamphlet ", "Salt and Iron", "Marta Velez recalls", "cit.", "Union"),
        ]
    ),
    max_size=30,
).map("".join)


@pytest.mark.parametrize("name", sorted(PREFILTERS))
def test_each_example_passes_the_prefilter(name: str) -> None:
    pattern, prefilter = PREFILTERS[name]
    assert PATTERN_EXAMPLES[name][0] is pattern
    for example in PATTERN_EXAMPLES[name][1]:
        for match in pattern.finditer(example):
            assert prefilter(match.group()), (name, example)


@given(NOTEISH)
def test_every_match_passes_its_prefilter(text: str) -> None:
    for name, (pattern, prefilter) in PREFILTERS.items():
        for match in pattern.finditer(text):
            assert prefilter(match.group()), (name, text)


def test_holds_any_reads_only_its_range() -> None:
    assert holds_any("a «b» c", 0, 7, QUOTES)
    assert not holds_any("a «b» c", 3, 7, "«")
    assert not holds_any("plain words", 0, 11, QUOTES)


# Texts dense in imprint years and undated imprints.
IMPRINTISH = st.lists(
    st.sampled_from(
        [*"aA1 2,./)(:-–", *("Paris ", "1921", "2014", "o.J.", "s.d.", "n. d.", "12.11.", "Nov. ")]
    ),
    max_size=30,
).map("".join)


@given(st.one_of(IMPRINTISH, st.text(max_size=40)), st.integers(0, 40), st.integers(0, 40))
def test_imprint_years_equal_one_search_through_the_chunk(text: str, start: int, end: int) -> None:
    expected = [m.span() for m in patterns.IMPRINT_YEAR.finditer(text, start, end)]
    assert [m.span() for m in _imprint_years(text, start, end)] == expected


@pytest.mark.parametrize(
    "example", [*PATTERN_EXAMPLES["imprint_year"][1], "Paris, n.d.", "Paris, n. d.", "Rom, s. a."]
)
def test_imprint_years_of_the_patterns_examples(example: str) -> None:
    text = f"See {example} and {example}"
    expected = [m.span() for m in patterns.IMPRINT_YEAR.finditer(text)]
    assert expected
    assert [m.span() for m in _imprint_years(text, 0, len(text))] == expected
