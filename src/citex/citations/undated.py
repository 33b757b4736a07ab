"""Works cited without a year closing an imprint (issue 11): a quoted title with an author
or a container, and a note that is one web page or press item as reference lists print it.
"""

from __future__ import annotations

from collections.abc import Sequence

from citex.citations import patterns
from citex.citations.chunks import (
    FUNCTION_WORDS,
    MAX_PROSE_WORDS,
    QUOTES,
    SENTENCE_STARTERS,
    WORD,
    CitationPiece,
    is_names,
    prose_words,
    sentence_end,
    skip_cues,
)
from citex.citations.locators import parse_locator
from citex.notes import patterns as notes_patterns
from citex.parse.names import parse_names
from citex.records import Name, Reference

# The longest note read as one reference when no year anchors it, and its most sentences.
_MAX_WHOLE_NOTE = 300

_MAX_WHOLE_NOTE_PARTS = 4

# The most lowercase content words of a headline title in such a note.
_MAX_HEADLINE_PROSE = 12

# The most characters after a quoted title that still describe where it was printed.
_MAX_QUOTED_TAIL = 100

# How far before a quoted title the genre noun naming it may stand.
_MAX_GENRE_GAP = 40

# How sure a reference read from a sentence's structure is: enough to be kept as a work.
_PROSE_CONFIDENCE = 0.5

# The most words of a closing site, publisher or periodical name.
_MAX_CLOSING_WORDS = 8

# The most words and sentences of a note read as a title in a list of references.
_MAX_LISTED_TITLE_WORDS = 20

_MAX_LISTED_TITLE_PARTS = 2


