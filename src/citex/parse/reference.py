"""Free-text reference -> :class:`Reference`: anchors first, then the stretches between them.

The parser reads one reference the way a person skims it. It drops the list number,
takes out what can be recognised anywhere (DOI, URL, ISBN, access dates, the date of
publication, volume/issue/page numbers, the cited locator at the end of a note), then
reads the stretches left between those anchors by position and style: authors first,
then the title (quoted, or the next sentence), then ``In``/container, editors,
``Place: Publisher`` or ``Publisher, Place``. One ``_parse_<field>()`` per field does
each step on a small working record. Every pattern is bounded (see :mod:`citex.patterns`),
so the cost is linear in the length of the reference.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import regex

from citex import lexicon
from citex.parse import patterns as p
from citex.parse import stretches, tagger
from citex.parse.identifiers import normalise_isbn, normalise_issn
from citex.parse.names import (
    cached_test,
    is_name_word,
    parse_names,
    starts_with_initials,
    starts_with_joiner,
    starts_with_particle,
    starts_with_suffix,
)
from citex.records import Date, Locator, Name, Reference, Span

_HOLE = p.HOLE  # stands where an anchor was taken out, so stretches never run across it
_TRIM = " \t,;:.·/" + _HOLE
_MAX_RELATED_DEPTH = 1
_TAIL_WINDOW = 100
_SHORT_FORM_WORDS = 10  # a reference this short without a year is a short form
_MAX_YEARS = 24  # year candidates looked at: the first and last ones of a long line
# One ISBN or ISSN written one way (hyphens at the registration ranges); see identifiers.
_NORMALISE = {"isbn": normalise_isbn, "issn": normalise_issn}
_QUOTES = (
    ("``", "''"),
    ("“", "”"),
    ("«", "»"),
    ("„", "“"),
    ("„", "”"),
    ('"', '"'),
    ("‘", "’"),
    ("‹", "›"),
    ("‚", "‘"),
)
# month names and abbreviations, lowercased, without their full stop: "genn." -> "genn"
_MONTHS = {form.lower().rstrip("."): number for form, number in lexicon.MONTHS.items()}


class _Work:
    """The reference being read: what is left of the text, and the fields found so far."""

    __slots__ = ("fields", "lower", "rest")

    def __init__(self, rest: str) -> None:
        self.rest = rest
        self.lower = rest.lower()  # for cheap "could this pattern match at all?" checks
        self.fields: dict[str, Any] = {}

    def mentions(self, *needles: str) -> bool:
        """Whether the text contains any of ``needles`` (lower case): skips hopeless searches."""
        return _contains_any(self.lower, needles)

    def take(self, start: int, end: int) -> str:
        """Cut ``rest[start:end]`` out, leaving a hole, and return it."""
        piece = self.rest[start:end]
        self.rest = self.rest[:start] + _HOLE + self.rest[end:]
        return piece


def _contains_any(text: str, needles: tuple[str, ...]) -> bool:
    """Whether ``text`` contains any of ``needles`` (a plain loop: no generator per call)."""
    for needle in needles:  # noqa: SIM110 (any() would build a generator per call)
        if needle in text:
            return True
    return False


def _mentions(text: str, needles: tuple[str, ...]) -> bool:
    """Whether ``text`` contains any of ``needles`` (lower case), ignoring case."""
    return _contains_any(text.lower(), needles)


# lower-case words one of which every match of SERIES_NAME contains
_SERIES_NEEDLES = (
    "serie",
    "lecture",
    "reihe",
    "coll",
    "colecci",
    "coleç",
    "biblioth",
    "texts",
    "monographs",
    "supplements",
    "beiheft",
    "studies",
    "studien",
    "library",
)


# lower-case words one of which every match of THESIS (besides "Ph.D.") or REPORT contains
_THESIS_NEEDLES = ("thes", "thès", "diss", "tesi", "tese", "habilitationsschrift", "master")
_REPORT_NEEDLES = ("report", "rep.", "paper", "rapport", "bericht", "memorandum", "technical")


def parse_references(texts: Iterable[str], *, learned: bool = False) -> list[Reference]:
    """Parse many reference strings, one record each, in order.

    Args:
        texts: reference strings (one reference each).
        learned: let the learned tagger relabel the rules' fields (see
            :func:`parse_reference`).

    Returns:
        One :class:`Reference` per string; each string's span starts at 0.
    """
    return [parse_reference(text, learned=learned) for text in texts]


def parse_reference(text: str, *, offset: int = 0, learned: bool = False) -> Reference:
    """Read one free-text reference into a CSL-shaped record.

    Args:
        text: the reference as printed (a note citation or a bibliography entry).
        offset: where ``text`` starts in its document; the record's span is
            ``Span(offset, offset + len(text))``.
        learned: let the learned tagger (:mod:`citex.parse.tagger`) relabel the fields the
            hand rules found. It reads Italian and German humanities references much better
            (LinkedBooks), and some rendered English and Romance styles worse, so it is off
            by default until it is trained on those too (issue 12).

    Returns:
        A :class:`Reference` with ``raw=text``. It never raises on any string; text
        that does not read as a reference comes back with its text in ``note`` and a
        low ``confidence``.
    """
    return _parse(text, offset=offset, depth=0, learned=learned)


def _parse(text: str, *, offset: int, depth: int, learned: bool = False) -> Reference:
    """Read ``text``; ``depth`` stops a bracketed edition inside a bracketed edition."""
    cleaned, work, related = _read_by_rules(text, offset=offset, depth=depth)
    same_author = bool(work.fields["_same_author"])
    if learned and not (work.fields.get("_ibid") or work.fields.get("_short")):
        _apply_tagger(cleaned, work.fields)
    fields = work.fields
    confidence = _confidence(cleaned, fields)
    ref_type = _parse_type(fields, cleaned)
    note = None if confidence >= 0.5 else (text.strip() or None)  # kept as given
    return Reference(
        type=ref_type,
        author=fields.get("author", ()),
        editor=fields.get("editor", ()),
        translator=fields.get("translator", ()),
        title=fields.get("title"),
        container_title=fields.get("container_title"),
        collection_title=fields.get("collection_title"),
        publisher=fields.get("publisher"),
        publisher_place=fields.get("publisher_place"),
        issued=fields.get("issued"),
        original_date=fields.get("original_date"),
        accessed=fields.get("accessed"),
        volume=fields.get("volume"),
        issue=fields.get("issue"),
        page=fields.get("page"),
        edition=fields.get("edition"),
        doi=fields.get("doi"),
        url=fields.get("url"),
        isbn=fields.get("isbn"),
        issn=fields.get("issn"),
        number=fields.get("number"),
        genre=fields.get("genre"),
        archive=fields.get("archive"),
        archive_location=fields.get("archive_location"),
        note=note,
        locator=fields.get("locator"),
        same_author_as_previous=same_author,
        related=related,
        raw=text,
        span=Span(start=offset, end=offset + len(text)),
        confidence=confidence,
    )


def rule_fields(text: str) -> tuple[str, dict[str, Any]]:
    """What the hand rules alone read in ``text``: the cleaned text and the fields found.

    The learned tagger takes these as features (:mod:`citex.parse.training` trains on them).
    """
    cleaned, work, _ = _read_by_rules(text, offset=0, depth=0)
    return cleaned, work.fields


def _read_by_rules(
    text: str, *, offset: int, depth: int
) -> tuple[str, _Work, tuple[Reference, ...]]:
    """The rule passes over ``text``: the cleaned text, the working record, related editions."""
    # markup such as <italic>…</italic> bounds a field like a taken anchor does
    # (after collapsing spaces: str.split() counts the hole mark as a space)
    # (control and format characters are all non-printable: most texts skip the blanking)
    printable = text if text.isprintable() else p.CONTROL_CHARACTER.sub(" ", text)
    cleaned = " ".join(printable.split())
    if "<" in cleaned:
        cleaned = p.INLINE_TAG.sub(_HOLE, cleaned)
    work = _Work(cleaned)
    related: tuple[Reference, ...] = ()
    _parse_citation_number(work)
    work.fields["_same_author"] = _parse_same_author(work)
    _parse_short_form(work)
    _drop_head_asides(work)
    if depth < _MAX_RELATED_DEPTH:
        related = _parse_related(work, text, offset, depth)
    _parse_identifiers(work)
    _parse_medium(work)
    _parse_roles_in_parens(work)
    _parse_accessed(work)
    _parse_locator_tail(work)
    _parse_issued(work)
    _parse_title_and_author(work)
    _parse_numbers(work)
    _parse_edition(work)
    _parse_editors(work)
    _parse_genre(work)
    _parse_container_and_publisher(work)
    _settle_locator(work)
    return cleaned, work, related


def _apply_tagger(text: str, fields: dict[str, Any]) -> None:
    """Let the learned tagger relabel the rules' fields (in place).

    In references not written in English (Italian, German, French, or no telling function
    words) the tagger's fields replace the rules' ones; in English references, where the rules
    measure better, only the editors, pages, publisher and place it finds do. Translators and
    editions (rare in its training data) and the authors of a ``———``/``Id.`` reference stay
    the rules'. A year the tagger agrees
    with keeps the rules' fuller date; a page the rules read as the cited place stays a
    locator, and so does a single page (``p. 14``, ``S. 41 ff.``) of a work with no container.
    """
    spans = tagger.tokenise(text)
    labels = tagger.tag(text, spans, fields)  # (no model, or too long: [])
    if not labels:
        return
    found = stretches.fields_from_labels(text, spans, labels)
    english = tagger.language([text[s:e] for s, e in spans]) == "en"
    for key in _TAGGED_IN_ENGLISH if english else _TAGGED:
        value = found.get(key)
        if key == "author" and fields.get("_same_author"):
            continue
        if key == "issued":
            old = fields.get("issued")
            if value is not None and (old is None or old.year != value.year):
                fields["issued"] = value
        elif value is not None:
            fields[key] = value
        elif not english:
            fields.pop(key, None)
    locator = fields.get("locator")
    page = fields.get("page")
    if locator is not None and page and locator.value.replace("-", "–") in page:
        del fields["page"]
    elif page and locator is None and not fields.get("container_title"):
        cited = p.CITED_PAGE.match(page)
        if cited:
            del fields["page"]
            fields["locator"] = Locator(label="page", value=page)
    if not english:
        fields["_in"] = bool(found.get("_in"))
    for key in ("archive", "archive_location"):
        if key in found:
            fields[key] = found[key]


# the fields the tagger decides (see _apply_tagger)
_TAGGED = (
    "author",
    "editor",
    "title",
    "container_title",
    "collection_title",
    "publisher",
    "publisher_place",
    "issued",
    "volume",
    "issue",
    "page",
)
_TAGGED_IN_ENGLISH = ("editor", "publisher", "publisher_place", "page")


# -- anchors found anywhere ---------------------------------------------------------------


def _parse_citation_number(work: _Work) -> None:
    """Drop a leading list number: ``[12]``, ``(12)``, ``12.``."""
    m = p.CITATION_NUMBER.match(work.rest)
    if m and m.end() < len(work.rest):
        work.rest = work.rest[m.end() :]


def _parse_same_author(work: _Work) -> bool:
    """Flag and drop ``———.`` / ``Id.`` / ``ders.`` standing for the previous author."""
    m = p.SAME_AUTHOR.match(work.rest)
    if not m:
        return False
    work.rest = work.rest[m.end() :]
    return True


def _parse_short_form(work: _Work) -> None:
    """``Ibid., 229``, ``Alexander, 218``, ``Trotsky, op. cit., p. 12``: a work cited before.

    ``Ibid.`` and its kin are dropped, leaving the cited place; ``op. cit.``/``cit.`` are
    dropped too. Either marks the reference as a short form, whose trailing numbers are
    the place cited even without an imprint before them.
    """
    ibid = p.IBID.match(work.rest)
    if ibid:
        work.fields["_ibid"] = True
        work.rest = work.rest[ibid.end() :]
        place = p.LOCATOR_ONLY.match(work.rest)
        if place and work.rest.strip():
            _hold_tail(work, place, "")
        return
    place = p.LOCATOR_ONLY.match(work.rest)
    if place and work.fields.get("_same_author") and work.rest.strip():
        _hold_tail(work, place, "")  # "Id., p. 12"
        work.fields["_short"] = True
        return
    rest = work.rest
    mark = p.SHORT_FORM_MARK.search(rest) if "cit." in rest or "O." in rest else None
    if mark:
        work.fields["_short"] = True
        work.take(mark.start(), mark.end())
    elif len(work.rest.split()) <= _SHORT_FORM_WORDS and not p.YEAR.search(work.rest):
        work.fields["_short"] = True  # "Alexander, 218": a name and a place, no imprint


def _drop_head_asides(work: _Work) -> None:
    """Asides among the authors that would stop their scan: ``(Director)`` roles, ``SIERVO (M.)``
    initials in parentheses, ``Esty, Joshua (Jed).`` (names are normalised, so this is safe)."""
    rest = work.rest
    if "(" not in rest[:300]:
        return
    head, tail = rest[:300], rest[300:]
    if "r)" in head or "rs)" in head or "/" in head:  # "(Director)", "(Producers)", "(Writer/…"
        head = p.MEDIA_ROLE.sub("", head)
    if ".)" in head:
        head = p.NAME_INITIALS_IN_PARENS.sub(r"\g<family>, \g<given>", head)
    aside = p.HEAD_ASIDE.match(head) if head.find("(") < 120 else None
    if aside and not p.EDITOR_ROLE.match(aside.group("aside").strip()):
        head = head[: aside.start("aside")] + head[aside.end("aside") :]
    if head + tail != rest:
        work.rest = head + tail
        work.lower = work.rest.lower()


def _hold_tail(work: _Work, m: regex.Match[str], before: str) -> None:
    """Keep the cited place of ``m`` for :func:`_settle_locator`; ``before`` stays to read."""
    label = (m.group("label") or "").lower()
    work.fields["_tail"] = (label, m.group("value").strip(), False)
    work.rest = before + _HOLE


def _parse_related(work: _Work, text: str, offset: int, depth: int) -> tuple[Reference, ...]:
    """A bracketed translation or other edition at the end: ``… 1921 [Gli anarchici …, 1969]``."""
    rest = work.rest.rstrip(" .;,")
    if not rest.endswith("]"):
        return ()
    start = rest.rfind("[")
    inner = rest[start + 1 : -1]
    if start <= 0 or "[" in inner or not p.YEAR.search(inner) or inner.count(",") < 1:
        return ()
    work.rest = rest[:start].rstrip()
    where = text.find(inner)
    inner_offset = offset + where if where >= 0 else offset
    raw = text[where : where + len(inner)] if where >= 0 else inner
    return (_parse(raw, offset=inner_offset, depth=depth + 1),)


def _parse_identifiers(work: _Work) -> None:
    """Take out DOI, URL, ISBN, ISSN and arXiv id, with the words that introduce them."""
    for name, pattern, group, needles in (
        ("doi", p.DOI, 1, ("10.",)),
        ("url", p.URL, 0, ("http", "www.", "ftp:")),
        ("isbn", p.ISBN, "isbn", ("isbn",)),
        ("issn", p.ISSN, "issn", ("issn",)),
        ("arxiv", p.ARXIV, "id", ("arxiv",)),
    ):
        m = pattern.search(work.rest) if work.mentions(*needles) else None
        if not m:
            continue
        value = m.group(group).strip("<>").rstrip(".,;)]")
        start = m.start()
        label = p.ONLINE_LABEL.search(work.rest, max(0, start - 40), start)
        if label:
            start = label.start()
        if name == "url" and "doi" in work.fields and "doi.org/" in value:
            work.take(start, m.end())
            continue
        if name == "arxiv":
            work.fields.setdefault("number", "arXiv:" + value)
        elif name in _NORMALISE:
            work.fields.setdefault(name, _NORMALISE[name](value))
        else:
            work.fields.setdefault(name, value)
        work.take(start, m.end())


def _parse_medium(work: _Work) -> None:
    """Take out ``[Internet]``, ``[dissertation]``: a medium or genre, not part of the title."""
    if "[" not in work.rest:
        return
    thesis = p.THESIS_TAG.search(work.rest)
    if thesis:
        work.fields["_kind"] = "thesis"
        if thesis.group("school"):
            work.fields["publisher"] = thesis.group("school").strip()
        work.take(thesis.start(), thesis.end())
    m = p.MEDIUM_TAG.search(work.rest)
    if m:
        if p.THESIS.search(m.group()):
            work.fields["_kind"] = "thesis"
        work.take(m.start(), m.end())


def _parse_roles_in_parens(work: _Work) -> None:
    """``(F. Brown, Trans.)`` / ``(J. Smith, Ed.)`` after a title: translators or editors."""
    if ".)" not in work.rest:
        return  # (the role's full stop and the closing parenthesis)
    m = p.ROLE_IN_PARENS.search(work.rest)
    if not m:
        return
    names = parse_names(m.group("names"))
    if names:
        key = "editor" if m.group("role").lower().startswith("ed") else "translator"
        work.fields.setdefault(key, names)
        edition = p.EDITION.search(m.group("pre") or "")
        if edition:
            work.fields["edition"] = edition.group(
                "edition"
            ).strip()  # "(2nd ed.; C. Müller, Trans.)"
        work.take(m.start(), m.end())


def _parse_accessed(work: _Work) -> None:
    """Take out ``accessed 3 May 2010`` and its kin."""
    if not work.mentions(
        "access", "viewed", "consult", "abgeruf", "abruf", "zugriff", "cesso", "cited"
    ):
        return
    m = p.ACCESSED.search(work.rest)
    if m:
        work.fields["accessed"] = _date_from_text(m.group("date"))
        work.take(m.start(), m.end())


def _parse_locator_tail(work: _Work) -> None:
    """Hold a note's trailing page or chapter; cited place or the work's range is settled later."""
    if "_tail" in work.fields:
        return
    # the tail is short: searching only the last stretch keeps hostile lines linear
    last = work.rest.rstrip(" .;")[-1:]
    if not (last.isdigit() or last in "IVXLCDMivxlcdmf"):
        return  # a cited place ends in a digit, a roman numeral or "ff."
    # (only where its characters run up to the end, within the last _TAIL_WINDOW)
    stretch = p.LOCATOR_TAIL_STRETCH.search(work.rest)
    start = stretch.start() if stretch else len(work.rest)
    m = p.LOCATOR_TAIL.search(work.rest, max(start, len(work.rest) - _TAIL_WINDOW))
    if not m:
        return
    value = m.group("value").strip()
    label = (m.group("label") or "").lower()
    before = work.rest[: m.start()].rstrip()
    if not before or not p.TWO_LETTERS.search(before):
        return
    opener = work.rest[m.start()]
    if not label and work.fields.get("_short"):
        if p.YEAR.fullmatch(value):
            return  # "Alexander, 218" / "Parrado and Kandel, 108–109, 117": the place cited
    elif not label:
        # unlabelled: only right after the imprint, "(New York: Verso, 2014), 29–30" or
        # "Jaca Book, Milano 1969, 16"; a list of pages only after the closing parenthesis
        if p.YEAR.fullmatch(value) or p.ROMAN_NUMERAL.fullmatch(value):
            return
        after_paren = opener == ")" or bool(p.IMPRINT_CLOSE.search(before))
        after_year = opener == "," and p.IMPRINT_YEAR_END.search(before)
        if not (after_paren or after_year) or ("," in value and not after_paren):
            return
    closed = opener == ")" or bool(p.IMPRINT_CLOSE.search(before))
    if opener == ")":
        before += ")"
    work.fields["_tail"] = (label, value, closed)
    work.rest = before + _HOLE


def _parse_issued(work: _Work) -> None:
    """Find the date of publication and take it out; an earlier year becomes the original date."""
    rest = work.rest
    candidates = [m for m in p.YEAR.finditer(rest) if _plausible_year(rest, m)]
    if len(candidates) > _MAX_YEARS:
        candidates = candidates[: _MAX_YEARS // 2] + candidates[-_MAX_YEARS // 2 :]
    if not candidates:
        nd = p.NO_DATE.search(rest)
        if nd:
            work.fields["_date_pos"] = nd.start()
            work.take(nd.start(), nd.end())
        return
    chosen = _choose_year(rest, candidates)
    start, end = chosen.start(), chosen.end()
    date, start, end = _date_around(rest, chosen)
    # "(2003)", "(May 2003)", "(2003, May 4)"
    pre = rest[:start].rstrip()
    post = rest[end:]
    paren = pre.endswith("(") and p.YEAR_PAREN_CLOSE.match(post)
    if paren:
        start = len(pre) - 1
        end = end + paren.end()
    work.fields["issued"] = date
    work.fields["_date_pos"] = start
    work.fields["_date_paren"] = bool(paren)
    work.take(start, end)
    _parse_original_date(work, candidates, chosen)


_WORD_BREAKS = str.maketrans({c: " " for c in "()[]–—-/,"})


def _date_around(text: str, year: regex.Match[str]) -> tuple[Date, int, int]:
    """The full date around a year: ``June 19, 1998``, ``4 January 2012``, ``1994, Feb.``.

    Month words are looked up in a table rather than matched by one big pattern: the
    lookup is what makes dates cheap on every reference.
    """
    start, end = year.start(), year.end()
    value = int(year.group()[:4])
    month = day = None
    before = None
    words_before = text[max(0, start - 25) : start].translate(_WORD_BREAKS).split()[-3:]
    if any(_month(w.strip(".,")) for w in words_before if w[:1].isalpha()):
        before = p.DATE_BEFORE_YEAR.search(text, max(0, start - 25), start)
    if before and (month := _month(before.group("month"))):
        start = before.start()
        day_text = before.group("day1") or before.group("day2")
        day = int(day_text) if day_text and 1 <= int(day_text) <= 31 else None
    else:
        after = p.DATE_AFTER_YEAR.match(text, end, min(len(text), end + 16))
        if after and after.group("month") and (month := _month(after.group("month"))):
            end = after.end()
            day = (
                int(after.group("day"))
                if after.group("day") and 1 <= int(after.group("day")) <= 31
                else None
            )
        elif after and after.group("iso_month"):
            month, day = int(after.group("iso_month")), int(after.group("iso_day"))
            if not (1 <= month <= 12 and 1 <= day <= 31):
                month = day = None
            else:
                end = after.end()
    if month is None:
        day = None
    return Date(year=value, month=month, day=day, raw=text[start:end]), start, end


def _parse_original_date(
    work: _Work, candidates: list[regex.Match[str]], chosen: regex.Match[str]
) -> None:
    """``(1969)`` after a title, ``1990, 2004``, ``1921; repr. 1969``: the first edition's year."""
    for m in candidates:
        if m.start() >= chosen.start():
            break
        year = int(m.group()[:4])
        issued = work.fields["issued"].year
        text = work.rest
        pos = text.find(m.group())
        if pos < 0 or year >= issued:
            continue
        around = text[max(0, pos - 12) : pos + len(m.group()) + 12]
        if p.ORIGINAL_DATE_CUE.search(around):
            work.fields["original_date"] = Date(year=year, raw=m.group())
            lo = pos - 1 if pos > 0 and text[pos - 1] == "(" else pos
            hi = pos + len(m.group())
            if hi < len(text) and text[hi] == ")" and lo < pos:
                hi += 1
            work.take(lo, hi)
            return


