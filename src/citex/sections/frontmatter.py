"""The document's own record: YAML-style front matter, or a title and ``By …`` block at the top.

Front matter here is the flat ``key: value`` kind Markdown tools write (pandoc, Jekyll,
Hugo), between a ``---`` line and a ``---`` or ``...`` line at the very start. A small
bounded reader covers it: nested YAML is not metadata a citation needs, and a YAML library
would be a dependency for one block of text. Unknown keys are ignored.
"""

from __future__ import annotations

import regex

from citex.citations import patterns as citations_patterns
from citex.records import Date, Name, Reference, Span
from citex.sections import patterns

# Front matter longer than this many lines is not front matter.
_MAX_LINES = 200

_SINGLE = {
    "title": "title",
    "subtitle": "subtitle",
    "journal": "container_title",
    "container-title": "container_title",
    "booktitle": "container_title",
    "publication": "container_title",
    "publisher": "publisher",
    "place": "publisher_place",
    "publisher-place": "publisher_place",
    "volume": "volume",
    "issue": "issue",
    "number": "issue",
    "pages": "page",
    "page": "page",
    "doi": "doi",
    "url": "url",
    "link": "url",
    "source": "url",
    "isbn": "isbn",
    "issn": "issn",
    "language": "language",
    "lang": "language",
    "description": "note",
    "abstract": "note",
}
_NAMES = {"author": "author", "authors": "author", "editor": "editor", "translator": "translator"}
_DATES = {"date": "issued", "year": "issued", "issued": "issued", "published": "issued"}
_TYPES = frozenset(
    [
        "article",
        "article-journal",
        "article-magazine",
        "article-newspaper",
        "book",
        "chapter",
        "document",
        "post",
        "post-weblog",
        "report",
        "speech",
        "thesis",
        "webpage",
    ]
)


def find_self_record(text: str) -> Reference | None:
    """The record of the document itself, from its front matter or title block.

    Args:
        text: the whole input text.

    Returns:
        A :class:`Reference` with ``span`` over the block it was read from, or ``None``
        when the text does not describe itself.
    """
    match = patterns.FRONT_MATTER.match(text)
    if match:
        return _from_front_matter(
            match["body"], match.group(), Span(start=match.start(), end=match.end())
        )
    match = patterns.TITLE_BLOCK.match(text)
    if match:
        return Reference(
            type="document",
            title=match["title"].strip(),
            author=_names(match["author"]),
            raw=match.group().strip(),
            span=Span(start=match.start("title"), end=match.end("author")),
        )
    return None


def _from_front_matter(body: str, raw: str, span: Span) -> Reference | None:
    """A reference from the ``key: value`` lines of a front-matter block."""
    fields: dict[str, object] = {}
    names: dict[str, list[Name]] = {}
    key = ""
    for line in body.splitlines()[:_MAX_LINES]:
        item = patterns.FRONT_MATTER_ITEM.match(line)
        if item and key in _NAMES:
            names.setdefault(_NAMES[key], []).extend(_names(_unquote(item["value"])))
            continue
        entry = patterns.FRONT_MATTER_LINE.match(line)
        if not entry:
            continue
        key, value = entry["key"].lower(), _unquote(entry["value"] or "")
        if not value:
            continue
        if key in _NAMES:
            names.setdefault(_NAMES[key], []).extend(_names(value))
        elif key in _DATES:
            fields["issued"] = _date(value)
        elif key == "type" and value in _TYPES:
            fields["type"] = value
        elif key in _SINGLE and _SINGLE[key] not in fields:
            fields[_SINGLE[key]] = value
    subtitle = fields.pop("subtitle", None)
    if subtitle and "title" in fields:
        fields["title"] = f"{fields['title']}: {subtitle}"
    if "url" not in fields and isinstance(fields.get("note"), str):
        url = citations_patterns.CITE_URL.search(str(fields["note"]))
        if url:
            fields["url"] = url.group().rstrip(".,>")
    if not fields.get("title") and not names:
        return None
    return Reference(span=span, raw=raw, **names, **fields)  # type: ignore[arg-type]


def _unquote(value: str) -> str:
    """A value without its surrounding quotes and spaces."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return value.strip()


def _names(value: str) -> list[Name]:
    """``Damen, Onorato`` / ``Onorato Damen`` / ``A and B`` / ``A; B`` as names."""
    parts = [p.strip() for p in regex.split(r"\s*;\s*|\s+(?:and|&)\s+", value) if p.strip()]
    if len(parts) == 1 and value.count(",") > 1:
        parts = [p.strip() for p in value.split(",") if p.strip()]
    names = []
    for part in parts:
        if "," in part:
            family, given = (s.strip() for s in part.split(",", 1))
            names.append(Name(family=family, given=given or None))
        elif " " in part:
            given, family = part.rsplit(" ", 1)
            names.append(Name(family=family, given=given))
        else:
            names.append(Name(literal=part))
    return names


def _date(value: str) -> Date:
    """``1943``, ``1943-12``, ``2013-03-11`` as a date; anything else kept as printed."""
    match = patterns.ISO_DATE.match(value)
    if not match:
        return Date(raw=value)
    month, day = match["month"], match["day"]
    return Date(
        year=int(match["year"]),
        month=int(month) if month else None,
        day=int(day) if day else None,
        raw=value,
    )
