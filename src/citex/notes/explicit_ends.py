"""Where explicit notes end: a Markdown footnote definition, a bracket opened before a note.

Used by :mod:`citex.notes.find` for the notes whose syntax says what they are.
"""

from __future__ import annotations

from citex.notes import patterns
from citex.notes.starts import rstrip_at

# Longest inline note or Gutenberg block read before giving up on a closing bracket.
MAX_BRACKETED = 20_000


def markdown_end(text: str, position: int) -> int:
    """End of a Markdown footnote definition: its line, lazy continuation lines, and
    paragraphs indented under it after blank lines."""
    end = _line_end(text, position)
    while end < len(text):
        line_end = _line_end(text, end + 1)
        line = text[end + 1 : line_end]
        if line.strip():
            indented = line.startswith(("    ", "\t"))
            if patterns.MARKDOWN_NOTE.match(line) or (
                not indented and line.lstrip().startswith(("#", "```", "---"))
            ):
                break
            end = line_end
            continue
        following_end = _line_end(text, min(line_end + 1, len(text)))
        following = text[line_end + 1 : following_end]
        if not (following.startswith(("    ", "\t")) and following.strip()):
            break
        end = following_end
    return rstrip_at(text, position, end)


def _line_end(text: str, position: int) -> int:
    """Offset of the line break ending the line at ``position`` (or the end of the text)."""
    end = text.find("\n", position)
    return len(text) if end < 0 else end


def closing_bracket(text: str, position: int) -> int | None:
    """Offset of the ``]`` closing a bracket opened just before ``position``, if near."""
    depth = 1
    limit = min(len(text), position + MAX_BRACKETED)
    for i in range(position, limit):
        char = text[i]
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
            if depth == 0:
                return i
    return None
