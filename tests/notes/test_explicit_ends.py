"""Where explicit notes end: Markdown definitions and bracketed notes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from citex.notes.explicit_ends import closing_bracket, markdown_end


def test_nested_brackets_do_not_close_a_gutenberg_note() -> None:
    text = "[Footnote 1: See [sic] the minutes.] Body."
    assert text[closing_bracket(text, len("[Footnote 1: ")) or 0 :].startswith("] Body")
    assert closing_bracket("[Footnote 1: never closed", 1) is None


def test_markdown_definition_goes_on_in_indented_paragraphs() -> None:
    text = "[^1]: First line\nlazy line\n\n    indented paragraph\n\nBody again.\n"
    end = markdown_end(text, len("[^1]: "))
    assert text[:end].endswith("indented paragraph")


@given(st.text(alphabet="[]ab", max_size=60))
def test_a_closing_bracket_balances_the_text_before_it(text: str) -> None:
    close = closing_bracket(text, 0)
    if close is not None:
        inside = text[:close]
        assert text[close] == "]"
        assert inside.count("[") == inside.count("]")
