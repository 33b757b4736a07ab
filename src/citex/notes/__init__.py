"""Notes: footnote markers and the notes they point to, chosen together."""

from citex.notes.find import find_markers, find_notes

__all__ = ["find_markers", "find_notes"]
