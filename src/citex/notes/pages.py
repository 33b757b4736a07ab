"""Notes in PDF text: the note area of a page, labels in a column apart from their texts,
notes running on across a page break."""

from __future__ import annotations

import bisect
import statistics
from collections.abc import Sequence
from itertools import compress, count
from operator import sub

from citex.notes import patterns
from citex.notes.starts import (
    MAX_LABEL_LINE,
    MAX_PAGE_LINES,
    SENTENCE_END,
    TERMINAL,
    Start,
    lstrip_at,
    rstrip_at,
    top_line,
)
from citex.records import Span
from citex.text.layout import Layout, resumes_body

# Lines of notes in smaller type hold this many times the characters of a body line, at
# least (9 against 11 points).
_NOTE_WIDTH_RATIO = 1.1


def label_columns(
    text: str, layout: Layout, starts: Sequence[Start]
) -> tuple[list[Start], set[int]]:
    """Notes whose labels stand in a column apart from their texts (pdftotext): a run of
    labels alone on their lines, with no text under them. Their texts are the lines just
    after the column, or (at a page bottom) the blocks just above the note labelled next.
    A note found so starts at its text. Returns the notes and the label lines of the starts
    they replace (the column's last label, read first as a label over the first text)."""
    # A label set apart from the text under it by blank lines may end a column.
    apart = {s.label_line: s for s in starts if s.line > s.label_line + 1}
    labelled = {s.label_line for s in starts if s.label_line not in apart} | {
        s.line for s in starts
    }
    next_start = {s.number: s for s in starts}
    replaced: set[int] = set()
    found: list[Start] = []
    lines = len(layout.starts)
    # Only short lines that hold a label alone can open a column.
    # (Lines short enough are picked with C loops: this runs over every line of the text.)
    short = compress(count(), map(MAX_LABEL_LINE.__ge__, map(sub, layout.ends, layout.starts)))
    alone = [
        i
        for i in short
        if layout.ends[i] > layout.starts[i]
        and (match := patterns.NOTE_LABEL_LINE.match(text, layout.starts[i], layout.ends[i]))
        and (match.group("label") or "").isdigit()
    ]
    i = 0
    for line in alone:
        if line < i:
            continue
        column = _label_column(text, layout, line, labelled)
        if not column:
            continue
        i = column[-1][0] + 1
        after = i
        while after < lines and layout.blank[after]:
            after += 1
        numbers = [number for _, number in column]
        following = next_start.get(numbers[-1] + 1)
        own = {apart[line].line for line, _ in column if line in apart}
        free = labelled - own
        if after < lines and not layout.furniture[after] and after not in free:
            blocks = _blocks_below(text, layout, after, len(column), free)
        elif following is not None and following.label_line < column[0][0]:
            blocks = _blocks_above(text, layout, following.label_line, len(column), labelled)
        else:
            continue
        if len(blocks) != len(column) or (len(column) == 1 and column[0][0] in apart):
            continue
        replaced.update(line for line, _ in column if line in apart)
        for (label_line, number), first in zip(column, blocks, strict=True):
            body = lstrip_at(text, layout.starts[first], layout.ends[first])
            # The note starts at its label where the label stands above its text.
            label = lstrip_at(text, layout.starts[label_line], layout.ends[label_line])
            found.append(
                Start(
                    label=str(number),
                    number=number,
                    form="",
                    label_line=label_line,
                    line=first,
                    start=label if label_line < first else body,
                    body=body,
                    heading=False,
                    strong=True,
                )
            )
    return found, replaced


def _label_column(text: str, layout: Layout, i: int, labelled: set[int]) -> list[tuple[int, int]]:
    """The labels alone on their lines from line ``i`` on, numbered one after another and
    with no text under any of them (blank lines may stand between): ``(line, number)``."""
    column: list[tuple[int, int]] = []
    j = i
    while j < len(layout.starts) and j not in labelled and not layout.furniture[j]:
        match = patterns.NOTE_LABEL_LINE.match(text, layout.starts[j], layout.ends[j])
        if match is None or not match.group("label") or not match.group("label").isdigit():
            break
        number = int(match.group("label"))
        if column and number != column[-1][1] + 1:
            break
        column.append((j, number))
        j += 1
        while j < len(layout.starts) and layout.blank[j] and j - column[-1][0] <= 2:
            j += 1
    if not column:
        return []
    # The column ends where text, not a label, follows right under its last label.
    last = column[-1][0]
    if last + 1 < len(layout.starts) and not layout.blank[last + 1]:
        below = last + 1
        if not layout.furniture[below] and below not in labelled:
            return []
    return column


