"""Find bibliography sections in a text and split them into references.

Works on plain text and on ``pdftotext -layout`` output. A section starts after a
heading (References, Bibliography, Literaturverzeichnis, ...) or, without a heading, where
a run of lines opens with inverted author names and carries years. It ends at a heading
that is not a bibliography (a chapter, an appendix, Notes, Index) or where the entries stop
looking like references. Page furniture (page numbers, running heads) is left out.

Whether a line starts a new entry is decided the way anystyle's ``refs.rb`` joins lines:
small named scoring functions (``citex.sections.scores``: :func:`enumerator_score`,
:func:`indent_score`, :func:`blank_score`, :func:`terminal_score`, :func:`opening_score`,
:func:`width_score`, :func:`year_score`, :func:`shape_score`...) are summed against
:data:`START_THRESHOLD`. Whether an entry is a reference at all is another sum
(:func:`reference_likeness`). A list cut by body text or back matter may resume at the top
of a later page (:func:`_resumed_sections`).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Container, Iterator, Sequence

from citex import lexicon
from citex.records import Note, RawReference, Span
from citex.sections import patterns as p
from citex.sections.scores import (
    CLAUSE_CLOSERS,
    LABEL_STARTS,
    PROSE_THRESHOLD,
    TAIL_CHARS,
    WORD_PUNCTUATION,
    Line,
    SectionStyle,
    blank_score,
    enumerator_number,
    enumerator_score,
    indent_score,
    is_head_only,
    make_line,
    opening_score,
    reads_as_prose,
    reference_likeness,
    start_score,
    terminal_score,
    width_score,
    year_score,
)
from citex.text.clean import HyphenatedWords, line_end_hyphen_is_real
from citex.text.layout import (
    find_running_heads,
    fold_furniture,
    is_page_number,
    unify_line_breaks,
)

__all__ = [
    "START_THRESHOLD",
    "Line",
    "SectionStyle",
    "blank_score",
    "enumerator_score",
    "find_bibliography",
    "indent_score",
    "join_lines",
    "make_line",
    "opening_score",
    "reads_as_prose",
    "reference_likeness",
    "terminal_score",
    "trim",
    "width_score",
    "year_score",
]

# A line starts a new entry when its scores sum to at least this.
START_THRESHOLD = 1
# An entry is reference-like when reference_likeness() reaches this.
REFERENCE_THRESHOLD = 2
# Lines at the start of a section on which its layout is first measured.
_STYLE_SAMPLE_LINES = 200
# Entries that may be skipped before a bibliography's first reference.
MAX_LEADING_SKIPPED = 3
# This many non-references in a row end a bibliography.
LOW_RUN_TO_CUT = 4
# Without a heading, a run needs this many entries that open with an author and carry a year.
HEADLESS_MIN_ENTRIES = 4
# Longest line considered as a running head or a heading.
_MAX_FURNITURE_CHARS = 160
# Fewer lines than this are too few to tell wrapped text from one entry per line.
_MIN_LINES_TO_MEASURE = 5
# Narrower than this, lines were wrapped (or are short enough that it makes no difference).
_MIN_UNWRAPPED_WIDTH = 100
# Wider than this, lines were not wrapped to a page or screen.
_MAX_WRAP_WIDTH = 160
# Characters rules are drawn with, and the longest page number line ("Page 123 of 456").
_RULE_CHARACTERS = frozenset("=_*~#-")
_MAX_PAGE_NUMBER_CHARS = 24
# How far (in lines) the author openings of a headless run may lie apart, and how far past
# its last opening the run may go on.
_HEADLESS_MAX_GAP_LINES = 12
_HEADLESS_TAIL_LINES = 100
# How many lines after a bibliography's last entry a page break may come for the list to
# resume after it (a column of body text, a page footer), and how many such resumptions
# one bibliography may have.
_RESUME_MAX_LINES = 60
_MAX_RESUMPTIONS = 8


# --------------------------------------------------------------------------------------
# Lines and page furniture
# --------------------------------------------------------------------------------------


def _raw_lines(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """(line start, line end, line) for each line of ``text[start:end]``, ends excluded."""
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        if stop < 0:
            stop = end
        yield pos, stop, text[pos:stop]
        pos = stop + 1


def _furniture(raws: Sequence[str], running_heads: set[bytes]) -> list[bool]:
    """Which of ``raws`` are page furniture, never part of an entry.

    Page numbers and rules always are, unless the line before runs on into the number
    (``201-`` / ``204``, ``Paris,`` / ``1887``). A line repeated as often as a running head
    only is at a page boundary: next to a page number, to other furniture or to two blank
    lines, so that the same reference printed in several chapters' bibliographies is kept.
    """
    count = len(raws)
    blank = [not raw.strip() for raw in raws]
    furniture = [False] * count
    repeated = [False] * count
    previous_text = ""
    for index, raw in enumerate(raws):
        if blank[index]:
            previous_text = ""
            continue
        stripped = raw.strip()
        if (stripped[0] in _RULE_CHARACTERS and p.RULE_LINE.match(raw)) or (
            # "201-" / "204" or "Paris," / "1887": a number that ends a line's thought
            len(stripped) <= _MAX_PAGE_NUMBER_CHARS
            and is_page_number(raw)
            and not p.CONTINUING_END.search(previous_text)
        ):
            furniture[index] = True
        elif len(stripped) <= _MAX_FURNITURE_CHARS and fold_furniture(stripped) in running_heads:
            repeated[index] = True
        previous_text = stripped

    def double_blank(first: int, second: int) -> bool:
        return all(0 <= i < count and blank[i] for i in (first, second))

    for order in (range(count), range(count - 1, -1, -1)):
        for index in order:
            if repeated[index] and not furniture[index]:
                furniture[index] = (
                    (index > 0 and furniture[index - 1])
                    or (index + 1 < count and furniture[index + 1])
                    or double_blank(index - 1, index - 2)
                    or double_blank(index + 1, index + 2)
                    or "\f" in raws[index]
                )
    return furniture


def _section_lines(text: str, start: int, end: int, running_heads: set[bytes]) -> list[Line]:
    """The content lines of ``text[start:end]``, furniture left out, gaps and breaks noted."""
    raw_lines = list(_raw_lines(text, start, end))
    furniture = _furniture([raw for _, _, raw in raw_lines], running_heads)
    lines: list[Line] = []
    gap = page_break = False
    for (line_start, _line_end, raw), is_furniture in zip(raw_lines, furniture, strict=True):
        stripped = raw.strip()
        if not stripped:
            gap = True
            continue
        if "\f" in raw or is_furniture:
            page_break = True
        if is_furniture:
            continue
        lead = len(raw) - len(raw.lstrip())
        indent = len(raw[:lead].replace("\f", "").expandtabs(8))
        lines.append(make_line(line_start + lead, indent, stripped, gap=gap, page_break=page_break))
        gap = page_break = False
    return _align_pages(lines)


def _align_pages(lines: list[Line]) -> list[Line]:
    """Shift pages whose entries start at another column than the first page's (mirrored
    margins in layout text), so that indents compare across pages."""
    pages: list[list[Line]] = [[]]
    for line in lines:
        if line.page_break and pages[-1]:
            pages.append([])
        pages[-1].append(line)
    if len(pages) == 1:
        return lines
    starts = [[line.indent for line in page if line.opening > 0] for page in pages]
    base = min((min(columns) for columns in starts if columns), default=0)
    aligned: list[Line] = []
    for page, columns in zip(pages, starts, strict=True):
        shift = min(columns) - base if len(columns) >= 2 else 0
        aligned.extend(
            page
            if shift == 0
            else [line._replace(indent=max(0, line.indent - shift)) for line in page]
        )
    return aligned


# --------------------------------------------------------------------------------------
# Style and splitting
# --------------------------------------------------------------------------------------


def measure_style(lines: Sequence[Line]) -> SectionStyle:
    """Measure how ``lines`` lay out their entries (see :class:`SectionStyle`)."""
    if not lines:
        return SectionStyle()
    count = len(lines)
    # Entries start at the base column, and most open with an author: take the leftmost
    # such line, so that a stray outdented line does not move the base.
    base = min(
        (line.indent for line in lines if line.opening > 0),
        default=min(line.indent for line in lines),
    )
    at_base = [line.opening > 0 for line in lines if line.indent <= base]
    deeper = [line.opening > 0 for line in lines if line.indent > base]
    hanging = 0
    if len(deeper) >= 0.15 * count and len(at_base) >= 0.15 * count:
        # Which lines open like entries: those at the base column, or the deeper ones?
        opens_base = sum(at_base) / len(at_base)
        opens_deep = sum(deeper) / len(deeper)
        # Ties go to hanging indents: first-line indents are rare in bibliographies.
        if opens_deep > opens_base + 0.2:
            hanging = -1
        elif opens_base >= opens_deep:
            hanging = 1
    labelled = sum(
        line.text[:1] in LABEL_STARTS and p.ENUMERATOR.match(line.text) is not None
        for line in lines
    )
    # A numbered list counts up; stray numbers (a volume opening a line) do not.
    numbers = [n for n in map(enumerator_number, (line.text for line in lines)) if n is not None]
    counting = sum(after == before + 1 for before, after in itertools.pairwise(numbers))
    gaps = sum(line.gap and not line.page_break for line in lines[1:])
    rights = sorted(line.indent + len(line.text) for line in lines)
    # The full width: the longest line, but for a stray overlong one among many.
    width = rights[int(0.95 * (count - 1)) if count >= _MIN_LINES_TO_MEASURE else -1]
    # Wrapped text has many lines ending near the width, and most of those end mid-entry;
    # lines typed one entry each end anywhere, and end their entries.
    full = [line for line in lines if line.indent + len(line.text) >= 0.85 * width]
    closing = sum(line.closing > 0 for line in full)
    return SectionStyle(
        base_indent=base,
        hanging=hanging,
        numbered=labelled >= 0.25 * count
        and (labelled >= 3 or lines[0].text[:1] in LABEL_STARTS)
        and (len(numbers) < 3 or counting >= 0.7 * (len(numbers) - 1)),
        blank_separated=count > 2 and gaps >= 0.15 * (count - 1),
        width=width,
        # Page and screen widths are wrapped text; a few lines do not tell otherwise.
        wrapped=width <= _MAX_WRAP_WIDTH
        and (
            width < _MIN_UNWRAPPED_WIDTH
            or count < _MIN_LINES_TO_MEASURE
            or (0.4 * count <= len(full) and closing < 0.7 * len(full))
        ),
    )


def _is_heading(text: str) -> bool:
    """A bibliography heading inside a section (a second list, a page's repeated head)."""
    return (
        len(text) <= _MAX_HEADING_LINE
        and _is_heading_candidate(text)
        and p.BIBLIOGRAPHY_HEADING.match(text) is not None
    )


def _is_subheading(line: Line, first: bool) -> bool:
    """A short capitalised line after a blank (or first in its section) heads a group."""
    return (first or line.gap) and line.opening <= 0 and p.SUBHEADING.match(line.text) is not None


def split_entries(lines: Sequence[Line], style: SectionStyle) -> list[list[Line]]:
    """Group ``lines`` into entries, each a list of lines, by the summed start scores."""
    entries: list[list[Line]] = []
    previous: Line | None = None
    previous_number: int | None = None
    entry_has_year = head_only = False
    for line in lines:
        if (not head_only and _is_subheading(line, previous is None)) or _is_heading(line.text):
            previous = None
            continue
        starts = previous is None or (
            start_score(line, previous, style, previous_number, entry_has_year, head_only)
            >= START_THRESHOLD
        )
        if starts:
            entries.append([line])
            number = enumerator_number(line.text)
            if number is not None:
                previous_number = number
            entry_has_year = line.year >= 0
            head_only = entry_has_year and is_head_only(line.text)
        else:
            entries[-1].append(line)
            entry_has_year = entry_has_year or line.year >= 0
            head_only = False
        previous = line
    return entries


def join_lines(lines: Sequence[str], *, hyphenated: Container[str] = frozenset()) -> str:
    """Join an entry's lines with single spaces, rejoining words hyphenated at a line end.

    ``Eco-`` + ``nomic`` gives ``Economic``; a hyphen after a known prefix (``post-``) or
    between digits or before a capital stays, without a space (``1160-1190``), and so
    does one in a word the text also prints hyphenated within a line (``hyphenated``:
    such words, lowercased, as ``light-framed``).
    """
    out: list[str] = []
    for index, line in enumerate(lines):
        line = " ".join(line.split())
        if index == 0:
            out.append(line)
            continue
        before = out[-1]
        if before.endswith(("-", "\u00ad", "\u2010", "–")) and line[:1].isalnum():
            hyphen = p.LINE_END_HYPHEN.search(before, max(0, len(before) - TAIL_CHARS))
            word = hyphen.group(1).split("-")[-1] if hyphen else ""
            following = line.split(None, 1)[0].rstrip(WORD_PUNCTUATION)
            hyphenated_word = (
                hyphen is not None
                and word[-1:].islower()
                and not line_end_hyphen_is_real(word, following, hyphenated)
            )
            if hyphenated_word or before.endswith("\u00ad"):
                out[-1] = before[:-1]
            out.append(line)
            continue
        out.append(line if line[:1] in CLAUSE_CLOSERS else " " + line)
    return "".join(out)


def _to_reference(entry: Sequence[Line], hyphenated: Container[str]) -> RawReference:
    """The entry as a RawReference; a label ([12], 12.) is left out of text and span."""
    first = entry[0]
    label = p.ENUMERATOR.match(first.text) if first.text[:1] in LABEL_STARTS else None
    skip = label.end() if label is not None and label.end() < len(first.text) else 0
    texts = [first.text[skip:]] + [line.text for line in entry[1:]]
    return RawReference(
        text=join_lines(texts, hyphenated=hyphenated),
        span=Span(start=first.start + skip, end=entry[-1].end),
    )


def trim(
    texts: Sequence[str],
    *,
    headless: bool = False,
    cut: bool = False,
    likeness: Callable[[str], int] = reference_likeness,
) -> tuple[int, int]:
    """The run ``(first, stop)`` of entry texts that form the bibliography.

    At the start, up to :data:`MAX_LEADING_SKIPPED` entries that do not look like
    references are skipped when there are two or more (an epigraph, the close of the
    acknowledgements), or even one when the section has no heading. The run stops at an
    entry that reads as prose or at :data:`LOW_RUN_TO_CUT` non-references in a row (a
    table, the next chapter), and sheds the non-references just before that stop, and the
    entries without a number or address (see :func:`_bare`): at a stop, or at the end when
    ``cut`` says the texts were cut there before. An odd entry or two in between (an
    archive, a web page without date) stays. ``likeness`` scores a text (by default
    :func:`reference_likeness`; a caller that scores the same texts again passes a memo).
    """
    scores = [likeness(text) for text in texts]

    def low(index: int) -> bool:
        return index >= len(scores) or scores[index] < REFERENCE_THRESHOLD

    first_good = next(
        (index for index in range(min(len(scores), MAX_LEADING_SKIPPED + 1)) if not low(index)),
        0,
    )
    first = first_good if first_good >= 2 or headless else 0
    stop, run = len(scores), 0
    for index in range(first, len(scores)):
        if scores[index] <= PROSE_THRESHOLD and reads_as_prose(texts[index]):
            stop = index
            break
        if scores[index] < REFERENCE_THRESHOLD and p.BACK_MATTER.search(texts[index]):
            stop = index  # the author's biography or address: the back matter begins
            break
        run = run + 1 if low(index) else 0
        if run == LOW_RUN_TO_CUT:
            stop = index
            break
    cut = cut or stop < len(scores)
    while stop > first and (low(stop - 1) or (cut and _bare(texts[stop - 1]))):
        stop -= 1
    return first, stop


def _bare(text: str) -> bool:
    """Without a number or a web address, nor a stand-in for a year ("Stanford University,
    United States" under an editor's name): where something that is no reference cuts a
    list, such an entry just before the cut belongs to what follows."""
    return (
        not any(character.isdigit() for character in text)
        and "http" not in text
        and "www." not in text
        and p.UNDATED.search(text) is None
    )


# --------------------------------------------------------------------------------------
# Sections
# --------------------------------------------------------------------------------------


# The words a heading the heading patterns accept may start with (after marks and a
# number), lowercased. Lines are picked by this cheap test of their first word; only the
# few picked are matched against the patterns (tests check the patterns' examples pass).
_HEADING_WORDS = lexicon.words("HEADING_WORDS")
# Marks and numbering that may come before a heading word ("## ", "**", "1.3 ", "IV. ").
_HEADING_MARKS = " \t\f#*_"
_NUMBERING = "0123456789.ivxlcIVXLCabcdefghABCDEFGH"
# How many blank lines may stand between a contents entry and its page number.
_CONTENTS_GAP_LINES = 3
# A heading line is short.
_MAX_HEADING_LINE = 200


def _is_heading_candidate(line: str) -> bool:
    """Whether a line starts (after marks and a number) with a word headings start with,
    or is letter-spaced: a cheap test run on every line of a text."""
    words = line.split(None, 3)
    if words and not words[0].strip(_HEADING_MARKS):
        words = words[1:]  # "##", "**" before the heading
    if len(words) >= 3 and len(words[0]) == len(words[1]) == 1:
        return True  # letter-spaced, "R E F E R E N C E S"
    if len(words) >= 2 and len(words[0]) <= 12 and not words[0].strip(_NUMBERING):
        words = words[1:]
    return bool(words) and words[0].strip(_HEADING_MARKS).lower().strip(":.-") in _HEADING_WORDS


def _headings(text: str) -> list[tuple[int, int, bool]]:
    """(line start, line end, is a bibliography heading) for every heading, in order.

    A chapter line with a page number after a wide gap ("CHAPTER 4. RESULTS    89" atop
    the pages of a chapter-end bibliography) is a running head, not the next chapter.
    """
    found = []
    line_start = 0
    previous = ""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        line_end = line_start + len(line)
        if len(line) <= _MAX_HEADING_LINE and _is_heading_candidate(line):
            if p.BIBLIOGRAPHY_HEADING.match(line):
                if not _is_contents_line(lines, number):
                    found.append((line_start, line_end, True))
            elif (
                p.SECTION_END_HEADING.match(line)
                and _stands_apart(previous, line)
                and not p.PAGE_NUMBERED_LINE.search(line)
            ):
                found.append((line_start, line_end, False))
            elif p.LETTER_SPACED_LINE.match(line) and p.BIBLIOGRAPHY_HEADING.match(
                "".join(line.split())
            ):
                found.append((line_start, line_end, True))
        line_start = line_end + 1
        previous = line
    return found


def _is_contents_line(lines: Sequence[str], number: int) -> bool:
    """A heading listed in a table of contents (``Bibliography ..... 11``, or its page number
    on the next line with the previous entry's number before it) opens no section."""
    if p.CONTENTS_LEADERS.search(lines[number]):
        return True

    def near(step: int) -> str:
        k = number + step
        while 0 <= k < len(lines) and abs(k - number) <= _CONTENTS_GAP_LINES:
            if lines[k].strip():
                return lines[k]
            k += step
        return ""

    return all(is_page_number(line) for line in (near(-1), near(1)) if line) and bool(
        near(-1) and near(1)
    )


def _stands_apart(previous: str, line: str) -> bool:
    """A heading that ends a section follows a blank line, a page break or a page number;
    right after text it is a wrapped line of an entry ("... (1999).\nChapter 29. Inter-
    generational mobility ...")."""
    return (
        not previous.strip()
        or "\f" in line
        or "\f" in previous
        or (len(previous) <= _MAX_PAGE_NUMBER_CHARS and is_page_number(previous))
    )


def _headed_sections(
    text: str, headings: Sequence[tuple[int, int, bool]], running_heads: set[bytes]
) -> list[tuple[int, int]]:
    """(start, end) of the text under each bibliography heading, up to the next heading
    (one repeated as a running head, as chapter titles atop pages are, does not count)."""
    headings = [
        (start, end, is_bibliography)
        for start, end, is_bibliography in headings
        if is_bibliography or fold_furniture(text[start:end]) not in running_heads
    ]
    sections = []
    for index, (_start, end, is_bibliography) in enumerate(headings):
        if is_bibliography:
            stop = headings[index + 1][0] if index + 1 < len(headings) else len(text)
            sections.append((min(end + 1, len(text)), stop))
    return sections


def _headless_sections(text: str, taken: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of runs of lines opening with inverted author names, outside ``taken``."""
    starts = [start for start, _ in taken]
    openings = []
    first_line = p.HEADLESS_OPENING.match("\n" + text[:_MAX_FURNITURE_CHARS])
    for position in ([0] if first_line else []) + [
        match.start() + 1 for match in p.HEADLESS_OPENING.finditer(text)
    ]:
        index = bisect.bisect_right(starts, position) - 1
        if index < 0 or position >= taken[index][1]:
            openings.append(position)
    runs: list[list[int]] = []
    for position in openings:
        if runs and text.count("\n", runs[-1][-1], position) <= _HEADLESS_MAX_GAP_LINES:
            runs[-1].append(position)
        else:
            runs.append([position])
    runs = [run for run in runs if len(run) >= HEADLESS_MIN_ENTRIES]
    sections = []
    for number, run in enumerate(runs):
        # Run on past the last opening (entries by "van de Lindt" or a body do not open
        # so); trimming cuts what follows the bibliography.
        end = run[-1]
        for _ in range(_HEADLESS_TAIL_LINES):
            stop = text.find("\n", end + 1)
            if stop < 0:
                end = len(text)
                break
            end = stop
        # Never run into the next section: spans must not overlap.
        following = bisect.bisect_right(starts, run[-1])
        if following < len(starts):
            end = min(end, starts[following])
        if number + 1 < len(runs):
            end = min(end, text.rfind("\n", 0, runs[number + 1][0]) + 1)
        sections.append((text.rfind("\n", 0, run[0]) + 1, end))
    return sections


def _section_references(
    text: str,
    start: int,
    end: int,
    running_heads: set[bytes],
    headless: bool,
    hyphenated: Container[str],
    *,
    resumed: bool = False,
) -> list[RawReference]:
    """The references of one section, trimmed where entries stop looking like references.

    Without a heading, most entries must look strongly like references, with a year; so
    must those of a list resumed after a page break (``resumed``), which must also start
    right at the top of the page, however few they are.
    """
    lines = _section_lines(text, start, end, running_heads)
    # Most entries are scored two or three times (a second split, the strong test): once each.
    scores: dict[str, int] = {}

    def likeness(entry: str) -> int:
        score = scores.get(entry)
        if score is None:
            score = scores[entry] = reference_likeness(entry)
        return score

    # A bibliography starts right after its heading: measure its layout there, before
    # whatever may follow it in the section (the next chapter) can skew the measure.
    entries = split_entries(lines, measure_style(lines[:_STYLE_SAMPLE_LINES]))
    texts = [join_lines([line.text for line in entry]) for entry in entries]
    first, stop = trim(texts, headless=headless, likeness=likeness)
    if (first, stop) != (0, len(entries)) and stop > first:
        # What was cut (the next chapter, say) skewed the style: measure it again on the
        # bibliography's own lines and split those anew.
        kept = [line for entry in entries[first:stop] for line in entry]
        cut = stop < len(entries)
        entries = split_entries(kept, measure_style(kept))
        texts = [join_lines([line.text for line in entry]) for entry in entries]
        first, stop = trim(texts, headless=headless, cut=cut, likeness=likeness)
    if headless or resumed:
        strong = [
            likeness(texts[index]) >= REFERENCE_THRESHOLD + 1
            and p.ENTRY_YEAR.search(texts[index]) is not None
            for index in range(first, stop)
        ]
        if resumed and (first > 0 or not strong or not strong[0]):
            return []
        minimum = 1 if resumed else HEADLESS_MIN_ENTRIES
        if stop - first < minimum or sum(strong) < 0.75 * (stop - first):
            return []
    return [_to_reference(entry, hyphenated) for entry in entries[first:stop]]


def _after_page_break(text: str, start: int, limit: int, running_heads: set[bytes]) -> int:
    """Where the next page's content starts, when a page break (a form feed or a page number
    line) comes within :data:`_RESUME_MAX_LINES` lines after ``start``; -1 otherwise.
    The furniture and blank lines around the break are passed over."""
    lines = list(itertools.islice(_raw_lines(text, start, limit), _RESUME_MAX_LINES))
    furniture = _furniture([raw for _, _, raw in lines], running_heads)
    broken = False
    for (line_start, _line_end, raw), is_furniture in zip(lines, furniture, strict=True):
        if is_furniture or "\f" in raw:
            broken = broken or "\f" in raw or is_page_number(raw)
            if not is_furniture:
                return line_start  # content after a form feed on its own line
            continue
        if not raw.strip():
            continue
        if broken:
            return line_start
    return -1


def _resumed_sections(
    text: str,
    references: Sequence[RawReference],
    limit: int,
    running_heads: set[bytes],
    hyphenated: Container[str],
) -> list[RawReference]:
    """References of a list that resumes on the next page, with no heading, after a
    column of body text or back matter and the page's furniture (issue 11): entries
    strongly like references right at the top of the page, up to ``limit``."""
    found: list[RawReference] = []
    last = references[-1].span.end if references else -1
    for _ in range(_MAX_RESUMPTIONS):
        if last < 0:
            break
        start = _after_page_break(text, last, limit, running_heads)
        if start < 0:
            break
        more = _section_references(
            text, start, limit, running_heads, False, hyphenated, resumed=True
        )
        if not more:
            break
        found.extend(more)
        last = more[-1].span.end
    return found


def outside_notes(
    entries: Sequence[RawReference], notes: Sequence[Note]
) -> tuple[RawReference, ...]:
    """The entries that do not lie in a note: a list of notes under a ``References`` heading
    (web-copied endnotes) is read as notes, and its citations are found there, once."""
    spans = sorted((note.span.start, note.span.end) for note in notes)
    starts = [start for start, _ in spans]

    def in_note(entry: RawReference) -> bool:
        k = bisect.bisect_right(starts, entry.span.start) - 1
        return k >= 0 and entry.span.start < spans[k][1]

    return tuple(entry for entry in entries if not in_note(entry))


def find_bibliography(text: str) -> tuple[RawReference, ...]:
    """Find the bibliography sections of ``text`` and split them into references.

    Args:
        text: a whole document, plain or ``pdftotext -layout`` output.

    Returns:
        The references in text order. Each ``text`` has its lines joined by single spaces
        and line-end hyphenation rejoined; each ``span`` runs from the entry's first to its
        last character in ``text`` (an entry label such as ``[12]`` is left out). Notes
        sections are not bibliographies and yield nothing here.
    """
    # Old Mac line ends: a lone CR becomes LF, which keeps every offset.
    text = unify_line_breaks(text)
    headings = _headings(text)
    has_heading = any(is_bibliography for _, _, is_bibliography in headings)
    running_heads = find_running_heads(text) if has_heading else set()
    headed = _headed_sections(text, headings, running_heads) if has_heading else []
    headless = _headless_sections(text, headed)
    if not headed and not headless:
        return ()
    if not has_heading:
        running_heads = find_running_heads(text)
    references: list[RawReference] = []
    sections = sorted([(s, e, False) for s, e in headed] + [(s, e, True) for s, e in headless])
    # Words printed with a hyphen inside a line keep it where a line break splits them.
    hyphenated = HyphenatedWords(text)
    starts = sorted([start for start, _end in headed + headless] + [s for s, _e, _b in headings])
    for start, end, is_headless in sections:
        found = _section_references(text, start, end, running_heads, is_headless, hyphenated)
        references.extend(found)
        if found and not is_headless:
            # The list may resume after the section's end, up to the next heading or section.
            last = found[-1].span.end
            following = bisect.bisect_right(starts, last)
            limit = starts[following] if following < len(starts) else len(text)
            references.extend(_resumed_sections(text, found, limit, running_heads, hyphenated))
    return tuple(references)
