"""normalise() finds its changes only where one may start, and normalise_segments() maps
offsets a segment at once (both for speed): the results must be those of the plain ways,
one finditer over the text and one step per character."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.records import Span
from citex.registry import PATTERN_EXAMPLES
from citex.text import patterns
from citex.text.clean import _changes, normalise, normalise_segments

# Texts dense in what normalise changes: line breaks in words and URLs, runs of spaces,
# no-break spaces, separators, and the characters around them.
CHANGEABLE = st.lists(
    st.sampled_from(
        [
            *"ab AZ.-/_=&?~\u00ad\u2010\u00a0\t\n\r \x1c\x1f\f12",
            *("www.", "http://", "org/", "Publish-\n", "riverstrust.\n", "  \n  ", "é"),
            *("riverstrust.\norg/2020/", "the-\nnext", "a.org/\nb/c"),
        ]
    ),
    max_size=40,
).map("".join)

ANY_TEXT = st.text(max_size=60)


@given(st.one_of(CHANGEABLE, ANY_TEXT))
def test_changes_equal_one_search_through_the_text(text: str) -> None:
    expected = [(m.span(), m.group()) for m in patterns.NORMALISE_CHANGE.finditer(text)]
    assert [(m.span(), m.group()) for m in _changes(text)] == expected


# Every example and counter-example of the patterns normalise() applies, alone and in prose.
_EXAMPLES = [
    text
    for name in ("normalise_change", "normalise_break", "url_line_break", "hyphen_break")
    for group in PATTERN_EXAMPLES[name][1:]
    for example in group
    for text in (example, f"See {example} and more.\n{example}")
]


@pytest.mark.parametrize("text", _EXAMPLES)
def test_changes_in_the_patterns_examples(text: str) -> None:
    expected = [(m.span(), m.group()) for m in patterns.NORMALISE_CHANGE.finditer(text)]
    assert [(m.span(), m.group()) for m in _changes(text)] == expected


def test_a_lone_space_is_no_change() -> None:
    assert list(_changes("a b c")) == []
    assert [m.span() for m in _changes("a  b\nc")] == [(1, 3), (4, 5)]


def _offsets_by_character(source: str, segments: list[Span]) -> tuple[int, ...]:
    """normalise_segments' offsets worked out one character at a time, as it once did."""
    joined = "\n".join(span.slice(source) for span in segments)
    inner = normalise(joined)
    starts, at = [], 0
    for span in segments:
        starts.append(at)
        at += span.end - span.start + 1
    offsets, k = [], 0
    for position in inner.offsets:
        while k + 1 < len(starts) and starts[k + 1] <= position:
            k += 1
        offsets.append(min(segments[k].start + position - starts[k], segments[k].end))
    return tuple(offsets)


@st.composite
def _source_and_segments(draw: st.DrawFn) -> tuple[str, list[Span]]:
    source = draw(st.one_of(CHANGEABLE, ANY_TEXT))
    cuts = sorted(draw(st.lists(st.integers(0, len(source)), min_size=4, max_size=8)))
    segments = [Span(start=a, end=b) for a, b in zip(cuts[::2], cuts[1::2], strict=False)]
    return source, segments


@given(_source_and_segments())
def test_segment_offsets_equal_a_step_per_character(case: tuple[str, list[Span]]) -> None:
    source, segments = case
    result = normalise_segments(source, segments)
    if len(segments) > 1:
        assert result.offsets == _offsets_by_character(source, segments)
    assert len(result.offsets) == len(result.text) + 1
