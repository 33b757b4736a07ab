"""CSL-JSON out and in: the record model is CSL, so this is mostly renaming.

What CSL-data has no variable for goes into ``custom.citex`` (the schema's place for
"additional information that does not have a designated CSL JSON field"): the
locator, ``same_author_as_previous``, ``related`` works, ``confidence`` (when not 1),
``raw``, ``span`` and the printed form of dates that also have a year. A record that
could not be parsed (no title) also gets its raw text as ``note``, so citeproc
renders something. ``docs/bibtex-csl-mapping.md`` has the whole table.
"""

from __future__ import annotations

import calendar
import json
import reprlib
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from citex.errors import ParseError
from citex.formats.patterns import BIBLATEX_DATE, JSON_STRING_OR_BRACKET
from citex.records import Date, ImportProblem, ImportResult, Locator, Name, Reference, Span
from citex.works.keys import assign_citekeys

CslItem = dict[str, Any]

#: Every item type CSL-data 1.0 allows.
CSL_TYPES = frozenset(
    """article article-journal article-magazine article-newspaper bill book broadcast chapter
    classic collection dataset document entry entry-dictionary entry-encyclopedia event figure
    graphic hearing interview legal_case legislation manuscript map motion_picture
    musical_score pamphlet paper-conference patent performance periodical
    personal_communication post post-weblog regulation report review review-book software
    song speech standard thesis treaty webpage""".split()  # noqa: SIM905 (a word list reads better than 100 quoted strings)
)

#: CSL variable -> Reference attribute, for the plain string variables.
STRING_FIELDS: dict[str, str] = {
    "title": "title",
    "container-title": "container_title",
    "collection-title": "collection_title",
    "publisher": "publisher",
    "publisher-place": "publisher_place",
    "volume": "volume",
    "issue": "issue",
    "page": "page",
    "number": "number",
    "edition": "edition",
    "number-of-pages": "number_of_pages",
    "number-of-volumes": "number_of_volumes",
    "archive": "archive",
    "archive_location": "archive_location",
    "DOI": "doi",
    "URL": "url",
    "ISBN": "isbn",
    "ISSN": "issn",
    "language": "language",
    "genre": "genre",
    "medium": "medium",
    "note": "note",
}
NAME_FIELDS = ("author", "editor", "translator")
DATE_FIELDS: dict[str, str] = {
    "issued": "issued",
    "original-date": "original_date",
    "accessed": "accessed",
}
_NAME_PARTS = {
    "family": "family",
    "given": "given",
    "non-dropping-particle": "particle",
    "suffix": "suffix",
    "literal": "literal",
}
_LOCATOR_LABELS = frozenset(
    ("page", "chapter", "section", "note", "volume", "paragraph", "line", "figure", "column")
)
_CUSTOM = "citex"


_MAX_DIGITS = 18
"""Longer JSON integers are read as their digits (text), never converted to int."""
_MAX_RELATED = 8
"""How deep ``custom.citex.related`` may nest (a related work's related works...)."""
_SHORT = reprlib.Repr()
_SHORT.maxlevel, _SHORT.maxstring, _SHORT.maxother, _SHORT.maxlong = 2, 60, 60, 60


def shown(value: object) -> str:
    """``repr(value)`` cut short, for messages (a value may be huge or deeply nested)."""
    return _SHORT.repr(value)


def checked_date(
    year: int, month: int | None, day: int | None, printed: str, problems: list[str]
) -> Date:
    """A date whose year, month and day exist; what does not is dropped and reported.

    Args:
        year, month, day: the date's parts as read.
        printed: the date as the input gave it, for the message and as ``raw``.
        problems: where to report what was dropped.
    """
    if not -9999 <= year <= 9999:
        problems.append(f"date {printed!r}: year {year} out of range; kept as printed")
        return Date(raw=printed)
    if month is not None and not 1 <= month <= 12:
        problems.append(f"date {printed!r}: no month {month}; only the year was kept")
        return Date(year=year)
    if day is not None and month is not None:
        last = calendar.monthrange(year if year > 0 else 2000, month)[1]
        if not 1 <= day <= last:
            problems.append(f"date {printed!r}: no day {day} in month {month}; day dropped")
            return Date(year=year, month=month)
    return Date(year=year, month=month, day=day)


