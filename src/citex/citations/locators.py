"""Locators: the page, chapter or note a citation points to, as printed after it."""

from __future__ import annotations

from citex.citations import patterns
from citex.citations.chunks import CitationPiece
from citex.records import Locator, LocatorLabel


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


def extend_locator(text: str, piece: CitationPiece, start: int, end: int) -> CitationPiece:
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


def trailing_locator(text: str, pos: int, end: int) -> tuple[int, Locator | None]:
    """The locator printed right after a work (``, 218``, ``, ch. 3``); a colon gives pages."""
    match = patterns.TRAILING_LOCATOR.match(text, pos, end)
    if not match:
        return pos, None
    if match["sep"] == ":":
        return match.end(), None
    return match.end(), parse_locator(match["locator"])