_NEAR_YEAR_CUES = set("-‐‑‒–—―:.")


def _plausible_year(text: str, m: regex.Match[str]) -> bool:
    """A year, not part of a page range, a number range, a vol:page pair or an identifier."""
    before = text[max(0, m.start() - 3) : m.start()]
    after = text[m.end() : m.end() + 3]
    if not (_NEAR_YEAR_CUES & set(before + after)):
        return True  # nothing around it that could make it a page or a range
    if p.DASH_END.search(before) and p.DIGIT_DASH_END.search(
        text[max(0, m.start() - 8) : m.start()]
    ):
        return bool(p.YEAR_DASH_END.search(text[max(0, m.start() - 8) : m.start()]))
    if p.DASH_DIGIT_START.match(after):
        nxt = p.DASH_NUMBER_START.match(after + text[m.end() + 3 : m.end() + 8])
        if nxt and len(nxt.group(1)) == 4 and int(nxt.group(1)) < int(m.group()[:4]):
            return False  # "1339–1375" is fine as years only when increasing; a page otherwise
    return not p.PAGE_CUE_END.search(before)


def _choose_year(text: str, candidates: list[regex.Match[str]]) -> regex.Match[str]:
    """The publication year: in parentheses, right after the authors, or else the last one."""
    for m in candidates:
        if text[max(0, m.start() - 1) : m.start()] == "(" and m.start() < len(text) * 0.5:
            inner = p.YEAR_PAREN_REST.match(text[m.end() :])
            if inner:
                return m
    early = candidates[0]
    head = text[: early.start()]
    if early.start() < 120 and p.FIELD_END.search(head) and _all_names(head):
        return early
    later = [m for m in candidates if not _inside_parens_title(text, m)]
    # "2010, 2, 1629-1641": a year on its own beats one end of a range (pages, likely)
    alone = [m for m in later if not _in_range(text, m)]
    return (alone or later or candidates)[-1]