def is_unparsed(ref: Reference) -> bool:
    """Whether ``ref`` is a reference kept only as its raw text (no title was found)."""
    return ref.title is None and ref.raw is not None


# --------------------------------------------------------------------------------------
# Export
# --------------------------------------------------------------------------------------


def _name_to_csl(name: Name) -> dict[str, str]:
    """A CSL name object with the parts that are set."""
    return {
        csl: getattr(name, attr)
        for csl, attr in _NAME_PARTS.items()
        if getattr(name, attr) is not None
    }


def _date_to_csl(date: Date) -> dict[str, Any] | None:
    """A CSL date: ``date-parts`` when there is a year, else the printed form as ``literal``."""
    csl: dict[str, Any] = {}
    if date.year is not None:
        parts = [date.year]
        if date.month is not None:
            parts.append(date.month)
            if date.day is not None:
                parts.append(date.day)
        csl["date-parts"] = [parts]
    elif date.raw is not None:
        csl["literal"] = date.raw
    else:
        return None
    if date.circa:
        csl["circa"] = True
    return csl


def _custom(ref: Reference) -> dict[str, Any]:
    """The citex-only part of a record, for ``custom.citex``."""
    custom: dict[str, Any] = {}
    if ref.locator is not None:
        custom["locator"] = {"label": ref.locator.label, "value": ref.locator.value}
    if ref.same_author_as_previous:
        custom["same-author-as-previous"] = True
    if ref.related:
        custom["related"] = [reference_to_csl(related) for related in ref.related]
    if ref.confidence != 1.0:
        custom["confidence"] = ref.confidence
    if ref.raw is not None:
        custom["raw"] = ref.raw
    if ref.span is not None:
        custom["span"] = [ref.span.start, ref.span.end]
    date_raw = {
        csl: date.raw
        for csl, attr in DATE_FIELDS.items()
        if (date := getattr(ref, attr)) is not None and date.year is not None and date.raw
    }
    if date_raw:
        custom["date-raw"] = date_raw
    if ref.note is None and is_unparsed(ref):
        custom["note-is-raw"] = True
    if ref.type not in CSL_TYPES:
        custom["type"] = ref.type
    return custom


def reference_to_csl(ref: Reference, *, item_id: str | None = None) -> CslItem:
    """One reference as a CSL-JSON item.

    Args:
        ref: The reference.
        item_id: The item's ``id``; defaults to ``ref.id`` (omitted when both are None).

    Returns:
        A dict with CSL variable names; citex-only data sits in ``custom.citex``.
    """
    item: CslItem = {}
    if (item_id := item_id if item_id is not None else ref.id) is not None:
        item["id"] = item_id
    item["type"] = ref.type if ref.type in CSL_TYPES else "document"
    for csl in NAME_FIELDS:
        names = getattr(ref, csl)
        if names:
            item[csl] = [_name_to_csl(name) for name in names]
    for csl, attr in DATE_FIELDS.items():
        date = getattr(ref, attr)
        if date is not None and (csl_date := _date_to_csl(date)) is not None:
            item[csl] = csl_date
    for csl, attr in STRING_FIELDS.items():
        value = getattr(ref, attr)
        if value is not None:
            item[csl] = value
    if ref.note is None and is_unparsed(ref):
        item["note"] = ref.raw
    if custom := _custom(ref):
        item["custom"] = {_CUSTOM: custom}
    return item


def to_csl_json(references: Iterable[Reference], *, sort_by_key: bool = False) -> list[CslItem]:
    """CSL-JSON items for ``references``, valid against the CSL-data 1.0 schema.

    Each item's ``id`` is the reference's own id when that is a safe, unique citekey,
    else a generated one (see :func:`citex.works.keys.assign_citekeys`), so ids are unique.

    Args:
        references: The references.
        sort_by_key: Order items by id instead of keeping the input order, so the output
            is the same whatever order the references come in.

    Returns:
        A list of JSON-ready dicts (``json.dumps(..., ensure_ascii=False)`` them).
    """
    refs = tuple(references)
    keys = assign_citekeys(refs, keep_ids=True)
    items = [reference_to_csl(ref, item_id=key) for ref, key in zip(refs, keys, strict=True)]
    return sorted(items, key=lambda item: str(item["id"])) if sort_by_key else items


