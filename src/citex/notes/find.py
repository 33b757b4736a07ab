"""Footnotes and endnotes: find the notes, choose their markers, link the two.

The finder works in this order:

1. Explicit notes, whose syntax says what they are: Markdown definitions ``[^id]: text`` and
   inline notes ``^[text]``, Project Gutenberg blocks ``[Footnote 1: text]``.
   Lettered notes under a table, called by letters glued to its cells (``41.2a``, see
   :mod:`citex.notes.table_notes`).
2. Numbered notes at the start of a line (``1  Lenin…``, ``12. Ibid.``, ``[3] See…``, ``¹ Cf.``),
   or with the label alone on its line above the text, or in a column apart from the texts
   (PDF text, see :mod:`citex.notes.pages`; there only the run of notes closing each page
   counts). Their labels, set off alike, must form increasing sequences; each restart at 1
   opens a new article. A sequence is kept if a "Notes" heading or the page layout announces
   it, or if most of its notes find a marker before them and it does not take more markers
   from the sequences after it than it links: numbered paragraphs, numbered headings and
   lists a sentence introduces ("…these:") fail.
3. A note's text runs to a blank line, the next note or the body resuming; an endnote goes
   on in the paragraphs before the next note unless they read as body text (a heading, a
   rule, a marker of a later note). Where the text is hard-wrapped PDF output, a note left
   unfinished at a page bottom is continued with the lines that finish it at the bottom of
   the next page; where the PDF text does not mark where the body resumes, line widths do
   (notes are set wider than the body).
4. Markers: for each article, the increasing sequence of marker candidates that best matches
   its notes (see :func:`citex.notes.markers.choose_chain`); numbers inside notes and page furniture
   are never markers. Symbol notes (``*``, ``†``) take the nearest same symbol before them.
5. Markers that cannot be anything else (``<sup>3</sup>``, ``³``) but found no note are kept,
   with no note.
"""

from __future__ import annotations

import bisect
import statistics
from collections import deque
from collections.abc import Iterable, Sequence
from itertools import compress, count

from attrs import frozen

from citex.notes import patterns
from citex.notes.explicit_ends import MAX_BRACKETED, closing_bracket, markdown_end
from citex.notes.header import author_headers, is_header_mark
from citex.notes.markers import (
    CLEAR_MARKER,
    GAP_COST,
    Candidate,
    Exclusions,
    choose_chain,
    cited_again,
    covered,
    marker_candidates,
    stray_markers,
)
from citex.notes.page_bottom import (
    MAX_LABEL_GAP,
    above_page_number,
    with_glued_notes,
    with_lost_labels,
    with_unlabelled_last_notes,
)
from citex.notes.pages import continue_notes, in_note_areas, label_columns
from citex.notes.starts import (
    MAX_LABEL_LINE,
    MAX_PAGE_LINES,
    NOTE_WIDER_THAN_BODY,
    SENTENCE_END,
    Start,
    lstrip_at,
    note_top,
    rstrip_at,
    top_line,
)
from citex.notes.table_notes import TableNote, table_notes
from citex.records import Document, Marker, Note, Span
from citex.text import patterns as text_patterns
from citex.text.clean import HyphenatedWords, join_segments
from citex.text.layout import Layout, read_layout, resumes_body, unify_line_breaks

# A numbered sequence is a run of notes if its markers weigh at least this much per note
# (half its notes with clear markers; a chain of bare numbers, weight 0.35 each, is not).
_MIN_LINKED_SHARE = 0.5
# ... and its clear markers stand out: at most this many clear candidates with its labels
# left unchosen in its stretch of text per clear marker chosen (issue 10: a reviewer's
# numbered list in a paper full of gene names, "Vegfr2", "Sp6", fits them by chance).
_MAX_STRAY_PER_CLEAR = 3
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_NOTE_FIRST_CHARS = frozenset("0123456789[(<^*†‡§¶⁰¹²³⁴⁵⁶⁷⁸⁹")
# PDF text marks where the body resumes after a page break if this many lines show it.
_MIN_RESUMED_LINES = 2
# Marker forms that are markers even where no note is found for them.
_UNMISTAKABLE = frozenset({"sup", "usup"})
# What a sequence pays to go on with a label printed otherwise: more than opening a new one.
_FORM_CHANGE_COST = 2.5
# How many sequences ahead a sequence is weighed against the notes a heading announces.
_LOOKAHEAD = 40
# A numbered heading has at most this many words, and none of these characters (which
# notes, citing something, have).
_MAX_HEADING_WORDS = 6
_NOT_IN_HEADINGS = frozenset("0123456789/,.()[]")
# A last note goes on in at most this many paragraphs before the next heading.
_MAX_CLOSING_PARAGRAPHS = 2
# Longest line read as a "Notes" heading.
_MAX_HEADING = 40


