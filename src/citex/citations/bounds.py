"""Where a work in a note begins and ends: the signs of a work (a year, a URL, a short
title) and, around each, the author and title before it and the imprint and locator after.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Sequence
from itertools import chain, pairwise
from typing import Literal

import regex

from citex.citations import patterns
from citex.citations.chunks import (
    FUNCTION_WORDS,
    MAX_HEAD,
    MAX_PROSE_WORDS,
    QUOTES,
    SENTENCE_STARTERS,
    WORD,
    holds_any,
    outside_brackets,
    prose_words,
    skip_cues,
    strip_end,
)
from citex.citations.locators import trailing_locator
from citex.records import Locator

# A quotation longer than this is a quoted passage, not a title.
_MAX_TITLE_QUOTE = 150

# What signals a work in a note: a year in parentheses or closing an imprint, a web
# address, or a quoted short title marked as such.
_AnchorKind = Literal["paren", "year", "url", "short", "op-cit"]


def find_anchors(
    text: str, start: int, end: int, depth: Sequence[int], base: int
) -> list[tuple[int, _AnchorKind, int]]:
    """Every sign of a work in ``text[start:end]`` at nesting depth ``base``, in order:
    ``(start, kind, end)`` for a year parenthesis or imprint year, a URL, a short title.

    Read once per chunk, so that walking a long chunk from one sign to the next stays linear.
    """
    # a year that runs on into a new phrase (`Bankkaufmann, 1921 Studium der …`, a CV) closes
    # no imprint
    found: list[tuple[int, _AnchorKind, int]] = [
        (m.start(), "year", m.end())
        for m in _imprint_years(text, start, end)
        if depth[m.start()] == base and not patterns.RUNS_ON.match(text, m.end(), end)
    ]
    # `(the secret police created in December 1917)` is prose, not an imprint; names listed
    # with years (`Anna Vogt (1987), Peter Lenz (2001) und …`) are people or series, not works
    # each pattern is run only on a chunk holding the character or word it starts with
    parens = [
        m
        for m in (
            patterns.YEAR_PAREN.finditer(text, start, end)
            if text.find("(", start, end) >= 0
            else ()
        )
        if depth[m.start()] == base and prose_words(m["inner"]) <= 1
    ]
    listed = _listed_with_years(text, parens)
    found += [(m.start(), "paren", m.end()) for m in parens if m.start() not in listed]
    if text.find("http", start, end) >= 0 or text.find("www.", start, end) >= 0:
        found += [(m.start(), "url", m.end()) for m in patterns.CITE_URL.finditer(text, start, end)]
    if holds_any(text, start, end, QUOTES):
        for m in patterns.SHORT_TITLE.finditer(text, start, end):
            if depth[m.start()] == base and _is_title_quote(m["title"]):
                kind: _AnchorKind = "op-cit" if m["cit"] or m["container"] else "short"
                found.append((m.start(), kind, strip_end(text, m.start(), m.end())))
    found.sort(key=lambda anchor: anchor[0])
    return found


def _imprint_years(text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """The matches of IMPRINT_YEAR in ``text[start:end]``, as ``finditer`` gives them, each
    tried only where one may start (IMPRINT_YEAR_START): a year's digit or an ``o.``."""
    imprint_year = patterns.IMPRINT_YEAR.match
    position = start
    for candidate in patterns.IMPRINT_YEAR_START.finditer(text, start, end):
        at = candidate.start()
        if at < position:
            continue
        match = imprint_year(text, at, end)
        if match is not None:
            yield match
            position = match.end()


def _listed_with_years(text: str, parens: Sequence[regex.Match[str]]) -> set[int]:
    """Starts of bare-year parentheses that list names with years: two or more, each after a
    few capitalised words, joined by a comma or ``and`` (``Hof und Stall (1972–4), Der
    Landarzt (1977–9) und Feierabend (1980–3)``)."""
    bare = [m for m in parens if patterns.BARE_YEAR_PAREN.fullmatch(m.group())]
    listed: set[int] = set()
    for first, second in pairwise(bare):
        if patterns.LISTED_NAME.fullmatch(text, first.end(), second.start()):
            listed.update((first.start(), second.start()))
    return listed


def next_anchor(
    anchors: Sequence[tuple[int, _AnchorKind, int]], pos: int
) -> tuple[_AnchorKind, int, int] | None:
    """The first sign of a work at or after ``pos``."""
    k = bisect_left(anchors, pos, key=lambda anchor: anchor[0])
    if k == len(anchors):
        return None
    a_start, kind, a_end = anchors[k]
    return kind, a_start, a_end


def _is_title_quote(title: str) -> bool:
    """A quoted short title starts with a capital (``«Trente ans»``), not a phrase in prose."""
    return bool(title) and title[0].isupper()


def head_before_address(text: str, pos: int, at: int) -> int | None:
    """Where ``Author, Title, available at <address>`` begins: an author and a title, no
    prose, before ``available at``; ``None`` for anything else."""
    match = patterns.AVAILABLE_AT.search(text, max(pos, at - 40), at)
    if match is None or match.end() != at:
        return None
    head_start = skip_cues(text, pos, match.start())
    head = text[head_start : match.start()].strip(" ,")
    if not head or len(head) > MAX_HEAD or prose_words(head) > 2:
        return None
    author = patterns.WORK_AUTHOR.match(head)
    return head_start if author is not None and author.end() < len(head) else None


def introduces_url(text: str, pos: int, at: int) -> bool:
    """A URL counts as a source when it opens the chunk or follows ``see``/``at``/``from``."""
    before = text[pos:at].strip().lower()
    return before in (
        "",
        "see",
        "see also",
        "cf.",
        "at",
        "from",
        "available at",
        "url:",
        "online at",
    )


