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
_DASHES = "-–—"
_OPEN_QUOTES = '«“„"'
_CLOSE_QUOTES = '»”"'
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


def _quoted_head(value: str) -> tuple[str, str]:
    """A container in quotation marks and what follows its closing mark in the same stretch
    (``“Commentari” XIII``: the numbering the tagger ran on into)."""
    if value[:1] not in _OPEN_QUOTES:
        return value, ""
    close = max(value.rfind(mark) for mark in _CLOSE_QUOTES)
    if close <= 0:
        return value, ""
    return value[: close + 1], value[close + 1 :]


def _names(value: str) -> tuple[Name, ...]:
    """People in a stretch; role words (``a cura di``, ``Hrsg.``) split it and are left out,
    so every name read is a piece of the text."""
    names: list[Name] = []
    value = tp.STRETCH_SEE.sub("", tp.STRETCH_LEADING_IN.sub("", value.strip()))
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
        number = issue.group(1).strip(_TRIM + "()")
        second = tp.STRETCH_ISSUE_RANGE_END.match(value, issue.end())
        if second and number.isdigit():
            number += "–" + second.group(1)  # "n. 37 - 38": a double issue
        fields.setdefault("issue", number)
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


def _issue(value: str, fields: dict[str, Any]) -> None:
    """An issue stretch: ``Nr. 1``, ``H. 5``; a year the tagger ran into it (``(1841), Nr.
    1``) is the date, not part of the issue."""
    year = tp.STRETCH_YEAR.search(value)
    if year:
        if "issued" not in fields:
            fields["issued"] = Date(year=int(year.group()), raw=year.group())
        value = value[: year.start()] + value[year.end() :]
    labelled = tp.STRETCH_ISSUE.search(value)
    issue = labelled.group(1) if labelled else value
    issue = _clean(issue.replace("()", " ")).strip(_TRIM + "()")
    if issue:
        fields.setdefault("issue", issue)


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
    container_after_title = ""
    labels = _bridge_punctuation(text, spans, labels)
    previous = ""
    for label, start, end in stretches(text, spans, labels):
        after, previous = previous, label
        if only is not None and label not in only:
            continue
        raw = text[start:end]
        if label == "pages" and after == "date" and raw[:1] in _DASHES:
            continue  # "1888 - 93": the end of the years the work came out over, not a page
        if label in names:
            names[label].extend(_names(raw))
        elif label == "title" and "title" not in fields:
            title, run_on = _quoted_head(raw.strip())
            if run_on.startswith(",") and any(ch.isalpha() for ch in run_on):
                # «Il liuto», Rivista Musicale Italiana: the quoted title, then its container
                container_after_title = tp.STRETCH_LEADING_IN.sub("", run_on.strip(_TRIM))
            else:
                title = raw
            fields["title"] = _clean(title)
        elif label == "container" and "container_title" not in fields:
            if "title" not in fields:
                raw = _title_before_container(raw, fields)
            container, numbering = _quoted_head(tp.STRETCH_LEADING_IN.sub("", raw.strip()))
            fields["container_title"] = _clean(container)
            if numbering:
                _numbering(numbering, fields)
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
            _issue(raw, fields)
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
    if container_after_title and "container_title" not in fields:
        fields["container_title"] = _clean(container_after_title)
    if archive_location:
        fields["archive_location"] = _clean(text[archive_location[0] : archive_location[1]])
    _split_container(fields)
    for role, people in names.items():
        if people:
            fields[role] = tuple(people)
    return {k: v for k, v in fields.items() if v not in ("", None, ())}


def _bridge_punctuation(
    text: str, spans: Sequence[tuple[int, int]], labels: Sequence[str]
) -> Sequence[str]:
    """Labels where a token of punctuation alone between two tokens of one field is of that
    field too: the ``-`` of a word hyphenated across a line (``Vene - zia``) or of two cities
    (``Treviso - Venezia``), which the tagger, seeing the dash in every field, labels apart."""
    out: list[str] | None = None
    for i in range(1, len(labels) - 1):
        before, label = labels[i - 1], labels[i]
        if label == before or labels[i + 1] != before:
            continue
        s, e = spans[i]
        if any(ch.isalnum() for ch in text[s:e]):
            continue
        if out is None:
            out = list(labels)
        out[i] = before
    return labels if out is None else out


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