@frozen(kw_only=True)
class _Built:
    """A note as found, before notes and markers are numbered."""

    label: str
    start: int
    segments: tuple[Span, ...]
    article: int
    markers: tuple[Candidate, ...]


def find_notes(text: str) -> Document:
    """Find the footnote markers and notes of a text and link them.

    Args:
        text: The whole document, as read (offsets refer to this string).

    Returns:
        A :class:`Document` with ``markers`` and ``notes`` in text order. ``Marker.note`` and
        ``Note.markers`` are indices into each other; a marker whose note was not found has
        ``note=None``, a note without marker has no ``markers``.
    """
    # Old Mac line ends (CR alone) become LF, one character for one: offsets stay valid.
    text = unify_line_breaks(text)
    layout = read_layout(text)
    headers = author_headers(text, layout)
    # Affiliation digits and the contact "*" of an article header are no markers.
    candidates = [
        cand
        for cand in marker_candidates(text)
        if not (is_header_mark(cand.label) and headers.covers(cand.start))
    ]
    built, unlinked = _explicit_notes(text, candidates)
    taken = [span for note in built for span in _covered(note)]
    # Lettered notes under tables, called from the cells: no numbered note runs into them.
    tables = table_notes(text, layout, Exclusions.from_ranges(taken))
    taken.extend((note.start, note.body.end) for note in tables)
    furniture = [(layout.starts[i], layout.ends[i]) for i in compress(count(), layout.furniture)]
    starts = _note_starts(text, layout, Exclusions.from_ranges(taken))
    starts = with_glued_notes(text, layout, starts)
    built.extend(_numbered_notes(text, layout, starts, candidates, taken, furniture))
    built.extend(_from_tables(tables, built))
    unlinked.extend(_orphan_markers(text, candidates, built, furniture))
    return _document(text, built, unlinked)


def _from_tables(tables: Sequence[TableNote], numbered: Sequence[_Built]) -> list[_Built]:
    """The notes of tables as built notes, each in the article of the next numbered note."""
    ordered = sorted(note.start for note in numbered)
    articles = {note.start: note.article for note in numbered}
    built = []
    for note in tables:
        later = bisect.bisect_left(ordered, note.start)
        built.append(
            _Built(
                label=note.label,
                start=note.start,
                segments=(note.body,),
                article=articles[ordered[later]] if later < len(ordered) else 0,
                markers=note.markers,
            )
        )
    return built


def _orphan_markers(
    text: str,
    candidates: Sequence[Candidate],
    built: Sequence[_Built],
    furniture: list[tuple[int, int]],
) -> list[Candidate]:
    """Markers whose form leaves no doubt (``<sup>3</sup>``, ``³``) that point to no note
    found: reported with no note rather than dropped. A label opening a line is a note's,
    and a superscript after a digit or unit (``10 m²``) is a power."""
    used = {cand.start for note in built for cand in note.markers}
    inside = Exclusions.from_ranges(furniture + [span for note in built for span in _covered(note)])
    orphans = []
    for cand in candidates:
        if cand.kind not in _UNMISTAKABLE or cand.start in used or inside.covers(cand.start):
            continue
        # Look back a bounded way: on an enormous line the label is not at its start.
        reach = max(0, cand.start - _MAX_HEADING)
        line_start = max(text.rfind("\n", reach, cand.start) + 1, reach)
        if not text[line_start : cand.start].strip():
            continue
        if cand.kind == "usup" and patterns.POWER_BEFORE.search(
            text, max(0, cand.start - 4), cand.start
        ):
            continue
        orphans.append(cand)
    return orphans


def _covered(note: _Built) -> list[tuple[int, int]]:
    """The ranges a note occupies in the text (its label and segments)."""
    return [(note.start, note.segments[0].start)] + [(s.start, s.end) for s in note.segments]


# --- explicit notes -------------------------------------------------------------------


