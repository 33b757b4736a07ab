"""Patterns of the works stage: citekeys and the normalised keys that tell one work from another.

No logic lives here. Each pattern is registered with examples it must match and
counter-examples it must not (``citex.registry``), which tests/test_patterns.py checks.
Repetitions are bounded: no pattern may backtrack catastrophically on hostile input.
"""

from __future__ import annotations

import regex

from citex import lexicon
from citex.registry import alternation
from citex.registry import register as _register

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
    # No unbounded run of \s: a repetition at the start would rescan long runs of spaces.
    regex.compile(r"[:;]\s|\s\p{Pd}\s|[.?!]\s{1,3}(?=\p{Lu})"),
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
        "^" + alternation(lexicon.words("ARTICLES")) + r"\s",
    ),
    examples=("the state and revolution", "l ordine nuovo", "der staat"),
    counter=("state and revolution", "theory of the state"),
)
