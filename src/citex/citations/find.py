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

from bisect import bisect_left
from collections.abc import Container, Sequence
from itertools import chain, pairwise
from typing import Literal

import attrs
import regex
from attrs import frozen

from citex import lexicon
from citex.citations import patterns
from citex.notes import patterns as notes_patterns
from citex.records import Citation, CitationKind, Locator, LocatorLabel, Name, Note
from citex.text.clean import NormalisedText, normalise_segments

_OPENERS = {"(": ")", "[": "]", "“": "”", "«": "»", "„": "“"}
_CLOSERS = {v: k for k, v in _OPENERS.items() if k != "„"}
_QUOTES = '“«"„'
# A quotation longer than this is a quoted passage, not a title.
_MAX_TITLE_QUOTE = 150
# The longest note read as one reference when no year anchors it, and its most sentences.
_MAX_WHOLE_NOTE = 300
_MAX_WHOLE_NOTE_PARTS = 4
# The most lowercase content words of a headline title in such a note.
_MAX_HEADLINE_PROSE = 12
# The most characters after a quoted title that still describe where it was printed.
_MAX_QUOTED_TAIL = 100
# The most words of a closing site, publisher or periodical name.
_MAX_CLOSING_WORDS = 8
# What may stand between a work and the next sentence that goes on with it: the full stop,
# and a closing quote before it (`"Title". Belfast Telegraph.`).
_SENTENCE_GAP = ' .”"’»'
# How many names before a work, each cut off by `;`, may still be its authors.
_MAX_NAMES = 8
# A head (author and title) longer than this is prose, not a reference.
_MAX_HEAD = 300
# A head with more lowercase content words than this reads as commentary.
_MAX_PROSE_WORDS = 6

# Words that carry no content: articles, prepositions, conjunctions, pronouns in the
# languages of our users. A title may contain them; prose is made of other words too.
_FUNCTION_WORDS = lexicon.words("FUNCTION_WORDS")

# Words that start a sentence of commentary, never a reference's author or title.
_SENTENCE_STARTERS = lexicon.words("SENTENCE_STARTERS")

# What signals a work in a note: a year in parentheses or closing an imprint, a web
# address, or a quoted short title marked as such.
_AnchorKind = Literal["paren", "year", "url", "short", "op-cit"]

_WORD = regex.compile(r"[\p{L}’'\-]+")
_BRACKET = regex.compile(r"[()\[\]“”«»„\"]")
# No parenthesis or quoted short title the anchor patterns match is longer than this.
_MAX_ANCHOR = 400
# A title cut by a full stop leaves at most this many characters before the stop.
_MAX_TITLE_TAIL = 80
# How many words before a work its author may be named in commentary (`Serge analyses
# “modern slavery” in «…»`).
_AUTHOR_DISTANCE = 7
# Words that make a chunk without digits or quotes a citation: Ibid. and its relatives,
# op. cit., a URL.
_SIGN_WORDS = ("ibid", "ivi", "id.", "ebd", "cit", "a.a.o", "a. a. o", "http", "www.", "doi")
# How far after a work a sentence may still say where it and the works after it are read.
_MAX_SHARED_URL_GAP = 200


