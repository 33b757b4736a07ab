"""Split a note into the works it cites: full references, short forms, Ibid. and op. cit.

A note mixes commentary with citations (``See X; also Y``, ``Cf.``, an original and its
translation in brackets). :func:`split_citations` finds the citations in a note's text and
classifies each; commentary yields nothing. :func:`find_citations` does the same for a
:class:`~citex.records.Note` and maps every span back to the original input through the
note's segments (a note's text is stitched from several pieces of the source).

How a note is read:

1. It is cut into chunks at top-level ``;``, sentence ends and square brackets (a
   translation in brackets is a chunk of its own); brackets and quotes are matched first, so
   nothing inside a title or a parenthesis cuts.
2. A chunk that is Ibid. (``Ibid., 229``, ``Ivi``, ``ebd.``), op. cit. or a short form
   (``Alexander, 218``; ``Sassen, Mobility, 22``; ``Smith 2005, 45``) is that citation.
3. Otherwise a full reference is only proposed where the text shows a work: a year closing
   an imprint or standing in a parenthesis (an *anchor*), preceded by a *head* that reads as
   an author and title rather than prose. The head may start at the chunk, after a cue word
   (``see``, ``draws from``, ``edition of``), at a quoted title, or in a sentence before
   (``Smith, John. Title. Place: Publisher, 2005``). The work ends after its imprint, its
   access date and address, and the locator cited. A web address introduced as a source
   and a quoted short title marked ``cit.`` or ``…`` are citations too.

Every step reads a chunk a bounded number of times, so hostile notes stay linear.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Sequence

import attrs

from citex.citations import patterns
from citex.citations.bounds import (
    find_anchors,
    head_before_address,
    introduces_url,
    is_author_date,
    next_anchor,
    reference_end,
    reference_start,
)
from citex.citations.chunks import (
    QUOTES,
    SENTENCE_STARTERS,
    WORD,
    CitationPiece,
    chunks,
    is_names,
    nesting_depths,
    prose_words,
    sentence_end,
    skip_cues,
)
from citex.citations.commentary import (
    dated_text,
    letters_in_commentary,
    pages_in_commentary,
    takes_pages,
    titles_in_commentary,
)
from citex.citations.locators import extend_locator, parse_locator, trailing_locator
from citex.citations.undated import (
    listed_title,
    note_as_reference,
    quoted_works,
    works_in_prose,
)
from citex.notes import patterns as notes_patterns
from citex.records import Citation, CitationKind, Note
from citex.text.clean import NormalisedText, normalise_segments

# What may stand between a work and the next sentence that goes on with it: the full stop,
# and a closing quote before it (`"Title". Belfast Telegraph.`).
_SENTENCE_GAP = ' .”"’»'

# How many names before a work, each cut off by `;`, may still be its authors.
_MAX_NAMES = 8

# A title cut by a full stop leaves at most this many characters before the stop.
_MAX_TITLE_TAIL = 80

# Words that make a chunk without digits or quotes a citation: Ibid. and its relatives,
# op. cit., a URL, an imprint without a year.
_SIGN_WORDS = (
    *("ibid", "ivi", "id.", "ebd", "cit", "a.a.o", "a. a. o", "http", "www.", "doi"),
    *("o.j.", "o. j.", "s.d.", "s. d.", "n.d."),  # an imprint without a year (`Rostock o.J.`)
)


def find_citations(
    note: Note, source: str, *, note_index: int, hyphenated: Container[str] = frozenset()
) -> tuple[Citation, ...]:
    """The citations a note makes, with spans into the original ``source``.

    The note's segments are read through the offset-keeping cleaner
    (:func:`citex.text.clean.normalise_segments`), so each citation's span is exactly where its
    text was read, whatever the cleaning joined or collapsed on the way.

    Args:
        note: a note found in ``source``.
        source: the original input text the note's segments point into.
        note_index: the index of ``note`` in the document's notes.
        hyphenated: words the document prints with a hyphen inside a line (lowercased), as
            the note finder was given them, so the clean text is the note's.

    Returns:
        One :class:`Citation` per cited work, in order; ``reference`` is left for the
        reference parser (except for a work named in prose, read here from its sentence)
        and ``work`` for resolution. Commentary yields nothing.
    """
    return _mapped(note, source, split_citations, note_index=note_index, hyphenated=hyphenated)


def cite_listed_note(
    note: Note, source: str, *, note_index: int, hyphenated: Container[str] = frozenset()
) -> Citation | None:
    """The note as one work when it reads as a title alone (``Battle of York.``, ``Jews in
    Britain: Origin and Growth of Anglo-Jewry. p. 7.``), or ``None``.

    For a note that stands in a list of references
    (:func:`citex.citations.lists.notes_in_reference_lists`), which is the second cue: alone, a
    title-shaped note is no evidence of a work. Arguments as :func:`find_citations`.
    """
    found = _mapped(note, source, _listed_title, note_index=note_index, hyphenated=hyphenated)
    return found[0] if found else None


def _listed_title(text: str) -> tuple[CitationPiece, ...]:
    """A note's text read as one title (:func:`citex.citations.undated.listed_title`)."""
    backlink = notes_patterns.NOTE_BACKLINK_START.match(text, len(text) - len(text.lstrip()))
    start = backlink.end() if backlink else 0
    piece = listed_title(text, start, chunks(text, nesting_depths(text)))
    return () if piece is None else (piece,)