def _ends_sentence(text: str, layout: Layout, line: int) -> bool:
    """True if line ``line`` ends with the end of a sentence (or of a quotation)."""
    end = rstrip_at(text, layout.starts[line], layout.ends[line])
    return text[end - 1 : end] in SENTENCE_END


def _blocks_below(
    text: str, layout: Layout, first: int, count: int, labelled: set[int]
) -> list[int]:
    """The first lines of ``count`` note texts from line ``first`` down, one after another,
    each ending with a sentence."""
    blocks: list[int] = []
    j = first
    while j < len(layout.starts) and len(blocks) < count:
        if layout.furniture[j] or j in labelled:
            break
        if layout.blank[j]:
            j += 1
            continue
        blocks.append(j)
        while (
            j < len(layout.starts) and not layout.blank[j] and not _ends_sentence(text, layout, j)
        ):
            j += 1
        j += 1
    return blocks


def _blocks_above(
    text: str, layout: Layout, anchor: int, count: int, labelled: set[int]
) -> list[int]:
    """The first lines of ``count`` note texts just above line ``anchor``, in text order.

    Going up, a block ends where the line above closes a sentence; the topmost one also
    where the line above is narrower than notes are set (the body that the notes follow)."""
    wide = (layout.body_width or 0) * _NOTE_WIDTH_RATIO
    blocks: list[int] = []
    j = anchor - 1
    while j >= 0 and len(blocks) < count:
        if layout.blank[j] or layout.furniture[j] or j in labelled:
            break
        top = j
        while top > 0:
            above = top - 1
            if layout.blank[above] or layout.furniture[above] or above in labelled:
                break
            if _ends_sentence(text, layout, above):
                break
            width = rstrip_at(text, layout.starts[above], layout.ends[above]) - layout.starts[above]
            starts_lower = text[lstrip_at(text, layout.starts[top], layout.ends[top])].islower()
            if not starts_lower and (layout.body_width is None or width < wide):
                break
            top = above
        blocks.append(top)
        j = top - 1
    blocks.reverse()
    return blocks


def in_note_areas(layout: Layout, starts: Sequence[Start]) -> list[Start]:
    """The numbered starts that lie in the note area of their page (PDF text).

    Footnotes close a page, numbered one after another: on each page the notes are the run
    of starts that counts up to the page's last start, each the nearest before the next with
    the label one lower. Other starts on the page (a numbered list in the body, a line of a
    note that opens with a number) are not notes.
    """
    kept: list[Start] = []
    page_of = [bisect.bisect_right(layout.pages, start.label_line) - 1 for start in starts]
    k = 0
    while k < len(starts):
        end = k
        while end < len(starts) and page_of[end] == page_of[k]:
            end += 1
        kept.extend(_bottom_run(starts[k:end]))
        k = end
    return kept


def _bottom_run(starts: Sequence[Start]) -> list[Start]:
    """The starts of one page that count up to its last one (or the longest such run, if
    the last start stands alone)."""

    def run_to(k: int) -> list[Start]:
        run = [starts[k]]
        for j in range(k - 1, -1, -1):
            if starts[j].number == (run[-1].number or 0) - 1:
                run.append(starts[j])
        run.reverse()
        return run

    if not starts:
        return []
    best = run_to(len(starts) - 1)
    if len(best) == 1:
        best = max((run_to(k) for k in range(len(starts))), key=len)
    return best


def continue_notes(
    text: str,
    layout: Layout,
    articles: Sequence[Sequence[Start]],
    first_segments: dict[int, tuple[Span, int]],
    *,
    by_width: bool = False,
) -> dict[int, list[Span]]:
    """Segments of every note: its first one, plus the rest of a note cut by a page break
    (``by_width``: the text does not mark where the body resumes, read line widths)."""
    segments = {key: [value[0]] for key, value in first_segments.items()}
    if layout.body_width is None:
        return segments
    used = {
        line
        for article in articles
        for s in article
        for line in range(s.line, first_segments[s.start][1] + 1)
    }
    note_width = _note_width(text, layout, articles, first_segments)
    for article in articles:
        for r, start in enumerate(article):
            span, last_line = first_segments[start.start]
            tail = text[max(span.start, span.end - 1) : span.end]
            if not tail or tail in TERMINAL:
                continue
            following = article[r + 1] if r + 1 < len(article) else None
            lines = _continuation(
                text, layout, last_line, following, used, note_width, tail, by_width=by_width
            )
            if lines:
                used.update(lines)
                begin = lstrip_at(text, layout.starts[lines[0]], layout.ends[lines[0]])
                end = rstrip_at(text, begin, layout.ends[lines[-1]])
                segments[start.start].append(Span(start=begin, end=end))
    return segments


