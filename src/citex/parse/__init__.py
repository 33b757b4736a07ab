"""Parse: one free-text reference to a CSL-shaped :class:`~citex.records.Reference`."""

from citex.parse.names import parse_names
from citex.parse.reference import parse_reference, parse_references

__all__ = ["parse_names", "parse_reference", "parse_references"]