def _mapped(
    note: Note,
    source: str,
    split: Callable[[str], tuple[CitationPiece, ...]],
    *,
    note_index: int,
    hyphenated: Container[str],
) -> tuple[Citation, ...]:
    """The pieces ``split`` finds in a note's text, as citations with spans into ``source``."""
    pieces = split(note.text)
    if not pieces:
        return ()
    if len(note.segments) == 1 and note.segments[0].slice(source) == note.text:
        at = note.segments[0].start  # a note printed as it reads: nothing to map
        cleaned = NormalisedText(text=note.text, offsets=tuple(range(at, at + len(note.text) + 1)))
    else:
        cleaned = normalise_segments(source, note.segments, hyphenated=hyphenated)
    # the note's text is its segments' clean text, or a part of it (segments that hold the
    # label too); a note built otherwise is read from the clean text itself
    shift = cleaned.text.find(note.text) if note.text else -1
    if shift < 0:
        pieces, shift = split(cleaned.text), 0
    return tuple(
        Citation(
            kind=piece.kind,
            raw=cleaned.text[shift + piece.start : shift + piece.end],
            span=cleaned.source_span(shift + piece.start, shift + piece.end),
            section="note",
            note=note_index,
            locator=piece.locator,
            reference=piece.reference,
        )
        for piece in pieces
    )


def split_citations(text: str) -> tuple[CitationPiece, ...]:
    """Find the citations in a note's text and classify them.

    Args:
        text: the whole text of one note.

    Returns:
        The citations in order, each with its kind (``full``, ``short``, ``ibid``,
        ``op-cit``), its range in ``text`` and the locator printed with it.
    """
    depth = nesting_depths(text)
    pieces: list[CitationPiece] = []
    # Sentences just before, citing nothing, where a work's author may begin
    # (`Müller, Hans: Titel. Berlin 1990, S. 12.` splits into two sentences).
    earlier: list[int] = []
    # whether the chunk before was only a person's name (`Whyte, John; FitzGerald, Garret (1991)`)
    names_before = False
    backlink = notes_patterns.NOTE_BACKLINK_START.match(text, len(text) - len(text.lstrip()))
    note_chunks = chunks(text, depth)
    for start, end, after_sentence in note_chunks:
        if backlink is not None and start < backlink.end():
            start = min(backlink.end(), end)  # `^ Smith (1998)…`: the link back to the call
        chunk_text = text[start:end]
        if (
            pieces
            and pieces[-1].kind != "full"
            and patterns.CITE_LOCATOR_ONLY.match(chunk_text.strip())
        ):
            pieces[-1] = extend_locator(text, pieces[-1], start, end)
            continue
        if not after_sentence and not names_before:
            earlier = []
        elif (
            after_sentence
            and pieces
            and pieces[-1].kind == "full"
            and pieces[-1].locator is None
            and patterns.CITED_PAGES.fullmatch(chunk_text.strip().rstrip("."))
            and not text[pieces[-1].end : start].strip(_SENTENCE_GAP)
        ):  # `… London: Penguin. p. 18–19.`: the page cited, a sentence of its own
            stripped = chunk_text.strip().rstrip(".")
            pieces[-1] = attrs.evolve(
                pieces[-1],
                end=start + chunk_text.find(stripped) + len(stripped),
                locator=parse_locator(stripped),
            )
            continue
        elif (
            after_sentence
            and pieces
            and pieces[-1].kind == "full"
            and pieces[-1].locator is None
            and _continues_work(text, pieces[-1], start, end)
        ):
            new_end = sentence_end(text, start, end)
            cited = patterns.CITED_PAGES_AT_END.search(text, start, new_end)
            locator = parse_locator(cited.group()) if cited else None
            pieces[-1] = attrs.evolve(pieces[-1], end=new_end, locator=locator)
            continue
        found = (
            _cite_chunk(text, start, end, depth, earlier=earlier)
            if _may_cite(text, start, end)
            else []
        )
        if not found and start == 0:
            found = dated_text(text, end)
        found += titles_in_commentary(text, found[-1].end if found else start, end)
        if not found:
            found = quoted_works(text, start, end, depth)
        if not found:
            found = works_in_prose(text, start, end)
        if not found:
            found = letters_in_commentary(text, start, end)
            pages = pages_in_commentary(text, start, end)
            if pages and pieces and takes_pages(text, pieces[-1], pages[0]):
                pieces[-1] = attrs.evolve(pieces[-1], locator=pages.pop(0).locator)
            found = sorted(found + pages, key=lambda piece: piece.start)
        pieces.extend(found)
        # where the next sentence's first work may begin: a title this sentence's end cut, or
        # this sentence itself if it cites nothing (and opens with an author, checked later)
        names_before = not found and is_names(text, start, end)
        if found:
            tail = _title_tail(text, found[-1].end, end)
            earlier = [] if tail is None else [tail]
            continue
        if names_before:
            earlier = [*earlier[-_MAX_NAMES:], start]
            continue
        opening = skip_cues(text, start, end)
        if patterns.CITE_AUTHOR_OPENING.match(text, opening) or patterns.NAME_THEN_TITLE.match(
            text, opening, end
        ):
            earlier = [*earlier[-1:], start]
        elif (tail := _title_tail(text, start, end)) is not None:
            earlier = [tail]
        elif not (earlier and end - start <= 200 and prose_words(text[start:end]) == 0):
            earlier = []  # prose: no work runs through it (a title after an author may)
    if not pieces:
        whole = note_as_reference(text, backlink.end() if backlink else 0, note_chunks)
        return () if whole is None else (whole,)
    return tuple(pieces)