def dumps_csl_json(references: Iterable[Reference], *, sort_by_key: bool = False) -> str:
    """:func:`to_csl_json` as indented UTF-8 JSON text ending in a newline."""
    items = to_csl_json(references, sort_by_key=sort_by_key)
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------------------
# Import
# --------------------------------------------------------------------------------------


def _text(value: object, variable: str) -> str:
    """A CSL string variable (numbers allowed, as CSL allows them for ``volume`` and kin)."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise ParseError(f"{variable} must be a string, got {shown(value)}")


def _name_from_csl(value: object, variable: str) -> Name:
    """A :class:`Name` from a CSL name object; a dropping particle joins the given name."""
    if not isinstance(value, Mapping):
        raise ParseError(f"{variable} must hold name objects, got {shown(value)}")
    parts = {attr: _text(value[csl], variable) for csl, attr in _NAME_PARTS.items() if csl in value}
    if "dropping-particle" in value:
        dropping = _text(value["dropping-particle"], variable)
        parts["given"] = f"{parts['given']} {dropping}" if parts.get("given") else dropping
    return Name(**parts)


def _int_part(value: object, variable: str) -> int:
    """One number of ``date-parts`` (CSL allows numeric strings)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        digits = value.strip().removeprefix("-")
        if digits.isdecimal() and len(digits) <= _MAX_DIGITS:
            return int(value)
    raise ParseError(f"{variable} date-parts must be numbers, got {shown(value)}")


def _date_from_csl(value: object, variable: str, raw: str | None, problems: list[str]) -> Date:
    """A :class:`Date` from CSL ``date-parts`` (a range's start), ``literal`` or ``raw``.

    A month or day that does not exist is dropped and reported in ``problems``.
    """
    if not isinstance(value, Mapping):
        raise ParseError(f"{variable} must be a date object, got {shown(value)}")
    circa = bool(value.get("circa", False))
    parts = value.get("date-parts")
    if parts:
        if not isinstance(parts, list) or not isinstance(parts[0], list) or not parts[0]:
            raise ParseError(f"{variable} date-parts must be a list of lists, got {shown(parts)}")
        numbers = [_int_part(part, variable) for part in parts[0][:3]]
        month, day = [*numbers[1:], None, None][:2]
        printed = "-".join(str(number) for number in numbers)
        date = checked_date(numbers[0], month, day, printed, problems)
        return attrs.evolve(date, circa=circa, raw=raw if date.year is not None else date.raw)
    if "raw" in value and (iso := BIBLATEX_DATE.search(_text(value["raw"], variable).strip())):
        date = checked_date(
            int(iso["year"]),
            int(iso["month"]) if iso["month"] else None,
            int(iso["day"]) if iso["day"] else None,
            iso.group(),
            problems,
        )
        return attrs.evolve(date, circa=circa, raw=raw if date.year is not None else date.raw)
    printed = value.get("literal", value.get("raw"))
    if printed is None:
        raise ParseError(f"{variable} has neither date-parts nor a literal: {shown(value)}")
    return Date(raw=_text(printed, variable), circa=circa)


def _locator(value: object) -> Locator:
    """The citex locator kept in ``custom.citex.locator``."""
    if (
        not isinstance(value, Mapping)
        or value.get("label") not in _LOCATOR_LABELS
        or not isinstance(value.get("value"), str)
    ):
        raise ParseError(f"custom.citex.locator must be {{label, value}}, got {shown(value)}")
    return Locator(label=value["label"], value=value["value"])


def _citex_fields(custom: Mapping[str, Any], problems: list[str], depth: int) -> dict[str, Any]:
    """Reference attributes restored from ``custom.citex`` (``depth``: how nested it is)."""
    fields: dict[str, Any] = {}
    if "locator" in custom:
        fields["locator"] = _locator(custom["locator"])
    if "same-author-as-previous" in custom:
        fields["same_author_as_previous"] = bool(custom["same-author-as-previous"])
    if "related" in custom:
        related = custom["related"]
        if not isinstance(related, list):
            raise ParseError(f"custom.citex.related must be a list, got {shown(related)}")
        if related and depth >= _MAX_RELATED:
            raise ParseError(f"custom.citex.related nests more than {_MAX_RELATED} deep")
        fields["related"] = tuple(
            _reference_from_csl(item, problems, depth + 1) for item in related
        )
    if "confidence" in custom:
        confidence = custom["confidence"]
        if not isinstance(confidence, int | float) or not 0 <= confidence <= 1:
            raise ParseError(f"custom.citex.confidence must be in [0, 1], got {shown(confidence)}")
        fields["confidence"] = float(confidence)
    if "raw" in custom:
        fields["raw"] = _text(custom["raw"], "custom.citex.raw")
    if "span" in custom:
        span = custom["span"]
        try:
            fields["span"] = Span(start=span[0], end=span[1])
        except (TypeError, ValueError, IndexError, KeyError) as error:
            message = f"custom.citex.span must be [start, end], got {shown(span)}"
            raise ParseError(message) from error
    return fields