def reference_start(
    text: str,
    pos: int,
    anchor: int,
    depth: Sequence[int],
    base: int,
    *,
    paren: bool,
    openings: Sequence[int] = (),
) -> int | None:
    """Where the work whose year sits at ``anchor`` begins, or ``None`` when prose precedes it.

    Candidates, earliest first: ``openings`` (sentences before that open with an author),
    the chunk's start after its cues, and the place after each cue word before the year.
    """
    # A head is at most MAX_HEAD long: only starts that close to the year are tried.
    window = max(pos, anchor - MAX_HEAD)
    candidates = chain(
        (skip_cues(text, start, anchor) for start in openings if start >= anchor - MAX_HEAD),
        (skip_cues(text, pos, anchor),) if pos >= window else (),
        (
            skip_cues(text, m.end(), anchor)
            for m in patterns.CUE.finditer(text, window, anchor)
            if depth[m.start()] == base
        ),
    )
    # The earliest head that is about as clean as the cleanest: a title may contain a cue
    # word (`Inequality in American Life`), so a later start must be clearly better.
    scored: list[tuple[int, int]] = []
    for candidate in candidates:
        score = _head_score(text, candidate, anchor, depth, base, paren=paren)
        if score is None:
            continue
        if not scored and score <= 1:  # no later head can be two words cleaner
            return _title_quote_start(text, candidate, anchor, depth, base)
        scored.append((score, candidate))
    if not scored:
        return None
    least = min(score for score, _ in scored)
    start = next(candidate for score, candidate in scored if score <= least + 1)
    return _title_quote_start(text, start, anchor, depth, base)


def _head_score(
    text: str, start: int, anchor: int, depth: Sequence[int], base: int, *, paren: bool
) -> int | None:
    """How much a head (``Author, Title`` before the year) reads as prose; ``None``: no head."""
    head = text[start:anchor].rstrip()
    if not head or len(head) > MAX_HEAD:
        return None
    if not (head[0].isupper() or head[0] in QUOTES):
        return None
    first_word = WORD.match(head)
    if first_word and first_word.group().lower() in SENTENCE_STARTERS:
        return None
    if head[0] in QUOTES:
        close = next((k for k in range(start + 1, anchor) if depth[k] == base), anchor)
        if close - start > _MAX_TITLE_QUOTE:
            return None
    outside = outside_brackets(text, start, start + len(head), depth, base)
    if not paren and "," not in outside and not any(q in head for q in QUOTES):
        return None
    first_segment = WORD.findall(outside.split(",")[0])
    if first_segment and first_segment[-1] in FUNCTION_WORDS:
        return None  # `Stalinists and that, since April 1928`: prose runs into the year
    separators = len(patterns.HEAD_SEPARATOR.findall(outside))
    if not paren and len(first_segment) < 2 and separators < 2 and head[0] not in QUOTES:
        return None  # `Kiev, May-June 1922`: a place and a date, no title
    prose = prose_words(outside)
    return None if prose > MAX_PROSE_WORDS else prose


def _title_quote_start(text: str, start: int, anchor: int, depth: Sequence[int], base: int) -> int:
    """Start at the quoted title nearest the year when the words before it are not authors.

    ``Serge analyses “modern slavery” in «L’Urss …» (Masses, 1947)`` begins at ``«``.
    """
    last_quote = None
    for k in range(start, anchor):
        if text[k] in QUOTES and depth[k] == base and k + 1 < len(text) and depth[k + 1] > base:
            last_quote = k
    if last_quote is None or last_quote == start:
        return start
    before = text[start:last_quote].rstrip()
    if before.endswith(":"):  # `Hanna Berglund: "Die Fähre …"`, as German notes print it
        before = before[:-1] + ","
    if patterns.AUTHOR_LIST.match(before + " " if before.endswith(",") else before):
        return start
    return last_quote


def reference_end(
    text: str, pos: int, end: int, anchors: Sequence[tuple[int, _AnchorKind, int]]
) -> tuple[int, Locator | None]:
    """Where a work ends after its year: more imprint (``, 2004``), the date it was read
    and its address (``accessed May 5, 2018, https://…``), then the cited locator."""
    locator = None
    while True:
        nxt = next_anchor(anchors, pos)
        if nxt is not None and nxt[0] in ("year", "paren") and _is_imprint_gap(text[pos : nxt[1]]):
            pos = nxt[2]
            continue
        web = patterns.WEB_TAIL.match(text, pos, end)
        if web:
            pos = strip_end(text, pos, web.end()) if web.group().endswith((",", ";")) else web.end()
            while pos > 0 and text[pos - 1] in ".,;:" and web["url"]:
                pos -= 1
            continue
        stop, found = trailing_locator(text, pos, end)
        if stop == pos:
            break
        pos, locator = stop, found or locator
    return pos, locator


def _is_imprint_gap(gap: str) -> bool:
    """Between two years of one work: a comma and a few publication words (``, id., ``)."""
    stripped = gap.strip()
    if not stripped.startswith(",") or len(stripped) > 80:
        return False
    return not any(q in stripped for q in QUOTES) and prose_words(stripped) == 0


def is_author_date(text: str, start: int, paren: int, paren_end: int, end: int) -> bool:
    """``Smith, John (2005): A Title``: an author, the year in parentheses, then the work."""
    rest = text[paren_end:end].strip()
    return (
        patterns.DATE_PAREN_ONLY.fullmatch(text, paren, paren_end) is not None
        and patterns.CITE_AUTHOR_OPENING.fullmatch(text[start:paren].strip()) is not None
        and rest[:1] in (":", ".")
        and prose_words(rest) <= 1
    )
