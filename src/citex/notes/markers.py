"""Footnote markers in running text: every place that may be one, and the sequence that is.

A number glued to a word is not always a marker (``5.1 million``, ``Part 4 of``), and a marker
is not always glued (``origins 4 and``). :func:`marker_candidates` finds every possible marker
with a weight saying how much it looks like one; :func:`choose_chain` picks, against the labels
of an article's notes, the increasing sequence of candidates that explains them best.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import regex
from attrs import frozen

from citex.notes import patterns

# How much each printed form looks like a marker (the rest is decided by the sequence).
WEIGHTS = {
    "md": 1.0,
    "inline": 1.0,
    "sup": 1.0,
    "caret": 1.0,
    "usup": 1.0,
    "brack": 0.9,
    "paren": 0.5,
    "after_punct": 1.0,
    "after_letter": 0.8,
    "after_year": 0.8,
    "decimal": 0.3,
    "decimal_end": 0.6,
    "spaced": 0.35,
    "spaced_pair": 0.3,
    "yearcomma": 0.6,
    "run": 0.5,
    "lead": 0.3,
    "split": 0.5,
    "tail": 0.2,
    "code": 0.3,
    "alone": 0.5,
    "symbol": 1.0,
}
# A candidate this sure is a marker (a glued or bracketed number, not a quantity).
CLEAR_MARKER = 0.8
# Cost of each note in a sequence whose marker was not found.
GAP_COST = 0.6
# How many missing markers in a row a sequence may step over.
_MAX_GAP = 3
# Marker forms whose span includes their brackets or tag.
_BRACKETED = frozenset({"md", "sup", "caret", "brack", "alone"})
# How far back an asterisk may find the one opening its emphasis.
_EMPHASIS_REACH = 300
# How far back the letters before a marker are read to tell a code ("BRCA1") from a word.
_CODE_REACH = 12
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


@frozen(kw_only=True)
class Candidate:
    """A place that may be a footnote marker: label, where it is printed, how sure we are."""

    label: str
    start: int
    end: int
    kind: str
    weight: float


def marker_candidates(text: str) -> list[Candidate]:
    """Every place in ``text`` that may be a footnote marker, in text order.

    Args:
        text: The whole document.

    Returns:
        Candidates with their label, span, printed form and weight. The span covers the
        digits or symbol of a bare marker (``1`` in ``.”1``), the whole printed marker where
        brackets or tags set it off (``[12]``, ``[^id]``, ``<sup>3</sup>``, ``^4``).
    """
    found: list[Candidate] = []
    matches = _candidate_matches(text)
    # One scan per character (C loops) beats one regex search for any of them.
    if any(map(text.__contains__, patterns.RARE_MARKER_CHARS)):
        matches.extend(patterns.MARKER_CANDIDATE_RARE.finditer(text))
        matches.sort(key=lambda match: match.start())
    for match in matches:
        kind = match.lastgroup
        if kind is None:
            continue
        start, end = match.span(kind)
        value = match.group(kind)
        if kind in _BRACKETED:
            # The span covers the whole printed marker: "[12]", "[^id]", "<sup>3</sup>", "^4".
            start, end = match.span()
        if kind in ("glued", "year"):
            found.extend(_glued(text, start, end, value))
        elif kind == "brack":
            paren = match.group("bo") == "("
            found.append(_candidate(value, start, end, "paren" if paren else "brack"))
        elif kind == "usup" and value in "²³" and _after_variable(text, start):
            continue
        elif kind == "usup":
            found.append(_candidate(value.translate(_SUPERSCRIPT), start, end, kind))
        elif kind == "inline":
            found.append(_candidate("^", start, start + 1, kind))
        elif kind == "symbol" and value[0] == "*" and _closes_emphasis(text, start):
            continue
        elif kind == "spaced" and text[end : end + 1] == ",":
            # "Code 2,5" is more likely a chapter and verse than a marker and a number.
            found.append(_candidate(value, start, end, "spaced_pair"))
        else:
            found.append(_candidate(value, start, end, kind))
    return _with_runs(text, found)


def _candidate_matches(text: str) -> list[regex.Match[str]]:
    """The matches of MARKER_CANDIDATE in ``text``, as ``finditer`` gives them, but each half
    of the pattern tried only where its forms may start: at the first digit of a number, at
    a bracket, caret, "<" or asterisk. Finding those places with C loops and matching there
    is faster than letting the engine try every position."""
    digit_form = patterns.MARKER_CANDIDATE_DIGIT.match
    matches = [
        match
        for run in patterns.DIGIT_RUN.finditer(text)
        if (match := digit_form(text, run.start())) is not None
    ]
    other_form = patterns.MARKER_CANDIDATE_OTHER.match
    for char in patterns.MARKER_OPENERS:
        position = text.find(char)
        while position >= 0:
            if (match := other_form(text, position)) is not None:
                matches.append(match)
            position = text.find(char, position + 1)
    matches.sort(key=lambda match: match.start())
    # Matches do not overlap, as finditer's (a "[" form never holds a digit form's start).
    kept: list[regex.Match[str]] = []
    end = -1
    for match in matches:
        if match.start() >= end:
            kept.append(match)
            end = match.end()
    return kept


def _with_runs(text: str, found: list[Candidate]) -> list[Candidate]:
    """``found`` with the markers printed after a marker, each one more than the one before
    (``(122,123,124)``, ``126,127``), which the pattern cannot tell from a number."""
    starts = {cand.start for cand in found}
    extra: list[Candidate] = []
    for cand in found:
        if text[cand.end : cand.end + 1] != "," or not cand.label.isdigit():
            continue
        number, position = int(cand.label), cand.end
        while (follow := patterns.NEXT_IN_RUN.match(text, position)) is not None:
            digits = follow.group("run")
            if int(digits) != number + 1:
                break
            if follow.start("run") not in starts:
                extra.append(_candidate(digits, follow.start("run"), follow.end("run"), "run"))
            number, position = number + 1, follow.end("run")
    if not extra:
        return found
    return sorted(found + extra, key=lambda cand: cand.start)


def _code_before(text: str, start: int) -> bool:
    """True if the letters glued before ``start`` are capitals or mix in digits, like a code
    or a gene (``BRCA1``, ``SE1``, ``V5Z``), not a word."""
    low = start
    while low > max(0, start - _CODE_REACH) and (text[low - 1].isalnum()):
        low -= 1
    token = text[low:start]
    return not any(char.islower() for char in token)


def _after_variable(text: str, start: int) -> bool:
    """True if a superscript at ``start`` squares or cubes what is before it (``mc²``, ``m²``)."""
    return patterns.POWER_BEFORE.search(text, max(0, start - 4), start) is not None


def _candidate(label: str, start: int, end: int, kind: str) -> Candidate:
    """A candidate with the weight of its kind."""
    return Candidate(label=label, start=start, end=end, kind=kind, weight=WEIGHTS[kind])


def _closes_emphasis(text: str, start: int) -> bool:
    """True if the asterisk at ``start`` closes Markdown emphasis opened on its line."""
    # Emphasis is short: look back at most _EMPHASIS_REACH characters on the line.
    reach = max(0, start - _EMPHASIS_REACH)
    line_start = max(text.rfind("\n", reach, start) + 1, reach)
    opener = text.rfind("*", line_start, start)
    if opener < 0:
        return False
    # An opening asterisk follows a space (or starts the line) and precedes a word.
    while opener > line_start and text[opener - 1] == "*":
        opener -= 1
    after = text.find("*", opener)
    while after + 1 < start and text[after + 1] == "*":
        after += 1
    return (opener == line_start or text[opener - 1].isspace()) and not text[after + 1].isspace()


def _glued(text: str, start: int, end: int, digits: str) -> list[Candidate]:
    """Candidates for digits glued to the text before them (``ours9``, ``.”1``, ``201821``)."""
    if len(digits) > 4:
        # A year with a marker glued to it: "from 201821" is 2018 + note 21.
        year, rest = int(digits[:4]), digits[4:]
        if 1400 <= year <= 2099 and rest[0] != "0" and len(rest) <= 3:
            return [_candidate(rest, start + 4, end, "after_year")]
        return []
    if digits[0] == "0" or (len(digits) == 4 and 1400 <= int(digits) <= 2099):
        return []
    before = text[start - 1]
    if before == "." and start >= 2 and text[start - 2].isdigit():
        # "5.1 million" is a decimal; "page 12.1 The" more likely a sentence end and marker.
        after = text[end : end + 2]
        kind = "decimal_end" if after[:1] == " " and after[1:].isupper() else "decimal"
    elif before.isupper() and _code_before(text, start):
        kind = "code"
    elif before.isalpha():
        kind = "after_letter"
    else:
        kind = "after_punct"
    found = [_candidate(digits, start, end, kind)]
    # Two markers printed together ("pond23": notes 2 and 3); the sequence decides.
    for cut in range(1, len(digits)):
        first, rest = digits[:cut], digits[cut:]
        if rest[0] != "0" and int(rest) == int(first) + 1:
            found.append(_candidate(first, start, start + cut, "split"))
            found.append(_candidate(rest, start + cut, end, "split"))
        elif len(rest) >= 2 and rest[0] != "0":
            # A marker glued to a name or number that ends in digits ("PyV8" + 28,
            # "2.6" + 100): weak, taken only where the sequence needs it.
            found.append(_candidate(rest, start + cut, end, "tail"))
    return found


@frozen(kw_only=True)
class Exclusions:
    """Sorted, disjoint ``[start, end)`` ranges where no marker can be (notes, page furniture)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def from_ranges(cls, ranges: Sequence[tuple[int, int]]) -> Exclusions:
        """Build from any ranges; overlapping ones are merged."""
        merged: list[list[int]] = []
        for start, end in sorted(ranges):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return cls(starts=tuple(s for s, _ in merged), ends=tuple(e for _, e in merged))

    def covers(self, position: int) -> bool:
        """True if ``position`` lies inside one of the ranges."""
        i = bisect.bisect_right(self.starts, position) - 1
        return i >= 0 and position < self.ends[i]