@frozen(kw_only=True)
class CitationPiece:
    """One citation found in a string: its kind, the half-open range it covers, its locator."""

    kind: CitationKind
    start: int
    end: int
    locator: Locator | None = None


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
        reference parser and ``work`` for resolution. Commentary yields nothing.
    """
    pieces = split_citations(note.text)
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
        pieces, shift = split_citations(cleaned.text), 0
    return tuple(
        Citation(
            kind=piece.kind,
            raw=cleaned.text[shift + piece.start : shift + piece.end],
            span=cleaned.source_span(shift + piece.start, shift + piece.end),
            section="note",
            note=note_index,
            locator=piece.locator,
        )
        for piece in pieces
    )


def authors_from_commentary(citations: Sequence[Citation], source: str) -> list[Citation]:
    """Full citations in notes without an author, given the author their commentary names.

    ``Serge analyses … in «L’Urss …» (Masses, 1947)``, ``In “Lenin’s Heir?” (1945) Serge
    affirms``: a surname printed just before the work (at most a few words away, in the same
    sentence, after any earlier citation) or as the first word after it, and only when that
    surname already names an author of a work the document cites in full. One such surname
    or none: two candidates leave the citation as it is.
    """
    known = {
        name.family
        for citation in citations
        if citation.kind == "full" and citation.reference is not None
        for name in citation.reference.author
        if name.family
    }
    if not known:
        return list(citations)
    out: list[Citation] = []
    previous_end = 0
    for citation in citations:
        ref = citation.reference
        if (
            citation.kind == "full"
            and citation.section == "note"
            and ref is not None
            and not ref.author
            and not ref.editor
        ):
            named = _named_nearby(
                source,
                max(previous_end, citation.span.start - 80),
                citation.span.start,
                citation.span.end,
                known,
            )
            if named is not None:
                reference = attrs.evolve(ref, author=(Name(family=named),))
                citation = attrs.evolve(citation, reference=reference)
        out.append(citation)
        previous_end = citation.span.end
    return out


def urls_from_commentary(citations: Sequence[Citation], source: str) -> list[Citation]:
    """Full citations in notes given the URL the same sentence says they can all be read at.

    ``see «Dove è arrivata …» (1983), followed by «Precisazioni …» (2010), both in
    www.utopiarossa.blogspot.com``: both works get the URL.
    """
    out: list[Citation] = []
    for citation in citations:
        ref = citation.reference
        if citation.kind == "full" and citation.section == "note" and ref is not None:
            end = citation.span.end
            shared = _shared_url(source, end)
            gap = source[end : shared.start()] if shared else ""
            if shared is not None and not ref.url and ". " not in gap and ";" not in gap:
                url = shared["url"].rstrip(".,;:")
                citation = attrs.evolve(citation, reference=attrs.evolve(ref, url=url))
        out.append(citation)
    return out


def _shared_url(source: str, end: int) -> regex.Match[str] | None:
    """The ``both in www…`` within a short distance after ``end``, if any."""
    stop = end + _MAX_SHARED_URL_GAP
    # The pattern is slow to scan; most notes hold no URL to find.
    if source.find("www.", end, stop) < 0 and source.find("http", end, stop) < 0:
        return None
    return patterns.SHARED_URL.search(source, end, stop)


def _named_nearby(source: str, lo: int, start: int, end: int, known: set[str]) -> str | None:
    """The one known surname within a few words before ``start`` or first after ``end``."""
    before = source[lo:start]
    cut = max(before.rfind(". "), before.rfind("; "), before.rfind("\n\n"))
    words = _WORD.findall(before[cut + 1 :])[-_AUTHOR_DISTANCE:]
    after = _WORD.match(source, end + 1 if source[end : end + 1] == " " else end)
    found = {word for word in words if word in known}
    if after is not None and after.group() in known:
        found.add(after.group())
    return found.pop() if len(found) == 1 else None


def split_citations(text: str) -> tuple[CitationPiece, ...]:
    """Find the citations in a note's text and classify them.

    Args:
        text: the whole text of one note.

    Returns:
        The citations in order, each with its kind (``full``, ``short``, ``ibid``,
        ``op-cit``), its range in ``text`` and the locator printed with it.
    """
    depth = _nesting_depths(text)
    pieces: list[CitationPiece] = []
    # Sentences just before, citing nothing, where a work's author may begin
    # (`Müller, Hans: Titel. Berlin 1990, S. 12.` splits into two sentences).
    earlier: list[int] = []
    # whether the chunk before was only a person's name (`Whyte, John; FitzGerald, Garret (1991)`)
    names_before = False
    backlink = notes_patterns.NOTE_BACKLINK_START.match(text, len(text) - len(text.lstrip()))
    for start, end, after_sentence in _chunks(text, depth):
        if backlink is not None and start < backlink.end():
            start = min(backlink.end(), end)  # `^ Smith (1998)…`: the link back to the call
        chunk_text = text[start:end]
        if (
            pieces
            and pieces[-1].kind != "full"
            and patterns.CITE_LOCATOR_ONLY.match(chunk_text.strip())
        ):
            pieces[-1] = _extend_locator(text, pieces[-1], start, end)
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
            new_end = _sentence_end(text, start, end)
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
            found = _dated_text(text, end)
        found += _titles_in_commentary(text, found[-1].end if found else start, end)
        if not found:
            found = _quoted_works(text, start, end, depth)
        if not found:
            found = _letters_in_commentary(text, start, end)
            pages = _pages_in_commentary(text, start, end)
            if pages and pieces and _takes_pages(text, pieces[-1], pages[0]):
                pieces[-1] = attrs.evolve(pieces[-1], locator=pages.pop(0).locator)
            found = sorted(found + pages, key=lambda piece: piece.start)
        pieces.extend(found)
        # where the next sentence's first work may begin: a title this sentence's end cut, or
        # this sentence itself if it cites nothing (and opens with an author, checked later)
        tail = _title_tail(text, found[-1].end if found else start, end)
        names_before = not found and _is_names(text, start, end)
        if found:
            earlier = [] if tail is None else [tail]
        elif names_before:
            earlier = [*earlier[-_MAX_NAMES:], start]
        elif patterns.CITE_AUTHOR_OPENING.match(
            text, _skip_cues(text, start, end)
        ) or patterns.NAME_THEN_TITLE.match(text, _skip_cues(text, start, end), end):
            earlier = [*earlier[-1:], start]
        elif tail is not None:
            earlier = [tail]
        elif not (earlier and end - start <= 200 and _prose_words(text[start:end]) == 0):
            earlier = []  # prose: no work runs through it (a title after an author may)
    if not pieces:
        whole = _note_as_reference(text, backlink.end() if backlink else 0, depth)
        return () if whole is None else (whole,)
    return tuple(pieces)


def _note_as_reference(text: str, start: int, depth: Sequence[int]) -> CitationPiece | None:
    """A note that is one reference without a year closing an imprint: a web page or press
    item as reference lists print them (``(9 July 2013). "Title". Site.``, ``Title. Publisher.``,
    ``Okafor, Ada. A History of River Ferries.``).

    The note must be a few short sentences with no prose outside its title, and show at least
    two cues of a work: a date in parentheses, a name opening it, a quoted or title-case title,
    a closing name (site, publisher, periodical), a web address or site name, an ISBN or
    ``Retrieved``, an issue number, a genre noun or an organisation.
    """
    closing_link = notes_patterns.NOTE_BACKLINK_END.search(text, start)
    end = _sentence_end(text, start, closing_link.start() if closing_link else len(text))
    start = _skip_cues(text, start, end)  # `Vgl. Martin Ebersold, …`
    if end - start < 4 or end - start > _MAX_WHOLE_NOTE:
        return None
    first = _WORD.match(text, start, end)
    if first is not None and first.group().lower() in _SENTENCE_STARTERS:
        return None
    if not (text[start].isupper() or text[start] in _QUOTES or text[start] in "(0123456789"):
        return None
    cues: set[str] = set()
    date = patterns.DATE_PAREN_ONLY.match(text, start, end)
    parts = [
        (max(a, start), b)
        for a, b, _ in _chunks(text, depth)
        if b > start and a < end and text[max(a, start) : min(b, end)].strip(" .")
    ]
    if date is not None:
        cues.add("date")
        parts = [(max(a, date.end()), b) for a, b in parts if b > date.end()]
        parts = [(a, b) for a, b in parts if text[a:b].strip(" .")]
    if len(parts) == 1:  # `Networked Readiness Index. weforum.org.`: a site after a stop
        site = patterns.SITE_AFTER_STOP.search(text, parts[0][0], end)
        if site is not None:
            parts = [(parts[0][0], site.start() + 1), (site.start("site"), parts[0][1])]
    if not parts or len(parts) > _MAX_WHOLE_NOTE_PARTS:
        return None
    closing = text[parts[-1][0] : min(parts[-1][1], end)].strip(" .")
    if len(parts) >= 2 and _is_closing_name(closing):
        cues.add("closing name")
        parts = parts[:-1]
    elif date is None:
        return None  # only a date may stand for the closing name (`(2014). Scotland Votes No.`)
    if patterns.ACRONYM.fullmatch(closing):
        cues.add("organisation")  # `FIFA`, `BBC`, `CNN`
    titled = False
    for a, b in parts:
        part = text[a:b].strip(" .")
        quoted = part[:1] in _QUOTES
        if (a, b) == parts[0] and date is None and _is_names(text, a, b):
            cues.add("author")
            continue
        # the title may be a headline (`UK loses top AAA credit rating for first time`)
        limit = _MAX_PROSE_WORDS if titled else _MAX_HEADLINE_PROSE
        if not quoted and _prose_words(part) > limit:
            return None
        if quoted or _is_title_case(part):
            cues.add("title")
        titled = True
    body = text[start:end]
    cues.update(match.lastgroup or "" for match in patterns.WORK_CUE.finditer(body))
    if len(cues) < 2:
        return None
    return CitationPiece(kind="full", start=start, end=end)


def _is_closing_name(part: str) -> bool:
    """A short name closing a reference: a site, publisher or periodical (``BBC News``,
    ``Statoids.com``, ``Lower Valley Arts Trust``), not a clause."""
    if patterns.SITE_NAME.fullmatch(part):
        return True
    if patterns.LEADING_CUES.match(part):
        return False  # `Siehe Wikipedia …`: a pointer to read on, not a publisher
    words = _WORD.findall(part)
    return (
        0 < len(words) <= _MAX_CLOSING_WORDS
        and part[:1].isupper()
        and _prose_words(patterns.SITE_NOUN.sub(" ", part)) == 0
    )


def _is_title_case(part: str) -> bool:
    """At least half the content words capitalised (``Key Facts About the United Kingdom``)."""
    words = [w for w in _WORD.findall(part) if len(w) > 3 and w.lower() not in _FUNCTION_WORDS]
    capitals = sum(1 for w in words if w[0].isupper())
    return bool(words) and part[:1].isupper() and 2 * capitals >= len(words)


def _is_names(text: str, start: int, end: int) -> bool:
    """A chunk that is only a person's name (``Whyte, John``, ``T. V. Paul``)."""
    name = text[start:end].strip()
    return len(name) <= 60 and patterns.CITE_AUTHOR_OPENING.fullmatch(name) is not None


