"""From the tagger's labelled tokens to CSL fields: the rules that read each labelled stretch.

The tagger says which tokens are the title, the place, the numbering; these small readers turn
each run of same-labelled tokens into a field value: names split with :func:`parse_names`
(role words such as ``a cura di`` left out), quotation marks and joining punctuation trimmed,
``vol. XIX`` / ``12 (1965)`` / ``12/3`` read into volume, issue and year, ``pp. 45 - 67`` into
``45–67``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from citex import lexicon
from citex.parse import patterns as p
from citex.parse import tagger_patterns as tp
from citex.parse.names import parse_names
from citex.records import Date, Name

_TRIM = " \t,;:./"
_QUOTES = '«»“”„"‘’‹›'
_ARCHIVE_WORDS = lexicon.words("ARCHIVE_WORDS")


def stretches(
    text: str, spans: Sequence[tuple[int, int]], labels: Sequence[str]
) -> list[tuple[str, int, int]]:
    """Runs of tokens with one label: ``(label, start, end)`` in ``text``."""
    out: list[tuple[str, int, int]] = []
    for (s, e), label in zip(spans, labels, strict=True):
        if out and out[-1][0] == label:
            out[-1] = (label, out[-1][1], e)
        else:
            out.append((label, s, e))
    return out


def _clean(value: str) -> str:
    """A stretch without the punctuation that joins it to its neighbours."""
    value = value.strip(_TRIM)
    if value[:1] in _QUOTES or value[-1:] in _QUOTES:
        value = value.strip(_QUOTES + _TRIM)
    if value.startswith("(") and value.endswith(")"):
        value = value[1:-1].strip(_TRIM)
    elif value.count("(") < value.count(")") and value.endswith(")"):
        value = value[:-1].strip(_TRIM)
    elif value.count("(") > value.count(")") and value.startswith("("):
        value = value[1:].strip(_TRIM)
    return value


def _names(value: str) -> tuple[Name, ...]:
    """People in a stretch; role words (``a cura di``, ``Hrsg.``) split it and are left out,
    so every name read is a piece of the text."""
    names: list[Name] = []
    value = tp.STRETCH_LEADING_IN.sub("", value.strip())  # "In: Rossi A, editor."
    for role in tp.STRETCH_ROLE.finditer(value):
        if role.group().endswith(")") and value[role.end() :].lstrip().startswith("."):
            value = value[: role.end()]  # "DUBOIS, Michelle (org.). Exílio": the names end
            break
    for piece in tp.STRETCH_ROLE.split(value):
        names.extend(parse_names(" ".join(piece.split())))
    return tuple(names)


def _page(value: str) -> str:
    """``pp. 45 - 67`` -> ``45–67``; APA's ``(pp. 45–67)`` too."""
    value = tp.STRETCH_PAGE_LABEL.sub("", value.strip(_TRIM + "()[]")).strip(_TRIM + "()[]")
    return tp.STRETCH_DASH.sub("–", value)


def _numbering(value: str, fields: dict[str, Any]) -> None:
    """A journal's or book's numbering: ``vol. XIX``, ``12 (1965)``, ``12/3``, ``Heft 5``."""
    value = value.strip(_TRIM)
    year = tp.STRETCH_YEAR.search(value)
    if year and "issued" not in fields:
        fields["issued"] = Date(year=int(year.group()), raw=year.group())
    if year:
        value = (value[: year.start()] + value[year.end() :]).replace("()", " ").strip(_TRIM)
    issue = tp.STRETCH_ISSUE.search(value)
    if issue:
        fields.setdefault("issue", issue.group(1).strip(_TRIM + "()"))
        value = value[: issue.start()].strip(_TRIM)
    value = tp.STRETCH_VOLUME_LABEL.sub("", value)
    m = tp.STRETCH_NUMBER.search(value)
    if not m:
        return
    fields.setdefault("volume", m.group())
    rest = value[m.end() :].strip(" ")
    second = tp.STRETCH_SECOND_NUMBER.match(rest)
    if second and "issue" not in fields:
        fields["issue"] = second.group(1)


