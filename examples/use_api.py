"""Use citex from Python: read a BibTeX library, add a work, export CSL-JSON and BibTeX.

Run it from anywhere: ``python examples/use_api.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

import citex
from citex import Date, Name, Reference

HERE = Path(__file__).resolve().parent

# Read a .bib file: the good entries load, the broken ones come back as problems.
result = citex.read_bibtex(citex.read_text(HERE / "library.bib"))
for problem in result.problems:
    print("problem:", problem)
print(f"read {len(result.references)} works from library.bib")

# Records are frozen attrs classes with CSL field names.
serge = next(ref for ref in result.references if ref.id == "serge1963memoirs")
print(serge.title, "translated by", serge.translator[0].given, serge.translator[0].family)

# Add a work by hand; citekeys are readable and unique whatever the order.
revised = Reference(
    type="book",
    author=[Name(family="Alexander", given="Michelle")],
    title="The New Jim Crow: Mass Incarceration in the Age of Colorblindness",
    edition="Revised edition",
    publisher="The New Press",
    publisher_place="New York",
    issued=Date(year=2012),
)
works = [*result.references, revised]
print("new key:", citex.citekey_base(revised))

# Export: CSL-JSON (for pandoc, Zotero, citeproc) and BibTeX (for LaTeX).
csl_items = citex.to_csl_json(works, sort_by_key=True)
print(json.dumps(csl_items[1], ensure_ascii=False, indent=2))
print(citex.to_bibtex([revised]))

# Parse one reference as people write it in a note.
parsed = citex.parse_reference(
    "Michelle Alexander, The New Jim Crow (New York: The New Press, 2012), 218."
)
year = parsed.issued.year if parsed.issued else None
print(parsed.author[0].family, "|", parsed.title, "|", year)
print("cited at", parsed.locator)

# Extract a whole text: markers, notes, citations (with spans into the text) and works.
text = citex.read_text(HERE / "corpus" / "kites4-specter-part4.txt")
document = citex.extract(text)
print(f"{len(document.markers)} markers, {len(document.notes)} notes, "
      f"{len(document.citations)} citations, {len(document.works)} works")
short = next(c for c in document.citations if c.kind == "short")
print(f"{text[short.span.start:short.span.end]!r} -> {short.work} at {short.locator}")