def _may_cite(text: str, start: int, end: int) -> bool:
    """Whether a chunk shows any sign of a citation (a chunk without one is commentary)."""
    if patterns.CITE_SIGN_CHAR.search(text, start, end):
        return True
    chunk = text[start:end].lower()
    return any(word in chunk for word in _SIGN_WORDS) or bool(
        patterns.CITE_ROMAN_PAGE.search(text, start, end)
    )


def _titles_in_commentary(text: str, start: int, end: int) -> list[CitationPiece]:
    """Works commentary names without an imprint: a quoted title called an introduction,
    essay or article, and a sentence ending with initials, a surname and a title."""
    pieces = [
        CitationPiece(kind="full", start=match.start("title"), end=match.end("title"))
        for match in patterns.CITE_NAMED_PIECE.finditer(text, start, end)
    ]
    last = patterns.CITE_INITIALS_TITLE.search(text, max(start, end - _MAX_HEAD), end)
    if last is not None and not any(piece.end > last.start() for piece in pieces):
        pieces.append(CitationPiece(kind="full", start=last.start("work"), end=last.end("work")))
    return pieces


def _takes_pages(text: str, previous: CitationPiece, pages: CitationPiece) -> bool:
    """A bare ``(p. 73)`` after a short form without a locator is that short form's page."""
    return previous.kind != "full" and previous.locator is None and text[pages.start] == "("