def _explicit_notes(
    text: str, candidates: Sequence[Candidate]
) -> tuple[list[_Built], list[Candidate]]:
    """Markdown and Gutenberg notes, and Markdown references that point to no definition."""
    markdown: dict[str, int] = {}
    built: list[_Built] = []
    for match in patterns.MARKDOWN_NOTE.finditer(text):
        end = markdown_end(text, match.end())
        markdown.setdefault(match.group("label"), len(built))
        built.append(_explicit(match.start("label"), match.group("label"), match.end(), end))
    gutenberg: dict[str, deque[int]] = {}
    scanned = 0
    for match in patterns.GUTENBERG_NOTE.finditer(text):
        if match.start() < scanned:
            continue
        close = closing_bracket(text, match.end())
        # Each character is scanned for a closing bracket once, so the pass stays linear.
        scanned = close if close is not None else match.end() + MAX_BRACKETED
        if close is not None:
            gutenberg.setdefault(match.group("label"), deque()).append(len(built))
            built.append(_explicit(match.start("label"), match.group("label"), match.end(), close))
    inside = Exclusions.from_ranges([r for note in built for r in _covered(note)])
    linked: dict[int, list[Candidate]] = {}
    unlinked: list[Candidate] = []
    scanned = 0
    for cand in candidates:
        if inside.covers(cand.start):
            continue
        if cand.kind == "inline" and cand.start >= scanned:
            close = closing_bracket(text, cand.end + 1)
            scanned = close if close is not None else cand.end + MAX_BRACKETED
            if close is not None and close > cand.end + 1:
                body = Span(start=cand.end + 1, end=close)
                built.append(
                    _Built(
                        label="^", start=body.start, segments=(body,), article=0, markers=(cand,)
                    )
                )
        elif cand.kind == "md":
            if cand.label in markdown:
                linked.setdefault(markdown[cand.label], []).append(cand)
            else:
                unlinked.append(cand)
        elif cand.kind == "brack" and cand.label in gutenberg:
            # Gutenberg: "[1]" goes to the first "[Footnote 1:" after it not yet taken.
            waiting = gutenberg[cand.label]
            while waiting and built[waiting[0]].start < cand.start:
                waiting.popleft()
            if waiting:
                linked[waiting.popleft()] = [cand]
    result = [
        _with_markers(note, linked[i]) if i in linked else note for i, note in enumerate(built)
    ]
    return result, unlinked


def _explicit(label_start: int, label: str, body: int, end: int) -> _Built:
    """An explicit note from its label start, text start and text end."""
    return _Built(
        label=label,
        start=label_start,
        article=0,
        markers=(),
        segments=(Span(start=body, end=max(body, end)),),
    )


def _with_markers(note: _Built, markers: Iterable[Candidate]) -> _Built:
    """The same note with markers attached."""
    return _Built(
        label=note.label,
        start=note.start,
        segments=note.segments,
        article=note.article,
        markers=tuple(markers),
    )


# --- numbered and symbol notes at line starts ----------------------------------------


def _note_starts(text: str, layout: Layout, taken: Exclusions) -> list[Start]:
    """Lines that may start a note: a label at a paragraph start or inside a block of notes."""
    found: list[Start] = []
    after_blank = True
    note_block = False
    heading = False
    wrapped = layout.body_width is not None
    previous = -1
    lines = layout.starts
    skip = -1
    # Lines whose first character (after up to three spaces) may open a note: found with one
    # search, so the other lines, most of a text, take the quick way below.
    openers = {0} | {found.start() + 1 for found in patterns.NOTE_LINE_OPENER.finditer(text)}
    blank, furniture, ends = layout.blank, layout.furniture, layout.ends
    for i, start in enumerate(lines):
        if blank[i]:
            after_blank, note_block = True, False
            continue
        if furniture[i] or i == skip:
            continue
        end = ends[i]
        if (
            end - start > _MAX_HEADING
            and start not in openers
            and not (wrapped and text[start] == " ")
        ):
            # Too long for a label alone or a heading, opening with no label, not resuming
            # the body after a page break: no note starts here, and the block goes on.
            if after_blank:
                note_block = False
            heading = after_blank = False
            previous = i
            continue
        first = text[start : start + 4].lstrip()[:1]
        match = None
        # In PDF text a line opening with one space resumes the body after a page break.
        resumed = wrapped and text[start] == " " and resumes_body(text[start:end])
        if first in _NOTE_FIRST_CHARS and not resumed and not taken.covers(start):
            strong = after_blank or note_block or heading
            match = text_patterns.NOTE_START.match(text, start, end)
            # Inside a paragraph a note starts after the end of a sentence (the end of another
            # note's continuation) or a heading, or where it is set as notes are: label and two
            # spaces, a line wider than the body, or in the last lines above a page number
            # (a page's notes straight under its last body line).
            if match is not None and not strong and not _closes_line(text, layout, previous):
                set_as_note = text[match.end() - 2 : match.end()].isspace()
                wide = wrapped and end - start > (layout.body_width or 0) + 6
                if not (set_as_note or wide or above_page_number(layout, i)):
                    match = None
        text_line, body = i, match.end() if match is not None else 0
        short = end - start <= MAX_LABEL_LINE
        if match is None and short and i + 1 < len(lines):
            # A label alone on its line, the note's text under it (LaTeX footnotes through
            # pdftotext): a note whatever comes before, as a body line is never a bare number.
            match = patterns.NOTE_LABEL_LINE.match(text, start, end)
            below = i + 1
            # A note set off from its label by space (a quotation) has blank lines between.
            while below < min(i + MAX_LABEL_GAP, len(lines) - 1) and layout.blank[below]:
                below += 1
            if match is None or layout.blank[below] or layout.furniture[below]:
                match = None
            elif not patterns.NOTE_LABEL_LINE.match(text, layout.starts[below], layout.ends[below]):
                strong = after_blank or note_block or heading
                text_line = below
                body = lstrip_at(text, layout.starts[below], layout.ends[below])
            else:
                match = None
        if match is not None:
            label = match.group("label") or match.group("sup").translate(_SUPERSCRIPT)
            label_start = match.start("label") if match.group("label") else match.start("sup")
            found.append(
                Start(
                    label=label,
                    number=int(label) if label.isdigit() else None,
                    form=_label_form(text, start, label_start),
                    label_line=i,
                    line=text_line,
                    start=label_start,
                    body=body,
                    heading=heading,
                    strong=strong,
                )
            )
            note_block = True
            skip = text_line
        elif after_blank or resumed:
            note_block = False
        # A heading announces the numbered notes even after a symbol note ("*", then "1").
        symbol_note = match is not None and not found[-1].label[0].isdigit()
        heading = (heading and symbol_note) or (
            end - start <= _MAX_HEADING and bool(patterns.NOTES_HEADING.match(text, start, end))
        )
        after_blank = False
        previous = i
    return found


