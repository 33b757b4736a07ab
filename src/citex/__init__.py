"""citex: footnotes, notes and bibliographic references found in plain texts."""

from citex.errors import CitexError, InputError, ParseError
from citex.records import (
    Citation,
    Date,
    Document,
    Locator,
    Marker,
    Name,
    Note,
    RawReference,
    Reference,
    Span,
)
from citex.segment import find_bibliography

__all__ = [
    "Citation",
    "CitexError",
    "Date",
    "Document",
    "InputError",
    "Locator",
    "Marker",
    "Name",
    "Note",
    "ParseError",
    "RawReference",
    "Reference",
    "Span",
    "find_bibliography",
]