def _letters_in_commentary(text: str, start: int, end: int) -> list[CitationPiece]:
    """Letters cited by recipient and date in commentary: full citations of the letter."""
    chunk = text[start:end]
    if not any(word in chunk for word in ("ett", "rief", "arta")):
        return []
    return [
        CitationPiece(kind="full", start=match.start(), end=match.end())
        for match in patterns.CITE_LETTER.finditer(text, start, end)
    ]


def _pages_in_commentary(text: str, start: int, end: int) -> list[CitationPiece]:
    """Pages cited in parentheses in commentary (``the Memoirs (p. 219)``): short citations."""
    if "(" not in text[start:end]:
        return []
    return [
        CitationPiece(
            kind="short",
            start=match.start(),
            end=match.end(),
            locator=parse_locator(match["locator"]),
        )
        for match in patterns.CITE_PAREN_PAGE.finditer(text, start, end)
    ]


def _dated_text(text: str, end: int) -> list[CitationPiece]:
    """A note opening with only a date (``From February, 1938.``) dates the text it annotates."""
    match = patterns.CITE_DATE_ONLY.match(text, 0, end)
    if match is None:
        return []
    return [CitationPiece(kind="full", start=match.start("date"), end=match.end("date"))]


def _title_tail(text: str, start: int, end: int) -> int | None:
    """Where a title cut by a full stop begins: ``… and Il terrorismo.`` before ``Storia, …``."""
    last = None
    for cue in patterns.CUE.finditer(text, max(start, end - _MAX_TITLE_TAIL), end):
        last = cue
    if last is None:
        return None
    tail = text[last.end() : end].strip()
    if not patterns.TITLE_TAIL.fullmatch(tail) or _prose_words(tail) > 1:
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
    first = _WORD.match(sentence)
    if first and first.group().lower() in _SENTENCE_STARTERS:
        return False
    head = patterns.AUTHOR_DATE_HEAD.match(text, piece.start, piece.end)
    if head is not None and _prose_words(head["author"]) == 0:
        if head.end() == piece.end:  # the title follows the date
            return sentence[:1].isupper() or sentence[:1] in _QUOTES
        return sentence[:1].isupper() and _prose_words(sentence) == 0
    if not sentence[:1].isupper():
        return False
    author_date = (
        patterns.YEAR_PAREN_ONLY.search(text, max(0, piece.end - 12), piece.end) is not None
    )
    return _prose_words(sentence) == 0 and (
        author_date or patterns.IMPRINT_TAIL.search(sentence) is not None
    )


