"""Every compiled `regex` pattern citex uses: named, commented, with examples.

No logic lives here. Each pattern lists ``EXAMPLES`` it must match and
``COUNTER_EXAMPLES`` it must not in :data:`PATTERN_EXAMPLES`, which
``tests/test_patterns.py`` checks. Patterns must not backtrack catastrophically:
bound repetitions (``{0,200}``) or use possessive/atomic forms where input is hostile.
"""

from __future__ import annotations

import regex

# name -> (pattern, examples that must match with .search, counter-examples that must not)
PATTERN_EXAMPLES: dict[str, tuple[regex.Pattern[str], tuple[str, ...], tuple[str, ...]]] = {}


def _register(
    name: str, pattern: regex.Pattern[str], examples: tuple[str, ...], counter: tuple[str, ...] = ()
) -> regex.Pattern[str]:
    """Record a pattern's examples for the pattern tests and return the pattern."""
    PATTERN_EXAMPLES[name] = (pattern, examples, counter)
    return pattern


# --------------------------------------------------------------------------------------
# Text cleaning and footnotes (text.py, markers.py, notes.py)
# --------------------------------------------------------------------------------------



# --------------------------------------------------------------------------------------
# Reference fields and names (fields.py, names.py)
# --------------------------------------------------------------------------------------



# --------------------------------------------------------------------------------------
# Bibliography sections and reference splitting (segment.py)
# --------------------------------------------------------------------------------------



# --------------------------------------------------------------------------------------
# Citations in notes, ibid and short forms (citations.py, resolve.py)
# --------------------------------------------------------------------------------------



# --------------------------------------------------------------------------------------
# Document metadata (front matter, title blocks)
# --------------------------------------------------------------------------------------


# --------------------------------------------------------------------------------------
# Citekeys, input decoding and BibTeX/CSL export (keys.py, sources.py, export/)
# --------------------------------------------------------------------------------------

# What separates words for a citekey: anything but letters, marks and digits (so dashes and
# apostrophes split ``1901–1941`` and ``l'épée``), before accents are folded away.
CITEKEY_SEPARATOR = _register(
    "CITEKEY_SEPARATOR", regex.compile(r"[^\p{L}\p{M}\p{N}]+"), ("1901–1941", "l'épée"), ("épée",)
)

# A word of a title or name for a citekey: letters and digits only (already ASCII-folded).
CITEKEY_WORD = _register("CITEKEY_WORD", regex.compile(r"[a-z0-9]{1,60}"), ("new", "1984"), ("--",))

# An id we keep as a BibTeX key: ASCII letters, digits and ``_:.+/-``; BibTeX breaks on
# spaces, commas, braces, quotes, ``#``, ``%``, ``=`` and parentheses.
CITEKEY_SAFE = _register(
    "CITEKEY_SAFE",
    regex.compile(r"^[A-Za-z0-9_:.+/\-]{1,200}\Z"),
    ("alexander2010newjimcrow", "doi:10.1000/182", "serge_1951"),
    ("has space", "a,b", "{x}", "ünï"),
)

# Control characters that never occur in text (everything below U+0020 except tab, LF,
# VT, FF, CR, and ESC used by terminals): their presence marks binary input.
BINARY_CONTROL = _register(
    "BINARY_CONTROL",
    regex.compile(r"[\x00-\x08\x0E-\x1A\x1C-\x1F]"),
    ("\x00", "PK\x03\x04"),
    ("plain text\n", "tab\there", "\x0cform feed"),
)

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


# --------------------------------------------------------------------------------------
# Corpus bibliography: normalised keys for merging works (bibliography.py)
# --------------------------------------------------------------------------------------

# Anything that is not a letter or digit separates words when titles and names are
# compared: punctuation, quotes and dashes differ between documents citing one work.
NON_WORD = _register(
    "NON_WORD",
    regex.compile(r"[^\p{L}\p{N}]++"),
    examples=("What Is To Be Done?", "Lenin, V. I.", "«Critica sociale»"),
    counter=("Lenin", "1902"),
)

# Where a main title ends and its subtitle begins: a colon or semicolon, a dash set off
# by spaces, or a sentence end (". ", "? ", "! ") before a capital. Only the first
# separator counts, so "What Is To Be Done? Burning Questions" keeps "What Is To Be Done".
SUBTITLE_SEPARATOR = _register(
    "SUBTITLE_SEPARATOR",
    regex.compile(r"\s*+[:;]\s|\s++\p{Pd}\s|[.?!]\s++(?=\p{Lu})"),
    examples=(
        "Memoirs of a Revolutionary: 1901-1941",
        "What Is To Be Done? Burning Questions of Our Movement",
        "Il sindacalismo – storia e teoria",
    ),
    counter=("What Is To Be Done?", "Pre-war Russia", "Vol. 1"),
)

# Leading articles dropped from a title before it is used as a key ("The State and
# Revolution" = "State and Revolution"), in the six languages citex reads.
LEADING_ARTICLE = _register(
    "LEADING_ARTICLE",
    regex.compile(
        r"^(?:the|an?|il|lo|la|i|gli|le|l|les|un|una|uno|une|el|los|las|der|die|das|ein|eine"
        r"|o|os|as|um|uma)\s",
    ),
    examples=("the state and revolution", "l ordine nuovo", "der staat"),
    counter=("state and revolution", "theory of the state"),
)