def reference_from_csl(item: Mapping[str, Any], *, problems: list[str] | None = None) -> Reference:
    """A :class:`Reference` from one CSL-JSON item (the inverse of :func:`reference_to_csl`).

    Variables the record has no place for are ignored (see :func:`ignored_variables`).

    Args:
        item: The CSL-JSON item.
        problems: Where to report what was dropped while the item still loads (a date's
            impossible month or day); ``None`` to drop it silently.

    Raises:
        ParseError: The item is not an object or a variable has the wrong shape.
    """
    return _reference_from_csl(item, [] if problems is None else problems, 0)


def _reference_from_csl(item: Mapping[str, Any], problems: list[str], depth: int) -> Reference:
    """:func:`reference_from_csl` at a nesting ``depth`` of related works."""
    if not isinstance(item, Mapping):
        raise ParseError(f"a CSL item must be an object, got {shown(item)}")
    custom = item.get("custom", {})
    citex = custom.get(_CUSTOM, {}) if isinstance(custom, Mapping) else {}
    if not isinstance(citex, Mapping):
        raise ParseError(f"custom.citex must be an object, got {shown(citex)}")
    fields: dict[str, Any] = {}
    if "id" in item:
        fields["id"] = _text(item["id"], "id")
    item_type = citex.get("type", item.get("type", "document"))
    fields["type"] = _text(item_type, "type")
    for csl in NAME_FIELDS:
        if csl in item:
            names = item[csl]
            if not isinstance(names, list):
                raise ParseError(f"{csl} must be a list of names, got {shown(names)}")
            fields[csl] = tuple(_name_from_csl(name, csl) for name in names)
    date_raw = citex.get("date-raw", {})
    for csl, attr in DATE_FIELDS.items():
        if csl in item:
            raw = date_raw.get(csl) if isinstance(date_raw, Mapping) else None
            fields[attr] = _date_from_csl(item[csl], csl, raw, problems)
    for csl, attr in STRING_FIELDS.items():
        if csl in item:
            fields[attr] = _text(item[csl], csl)
    fields.update(_citex_fields(citex, problems, depth))
    if citex.get("note-is-raw"):
        fields.pop("note", None)
    return Reference(**fields)


_KNOWN = frozenset({"id", "type", "custom", *STRING_FIELDS, *NAME_FIELDS, *DATE_FIELDS})


def ignored_variables(item: Mapping[str, Any]) -> set[str]:
    """CSL variables of ``item`` that :func:`reference_from_csl` has no place for."""
    ignored = {key for key in item if key not in _KNOWN}
    custom = item.get("custom")
    if isinstance(custom, Mapping):
        ignored |= {f"custom.{key}" for key in custom if key != _CUSTOM}
    return ignored


class _TooDeep:
    """Stands for an item nested deeper than the JSON decoder goes."""


def _bounded_int(digits: str) -> int | str:
    """A JSON integer; a longer one than :data:`_MAX_DIGITS` stays text (no huge ints)."""
    return int(digits) if len(digits.lstrip("-")) <= _MAX_DIGITS else digits


def _value_end(text: str, position: int) -> int:
    """Where the JSON array or object opening at ``position`` ends, or -1 if it does not.

    Only strings and brackets are looked at (linear, no recursion): enough to step over
    an item too deep to decode.
    """
    depth = 0
    for token in JSON_STRING_OR_BRACKET.finditer(text, position):
        bracket = token.group()
        if bracket in "[{":
            depth += 1
        elif bracket in "]}":
            depth -= 1
            if depth == 0:
                return token.end()
    return -1