def parse_locator(printed: str) -> Locator | None:
    """A locator from its printed form: ``p. 126`` -> page ``126``; ``ch. 4`` -> chapter ``4``.

    Bare numbers are pages; ``n.`` is a note, ``§`` a section. The value stays as printed.
    """
    printed = printed.strip().rstrip(".,;: ")
    if not printed:
        return None
    label: LocatorLabel = "page"
    match = patterns.LOCATOR_LABEL.match(printed)
    if match and match.end() < len(printed):
        label = _LABELS.get(match["label"].lower().rstrip(".s"), "page")
        printed = printed[match.end() :].strip()
    return Locator(label=label, value=printed)


_LABELS: dict[str, LocatorLabel] = {
    "p": "page",
    "pp": "page",
    "page": "page",
    "ch": "chapter",
    "chap": "chapter",
    "chapter": "chapter",
    "cap": "chapter",
    "capp": "chapter",
    "capitolo": "chapter",
    "n": "note",
    "nn": "note",
    "note": "note",
    "§": "section",
    "§§": "section",
    "sec": "section",
    "sect": "section",
    "section": "section",
    "S": "page",
    "s": "page",
    "bd": "volume",
    "Bd": "volume",
    "vol": "volume",
    "par": "paragraph",
}


def _extend_locator(text: str, piece: CitationPiece, start: int, end: int) -> CitationPiece:
    """``Ibid., 61–69; 106–39``: a locator alone after ``;`` continues the citation before."""
    stripped = text[start:end].strip().rstrip(".")
    new_end = start + text[start:end].find(stripped) + len(stripped)
    printed = text[piece.end - len(piece.locator.value) if piece.locator else piece.end : new_end]
    locator = (
        Locator(label=piece.locator.label, value=printed.strip())
        if piece.locator
        else parse_locator(stripped)
    )
    return CitationPiece(kind=piece.kind, start=piece.start, end=new_end, locator=locator)


def _nesting_depths(text: str) -> list[int]:
    """Nesting depth of each character in matched brackets and quotes (unmatched ones ignored)."""
    stack: list[tuple[str, int]] = []
    pairs: list[tuple[int, int]] = []
    for match in _BRACKET.finditer(text):
        char, i = match.group(), match.start()
        if char == '"':
            if stack and stack[-1][0] == '"':
                pairs.append((stack.pop()[1], i))
            else:
                stack.append((char, i))
        elif char in _OPENERS and not (char == "“" and stack and stack[-1][0] == "„"):
            stack.append((char, i))
        elif char in _CLOSERS or (char == "“" and stack and stack[-1][0] == "„"):
            opener = "„" if char == "“" else _CLOSERS[char]
            for k in range(len(stack) - 1, max(-1, len(stack) - 4), -1):
                if stack[k][0] == opener:
                    pairs.append((stack[k][1], i))
                    del stack[k:]
                    break
    changes: dict[int, int] = {}
    for open_at, close_at in pairs:
        changes[open_at + 1] = changes.get(open_at + 1, 0) + 1
        changes[close_at] = changes.get(close_at, 0) - 1
    # runs of equal depth between the brackets, each built at once
    depths: list[int] = []
    level = last = 0
    for at in sorted(changes):
        depths += [level] * (at - last)
        level, last = level + changes[at], at
    depths += [level] * (len(text) - last)
    return depths


def _chunks(text: str, depth: Sequence[int]) -> list[tuple[int, int, bool]]:
    """Split at top-level ``;``, sentence ends and square brackets (a translation's own chunk).

    Each chunk is ``(start, end, after_sentence)``: whether a sentence end came before it.
    """
    cuts: list[tuple[int, int, bool]] = []
    start = 0
    after_sentence = False

    def close(end: int) -> None:
        if text[start:end].strip():
            cuts.append((start, end, after_sentence))

    for match in patterns.CHUNK_BREAK.finditer(text):
        i = match.start()
        if i < start or depth[i] != 0:
            continue
        if match.group() == ";":
            close(i)
            start, after_sentence = i + 1, False
        elif match.group() == "[":
            end = _closing(text, depth, i)
            if end is not None:
                close(i)
                cuts.append((i + 1, end, False))
                start, after_sentence = end + 1, False
        elif i > 0 and not patterns.ABBREVIATION.search(text, max(0, i - 12), i):
            close(i)
            start, after_sentence = match.end(), True
    close(len(text))
    return cuts