def _may_cite(text: str, start: int, end: int) -> bool:
    """Whether a chunk shows any sign of a citation (a chunk without one is commentary)."""
    if patterns.CITE_SIGN_CHAR.search(text, start, end):
        return True
    chunk = text[start:end].lower()
    return any(word in chunk for word in _SIGN_WORDS) or bool(
        patterns.CITE_ROMAN_PAGE.search(text, start, end)
    )


def _title_tail(text: str, start: int, end: int) -> int | None:
    """Where a title cut by a full stop begins: ``… and Il terrorismo.`` before ``Storia, …``."""
    last = None
    for cue in patterns.CUE.finditer(text, max(start, end - _MAX_TITLE_TAIL), end):
        last = cue
    if last is None:
        return None
    tail = text[last.end() : end].strip()
    if not patterns.TITLE_TAIL.fullmatch(tail) or prose_words(tail) > 1:
        return None
    return last.end() + (len(text[last.end() : end]) - len(text[last.end() : end].lstrip()))


def _continues_work(text: str, piece: CitationPiece, start: int, end: int) -> bool:
    """A sentence that goes on with the work before it (``Smith, John (2005): A Title. London:
    Verso.``): the work ended its sentence, and this one is imprint, not prose.

    After an author and a date in parentheses (``Ferguson, Niall (2004).``) the next sentence
    is the title, whatever its words; then short sentences without prose (container, imprint,
    ISBN) go on with it.
    """
    gap = text[piece.end : start]
    sentence = text[start:end].strip()
    if gap.strip(_SENTENCE_GAP) or len(sentence) > 200:
        return False
    first = WORD.match(sentence)
    if first and first.group().lower() in SENTENCE_STARTERS:
        return False
    head = patterns.AUTHOR_DATE_HEAD.match(text, piece.start, piece.end)
    # (a DOI or an address spells lowercase words that are no prose: `doi:10.1093/icon/…`)
    imprint = patterns.IDENTIFIER.sub(" ", sentence) if "/" in sentence else sentence
    if head is not None and prose_words(head["author"]) == 0:
        if head.end() == piece.end:  # the title follows the date
            return sentence[:1].isupper() or sentence[:1] in QUOTES
        return sentence[:1].isupper() and prose_words(imprint) == 0
    if not sentence[:1].isupper():
        return False
    author_date = (
        patterns.YEAR_PAREN_ONLY.search(text, max(0, piece.end - 12), piece.end) is not None
    )
    return prose_words(imprint) == 0 and (
        author_date or patterns.IMPRINT_TAIL.search(sentence) is not None
    )