def _in_range(text: str, m: regex.Match[str]) -> bool:
    """Whether the year ``m`` starts or ends a number range (``1629-1641``)."""
    return bool(
        p.DIGIT_DASH_END.search(text[max(0, m.start() - 3) : m.start()])
        or p.DASH_DIGIT_START.match(text[m.end() : m.end() + 3])
    )


def _all_names(text: str) -> bool:
    """Whether ``text`` is an author list and nothing more."""
    stripped = text.rstrip(" (")
    end = _author_end(stripped + _HOLE)
    return end > 0 and not p.LETTER.search(stripped, end)


def _inside_parens_title(text: str, m: regex.Match[str]) -> bool:
    """A ``(1936-39)`` year range inside a title, not a date of publication."""
    return bool(p.YEAR_RANGE_CLOSE.match(text[m.end() : m.end() + 8]))


def _looks_like_names(text: str) -> bool:
    """A stretch made of name words: capitals, initials, particles, ``and``, ``et al.``."""
    words = text.replace(",", " ").replace(";", " ").split()
    if not words or len(words) > 40:
        return False
    good = 0
    for word in words:
        w = word.strip(".():")
        if not w or (
            w[0].isupper()
            or starts_with_particle(w)
            or w in ("and", "&", "et", "al", "und", "e", "y", "eds", "ed")
        ):
            good += 1
    return good >= len(words) - 1 and good / len(words) > 0.8


def _date_from_match(m: regex.Match[str]) -> Date:
    """A :class:`Date` from a :data:`patterns.DATE` match."""
    year = int((m.group("year") or m.group("year2") or m.group("year3"))[:4])
    month_text = m.group("month1") or m.group("month2")
    month = (
        _month(month_text)
        if month_text
        else (int(m.group("month3")) if m.group("month3") else None)
    )
    day_text = m.group("day1") or m.group("day2") or m.group("day3") or m.group("day4")
    day = int(day_text) if day_text and 1 <= int(day_text) <= 31 else None
    if month is None:
        day = None
    return Date(year=year, month=month, day=day, raw=m.group())


def _date_from_text(text: str) -> Date:
    """A :class:`Date` from a date printed in any of the forms :data:`patterns.DATE` knows."""
    m = p.DATE.search(text)
    if m:
        return _date_from_match(m)
    nums = p.DIGITS.findall(text)
    year = next((int(n) for n in nums if len(n) == 4), None)
    rest = [int(n) for n in nums if len(n) <= 2]
    if year is not None and len(rest) == 2:
        first, second = rest
        if text.strip().startswith(str(year)):
            month, day = first, second
        else:
            day, month = first, second
        if 1 <= month <= 12 and 1 <= day <= 31:
            return Date(year=year, month=month, day=day, raw=text.strip())
    return Date(year=year, raw=text.strip())


def _month(text: str) -> int | None:
    """Month number of an English, Italian, French, Spanish, Portuguese or German month."""
    if len(text) < 3:
        return None
    key = text.lower().rstrip(".")
    if key in _MONTHS:
        return _MONTHS[key]
    if key[:3] in _MONTHS and p.MONTH_ONLY.match(text):
        return _MONTHS[key[:3]]  # "September", "Sept.", "janvier" (not "Outcomes")
    return None


# -- authors and title --------------------------------------------------------------------


def _find_quoted(text: str) -> tuple[int, int, int, int] | None:
    """The first quoted stretch that can be a title: (open, inner start, inner end, close end)."""
    best: tuple[int, int, int, int] | None = None
    for open_q, close_q in _QUOTES:
        start = text.find(open_q)
        while start >= 0:
            if open_q in "‘‚" and start > 0 and text[start - 1].isalpha():
                start = text.find(open_q, start + 1)
                continue
            end = text.find(close_q, start + len(open_q))
            if open_q == "‘":
                # an apostrophe (l’expérience) is not a closing quote: it sits between letters
                while end > 0 and end + 1 < len(text) and text[end + 1].isalpha():
                    end = text.find(close_q, end + 1)
            if end < 0:
                break
            inner = text[start + len(open_q) : end]
            # (a date or number read inside it: a stray quote mark, not a quoted title)
            if len(inner.strip()) >= 3 and p.TWO_LETTERS.search(inner) and _HOLE not in inner:
                if best is None or start < best[0]:
                    best = (start, start + len(open_q), end, end + len(close_q))
                break
            start = text.find(open_q, end + 1)
    return best


def _parse_title_and_author(work: _Work) -> None:
    """Split the head of the reference into authors and title; what follows stays in ``rest``."""
    rest = work.rest
    quoted = _find_quoted(rest)
    opening = quoted[0] if quoted else 0
    head_end = _author_end(rest[:opening] + _HOLE) if quoted else 0
    head_is_lead_in = (
        bool(quoted)
        and bool(p.LEAD_IN_END.search(rest[:opening]))
        and not p.SENTENCE_END.search(rest, 0, opening)
    )
    if quoted and (not p.LETTER.search(rest[head_end:opening]) or head_is_lead_in):
        qs, ins, ine, qe = quoted
        if (
            head_end
            and not work.fields.get("_same_author")
            and not p.LETTER.search(rest[head_end:qs])
        ):
            _set_authors(work, rest[:qs])
        elif p.ORGANISATION_NAME.fullmatch(head := rest[:qs].strip(" ,:" + _HOLE)):
            work.fields["author"] = (Name(literal=head),)  # "Federation of …, “Ten Points”"
        work.fields["title"] = _clean_title(rest[ins:ine])
        work.fields["_quoted"] = True
        work.rest = _HOLE + rest[qe:]
        return
    end = (
        0
        if work.fields.get("_same_author")
        else _author_end(rest, short=bool(work.fields.get("_short")))
    )
    if end:
        role = p.AUTHORS_ARE_EDITORS.match(rest, end)
        if role:
            end = role.end()
        _set_authors(work, rest[:end])
        rest = rest[end:]
    rest = rest.lstrip(_TRIM + ")")
    if end and (
        (not p.TWO_LETTERS.search(rest.partition(_HOLE)[0]) and "," in work.rest[:end])
        or _title_not_author(work, rest)
    ):
        # "Carnets, Actes Sud, Arles 1985": what looked like names was all there is, so
        # it was the title and imprint of an authorless note citation
        work.fields.pop("author", None)
        work.fields.pop("editor", None)
        rest, end = work.rest, 0
    # without a full stop before the next anchor, commas are what separates the fields
    zone = rest.partition(_HOLE)[0]
    stop = p.SENTENCE_END.search(zone)
    no_sentence = stop is None or not zone[stop.end() :].strip()  # (a final full stop ends nothing)
    title_end = _title_end(rest, european=(bool(end) and _comma_ended(work)) or no_sentence)
    title = _clean_title(rest[:title_end])
    series = p.TITLE_SERIES.search(title)
    if series and _names_series(series.group("series")):
        work.fields["collection_title"] = p.SERIES_NUMBER.sub("", series.group("series"))
        title = title[: series.start()]
    if title and p.LETTER.search(title):
        work.fields["title"] = title
    work.rest = _HOLE + rest[title_end:]