def _closing(text: str, depth: Sequence[int], i: int) -> int | None:
    """Index of the bracket closing the one opened at ``i``, if it is matched."""
    for k in range(i + 1, len(text)):
        if depth[k] <= depth[i]:
            return k if text[k] == "]" else None
    return None


def _cite_chunk(
    text: str, start: int, end: int, depth: Sequence[int], *, earlier: Sequence[int] = ()
) -> list[CitationPiece]:
    """The citations in one chunk (a sentence, a ``;`` part, a bracket).

    ``earlier`` are places in the sentences just before where the chunk's first work may
    begin: a sentence opening with an author (``Smith, John.``), or a title a full stop cut
    (``… and Il terrorismo.``).
    """
    base = depth[start] if start < len(text) else 0
    head = _skip_cues(text, start, end)
    shortcut = _ibid_or_short(text, head, end, after_author=bool(earlier))
    if shortcut is not None:
        return [shortcut]
    pieces: list[CitationPiece] = []
    anchors = _find_anchors(text, start, end, depth, base)
    pos = start
    while pos < end:
        anchor = _next_anchor(anchors, pos)
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
            if _introduces_url(text, pos, a_start):
                pieces.append(CitationPiece(kind="full", start=a_start, end=url_end))
            else:
                work_start = _head_before_address(text, pos, a_start)
                if work_start is not None:
                    pieces.append(CitationPiece(kind="full", start=work_start, end=url_end))
            pos = a_end
            continue
        openings = earlier if pos == start else ()
        ref_start = _reference_start(
            text, pos, a_start, depth, base, paren=kind == "paren", openings=openings
        )
        if ref_start is None:
            if kind == "paren":
                pieces.extend(_cite_chunk(text, a_start + 1, a_end - 1, depth))
            pos = a_end
            continue
        ref_end, locator = _reference_end(text, a_end, end, anchors)
        if kind == "paren" and _is_author_date(text, ref_start, a_start, a_end, end):
            ref_end, locator = _sentence_end(text, ref_end, end), None
        pieces.append(CitationPiece(kind="full", start=ref_start, end=ref_end, locator=locator))
        pos = ref_end
    return pieces


def _is_author_date(text: str, start: int, paren: int, paren_end: int, end: int) -> bool:
    """``Smith, John (2005): A Title``: an author, the year in parentheses, then the work."""
    rest = text[paren_end:end].strip()
    return (
        patterns.DATE_PAREN_ONLY.fullmatch(text, paren, paren_end) is not None
        and patterns.CITE_AUTHOR_OPENING.fullmatch(text[start:paren].strip()) is not None
        and rest[:1] in (":", ".")
        and _prose_words(rest) <= 1
    )


def _sentence_end(text: str, start: int, end: int) -> int:
    """The end of ``text[start:end]`` without trailing spaces, commas and a final full stop."""
    end = _strip_end(text, start, end)
    if (
        end > start
        and text[end - 1] == "."
        and not patterns.ABBREVIATION.search(text, max(0, end - 12), end)
    ):
        end = _strip_end(text, start, end - 1)
    return end


def _skip_cues(text: str, start: int, end: int) -> int:
    """The first position after whitespace and leading cues (``Also see``, ``Cf.``)."""
    while start < end and text[start].isspace():
        start += 1
    match = patterns.LEADING_CUES.match(text, start, end)
    return match.end() if match else start


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
        stop, locator = _trailing_locator(text, match.end(), end)
        if patterns.ANY_YEAR.search(text, stop, end):
            return None  # `Id., Das Elend der Philosophie, Berlin 1972`: same author, new work
        kind: CitationKind = "op-cit" if match.re is patterns.OP_CIT_ALONE else "ibid"
        return CitationPiece(kind=kind, start=start, end=stop, locator=locator)
    match = patterns.SHORT_FORM.match(text, start, end)
    if not match or match["name"].lower() in _SENTENCE_STARTERS:
        return None
    title = match["title"]
    if not match["locator"] and not match["opcit"] and not (title and title[0] in _QUOTES):
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


