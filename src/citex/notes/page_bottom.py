"""Notes at a page's bottom that nothing sets apart from the body (issue 10): a note line
straight under the last body line, a note glued to the end of it, a note whose label was lost
(pdftotext). Each is found as a :class:`Start` for the note finder's sequences to weigh."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import compress, count

from citex.notes import patterns
from citex.notes.markers import Candidate
from citex.notes.starts import MAX_PAGE_LINES, Start, top_line
from citex.text.layout import Layout

# A note whose label was lost is looked for in this many lines of the note before it.
_MAX_LOST_LABEL_LINES = 12
# Notes straight under a page's last body line fill at most this many lines above its number.
_MAX_PAGE_BOTTOM_LINES = 4
# Lines from a label alone on its line to its note's text, or from a page's last line to
# its number, at most (blank lines between).
MAX_LABEL_GAP = 3


def with_glued_notes(text: str, layout: Layout, starts: list[Start]) -> list[Start]:
    """``starts`` with the notes glued to the end of a page's last body line, right above its
    page number (``…gegen die Ra3 Vgl. Jan Bremer…``: pdftotext lost the break between them).
    The label follows a lowercase letter and precedes a capitalised word; the sequence of
    labels decides whether it is a note."""
    lines_with_starts = {s.label_line for s in starts} | {s.line for s in starts}
    glued: list[Start] = []
    for page in compress(count(), map("page".__eq__, layout.furniture)):
        line = page - 1
        while line >= 0 and layout.blank[line] and page - line <= MAX_LABEL_GAP:
            line -= 1
        if line < 0 or layout.blank[line] or layout.furniture[line]:
            continue
        if line in lines_with_starts:
            continue
        # The last such label on the line: the note follows the body.
        labels = list(
            patterns.GLUED_NOTE_LABEL.finditer(text, layout.starts[line], layout.ends[line])
        )
        if not labels:
            continue
        found = labels[-1]
        glued.append(
            Start(
                label=found.group("label"),
                number=int(found.group("label")),
                form="",
                label_line=line,
                line=line,
                start=found.start("label"),
                body=found.end(),
                heading=False,
                strong=False,
                glued=True,
            )
        )
    if not glued:
        return starts
    return sorted(starts + glued, key=lambda s: (s.line, s.start))


def above_page_number(layout: Layout, line: int) -> bool:
    """True if line ``line`` is among the last few of its block and a page number follows the
    block (after blank lines): where a page's notes stand."""
    j = line
    while j < len(layout.blank) and not layout.blank[j]:
        j += 1
        if j - line > _MAX_PAGE_BOTTOM_LINES:
            return False
    gap = 0
    while j < len(layout.blank) and layout.blank[j] and gap <= MAX_LABEL_GAP:
        j, gap = j + 1, gap + 1
    return j < len(layout.blank) and layout.furniture[j] == "page"


def with_lost_labels(text: str, layout: Layout, article: list[Start]) -> list[Start]:
    """The notes of an article with those whose label was lost (issue 10): where one label
    is missing between two notes (2, then 4), a line in the block of the first that opens
    with one space before a capital, set apart as a label's place, starts the missing one."""
    result: list[Start] = []
    for k, start in enumerate(article):
        result.append(start)
        following = article[k + 1] if k + 1 < len(article) else None
        if following is None or start.number is None or following.number != start.number + 2:
            continue
        line = start.line + 1
        while line < min(top_line(following), start.line + _MAX_LOST_LABEL_LINES):
            if layout.blank[line] or layout.furniture[line]:
                break
            if patterns.LOST_LABEL_LINE.match(text, layout.starts[line], layout.ends[line]):
                body = layout.starts[line] + 1
                number = start.number + 1
                result.append(
                    Start(
                        label=str(number),
                        number=number,
                        form=start.form,
                        label_line=line,
                        line=line,
                        start=body,
                        body=body,
                        heading=False,
                        strong=False,
                    )
                )
                break
            line += 1
    return result


def with_unlabelled_last_notes(
    text: str,
    layout: Layout,
    articles: list[list[Start]],
    candidates: Sequence[Candidate],
) -> tuple[list[list[Start]], set[int]]:
    """The articles with a note whose label was lost after their last one (issue 10): the
    block at the bottom of the next page, after a blank line, opening with one space before a
    capital where the label stood, is the next note if its marker stands on that page. Also
    returns the lines of such blocks where the body resumes (one space, then lowercase: the
    rest of the page's last sentence, which pdftotext prints after the note)."""
    pages = list(compress(count(), map("page".__eq__, layout.furniture)))
    resumed: set[int] = set()
    if not pages:
        return articles, resumed
    labels_at = [cand.start for cand in candidates]
    result = []
    for article in articles:
        last = article[-1]
        result.append(article)
        if last.number is None:
            continue
        k = bisect.bisect_right(pages, last.line)
        if k + 1 >= len(pages) or pages[k + 1] - last.line > MAX_PAGE_LINES:
            continue
        # The block above the number of the page after the note's page.
        bottom = pages[k + 1] - 1
        while bottom > pages[k] and layout.blank[bottom]:
            bottom -= 1
        top = bottom
        while top > pages[k] + 1 and not layout.blank[top - 1]:
            top -= 1
        if top <= pages[k] + 1 or not layout.blank[top - 1]:
            continue
        if not patterns.LOST_LABEL_LINE.match(text, layout.starts[top], layout.ends[top]):
            continue
        wanted = str(last.number + 1)
        low = bisect.bisect_right(labels_at, layout.ends[pages[k]])
        high = bisect.bisect_left(labels_at, layout.starts[top])
        if not any(candidates[c].label == wanted for c in range(low, high)):
            continue
        body = layout.starts[top] + 1
        lost = Start(
            label=wanted,
            number=last.number + 1,
            form=last.form,
            label_line=top,
            line=top,
            start=body,
            body=body,
            heading=False,
            strong=False,
        )
        result[-1] = [*article, lost]
        resumed.update(
            line
            for line in range(top + 1, bottom + 1)
            if patterns.RESUMED_BODY_LINE.match(text, layout.starts[line], layout.ends[line])
        )
    return result, resumed
