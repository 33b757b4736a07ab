"""Hypothesis strategies for citex records: hostile but well-formed.

``references()`` builds :class:`~citex.records.Reference` values with unicode from
many scripts, BibTeX/LaTeX specials (``{ } % & $ # _ ~ ^ \\``), names with particles
and suffixes, corporate names, missing fields, and the citex-only fields (locator,
related works, raw text, span, confidence). Import it from any test module:
``from strategies import references``.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from citex.records import Date, Locator, Name, Reference, Span

#: Characters that break naive BibTeX or LaTeX writers.
LATEX_SPECIALS = "{}%&$#_~^\\"

_PRINTABLE = st.characters(
    codec="utf-8",
    categories=("L", "M", "N", "P", "S", "Zs"),
    exclude_characters="\u00a0\u2007\u202f",  # no-break spaces are normalised by some readers
)

#: Free text: any printable unicode plus LaTeX specials, stripped, never empty.
hostile_text = (
    st.text(st.one_of(_PRINTABLE, st.sampled_from(LATEX_SPECIALS)), min_size=1, max_size=40)
    .map(lambda text: " ".join(text.split()))
    .filter(bool)
)

#: A word of a person's name: letters (any script), possibly with an apostrophe or hyphen.
name_word = st.builds(
    lambda head, tail, joiner: head + (joiner + tail if tail else ""),
    st.text(st.characters(categories=("Lu",)), min_size=1, max_size=1),
    st.text(st.characters(categories=("Ll",)), max_size=10),
    st.sampled_from(["", "'", "-"]),
)

particles = st.sampled_from(["de", "van", "von", "van der", "di", "da", "del", "de la", "dos"])


@st.composite
def names(draw: st.DrawFn) -> Name:
    """A person (family with optional given, particle, suffix) or a corporate ``literal``."""
    if draw(st.integers(0, 5)) == 0:
        return Name(literal=draw(hostile_text))
    family = draw(st.lists(name_word, min_size=1, max_size=2).map(" ".join))
    given = draw(st.none() | st.lists(name_word, min_size=1, max_size=3).map(" ".join))
    particle = draw(st.none() | particles)
    suffix = draw(st.none() | st.sampled_from(["Jr.", "Sr.", "III"]))
    return Name(family=family, given=given, particle=particle, suffix=suffix)


@st.composite
def dates(draw: st.DrawFn) -> Date:
    """A date with a year (month and day optional, in order) or only a printed form."""
    if draw(st.integers(0, 6)) == 0:
        return Date(raw=draw(st.sampled_from(["n.d.", "forthcoming", "s.d.", "o. J."])))
    year = draw(st.integers(1000, 2099))
    month = draw(st.none() | st.integers(1, 12))
    day = draw(st.integers(1, 28)) if month is not None and draw(st.booleans()) else None
    return Date(year=year, month=month, day=day, circa=draw(st.booleans()))


CSL_TYPES_USED = (
    "article-journal",
    "article-magazine",
    "article-newspaper",
    "book",
    "chapter",
    "thesis",
    "report",
    "webpage",
    "paper-conference",
    "manuscript",
    "legal_case",
    "legislation",
    "document",
)

_optional_text = st.none() | hostile_text
_number = st.none() | st.from_regex(r"\A[1-9][0-9]{0,3}\Z")
_pages = st.none() | st.from_regex(r"\A[1-9][0-9]{0,3}(-[1-9][0-9]{0,3})?\Z")


def _reference_fields(*, nested: bool) -> dict[str, Any]:
    """Strategies for Reference's keyword arguments."""
    fields: dict[str, Any] = {
        "id": st.none() | st.from_regex(r"\A[a-z][a-z0-9_:-]{0,20}\Z"),
        "type": st.sampled_from(CSL_TYPES_USED),
        "author": st.lists(names(), max_size=3),
        "editor": st.lists(names(), max_size=2),
        "translator": st.lists(names(), max_size=1),
        "title": _optional_text,
        "container_title": _optional_text,
        "collection_title": _optional_text,
        "publisher": _optional_text,
        "publisher_place": _optional_text,
        "issued": st.none() | dates(),
        "original_date": st.none() | dates(),
        "accessed": st.none() | dates(),
        "volume": _number,
        "issue": _number,
        "page": _pages,
        "number": _number,
        "edition": _number,
        "number_of_pages": _number,
        "number_of_volumes": _number,
        "doi": st.none() | st.from_regex(r"\A10\.[0-9]{4,5}/[a-z0-9._;()/-]{1,20}\Z"),
        "url": st.none() | st.from_regex(r"\Ahttps://[a-z]{1,10}\.org/[a-z0-9_%~-]{0,20}\Z"),
        "isbn": st.none() | st.from_regex(r"\A97[89][0-9]{10}\Z"),
        "issn": st.none() | st.from_regex(r"\A[0-9]{4}-[0-9]{3}[0-9X]\Z"),
        "language": st.none() | st.sampled_from(["en", "it", "fr-FR", "es", "de", "pt-BR"]),
        "genre": _optional_text,
        "medium": _optional_text,
        "note": _optional_text,
        "raw": _optional_text,
        "confidence": st.sampled_from([1.0, 0.0, 0.25, 0.5, 0.9]),
        "same_author_as_previous": st.booleans(),
        "locator": st.none()
        | st.builds(
            Locator,
            label=st.sampled_from(["page", "chapter", "note"]),
            value=st.from_regex(r"\A[1-9][0-9]{0,3}(-[0-9]{1,3})?\Z"),
        ),
        "span": st.none()
        | st.tuples(st.integers(0, 10_000), st.integers(0, 500)).map(
            lambda pair: Span(start=pair[0], end=pair[0] + pair[1])
        ),
    }
    if not nested:
        fields["related"] = st.lists(references(nested=True), max_size=1)
    return fields


def references(*, nested: bool = False) -> st.SearchStrategy[Reference]:
    """Any :class:`Reference`, hostile in content; ``nested`` ones have no ``related``."""
    return st.fixed_dictionaries({}, optional=_reference_fields(nested=nested)).map(
        lambda fields: Reference(**fields)
    )
