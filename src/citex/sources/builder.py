"""The text of a structural document (DOCX, ODT, EPUB, HTML), written as Markdown with notes.

Readers walk their format and tell a :class:`TextBuilder` what they meet: running text, a
note marker, the end of a paragraph or heading, a note's paragraphs. The builder writes the
body's paragraphs separated by blank lines, each marker as ``[^label]`` and, after the body,
each note as a Markdown definition ``[^label]: text`` (later paragraphs indented). So the text
reads as Markdown with footnotes, and the offsets of every marker and note are known exactly.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from attrs import frozen

from citex.records import Marker, Note, Span
from citex.sources import patterns
from citex.sources.model import Format, Source


@frozen
class _MarkerToken:
    """A note marker inside a paragraph: the note it points to and its printed label."""

    note: Hashable
    label: str


@frozen(kw_only=True)
class _NoteDraft:
    """A note as a reader gave it: its label and paragraphs."""

    label: str
    paragraphs: tuple[str, ...]


# Stands for a marker while a paragraph's whitespace is collapsed (a private-use character).
_PLACEHOLDER = "\ue000"
_NOTE_PARAGRAPH_BREAK = "\n\n    "


class TextBuilder:
    """Collects a document's paragraphs, markers and notes, then writes its text."""

    def __init__(self) -> None:
        self._paragraphs: list[tuple[int, list[str | _MarkerToken]]] = []
        self._current: list[str | _MarkerToken] = []
        self._notes: dict[Hashable, _NoteDraft] = {}

    def add_text(self, text: str) -> None:
        """Running text of the current paragraph (whitespace is collapsed on output)."""
        if text:
            self._current.append(text)

    def add_marker(self, note: Hashable, label: str) -> None:
        """A marker of note ``note`` (any key the reader also gives :meth:`add_note`)."""
        self._current.append(_MarkerToken(note, label))

    def end_paragraph(self, *, heading: int = 0) -> None:
        """Close the current paragraph; ``heading`` is its level when it is a heading."""
        if self._current:
            self._paragraphs.append((heading, self._current))
            self._current = []

    def add_note(self, note: Hashable, label: str, paragraphs: Sequence[str]) -> None:
        """The note ``note``: its label and the text of each of its paragraphs."""
        kept = tuple(text for text in (collapse(p) for p in paragraphs) if text)
        self._notes[note] = _NoteDraft(label=label, paragraphs=kept)

    @property
    def has_notes(self) -> bool:
        """True once a reader has given a note or a marker."""
        return bool(self._notes) or any(
            isinstance(item, _MarkerToken) for _, items in self._paragraphs for item in items
        )

    def build(self, *, format: Format, path: str | None) -> Source:
        """The document's text with its markers and notes linked."""
        self.end_paragraph()
        pieces: list[str] = []
        length = 0
        found: list[tuple[Hashable, str, Span]] = []  # note key, label, span of each marker
        for heading, items in self._paragraphs:
            text, tokens = _paragraph_text(items)
            if not text:
                continue
            if pieces:
                pieces.append("\n\n")
                length += 2
            if heading:
                text = "#" * min(heading, 6) + " " + text
                tokens = [(offset + min(heading, 6) + 1, token) for offset, token in tokens]
            for offset, token in tokens:
                tag = f"[^{_tag(token.label)}]"
                found.append(
                    (
                        token.note,
                        token.label,
                        Span(start=length + offset, end=length + offset + len(tag)),
                    )
                )
            pieces.append(text)
            length += len(text)
        notes: list[Note] = []
        note_index: dict[Hashable, int] = {}
        markers_of: dict[Hashable, list[int]] = {}
        for index, (key, _, _) in enumerate(found):
            markers_of.setdefault(key, []).append(index)
        for key in _note_order(found, self._notes):
            draft = self._notes[key]
            head = f"[^{_tag(draft.label)}]: "
            if pieces:
                pieces.append("\n\n")
                length += 2
            start = length
            pieces.append(head)
            length += len(head)
            segments = []
            for number, paragraph in enumerate(draft.paragraphs):
                if number:
                    pieces.append(_NOTE_PARAGRAPH_BREAK)
                    length += len(_NOTE_PARAGRAPH_BREAK)
                segments.append(Span(start=length, end=length + len(paragraph)))
                pieces.append(paragraph)
                length += len(paragraph)
            note_index[key] = len(notes)
            notes.append(
                Note(
                    label=draft.label,
                    span=Span(start=start, end=length),
                    text="\n\n".join(draft.paragraphs),
                    segments=segments or [Span(start=length, end=length)],
                    markers=markers_of.get(key, ()),
                )
            )
        markers = tuple(
            Marker(label=label, span=span, note=note_index.get(key)) for key, label, span in found
        )
        return Source(
            text="".join(pieces),
            format=format,
            path=path,
            markers=markers,
            notes=notes,
            notes_encoded=bool(markers or notes),
        )


def collapse(text: str) -> str:
    """``text`` with every run of whitespace one space, and no space at either end."""
    return " ".join(text.split())


def _paragraph_text(
    items: Sequence[str | _MarkerToken],
) -> tuple[str, list[tuple[int, _MarkerToken]]]:
    """A paragraph's text, whitespace collapsed, with each marker written as ``[^label]``, and
    where each marker starts in it."""
    strings = [item for item in items if isinstance(item, str)]
    if len(strings) == len(items):
        return collapse("".join(strings)), []
    tokens = [item for item in items if isinstance(item, _MarkerToken)]
    joined = "".join(
        _PLACEHOLDER if isinstance(item, _MarkerToken) else item.replace(_PLACEHOLDER, "")
        for item in items
    )
    parts = collapse(joined).split(_PLACEHOLDER)
    text = parts[0]
    placed = []
    for token, part in zip(tokens, parts[1:], strict=True):
        placed.append((len(text), token))
        text += f"[^{_tag(token.label)}]" + part
    return text, placed


def _tag(label: str) -> str:
    """How a label is written inside ``[^…]``: without spaces or closing brackets."""
    return patterns.NOT_IN_NOTE_TAG.sub("-", label) or "-"


def _note_order(
    found: Sequence[tuple[Hashable, str, Span]], notes: dict[Hashable, _NoteDraft]
) -> list[Hashable]:
    """Notes in the order of their first marker, then the notes no marker points to."""
    order: dict[Hashable, None] = {}
    for key, _, _ in found:
        if key in notes:
            order.setdefault(key, None)
    for key in notes:
        order.setdefault(key, None)
    return list(order)
