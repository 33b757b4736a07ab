"""Numbers of the work and the place cited: volume, issue, pages, edition, and a note's
trailing locator (held until the container is known, then settled).
"""

from __future__ import annotations

from typing import Literal

import regex

from citex.parse import patterns as p
from citex.parse.state import HOLE, ParseState
from citex.records import Date, Locator

_TAIL_WINDOW = 100


def hold_tail(work: ParseState, m: regex.Match[str], before: str) -> None:
    """Keep the cited place of ``m`` for :func:`settle_locator`; ``before`` stays to read."""
    label = (m.group("label") or "").lower()
    work.tail = (label, m.group("value").strip(), False)
    work.rest = before + HOLE


def parse_locator_tail(work: ParseState) -> None:
    """Hold a note's trailing page or chapter; cited place or the work's range is settled later."""
    if work.tail is not None:
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
    if not label and work.short:
        if p.YEAR.fullmatch(value):
            return  # "Alexander, 218" / "Parrado and Kandel, 108–109, 117": the place cited
    elif not label:
        # unlabelled: only right after the imprint, "(New York: Verso, 2014), 29–30" or
        # "Jaca Book, Milano 1969, 16"; a list of pages only after the closing parenthesis
        if p.YEAR.fullmatch(value) or p.ROMAN_NUMERAL.fullmatch(value):
            return
        after_paren = opener == ")" or bool(p.IMPRINT_CLOSE.search(before))
        after_year = opener == "," and p.IMPRINT_YEAR_END.search(before)
        if p.AUTHOR_DATE_CITE.fullmatch(before):
            work.short = True  # "Krause 2008: 214 ff.": a short cite, its pinpoint
        elif not (after_paren or after_year) or ("," in value and not after_paren):
            return
    closed = opener == ")" or bool(p.IMPRINT_CLOSE.search(before))
    if opener == ")":
        before += ")"
    work.tail = (label, value, closed)
    work.rest = before + HOLE


def parse_number_of_volumes(work: ParseState) -> None:
    """``2 voll.``, ``3 vols.``, ``2 Bde.``: how many volumes the work has (not a publisher)."""
    if not work.mentions("vol", "bde", "bände", " t.", "tom", "teile"):
        return
    m = p.NUMBER_OF_VOLUMES.search(work.rest)
    if m:
        work.fields["number_of_volumes"] = m.group("count")
        work.take(m.start(), m.end())


# (pattern, field, group, lower-case words one of which any match holds: () for any text)
_LABELLED_NUMBERS: tuple[
    tuple[regex.Pattern[str], Literal["volume", "issue"], str, tuple[str, ...]], ...
] = (
    (p.VOLUME_ORDINAL, "volume", "volume", ("jg", "jahrg", "bd", "band")),
    (p.VOLUME_LABEL, "volume", "volume", ()),
    (p.ISSUE_LABEL, "issue", "issue", ()),
)


def parse_numbers(work: ParseState) -> None:
    """Volume, issue and page range of the work, from labelled or journal-style numbers."""
    fields = work.fields
    if "/" in work.rest:
        _parse_slashed_numbers(work)
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
    for label_pattern, key, group, needles in _LABELLED_NUMBERS:
        if needles and not work.mentions(*needles):
            continue
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
    if "page" not in fields and p.DASH.search(work.rest):
        for r in p.PAGE_RANGE.finditer(work.rest):  # (only a range, with its dash, is taken)
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
            fields["issue" if "page" in fields or work.tail is not None else "page"] = m.group("n")
            work.take(m.start(), m.end())
    if "volume" not in fields:
        m = p.VOLUME_BEFORE_HOLE.search(work.rest)
        numbered = "page" in fields or "issue" in fields or work.tail is not None
        # "Artificial Intelligence, 32, 1987": a short number just before the year, too
        after_comma = m is not None and work.rest[: m.start("v")].rstrip().endswith(",")
        short = m is not None and len(m.group("v")) <= 3 and after_comma
        if m and fields.get("issued") is not None and (numbered or short):
            fields["volume"] = m.group("v")
            work.take(m.start("v"), m.end("v"))


def _parse_slashed_numbers(work: ParseState) -> None:
    """German journal numbering with a slash: ``12/3: 88-97`` (volume, issue, pages) and
    ``21/2009`` (issue and year: the year is the date, when none was read)."""
    fields = work.fields
    m = p.VOLUME_SLASH_ISSUE.search(work.rest)
    if m:
        fields["volume"], fields["issue"] = m.group("volume"), m.group("issue")
        fields["page"] = _page(m.group("page"))
        work.take(m.start(), m.end())
        return
    m = p.ISSUE_SLASH_YEAR.search(work.rest)
    if m:
        fields["issue"] = m.group("issue")
        if "issued" not in fields and m.group("year"):
            fields["issued"] = Date(year=int(m.group("year")), raw=m.group("year"))
        work.take(m.start(), m.end())


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


_EDITION_REACH = 80  # how far before its noun an edition statement may start


def find_edition(text: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
    """The first edition statement (:data:`patterns.EDITION`) in ``text[pos:endpos]``.

    The nouns are searched first and the statement only in a short window before each:
    searching the whole text for one whose qualifiers may open it costs twice as much.
    """
    end = len(text) if endpos is None else endpos
    for noun in p.EDITION_NOUN.finditer(text, pos, end):
        start = max(pos, noun.start() - _EDITION_REACH)
        m = p.EDITION.search(text, start, min(end, noun.end() + 1))
        if m and m.end() >= noun.end():
            return m
    return None


def parse_edition(work: ParseState) -> None:
    """``2nd ed.``, ``3. Aufl.``, ``Revised edition``."""
    m = find_edition(work.rest) if work.mentions("ed", "aufl", "éd") else None
    if m:
        edition = m.group("edition").strip()
        work.fields["edition"] = edition
        work.take(m.start(), m.end())
        # "3. überarb. Auflage Bremen 2001": the place before the year is "Bremen" alone
        place = work.place_before_date
        noun = edition.split()[-1]
        if place and place.startswith(noun + " "):
            work.place_before_date = place[len(noun) + 1 :]


def settle_locator(work: ParseState) -> None:
    """The held trailing number: the work's own pages or the place cited (a locator).

    A page range of a part (article, chapter: there is a container) is the work's
    ``page``; after the closing parenthesis of a Chicago note's imprint, a single page,
    a list or a chapter is the place cited; so is any page of a whole book.
    """
    tail, work.tail = work.tail, None
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
    # a journal's volume with no imprint ("Trans. Amer. Math. Soc. 347, (1995), 2235-2243"),
    # or a part opened by "In", is a part even where its container was not read
    journal = "volume" in fields and not ("publisher" in fields or "publisher_place" in fields)
    part = (
        ("container_title" in fields or journal or work.in_container)
        and "page" not in fields
        and not work.short
    )
    if (
        kind == "page"
        and part
        and (is_range or (not after_paren and label))
        and not (after_paren and not label and not (journal and is_range))
    ):
        fields["page"] = _page(value)
        return
    fields["locator"] = Locator(label=kind, value=value)  # type: ignore[arg-type]
