"""text.normalise (offset map) and read_layout (page furniture), and the footnote patterns."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex import registry as patterns
from citex.text.clean import HyphenatedWords, clean, normalise
from citex.text.layout import read_layout

NOTE_PATTERNS = [
    "normalise_break",
    "page_number_line",
    "lone_carriage_return",
    "furniture_letter_spaced",
    "note_start",
    "markdown_note",
    "gutenberg_note",
    "notes_heading",
    "marker_candidate",
    "marker_candidate_rare",
    "hyphen_break",
    "note_label_line",
    "note_backlink_start",
    "note_backlink_end",
    "next_in_run",
    "power_before",
]


@pytest.mark.parametrize("name", NOTE_PATTERNS)
def test_pattern_examples(name: str) -> None:
    pattern, examples, counter = patterns.PATTERN_EXAMPLES[name]
    for example in examples:
        assert pattern.search(example), example
    for example in counter:
        assert not pattern.search(example), example


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param("Publish-\ners", "Publishers", id="hyphenation-rejoined"),
        pytest.param("previ-\n ously", "previously", id="indented-continuation"),
        pytest.param("Capitalism-\nImperialism", "Capitalism-Imperialism", id="real-hyphen-kept"),
        pytest.param("bourgeois-democrat-\nic", "bourgeois-democratic", id="hyphen-inside-kept"),
        pytest.param("  a\u00a0 b\n\n c  ", "a b c", id="whitespace-collapsed"),
        pytest.param("1977 -\n ers", "1977 - ers", id="dash-not-hyphenation"),
        pytest.param("", "", id="empty"),
        # ../shared/cases/notes/26_url_broken_across_lines: the URL is rejoined, hyphens kept.
        pytest.param(
            "2020, riverstrust.\norg/2020/05/03/water-for-all-a-plan-for-the-\nnext-decade/ (x)",
            "2020, riverstrust.org/2020/05/03/water-for-all-a-plan-for-the-next-decade/ (x)",
            id="url-rejoined",
        ),
        pytest.param("http://a.org/b/\nc.html", "http://a.org/b/c.html", id="url-after-slash"),
        pytest.param("see http://a.org/\nSee also", "see http://a.org/ See also", id="url-ended"),
        pytest.param("and/or\nmore", "and/or more", id="slash-in-words"),
        pytest.param("the end.\nThe 2020/21 war", "the end. The 2020/21 war", id="sentence-end"),
    ],
)
def test_normalise(source: str, expected: str) -> None:
    result = normalise(source)
    assert result.text == expected
    assert clean(source) == expected


def test_offsets_point_into_the_source() -> None:
    source = "ers, 1977),158. “Working class” has been\nchanged to “proletar-\n iat”"
    result = normalise(source, base=100)
    start = result.text.index("proletariat")
    span = result.source_span(start, start + len("proletariat"))
    assert source[span.start - 100 : span.end - 100] == "proletar-\n iat"


TEXTS = st.text(alphabet=st.sampled_from("ab-\n \t\u00a0\u00adXé.\x1f"), max_size=80) | st.text(
    max_size=80
)


@given(TEXTS)
def test_normalise_is_idempotent_with_monotonic_offsets(source: str) -> None:
    once = normalise(source)
    assert clean(source) == once.text
    assert normalise(once.text).text == once.text
    assert len(once.offsets) == len(once.text) + 1
    assert all(a < b for a, b in zip(once.offsets, once.offsets[1:], strict=False))
    assert all(0 <= offset <= len(source) for offset in once.offsets)
    for char, offset in zip(once.text, once.offsets, strict=False):
        assert char == source[offset] or (char == " " and source[offset].isspace())


def test_layout_marks_page_furniture(corpus) -> None:
    text = (corpus / "kites4-specter-part4.txt").read_text(encoding="utf-8")
    layout = read_layout(text)
    kinds = {i + 1: kind for i, kind in enumerate(layout.furniture) if kind}
    assert kinds[131] == "head"  # kites #4
    assert kinds[133] == "page"  # 71
    assert kinds[178] == "heading"  # t o  c a p i ta l ...
    assert kinds[194] == kinds[709] == kinds[996] == "caption"  # 996: doubled text, 210 wide
    assert 60 <= (layout.body_width or 0) <= 70
    assert not layout.furniture[171]  # "1  Lenin, ..." is a note, not furniture


def test_layout_of_web_text_is_not_wrapped(corpus) -> None:
    text = (corpus / "utopia-rossa-2013-serge-memoirs.txt").read_text(encoding="utf-8")
    assert read_layout(text).body_width is None


@pytest.mark.parametrize(
    ("broken", "joined"),
    [
        ("the anti-\nimperialist war", "the anti-imperialist war"),
        ("a self-\ncritical summation", "a self-critical summation"),
        ("the co-\noperation", "the co-operation"),
        ("does not re-\nflect", "does not reflect"),
        ("the de-\nmocracy", "the democracy"),
        ("for ex-\nample", "for example"),
        ("Marxist-\nLeninist", "Marxist-Leninist"),
        ("soft\u00ad\nware", "software"),
    ],
)
def test_line_end_hyphen_kept_only_where_real(broken: str, joined: str) -> None:
    assert clean(broken) == joined


def test_line_end_hyphen_kept_where_the_document_prints_the_word_so() -> None:
    source = "a light-framed house; the light-\nframed walls; the walls col-\nlapsed"
    assert clean(source, hyphenated=HyphenatedWords(source)) == (
        "a light-framed house; the light-framed walls; the walls collapsed"
    )
