"""Note numbers as a word processor prints them: 1, i, a, *…"""

from __future__ import annotations

_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)
# Chicago's symbols, doubled after the fourth round (*, †, ‡, §, **, ††…).
_SYMBOLS = "*†‡§"


def format_number(number: int, style: str) -> str:
    """``number`` (from 1) in a Word or ODF number format; decimal for formats not known.

    Word: ``decimal``, ``lowerRoman``, ``upperRoman``, ``lowerLetter``, ``upperLetter``,
    ``chicago``; ODF: ``1``, ``i``, ``I``, ``a``, ``A``.
    """
    if style in ("lowerRoman", "i"):
        return _roman(number)
    if style in ("upperRoman", "I"):
        return _roman(number).upper()
    if style in ("lowerLetter", "a"):
        return _letters(number)
    if style in ("upperLetter", "A"):
        return _letters(number).upper()
    if style == "chicago":
        return _SYMBOLS[(number - 1) % 4] * ((number - 1) // 4 + 1)
    return str(number)


def _roman(number: int) -> str:
    """Lowercase Roman numerals."""
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def _letters(number: int) -> str:
    """a..z, then aa, bb… as Word counts letters."""
    return chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