def _label_form(text: str, line_start: int, label_start: int) -> str:
    """How a note label is set off: ``[`` for ``[12]``, ``(`` for ``(12)``, ``""`` for a bare
    ``12``, ``12.`` or ``12)``; notes of one sequence are set off alike."""
    return text[line_start:label_start].strip()[-1:]


def _closes_line(text: str, layout: Layout, line: int) -> bool:
    """True if line ``line`` (if any) ends a sentence or is short, like a heading."""
    if line < 0:
        return True
    end = rstrip_at(text, layout.starts[line], layout.ends[line])
    return text[end - 1 : end] in SENTENCE_END or end - layout.starts[line] <= _MAX_HEADING


def _without_lists(text: str, layout: Layout, starts: Sequence[Start]) -> list[Start]:
    """The starts that are not items of a list a sentence introduces ("Our demands are
    these:" then "1. …", "2. …"), in the body or inside a note. A "Notes:" heading is no
    such sentence."""
    kept: list[Start] = []
    form, number = None, 0
    for start in starts:
        if form is not None and start.form == form and start.number == number + 1:
            number += 1
            continue
        form = None
        above = start.label_line - 1
        while above >= 0 and layout.blank[above]:
            above -= 1
        if start.number == 1 and above >= 0 and not start.heading:
            end = rstrip_at(text, layout.starts[above], layout.ends[above])
            if text[end - 1 : end] == ":":
                form, number = start.form, 1
                continue
        kept.append(start)
    return kept


def _chain(starts: Sequence[Start]) -> list[list[Start]]:
    """The numbered starts that form increasing label sequences, cut into articles.

    Dynamic programming over starts in text order: a start continues the best sequence ending
    at the label before it (one missing note allowed, at a cost); a ``1`` may open a new article
    after anything. The longest total wins.
    """
    best_end: dict[int, tuple[float, int]] = {}
    best_form: dict[tuple[int, str], tuple[float, int]] = {}
    best_any: tuple[float, int] | None = None
    previous: list[int | None] = []
    opens: list[bool] = []
    for k, start in enumerate(starts):
        number = start.number
        assert number is not None
        options: list[tuple[float, int | None, bool]] = []
        for missing, cost in ((1, 0.0), (2, 0.5)):
            if number - missing in best_end:
                # A sequence goes on with labels printed alike ("[12]" then "[13]", not "13.").
                score, end = best_end[number - missing]
                options.append((score - cost - _FORM_CHANGE_COST, end, False))
            if (number - missing, start.form) in best_form:
                score, end = best_form[(number - missing, start.form)]
                options.append((score - cost, end, False))
        opening = best_any if best_any is not None else (0.0, None)
        options.append((opening[0] - (0.0 if number == 1 else 2.0), opening[1], True))
        score, before, opened = max(options, key=lambda option: option[0])
        # A start inside a paragraph counts less, so a start after a blank line wins a tie.
        score += 1.0 if start.strong else 0.6
        previous.append(before)
        opens.append(opened)
        if number not in best_end or score > best_end[number][0]:
            best_end[number] = (score, k)
        key = (number, start.form)
        # On a tie the later start wins: it stands nearer the notes that follow it.
        if key not in best_form or score >= best_form[key][0]:
            best_form[key] = (score, k)
        if best_any is None or score > best_any[0]:
            best_any = (score, k)
    if best_any is None:
        return []
    chosen: list[int] = []
    state: int | None = best_any[1]
    while state is not None:
        chosen.append(state)
        state = previous[state]
    chosen.reverse()
    articles: list[list[Start]] = []
    for k in chosen:
        if opens[k] or not articles:
            articles.append([])
        articles[-1].append(starts[k])
    return articles