def _title_not_author(work: _Work, rest: str) -> bool:
    """A note citation without author: ``Carnets, Actes Sud, Arles 1985`` or ``Title, edited by …``.

    What was read as a one-word author is the title when an editor follows at once, or
    when only an imprint (at most two short stretches) is left before the year.
    """
    names = work.fields.get("author", ())
    if p.EDITOR_PREFIX.match(rest) or p.TRANSLATOR_PREFIX.match(rest):
        return True
    if work.fields.get("_short"):
        return False  # "Serge, Memoirs, p. 219": a name and a short title
    if len(names) != 1 or names[0].given or not work.fields.get("_author_comma"):
        return False
    if p.CONTAINER_IN.search(rest) or _find_quoted(rest):
        return False
    head = rest.partition(_HOLE)[0]
    stretches = [x for x in head.split(",") if x.strip(_TRIM)]
    return len(stretches) <= 2 and all(len(x.split()) <= 3 for x in stretches)


def _comma_ended(work: _Work) -> bool:
    """Whether the author list ended with a comma (note style: ``Given Family, Title, …``)."""
    return bool(work.fields.get("_author_comma"))


def _set_authors(work: _Work, text: str) -> None:
    """Store the authors read from ``text`` (editors when marked ``(eds.)``)."""
    text = text.strip()
    work.fields["_author_comma"] = text.endswith(",")
    text = text.strip(" ,;:(" + _HOLE)
    last = text.rsplit(" ", 1)[-1]
    if text.endswith(".") and not starts_with_initials(last) and not starts_with_suffix(last):
        text = text[:-1]
    if not text:
        return
    role = p.EDITOR_ROLE.search(text) or p.EDITORS_SUFFIX.search(text)
    key = "author"
    if role:
        text = (text[: role.start()] + text[role.end() :]).strip(_TRIM)
        key = "editor"
    names = parse_names(text)
    if names:
        work.fields[key] = names


_JOINER_FIRST = frozenset("a&ueyw.…/")  # first characters of the words JOINER knows
_LIST_WORDS = frozenset({"al.", "al.,", "/"})
# the particles NAME_PARTICLE knows, as a set for the word-by-word scan
_PARTICLES = lexicon.words("PARTICLES")  # "et al.", and the slash of German lists


def _author_end(text: str, *, short: bool = False) -> int:
    """Where the author list at the start of ``text`` ends (0 when there is none).

    Scans word by word while words look like parts of names, and stops at the full stop
    that ends the list (not one after an initial), at a colon, or at a comma after which
    no further name follows. Running into a word that is no name before any of those
    means there was no author list. In a ``short`` form (``Serge, Memoirs, p. 219``) a
    name is never followed by its given name alone.
    """
    pos = 0
    n = len(text)
    person_words = 0
    terminated = 0
    words_seen = 0
    inverted = False  # "Family, Given" seen: the next "Family," awaits its given name too
    has_given = False  # the current person has its given name or initials already
    family_first = False  # the current person began with a family name without a comma
    vancouver = False  # the list writes "Family AB," (initials without dots)
    while pos < n and words_seen < 80:
        while pos < n and text[pos] == " ":
            pos += 1
        if pos >= n:
            return terminated
        if text[pos] in _HOLE + "(":
            return pos if words_seen else 0
        end = text.find(" ", pos)
        end = n if end < 0 else end
        hole = text.find(_HOLE, pos, end)
        if hole >= 0:
            end = hole
        word = text[pos:end]
        inner_comma = word.find(",", 0, len(word) - 1)
        if inner_comma > 0:  # "Keil,K.": a comma without its space still ends the word
            end = pos + inner_comma + 1
            word = text[pos:end]
        words_seen += 1
        pos = end
        if word == ":" and words_seen > 1:
            return end  # "… and A. Vermeulen : Agricultural air quality"
        if (
            word[0] in _JOINER_FIRST and starts_with_joiner(word.rstrip(","))
        ) or word in _LIST_WORDS:
            person_words = 0
            has_given = False
            if word.startswith("al."):
                return end  # "et al." closes the list
            continue
        if word == "," and words_seen > 1:
            # "Susan Weissman , «…»": a comma set apart
            verdict = _comma_verdict(
                text, end, person_words, inverted=inverted, complete=has_given or short
            )
            if verdict == "stop":
                return end
            terminated = end
            continue
        bare = word.rstrip(",;:.")
        if not is_name_word(word) or (person_words >= 4 and not starts_with_initials(bare)):
            return terminated
        if words_seen == 1 and (
            _opens_title(word) or (word.endswith(":") and not starts_with_initials(bare + "."))
        ):
            return 0  # "The Serge-Trotsky Papers, …", "Unextinguished: the case of …"
        initial = len(bare) <= 4 and bool(starts_with_initials(bare + "."))
        if (bare.lower() if bare.isupper() else bare) not in _PARTICLES:
            person_words += 1
        if person_words > 1 and initial:
            has_given = True
        if word.endswith(":"):
            return end
        if person_words == 1:
            # "Dubois M." (Vancouver: family first, no comma): its initials end the person
            family_first = not word.endswith(",") and not initial
        if word.endswith("."):
            if not _is_initial_or_abbrev(bare):
                return end
            if not p.CONTINUES_AFTER_INITIAL.match(text, end) and (
                inverted
                or person_words != 1  # ("Forster, E. M. Howards End": a title follows)
                or not p.GIVEN_FAMILY_AFTER_INITIAL.match(text, end)
            ):
                return end
            if inverted and has_given and p.TITLE_AFTER_INITIAL.match(text, end):
                return end  # "Levine, Robert S. Studies in …"

            vancouver_initials = vancouver or (
                2 <= len(bare) <= 3 and bare.isupper() and bare.isalpha()
            )
            if (
                family_first
                and vancouver_initials
                and person_words > 1
                and p.SHORT_TITLE_NEXT.match(text, end)
            ):
                return end  # "Brown A, Rossi PP. Politics. London" (not "William G. Cochran.")
            terminated = end
            continue
        if (
            word.endswith(",")
            and not word.endswith(".,")
            and bare.isupper()
            and bare.isalpha()
            and len(bare) <= 3
            and person_words > 1
        ):
            vancouver = True  # "Brown A," : initials without dots, family first
        if word.endswith(";") and _segment_after(text, end):
            person_words = 0  # "Bloom, Michael J.; Menefee, Mary K.": ";" separates people
            has_given = False
            terminated = end
            continue
        if word.endswith(",") or word.endswith(";"):
            verdict = _comma_verdict(
                text, end, person_words, inverted=inverted, complete=has_given or short
            )
            if verdict == "stop":
                return end
            inverted = inverted or verdict == "given"
            has_given = verdict == "given"
            terminated = end
            if verdict == "new":
                person_words = 0
                has_given = False
    return terminated


def _is_initial_or_abbrev(word: str) -> bool:
    """``J``, ``JA``, ``Th``, ``Jr``: a dot after it does not end the author list."""
    return bool(
        starts_with_initials(word + ".")
        or starts_with_suffix(word)
        or (len(word) <= 2 and word[:1].isupper())
    )


def _segment_after(text: str, pos: int) -> list[str]:
    """The words of the name-list stretch that starts at ``pos``."""
    m = p.NAME_SEGMENT.match(text, pos, min(len(text), pos + 120))
    return m.group(1).split() if m and m.group(2) in ",." else []


def _comma_verdict(
    text: str, pos: int, person_words: int, *, inverted: bool = False, complete: bool = False
) -> str:
    """After a comma inside the names: ``"given"`` (inverted name), ``"new"`` person or ``"stop"``.

    ``complete`` says the current person already has a given name or initials, so the
    next stretch cannot be its given name.
    """
    first = p.NAME_SEGMENT.match(text, pos, min(n := len(text), pos + 120))
    if not first:
        return "stop"
    segment, closer = first.group(1).strip(), first.group(2)
    words = segment.split()
    if not words:
        return "stop"
    if starts_with_joiner(words[0]) or segment.startswith("et al"):
        return "new"
    after = first.end()
    joined = bool(p.JOINER_START.match(text, after))
    joined_inside = next(
        (
            i
            for i, w in enumerate(words)
            if starts_with_joiner(w)
            and i + 1 < len(words)
            and (words[i + 1][:1].isupper() or words[i + 1] in _PARTICLES)
        ),
        None,
    )
    et_al = words.index("et") if "et" in words[:-1] else -1
    if joined_inside is None and et_al > 0 and words[et_al + 1].startswith("al"):
        words = words[:et_al]  # "SILVA, Mary et al.": the given name, then et al.
        joined = True
    if joined_inside is not None:
        words = words[:joined_inside]  # "Strang, G. and G. Fix": the part before "and"
        joined = True
    # "Lipeck U. W. Deriving Integrity …": the names end at the last initial
    names = 0
    while names < len(words) and names < 5 and is_name_word(words[names]):
        names += 1
    if 0 < names < len(words):
        last_initial = max((i for i in range(names) if starts_with_initials(words[i])), default=-1)
        if last_initial < 0:
            return "stop"
        words = words[: last_initial + 1]
        closer = "."
    if not words:
        return "stop"
    initials = 0
    while initials < len(words) and (
        starts_with_initials(words[initials]) or starts_with_suffix(words[initials])
    ):
        initials += 1
    if initials == len(words):
        return "new" if complete and not starts_with_suffix(words[0]) else "given"
    if initials:
        # "Mohr, D. A. Kranz," / "U. Nunes da Rocha," are new people;
        # "Flajolet, P. An …" is a given name
        family = words[initials:]
        return "new" if len(family) <= 3 and all(is_name_word(w) for w in family) else "given"
    if len(words) > 4 or p.NOT_A_NAME.match(words[0]):
        return "stop"
    if len(words) >= 2 and all(starts_with_initials(w) for w in words[1:]):
        # "Gertz M., Lipeck U. W." (family then initials) or "Mace, Myles L." (given + initial)
        return "given" if person_words == 1 and not complete else "new"
    role_follows = closer == "," and bool(p.EDITOR_WORD_START.match(text, after))
    single_then_more = closer == "," and len(words) == 1 and person_words == 1
    if closer == "," and person_words == 1 and len(words) <= 3 and not complete:
        # "Geller, Anne Ellen, Michele Eodice, …": a given name, then more people
        ahead = _segment_after(text, after)
        if 2 <= len(ahead) <= 3 and all(is_name_word(w) for w in ahead):
            return "given"
    if (
        not complete
        and (person_words == 1 or (person_words == 2 and closer == "."))
        and len(words) <= 3
        and (
            closer in ".(:;" + _HOLE
            or closer == ""
            or joined
            or role_follows
            or single_then_more
            or (inverted and len(words) == 1)
        )
    ):
        return "given"  # "Hearn, Lafcadio." / "Lakoff, George, and" / "Levin, David, Title"
    if any(starts_with_initials(w) for w in words):
        return "new"  # "Smith, J., S. Carr" / "Jones BA"
    second = p.NAME_SEGMENT.match(text, after, min(n, after + 60)) if closer == "," else None
    second_words = second.group(1).split() if second else []
    family_words = [w for w in words if w not in _PARTICLES]
    if second_words and starts_with_initials(second_words[0]) and len(family_words) == 1:
        return "new"  # "Kasif, S." / "le Goff, H." follows
    if joined and len(words) <= 3 and closer != "(":
        return "new"  # "…, David Bainbridge and David M. Nichols" (not "Revolution and Memory (")
    if (
        person_words >= 2
        and 2 <= len(words) <= 3
        and closer == ","
        and second is not None
        and second.group(2) in ",."
        and (
            starts_with_joiner(second_words[0] if second_words else "")
            or (0 < len(second_words) <= 4 and all(is_name_word(w) for w in second_words))
        )
    ):
        return "new"  # "Christian Szegedy, Vincent Vanhoucke, Sergey Ioffe, …"
    return "stop"


