"""One registry of every compiled pattern, with the examples that pin it.

Each stage keeps its regexes in its own ``patterns.py`` and registers them here, so
``tests/test_patterns.py`` checks every example and counter-example of every stage in one place.
"""

from __future__ import annotations

import itertools
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
    """A non-capturing group matching any of ``words``, each followed by ``suffix(word)`` (a
    pattern string). Words are escaped and factored by common prefix ("Jan(?:uary|)"), so
    a search tries one branch per first letter, and a longer word is tried before its prefix."""
    ordered = sorted(set(words))
    return "(?:" + _branches(ordered, 0, suffix) + ")" if ordered else "(?!)"  # none: no match


def _branches(words: list[str], depth: int, suffix: Callable[[str], str]) -> str:
    """The alternatives for ``words`` (sorted, sharing their first ``depth`` characters)."""
    longer = [word for word in words if len(word) > depth]
    options = [
        regex.escape(letter) + _branches(list(group), depth + 1, suffix)
        for letter, group in itertools.groupby(longer, key=lambda word: word[depth])
    ]
    options += [suffix(word) for word in words if len(word) == depth]  # the word ends here
    return options[0] if len(options) == 1 else "(?:" + "|".join(options) + ")"
