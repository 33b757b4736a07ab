"""Serialisation of records: CSL-JSON and BibTeX, out and in."""

from citex.formats.bibtex import read_bibtex, to_bibtex
from citex.formats.csl import read_csl_json, reference_from_csl, reference_to_csl, to_csl_json

__all__ = [
    "read_bibtex",
    "read_csl_json",
    "reference_from_csl",
    "reference_to_csl",
    "to_bibtex",
    "to_csl_json",
]