def _title_end(text: str, *, european: bool) -> int:
    """Where the title at the start of ``text`` ends."""
    limit = len(text)
    hole = text.find(_HOLE)
    if hole >= 0:
        limit = hole
    sentence = p.SENTENCE_END.search(text, 0, limit)
    cut = sentence.end() if sentence else limit
    if sentence and text[sentence.start()] in "?!":
        cut = sentence.start() + 1
    if sentence and not european:
        cut = _subtitle_sentence_end(text, cut, limit)
    stops = [cut]
    m = p.CONTAINER_IN.search(text, 1, cut)
    if m:
        stops.append(m.start())
    # "(New York: Verso, 2014)" / "(CUP, 1977)": a parenthesised imprint closes the title
    imprint = p.IMPRINT_OPEN.search(text, 0, min(len(text), limit + 2))
    if imprint:
        stops.append(imprint.start())
    if european:
        # (commas inside the parenthesised imprint are the imprint's own)
        comma = _european_title_comma(text, min(cut, imprint.start()) if imprint else cut)
        if comma is not None:
            stops.append(comma)
    window = min(len(text), cut + 30)
    lower = text[:window].lower()
    for pattern, needles in _TITLE_STOPPERS:
        if needles and not _contains_any(lower, needles):
            continue  # (the words every match of the pattern contains are not there)
        m = pattern.search(text, 1, window)
        if m and text[max(0, m.start() - 2) : m.start()].strip() in (",", ".", "", "("):
            stops.append(m.start())
    return min(stops)


# what ends a title early, with the lower-case words every match of each contains
# (no words: always searched)
_TITLE_STOPPERS: tuple[tuple[regex.Pattern[str], tuple[str, ...]], ...] = (
    (
        p.EDITOR_PREFIX,
        ("ed", "éd", "cura", "hrsg", "hg.", "herausg", "direction", "dir.", "org.", "by"),
    ),
    (p.TRANSLATOR_PREFIX, ("tr", "übers")),
    (p.EDITION, ("ed", "aufl", "éd")),
    (p.PAGE_LABEL, ()),
)


def _subtitle_sentence_end(text: str, cut: int, limit: int) -> int:
    """``The authentic heart. An eightfold path. New York: Wiley``: a sentence after the
    title that comes right before ``In`` or the imprint belongs to the title; ``cut`` else."""
    nxt = p.SENTENCE_END.search(text, cut, limit)
    if nxt is None or text[nxt.start()] != ".":
        return cut
    second = text[cut : nxt.start()].strip()
    after = text[nxt.end() : limit].strip()
    if (
        not second
        or not after
        or p.DIGITS.search(second)
        or _has_journal_word(second)
        or len(second.split()) < 2
        or not second[0].isupper()
        or any(x.match(second) for x in (p.EDITOR_PREFIX, p.TRANSLATOR_PREFIX, p.EDITION))
        or p.PLACE_PUBLISHER.match(second)
        or (":" in second and _place_publisher(second))
    ):
        return cut
    if p.CONTAINER_IN.match(after) or _place_publisher(after.split(". ")[0].rstrip(".")):
        return nxt.start()
    return cut


def _european_title_comma(text: str, cut: int) -> int | None:
    """The comma that ends a title in ``Title, Publisher, Place Year`` note style.

    Titles have commas too (``White Plague, Black Labour: …``), so the title ends at the
    first comma after which the text reads as what follows a title: a publisher, a
    journal, ``in``, editors or translators, a place just before the year, a number; or,
    in ``Carnets, Actes Sud, Arles 1985``, at the comma before a publisher-and-place pair.
    Without any such comma the first comma ends it only when two or fewer stretches
    follow (there is no room for a title with a comma and an imprint).
    """
    commas = []
    depth = 0
    for i, ch in enumerate(text[:cut]):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == "," and depth == 0 and i > 0:
            commas.append(i)
    if not commas:
        return None
    stretches = [
        text[c + 1 : (commas[k + 1] if k + 1 < len(commas) else cut)].strip()
        for k, c in enumerate(commas)
    ]
    while commas and not stretches[-1].strip(_TRIM):
        commas.pop()  # "…, Fayard, <year>": the comma before the taken year ends nothing
        stretches.pop()
    if not commas:
        return None
    for k, (comma, after) in enumerate(zip(commas, stretches, strict=True)):
        if not after:
            continue
        if (
            after[0] in _HOLE
            or p.VOLUME_LABEL.match(after)
            or p.ISSUE_LABEL.match(after)
            or (after[0].isdigit() and not p.YEAR_RANGE_START.match(after))
        ):
            # numbers: the stretch before them is the journal, so the title ends before it
            return commas[k - 1] if k > 0 else comma
        if _is_publisher(after):
            j = k  # "New York ; Oxford, Oxford University Press": the place goes with it
            while j > 0 and _is_place(stretches[j - 1]) and len(stretches[j - 1].split()) <= 2:
                j -= 1
            return commas[j]
        if (
            _has_journal_word(after)
            or _names_genre(after, p.THESIS)
            or _names_genre(after, p.REPORT)
            or p.CONTAINER_IN.match(after)
            or p.EDITOR_PREFIX.match(after)
            or p.TRANSLATOR_PREFIX.match(after)
            or p.EDITOR_ROLE.search(after)
            or after[0] in '«“"„'
        ):
            return comma
        if k + 1 == len(commas) and text[cut : cut + 1] in (_HOLE, "") and _is_place(after):
            j = k  # "…, Addison-Wesley, Reading, MA, <year>": publisher and place end it
            while j > 0 and _is_place(stretches[j - 1]):
                j -= 1
            return commas[j - 1] if j > 0 else commas[0]
    at_anchor = text[cut : cut + 1] in (_HOLE, "")
    return commas[0] if len(commas) <= 2 and at_anchor else None


def _clean_title(text: str) -> str:
    """A title without surrounding punctuation and unbalanced brackets."""
    title = text.strip(_TRIM.replace(".", "") + "").strip()
    title = title.rstrip(",;:/").strip()
    if title.endswith(".") and not title.endswith("..."):
        title = title[:-1]
    if title.count("(") < title.count(")") and title.endswith(")"):
        title = title[:-1]
    if title.count("(") > title.count(")") and title.endswith("("):
        title = title[:-1]
    return title.strip(" ,;:" + _HOLE)


# -- numbers, editors, edition, genre -------------------------------------------------------


def _parse_numbers(work: _Work) -> None:
    """Volume, issue and page range of the work, from labelled or journal-style numbers."""
    fields = work.fields
    # (a parenthesis, colon or slash a pattern needs is looked for before searching for it)
    m = p.VOLUME_ISSUE.search(work.rest) if "(" in work.rest else None
    if m:
        fields["volume"] = m.group("volume")
        fields["issue"] = m.group("issue").strip()
        after = work.rest[m.end() : m.end() + 30]
        pages = p.PAGES_AFTER_ISSUE.match(after)
        end = m.end() + (pages.end() if pages else 0)
        if pages:
            fields["page"] = _page(pages.group("page"))
        work.take(m.start(), end)
    for label_pattern, key, group in (
        (p.VOLUME_LABEL, "volume", "volume"),
        (p.ISSUE_LABEL, "issue", "issue"),
    ):
        m = label_pattern.search(work.rest)
        if m and key not in fields and _labelled_number_ok(work.rest, m):
            fields[key] = m.group(group)
            work.take(m.start(), m.end())
    m = p.VOLUME_COLON_PAGES.search(work.rest) if ":" in work.rest else None
    if m and "page" not in fields:
        fields.setdefault("volume", m.group("volume"))
        fields["page"] = _page(m.group("page"))
        work.take(m.start(), m.end())
    if "volume" not in fields:
        # "Film Comment 40.1 (…)": volume.issue right after a journal name
        m = p.VOLUME_DOT_ISSUE.search(work.rest)
        if m:
            fields["volume"], fields["issue"] = m.group("v"), m.group("i")
            work.take(m.start(), m.end())
    if "issue" not in fields and "volume" not in fields:
        m = p.DOUBLE_ISSUE.search(work.rest) if "/" in work.rest else None
        if m and int(m.group("second")) == int(m.group("first")) + 1:
            fields["issue"] = m.group()  # "Giovane Critica, 15/16, 1967": a double issue
            work.take(m.start(), m.end())
    if "page" not in fields:
        # "(January 2004): 17", "(2000): 377–89": pages after the date in parentheses
        m = p.PAGES_AFTER_DATE.search(work.rest) if ":" in work.rest else None
        if m:
            fields["page"] = _page(m.group("page"))
            work.take(m.start(), m.end())
    if "page" not in fields:
        m = p.PAGE_LABEL.search(work.rest)
        if m:
            r = p.PAGE_RANGE.match(work.rest, m.end())
            if r:
                fields["page"] = _page(r.group())
                work.take(m.start(), r.end())
    if "page" not in fields:
        for r in p.PAGE_RANGE.finditer(work.rest):
            if r.group("last") and _is_page_range(r):
                fields["page"] = _page(r.group())
                work.take(r.start(), r.end())
                break
    if "volume" not in fields:
        # "ApJ, 650, 102", "Optics Express 12, 3988 (2004)",
        # "The Economic Journal 111, 468 (…): 128–162"
        m = p.VOLUME_COMMA_NUMBER.search(work.rest)
        if m:
            fields["volume"] = m.group("v")
            fields["issue" if "page" in fields or "_tail" in fields else "page"] = m.group("n")
            work.take(m.start(), m.end())
    if "volume" not in fields:
        m = p.VOLUME_BEFORE_HOLE.search(work.rest)
        numbered = "page" in fields or "issue" in fields or "_tail" in fields
        # "Artificial Intelligence, 32, 1987": a short number just before the year, too
        after_comma = m is not None and work.rest[: m.start("v")].rstrip().endswith(",")
        short = m is not None and len(m.group("v")) <= 3 and after_comma
        if m and fields.get("issued") is not None and (numbered or short):
            fields["volume"] = m.group("v")
            work.take(m.start("v"), m.end("v"))


_PAGE = r"(?P<page>[A-Za-z]?\d{1,6}(?:\s{0,2}[-–—‐]{1,2}\s{0,2}[A-Za-z]?\d{1,6})?)(?![\d])"


