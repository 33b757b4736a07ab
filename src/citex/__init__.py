"""citex: footnotes, notes and bibliographic references found in plain texts."""

from citex.corpus.bibliography import Bibliography, Entry, build_bibliography
from citex.corpus.run import collect_corpus, write_bibliography, write_citations
from citex.errors import CitexError, InputError, ParseError
from citex.formats import read_bibtex, read_csl_json, to_bibtex, to_csl_json
from citex.notes.find import find_notes
from citex.parse.names import parse_names
from citex.parse.reference import parse_reference, parse_references
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
from citex.sections.bibliography import find_bibliography
from citex.sources import Source, read_document
from citex.text.decode import decode_bytes, read_text
from citex.works.keys import assign_citekeys, citekey_base

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
    "Source",
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
    "read_document",
    "read_text",
    "to_bibtex",
    "to_csl_json",
    "write_bibliography",
    "write_citations",
]
