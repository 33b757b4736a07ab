"""Notes in a list of references (issue 11): where a note's neighbours both cite a work, the
note is one more entry of the list, and a title alone there is a work.

Reference lists rendered from web pages (a Wikipedia article's ``n. ^ Title.``) and endnotes
that cite one work each print many works by title alone, or by title and site, with no year,
author or imprint to anchor them. Such a note is a work by two cues: its shape (a title, see
:func:`citex.citations.undated.listed_title`) and its place among notes that cite works. The
context also lowers the bar the parser's confidence must clear (:mod:`citex.pipeline`).
"""

from __future__ import annotations

from collections.abc import Collection, Container, Sequence

from citex.citations.find import cite_listed_note
from citex.records import Citation, Note


def notes_in_reference_lists(count: int, citing: Collection[int]) -> frozenset[int]:
    """Indices of the notes, of ``count``, whose previous and next notes are both in ``citing``
    (the notes that cite a work in full)."""
    return frozenset(i for i in range(1, count - 1) if i - 1 in citing and i + 1 in citing)


def titles_in_reference_lists(
    notes: Sequence[Note],
    listed: Collection[int],
    source: str,
    *,
    cited: Container[int],
    hyphenated: Container[str] = frozenset(),
) -> list[Citation]:
    """Full citations of the ``listed`` notes that cite nothing yet (not in ``cited``) and read
    as a title alone (:func:`citex.citations.find.cite_listed_note`), in note order."""
    found = (
        cite_listed_note(notes[i], source, note_index=i, hyphenated=hyphenated)
        for i in sorted(listed)
        if i not in cited
    )
    return [citation for citation in found if citation is not None]