def note_as_reference(
    text: str, start: int, note_chunks: Sequence[tuple[int, int, bool]]
) -> CitationPiece | None:
    """A note that is one reference without a year closing an imprint: a web page or press
    item as reference lists print them (``(9 July 2013). "Title". Site.``, ``Title. Publisher.``,
    ``Okafor, Ada. A History of River Ferries.``).

    The note must be a few short sentences with no prose outside its title, and show at least
    two cues of a work: a date in parentheses, a name opening it, a quoted or title-case title,
    a closing name (site, publisher, periodical), a web address or site name, an ISBN or
    ``Retrieved``, an issue number, a genre noun or an organisation. ``note_chunks`` are the
    note's chunks (:func:`~citex.citations.chunks.chunks`), read once by the caller.
    """
    closing_link = notes_patterns.NOTE_BACKLINK_END.search(text, start)
    end = sentence_end(text, start, closing_link.start() if closing_link else len(text))
    start = skip_cues(text, start, end)  # `Vgl. Martin Ebersold, …`
    if end - start < 4 or end - start > _MAX_WHOLE_NOTE:
        return None
    first = WORD.match(text, start, end)
    if first is not None and first.group().lower() in SENTENCE_STARTERS:
        return None
    if not (
        text[start].isupper()
        or text[start] in QUOTES
        or text[start] in "(0123456789"
        or patterns.LOWERCASE_ORGANISATION.match(text, start, end)  # `nordlicht e.V. (2014)`
    ):
        return None
    cues: set[str] = set()
    date = patterns.DATE_PAREN_ONLY.match(text, start, end)
    parts = [
        (max(a, start), b)
        for a, b, _ in note_chunks
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
    if date is None and _organisation_then_title(text, start, end):
        return CitationPiece(kind="full", start=start, end=end)
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
        quoted = part[:1] in QUOTES
        if (a, b) == parts[0] and date is None and is_names(text, a, b):
            cues.add("author")
            continue
        # the title may be a headline (`UK loses top AAA credit rating for first time`)
        limit = MAX_PROSE_WORDS if titled else _MAX_HEADLINE_PROSE
        if not quoted and prose_words(part) > limit:
            return None
        if quoted or _is_title_case(part):
            cues.add("title")
        titled = True
    if len(cues) < 2:  # the other cues, read only when needed: the pattern is slow to scan
        cues.update(match.lastgroup or "" for match in patterns.WORK_CUE.finditer(text[start:end]))
    if len(cues) < 2:
        return None
    return CitationPiece(kind="full", start=start, end=end)


def listed_title(
    text: str, start: int, note_chunks: Sequence[tuple[int, int, bool]]
) -> CitationPiece | None:
    """A note that is only a title, with the place cited or the site that published it (``Battle
    of York.``, ``Jews in Britain: Origin and Growth of Anglo-Jewry. p. 7.``, ``About the BBC –
    What is the BBC. BBC Online.``), as a work; ``None`` for anything else.

    One cue is the title's shape: capitalised words, no prose, no sentence opener, one or two
    short sentences. The caller supplies the other: the note stands in a list of references
    (:func:`citex.citations.lists.notes_in_reference_lists`). ``note_chunks`` are the note's
    chunks (:func:`~citex.citations.chunks.chunks`).
    """
    closing_link = notes_patterns.NOTE_BACKLINK_END.search(text, start)
    end = sentence_end(text, start, closing_link.start() if closing_link else len(text))
    start = skip_cues(text, start, end)
    if end - start < 3 or end - start > _MAX_WHOLE_NOTE:
        return None
    title_end, locator = end, None
    cited = patterns.LABELLED_LOCATOR_AT_END.search(text, start, end)
    if cited is not None:  # `Manufacturing Population, ch. 8`, `… Anglo-Jewry. p. 7`
        title_end, locator = cited.start(), parse_locator(cited["locator"])
    title = text[start:title_end].strip(" .,:")
    words = WORD.findall(title)
    parts = sum(1 for a, b, _ in note_chunks if start <= b and a < title_end)
    if (
        not words
        or len(words) > _MAX_LISTED_TITLE_WORDS
        or parts > _MAX_LISTED_TITLE_PARTS
        or not (title[0].isupper() or title[0].isdigit() or title[0] in QUOTES)
        or words[0].lower() in SENTENCE_STARTERS
        or prose_words(title) > 0
        or not _is_title_case(title)
    ):
        return None
    return CitationPiece(kind="full", start=start, end=end, locator=locator)


def _organisation_then_title(text: str, start: int, end: int) -> bool:
    """An organisation as author, then a title after a colon or full stop: two cues
    (``Statistisches Amt Nord: Pendlerzählung 2015 – …``, ``Lower Valley Rowing Club. History
    of the club``, ``Office for National Statistics. 2011 Census analysis: …``)."""
    head = patterns.ORGANISATION_HEAD.match(text, start, end)
    if head is None:
        return False
    title = text[head.end() : end].strip(" .")
    first = WORD.search(title)
    return (
        first is not None
        and first.group().lower() not in SENTENCE_STARTERS
        and prose_words(title) <= 2
        and _is_title_case(title.lstrip("0123456789 "))
    )


def _is_closing_name(part: str) -> bool:
    """A short name closing a reference: a site, publisher or periodical (``BBC News``,
    ``Statoids.com``, ``Lower Valley Arts Trust``), not a clause."""
    if patterns.SITE_NAME.fullmatch(part):
        return True
    if patterns.LEADING_CUES.match(part):
        return False  # `Siehe Wikipedia …`: a pointer to read on, not a publisher
    words = WORD.findall(part)
    return (
        0 < len(words) <= _MAX_CLOSING_WORDS
        and part[:1].isupper()
        and prose_words(patterns.SITE_NOUN.sub(" ", part)) == 0
    )


def _is_title_case(part: str) -> bool:
    """At least half the content words capitalised (``Key Facts About the United Kingdom``)."""
    words = [w for w in WORD.findall(part) if len(w) > 3 and w.lower() not in FUNCTION_WORDS]
    capitals = sum(1 for w in words if w[0].isupper())
    return bool(words) and part[:1].isupper() and 2 * capitals >= len(words)


def quoted_works(text: str, start: int, end: int, depth: Sequence[int]) -> list[CitationPiece]:
    """Works named by a quoted title with another cue, no imprint year (issue 11): an author
    or organisation before it (``Dana Whitlow, “Notes …,”``, ``Omar Fenn’s “…”``), an issue
    number, address or site after it (``Red Lantern #12``, ``available at archivefolk.net``)."""
    base = depth[start] if start < len(text) else 0
    pieces: list[CitationPiece] = []
    pos = skip_cues(text, start, end)
    titles = [
        match
        for match in patterns.QUOTED_TITLE.finditer(text, pos, end)
        if depth[match.start()] == base
    ]
    listed = False  # the title before was named by a genre noun, and this one is listed with it
    for k, title in enumerate(titles):
        cues = {"title"}
        head_start = skip_cues(text, pos, title.start())
        begin = title.start()
        named = patterns.GENRE_BEFORE_TITLE.search(
            text, max(head_start, title.start() - _MAX_GENRE_GAP), title.start()
        )
        if named is not None or (
            listed and patterns.TITLE_LIST_JOIN.fullmatch(text, pos, title.start())
        ):
            cues.add("genre")
        author = patterns.WORK_AUTHOR.fullmatch(text, head_start, title.start())
        # a name has two words or more (`Dana Whitlow`), or is possessive (`Fenn’s`)
        if author is not None and (
            len(WORD.findall(author.group())) >= 2 or patterns.POSSESSIVE.search(author.group())
        ):
            cues.add("author")
            begin = head_start
        stop = titles[k + 1].start() if k + 1 < len(titles) else end
        tail = patterns.TITLE_TAIL_STOP.search(text, title.end(), stop)
        stop = tail.start() if tail is not None else stop
        stop = sentence_end(text, title.end(), stop)
        if stop - title.end() > _MAX_QUOTED_TAIL or _tail_prose(text[title.end() : stop]) > 2:
            stop = title.end()
        cues.update(
            match.lastgroup or ""
            for match in patterns.WORK_CUE.finditer(text, title.end(), stop)
            if match.lastgroup in ("url", "site", "issue", "read", "isbn")
        )
        if len(cues) >= 2:
            pieces.append(CitationPiece(kind="full", start=begin, end=stop))
        listed = "genre" in cues
        pos = stop
    return pieces


def _tail_prose(tail: str) -> int:
    """Prose words after a title, not counting addresses, sites and ``available at``."""
    return prose_words(patterns.AVAILABLE_AT.sub(" ", patterns.WORK_CUE.sub(" ", tail)))


def works_in_prose(text: str, start: int, end: int) -> list[CitationPiece]:
    """Works a sentence names without a reference's punctuation, each with three cues: a
    genre noun, a title-case title and its author (``In her short autobiography, Salt and Iron,
    Marta Velez recalls``; ``the pamphlet Bread and Looms by the Northern Spinners’ Circle``),
    or a part cited of a work that a genre noun or an organisation names (``Chapter 4 of the
    Founding Charter of the Coastal Workers’ League``).

    The sentence shows which words are the title and which the author, so the reference is
    read here; the piece spans the title and the author (or the title, after the part cited).
    """
    pieces: list[CitationPiece] = []
    for match in patterns.WORK_IN_PROSE.finditer(text, start, end):
        person = match["person"]
        author = parse_names(person) if person else (Name(literal=match["by"]),)
        address = patterns.ADDRESS_AFTER.match(text, match.end(), end)
        url = address["url"].rstrip(".,;:") if address is not None else None
        reference = Reference(
            title=match["title"], author=author, url=url, confidence=_PROSE_CONFIDENCE
        )
        stop = match.end() if address is None else address.start("url") + len(url or "")
        pieces.append(
            CitationPiece(kind="full", start=match.start("title"), end=stop, reference=reference)
        )
    for match in patterns.PART_OF_WORK.finditer(text, start, end):
        title = match["title"]
        owner = patterns.OWNED_BY_ORGANISATION.search(title)
        if owner is None and not patterns.GENRE_WORD.search(title):
            continue  # `Book III of the Wealth of Nations`: no second sign of a work
        author = (Name(literal=owner["organisation"]),) if owner is not None else ()
        reference = Reference(title=title, author=author, confidence=_PROSE_CONFIDENCE)
        locator = parse_locator(match["part"])
        pieces.append(
            CitationPiece(
                kind="full",
                start=match.start(),
                end=match.end(),
                locator=locator,
                reference=reference,
            )
        )
    pieces.sort(key=lambda piece: piece.start)
    return pieces