def _numbered_notes(
    text: str,
    layout: Layout,
    starts: Sequence[Start],
    candidates: Sequence[Candidate],
    taken: list[tuple[int, int]],
    furniture: list[tuple[int, int]],
) -> list[_Built]:
    """Numbered notes in accepted articles, continued across pages, with their markers."""
    numbered = _without_lists(text, layout, [s for s in starts if s.number is not None])
    columns, replaced = label_columns(text, layout, numbered)
    numbered = sorted(
        [s for s in numbered if s.label_line not in replaced] + columns,
        key=lambda s: (s.line, s.start),
    )
    if len(layout.pages) > 1:
        numbered = in_note_areas(layout, numbered)
    articles = [with_lost_labels(text, layout, article) for article in _chain(numbered)]
    articles, resumed_body = with_unlabelled_last_notes(text, layout, articles, candidates)
    stops = {line for article in articles for s in article for line in (s.label_line, s.line)}
    stops |= resumed_body
    stops |= {s.label_line for s in starts if s.number is None}
    # A note never runs into an explicit (Markdown, Gutenberg) note.
    for begin, end in taken:
        first = bisect.bisect_right(layout.starts, begin) - 1
        stops.update(range(first, bisect.bisect_right(layout.starts, max(begin, end - 1))))
    # PDF text that does not mark where the body resumes after a page break with a space
    # (one such line may be chance: a quotation set off by a space) is read by line widths.
    narrow = None
    if layout.body_width is not None and _resumed_lines(text, layout) < _MIN_RESUMED_LINES:
        narrow = layout.body_width + NOTE_WIDER_THAN_BODY
        # Only where notes are set wider than the body (smaller type), not in plain text
        # wrapped at one width.
        widths = [
            rstrip_at(text, layout.starts[s.line], layout.ends[s.line]) - layout.starts[s.line]
            for article in articles
            for s in article
            if s.line + 1 < len(layout.starts) and not layout.blank[s.line + 1]
        ]
        if not widths or statistics.median(widths) < narrow:
            narrow = None
    # Numbers in explicit notes and page furniture are never markers: drop them once.
    static = Exclusions.from_ranges(taken + furniture)
    candidates = [cand for cand in candidates if not static.covers(cand.start)]
    positions = [cand.start for cand in candidates]
    first_segments: dict[int, tuple[Span, int]] = {}
    for article in articles:
        # Where each label is last in the article: a label is a later note's after note r if
        # it stands there after r (one dict per article, not a set per note: linear).
        last_at = {start.label: r for r, start in enumerate(article)}
        for r, s in enumerate(article):
            span, last = _first_segment(text, layout, s, stops, narrow)
            if r + 1 < len(article):
                last = _later_paragraphs(
                    text,
                    layout,
                    last,
                    top_line(article[r + 1]),
                    stops,
                    (last_at, r),
                    candidates,
                    positions,
                )
                span = Span(start=span.start, end=rstrip_at(text, span.start, layout.ends[last]))
            elif len(layout.pages) == 1:
                last = _closing_paragraphs(text, layout, last, stops, candidates, positions)
                span = Span(start=span.start, end=rstrip_at(text, span.start, layout.ends[last]))
            first_segments[s.start] = (span, last)
    accepted = _accept_articles(text, layout, articles, first_segments, candidates, positions)
    segments = continue_notes(text, layout, accepted, first_segments, by_width=narrow is not None)
    in_notes = Exclusions.from_ranges(
        [(note_top(s, layout.starts), s.body) for article in accepted for s in article]
        + [(span.start, span.end) for a in accepted for s in a for span in segments[s.start]]
    )
    excluded = (in_notes,)
    built: list[_Built] = []
    low = 0
    chains: list[dict[int, Candidate]] = []
    lows: list[int] = []
    for notes_of_article in accepted:
        chosen = choose_chain(
            candidates,
            positions,
            [(s.number or 0, s.start) for s in notes_of_article],
            low=low,
            excluded=excluded,
        )
        chains.append(chosen)
        lows.append(low)
        low = max((cand.start for cand in chosen.values()), default=low)
    for number, notes_of_article in enumerate(accepted):
        chosen = chains[number]
        following = chains[number + 1] if number + 1 < len(chains) else {}
        high = min([notes_of_article[0].start] + [cand.start for cand in following.values()])
        again = cited_again(candidates, positions, chosen, lows[number], high, excluded)
        for r, start in enumerate(notes_of_article):
            markers = (chosen[r], *again.get(r, ())) if r in chosen else ()
            built.append(
                _Built(
                    label=start.label,
                    start=start.start,
                    article=number,
                    segments=tuple(segments[start.start]),
                    markers=tuple(sorted(markers, key=lambda cand: cand.start)),
                )
            )
    built.extend(_symbol_notes(text, layout, starts, stops, candidates, excluded, built))
    return built


def _resumed_lines(text: str, layout: Layout) -> int:
    """How many lines resume the body after a page break (one leading space)."""
    # Only lines opening with a space can: find them with str.find, not a pass over all lines.
    count = int(resumes_body(text[: layout.ends[0]])) if layout.starts else 0
    position = text.find("\n ")
    while position >= 0:
        line = bisect.bisect_right(layout.starts, position + 1) - 1
        count += resumes_body(text[layout.starts[line] : layout.ends[line]])
        position = text.find("\n ", position + 1)
    return count