def _labelled_number_ok(text: str, m: regex.Match[str]) -> bool:
    """``t. 2``, ``a 3``, ``v 4``, ``H 2``: a one-letter label counts only with its dot."""
    label = m.group().split()[0] if m.group().split() else ""
    if len(label.rstrip(".")) == 1 and not label.endswith(".") and label[0] not in "Vv":
        return False
    return not (label.rstrip(".") in ("a", "S", "H", "n", "N") and not label.endswith("."))


def _is_page_range(m: regex.Match[str]) -> bool:
    """``106-17`` is a range of pages; ``1917-1937`` between years is not."""
    first, last = m.group("first"), m.group("last")
    if first.isdigit() and last.isdigit() and len(first) == 4 and len(last) == 4:
        return not (1500 <= int(first) < 2050 and int(first) < int(last) < 2050)
    return True


def _page(text: str) -> str:
    """A page range as printed, with a real en dash: ``106-17`` -> ``106–17``."""
    return str(p.RANGE_DASH.sub("–", text.strip()))


def _parse_editors(work: _Work) -> None:
    """Editors after ``ed./edited by/a cura di/hrsg. v.`` and translators after ``trans./trad.``."""
    for pattern, key, needles in (
        (
            p.EDITOR_PREFIX,
            "editor",
            ("ed", "cura", "hrsg", "hg.", "dir.", "org.", "by", "par", "herausg"),
        ),
        (p.TRANSLATOR_PREFIX, "translator", ("tr", "übers")),
    ):
        m = pattern.search(work.rest) if work.mentions(*needles) else None
        if m and key == "editor" and _role_after_names(work.rest, m):
            _editors_before(work, m.start() - 2, m.end())
            continue
        if not m or key in work.fields or _inside_name(work.rest, m):
            continue
        tail = work.rest[m.end() :]
        # the same scan as for authors: "A. Chitarin, Prospettiva, Roma" stops after Chitarin
        names_text = _before_publisher(tail[: _author_end(tail)]).rstrip(" ,;:")
        names = parse_names(names_text)
        if names:
            work.fields[key] = names
            work.take(m.start(), m.end() + len(names_text))
    m = p.EDITOR_ROLE.search(work.rest)
    if m and "editor" not in work.fields:
        _editors_before(work, m.start(), m.end())


def _inside_name(text: str, m: regex.Match[str]) -> bool:
    """``ACM Trans. Math. Softw.``: a capitalised role word inside a name (not after a break,
    or followed by an abbreviated word: ``Trans. Amer. Math. Soc.``)."""
    if not text[m.start()].isupper():
        return False
    before = text[: m.start()].rstrip()
    return bool(
        (before and before[-1] not in ".,;:([" + _HOLE) or p.ABBREVIATED_WORD.match(text, m.end())
    )


def _before_publisher(names_text: str) -> str:
    """Names up to a comma-separated publisher: ``David Cotterill, Pluto Press`` -> the name."""
    parts = names_text.split(", ")
    for k in range(1, len(parts)):
        if _is_publisher(parts[k]):
            return ", ".join(parts[:k])
    return names_text


def _role_after_names(text: str, m: regex.Match[str]) -> bool:
    """IEEE's ``…, J. Oliveira and R. Taylor, Eds. New Haven: Yale…``: ``Eds.`` closes names."""
    return (
        text[max(0, m.start() - 2) : m.start()] == ", "
        and text[m.start()] == "E"
        and bool(p.IMPRINT_AHEAD.match(text, m.end()))
    )


def _names_only(text: str) -> bool:
    """A stretch that is a list of names: scanned as one, or name-like words without a colon."""
    return _all_names(text) or (_looks_like_names(text) and ":" not in text)


def _editors_before(work: _Work, role_start: int, role_end: int) -> None:
    """The editors named before their role (``(Eds.)``, ``, eds.``) at ``role_start``."""
    if "editor" in work.fields:
        return
    before = work.rest[:role_start]
    openers = list(p.CONTAINER_IN.finditer(before))
    opener = openers[-1] if openers else None  # the last "In" before the names
    if opener is not None:
        start = opener.end()
    else:
        cut = max(before.rfind(_HOLE), _last_sentence_end(before), 0)
        start = cut + 1 if cut else 0
    chunk = before[start:]
    if not _names_only(chunk):
        # "In Handbook of Combinatorics, R. Graham, and L. Lovasz, Eds.": the names are
        # the shortest tail after a comma that reads as names; the container stays
        for comma in p.CLAUSE_BREAK.finditer(chunk):
            if _names_only(chunk[comma.end() :]):
                start += comma.end()
                chunk = chunk[comma.end() :]
                opener = None
                break
    names = parse_names(chunk)
    if names and _names_only(chunk):
        work.fields["editor"] = names
        work.take(opener.start() if opener is not None else start, role_end)
        if opener is not None:
            work.fields["_in"] = True


def _last_sentence_end(text: str) -> int:
    """Offset of the last full stop that ends a sentence in ``text`` (-1 when none)."""
    last = -1
    for m in p.SENTENCE_END.finditer(text):
        last = m.start()
    return last


def _parse_edition(work: _Work) -> None:
    """``2nd ed.``, ``3. Aufl.``, ``Revised edition``."""
    m = p.EDITION.search(work.rest) if work.mentions("ed", "aufl", "éd") else None
    if m:
        work.fields["edition"] = m.group("edition").strip()
        work.take(m.start(), m.end())


def _parse_genre(work: _Work) -> None:
    """Thesis and report markers (``PhD thesis``, ``Technical report``)."""
    for pattern, genre in ((p.THESIS, "thesis"), (p.REPORT, "report")):
        if _names_genre(work.rest, pattern):
            work.fields["_kind"] = genre
            return


def _names_genre(text: str, pattern: regex.Pattern[str]) -> bool:
    """Whether :data:`patterns.THESIS` or :data:`patterns.REPORT` is in ``text``, searched
    only when a word every match contains is there (``Ph`` is case-sensitive: ``Ph. D.``)."""
    if pattern is p.THESIS:
        maybe = "Ph" in text or _mentions(text, _THESIS_NEEDLES)
    else:
        maybe = _mentions(text, _REPORT_NEEDLES)
    return maybe and pattern.search(text) is not None


# -- container, publisher, place -------------------------------------------------------------


_SEGMENT_TRIM = _TRIM + "()[]"


def _segments(text: str) -> list[str]:
    """The stretches between holes and sentence or clause ends, trimmed, non-empty."""
    # ". " ends a stretch, but not after an abbreviated word of a journal name ("Proc. Natl.")
    # and "(AAAI)", "(IJCAI-91)" stay with the name they abbreviate
    parts = p.SEGMENT_BREAK.split(text)
    return [piece for s in parts if s and (piece := s.strip(_SEGMENT_TRIM))]


def _parse_container_and_publisher(work: _Work) -> None:
    """Read what is left: ``In`` container, journal, ``Place: Publisher``, ``Publisher, Place``."""
    fields = work.fields
    rest = work.rest
    m = p.CONTAINER_IN.search(rest)
    if m and "title" in fields:
        fields["_in"] = True
        rest = rest[: m.start()] + _HOLE + rest[m.end() :]
    segments = [x for x in map(_without_genre, _segments(rest)) if x]
    has_numbers = any(k in fields for k in ("volume", "issue", "page", "_tail"))
    leftovers: list[str] = []
    container_first = bool(fields.get("_in"))
    imprints = [
        (i, pp)
        for i, seg in enumerate(segments)
        if (pp := _place_publisher(seg, container_first=container_first))
    ]
    for index, seg in enumerate(segments):
        pp = imprints[-1][1] if imprints and index == imprints[-1][0] else None
        if pp and "publisher" not in fields:
            place, publisher = pp.group("place").strip(), pp.group("publisher").strip(_TRIM)
            if _is_publisher(place) and not _is_publisher(publisher):
                place, publisher = publisher, place
            before = seg[: pp.start()].strip(_TRIM)
            if before:
                leftovers.append(before)
            fields["publisher_place"] = place
            fields["publisher"] = (
                publisher.split(",")[0].strip(_TRIM)
                if "," in publisher and not _is_publisher(publisher.split(",")[-1])
                else publisher
            )
            continue
        leftovers.append(seg)
    leftovers = [
        seg
        for seg in leftovers
        if p.TWO_LETTERS.search(seg) and not _is_noise(seg) and not _is_month(seg)
    ]
    title = fields.get("title")
    if (
        title
        and not leftovers
        and ("volume" in fields or "page" in fields)
        and not fields.get("_quoted")
        and not fields.get("_in")
        and "publisher" not in fields
        and p.JOURNAL_ABBREVIATION.fullmatch(title)
    ):
        # "Gitti M., …, 2007, ApJ, 660, 1118": physics and astronomy cite no title, and what
        # stood in its place is the journal's abbreviation
        fields["container_title"] = fields.pop("title")
        return
    for index, seg in enumerate(leftovers):
        later = leftovers[index + 1 :]
        if "collection_title" not in fields and _is_series(seg, fields, has_numbers):
            of = p.SERIES_OF.match(seg)
            name = p.SERIES_NUMBER.sub("", seg[of.end() :] if of else seg).strip(_TRIM)
            fields["collection_title"] = _trim_container(name, journal=False)
            continue
        magazine = p.MAGAZINE_ISSUE.fullmatch(seg) if "issue" not in fields else None
        if magazine and "container_title" not in fields and "volume" not in fields:
            fields["container_title"] = magazine["container"]  # "Red Lantern #12" (issue 11)
            fields["issue"] = magazine["issue"]
            continue
        if "container_title" not in fields and _is_container(seg, fields, later, has_numbers):
            container = _clean_title(_strip_in(seg))
            by = p.CONTAINER_AUTHOR.match(container) if fields.get("_in") else None
            if by and not fields.get("author") and (names := parse_names(by.group("names"))):
                # "«Trent’anni dopo», in V. Serge, Socialismo …": a chapter of its author's book
                fields["author"] = names
                container = container[by.end() :]
            if not fields.get("_in"):
                container = p.CONTAINER_TRAILING_DATE.sub("", container) or container
            # "Operations Research 36", "Harvard Business Review, XLIII", "Critical Inquiry 13.2"
            trailing = p.CONTAINER_TRAILING_NUMBER.search(container)
            if trailing and "volume" not in fields:
                fields["volume"] = trailing.group("volume")
                if trailing.group("issue") and "issue" not in fields:
                    fields["issue"] = trailing.group("issue")
            if trailing:
                container = container[: trailing.start()].rstrip(" ,")
            container = _split_series(container, fields)
            if fields.get("_in"):
                container = _split_publisher(container, fields)
            book = fields.get("_in") or p.CONFERENCE.search(container)
            trimmed = _trim_container(container, journal=has_numbers and not book)
            subtitle = later[0] if fields.get("_in") and len(later) == 1 else ""
            if subtitle and _book_subtitle(subtitle, fields) and f"{trimmed}. {subtitle}" in rest:
                trimmed = f"{trimmed}. {subtitle}"  # "The handbook of X. Practice and research"
            fields["container_title"] = trimmed
            place = container[len(trimmed) :].strip(" ,")
            imprint = _publisher_city(place) if fields.get("_in") else None
            if imprint and "publisher" not in fields:
                fields["publisher"] = imprint[0]
                fields.setdefault("publisher_place", imprint[1])
            elif book and p.PLACE_SHAPE.fullmatch(place):
                # "In Proceedings of …, Seattle, WA": where the meeting (and its book) was
                fields.setdefault("publisher_place", place)
            elif fields.get("_in") and ", " in place and "publisher" not in fields:
                # "en …, Guerra del exilio, Madrid, Alianza": the book's imprint follows it
                _, publisher, where = _split_imprint(place)
                if publisher and where and _is_city(where):
                    fields["publisher"] = publisher
                    fields.setdefault("publisher_place", where)
            continue
        plausible = (
            _is_publisher(seg)
            or bool(fields.get("_kind") and p.DEPARTMENT.search(seg))
            or bool(
                fields.get("_in")
                and index == len(leftovers) - 1
                and p.ACRONYM_PUBLISHER.fullmatch(seg)
            )
        ) or (
            "container_title" not in fields
            and (
                len(seg.split()) <= 5 or _names_organisation(seg, last=index == len(leftovers) - 1)
            )
            and not p.DIGIT_OR_LOWER_START.search(seg)
        )
        genre = p.THESIS_LEAD.match(seg)
        if genre and fields.get("_kind") == "thesis" and p.CORPORATE.search(seg, genre.end()):
            seg = seg[genre.end() :]  # "Diss. Universität Heidelberg": the university publishes
            plausible = bool(seg)
        if "publisher" not in fields and plausible and not p.NOT_A_PUBLISHER.match(seg):
            before, publisher, place = _split_imprint(seg)
            if before and "container_title" not in fields and (fields.get("_in") or has_numbers):
                fields["container_title"] = before
            if publisher and not (
                place is None
                and _is_place(publisher)
                and not _is_publisher(publisher)
                and index == len(leftovers) - 1
                and _lone_place(publisher)
                and not p.CORPORATE.search(publisher)  # "Title. Met Office.": who published it
            ):
                fields["publisher"] = publisher
            elif publisher and "publisher_place" not in fields:
                fields["publisher_place"] = publisher  # "Grand Rapids, 2002": a place alone
            if place and "publisher_place" not in fields:
                fields["publisher_place"] = place
            continue
        imprint = _publisher_city(seg)
        if "publisher" not in fields and imprint:
            fields["publisher"] = imprint[0]
            fields.setdefault("publisher_place", imprint[1])
            continue
        if "publisher_place" not in fields and _is_place(seg):
            fields["publisher_place"] = seg
            continue


