"""ISBN and ISSN: checked and written one way, so that one number is one string.

``python-stdnum`` knows the check digits and the ISBN registration ranges, so
``ISBN 0968308600``, ``0-9683086-0-0`` and ``978-0-9683086-0-8`` all name one book.
"""

from __future__ import annotations

from stdnum import isbn as _isbn
from stdnum import issn as _issn
from stdnum.exceptions import ValidationError


def normalise_isbn(value: str) -> str:
    """An ISBN hyphenated at its registration ranges (as printed: 10 or 13 digits).

    A number whose check digit fails is returned as printed, without spaces at its ends:
    it may be a misprint of the right one, and the text says it, but
    :func:`isbn_key` never treats it as the book's identity.
    """
    try:
        return str(_isbn.format(_isbn.validate(value), convert=False))
    except ValidationError:
        return value.strip()


def isbn_key(value: str | None) -> str:
    """The 13-digit ISBN without hyphens, for comparing books; ``""`` when not a valid ISBN."""
    if not value:
        return ""
    try:
        return str(_isbn.to_isbn13(_isbn.validate(value)))
    except ValidationError:
        return ""


def normalise_issn(value: str) -> str:
    """An ISSN as ``0028-0836``; one whose check digit fails is returned as printed."""
    try:
        return str(_issn.format(_issn.validate(value)))
    except ValidationError:
        return value.strip()