def _cite_chunk(
    text: str, start: int, end: int, depth: Sequence[int], *, earlier: Sequence[int] = ()
) -> list[CitationPiece]:
    """The citations in one chunk (a sentence, a ``;`` part, a bracket).

    ``earlier`` are places in the sentences just before where the chunk's first work may
    begin: a sentence opening with an author (``Smith, John.``), or a title a full stop cut
    (``… and Il terrorismo.``).
    """
    base = depth[start] if start < len(text) else 0
    head = skip_cues(text, start, end)
    shortcut = _ibid_or_short(text, head, end, after_author=bool(earlier))
    if shortcut is not None:
        return [shortcut]
    pieces: list[CitationPiece] = []
    anchors = find_anchors(text, start, end, depth, base)
    pos = start
    while pos < end:
        anchor = next_anchor(anchors, pos)
        if anchor is None:
            break
        kind, a_start, a_end = anchor
        if kind == "short" or kind == "op-cit":
            match = patterns.SHORT_TITLE.match(text, a_start, end)
            locator = parse_locator(match["locator"]) if match and match["locator"] else None
            pieces.append(CitationPiece(kind=kind, start=a_start, end=a_end, locator=locator))
            pos = a_end
            continue
        if kind == "url":
            url_end = a_end
            while url_end > a_start and text[url_end - 1] in ".,;:":
                url_end -= 1
            if introduces_url(text, pos, a_start):
                pieces.append(CitationPiece(kind="full", start=a_start, end=url_end))
            else:
                work_start = head_before_address(text, pos, a_start)
                if work_start is not None:
                    pieces.append(CitationPiece(kind="full", start=work_start, end=url_end))
            pos = a_end
            continue
        openings = earlier if pos == start else ()
        ref_start = reference_start(
            text, pos, a_start, depth, base, paren=kind == "paren", openings=openings
        )
        if ref_start is None:
            if kind == "paren":
                pieces.extend(_cite_chunk(text, a_start + 1, a_end - 1, depth))
            pos = a_end
            continue
        ref_end, locator = reference_end(text, a_end, end, anchors)
        if kind == "paren" and is_author_date(text, ref_start, a_start, a_end, end):
            ref_end, locator = sentence_end(text, ref_end, end), None
        pieces.append(CitationPiece(kind="full", start=ref_start, end=ref_end, locator=locator))
        pos = ref_end
    return pieces


def _ibid_or_short(
    text: str, start: int, end: int, *, after_author: bool = False
) -> CitationPiece | None:
    """A chunk that is an Ibid. or a short form (``Alexander, 218``), or ``None``.

    ``after_author``: the sentence before opened a work, so ``Berlin 1990, S. 12`` is its
    imprint, not an author-date short form.
    """
    match = patterns.CITE_IBID.match(text, start, end) or patterns.OP_CIT_ALONE.match(
        text, start, end
    )
    if match:
        stop, locator = trailing_locator(text, match.end(), end)
        if patterns.ANY_YEAR.search(text, stop, end):
            return None  # `Id., Das Elend der Philosophie, Berlin 1972`: same author, new work
        kind: CitationKind = "op-cit" if match.re is patterns.OP_CIT_ALONE else "ibid"
        return CitationPiece(kind=kind, start=start, end=stop, locator=locator)
    match = patterns.SHORT_FORM.match(text, start, end)
    if not match or match["name"].lower() in SENTENCE_STARTERS:
        return None
    title = match["title"]
    if not match["locator"] and not match["opcit"] and not (title and title[0] in QUOTES):
        return None
    if match["locator"] and patterns.YEAR_ONLY.fullmatch(match["locator"]):
        return None  # `February, 1938` is a date, not a page
    if match["year"] and (not match["locator"] or after_author):
        return None  # `Smith 2005, 45` cites a page; a name and a year alone are a date
    stop = match.start("end")
    while stop > start and text[stop - 1] in " ,.":
        if text[stop - 1] == "." and match["opcit"] and stop == match.end("opcit"):
            break
        stop -= 1
    short: CitationKind = "op-cit" if match["opcit"] else "short"
    locator = parse_locator(match["locator"]) if match["locator"] else None
    return CitationPiece(kind=short, start=start, end=stop, locator=locator)
