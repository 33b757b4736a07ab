"""Clean text without losing where it came from: normalisation with an offset map.

:func:`normalise` rejoins line-end hyphenation and collapses whitespace, keeping for every
character of the result its offset in the source, so spans found in clean text point back into
the original.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Container, Iterator, Sequence
from itertools import repeat
from operator import add

import regex
from attrs import frozen

from citex.records import Span
from citex.text import patterns

# How far around a line-end hyphen to read the words it joins.
_MAX_WORD = 40


@frozen(kw_only=True)
class NormalisedText:
    """Clean text and, for each of its characters, the offset it came from in the source.

    ``offsets`` has one entry per character of ``text`` plus one for the end, and never
    decreases, so ``offsets[i]`` is where ``text[i]`` was read.
    """

    text: str
    offsets: tuple[int, ...]

    def source_span(self, start: int, end: int) -> Span:
        """The span of the source that ``text[start:end]`` was read from."""
        if start >= end:
            return Span(start=self.offsets[start], end=self.offsets[start])
        return Span(start=self.offsets[start], end=self.offsets[end - 1] + 1)


def normalise(
    text: str, *, base: int = 0, hyphenated: Container[str] = frozenset()
) -> NormalisedText:
    """Rejoin line-end hyphenation and collapse whitespace, keeping an offset map.

    ``Publish-\\ners`` becomes ``Publishers``; a hyphen before a capital (``Capitalism-\\n
    Imperialism``) is a real one and stays. Every run of whitespace becomes one space and the
    ends are stripped. Normalising the result again changes nothing.

    Args:
        text: The source text.
        base: Added to every offset (the position of ``text`` inside a larger source).
        hyphenated: words (lowercased) whose line-end hyphen stays, as in :func:`clean`.

    Returns:
        The clean text with its offset map into the source.
    """
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in _changes(text):
        start, end = match.span()
        pieces.append(text[position:start])
        offsets.extend(range(base + position, base + start))
        replacement = _replacement(match, hyphenated)
        pieces.append(replacement)
        if replacement:
            offsets.append(base + start)
        position = end
    pieces.append(text[position:])
    offsets.extend(range(base + position, base + len(text)))
    joined = "".join(pieces)
    lead = len(joined) - len(joined.lstrip(" "))
    stripped = joined.strip(" ")
    kept = offsets[lead : lead + len(stripped)]
    kept.append(kept[-1] + 1 if kept else base + len(text))
    return NormalisedText(text=stripped, offsets=tuple(kept))


def _changes(text: str) -> Iterator[regex.Match[str]]:
    """The matches of NORMALISE_CHANGE in ``text``, as ``finditer`` gives them, each tried
    only where one may start (NORMALISE_CHANGE_START): the engine is slow to try the
    pattern's look-arounds at every character, most of which start nothing."""
    change = patterns.NORMALISE_CHANGE.match
    candidates = patterns.NORMALISE_CHANGE_START.finditer
    position = 0
    for candidate in candidates(text):
        start = candidate.start()
        if start < position:
            continue
        match = change(text, start)
        if match is not None:
            yield match
            position = match.end()


def normalise_segments(
    source: str, segments: Sequence[Span], *, hyphenated: Container[str] = frozenset()
) -> NormalisedText:
    """Several pieces of ``source`` read as one (a note across pages), with an offset map.

    The text equals :func:`join_segments`'s; each character maps into ``source``, and the break
    between two pieces maps to the end of the first.
    """
    if len(segments) == 1:
        return normalise(segments[0].slice(source), base=segments[0].start, hyphenated=hyphenated)
    joined = "\n".join(span.slice(source) for span in segments)
    inner = normalise(joined, hyphenated=hyphenated)
    starts: list[int] = []
    at = 0
    for span in segments:
        starts.append(at)
        at += span.end - span.start + 1
    # inner.offsets never decrease: each segment's run of them is mapped at once
    offsets: list[int] = []
    low = 0
    for k, segment in enumerate(segments):
        high = (
            bisect_left(inner.offsets, starts[k + 1], low)
            if k + 1 < len(starts)
            else len(inner.offsets)
        )
        shifted = map(add, inner.offsets[low:high], repeat(segment.start - starts[k]))
        offsets.extend(map(min, shifted, repeat(segment.end)))
        low = high
    return NormalisedText(text=inner.text, offsets=tuple(offsets))


def clean(text: str, *, hyphenated: Container[str] = frozenset()) -> str:
    """The text of :func:`normalise` without the offset map (faster, for display).

    ``hyphenated``: words (lowercased) the document prints with a hyphen inside a line,
    whose hyphen stays when a line breaks after it (see :class:`HyphenatedWords`).
    """
    if "\n" in text and "/" in text:
        text = str(patterns.URL_LINE_BREAK.sub(lambda match: match.group("url"), text))
    if "\n" in text and ("-" in text or "\u00ad" in text or "\u2010" in text):
        text = str(patterns.HYPHEN_BREAK.sub(lambda match: _replacement(match, hyphenated), text))
    # str.split() splits on the same whitespace as NORMALISE_BREAK.
    return " ".join(text.split())


def _replacement(match: regex.Match[str], hyphenated: Container[str] = frozenset()) -> str:
    """What :func:`clean` puts for a line-end hyphen or a run of whitespace."""
    if "url" in match.re.groupindex and match.group("url") is not None:
        return match.group("url")
    hyphen = match.group("hyphen")
    if hyphen is None:
        return " "
    if hyphen == "\u00ad":
        return ""
    source, start, end = match.string, match.start(), match.end()
    word = patterns.LINE_END_WORD_BEFORE.search(source, max(0, start - _MAX_WORD), start)
    following = patterns.LINE_END_WORD_AFTER.match(source, end, end + _MAX_WORD)
    real = line_end_hyphen_is_real(
        word.group() if word else "", following.group() if following else "", hyphenated
    )
    return "-" if real else ""


def line_end_hyphen_is_real(
    word: str, following: str, hyphenated: Container[str] = frozenset()
) -> bool:
    """Whether the hyphen after ``word`` at a line end, before ``following``, is a real one.

    It is before a capital or digit (``Marxist-``/``Leninist``), in a word the document
    prints hyphenated within a line (``hyphenated``, lowercased), after a prefix that keeps
    its hyphen (``anti-``, ``self-``, ``non-``…), or between two equal vowels
    (``co-``/``operation``); otherwise the line broke a word (``Publish-``/``ers``).
    """
    if not following[:1].islower() or not word[-1:].isalpha():
        return True
    lower = word.lower()
    if f"{lower}-{following.lower()}" in hyphenated:
        return True
    if patterns.REAL_HYPHEN_PREFIX.match(lower):
        return True
    return lower[-1] in "aeiou" and lower[-1] == following[0]


class HyphenatedWords:
    """The words a text prints with a hyphen inside a line (``light-framed``), lowercased;
    gathered on the first question, as most texts never ask."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._words: set[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self._words is None:
            found = patterns.HYPHENATED_WORD.finditer(self._text)
            self._words = {f"{m['first']}-{m['second']}".lower() for m in found}
        return word in self._words


def join_segments(
    source: str, segments: Sequence[Span], *, hyphenated: Container[str] = frozenset()
) -> str:
    """The clean text of several pieces of ``source`` read as one (a note across pages)."""
    return clean("\n".join(span.slice(source) for span in segments), hyphenated=hyphenated)
