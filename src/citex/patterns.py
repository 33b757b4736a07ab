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
