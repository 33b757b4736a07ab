"""The date of publication (and an earlier original date) and how dates are read:
``June 19, 1998``, ``(2003, May 4)``, ``genn. 1961``.
"""

from __future__ import annotations

import regex

from citex import lexicon
from citex.parse import patterns as p
from citex.parse.creators import all_names
from citex.parse.state import ParseState
from citex.records import Date

_MAX_YEARS = 24  # year candidates looked at: the first and last ones of a long line
# month names and abbreviations, lowercased, without their full stop: "genn." -> "genn"
_MONTHS = {form.lower().rstrip("."): number for form, number in lexicon.MONTHS.items()}


def parse_issued(work: ParseState) -> None:
    """Find the date of publication and take it out; an earlier year becomes the original date."""
    rest = work.rest
    candidates = [m for m in p.YEAR.finditer(rest) if _plausible_year(rest, m)]
    if candidates and not _QUOTE_MARKS.isdisjoint(rest):  # (no set of the text's characters)
        candidates = _outside_quotes(rest, candidates)
    candidates = [m for m in candidates if not _year_in_title(rest, m)]
    if len(candidates) > _MAX_YEARS:
        candidates = candidates[: _MAX_YEARS // 2] + candidates[-_MAX_YEARS // 2 :]
    if not candidates:
        nd = p.NO_DATE.search(rest)
        if nd:
            work.date_pos = nd.start()
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
    work.date_pos = start
    work.date_paren = bool(paren)
    if not paren and len(pre) < start and not pre.endswith(","):
        # (a place ends in a letter or "a. M.", never in the comma most years follow)
        place = p.PLACE_BEFORE_YEAR.search(pre, max(0, len(pre) - 80))
        work.place_before_date = place.group("place") if place else None
    work.take(start, end)
    _parse_original_date(work, candidates, chosen)


_QUOTE_MARKS = frozenset('“"«„')


def _outside_quotes(text: str, candidates: list[regex.Match[str]]) -> list[regex.Match[str]]:
    """The year candidates not inside a quoted stretch: a year in a quoted title is part of
    the title (``“The Weavers’ Council and Its Critics (1911),”``), not its date. A full date
    with its day stays: a dated document is quoted with its date (``datata «Vienna 18 luglio
    1797»``)."""
    kept: list[regex.Match[str]] = []
    quotes = p.QUOTED_STRETCH.finditer(text)
    quote = next(quotes, None)
    for m in candidates:  # both in text order: one walk
        while quote is not None and quote.end() <= m.start():
            quote = next(quotes, None)
        if quote is None or m.start() <= quote.start() or _date_around(text, m)[0].day:
            kept.append(m)
    return kept


def _year_in_title(text: str, m: regex.Match[str]) -> bool:
    """A year a title runs on through: a word before it and a subtitle after a spaced dash
    (``Statistisches Amt Nord: Pendlerzählung 2015 – Tabellen nach Kreisen``), not a day's
    date (``12. Mai 2015 – Bericht``)."""
    if not p.YEAR_BEFORE_SUBTITLE.match(text, m.end()):
        return False
    word = p.WORD_BEFORE.search(text, max(0, m.start() - 32), m.start())
    return word is not None and _month(word.group("word")) is None


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
    numeric = None if before else p.NUMERIC_DAY_MONTH.search(text, max(0, start - 8), start)
    if before and (month := _month(before.group("month"))):
        start = before.start()
        day_text = before.group("day1") or before.group("day2")
        day = int(day_text) if day_text and 1 <= int(day_text) <= 31 else None
    elif numeric and 1 <= int(numeric["month"]) <= 12 and 1 <= int(numeric["day"]) <= 31:
        start, month, day = numeric.start(), int(numeric["month"]), int(numeric["day"])
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
    work: ParseState, candidates: list[regex.Match[str]], chosen: regex.Match[str]
) -> None:
    """``(1969)`` after a title, ``1990, 2004``, ``1921; repr. 1969``: the first edition's year."""
    for m in candidates:
        if m.start() >= chosen.start():
            break
        year = int(m.group()[:4])
        issued = work.fields["issued"].year
        text = work.rest
        pos = text.find(m.group())
        if pos < 0 or issued is None or year >= issued:
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
    if _NEAR_YEAR_CUES.isdisjoint(before + after):
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
    if early.start() < 120 and p.FIELD_END.search(head) and all_names(head):
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


def _inside_parens_title(text: str, m: regex.Match[str]) -> bool:
    """A ``(1936-39)`` year range inside a title, not a date of publication."""
    return bool(p.YEAR_RANGE_CLOSE.match(text[m.end() : m.end() + 8]))


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


def date_from_text(text: str) -> Date:
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
