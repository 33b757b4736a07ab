"""Errors citex raises. Each also inherits the builtin it refines, so callers may catch either."""

from __future__ import annotations


class CitexError(Exception):
    """Base class of every error citex raises on purpose."""


class InputError(CitexError, ValueError):
    """Input that cannot be read as text: binary, undecodable, empty where text is required."""


class ParseError(CitexError, ValueError):
    """A record that cannot be read from BibTeX or CSL-JSON; names the entry and its line."""


class OutputError(CitexError, OSError):
    """An output that cannot be written: a missing folder, a directory, a full disk."""
