"""What a note's commentary says about the works it cites: their author, where they are
read, and works it names in passing (a quoted essay, a letter, pages in parentheses).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from citex.citations import patterns
from citex.citations.chunks import MAX_HEAD, QUOTES, WORD, CitationPiece, holds_any
from citex.citations.locators import parse_locator
from citex.records import Citation, Name

# How many words before a work its author may be named in commentary (`Serge analyses
# “modern slavery” in «…»`).
_AUTHOR_DISTANCE = 7

# How far after a work a sentence may still say where it and the works after it are read.
_MAX_SHARED_URL_GAP = 200


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
    words = WORD.findall(before[cut + 1 :])[-_AUTHOR_DISTANCE:]
    after = WORD.match(source, end + 1 if source[end : end + 1] == " " else end)
    found = {word for word in words if word in known}
    if after is not None and after.group() in known:
        found.add(after.group())
    return found.pop() if len(found) == 1 else None


def titles_in_commentary(text: str, start: int, end: int) -> list[CitationPiece]:
    """Works commentary names without an imprint: a quoted title called an introduction,
    essay or article, and a sentence ending with initials, a surname and a title."""
    pieces = (
        [
            CitationPiece(kind="full", start=match.start("title"), end=match.end("title"))
            for match in patterns.CITE_NAMED_PIECE.finditer(text, start, end)
        ]
        if holds_any(text, start, end, QUOTES)  # the title is quoted
        else []
    )
    last = patterns.CITE_INITIALS_TITLE.search(text, max(start, end - MAX_HEAD), end)
    if last is not None and not any(piece.end > last.start() for piece in pieces):
        pieces.append(CitationPiece(kind="full", start=last.start("work"), end=last.end("work")))
    return pieces


def takes_pages(text: str, previous: CitationPiece, pages: CitationPiece) -> bool:
    """A bare ``(p. 73)`` after a short form without a locator is that short form's page."""
    return previous.kind != "full" and previous.locator is None and text[pages.start] == "("


def letters_in_commentary(text: str, start: int, end: int) -> list[CitationPiece]:
    """Letters cited by recipient and date in commentary: full citations of the letter."""
    chunk = text[start:end]
    if not any(word in chunk for word in ("ett", "rief", "arta")):
        return []
    return [
        CitationPiece(kind="full", start=match.start(), end=match.end())
        for match in patterns.CITE_LETTER.finditer(text, start, end)
    ]


def pages_in_commentary(text: str, start: int, end: int) -> list[CitationPiece]:
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


def dated_text(text: str, end: int) -> list[CitationPiece]:
    """A note opening with only a date (``From February, 1938.``) dates the text it annotates."""
    match = patterns.CITE_DATE_ONLY.match(text, 0, end)
    if match is None:
        return []
    return [CitationPiece(kind="full", start=match.start("date"), end=match.end("date"))]