def _names_organisation(segment: str, *, last: bool) -> bool:
    """A longer name closing a reference that names an organisation, its publisher
    (``Role of the JCPC. Judicial Committee of the Privy Council.``)."""
    return last and len(segment.split()) <= 8 and bool(p.CORPORATE.search(segment))


def _publisher_city(text: str) -> tuple[str, str] | None:
    """``Prospettiva, Roma``: a publisher then a known city (European order), or ``None``."""
    publisher, _, city = text.rpartition(", ")
    if publisher and "," not in publisher and _is_city(city) and not _is_city(publisher):
        return publisher.strip(_TRIM), city.strip(_TRIM)
    return None


def _without_genre(segment: str) -> str:
    """A stretch without its leading genre and report number (``Technical Report TR-93-4, ``)."""
    m = p.GENRE_LEAD.match(segment)
    if not m:
        return segment
    left = segment[m.end() :].strip(_TRIM)
    return "" if p.REPORT_NUMBER_LEFT.fullmatch(left) else left


def _split_series(container: str, fields: dict[str, Any]) -> str:
    """``Proceedings of …, Lecture Notes in Computer Science 392, Springer``: the container
    before the series; the series and a publisher after it go to their fields."""
    parts = container.split(", ")
    for k in range(1, len(parts)):
        if _names_series(parts[k]) and "collection_title" not in fields:
            fields["collection_title"] = p.SERIES_NUMBER.sub("", parts[k]).strip(_TRIM)
            after = ", ".join(parts[k + 1 :])
            if after and _is_publisher(after) and "publisher" not in fields:
                fields["publisher"] = after
            return ", ".join(parts[:k])
    return container


def _book_subtitle(segment: str, fields: dict[str, Any]) -> bool:
    """A sentence after a book's name, before the book's imprint, that is its subtitle."""
    return bool(
        "publisher" in fields
        and len(segment.split()) >= 2
        and segment[0].isupper()
        and not p.DIGITS.search(segment)
        and not _is_place(segment)
        and not _is_publisher(segment)
        and not _names_series(segment)
        and not any(x.match(segment) for x in (p.EDITOR_PREFIX, p.TRANSLATOR_PREFIX, p.EDITION))
    )


def _split_publisher(container: str, fields: dict[str, Any]) -> str:
    """``Third International Conference on …, Springer-Verlag, Berlin``: the book's name
    before its publisher; the publisher and a place after it go to their fields."""
    parts = container.split(", ")
    for k in range(1, len(parts)):
        if _is_publisher(parts[k]) and not _has_journal_word(parts[k]):
            if "publisher" not in fields:
                fields["publisher"] = parts[k].strip(_TRIM)
                where = ", ".join(parts[k + 1 :]).strip(_TRIM)
                if where and _is_place(where.split(", ")[0]):
                    fields.setdefault("publisher_place", where)
            return ", ".join(parts[:k])
    return container


def _names_series(text: str) -> bool:
    """Whether ``text`` has a series word (:data:`patterns.SERIES_NAME`); most have none of
    the words the pattern needs, and a substring test is much cheaper than the search."""
    return _mentions(text, _SERIES_NEEDLES) and p.SERIES_NAME.search(text) is not None


def _is_series(segment: str, fields: dict[str, Any], has_numbers: bool) -> bool:
    """A book series: ``of Lecture Notes in …`` after a volume, or a stretch with a series
    word (``… Series in …``) unless it is an article's journal still to be found."""
    if p.SERIES_OF.match(segment):
        return "volume" in fields or "container_title" in fields
    if not _names_series(segment):
        return False
    if fields.get("_in") and "container_title" not in fields:
        return False  # "In The Foucault Effect: Studies in …": the book opened by "In"
    journal_wanted = has_numbers and "container_title" not in fields
    return not journal_wanted or fields.get("_kind") is not None


def _lone_place(text: str) -> bool:
    """A stretch naming a place, not a publisher: ``Grand Rapids``, ``Santa Clara, CA``."""
    # (a single unknown word after a title is as often a publisher: "Praeger", "Crown")
    return bool(p.PLACE_SHAPE.fullmatch(text)) and (" " in text.strip() or _is_city(text))


def _trim_container(container: str, *, journal: bool) -> str:
    """A container without trailing places, months or remarks (``…, Karlsruhe``, ``…, in press``).

    A journal's name rarely has a comma, so a journal keeps only its first part.
    """
    parts = container.split(", ")
    # "IEEE Transactions on Systems, Man, and Cybernetics", "Infection, Genetics and Evolution",
    # "Oceanic Engineering, IEEE Journal of": a list ending in "and", an inverted name
    listed = max((k for k in range(1, len(parts)) if p.LIST_END.search(parts[k])), default=0)
    if journal and len(parts) > 1 and not listed:
        return parts[0]
    if journal and listed:
        parts = parts[: listed + 1]
    while len(parts) > max(1, listed + 1) and (
        _is_noise(parts[-1])
        or _is_place(parts[-1])
        or p.DATE.fullmatch(parts[-1])
        or _is_month(parts[-1])
    ):
        parts.pop()
    return ", ".join(parts)


def _is_noise(segment: str) -> bool:
    """Remarks that are no field: ``to appear``, ``in press``, ``forthcoming``."""
    return bool(p.REMARK.match(segment))


def _is_container(
    segment: str, fields: dict[str, Any], later: list[str], has_numbers: bool
) -> bool:
    """Whether the first stretch after the title names the journal or book it appears in."""
    if "title" not in fields or ("publisher" in fields and not fields.get("_in")):
        return False
    if (
        fields.get("url")
        and not later
        and not p.PRESS_WORD.search(segment)
        and not (p.PLACE_SHAPE.fullmatch(segment) and not _opens_title(segment.split()[0]))
    ):
        return True  # "Title. The Guardian. https://…": the website's name
    if fields.get("_in") and fields.get("url") and not later:
        return True  # "in: Public Books, Februar 2001, https://…": the website
    if (
        fields.get("_quoted")
        and not later
        and fields.get("_kind") is None
        and p.QUOTED_TITLE_JOURNAL.fullmatch(segment)
        and not _is_publisher(segment)
        and not _is_city(segment)
    ):
        return True  # "‘So, what’s this?’, Observer, 3 December 2006": a quoted title's journal
    if (
        fields.get("_kind")
        and not fields.get("_in")
        and (_is_publisher(segment) or p.DEPARTMENT.search(segment))
    ):
        return False  # "Technical report, Computer Science Department, …": who issued it
    if fields.get("_in") or has_numbers:
        if _is_publisher(segment) and not _has_journal_word(segment):
            return False
        if fields.get("_in") or _has_journal_word(segment) or ", " not in segment:
            return True
        # "Donzelli, Roma" / "Paris, La Découverte": an imprint, not a journal
        first, last = segment.split(", ", 1)[0], segment.rsplit(", ", 1)[1]
        return not (p.CITY_WORD.fullmatch(last) or _is_city(first) or _is_city(last))
    if _has_journal_word(segment) and not _is_publisher(segment):
        return True
    if _is_publisher(segment) or (_is_place(segment.split(",")[0]) and len(segment.split()) <= 3):
        return False
    return any(_is_publisher(x) or p.PLACE_PUBLISHER.search(x) for x in later)


def _place_publisher(segment: str, *, container_first: bool = False) -> regex.Match[str] | None:
    """``Place: Publisher`` at the start of ``segment`` or after one of its commas.

    A place may have commas (``Bourne End, Buckinghamshire, England: …``); but after
    ``In`` with no container read yet, ``Macht, Göttingen: Vandenhoeck & Ruprecht`` is
    the container ``Macht`` and then the imprint (``container_first``).
    """
    if ":" not in segment:
        return None  # (the pattern's colon)
    starts = [0] + ([m.end() for m in p.COMMA_BREAK.finditer(segment)] if container_first else [])
    found = []
    for start in starts[:8]:
        m = p.PLACE_PUBLISHER.match(segment, start)
        if not m or _is_subtitle(segment, m):
            continue
        place = m.group("place")
        shaped = p.PLACE_SHAPE.fullmatch(place.strip()) or all(
            _is_place(x) for x in place.split(", ")
        )
        if shaped or _is_publisher(place):
            found.append(m)  # (a publisher first is "Elsevier: New York", read the other way)
    if not found:
        return None
    first = found[0]
    region = "," not in first.group("place") or p.PLACE_SHAPE.fullmatch(
        first.group("place").strip()
    )
    if container_first and len(found) > 1 and not region:
        return found[1]
    return first