def _numbered_headings(
    text: str,
    layout: Layout,
    article: Sequence[Start],
) -> bool:
    """True if most "notes" of a sequence are a few words on a line of their own, with a
    paragraph after them: numbered section headings ("1. Major sample swaps"), not notes."""
    headings = 0
    for start in article:
        line = text[start.body : layout.ends[start.line]]
        words = line.split()
        alone = start.line + 2 < len(layout.starts) and layout.blank[start.line + 1]
        if (
            alone
            and 0 < len(words) <= _MAX_HEADING_WORDS
            and words[0][:1].isupper()
            and not any(char in line for char in _NOT_IN_HEADINGS)
        ):
            headings += 1
    return headings * 2 > len(article)


def _accept_articles(
    text: str,
    layout: Layout,
    articles: Sequence[Sequence[Start]],
    first_segments: dict[int, tuple[Span, int]],
    candidates: Sequence[Candidate],
    positions: Sequence[int],
) -> list[Sequence[Start]]:
    """The numbered sequences that are notes: announced by a heading, or most of whose notes
    find markers without costing the next sequence more than they link."""
    # A note's range starts with its line, so a printed label ("<sup>1</sup>") is no marker.
    ranges = [
        Exclusions.from_ranges(
            [(note_top(s, layout.starts), first_segments[s.start][0].end) for s in article]
        )
        for article in articles
    ]

    memo: dict[tuple[int, int], tuple[float, float, int, bool]] = {}

    def linked(k: int, low: int, before: tuple[Exclusions, ...]) -> tuple[float, float, int, bool]:
        """How well the notes of article ``k`` find markers after ``low``: the summed weight
        of its markers, that weight less the cost of its notes left without one, where the
        last marker is (``before``: notes of earlier articles that may lie in its range), and
        whether its clear markers stand out from the stray ones (see _stray_markers)."""
        if k >= len(articles):
            return 0.0, 0.0, low, False
        if (k, low) not in memo:
            notes = [(s.number or 0, s.start) for s in articles[k]]
            excluded = (ranges[k], *before)
            chosen = choose_chain(candidates, positions, notes, low=low, excluded=excluded)
            last = max((cand.start for cand in chosen.values()), default=low)
            weight = sum(cand.weight for cand in chosen.values())
            clear = sum(cand.weight >= CLEAR_MARKER for cand in chosen.values())
            stray = stray_markers(candidates, positions, notes, chosen, low, excluded)
            fits = stray <= _MAX_STRAY_PER_CLEAR * clear
            memo[(k, low)] = (weight, weight - GAP_COST * (len(notes) - len(chosen)), last, fits)
        return memo[(k, low)]

    # The markers of an article come after the last marker of the one before it (its notes
    # may come later: endnotes grouped at the end of a book). Notes of accepted articles
    # that end after that point stay excluded.
    accepted: list[Sequence[Start]] = []
    open_notes: list[tuple[int, Exclusions]] = []
    low = 0
    heads = [article[0].heading for article in articles]
    paged = len(layout.pages) > 1
    for k, article in enumerate(articles):
        before = tuple(ranges for end, ranges in open_notes if end > low)
        mine, mine_score, last, fits = linked(k, low, before)
        # Most notes need a marker, and not only numbers that happen to fit ("Part 1", "T7",
        # "Vegfr2" in a paper full of such names).
        enough = (
            mine >= _MIN_LINKED_SHARE * len(article)
            and fits
            and not _numbered_headings(text, layout, article)
        )
        # A heading announces a sequence; in PDF text, the layout (notes closing the pages).
        announced_here = article[0].heading or (paged and mine > 0)
        # Numbered paragraphs of the body (a book's sections) may fit the numbers of the
        # notes a heading announces further on: they are no notes if they cost those more.
        # (Each test is made only where it still decides: the chains cost time.)
        announced = None
        if enough and not announced_here:
            announced = next(
                (j for j in range(k + 2, min(len(articles), k + _LOOKAHEAD)) if heads[j]), None
            )
        if announced is not None:
            with_this = mine_score + linked(announced, last, (*before, ranges[k]))[1]
            enough = with_this > linked(announced, low, before)[1]
        # A numbered list before the real notes may take their first markers: keep it only
        # if the markers it links outweigh what the next sequence loses by it.
        if enough and not announced_here:
            after = linked(k + 1, last, (*before, ranges[k]))[1]
            enough = mine_score + after >= linked(k + 1, low, before)[1]
        if announced_here or enough:
            accepted.append(article)
            open_notes = [(end, r) for end, r in open_notes if end > last]
            open_notes.append((first_segments[article[-1].start][0].end, ranges[k]))
            low = last
    return accepted


