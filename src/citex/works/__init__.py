"""Works: which citations cite the same work (Ibid., short forms) and the citekeys of works."""

from citex.works.keys import assign_citekeys, citekey_base
from citex.works.resolve import resolve

__all__ = ["assign_citekeys", "citekey_base", "resolve"]