def _note_width(
    text: str,
    layout: Layout,
    articles: Sequence[Sequence[Start]],
    first_segments: dict[int, tuple[Span, int]],
) -> float | None:
    """The usual length of a full line of notes (smaller type: wider than the body)."""
    widths = [
        layout.ends[line] - layout.starts[line]
        for article in articles
        for s in article
        for line in range(s.line, first_segments[s.start][1])
    ]
    return statistics.median(widths) if len(widths) >= 3 else None


def _continuation(
    text: str,
    layout: Layout,
    last_line: int,
    following: Start | None,
    used: set[int],
    note_width: float | None,
    tail: str,
    *,
    by_width: bool = False,
) -> list[int]:
    """The lines that continue a note on the next page, or none."""

    def line_text(i: int) -> str:
        return text[layout.starts[i] : layout.ends[i]]

    body_width = layout.body_width or 0
    threshold = (body_width + note_width) / 2 if note_width and note_width > body_width + 4 else 0

    def block_above(i: int, *, wide: bool) -> tuple[list[int], int]:
        """The lines of the block ending at line ``i`` (with ``wide``, only the bottom line and
        the note-wide lines above it), and the index of the line above them."""
        block: list[int] = []
        while i > last_line and not layout.blank[i] and not layout.furniture[i] and i not in used:
            if wide and block and len(line_text(i).rstrip()) < threshold:
                break
            block.append(i)
            i -= 1
        block.reverse()
        return block, i

    def reads_on(block: list[int], above: int, *, strict: bool) -> bool:
        """Whether ``block`` reads as the rest of the note: not body resuming, not a lone
        line under body text, and starting where the note stopped."""
        if not block or resumes_body(line_text(block[0])):
            return False
        isolated = above <= last_line or layout.blank[above]
        if len(block) == 1 and not isolated:
            return False
        first = line_text(block[0]).lstrip()[:1]
        if first.islower() or tail == "-":
            return True
        # A capital may go on a note cut mid-phrase ("ed. Douglas" / "Massey (New York: …").
        return not strict and isolated and (tail.isalpha() or tail == ",")

    def wide_block() -> list[int]:
        """Where no line marks the body resuming: the first block after some body text set
        as notes are (its lines but the last as wide as notes) that reads on."""
        for i in range(last_line + 2, limit):
            block_end = i + 1 == limit or layout.blank[i + 1] or bool(layout.furniture[i + 1])
            if block_end and not layout.blank[i] and not layout.furniture[i]:
                block, above = block_above(i, wide=True)
                if len(block) > 1 and reads_on(block, above, strict=False):
                    return block
        return []

    # (a) Lines right before the next note finish this one: in its block, or in the block
    # above it when set as notes are set.
    if following is not None and top_line(following) - 1 > last_line:
        i = top_line(following) - 1
        if not layout.blank[i]:
            block, above = block_above(i, wide=False)
            # Set as notes are: its lines but the last as wide as notes (not body text
            # run up against the next note without a blank line).
            note_wide = all(len(line_text(k).rstrip()) >= threshold for k in block[:-1])
            if (
                block
                and note_wide
                and not resumes_body(line_text(block[0]))
                and (above <= last_line or layout.blank[above])
            ):
                return block
        else:
            while i > last_line and layout.blank[i]:
                i -= 1
            block, above = block_above(i, wide=True)
            if reads_on(block, above, strict=len(block) == 1):
                return block
    # (b) Otherwise the lines at the bottom of the next page, set as notes are set.
    limit = min(
        top_line(following) if following is not None else len(layout.starts),
        last_line + MAX_PAGE_LINES,
    )
    i = last_line + 1
    if i < limit and resumes_body(line_text(i)):
        i += 1
    page_end = None
    while i < limit:
        if resumes_body(line_text(i)) or layout.furniture[i] in ("page", "head"):
            page_end = i
            break
        i += 1
    if page_end is not None:
        i = page_end - 1
        while i > last_line and (layout.blank[i] or layout.furniture[i]):
            i -= 1
        block, above = block_above(i, wide=True)
        if reads_on(block, above, strict=False):
            return block
    return wide_block() if by_width and threshold else []