def _first_segment(
    text: str, layout: Layout, start: Start, stops: set[int], narrow: int | None = None
) -> tuple[Span, int]:
    """A note's text on its first page: from the label to a blank line, furniture, the next
    note or the body resuming. Returns the span and the index of its last line.

    ``narrow`` is for PDF text that does not mark where the body resumes: lines at least
    this wide are set as notes are, and a narrower line is a note's last only at the end of
    its block."""
    wrapped = layout.body_width is not None

    def ends_note(j: int) -> bool:
        if layout.blank[j] or layout.furniture[j] or j in stops:
            return True
        return wrapped and resumes_body(text[layout.starts[j] : layout.ends[j]])

    def width(j: int) -> int:
        return rstrip_at(text, layout.starts[j], layout.ends[j]) - layout.starts[j]

    last = start.line
    j = start.line + 1
    while j < len(layout.starts) and not ends_note(j):
        # A line that finishes a word broken by a hyphen goes on with it, however wide.
        broken = (
            text[rstrip_at(text, layout.starts[j - 1], layout.ends[j - 1]) - 1] == "-"
            and text[layout.starts[j] : layout.starts[j] + 1].islower()
        )
        if (
            narrow is not None
            and not broken
            and (
                width(j - 1) < narrow
                or (width(j) < narrow and j + 1 < len(layout.starts) and not ends_note(j + 1))
            )
        ):
            break
        last = j
        j += 1
    end = rstrip_at(text, start.body, layout.ends[last])
    return Span(start=start.body, end=max(start.body, end)), last


def _later_paragraphs(
    text: str,
    layout: Layout,
    last: int,
    limit: int,
    stops: set[int],
    later: tuple[dict[str, int], int],
    candidates: Sequence[Candidate],
    positions: Sequence[int],
) -> int:
    """The last line of a note that goes on in paragraphs after a blank line (an endnote of
    several paragraphs). The paragraphs before the next note's line ``limit`` belong to the
    note up to a heading, rule, page furniture or body resuming after a page break, and only
    if none of them holds a marker of a later note (body text between footnotes): ``later``
    is the index of each label's last note in the article and this note's index. Returns
    the new last line."""
    if limit > last + MAX_PAGE_LINES:
        return last
    last_at, note = later
    first = last
    j = last + 1
    while j < limit:
        k = j
        while k < limit and layout.blank[k]:
            k += 1
        if k == j or k >= limit or k - j > 2 or k in stops or layout.furniture[k]:
            break
        if _not_note_text(text, layout, k):
            break
        end = k
        while end + 1 < limit and not (
            layout.blank[end + 1] or layout.furniture[end + 1] or end + 1 in stops
        ):
            end += 1
        low = bisect.bisect_left(positions, layout.starts[k])
        high = bisect.bisect_left(positions, layout.ends[end])
        if any(
            last_at.get(candidates[c].label, -1) > note and candidates[c].weight >= CLEAR_MARKER
            for c in range(low, high)
        ):
            return first
        last, j = end, end + 1
    return last


def _closing_paragraphs(
    text: str,
    layout: Layout,
    last: int,
    stops: set[int],
    candidates: Sequence[Candidate],
    positions: Sequence[int],
) -> int:
    """The last line of the last note of a sequence that goes on in a paragraph or two up to
    a heading (the next chapter): returns ``last`` unless such paragraphs, holding no clear
    marker, end at a heading or at the end of the text."""
    end, j = last, last + 1
    for _ in range(_MAX_CLOSING_PARAGRAPHS + 1):
        k = j
        while k < len(layout.starts) and layout.blank[k] and k - j <= 2:
            k += 1
        if k >= len(layout.starts):
            return end
        if k == j or layout.blank[k] or k in stops or layout.furniture[k]:
            return last
        if _not_note_text(text, layout, k):
            return end if end > last else last
        stop = k
        while stop + 1 < len(layout.starts) and not (
            layout.blank[stop + 1] or layout.furniture[stop + 1] or stop + 1 in stops
        ):
            stop += 1
        low = bisect.bisect_left(positions, layout.starts[k])
        high = bisect.bisect_left(positions, layout.ends[stop])
        if any(candidates[c].weight >= CLEAR_MARKER for c in range(low, high)):
            return last
        end, j = stop, stop + 1
    return last


def _not_note_text(text: str, layout: Layout, i: int) -> bool:
    """True for line ``i`` if it cannot go on a note: a heading, a rule, body after a page break."""
    line = text[layout.starts[i] : layout.ends[i]]
    stripped = line.strip()
    if layout.body_width is not None and resumes_body(line):
        return True
    if stripped.startswith(("#", "---", "___", "***", "* * *", "```")):
        return True
    # A heading stands on one line (short lines that go on are verse), short, not closed
    # like a sentence unless in capitals ("CHAPTER II.").
    one_line = i + 1 >= len(layout.starts) or layout.blank[i + 1]
    heading_like = (
        one_line
        and len(stripped) <= _MAX_HEADING
        and (stripped[-1:] not in SENTENCE_END or stripped.isupper())
    )
    return heading_like or bool(
        patterns.NOTES_HEADING.match(text, layout.starts[i], layout.ends[i])
    )