def _is_subtitle(segment: str, m: regex.Match[str]) -> bool:
    """``Title: Subtitle`` is not ``Place: Publisher`` (too long a left or right side)."""
    place = m.group("place")
    publisher = m.group("publisher").strip(_TRIM)
    # "Guerra: Operai e politica, Bollati Boringhieri, Torino": a subtitle, then the imprint
    wordy_parts = [x for x in publisher.split(", ") if p.TWO_LETTERS.search(x)]
    return len(place.split()) > 4 or len(publisher.split()) > 8 or len(wordy_parts) > 2


_SEGMENT_CACHED = 200  # stretches up to this long have their word tests remembered
# a segment naming a publisher (``Jaca Book``, ``Suhrkamp Verlag``)
_is_publisher = cached_test(p.PUBLISHER_WORD.search, max_length=_SEGMENT_CACHED)
# a segment with a word of a journal's name (``Review``, ``Proceedings``)
_has_journal_word = cached_test(p.JOURNAL_WORD.search, max_length=_SEGMENT_CACHED)
# a segment that is a month name and nothing more (``June``, ``Sept.``)
_is_month = cached_test(p.MONTH_ONLY.match, max_length=_SEGMENT_CACHED)
# a word that opens titles and never names (``The``, ``Proceedings``)
_opens_title = cached_test(p.TITLE_START.match)


def _is_place(segment: str) -> bool:
    """A city-like segment: one to three capitalised words (``New York``, ``Ann Arbor``)."""
    words = segment.split()
    return (
        0 < len(words) <= 3
        and all(
            w[:1].isupper() or w in ("am", "an", "de", "upon", "on", "sur", "and", "&")
            for w in words
        )
        and not _is_publisher(segment)
        and not _has_journal_word(segment)
    )


_COMPANY_SUFFIX = frozenset({"Inc", "Ltd", "Co", "GmbH", "LLC", "S.A", "SpA", "Verlag"})


def _is_city(text: str) -> bool:
    """A known publishing city (``Madrid``, ``New York``, ``Roma-Bari``)."""
    name = text.strip(_TRIM)
    return name in p.PUBLISHING_CITIES or name.split("-")[0] in p.PUBLISHING_CITIES


def _split_imprint(segment: str) -> tuple[str, str | None, str | None]:
    """Split ``[before, ]Publisher[, Place]`` or ``Place, Publisher``: slices of ``segment``.

    ``Mono Book Corp., Baltimore, MD`` -> ("", "Mono Book Corp.", "Baltimore, MD");
    ``Shock Metamorphism, Mono Book Corp.`` keeps ``Shock Metamorphism`` as ``before``;
    ``Paris, Inserm`` (place first) and ``Massari Press Bolsena`` are read too.
    """
    bounds = [0] + [m.end() for m in p.COMMA_BREAK.finditer(segment)]
    parts = [
        segment[start : (bounds[i + 1] if i + 1 < len(bounds) else len(segment))]
        for i, start in enumerate(bounds)
    ]
    parts = [x.rstrip(" ,") for x in parts]

    def join(lo: int, hi: int) -> str:
        return (
            segment[bounds[lo] : bounds[hi - 1] + len(parts[hi - 1])].strip(_TRIM)
            if hi > lo
            else ""
        )

    n = len(parts)
    first = next((i for i, x in enumerate(parts) if _is_publisher(x)), None)
    if first is None:  # "Computer Science Department, Rensselaer Polytechnic Institute"
        first = next((i for i, x in enumerate(parts) if p.DEPARTMENT.search(x)), None)
    if first is not None:
        # "John Wiley and Sons, Inc.": the suffix belongs to the name before it
        lo = first - 1 if first > 0 and parts[first].strip(" .") in _COMPANY_SUFFIX else first
        # "Dept. of Computer Science, Rice University": the department is part of the name
        while lo > 0 and p.DEPARTMENT.search(parts[lo - 1]) and not _is_place(parts[lo - 1]):
            lo -= 1
        if lo > 0 and _is_place(parts[lo - 1]) and lo == 1:
            return (
                "",
                join(lo, first + 1),
                parts[0].strip(_TRIM),
            )  # "Paris, Presses universitaires de France"
        hi = first + 1
        while hi < n and (
            p.DEPARTMENT.search(parts[hi]) or parts[hi].strip(" .") in _COMPANY_SUFFIX
        ):
            hi += 1  # "University of Massachusetts, Computer Science Dept.", "…, Inc."
        place_end = hi
        while place_end < n and _is_place(parts[place_end]):
            place_end += 1
        return join(0, lo), join(lo, hi), join(hi, place_end) or None
    if n >= 2 and _is_city(parts[0]) and not _is_city(parts[-1]):
        return "", join(1, n), parts[0].strip(_TRIM)  # "Madrid, Alianza" (Spanish, French notes)
    if n >= 2 and all(_is_place(x) for x in parts[1:]):
        return "", parts[0].strip(_TRIM), join(1, n)
    words = segment.split()
    if n == 1 and len(words) >= 2 and _is_place(words[-1]) and _is_publisher(" ".join(words[:-1])):
        cut = segment.rstrip().rfind(" ")
        return "", segment[:cut].strip(_TRIM), segment[cut:].strip(_TRIM)  # "Massari Press Bolsena"
    return "", segment.strip(_TRIM), None


def _strip_in(text: str) -> str:
    """A container title without a leading ``In``/``in:``."""
    return str(p.IN_PREFIX.sub("", text.strip()))


def _settle_locator(work: _Work) -> None:
    """The held trailing number: the work's own pages or the place cited (a locator).

    A page range of a part (article, chapter: there is a container) is the work's
    ``page``; after the closing parenthesis of a Chicago note's imprint, a single page,
    a list or a chapter is the place cited; so is any page of a whole book.
    """
    tail = work.fields.pop("_tail", None)
    if not tail:
        return
    label, value, after_paren = tail
    fields = work.fields
    kind = {
        "ch.": "chapter",
        "chap.": "chapter",
        "cap.": "chapter",
        "chapter": "chapter",
        "kap.": "chapter",
        "§": "section",
        "n.": "note",
        "note": "note",
        "para.": "paragraph",
        "fig.": "figure",
    }.get(label, "page")
    is_range = bool(p.PAGE_RANGE_ONLY.match(value))
    part = "container_title" in fields and "page" not in fields and not fields.get("_short")
    if (
        kind == "page"
        and part
        and (is_range or (not after_paren and label))
        and not (after_paren and not label)
    ):
        fields["page"] = _page(value)
        return
    fields["locator"] = Locator(label=kind, value=value)  # type: ignore[arg-type]


# -- type and confidence -----------------------------------------------------------------------


def _parse_type(fields: dict[str, Any], text: str) -> str:
    """The CSL type that the fields found suggest."""
    kind = fields.get("_kind")
    container = fields.get("container_title") or ""
    if kind == "thesis":
        return "thesis"
    if kind == "report":
        return "report"
    if fields.get("archive_location") and not container and not fields.get("publisher"):
        return "manuscript"  # "ASV, Senato, Deliberazioni Terra, reg. 12, c. 34r."
    if container and p.CONFERENCE.search(container) and not p.JOURNAL_NAME.search(container):
        return "paper-conference"
    if (
        container
        and (fields.get("_in") or fields.get("editor"))
        and not fields.get("issue")
        and (not fields.get("volume") or fields.get("publisher"))
    ):
        # a journal issue has no publisher: "in Selected Works vol. 1 (Moscow: Progress
        # Publishers, 1977)" is a volume of a book
        return "chapter"
    if container and p.NEWSPAPER.search(container) and not fields.get("volume"):
        return "article-newspaper"
    if container and fields.get("issue") and not fields.get("volume") and not fields.get("page"):
        return "article-magazine"  # "“Title,” Red Lantern #12": an issue, no volume or pages
    numbered = any(fields.get(k) for k in ("volume", "issue", "page"))
    if fields.get("url") and fields.get("_quoted") and not numbered and not fields.get("_in"):
        return "webpage"  # "“Title,” Public Books, January 2011, https://…"
    if container and fields.get("url") and not numbered and not p.JOURNAL_NAME.search(container):
        return "webpage"  # "Title. The Guardian. https://…": a page of a website
    if container:
        return "article-journal"
    if fields.get("publisher") or fields.get("isbn"):
        return "book"
    if fields.get("url") and not fields.get("title"):
        return "webpage"
    if fields.get("url"):
        return "webpage"
    if fields.get("title") and fields.get("issued"):
        return "book"
    return "document"


_IBID_WORDS = frozenset({"ibid", "ibidem", "ivi", "ebd", "ebenda"})
_WORD_EDGE = " ,.;:!?()[]«»“”\"'’‘"


def _confidence(text: str, fields: dict[str, Any]) -> float:
    """How much the text reads as a reference: anchors found versus words of prose.

    Each kind of anchor (date, names, title, publisher or journal, numbers, identifiers)
    adds to the score; function words and verbs of running prose take away from it, so
    "This is the first time the memoirs appear in English." stays below 0.5. Short forms
    (``Ibid., 229``, ``Alexander, 218``) are references of their own kind and score 0.6+.
    """
    if not text.strip():
        return 0.0
    if fields.get("_ibid"):
        return 0.8 if fields.get("locator") or text.strip(" .,").lower() in _IBID_WORDS else 0.6
    score = 0.15
    if fields.get("issued") is not None or fields.get("_date_pos") is not None:
        score += 0.3
    if fields.get("author") or fields.get("editor"):
        score += 0.1
    if fields.get("title"):
        score += 0.1
    if (fields.get("author") or fields.get("editor")) and fields.get("title"):
        score += 0.1
    if fields.get("publisher") or fields.get("container_title"):
        score += 0.15
    if any(fields.get(k) for k in ("volume", "issue", "page", "locator")):
        score += 0.1
    if any(fields.get(k) for k in ("doi", "url", "isbn", "number")):
        score += 0.4
    # a quoted title may be a sentence itself: only words outside it count as prose
    if fields.get("_quoted") and fields.get("title"):
        text = text.replace(fields["title"], " ")
    words = text.lower().split()  # (one lower() for all words: no edge mark has a case)
    prose = sum(1 for word in words if word.strip(_WORD_EDGE) in p.PROSE_WORDS)
    if words:
        score -= min(0.5, 1.5 * prose / len(words))
    if text.rstrip().endswith(".") and prose >= 2 and not fields.get("issued"):
        score -= 0.1
    named = fields.get("author") or fields.get("title") or fields.get("_same_author")
    if fields.get("_short") and named and fields.get("locator") and not prose:
        score = max(score, 0.6)  # "Alexander, 218": a short form of a work cited before
    return round(max(0.0, min(1.0, score)), 3)
