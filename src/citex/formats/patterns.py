"""Patterns of the formats stage: BibTeX and CSL-JSON reading and writing.

No logic lives here. Each pattern is registered with examples it must match and
counter-examples it must not (``citex.registry``), which tests/test_patterns.py checks.
Repetitions are bounded: no pattern may backtrack catastrophically on hostile input.
"""

from __future__ import annotations

import regex

from citex.registry import register as _register

# A page range separator to write as BibTeX ``--``: hyphen or dash between two non-spaces.
PAGE_RANGE_DASH = _register(
    "PAGE_RANGE_DASH",
    regex.compile(r"(?<=\S)\s{0,3}(?:\p{Pd}){1,3}\s{0,3}(?=\S)"),
    ("16-17", "16–17", "xii -- 4"),
    ("16", "-4"),
)

# Whitespace BibTeX treats as one space in a value (line breaks of wrapped values); not
# no-break or typographic spaces, which are text.
BIBTEX_WHITESPACE = _register(
    "BIBTEX_WHITESPACE", regex.compile(r"[ \t\r\n]+"), ("a  b", "line\n  wrapped"), ("a\u00a0b",)
)

# An ISO date as biblatex ``date``/``urldate``/``origdate`` hold it: ``1902``, ``1902-03-01``.
BIBLATEX_DATE = _register(
    "BIBLATEX_DATE",
    regex.compile(r"^(?P<year>-?\d{1,4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?\Z"),
    ("1902", "2010-05", "2012-01-16"),
    ("May 1902", "1902/1903"),
)

# A BibTeX ``year`` that holds a year (perhaps negative for BCE).
BIBTEX_YEAR = _register(
    "BIBTEX_YEAR", regex.compile(r"^(?P<year>-?\d{1,4})\Z"), ("1902", "2010"), ("n.d.", "c. 1900")
)

# A bare word in a BibTeX value expression: a number or a macro name (``jan``, ``verso``).
# BibTeX allows any printable character but these delimiters in a macro name.
BIBTEX_VALUE_WORD = _register(
    "BIBTEX_VALUE_WORD",
    regex.compile(r"[^\s\"#%'(),={}]{1,200}"),
    ("jan", "2001", "ACM-press", "a.b:c"),
    ("#", "{}", '""', " ,= "),
)

# A line of text outside any entry that looks like a field (``  year = {2001}``): what an
# extra ``}`` leaves behind when it closes an entry early.
BIBTEX_STRAY_FIELD = _register(
    "BIBTEX_STRAY_FIELD",
    regex.compile(r"(?m)^[ \t},]{0,40}[A-Za-z][\w:.+-]{0,40}[ \t]{0,10}=[ \t]{0,10}[\"{\d]"),
    ("},\n  year = {2001}", '  title = "X"', "pages=12"),
    ("Some notes about the file.", "a = b", "x == {y}"),
)

# What matters for finding where a JSON value ends: a whole string (escapes included,
# possessive so it never backtracks) or a bracket.
JSON_STRING_OR_BRACKET = _register(
    "JSON_STRING_OR_BRACKET",
    regex.compile(r'"(?:[^"\\]++|\\.)*+"|[\[\]{}]'),
    ('"a \\" ]"', "[", "}"),
    ("a", ","),
)