def _symbol_notes(
    text: str,
    layout: Layout,
    starts: Sequence[Start],
    stops: set[int],
    candidates: Sequence[Candidate],
    excluded: Sequence[Exclusions],
    numbered: Sequence[_Built],
) -> list[_Built]:
    """Notes labelled ``*``, ``†``…: each takes the nearest free same symbol before it (a
    dagger, every free one)."""
    symbols = [s for s in starts if s.number is None]
    if not symbols:
        return []
    # One pass in text order: symbol markers wait on a stack per symbol; a note takes the
    # top of its stack (the nearest one before it not yet taken). A note counts from its
    # line's start, so its own printed label ("<sup>*</sup>") is not its marker.
    waiting: dict[str, list[Candidate]] = {}
    events = sorted(
        [(c.start, 1, c) for c in candidates if c.kind in ("symbol", "sup")]
        + [(layout.starts[s.label_line], 0, s) for s in symbols],
        key=lambda event: (event[0], event[1]),
    )
    note_starts = [note.start for note in numbered]
    built: list[_Built] = []
    for _, _, item in events:
        if isinstance(item, Candidate):
            if not covered(item.start, excluded):
                waiting.setdefault(item.label, []).append(item)
            continue
        assert isinstance(item, Start)
        stack = waiting.get(item.label)
        if not stack:
            continue
        # A dagger waiting with others before its note calls it again (equal contributions:
        # "Annika1†", "Christian1†"); asterisks, also emphasis and ratings, take the nearest.
        markers = [stack.pop()] if item.label.startswith("*") else stack[::-1]
        stack[len(stack) - len(markers) :] = []
        span, _ = _first_segment(text, layout, item, stops)
        later = bisect.bisect_left(note_starts, item.start)
        article = numbered[later].article if later < len(numbered) else 0
        built.append(
            _Built(
                label=item.label,
                start=item.start,
                segments=(span,),
                article=article,
                markers=tuple(sorted(markers, key=lambda cand: cand.start)),
            )
        )
    return built


# --- assembling the document ----------------------------------------------------------


def _document(text: str, built: Sequence[_Built], unlinked: Sequence[Candidate]) -> Document:
    """Number notes and markers in text order and link them both ways."""
    ordered = sorted(built, key=lambda note: note.start)
    marker_of: list[tuple[Candidate, int | None]] = [
        (cand, i) for i, note in enumerate(ordered) for cand in note.markers
    ]
    marker_of.extend((cand, None) for cand in unlinked)
    marker_of.sort(key=lambda pair: pair[0].start)
    markers = tuple(
        Marker(label=cand.label, span=Span(start=cand.start, end=cand.end), note=note)
        for cand, note in marker_of
    )
    hyphenated = HyphenatedWords(text)
    links: dict[int, list[int]] = {}
    for index, (_, note) in enumerate(marker_of):
        if note is not None:
            links.setdefault(note, []).append(index)
    notes = []
    for i, found in enumerate(ordered):
        segments = _without_backlinks(text, found.segments)
        notes.append(
            Note(
                label=found.label,
                span=Span(start=found.start, end=max(found.start, segments[-1].end)),
                text=join_segments(text, segments, hyphenated=hyphenated),
                segments=segments,
                markers=links.get(i, ()),
                article=found.article,
            )
        )
    return Document(markers=markers, notes=tuple(notes))


def _without_backlinks(text: str, segments: Sequence[Span]) -> tuple[Span, ...]:
    """A note's segments without the back-links of web pages: a ``^`` (``^ a b``) before
    the text, a ``↩`` after it. They lead back to the marker; they are not the note."""
    first = segments[0]
    lead = patterns.NOTE_BACKLINK_START.match(text, first.start, first.end)
    if lead is not None and lead.end() > lead.start():
        first = Span(start=lead.end(), end=first.end)
    trimmed = [first, *segments[1:]]
    last = trimmed[-1]
    tail = patterns.NOTE_BACKLINK_END.search(text, last.start, last.end)
    if tail is not None:
        end = rstrip_at(text, last.start, tail.start())
        if end > last.start or len(trimmed) == 1:
            trimmed[-1] = Span(start=last.start, end=end)
        else:
            trimmed.pop()
    return tuple(trimmed)


def find_markers(text: str) -> tuple[Marker, ...]:
    """The footnote markers in ``text``, each linked to its note: see :func:`citex.find_notes`.

    Markers are chosen together with the notes they point to, so this runs the whole finder.

    Args:
        text: The whole document.

    Returns:
        Markers in text order; ``note`` indexes ``find_notes(text).notes``.
    """
    return find_notes(text).markers
