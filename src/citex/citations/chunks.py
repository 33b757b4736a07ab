"""A note's text as citations read it: nesting in brackets and quotes, chunks, prose.

The small readers every other module of the stage shares: where brackets and quotes nest,
where a note cuts into chunks, how much of a stretch is prose, where a sentence ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex
from attrs import frozen

from citex import lexicon
from citex.citations import patterns
from citex.records import CitationKind, Locator, Reference

_OPENERS = {"(": ")", "[": "]", "“": "”", "«": "»", "„": "“"}

_CLOSERS = {v: k for k, v in _OPENERS.items() if k != "„"}

QUOTES = '“«"„'

# A head with more lowercase content words than this reads as commentary.
MAX_PROSE_WORDS = 6

# Words that carry no content: articles, prepositions, conjunctions, pronouns in the
# languages of our users. A title may contain them; prose is made of other words too.
FUNCTION_WORDS = lexicon.words("FUNCTION_WORDS")

# Words that start a sentence of commentary, never a reference's author or title.
SENTENCE_STARTERS = lexicon.words("SENTENCE_STARTERS")

WORD = regex.compile(r"[\p{L}’'\-]+")

_BRACKET = regex.compile(r"[()\[\]“”«»„\"]")


@frozen(kw_only=True)
class CitationPiece:
    """One citation found in a string: its kind, the half-open range it covers, its locator,
    and, for a work named in prose, the reference its sentence shows (no parser reads prose)."""

    kind: CitationKind
    start: int
    end: int
    locator: Locator | None = None
    reference: Reference | None = None


def nesting_depths(text: str) -> list[int]:
    """Nesting depth of each character in matched brackets and quotes (unmatched ones ignored)."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for match in _BRACKET.finditer(text):
        char, i = match.group(), match.start()
        if char == '"':
            if stack and stack[-1][0] == '"':
                pairs.append((stack.pop()[1], i))
            else:
                stack.append((char, i))
        elif char in _OPENERS and not (char == "“" and stack and stack[-1][0] == "„"):
            stack.append((char, i))
        elif char in _CLOSERS or (char == "“" and stack and stack[-1][0] == "„"):
            opener = "„" if char == "“" else _CLOSERS[char]
            for k in range(len(stack) - 1, max(-1, len(stack) - 4), -1):
                if stack[k][0] == opener:
                    pairs.append((stack[k][1], i))
                    del stack[k:]
                    break
    changes: dict[int, int] = {}
    for open_at, close_at in pairs:
        changes[open_at + 1] = changes.get(open_at + 1, 0) + 1
        changes[close_at] = changes.get(close_at, 0) - 1
    # runs of equal depth between the brackets, each built at once
    depths: list[int] = []
    level = last = 0
    for at in sorted(changes):
        depths += [level] * (at - last)
        level, last = level + changes[at], at
    depths += [level] * (len(text) - last)
    return depths


def chunks(text: str, depth: Sequence[int]) -> list[tuple[int, int, bool]]:
    """Split at top-level ``;``, sentence ends and square brackets (a translation's own chunk).

    Each chunk is ``(start, end, after_sentence)``: whether a sentence end came before it.
    """
    cuts: list[tuple[int, int, bool]] = []
    start = 0
    after_sentence = False

    def close(end: int) -> None:
        if text[start:end].strip():
            cuts.append((start, end, after_sentence))

    for match in patterns.CHUNK_BREAK.finditer(text):
        i = match.start()
        if i < start or depth[i] != 0:
            continue
        if match.group() == ";":
            close(i)
            start, after_sentence = i + 1, False
        elif match.group() == "[":
            end = _closing(text, depth, i)
            if end is not None:
                close(i)
                cuts.append((i + 1, end, False))
                start, after_sentence = end + 1, False
        elif i > 0 and not patterns.ABBREVIATION.search(text, max(0, i - 12), i):
            close(i)
            start, after_sentence = match.end(), True
    close(len(text))
    return cuts


def _closing(text: str, depth: Sequence[int], i: int) -> int | None:
    """Index of the bracket closing the one opened at ``i``, if it is matched."""
    for k in range(i + 1, len(text)):
        if depth[k] <= depth[i]:
            return k if text[k] == "]" else None
    return None


def strip_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing spaces and commas."""
    while end > start and text[end - 1] in " ,;":
        end -= 1
    return end


def sentence_end(text: str, start: int, end: int) -> int:
    """The end of ``text[start:end]`` without trailing spaces, commas and a final full stop."""
    end = strip_end(text, start, end)
    if (
        end > start
        and text[end - 1] == "."
        and not patterns.ABBREVIATION.search(text, max(0, end - 12), end)
    ):
        end = strip_end(text, start, end - 1)
    return end


def skip_cues(text: str, start: int, end: int) -> int:
    """The first position after whitespace and leading cues (``Also see``, ``Cf.``)."""
    while start < end and text[start].isspace():
        start += 1
    match = patterns.LEADING_CUES.match(text, start, end)
    return match.end() if match else start


def holds_any(text: str, start: int, end: int, characters: str) -> bool:
    """Whether ``text[start:end]`` holds any of ``characters``: a cheap test that spares a
    pattern's scan of a chunk that cannot hold what it starts with."""
    return any(text.find(character, start, end) >= 0 for character in characters)


def prose_words(text: str) -> int:
    """How many lowercase content words ``text`` has: prose has many, a title few."""
    return sum(
        1
        for word in WORD.findall(text)
        if word.islower() and len(word) > 2 and word not in FUNCTION_WORDS
    )


def outside_brackets(text: str, start: int, end: int, depth: Sequence[int], base: int) -> str:
    """``text[start:end]`` with what sits inside brackets or quotes blanked out.

    Depth only changes at a bracket or quote, so the text is cut there, not read by character.
    """
    cuts = [start]
    for match in _BRACKET.finditer(text, start, end):
        cuts += [match.start(), match.end()]
    cuts.append(end)
    return "".join(
        text[a:b] if depth[a] == base else " " * (b - a) for a, b in pairwise(cuts) if b > a
    )


def is_names(text: str, start: int, end: int) -> bool:
    """A chunk that is only a person's name (``Whyte, John``, ``T. V. Paul``)."""
    name = text[start:end].strip()
    return len(name) <= 60 and patterns.CITE_AUTHOR_OPENING.fullmatch(name) is not None


# A head (author and title) longer than this is prose, not a reference.
MAX_HEAD = 300
