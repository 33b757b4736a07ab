"""One registry of every compiled pattern, with the examples that pin it.

Each stage keeps its regexes in its own ``patterns.py`` and registers them here, so
``tests/test_patterns.py`` checks every example and counter-example of every stage in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import regex

# name -> (pattern, examples that must match with .search, counter-examples that must not)
PATTERN_EXAMPLES: dict[str, tuple[regex.Pattern[str], tuple[str, ...], tuple[str, ...]]] = {}


def register(
    name: str, pattern: regex.Pattern[str], examples: tuple[str, ...], counter: tuple[str, ...] = ()
) -> regex.Pattern[str]:
    """Record a pattern's examples for the pattern tests and return the pattern."""
    if name in PATTERN_EXAMPLES:
        raise ValueError(f"pattern name {name!r} is registered twice")
    PATTERN_EXAMPLES[name] = (pattern, examples, counter)
    return pattern


def alternation(words: Iterable[str], *, suffix: Callable[[str], str] = lambda word: "") -> str:
    """A non-capturing group matching any of ``words``: escaped, longest first (so a word
    wins over its prefixes), each followed by ``suffix(word)`` (a pattern string)."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    return "(?:" + "|".join(regex.escape(word) + suffix(word) for word in ordered) + ")"
