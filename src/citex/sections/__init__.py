"""Sections: bibliography sections split into entries, and the document's own front matter."""

from citex.sections.bibliography import find_bibliography
from citex.sections.frontmatter import find_self_record

__all__ = ["find_bibliography", "find_self_record"]