def covered(position: int, exclusions: Sequence[Exclusions]) -> bool:
    """True if any of ``exclusions`` covers ``position``."""
    # A loop, not any() over a generator (slower): called for every candidate of every
    # sequence.
    for exclusion in exclusions:  # noqa: SIM110
        if exclusion.covers(position):
            return True
    return False


def choose_chain(
    candidates: Sequence[Candidate],
    positions: Sequence[int],
    notes: Sequence[tuple[int, int]],
    *,
    low: int,
    excluded: Sequence[Exclusions],
) -> dict[int, Candidate]:
    """Pick markers for one article's numbered notes: increasing labels in increasing places.

    Each note's marker must come before the note and after ``low``. Among all such sequences
    the one with the greatest total weight wins, a note left without marker costing
    ``GAP_COST``; so a strong marker beats a stray number, and a quantity is taken only where
    the sequence needs it.

    Args:
        candidates: All candidates of the document, in text order.
        positions: Their start offsets (for bisection).
        notes: ``(label number, note start)`` of the article's notes, labels increasing.
        low: Markers of this article start after this offset.
        excluded: Where markers cannot be.

    Returns:
        Note index in ``notes`` -> chosen candidate.
    """
    rank = {str(label): i for i, (label, _) in enumerate(notes)}
    high = notes[-1][1] if notes else low
    first = bisect.bisect_right(positions, low)
    # best[r] = (score, candidate index, previous state) of the best sequence ending at note r.
    best: dict[int, tuple[float, int, tuple[int, int] | None]] = {}
    trail: dict[tuple[int, int], tuple[int, int] | None] = {}
    for ci in range(first, len(candidates)):
        cand = candidates[ci]
        if cand.start >= high:
            break
        # Labels may be printed with a leading zero ("[01]", as some Gutenberg books do).
        r = rank.get(cand.label.lstrip("0") or cand.label)
        if r is None or cand.kind == "md":
            continue
        if cand.start >= notes[r][1] or covered(cand.start, excluded):
            continue
        base, previous = -GAP_COST * r, None
        for gap in range(1, _MAX_GAP + 1):
            if r - gap in best:
                score = best[r - gap][0] - GAP_COST * (gap - 1)
                if score > base:
                    base, previous = score, (r - gap, best[r - gap][1])
        score = base + cand.weight
        if r not in best or score > best[r][0]:
            best[r] = (score, ci, previous)
            trail[(r, ci)] = previous
    if not best:
        return {}
    end_rank = max(best, key=lambda r: best[r][0] - GAP_COST * (len(notes) - 1 - r))
    chosen: dict[int, Candidate] = {}
    state: tuple[int, int] | None = (end_rank, best[end_rank][1])
    while state is not None:
        chosen[state[0]] = candidates[state[1]]
        state = trail[state]
    return chosen


