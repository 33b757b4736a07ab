"""citex: footnotes, notes and bibliographic references found in plain texts."""

from citex.errors import CitexError, InputError, ParseError
from citex.pipeline import extract
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
    "extract",
]