def _find_anchors(
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
        for m in patterns.IMPRINT_YEAR.finditer(text, start, end)
        if depth[m.start()] == base and not patterns.RUNS_ON.match(text, m.end(), end)
    ]
    # `(the secret police created in December 1917)` is prose, not an imprint; names listed
    # with years (`Anna Vogt (1987), Peter Lenz (2001) und …`) are people or series, not works
    parens = [
        m
        for m in patterns.YEAR_PAREN.finditer(text, start, end)
        if depth[m.start()] == base and _prose_words(m["inner"]) <= 1
    ]
    listed = _listed_with_years(text, parens)
    found += [(m.start(), "paren", m.end()) for m in parens if m.start() not in listed]
    found += [(m.start(), "url", m.end()) for m in patterns.CITE_URL.finditer(text, start, end)]
    for m in patterns.SHORT_TITLE.finditer(text, start, end):
        if depth[m.start()] == base and _is_title_quote(m["title"]):
            kind: _AnchorKind = "op-cit" if m["cit"] or m["container"] else "short"
            found.append((m.start(), kind, _strip_end(text, m.start(), m.end())))
    found.sort(key=lambda anchor: anchor[0])
    return found


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


def _next_anchor(
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


def _strip_end(text: str, start: int, end: int) -> int:
    """``end`` moved back over trailing spaces and commas."""
    while end > start and text[end - 1] in " ,;":
        end -= 1
    return end


def _head_before_address(text: str, pos: int, at: int) -> int | None:
    """Where ``Author, Title, available at <address>`` begins: an author and a title, no
    prose, before ``available at``; ``None`` for anything else."""
    match = patterns.AVAILABLE_AT.search(text, max(pos, at - 40), at)
    if match is None or match.end() != at:
        return None
    head_start = _skip_cues(text, pos, match.start())
    head = text[head_start : match.start()].strip(" ,")
    if not head or len(head) > _MAX_HEAD or _prose_words(head) > 2:
        return None
    author = patterns.WORK_AUTHOR.match(head)
    return head_start if author is not None and author.end() < len(head) else None


def _quoted_works(text: str, start: int, end: int, depth: Sequence[int]) -> list[CitationPiece]:
    """Works named by a quoted title with another cue, no imprint year (issue 11): an author
    or organisation before it (``Dana Whitlow, “Notes …,”``, ``Omar Fenn’s “…”``), an issue
    number, address or site after it (``Red Lantern #12``, ``available at archivefolk.net``)."""
    base = depth[start] if start < len(text) else 0
    pieces: list[CitationPiece] = []
    pos = _skip_cues(text, start, end)
    titles = [
        match
        for match in patterns.QUOTED_TITLE.finditer(text, pos, end)
        if depth[match.start()] == base
    ]
    for k, title in enumerate(titles):
        cues = {"title"}
        head_start = _skip_cues(text, pos, title.start())
        begin = title.start()
        author = patterns.WORK_AUTHOR.fullmatch(text, head_start, title.start())
        # a name has two words or more (`Dana Whitlow`), or is possessive (`Fenn’s`)
        if author is not None and (
            len(_WORD.findall(author.group())) >= 2 or patterns.POSSESSIVE.search(author.group())
        ):
            cues.add("author")
            begin = head_start
        stop = titles[k + 1].start() if k + 1 < len(titles) else end
        tail = patterns.TITLE_TAIL_STOP.search(text, title.end(), stop)
        stop = tail.start() if tail is not None else stop
        stop = _sentence_end(text, title.end(), stop)
        if stop - title.end() > _MAX_QUOTED_TAIL or _tail_prose(text[title.end() : stop]) > 2:
            stop = title.end()
        cues.update(
            match.lastgroup or ""
            for match in patterns.WORK_CUE.finditer(text, title.end(), stop)
            if match.lastgroup in ("url", "site", "issue", "read", "isbn")
        )
        if len(cues) >= 2:
            pieces.append(CitationPiece(kind="full", start=begin, end=stop))
        pos = stop
    return pieces


def _tail_prose(tail: str) -> int:
    """Prose words after a title, not counting addresses, sites and ``available at``."""
    return _prose_words(patterns.AVAILABLE_AT.sub(" ", patterns.WORK_CUE.sub(" ", tail)))


def _introduces_url(text: str, pos: int, at: int) -> bool:
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


def _reference_start(
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
    # A head is at most _MAX_HEAD long: only starts that close to the year are tried.
    window = max(pos, anchor - _MAX_HEAD)
    candidates = chain(
        (_skip_cues(text, start, anchor) for start in openings if start >= anchor - _MAX_HEAD),
        (_skip_cues(text, pos, anchor),) if pos >= window else (),
        (
            _skip_cues(text, m.end(), anchor)
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
    if not head or len(head) > _MAX_HEAD:
        return None
    if not (head[0].isupper() or head[0] in _QUOTES):
        return None
    first_word = _WORD.match(head)
    if first_word and first_word.group().lower() in _SENTENCE_STARTERS:
        return None
    if head[0] in _QUOTES:
        close = next((k for k in range(start + 1, anchor) if depth[k] == base), anchor)
        if close - start > _MAX_TITLE_QUOTE:
            return None
    outside = _outside(text, start, start + len(head), depth, base)
    if not paren and "," not in outside and not any(q in head for q in _QUOTES):
        return None
    first_segment = _WORD.findall(outside.split(",")[0])
    if first_segment and first_segment[-1] in _FUNCTION_WORDS:
        return None  # `Stalinists and that, since April 1928`: prose runs into the year
    separators = len(patterns.HEAD_SEPARATOR.findall(outside))
    if not paren and len(first_segment) < 2 and separators < 2 and head[0] not in _QUOTES:
        return None  # `Kiev, May-June 1922`: a place and a date, no title
    prose = _prose_words(outside)
    return None if prose > _MAX_PROSE_WORDS else prose


def _outside(text: str, start: int, end: int, depth: Sequence[int], base: int) -> str:
    """``text[start:end]`` with what sits inside brackets or quotes blanked out.

    Depth only changes at a bracket or quote, so the text is cut there, not read by character.
    """
    cuts = [start]
    for match in _BRACKET.finditer(text, start, end):
        cuts += [match.start(), match.end()]
    cuts.append(end)
    return "".join(
        text[a:b] if depth[a] == base else " " * (b - a) for a, b in pairwise(cuts) if b > a
    )


def _prose_words(text: str) -> int:
    """How many lowercase content words ``text`` has: prose has many, a title few."""
    return sum(
        1
        for word in _WORD.findall(text)
        if word.islower() and len(word) > 2 and word not in _FUNCTION_WORDS
    )


def _title_quote_start(text: str, start: int, anchor: int, depth: Sequence[int], base: int) -> int:
    """Start at the quoted title nearest the year when the words before it are not authors.

    ``Serge analyses “modern slavery” in «L’Urss …» (Masses, 1947)`` begins at ``«``.
    """
    last_quote = None
    for k in range(start, anchor):
        if text[k] in _QUOTES and depth[k] == base and k + 1 < len(text) and depth[k + 1] > base:
            last_quote = k
    if last_quote is None or last_quote == start:
        return start
    before = text[start:last_quote]
    if patterns.AUTHOR_LIST.match(
        before.rstrip() + " " if before.rstrip().endswith(",") else before
    ):
        return start
    return last_quote


def _reference_end(
    text: str, pos: int, end: int, anchors: Sequence[tuple[int, _AnchorKind, int]]
) -> tuple[int, Locator | None]:
    """Where a work ends after its year: more imprint (``, 2004``), the date it was read
    and its address (``accessed May 5, 2018, https://…``), then the cited locator."""
    locator = None
    while True:
        nxt = _next_anchor(anchors, pos)
        if nxt is not None and nxt[0] in ("year", "paren") and _is_imprint_gap(text[pos : nxt[1]]):
            pos = nxt[2]
            continue
        web = patterns.WEB_TAIL.match(text, pos, end)
        if web:
            pos = (
                _strip_end(text, pos, web.end()) if web.group().endswith((",", ";")) else web.end()
            )
            while pos > 0 and text[pos - 1] in ".,;:" and web["url"]:
                pos -= 1
            continue
        stop, found = _trailing_locator(text, pos, end)
        if stop == pos:
            break
        pos, locator = stop, found or locator
    return pos, locator


def _is_imprint_gap(gap: str) -> bool:
    """Between two years of one work: a comma and a few publication words (``, id., ``)."""
    stripped = gap.strip()
    if not stripped.startswith(",") or len(stripped) > 80:
        return False
    return not any(q in stripped for q in _QUOTES) and _prose_words(stripped) == 0


def _trailing_locator(text: str, pos: int, end: int) -> tuple[int, Locator | None]:
    """The locator printed right after a work (``, 218``, ``, ch. 3``); a colon gives pages."""
    match = patterns.TRAILING_LOCATOR.match(text, pos, end)
    if not match:
        return pos, None
    if match["sep"] == ":":
        return match.end(), None
    return match.end(), parse_locator(match["locator"])
