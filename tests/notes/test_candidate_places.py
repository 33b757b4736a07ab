"""Marker candidates are matched only where they may start (for speed): the matches must be
those of one finditer over the whole text, and the article-header blocks must lie in bounds."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from citex.notes import patterns
from citex.notes.header import author_headers
from citex.notes.markers import _candidate_matches
from citex.text.layout import read_layout
from strategies import hostile_text

# Texts dense in what markers and headers are made of.
MARKERISH = st.lists(
    st.sampled_from(
        [*"ab A.,;:()[]^<>*-—0123456789 \n", *("<sup>", "</sup>", "1University", "*Email:")]
    ),
    max_size=40,
).map("".join)


@given(st.one_of(hostile_text, MARKERISH))
def test_candidate_matches_equal_one_search_through_the_text(text: str) -> None:
    expected = [(m.span(), m.lastgroup) for m in patterns.MARKER_CANDIDATE.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in _candidate_matches(text)] == expected


@given(st.one_of(hostile_text, MARKERISH))
def test_author_headers_are_disjoint_ranges_in_the_text(text: str) -> None:
    headers = author_headers(text, read_layout(text))
    bounds = list(zip(headers.starts, headers.ends, strict=True))
    assert all(0 <= start <= end <= len(text) for start, end in bounds)
    assert all(end < start for (_, end), (start, _) in pairwise(bounds))
