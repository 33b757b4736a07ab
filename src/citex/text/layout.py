"""The page model: a text cut into lines, with the page furniture among them marked.

:func:`read_layout` marks what PDF extraction leaves between paragraphs (page numbers, running
heads, letter-spaced headings, captions), so the note and bibliography finders can step over it.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from itertools import accumulate, compress, count
from operator import add, and_, not_

from attrs import frozen

from citex.text import patterns

# A line at least this much wider than the body text is a caption or pull quote set in a
# wider column (pdftotext keeps the column's line breaks).
_CAPTION_WIDTH_RATIO = 1.45
# Body lines run up to this many characters past the usual width (ragged right margin).
_SLACK = 4
# No line of a page is wider than this (even with the doubled text pdftotext sometimes
# gives captions): longer lines are unwrapped paragraphs, not captions.
_PAGE_WIDTH_RATIO = 3.5
# Running heads repeat; a short standalone line seen this often is one.
RUNNING_HEAD_MIN_REPEATS = 3
_RUNNING_HEAD_MAX_LENGTH = 60
# Longest line a running head or footer found by running_heads() may be.
_MAX_FURNITURE_CHARS = 160
# Longest page number line, indentation aside ("Page 123 of 456").
_MAX_PAGE_NUMBER_LINE = 24
# Labels of notes set apart from their texts stand at most this many lines apart.
_LABEL_RUN_LINES = 8
_NO_DIGITS = str.maketrans("", "", "0123456789")
# Characters of a footnote marker that may follow the end of a sentence.
_MARKER_CHARS = "0123456789*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰"


@frozen(kw_only=True)
class Layout:
    """A text cut into lines, with what kind of line each is.

    ``starts[i]``/``ends[i]`` bound line ``i`` (without its line break); ``furniture[i]`` says
    what page furniture it is: ``"page"`` (page number), ``"head"`` (running head),
    ``"heading"`` (letter-spaced heading), ``"caption"``, or ``""`` for none; ``body_width``
    is the usual length of a body line when the text is hard-wrapped, else ``None``;
    ``pages`` holds the first line of each page (pdftotext starts a page with a form feed).
    The sequences are lists for speed on long texts; treat them as read-only.
    """

    starts: Sequence[int]
    ends: Sequence[int]
    blank: Sequence[bool]
    furniture: Sequence[str]
    body_width: int | None
    pages: Sequence[int]


def read_layout(text: str) -> Layout:
    """Cut ``text`` into lines and mark the page furniture among them.

    Args:
        text: The whole document.

    Returns:
        The lines with their kind.
    """
    text = unify_line_breaks(text)
    lines = text.split("\n")
    # Built with map() over C functions: these lists have a line each, millions in a big text.
    starts = list(accumulate(map((1).__add__, map(len, lines[:-1])), initial=0))
    if "\r" in text:
        lines = [line.rstrip("\r") for line in lines]
    ends = list(map(add, starts, map(len, lines)))
    widths = list(map(len, map(str.rstrip, lines)))
    blank = list(map(not_, map(str.strip, lines)))
    width = _body_width(widths, blank)
    furniture = [""] * len(lines)
    if "\f" in text:
        # Pages are marked: their furniture is at their edges, not wherever a number stands
        # alone (a note's label, set apart from its text).
        _mark_page_edges(lines, blank, furniture)
    else:
        _mark_standalone(lines, blank, furniture)
        _mark_letter_spaced(text, lines, starts, furniture)
    if width is not None:
        _mark_captions(lines, widths, blank, furniture, width)
    pages = [0]
    if "\f" in text:
        pages += [i for i, line in enumerate(lines) if line.startswith("\f") and i > 0]
    return Layout(
        starts=starts,
        ends=ends,
        blank=blank,
        furniture=furniture,
        body_width=width,
        pages=pages,
    )


def unify_line_breaks(text: str) -> str:
    """``text`` with each lone carriage return (old Mac line end) made a line feed.

    Offsets are kept (one character for one), so spans found in the result index ``text``;
    CRLF stays, and :func:`read_layout` drops the CR from its lines.
    """
    if "\r" not in text:
        return text
    return str(patterns.LONE_CARRIAGE_RETURN.sub("\n", text))


def is_page_number(line: str) -> bool:
    """True for a line that is only a page number: ``195``, ``xiv``, ``- 12 -``, ``p. 88``,
    ``Page 12 of 30``, ``Seite 4`` (the one rule for notes and bibliographies).

    Args:
        line: One line, without its line break.
    """
    return (
        len(line.strip()) <= _MAX_PAGE_NUMBER_LINE
        and patterns.PAGE_NUMBER_LINE.match(line) is not None
    )


# Running heads are compared as UTF-8 bytes with ASCII digits deleted ("BIBLIOGRAPHY 196"
# and "BIBLIOGRAPHY 197" fold into one): bytes.translate is far faster than str.translate,
# and UTF-8 never puts an ASCII byte inside a multibyte character.
_DIGITS = b"0123456789"


def fold_furniture(line: str) -> bytes:
    """A line's form for spotting running heads: digits deleted, ends stripped."""
    return line.encode("utf-8", "surrogatepass").translate(None, _DIGITS).strip()


