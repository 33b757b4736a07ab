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
