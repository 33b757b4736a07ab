"""citex: footnotes, notes and bibliographic references found in plain texts."""

from citex.bibliography import Bibliography, Entry, build_bibliography
from citex.corpus import collect_corpus, write_bibliography, write_citations
from citex.errors import CitexError, InputError, ParseError
from citex.export import read_bibtex, read_csl_json, to_bibtex, to_csl_json
from citex.fields import parse_reference, parse_references
from citex.keys import assign_citekeys, citekey_base
from citex.names import parse_names
from citex.notes import find_notes
from citex.pipeline import extract
from citex.records import (
    Citation,
    Date,
    Document,
    ImportProblem,
    ImportResult,
    Locator,
    Marker,
    Name,
    Note,
    RawReference,
    Reference,
    Span,
)
from citex.segment import find_bibliography
from citex.sources import decode_bytes, read_text

__all__ = [
    "Bibliography",
    "Citation",
    "CitexError",
    "Date",
    "Document",
    "Entry",
    "ImportProblem",
    "ImportResult",
    "InputError",
    "Locator",
    "Marker",
    "Name",
    "Note",
    "ParseError",
    "RawReference",
    "Reference",
    "Span",
    "assign_citekeys",
    "build_bibliography",
    "citekey_base",
    "collect_corpus",
    "decode_bytes",
    "extract",
    "find_bibliography",
    "find_notes",
    "parse_names",
    "parse_reference",
    "parse_references",
    "read_bibtex",
    "read_csl_json",
    "read_text",
    "to_bibtex",
    "to_csl_json",
    "write_bibliography",
    "write_citations",
]