def find_running_heads(text: str) -> set[bytes]:
    """Lines (folded by :func:`fold_furniture`) repeated often enough to be running heads
    or footers: short, not ending like a sentence, with a letter in them."""
    folded = text.encode("utf-8", "surrogatepass").translate(None, _DIGITS)
    counts = Counter(map(bytes.strip, folded.split(b"\n")))
    return {
        line
        for line, count in counts.items()
        if count >= RUNNING_HEAD_MIN_REPEATS
        and 0 < len(line) <= _MAX_FURNITURE_CHARS
        and not line.endswith((b".", b","))
        and any(byte >= 0x41 for byte in line)  # a letter (or any non-ASCII character)
    }


def _mark_page_edges(lines: Sequence[str], blank: Sequence[bool], furniture: list[str]) -> None:
    """Mark the page numbers and running heads at the edges of pages cut by form feeds.

    pdftotext ends each page with a form feed (at the start of the next page's first line);
    a page number or running head is the last line before it or the first after it, often
    with no blank line to set it apart.
    """
    breaks = [i for i, line in enumerate(lines) if "\f" in line]
    edges: list[int] = []
    for i in breaks:
        above = i - 1
        while above >= 0 and blank[above]:
            above -= 1
        below = i if not blank[i] else i + 1
        while below < len(lines) and blank[below]:
            below += 1
        edges.extend(j for j in (above, below) if 0 <= j < len(lines) and "\f" not in lines[j][1:])
    if lines and not blank[0]:
        edges.append(0)
    # The last page ends with the text, maybe without a form feed.
    last = len(lines) - 1
    while last > 0 and blank[last]:
        last -= 1
    edges.append(last)
    tops = Counter(_folded(lines[j]) for j in edges)
    for j in edges:
        line = lines[j].strip(" \t\f")
        if is_page_number(line):
            furniture[j] = "page"
        elif (
            not furniture[j]
            and len(line) <= _RUNNING_HEAD_MAX_LENGTH
            and tops[_folded(line)] >= RUNNING_HEAD_MIN_REPEATS
        ):
            furniture[j] = "head"


def _folded(line: str) -> str:
    """A line's form for spotting running heads: no digits (page numbers), lowercased."""
    return line.translate(_NO_DIGITS).strip(" \t\f").lower()


