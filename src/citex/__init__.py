"""citex: footnotes, notes and bibliographic references found in plain texts."""

from citex.errors import CitexError, InputError, ParseError
from citex.fields import parse_reference, parse_references
from citex.names import parse_names
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
    "parse_names",
    "parse_reference",
    "parse_references",
    "RawReference",
    "Reference",
    "Span",
]
