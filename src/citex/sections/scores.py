"""Scoring functions of bibliography finding: does a line start an entry, is an entry a
reference?

Whether a line starts a new entry is decided the way anystyle's ``refs.rb`` joins lines:
small named scoring functions are summed against a threshold (see
:func:`citex.sections.bibliography.split_entries`). Whether an entry is a reference at all
is another sum (:func:`reference_likeness`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from attrs import frozen

from citex import lexicon
from citex.sections import patterns as p

__all__ = [
    "CLAUSE_CLOSERS",
    "DETAIL_WORDS",
    "LABEL_STARTS",
    "PROSE_THRESHOLD",
    "PROSE_WORDS",
    "TAIL_CHARS",
    "WORD_PUNCTUATION",
    "Line",
    "SectionStyle",
    "blank_score",
    "enumerator_number",
    "enumerator_score",
    "indent_score",
    "is_head_only",
    "make_line",
    "opening_score",
    "punctuation_score",
    "reads_as_prose",
    "reference_likeness",
    "shape_score",
    "start_score",
    "terminal_score",
    "width_score",
    "year_score",
]

# An entry of some length this far below is prose: the section ends there even if
# references follow.
PROSE_THRESHOLD = -2
_PROSE_MIN_WORDS = 12
# Longer than this (in words), an entry reads like a paragraph.
_LONG_ENTRY_WORDS = 60
# Columns a word must clear to count as fitting on the previous line: layout text of
# proportional fonts and justified lines make widths ragged by a few characters.
_FIT_SLACK = 4
# First characters of an entry label and of a repeated-author dash: cheap tests that
# spare most lines the patterns.
LABEL_STARTS = frozenset("[(0123456789-*+•·▪◦‣")
_DASHES = frozenset("—―–-_")
# Marks that close a clause: a line opening with one continues the line before it.
CLAUSE_CLOSERS = frozenset(".,;:)]")
# A year this close to a line's start belongs to the head of an entry (author, year).
_EARLY_YEAR_CHARS = 60
# An entry that is only its head ends this close after its year ("(2003).").
_HEAD_TAIL_CHARS = 3
# A lowercase word this long is a title's, not a name's ("and", "et", "van" are shorter).
_TITLE_WORD_CHARS = 4
# How much of a line's end terminal_score() looks at (its patterns need a few characters).
TAIL_CHARS = 24
# How far back from a line's end a web address may start.
_MAX_ADDRESS_CHARS = 320


class Line(NamedTuple):
    """One non-blank line of a section (a NamedTuple: it is built for every line, so cheap).

    ``start``/``end`` bound its content (leading and trailing blanks excluded) in the
    source; ``indent`` is its first column; ``gap`` says blank lines precede it and
    ``page_break`` that page furniture or a form feed does. ``opening`` and ``closing``
    are its :func:`opening_score` and :func:`terminal_score`, ``year`` where its first year
    starts (-1: none): worked out once in :func:`make_line`, as every line is scored twice.
    """

    start: int
    end: int
    indent: int
    text: str
    gap: bool
    page_break: bool
    opening: int
    closing: int
    year: int


def make_line(
    start: int, indent: int, text: str, *, gap: bool = False, page_break: bool = False
) -> Line:
    """A Line of stripped ``text`` found at ``start``, with its scores worked out."""
    year = p.ENTRY_YEAR.search(text)
    return Line(
        start,
        start + len(text),
        indent,
        text,
        gap,
        page_break,
        opening_score(text),
        terminal_score(text),
        -1 if year is None else year.start(),
    )


@frozen
class SectionStyle:
    """How a bibliography lays out its entries, measured over its lines.

    ``hanging`` is 1 for hanging indents (entries start at ``base_indent``, continuations
    deeper), -1 for first-line indents, 0 when all lines start at one column.
    ``numbered``: entries carry labels ([1], 1.). ``blank_separated``: blank lines part
    entries. ``width``: the column where full lines end. ``wrapped``: lines are wrapped at
    that width (most run close to it); otherwise each line is one entry as typed.
    """

    base_indent: int = 0
    hanging: int = 0
    numbered: bool = False
    blank_separated: bool = False
    width: int = 0
    wrapped: bool = True


# --------------------------------------------------------------------------------------
# Scoring functions: does a line start a new entry?
# --------------------------------------------------------------------------------------


def enumerator_number(text: str) -> int | None:
    """The number of an entry label ([12], 12., (12)) opening ``text``, else None (also for
    a key such as [Smi01])."""
    match = p.ENUMERATOR.match(text) if text[:1] in LABEL_STARTS else None
    if match is None:
        return None
    number = next((group for group in match.groups()[:3] if group is not None), None)
    return None if number is None else int(number)


def enumerator_score(text: str, style: SectionStyle, previous_number: int | None) -> int:
    """In a numbered list a label starts an entry (more so when it follows on) and its
    absence continues one; elsewhere labels say nothing."""
    if not style.numbered:
        return 0
    if text[:1] not in LABEL_STARTS or p.ENUMERATOR.match(text) is None:
        return -4
    number = enumerator_number(text)
    return 5 if previous_number is not None and number == previous_number + 1 else 4


def indent_score(line: Line, style: SectionStyle) -> int:
    """Hanging indents: a line at the base column starts an entry, a deeper one continues.
    First-line indents: the reverse."""
    deeper = line.indent > style.base_indent
    if style.hanging > 0:
        return -3 if deeper else 2
    if style.hanging < 0:
        return 2 if deeper else -2
    return 0


def blank_score(line: Line, style: SectionStyle) -> int:
    """A blank line before a line starts an entry where blank lines part entries, and its
    absence continues one; a page break says nothing."""
    if line.page_break:
        return 0
    if style.blank_separated:
        return 3 if line.gap else -2
    return 1 if line.gap else 0


def terminal_score(previous_text: str) -> int:
    """How the previous line ends: a comma, hyphen, "and" or a lowercase word promise more
    of the same entry, a capitalised word (a place?) less so; a closing period after a
    number or word ends it, and so does a whole web address; an initial does not."""
    # The patterns are anchored at the line end: search only its tail, not the whole line,
    # and only the patterns that can match its last character.
    last = previous_text[-1:]
    tail = max(0, len(previous_text) - TAIL_CHARS)
    if last == "." and p.INITIAL_END.search(previous_text, tail):
        return -1
    address = "/" in previous_text
    address_tail = max(0, len(previous_text) - _MAX_ADDRESS_CHARS)
    if p.CONTINUING_END.search(previous_text, tail) or (
        address and p.ADDRESS_CUT.search(previous_text, address_tail)
    ):
        return -2
    if not last.isalpha() and p.CLOSING_END.search(previous_text, tail):
        return 1
    if address and p.ADDRESS_END.search(previous_text, address_tail):
        return 1
    if last.isalpha():
        bare = p.BARE_WORD_END.search(previous_text, tail)
        if bare is not None:
            return -1 if bare.group(1).isupper() else -2
    return 0


def opening_score(text: str) -> int:
    """How the line begins (after any entry label): a repeated-author dash or an author's
    name opens an entry; a lowercase word, a bare number or an opening quote rarely does."""
    if text[:1] in LABEL_STARTS:
        label = p.ENUMERATOR.match(text)
        if label is not None:
            text = text[label.end() :]
    if text[:1] in _DASHES and p.REPEATED_AUTHOR.match(text):
        return 3
    if p.AUTHOR_OPENING.match(text):
        return 2
    if p.NATURAL_NAME_OPENING.match(text):
        return 1
    if p.CONTINUATION_OPENING.match(text):
        return -1
    first = text[:1]
    if first.islower():
        return -2
    if first.isdigit() or first in "\"“„«‘'(":
        return -1
    return 0


def width_score(previous: Line, line: Line, style: SectionStyle) -> int:
    """Would the line's first word have fitted at the end of the previous line? Then the
    break was not made by wrapping, and the previous entry ended there; if it would not
    have fitted, the break may be a wrap. Where lines are not wrapped at all (one entry per
    line, as copied from the web) every line break ends an entry."""
    if not style.wrapped:
        return 2
    if style.width < 40:
        return 0
    first_word = line.text.split(None, 1)[0] if line.text else ""
    room = style.width - (previous.indent + len(previous.text) + 1 + len(first_word))
    if room >= _FIT_SLACK:
        return 2
    if room < 0:
        return -1
    return 0


def year_score(year_at: int, entry_has_year: bool) -> int:
    """A year near the start of a line (``year_at``: where its first year starts, -1 for
    none) opens a new entry when the current one already has its year, and belongs to the
    current one when it has none yet (a wrapped author list)."""
    if not 0 <= year_at < _EARLY_YEAR_CHARS:
        return 0
    return 1 if entry_has_year else -1


def is_head_only(text: str) -> bool:
    """Whether an entry so far is only its head, authors then a year ("Hale, K., & Ruiz, M.
    (2003)."): it opens with an author, names someone by an initial, ends with its year, and
    before the year has neither a sentence (a title) nor a lowercase word of four letters or
    more, nor a colon (an imprint: "Seattle, Washington: 1993.")."""
    year = p.ENTRY_YEAR.search(text)
    if year is None or len(text) - year.end() > _HEAD_TAIL_CHARS or text[:1] in LABEL_STARTS:
        return False
    head = text[: year.start()]
    return (
        p.AUTHOR_OPENING.match(text) is not None
        and p.NAME_INITIAL.search(head) is not None
        and p.SENTENCE_BREAK.search(head) is None
        and ":" not in head[-3:]
        and not any(
            len(word) >= _TITLE_WORD_CHARS and word.isalpha() and word.islower()
            for word in head.split()
        )
    )


def punctuation_score(previous: Line, line: Line) -> int:
    """A line opening with a mark that closes a clause (". Plant and Soil, 41(2)") finishes
    the sentence an unfinished previous line began (a title without its full stop)."""
    return -4 if line.text[:1] in CLAUSE_CLOSERS and previous.closing <= 0 else 0


def shape_score(line: Line, head_only: bool) -> int:
    """An entry that is only its head (authors, year) goes on: its title follows, even
    after a blank line, unless the line opens like an entry of its own (an author, a
    label)."""
    return -8 if head_only and line.opening <= 0 else 0


def start_score(
    line: Line,
    previous: Line,
    style: SectionStyle,
    previous_number: int | None,
    entry_has_year: bool,
    head_only: bool = False,
) -> int:
    """Sum of the scoring functions for ``line`` following ``previous`` (terminal and
    opening scores as cached in the lines)."""
    return (
        shape_score(line, head_only)
        + punctuation_score(previous, line)
        + enumerator_score(line.text, style, previous_number)
        + indent_score(line, style)
        + blank_score(line, style)
        + previous.closing
        + line.opening
        + width_score(previous, line, style)
        + year_score(line.year, entry_has_year)
    )


# --------------------------------------------------------------------------------------
# Scoring functions: is an entry a reference?
# --------------------------------------------------------------------------------------


# Words frequent in running prose and rare in references (English, German, French,
# Italian, Spanish, Portuguese). Their share tells a paragraph from an entry. Sets, not
# patterns: looking words up is many times faster than a regex alternation.
PROSE_WORDS = lexicon.words("PROSE_WORDS") | lexicon.words("ARGUMENT_WORDS")
# Words of a reference's details: abbreviations (pp., eds.), publishers, journals.
DETAIL_WORDS = lexicon.words("DETAIL_WORDS")
# Punctuation stripped from words before they are looked up.
WORD_PUNCTUATION = ".,;:!?()[]\"'“”‘’«»"


def _words(text: str) -> list[str]:
    """The words of ``text``, lowercased, punctuation stripped."""
    return [word.strip(WORD_PUNCTUATION) for word in text.lower().split()]


def _has_prose_words(words: Sequence[str]) -> bool:
    """Whether enough of ``words`` are the little words of running prose."""
    return sum(word in PROSE_WORDS for word in words) >= 0.06 * len(words)


def reads_as_prose(text: str) -> bool:
    """A paragraph, not a reference: long enough, full of prose words and unlike a
    reference on the whole (a title alone may have few marks but is no paragraph)."""
    words = _words(text)
    return (
        len(words) >= _PROSE_MIN_WORDS
        and _has_prose_words(words)
        and reference_likeness(text) <= PROSE_THRESHOLD
    )


def reference_likeness(text: str) -> int:
    """Sum of the marks of a reference in ``text``: a year, an author first, details
    (numbers such as pages, words such as a publisher, a DOI or URL), dense punctuation;
    citations in running text ("(Ma et al. 2007"), prose words, sparse punctuation and
    very short or paragraph-long texts count against."""
    score = 0
    if p.ENTRY_YEAR.search(text) or p.UNDATED.search(text):
        score += 2
    if p.REPEATED_AUTHOR.match(text) or p.AUTHOR_OPENING.match(text):
        score += 2
    elif p.NATURAL_NAME_OPENING.match(text):
        score += 1
    if p.NUMERIC_DETAIL.search(text):
        score += 1
    if "(" in text and p.TEXT_CITATION.search(text):
        score -= 2
    words = _words(text)
    if "http" in text or "www." in text or any(word in DETAIL_WORDS for word in words):
        score += 1
    if len(words) >= _PROSE_MIN_WORDS:
        punctuation = sum(text.count(mark) for mark in ".,:;()")
        if punctuation >= 0.3 * len(words):
            score += 1
        elif punctuation < 0.12 * len(words):
            score -= 2
        if _has_prose_words(words):
            score -= 2
    if len(text) < 20:
        score -= 3
    elif len(words) > _LONG_ENTRY_WORDS:
        # A paragraph, unless it is a long list of authors (dense punctuation makes up).
        score -= 2 if len(words) > 2 * _LONG_ENTRY_WORDS else 1
    return score
