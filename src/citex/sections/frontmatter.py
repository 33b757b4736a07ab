"""The document's own record: front matter, a pandoc title block, or a title and ``By …`` line.

Front matter is the metadata block Markdown tools put at the very start of a text: YAML
between a ``---`` line and a ``---`` or ``...`` line (pandoc, Jekyll, Hugo), or TOML
between ``+++`` lines (Hugo). YAML is read with ``yaml.safe_load`` (plain data only, no
tags that build objects), TOML with the standard ``tomllib``. Hand-written blocks that YAML
rejects (``title: Capital: A Critique``) are still read, line by line, as the flat
``key: value`` pairs their writer meant. A pandoc title block (``% Title``, ``% Author;
Author``, ``% Date``) and a heading followed by ``By …`` also describe the document.

Only the keys a citation needs are read (CSL, pandoc, Jekyll and Hugo spellings); nested
values are read one level deep (``author:`` as a list of names or of ``name:``/``family:``
maps), never walked further, so YAML aliases cannot blow up the work.
"""

from __future__ import annotations

import datetime
import tomllib
from collections.abc import Mapping

import regex
import yaml

from citex.citations import patterns as citations_patterns
from citex.parse.identifiers import normalise_isbn, normalise_issn
from citex.records import Date, Name, Reference, Span
from citex.sections import patterns

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
    "summary": "note",
}
_NORMALISE = {"isbn": normalise_isbn, "issn": normalise_issn}
_NAMES = {"author": "author", "authors": "author", "editor": "editor", "translator": "translator"}
# Jekyll and Hugo write `date`; Hugo also `publishDate` (keys are compared lower-cased).
_DATES = frozenset(["date", "year", "issued", "published", "publishdate", "pubdate"])
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
        span = Span(start=match.start(), end=match.end())
        data = _read_block(match["body"], toml=match["fence"] == "+++")
        return _from_metadata(data, match.group(), span) if data else None
    match = patterns.PANDOC_TITLE_BLOCK.match(text)
    if match:
        data = {
            "title": match["title"],
            "author": match["author"] or "",
            "date": match["date"] or "",
        }
        return _from_metadata(data, match.group(), Span(start=match.start(), end=match.end()))
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


def _read_block(body: str, *, toml: bool) -> Mapping[str, object] | None:
    """The keys of a front-matter block: TOML, YAML, or flat lines when YAML rejects it."""
    try:
        data: object = tomllib.loads(body) if toml else yaml.safe_load(body)
    except tomllib.TOMLDecodeError:
        return None
    except yaml.YAMLError:
        data = _read_lines(body)
    return data if isinstance(data, Mapping) else None


def _read_lines(body: str) -> dict[str, object]:
    """Flat ``key: value`` lines and ``- item`` lists, for a block YAML cannot read."""
    data: dict[str, object] = {}
    key = ""
    for line in body.splitlines():
        item = patterns.FRONT_MATTER_ITEM.match(line)
        if item and key:
            listed = data.setdefault(key, [])
            if isinstance(listed, list):
                listed.append(_unquote(item["value"]))
            continue
        entry = patterns.FRONT_MATTER_LINE.match(line)
        if entry:
            key = entry["key"]
            value = _unquote(entry["value"] or "")
            data[key] = value if value else []
    return data


def _from_metadata(data: Mapping[str, object], raw: str, span: Span) -> Reference | None:
    """A reference from front-matter keys (unknown keys are ignored)."""
    fields: dict[str, object] = {}
    names: dict[str, list[Name]] = {}
    for key, value in data.items():
        key = str(key).lower()
        if key in _NAMES:
            names.setdefault(_NAMES[key], []).extend(_people(value))
            continue
        text = _text(value)
        if not text:
            continue
        if key in _DATES:
            fields.setdefault("issued", _date(text))
        elif key == "type" and text in _TYPES:
            fields["type"] = text
        elif key in _SINGLE and _SINGLE[key] not in fields:
            fields[_SINGLE[key]] = _NORMALISE.get(_SINGLE[key], str)(text)
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


def _text(value: object) -> str | None:
    """A scalar as one line of text: YAML's folded ``>`` titles, numbers and dates too."""
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return " ".join(str(value).split()) or None
    return None


def _people(value: object) -> list[Name]:
    """Names from a string, a list of strings, or maps with ``name``/``family``/``given``.

    A YAML flow list that splits ``[Marx, Karl; Engels, Friedrich]`` at its commas is put
    back together and split at the semicolons its writer meant.
    """
    if isinstance(value, Mapping):
        return _person(value)
    if not isinstance(value, list):
        text = _text(value)
        return _names(text) if text else []
    texts = [t for t in (_text(v) for v in value if not isinstance(v, Mapping)) if t]
    if any(";" in t for t in texts):
        return _names(", ".join(texts))
    people: list[Name] = []
    for item in value:
        if isinstance(item, Mapping):
            people.extend(_person(item))
        else:
            text = _text(item)
            people.extend(_names(text) if text else [])
    return people


def _person(value: Mapping[object, object]) -> list[Name]:
    """One name from a map: CSL ``family``/``given``, or pandoc's ``name``/``literal``."""
    family, given = _text(value.get("family")), _text(value.get("given"))
    if family:
        return [Name(family=family, given=given)]
    literal = _text(value.get("name")) or _text(value.get("literal"))
    return _names(literal) if literal else []


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