def _body_width(widths: Sequence[int], blank: Sequence[bool]) -> int | None:
    """The usual length of a body line, if the text is hard-wrapped (else ``None``).

    Hard-wrapped text has paragraphs of several lines, most of them about as long as the
    longest: half the long lines lie within a few characters of the most common length.
    """
    lengths = Counter(width for width in widths if width >= 20)
    total = sum(lengths.values())
    # Count paragraphs only: page numbers and running heads are blocks of one short line.
    # (A line that long is not blank; map() keeps this pass over every line in C.)
    after_blank = [True, *blank[:-1]]
    blocks = sum(map(and_, map((20).__le__, widths), after_blank))
    if total < 10 or total < 2.5 * blocks:
        return None
    # Bucket by 4 characters so ragged right margins still show one mode.
    buckets: Counter[int] = Counter()
    for length, lines_of_length in lengths.items():
        buckets[length // 4] += lines_of_length
    mode = buckets.most_common(1)[0][0] * 4 + 2
    near = sum(c for length, c in lengths.items() if mode - 10 <= length <= mode + 4)
    if mode > 140 or near < 0.5 * total:
        return None
    return mode


def _mark_standalone(lines: Sequence[str], blank: Sequence[bool], furniture: list[str]) -> None:
    """Mark page numbers, running heads and letter-spaced headings standing on their own."""
    # Lines between blank lines (or the text's ends), picked with C loops over every line.
    between = map(and_, [True, *blank[:-1]], [*blank[1:], True])
    alone = list(compress(count(), map(and_, map(not_, blank), between)))
    heads = {i: lines[i].strip() for i in alone}
    repeats = Counter(head for head in heads.values() if len(head) <= _RUNNING_HEAD_MAX_LENGTH)
    page_numbers = {i for i in alone if is_page_number(lines[i]) and not _in_label_run(i, lines)}
    for i in alone:
        head = heads[i]
        # A running head is short and reads like a title, not like the end of a sentence
        # (maybe with a marker after it: "the end.8").
        title_like = len(head) <= _RUNNING_HEAD_MAX_LENGTH and not head.rstrip(
            _MARKER_CHARS
        ).endswith((".", ",", ";", ":", "?", "!", "”"))
        if i in page_numbers:
            furniture[i] = "page"
        elif title_like and (
            repeats[head] >= RUNNING_HEAD_MIN_REPEATS or _near_page_number(i, blank, page_numbers)
        ):
            furniture[i] = "head"


def _mark_letter_spaced(
    text: str, lines: Sequence[str], starts: Sequence[int], furniture: list[str]
) -> None:
    """Mark letter-spaced headings ("c o n c lus i o n"): lines at least a third spaces."""
    # Searched from the line breaks through the whole text at once (a search per line, or for
    # "^", tries every position); the first line, after none, on its own.
    found = [0] if patterns.FURNITURE_LETTER_SPACED.match(lines[0]) else []
    found += [m.start() + 1 for m in patterns.FURNITURE_LETTER_SPACED_LINE.finditer(text)]
    for start in found:
        i = bisect.bisect_right(starts, start) - 1
        line = lines[i]
        if not furniture[i] and line.count(" ") * 3 > len(line) > 8:
            furniture[i] = "heading"


def _in_label_run(i: int, lines: Sequence[str]) -> bool:
    """True if the number standing alone on line ``i`` has the one before or after it alone
    on a line a few lines away: note labels set apart from their texts, not page numbers
    (which stand a page apart)."""
    value = lines[i].strip()
    if not value.isdigit():
        return False
    neighbours = {str(int(value) - 1), str(int(value) + 1)}
    low, high = max(0, i - _LABEL_RUN_LINES), min(len(lines), i + _LABEL_RUN_LINES + 1)
    return any(lines[j].strip() in neighbours for j in range(low, high))


def _near_page_number(i: int, blank: Sequence[bool], page_numbers: set[int]) -> bool:
    """True if the nearest non-blank line above or below line ``i`` is a page number."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(blank) and blank[j] and abs(j - i) <= 3:
            j += step
        if j in page_numbers:
            return True
    return False


def _mark_captions(
    lines: Sequence[str],
    widths: Sequence[int],
    blank: Sequence[bool],
    furniture: list[str],
    width: int,
) -> None:
    """Mark blocks set wider than the body: captions and pull quotes."""
    limit, page = width * _CAPTION_WIDTH_RATIO, width * _PAGE_WIDTH_RATIO

    def resumed(i: int) -> bool:
        # A block ends at a blank line or where the body resumes after a page break
        # (pdftotext starts the resumed paragraph with a space).
        return lines[i][:1] == " " and resumes_body(lines[i])

    # A caption is a run of wide lines and its last, shorter line, which closes its block
    # or a sentence; the lines around it are body text, even without a blank line between.
    wide = [i for i, w in enumerate(widths) if w > limit]
    done = bottom = -1
    unwrapped = False
    for i in wide:
        if i <= done:
            continue
        if i > bottom:
            top = bottom = i
            while top > 0 and not blank[top - 1]:
                top -= 1
            while bottom + 1 < len(lines) and not blank[bottom + 1]:
                bottom += 1
            # A block with an unwrapped paragraph (web text among short lines) has no captions.
            unwrapped = max(widths[top : bottom + 1]) > page
        # A line set as a note starts ("6  The…") is a long note, not a caption.
        if unwrapped or _set_as_note(lines[i]):
            continue
        first = last = i
        # A caption's first line may fall just short of the limit: take it if it opens the
        # block and is still wider than any body line.
        opens_block = first == 1 or (first > 1 and blank[first - 2])
        if opens_block and not blank[first - 1] and widths[first - 1] > width + 2 * _SLACK:
            first -= 1
        while last + 1 < len(lines) and limit < widths[last + 1] <= page:
            last += 1
        tail = last + 1
        if tail < len(lines) and not blank[tail] and not resumed(tail):
            closes_block = tail + 1 == len(lines) or blank[tail + 1] or resumed(tail + 1)
            if closes_block or lines[tail].rstrip().endswith((".", "!", "?", "”")):
                last = tail
        done = last
        for k in range(first, last + 1):
            furniture[k] = furniture[k] or "caption"


def _set_as_note(line: str) -> bool:
    """True for a line that opens with a note label and two spaces (``6  The…``)."""
    match = patterns.NOTE_START.match(line)
    return match is not None and line[match.end() - 2 : match.end()].isspace()


def resumes_body(line: str) -> bool:
    """True for a line where pdftotext resumes body text after a page break (one leading space).

    Args:
        line: One line of text, without its line break.
    """
    return len(line) > 2 and line[0] == " " and not line[1].isspace()