def stray_markers(
    candidates: Sequence[Candidate],
    positions: Sequence[int],
    notes: Sequence[tuple[int, int]],
    chosen: dict[int, Candidate],
    low: int,
    excluded: Sequence[Exclusions],
) -> int:
    """How many clear candidates carrying the labels of ``notes`` lie where their markers were
    sought (after ``low``, before the last note) and were not chosen: few for real notes, many
    where a list's numbers fit the numbers that fill a text by chance."""
    labels = {str(number) for number, _ in notes}
    taken = {cand.start for cand in chosen.values()}
    # Only strays printed as the chosen markers are count: real notes called "cells.3" in
    # a paper full of "Sp6" keep their markers.
    kinds = {cand.kind for cand in chosen.values() if cand.weight >= CLEAR_MARKER}
    high = notes[-1][1] if notes else low
    return sum(
        1
        for ci in range(bisect.bisect_right(positions, low), bisect.bisect_left(positions, high))
        if candidates[ci].weight >= CLEAR_MARKER
        and candidates[ci].kind in kinds
        and candidates[ci].label in labels
        and candidates[ci].start not in taken
        and not covered(candidates[ci].start, excluded)
    )


def cited_again(
    candidates: Sequence[Candidate],
    positions: Sequence[int],
    chosen: dict[int, Candidate],
    low: int,
    high: int,
    excluded: Sequence[Exclusions],
) -> dict[int, list[Candidate]]:
    """Bracketed markers that call a note a second time (``[1]`` … ``[1]``, as Wikipedia
    prints a reference used again): the same printed label in the article's stretch of text,
    when the note's chosen marker is bracketed too. Note index -> the other markers."""
    by_label = {cand.label: r for r, cand in chosen.items() if cand.kind == "brack"}
    if not by_label:
        return {}
    taken = {cand.start for cand in chosen.values()}
    again: dict[int, list[Candidate]] = {}
    for ci in range(bisect.bisect_right(positions, low), bisect.bisect_left(positions, high)):
        cand = candidates[ci]
        r = by_label.get(cand.label)
        if (
            r is not None
            and cand.kind == "brack"
            and cand.start not in taken
            and not covered(cand.start, excluded)
        ):
            again.setdefault(r, []).append(cand)
    return again