def fields_from_labels(
    text: str,
    spans: Sequence[tuple[int, int]],
    labels: Sequence[str],
    *,
    only: frozenset[str] | None = None,
) -> dict[str, Any]:
    """CSL fields (``work.fields`` shape) read from labelled tokens; with ``only``, from the
    stretches with those labels alone (the caller needs no more: reading names costs)."""
    fields: dict[str, Any] = {}
    names: dict[str, list[Name]] = {"author": [], "editor": [], "translator": []}
    archive_location: tuple[int, int] | None = None
    for label, start, end in stretches(text, spans, labels):
        if only is not None and label not in only:
            continue
        raw = text[start:end]
        if label in names:
            names[label].extend(_names(raw))
        elif label == "title":
            fields.setdefault("title", _clean(raw))
        elif label == "container":
            if "title" not in fields and "container_title" not in fields:
                raw = _title_before_container(raw, fields)
            fields.setdefault("container_title", _clean(tp.STRETCH_LEADING_IN.sub("", raw.strip())))
        elif label == "collection":
            fields.setdefault("collection_title", _clean(raw))
        elif label == "publisher":
            fields.setdefault("publisher", _clean(raw))
        elif label == "place":
            fields.setdefault("publisher_place", _clean(raw))
        elif label == "date":
            if "issued" not in fields:
                year = tp.STRETCH_YEAR.search(raw)
                if year:
                    fields["issued"] = Date(year=int(year.group()), raw=_clean(raw))
        elif label == "volume":
            _numbering(raw, fields)
        elif label == "issue":
            # the number after its label, or the stretch: a value is always a piece of the text
            number = tp.STRETCH_ISSUE.search(raw)
            fields.setdefault("issue", _clean(number.group(1) if number else raw))
        elif label == "pages":
            fields.setdefault("page", _page(raw))
        elif label == "edition":
            fields.setdefault("edition", _clean(raw))
        elif label == "archive":
            fields.setdefault("archive", _clean(raw))
        elif label == "archive_location":
            first = archive_location[0] if archive_location else start
            archive_location = (first, end)
        elif label == "in":
            fields["_in"] = True
    if archive_location:
        fields["archive_location"] = _clean(text[archive_location[0] : archive_location[1]])
    _split_container(fields)
    for role, people in names.items():
        if people:
            fields[role] = tuple(people)
    return {k: v for k, v in fields.items() if v not in ("", None, ())}


def _title_before_container(raw: str, fields: dict[str, Any]) -> str:
    """A container stretch with no title labelled before it: a quoted title or a first
    sentence in it (``«Sociedad en cultura», Ayer``, ``Memory. Il Manifesto``) is the title
    (stored in ``fields``); the rest is returned as the container."""
    head = tp.STRETCH_QUOTED_HEAD.match(raw)
    if head:
        fields["title"] = _clean(head["title"])
        return raw[head.start("rest") :]
    stop = p.SENTENCE_END.search(raw.rstrip(" .,;:"))
    if stop:
        fields["title"] = _clean(raw[: stop.start()])
        return raw[stop.end() :]
    return raw


def _split_container(fields: dict[str, Any]) -> None:
    """A title stretch that runs on into its container (``Appunti sui bilanci, in: Bilanci
    generali``), when no container was labelled: the part after the joining ``in`` is the
    container."""
    title = fields.get("title")
    if not title or "container_title" in fields:
        return
    joint = tp.STRETCH_TITLE_IN.search(title)
    if joint is None:
        return
    head, container = _clean(title[: joint.start()]), _clean(title[joint.end() :])
    if head and container:
        fields["title"] = head
        fields["container_title"] = container
        fields["_in"] = True


def is_archival(labels: Sequence[str], language: str, tokens: Sequence[str] = ()) -> bool:
    """Whether the tagger reads an archival reference: one that starts with the archive
    (``ASV, Senato, …``), or mostly an archival location in a language of the archival
    references it learned from (``Procuratori di San Marco``), or in no telling language
    when a word names an archive or its units (``Miste: Reg. 1 - 43``: the fonds of an
    archival list often have no function word, and web pages' titles neither). Never in
    English: it learned no English archival references, and there web pages' titles read
    alike to it."""
    if language == "en":
        return False
    if labels[0] == "archive":
        return True
    located = sum(1 for label in labels if label == "archive_location")
    if 2 * located <= len(labels):
        return False
    return language != "x" or any(
        token.strip(_TRIM + "()").casefold() in _ARCHIVE_WORDS for token in tokens
    )
