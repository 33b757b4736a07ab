"""Corpus: many files to one deduplicated bibliography (process pool or Dask, cached)."""

from citex.corpus.bibliography import Bibliography, Entry, build_bibliography
from citex.corpus.run import collect_corpus, write_bibliography, write_citations

__all__ = [
    "Bibliography",
    "Entry",
    "build_bibliography",
    "collect_corpus",
    "write_bibliography",
    "write_citations",
]
