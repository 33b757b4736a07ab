"""Citations: a note's text cut into the citations it makes, told from its commentary."""

from citex.citations.find import find_citations

__all__ = ["find_citations"]
