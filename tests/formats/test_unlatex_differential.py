"""unlatex against pylatexenc: the accents and letter macros the fast reader supports."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.formats.bibtex import _ACCENTS, _SYMBOLS, unlatex

latex2text = pytest.importorskip("pylatexenc.latex2text")

# Where the two readers differ on purpose:
# - `\t` (tie) joins two letters; pylatexenc drops it, unlatex keeps U+0361;
# - `\textasciicircum` is what escape_latex writes for `^`, and reads back as `^`
#   (pylatexenc gives the modifier letter `ˆ`);
# - `\S`, `\P`, `\copyright`, `\euro`, `\pounds` are unknown to pylatexenc (it drops them).
_ACCENTS_COMPARED = sorted(set(_ACCENTS) - {"t"})
_SYMBOLS_COMPARED = sorted(
    set(_SYMBOLS) - {"textasciicircum", "S", "P", "copyright", "euro", "pounds"}
)
_BASES = [*"aeiouycnszgrlAEIOUCNSZ", r"\i", r"\j", "{e}", r"{\i}", r"{\j}", "{A}"]
_READER = latex2text.LatexNodes2Text()


def _expected(latex: str) -> str:
    return unicodedata.normalize("NFC", _READER.latex_to_text(latex)).strip()


def _accented(accent: str, base: str) -> str:
    """``\\'e``; a letter accent needs a space or a brace before a bare letter (``\\c c``)."""
    glue = " " if accent.isalpha() and not base.startswith(("{", "\\")) else ""
    return f"\\{accent}{glue}{base}"


@pytest.mark.parametrize("accent", _ACCENTS_COMPARED)
@pytest.mark.parametrize("base", _BASES)
def test_accent_matches_pylatexenc(accent: str, base: str) -> None:
    latex = _accented(accent, base)
    assert unicodedata.normalize("NFC", unlatex(latex)) == _expected(latex)


@pytest.mark.parametrize("name", _SYMBOLS_COMPARED)
def test_letter_macro_matches_pylatexenc(name: str) -> None:
    for latex in (f"\\{name}{{}}", f"x\\{name} y"):
        assert unlatex(latex) == _expected(latex)


@given(
    st.lists(
        st.one_of(
            st.builds(_accented, st.sampled_from(_ACCENTS_COMPARED), st.sampled_from(_BASES)),
            st.sampled_from([f"\\{name}{{}}" for name in _SYMBOLS_COMPARED]),
            st.text(alphabet="abcXYZ ,.", min_size=1, max_size=5),
        ),
        max_size=8,
    )
)
def test_mixed_text_matches_pylatexenc(parts: list[str]) -> None:
    latex = " ".join(parts)  # a space ends a control word: `\\i` then `X` is not `\\iX`
    assert unicodedata.normalize("NFC", unlatex(latex)) == " ".join(_expected(latex).split())
