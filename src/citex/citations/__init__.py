"""Citations: a note's text cut into the citations it makes, told from its commentary.

``find`` reads a note chunk by chunk; ``bounds`` says where each work begins and ends around
its year or address; ``undated`` finds works cited without a year; ``commentary`` reads what
the prose around them says; ``locators`` the pages cited; ``chunks`` the shared readers.
"""

from citex.citations.find import find_citations

__all__ = ["find_citations"]