def _items_with_lines(text: str) -> tuple[list[tuple[int, object]], ImportProblem | None]:
    """The top-level JSON values of a CSL-JSON array with their first line.

    Decodes one item at a time so that a syntax error keeps the items before it. An
    item nested too deep to decode is stepped over (it stands as a :class:`_TooDeep`).
    Integers longer than :data:`_MAX_DIGITS` are kept as their digits.

    Raises:
        ParseError: The text is not a JSON array or object at all.
    """
    decoder = json.JSONDecoder(parse_int=_bounded_int)
    text = text.lstrip("\ufeff")
    position = len(text) - len(text.lstrip())
    if text[position : position + 1] == "{":
        try:
            item, end = decoder.raw_decode(text, position)
        except json.JSONDecodeError as error:
            raise ParseError(f"invalid JSON at line {error.lineno}: {error.msg}") from error
        except RecursionError as error:
            raise ParseError("the item is nested too deep to read") from error
        if text[end:].strip():
            raise ParseError("invalid JSON: text after the item")
        return [(text.count("\n", 0, position) + 1, item)], None
    if text[position : position + 1] != "[":
        raise ParseError("CSL-JSON must be an array of items (or one item object)")
    items: list[tuple[int, object]] = []
    line, counted = 1, 0
    position += 1
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        if text[position : position + 1] == "]" and not items:
            break
        line += text.count("\n", counted, position)
        counted = position
        try:
            item, position = decoder.raw_decode(text, position)
        except json.JSONDecodeError as error:
            message = f"invalid JSON: {error.msg} (line {error.lineno}, column {error.colno})"
            return items, ImportProblem(entry=None, line=line, message=message)
        except RecursionError:
            end = _value_end(text, position)
            if end == -1:
                return items, ImportProblem(entry=None, line=line, message="unclosed item")
            item, position = _TooDeep(), end
        items.append((line, item))
        while position < len(text) and text[position].isspace():
            position += 1
        separator = text[position : position + 1]
        if separator == "]":
            break
        if separator != ",":
            found = repr(separator) if separator else "the end of the input"
            message = f"expected ',' or ']' after the item, found {found}"
            return items, ImportProblem(entry=None, line=line, message=message)
        position += 1
    rest = text[position + 1 :].strip()
    if rest:
        line += text.count("\n", counted, position)
        return items, ImportProblem(entry=None, line=line, message="text after the closing ']'")
    return items, None


def read_csl_json(text: str) -> ImportResult:
    """References from CSL-JSON text (an array of items, or one item).

    Items that cannot be read become problems naming the item's id and line; the
    other items still load. A syntax error ends reading at that point, keeping the
    items before it.

    Args:
        text: CSL-JSON, as exported by Zotero, pandoc or :func:`to_csl_json`.

    Returns:
        The references, the problems, and the variables that were ignored.

    Raises:
        ParseError: The text is not JSON that starts an array or an object.
    """
    items, syntax_problem = _items_with_lines(text)
    references: list[Reference] = []
    problems: list[ImportProblem] = []
    ignored: set[str] = set()
    for line, item in items:
        if isinstance(item, _TooDeep):
            message = "nested too deep to read (more than about 1,000 levels)"
            problems.append(ImportProblem(entry=None, line=line, message=message))
            continue
        if not isinstance(item, Mapping):
            message = f"a CSL item must be an object, got {shown(item)}"
            problems.append(ImportProblem(entry=None, line=line, message=message))
            continue
        dropped: list[str] = []
        try:
            reference = reference_from_csl(item, problems=dropped)
        except (ParseError, RecursionError) as error:
            message = str(error) if isinstance(error, ParseError) else "nested too deep to read"
            problems.append(
                ImportProblem(entry=_entry_name(item.get("id")), line=line, message=message)
            )
            continue
        problems += [ImportProblem(entry=reference.id, line=line, message=m) for m in dropped]
        item_type = item.get("type")
        if reference.type == item_type and item_type not in CSL_TYPES:  # not from custom.citex
            message = f"unknown CSL type {shown(item_type)}; read as 'document'"
            problems.append(ImportProblem(entry=reference.id, line=line, message=message))
            reference = attrs.evolve(reference, type="document")
        ignored |= ignored_variables(item)
        references.append(reference)
    if syntax_problem is not None:
        problems.append(syntax_problem)
    return ImportResult(
        references=references, problems=problems, ignored_fields=tuple(sorted(ignored))
    )


def _entry_name(entry: object) -> str | None:
    """An item's id as text for a problem report."""
    if entry is None or isinstance(entry, str):
        return entry
    return shown(entry)
