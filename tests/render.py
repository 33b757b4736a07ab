"""A project-owned reference renderer for the render -> parse property tests.

It prints a :class:`citex.records.Reference` the way people really write references
in twelve styles, and says which fields it printed and how, so a test can ask
the parser to get exactly those back. Styles (see :data:`STYLES`):

- ``chicago-note``: Chicago notes (17th ed.), the cited page at the end.
- ``chicago-bib``: Chicago bibliography entries.
- ``apa``: APA 7 author-date.
- ``harvard``: Harvard author-date (Cite Them Right: ``(1987) Title. Place: Publisher.``).
- ``mla``: MLA 9 works cited.
- ``vancouver``: numeric ``12.`` entries, NLM punctuation, abbreviated page ranges.
- ``ieee``: numeric ``[12]`` entries.
- ``humanities-it``/``-fr``/``-es``: the European humanities note style of our corpus
  (``G. Rossi, Titolo, Einaudi, Torino 1969, pp. 16-17``; ``«Titolo», in Rivista, n. 309``).
- ``humanities-de``: German humanities
  (``Müller, Hans: Titel, in: Zeitschrift 12 (1994), Nr. 3, S. 45–67``).
- ``abnt-pt``: Brazilian ABNT (``SILVA, João. Título. São Paulo: Ática, 1994. p. 45-67``).

The renderer knows nothing of the parser; it is test code, kept out of the package.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from attrs import field, frozen

from citex.records import Name, Reference

TYPES = ("book", "chapter", "article-journal", "thesis", "webpage")


@frozen(kw_only=True)
class Rendered:
    """A rendered reference and the fields it printed, as the parser should give them back.

    ``expected`` keys: ``author``/``editor`` (family names with particles, in order),
    ``title``, ``container_title``, ``year``, ``volume``, ``issue``, ``page`` (full
    range with an en dash, ``45–67``; ``page_printed`` has the abbreviated form a style
    printed, ``490-99``), ``locator`` (the cited page), ``publisher``,
    ``publisher_place``, ``url``, ``doi``, ``type``, ``translator``, ``edition``,
    ``month`` (of ``issued``, when printed).
    """

    text: str
    style: str
    expected: Mapping[str, Any] = field(factory=dict)


# --------------------------------------------------------------------------------------
# Words per language
# --------------------------------------------------------------------------------------

MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "it": (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "pt": (
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ),
}
# Abbreviated months as the styles print them (MLA/IEEE/Chicago-ish "Nov.", NLM "Nov").
MONTHS_ABBR_EN = (
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
MONTHS_NLM = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTHS_ABNT = (
    "jan.",
    "fev.",
    "mar.",
    "abr.",
    "maio",
    "jun.",
    "jul.",
    "ago.",
    "set.",
    "out.",
    "nov.",
    "dez.",
)

# Keywords of the European humanities style, per language.
HUMANITIES = {
    "it": {
        "and": "e",
        "ed": "a cura di",
        "in": "in",
        "pp": "pp.",
        "p": "p.",
        "no": "n.",
        "vol": "a.",
        "thesis": "tesi di dottorato",
        "accessed": "consultato il",
        "open": "«",
        "close": "»",
    },
    "fr": {
        "and": "et",
        "ed": "dir.",
        "in": "dans",
        "pp": "p.",
        "p": "p.",
        "no": "n°",
        "vol": "vol.",
        "thesis": "thèse de doctorat",
        "accessed": "consulté le",
        "open": "« ",
        "close": " »",
    },
    "es": {
        "and": "y",
        "ed": "ed.",
        "in": "en",
        "pp": "pp.",
        "p": "pág.",
        "no": "núm.",
        "vol": "vol.",
        "thesis": "tesis doctoral",
        "accessed": "consultado el",
        "open": "«",
        "close": "»",
    },
}


# --------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------


def family_key(name: Name) -> str:
    """The family name with its particle (``van der Linden``), as tests compare it."""
    return " ".join(part for part in (name.particle, name.family) if part) or (name.literal or "")


def initials(given: str | None, *, dots: bool = True) -> str:
    """``Jean-Paul Marie`` -> ``J.-P. M.`` (or ``JPM`` without dots, as NLM prints them)."""
    if not given:
        return ""
    out = []
    for word in given.split():
        pieces = [p[0] + ("." if dots else "") for p in word.split("-") if p]
        out.append(("-" if dots else "").join(pieces))
    return (" " if dots else "").join(out)


def display(name: Name, *, short_given: bool = False) -> str:
    """``Given particle Family Suffix``; ``short_given`` gives initials."""
    if name.literal:
        return name.literal
    given = initials(name.given) if short_given else name.given
    text = " ".join(part for part in (given, name.particle, name.family) if part)
    return f"{text} {name.suffix}" if name.suffix else text


def inverted(name: Name, *, short_given: bool = False, upper: bool = False) -> str:
    """``particle Family, Given, Suffix`` (``van Dijk, Teun A.``); ``upper`` for ABNT."""
    if name.literal:
        return name.literal.upper() if upper else name.literal
    family = family_key(name)
    family = family.upper() if upper else family
    given = initials(name.given) if short_given else name.given
    text = f"{family}, {given}" if given else family
    return f"{text}, {name.suffix}" if name.suffix else text


def _series(items: Sequence[str], conj: str, *, serial_comma: bool = True) -> str:
    """``A``, ``A and B``, ``A, B, and C`` (no serial comma: ``A, B and C``)."""
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {conj} {items[1]}"
    comma = "," if serial_comma else ""
    return f"{', '.join(items[:-1])}{comma} {conj} {items[-1]}"


def _families(names: Sequence[Name]) -> tuple[str, ...]:
    return tuple(family_key(n) for n in names)


# --------------------------------------------------------------------------------------
# Pages, dates and titles
# --------------------------------------------------------------------------------------


def page_range(page: str, *, dash: str = "–", abbreviate: str = "") -> str:
    """``45–67`` printed with ``dash``, abbreviated as NLM (``123-9``) or Chicago (``123-29``)."""
    first, _, last = page.partition("–")
    if not last:
        return first
    if abbreviate and len(first) == len(last) and first.isdigit() and last.isdigit():
        keep = len(last)
        while keep > 1 and first[: len(first) - keep + 1] == last[: len(last) - keep + 1]:
            keep -= 1
        if abbreviate == "chicago":
            # Chicago/MLA keep at least two digits past 100 (321-28), full below 100.
            keep = max(keep, 2) if int(first) >= 100 and int(first) % 100 else len(last)
        last = last[len(last) - keep :]
    return f"{first}{dash}{last}"


def sentence_case(title: str) -> str:
    """APA/NLM sentence case: capitalise the first word and the first after a colon."""
    words = title.split(" ")
    out = []
    capital_next = True
    for word in words:
        out.append(word[:1].upper() + word[1:] if capital_next else word.lower())
        capital_next = word.endswith(":")
    return " ".join(out)


def _end(text: str) -> str:
    """Close a sentence without doubling a final stop."""
    return text if text.endswith((".", "?", "!")) else text + "."


def ordinal_en(n: int) -> str:
    """``2nd``, ``3rd``, ``4th``."""
    last = n % 10 if n % 100 not in (11, 12, 13) else 0
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(last, 'th') }"


# "2nd ed." in each language, and how a translator is introduced.
EDITION = {
    "en": lambda n: f"{ordinal_en(n)} ed.",
    "it": lambda n: f"{n}a ed.",
    "fr": lambda n: f"{n}e éd.",
    "es": lambda n: f"{n}.ª ed.",
    "de": lambda n: f"{n}. Aufl.",
    "pt": lambda n: f"{n}. ed.",
}
TRANSLATED_BY = {
    "it": "trad. it. di",
    "fr": "trad. par",
    "es": "trad. de",
    "de": "übers. von",
    "pt": "Tradução de",
}


def _book_extras(b: _Builder, lang: str, *, short: bool = False) -> list[str]:
    """``trad. it. di G. Rossi`` and ``2a ed.`` for a book that has them, noted as expected."""
    parts = []
    ref = b.ref
    if ref.translator:
        people = _series([display(t, short_given=short) for t in ref.translator], "and")
        parts.append(f"{TRANSLATED_BY.get(lang, 'trans.')} {people}")
        b.expected["translator"] = _families(ref.translator)
    if ref.edition:
        parts.append(EDITION[lang](int(ref.edition)))
        b.expected["edition"] = ref.edition
    return parts


# --------------------------------------------------------------------------------------
# The style builders
# --------------------------------------------------------------------------------------


class _Builder:
    """Collects printed pieces and the fields they carry."""

    def __init__(self, ref: Reference, style: str) -> None:
        self.ref = ref
        self.style = style
        self.expected: dict[str, Any] = {"type": ref.type}
        self.parts: list[str] = []

    def add(self, text: str, **expected: Any) -> None:
        self.parts.append(text)
        self.expected.update(expected)

    def note_month(self, month: int | None) -> None:
        """The issue's month was printed (``November 1994``, ``nov. 1994``, ``1994 Nov``)."""
        if month:
            self.expected["month"] = month

    def done(self) -> Rendered:
        text = " ".join("".join(self.parts).split())
        return Rendered(text=text, style=self.style, expected=self.expected)


def _year(ref: Reference) -> int:
    assert ref.issued is not None and ref.issued.year is not None
    return ref.issued.year


def _month(ref: Reference) -> int | None:
    return ref.issued.month if ref.issued else None


def _day(ref: Reference) -> int | None:
    return ref.issued.day if ref.issued else None


def _chicago_note(ref: Reference, locator: str | None) -> Rendered:
    b = _Builder(ref, "chicago-note")
    authors = ref.author
    if len(authors) > 3:
        b.add(f"{display(authors[0])} et al.", author=_families(authors[:1]))
    else:
        b.add(_series([display(a) for a in authors], "and"), author=_families(authors))
    year = _year(ref)
    pub = f"({ref.publisher_place}: {ref.publisher}, {year})"
    pub_expected = {
        "publisher_place": ref.publisher_place,
        "publisher": ref.publisher,
        "year": year,
    }
    if ref.type == "book":
        extras = "".join(f", {part}" for part in _book_extras(b, "en"))
        b.add(f", {ref.title}{extras} {pub}", title=ref.title, **pub_expected)
    elif ref.type == "chapter":
        eds = _series([display(e) for e in ref.editor], "and")
        b.add(
            f", “{ref.title},” in {ref.container_title}, ed. {eds} {pub}",
            title=ref.title,
            container_title=ref.container_title,
            editor=_families(ref.editor),
            **pub_expected,
        )
    elif ref.type == "article-journal":
        month = _month(ref)
        date = f"{MONTHS['en'][month - 1]} {year}" if month else str(year)
        b.note_month(month)
        b.add(
            f", “{ref.title},” {ref.container_title} {ref.volume}, no. {ref.issue} ({date})",
            title=ref.title,
            container_title=ref.container_title,
            volume=ref.volume,
            issue=ref.issue,
            year=year,
        )
        if not locator:
            b.add(f": {page_range(ref.page or '')}.", page=ref.page)
            return b.done()
        b.add(f": {locator}.", locator=locator)
        return b.done()
    elif ref.type == "thesis":
        b.add(
            f", “{ref.title}” (PhD diss., {ref.publisher}, {year})",
            title=ref.title,
            publisher=ref.publisher,
            year=year,
        )
    else:  # webpage
        b.note_month(_month(ref))
        b.add(
            f", “{ref.title},” {ref.container_title}, {_long_date(ref)}, {ref.url}.",
            title=ref.title,
            container_title=ref.container_title,
            year=year,
            url=ref.url,
        )
        return b.done()
    b.add(f", {locator}." if locator else ".", **({"locator": locator} if locator else {}))
    return b.done()


def _long_date(ref: Reference) -> str:
    """``March 5, 2020`` (or ``March 2020``, ``2020``)."""
    year, month, day = _year(ref), _month(ref), _day(ref)
    if month and day:
        return f"{MONTHS['en'][month - 1]} {day}, {year}"
    return f"{MONTHS['en'][month - 1]} {year}" if month else str(year)


def _chicago_authors_inverted(authors: Sequence[Name]) -> str:
    """``Dubois, Jean-Paul, and Anna van der Linden`` (a comma closes the inverted name)."""
    names = [inverted(authors[0])] + [display(a) for a in authors[1:]]
    if len(names) == 2:
        return f"{names[0]}, and {names[1]}"
    return _series(names, "and")


def _chicago_bib(ref: Reference, _locator: str | None) -> Rendered:
    b = _Builder(ref, "chicago-bib")
    b.add(_end(_chicago_authors_inverted(ref.author)), author=_families(ref.author))
    year = _year(ref)
    pub = f"{ref.publisher_place}: {ref.publisher}, {year}."
    pub_expected = {
        "publisher_place": ref.publisher_place,
        "publisher": ref.publisher,
        "year": year,
    }
    if ref.type == "book":
        extras = _book_extras(b, "en")
        if ref.translator:
            extras[0] = "Translated by " + extras[0].removeprefix("trans. ")
        extras_text = "".join(f" {_end(part)}" for part in extras)
        b.add(f" {_end(ref.title or '')}{extras_text} {pub}", title=ref.title, **pub_expected)
    elif ref.type == "chapter":
        eds = _series([display(e) for e in ref.editor], "and")
        b.add(
            f" “{_end(ref.title or '')}” In {ref.container_title}, edited by {eds}, "
            f"{page_range(ref.page or '')}. {pub}",
            title=ref.title,
            container_title=ref.container_title,
            editor=_families(ref.editor),
            page=ref.page,
            **pub_expected,
        )
    elif ref.type == "article-journal":
        month = _month(ref)
        date = f"{MONTHS['en'][month - 1]} {year}" if month else str(year)
        b.note_month(month)
        b.add(
            f" “{_end(ref.title or '')}” {ref.container_title} {ref.volume}, no. {ref.issue} "
            f"({date}): {page_range(ref.page or '')}.",
            title=ref.title,
            container_title=ref.container_title,
            volume=ref.volume,
            issue=ref.issue,
            year=year,
            page=ref.page,
        )
        if ref.doi:
            b.add(f" https://doi.org/{ref.doi}.", doi=ref.doi)
    elif ref.type == "thesis":
        b.add(
            f" “{_end(ref.title or '')}” PhD diss., {ref.publisher}, {year}.",
            title=ref.title,
            publisher=ref.publisher,
            year=year,
        )
    else:
        b.note_month(_month(ref))
        b.add(
            f" “{_end(ref.title or '')}” {ref.container_title}. {_long_date(ref)}. {ref.url}.",
            title=ref.title,
            container_title=ref.container_title,
            year=year,
            url=ref.url,
        )
    return b.done()


def _apa_authors(authors: Sequence[Name]) -> str:
    names = [inverted(a, short_given=True) for a in authors]
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])}, & {names[-1]}"


def _apa(ref: Reference, _locator: str | None) -> Rendered:
    b = _Builder(ref, "apa")
    year = _year(ref)
    date = str(year)
    if ref.type == "webpage" and _month(ref):
        b.note_month(_month(ref))
        month = MONTHS["en"][(_month(ref) or 1) - 1]
        date = f"{year}, {month} {_day(ref)}" if _day(ref) else f"{year}, {month}"
    authors = _end(_apa_authors(ref.author))  # "World Health Organization. (2011)."
    b.add(f"{authors} ({date}).", author=_families(ref.author), year=year)
    title = sentence_case(ref.title or "")
    if ref.type == "book":
        # APA: Title (2nd ed.; J. Smith, Trans.). Publisher.
        inside = []
        if ref.edition:
            inside.append(EDITION["en"](int(ref.edition)))
            b.expected["edition"] = ref.edition
        if ref.translator:
            people = " & ".join(display(t, short_given=True) for t in ref.translator)
            inside.append(f"{people}, Trans.")
            b.expected["translator"] = _families(ref.translator)
        paren = f" ({'; '.join(inside)})" if inside else ""
        b.add(f" {title}{paren}. {ref.publisher}.", title=title, publisher=ref.publisher)
    elif ref.type == "chapter":
        eds = ref.editor
        names = [display(e, short_given=True) for e in eds]
        label = "Eds." if len(eds) > 1 else "Ed."
        joined = names[0] if len(names) == 1 else f"{', '.join(names[:-1])}, & {names[-1]}"
        if len(names) == 2:
            joined = f"{names[0]} & {names[1]}"
        book = sentence_case(ref.container_title or "")
        b.add(
            f" {_end(title)} In {joined} ({label}), {book} (pp. {page_range(ref.page or '')}). "
            f"{ref.publisher}.",
            title=title,
            editor=_families(eds),
            container_title=book,
            page=ref.page,
            publisher=ref.publisher,
        )
    elif ref.type == "article-journal":
        b.add(
            f" {_end(title)} {ref.container_title}, {ref.volume}({ref.issue}), "
            f"{page_range(ref.page or '')}.",
            title=title,
            container_title=ref.container_title,
            volume=ref.volume,
            issue=ref.issue,
            page=ref.page,
        )
        if ref.doi:
            b.add(f" https://doi.org/{ref.doi}", doi=ref.doi)
    elif ref.type == "thesis":
        b.add(
            f" {title} [Doctoral dissertation, {ref.publisher}].",
            title=title,
            publisher=ref.publisher,
        )
    else:
        b.add(
            f" {_end(title)} {ref.container_title}. {ref.url}",
            title=title,
            container_title=ref.container_title,
            url=ref.url,
        )
    return b.done()


def _harvard_authors(authors: Sequence[Name]) -> str:
    """``Dubois, J.-P. and van der Linden, A.``; four or more: ``Dubois, J.-P. et al.``"""
    if len(authors) >= 4:
        return f"{inverted(authors[0], short_given=True)} et al."
    return _series([inverted(a, short_given=True) for a in authors], "and", serial_comma=False)


def _harvard(ref: Reference, _locator: str | None) -> Rendered:
    """Harvard (Cite Them Right): ``Hobsbawm, E. (1987) The age of empire. London: Verso.``"""
    b = _Builder(ref, "harvard")
    authors = ref.author if len(ref.author) < 4 else ref.author[:1]
    year = _year(ref)
    b.add(f"{_harvard_authors(ref.author)} ({year})", author=_families(authors), year=year)
    title = sentence_case(ref.title or "")
    pub = f"{ref.publisher_place}: {ref.publisher}."
    pub_expected = {"publisher_place": ref.publisher_place, "publisher": ref.publisher}
    if ref.type == "book":
        edition = ""
        if ref.edition:
            edition = f" {EDITION['en'](int(ref.edition))}"
            b.expected["edition"] = ref.edition
        b.add(f" {_end(title)}{edition} {pub}", title=title, **pub_expected)
    elif ref.type == "chapter":
        eds = _series(
            [inverted(e, short_given=True) for e in ref.editor], "and", serial_comma=False
        )
        label = "eds" if len(ref.editor) > 1 else "ed."
        book = sentence_case(ref.container_title or "")
        b.add(
            f" ‘{title}’, in {eds} ({label}) {_end(book)} {ref.publisher_place}: {ref.publisher}, "
            f"pp. {page_range(ref.page or '')}.",
            title=title,
            editor=_families(ref.editor),
            container_title=book,
            page=ref.page,
            **pub_expected,
        )
    elif ref.type == "article-journal":
        b.add(
            f" ‘{title}’, {ref.container_title}, {ref.volume}({ref.issue}), "
            f"pp. {page_range(ref.page or '')}.",
            title=title,
            container_title=ref.container_title,
            volume=ref.volume,
            issue=ref.issue,
            page=ref.page,
        )
        if ref.doi:
            b.add(f" doi:{ref.doi}.", doi=ref.doi)
    elif ref.type == "thesis":
        b.add(f" {_end(title)} PhD thesis. {ref.publisher}.", title=title, publisher=ref.publisher)
    else:
        accessed = ""
        if ref.accessed and ref.accessed.year and ref.accessed.month:
            a = ref.accessed
            when = f"{a.day or 1} {MONTHS['en'][(a.month or 1) - 1]} {a.year}"
            accessed = f" (Accessed: {when})"
        b.add(
            f" {_end(title)} Available at: {ref.url}{accessed}.",
            title=title,
            url=ref.url,
        )
    return b.done()


def _mla(ref: Reference, _locator: str | None) -> Rendered:
    b = _Builder(ref, "mla")
    authors = ref.author
    if len(authors) >= 3:
        b.add(f"{inverted(authors[0])}, et al.", author=_families(authors[:1]))
    elif len(authors) == 2:
        b.add(_end(f"{inverted(authors[0])}, and {display(authors[1])}"), author=_families(authors))
    else:
        b.add(_end(inverted(authors[0])), author=_families(authors))
    year = _year(ref)
    pages = page_range(ref.page or "", dash="-", abbreviate="chicago")
    if ref.type == "book":
        extras = _book_extras(b, "en")
        if ref.translator:
            extras[0] = "Translated by " + extras[0].removeprefix("trans. ")
        extras_text = "".join(f"{part}, " for part in extras)
        b.add(
            f" {_end(ref.title or '')} {extras_text}{ref.publisher}, {year}.",
            title=ref.title,
            publisher=ref.publisher,
            year=year,
        )
    elif ref.type == "chapter":
        eds = _series([display(e) for e in ref.editor], "and")
        b.add(
            f" “{_end(ref.title or '')}” {ref.container_title}, edited by {eds}, "
            f"{ref.publisher}, {year}, pp. {pages}.",
            title=ref.title,
            container_title=ref.container_title,
            editor=_families(ref.editor),
            publisher=ref.publisher,
            year=year,
            page=ref.page,
        )
    elif ref.type == "article-journal":
        month = _month(ref)
        date = f"{MONTHS_ABBR_EN[month - 1]} {year}" if month else str(year)
        b.note_month(month)
        b.add(
            f" “{_end(ref.title or '')}” {ref.container_title}, vol. {ref.volume}, "
            f"no. {ref.issue}, {date}, pp. {pages}.",
            title=ref.title,
            container_title=ref.container_title,
            volume=ref.volume,
            issue=ref.issue,
            year=year,
            page=ref.page,
        )
    elif ref.type == "thesis":
        b.add(
            f" {_end(ref.title or '')} {year}. {ref.publisher}, PhD dissertation.",
            title=ref.title,
            year=year,
            publisher=ref.publisher,
        )
    else:
        month, day = _month(ref), _day(ref)
        b.note_month(month)
        date = str(year)
        if month:
            date = f"{MONTHS_ABBR_EN[month - 1]} {year}"
            date = f"{day} {date}" if day else date
        url = (ref.url or "").removeprefix("https://")
        b.add(
            f" “{_end(ref.title or '')}” {ref.container_title}, {date}, {url}.",
            title=ref.title,
            container_title=ref.container_title,
            year=year,
            url=url,
        )
    if "page" in b.expected:
        b.expected["page_printed"] = pages  # abbreviated as printed: 490-99
    return b.done()


def _nlm_authors(authors: Sequence[Name]) -> str:
    names = [f"{family_key(a)} {initials(a.given, dots=False)}".strip() for a in authors[:6]]
    return ", ".join(names) + (", et al" if len(authors) > 6 else "")


def _vancouver(ref: Reference, _locator: str | None, number: int = 1) -> Rendered:
    b = _Builder(ref, "vancouver")
    b.add(f"{number}. {_nlm_authors(ref.author)}.", author=_families(ref.author))
    year = _year(ref)
    title = sentence_case(ref.title or "")
    pages = page_range(ref.page or "", dash="-", abbreviate="nlm")
    pub = f"{ref.publisher_place}: {ref.publisher}; {year}."
    pub_expected = {
        "publisher_place": ref.publisher_place,
        "publisher": ref.publisher,
        "year": year,
    }
    if ref.type == "book":
        edition = ""
        if ref.edition:  # NLM prints the edition, not the translator
            edition = f" {EDITION['en'](int(ref.edition))}"
            b.expected["edition"] = ref.edition
        b.add(f" {_end(title)}{edition} {pub}", title=title, **pub_expected)
    elif ref.type == "chapter":
        label = "editors" if len(ref.editor) > 1 else "editor"
        b.add(
            f" {_end(title)} In: {_nlm_authors(ref.editor)}, {label}. "
            f"{_end(ref.container_title or '')} {pub} p. {pages}.",
            title=title,
            editor=_families(ref.editor),
            container_title=ref.container_title,
            page=ref.page,
            **pub_expected,
        )
    elif ref.type == "article-journal":
        month = _month(ref)
        date = f"{year} {MONTHS_NLM[month - 1]}" if month else str(year)
        b.note_month(month)
        b.add(
            f" {_end(title)} {ref.container_title}. {date};{ref.volume}({ref.issue}):{pages}.",
            title=title,
            container_title=ref.container_title,
            year=year,
            volume=ref.volume,
            issue=ref.issue,
            page=ref.page,
        )
    elif ref.type == "thesis":
        b.add(
            f" {title} [dissertation]. {ref.publisher_place}: {ref.publisher}; {year}.",
            title=title,
            publisher_place=ref.publisher_place,
            publisher=ref.publisher,
            year=year,
        )
    else:
        cited = ""
        if ref.accessed and ref.accessed.year and ref.accessed.month:
            a = ref.accessed
            cited = f" [cited {a.year} {MONTHS_NLM[(a.month or 1) - 1]} {a.day or 1}]"
        b.add(
            f" {title} [Internet]. {ref.container_title}; {year}{cited}. Available from: {ref.url}",
            title=title,
            container_title=ref.container_title,
            year=year,
            url=ref.url,
        )
    if "page" in b.expected:
        b.expected["page_printed"] = pages  # abbreviated as printed: 490-99
    return b.done()


def _ieee_authors(authors: Sequence[Name]) -> str:
    if len(authors) > 6:
        return f"{display(authors[0], short_given=True)} et al."
    return _series([display(a, short_given=True) for a in authors], "and")


def _ieee(ref: Reference, _locator: str | None, number: int = 1) -> Rendered:
    b = _Builder(ref, "ieee")
    authors = ref.author if len(ref.author) <= 6 else ref.author[:1]
    b.add(f"[{number}] {_ieee_authors(ref.author)},", author=_families(authors))
    year = _year(ref)
    pub = f"{ref.publisher_place}: {ref.publisher}, {year}"
    pub_expected = {
        "publisher_place": ref.publisher_place,
        "publisher": ref.publisher,
        "year": year,
    }
    if ref.type == "book":
        edition = ""
        if ref.edition:  # IEEE: Title, 2nd ed. Place: Publisher, Year.
            edition = f", {EDITION['en'](int(ref.edition)).removesuffix('.')}"
            b.expected["edition"] = ref.edition
        b.add(f" {ref.title}{edition}. {pub}.", title=ref.title, **pub_expected)
    elif ref.type == "chapter":
        label = "Eds." if len(ref.editor) > 1 else "Ed."
        eds = _series([display(e, short_given=True) for e in ref.editor], "and")
        b.add(
            f" “{ref.title},” in {ref.container_title}, {eds}, {label} {pub}, "
            f"pp. {page_range(ref.page or '')}.",
            title=ref.title,
            container_title=ref.container_title,
            editor=_families(ref.editor),
            page=ref.page,
            **pub_expected,
        )
    elif ref.type == "article-journal":
        month = _month(ref)
        date = f"{MONTHS_ABBR_EN[month - 1]} {year}" if month else str(year)
        b.note_month(month)
        b.add(
            f" “{ref.title},” {ref.container_title}, vol. {ref.volume}, no. {ref.issue}, "
            f"pp. {page_range(ref.page or '')}, {date}.",
            title=ref.title,
            container_title=ref.container_title,
            volume=ref.volume,
            issue=ref.issue,
            page=ref.page,
            year=year,
        )
        if ref.doi:
            b.add(f" doi: {ref.doi}.", doi=ref.doi)
    elif ref.type == "thesis":
        b.add(
            f" “{ref.title},” Ph.D. dissertation, {ref.publisher}, {ref.publisher_place}, {year}.",
            title=ref.title,
            publisher=ref.publisher,
            publisher_place=ref.publisher_place,
            year=year,
        )
    else:
        accessed = ""
        if ref.accessed and ref.accessed.year and ref.accessed.month:
            a = ref.accessed
            accessed = f" Accessed: {MONTHS_ABBR_EN[(a.month or 1) - 1]} {a.day or 1}, {a.year}."
        b.add(
            f" “{ref.title},” {ref.container_title}, {year}.{accessed} [Online]. "
            f"Available: {ref.url}",
            title=ref.title,
            container_title=ref.container_title,
            year=year,
            url=ref.url,
        )
    return b.done()


def _day_month_year(day: int | None, month: int, year: int, lang: str) -> str:
    """``13 novembre 2020``; French writes the first ``1er``, German ``9. November``."""
    text = f"{MONTHS[lang][month - 1]} {year}"
    if not day:
        return text
    if lang == "de":
        return f"{day}. {text}"
    return f"{'1er' if lang == 'fr' and day == 1 else day} {text}"


def _humanities_date(ref: Reference, lang: str) -> str:
    year, month = _year(ref), _month(ref)
    return _day_month_year(_day(ref), month, year, lang) if month else str(year)


def _humanities(ref: Reference, locator: str | None, lang: str) -> Rendered:
    """Italian, French and Spanish humanities notes (the corpus's own style)."""
    kw = HUMANITIES[lang]
    b = _Builder(ref, f"humanities-{lang}")
    # Italian notes abbreviate given names (G. Rossi); French and Spanish spell them out.
    short = lang == "it"
    b.add(
        _series([display(a, short_given=short) for a in ref.author], kw["and"], serial_comma=False),
        author=_families(ref.author),
    )
    year = _year(ref)
    q = (kw["open"], kw["close"])
    if lang == "it":
        pub = f"{ref.publisher}, {ref.publisher_place} {year}"
    else:
        pub = f"{ref.publisher_place}, {ref.publisher}, {year}"
    pub_expected = {
        "publisher_place": ref.publisher_place,
        "publisher": ref.publisher,
        "year": year,
    }
    loc = {"locator": locator} if locator else {}
    # A cited range takes the plural label (it. "pp. 16-17"), one page the singular.
    label = kw["pp"] if locator and "-" in locator else kw["p"]
    cite = f", {label} {locator}" if locator else ""
    if ref.type == "book":
        extras = "".join(f", {part}" for part in _book_extras(b, lang, short=short))
        b.add(f", {ref.title}{extras}, {pub}{cite}.", title=ref.title, **pub_expected, **loc)
    elif ref.type == "chapter":
        eds = _series(
            [display(e, short_given=short) for e in ref.editor], kw["and"], serial_comma=False
        )
        # Spanish pluralises the editors' label (eds.); "a cura di" and "dir." do not change.
        ed_label = "eds." if lang == "es" and len(ref.editor) > 1 else kw["ed"]
        b.add(
            f", {q[0]}{ref.title}{q[1]}, {kw['in']} {eds} ({ed_label}), "
            f"{ref.container_title}, {pub}, {kw['pp']} {page_range(ref.page or '', dash='-')}.",
            title=ref.title,
            container_title=ref.container_title,
            editor=_families(ref.editor),
            page=ref.page,
            **pub_expected,
        )
    elif ref.type == "article-journal":
        # The corpus's own form: «Title», in Journal, a. 12, n. 3, nov. 1947, pp. 45-67.
        month = _month(ref)
        date = f"{MONTHS[lang][month - 1]} {year}" if month else str(year)
        b.note_month(month)
        into = f"{kw['in']} " if lang == "it" else ""
        b.add(
            f", {q[0]}{ref.title}{q[1]}, {into}{ref.container_title}, {kw['vol']} "
            f"{ref.volume}, {kw['no']} {ref.issue}, {date}",
            title=ref.title,
            container_title=ref.container_title,
            volume=ref.volume,
            issue=ref.issue,
            year=year,
        )
        if locator:
            b.add(f", {label} {locator}.", locator=locator)
        else:
            b.add(f", {kw['pp']} {page_range(ref.page or '', dash='-')}.", page=ref.page)
    elif ref.type == "thesis":
        b.add(
            f", {ref.title}, {kw['thesis']}, {ref.publisher}, {year}.",
            title=ref.title,
            publisher=ref.publisher,
            year=year,
        )
    else:
        accessed = ""
        if ref.accessed and ref.accessed.year and ref.accessed.month:
            a = ref.accessed
            when = _day_month_year(a.day or 1, a.month or 1, a.year, lang)
            accessed = f" ({kw['accessed']} {when})"
        b.note_month(_month(ref))
        b.add(
            f", {q[0]}{ref.title}{q[1]}, {ref.container_title}, {_humanities_date(ref, lang)}, "
            f"{ref.url}{accessed}.",
            title=ref.title,
            container_title=ref.container_title,
            year=year,
            url=ref.url,
        )
    return b.done()


def _humanities_de(ref: Reference, locator: str | None) -> Rendered:
    """German humanities: ``Müller, Hans: Titel, in: Zeitschrift 12 (1994), H. 3, S. 45–67``."""
    b = _Builder(ref, "humanities-de")
    b.add(" / ".join(inverted(a) for a in ref.author) + ":", author=_families(ref.author))
    year = _year(ref)
    pub = f"{ref.publisher_place}: {ref.publisher} {year}"
    pub_expected = {
        "publisher_place": ref.publisher_place,
        "publisher": ref.publisher,
        "year": year,
    }
    loc = {"locator": locator} if locator else {}
    cite = f", S. {locator}" if locator else ""
    if ref.type == "book":
        extras = "".join(f", {part}" for part in _book_extras(b, "de"))
        b.add(f" {ref.title}{extras}, {pub}{cite}.", title=ref.title, **pub_expected, **loc)
    elif ref.type == "chapter":
        eds = " / ".join(display(e) for e in ref.editor)
        b.add(
            f" {ref.title}, in: {eds} (Hg.): {ref.container_title}, {pub}, "
            f"S. {page_range(ref.page or '')}.",
            title=ref.title,
            container_title=ref.container_title,
            editor=_families(ref.editor),
            page=ref.page,
            **pub_expected,
        )
    elif ref.type == "article-journal":
        b.add(
            f" {ref.title}, in: {ref.container_title} {ref.volume} ({year}), Nr. {ref.issue}",
            title=ref.title,
            container_title=ref.container_title,
            volume=ref.volume,
            year=year,
            issue=ref.issue,
        )
        if locator:
            b.add(f", S. {locator}.", locator=locator)
        else:
            b.add(f", S. {page_range(ref.page or '')}.", page=ref.page)
    elif ref.type == "thesis":
        b.add(
            f" {ref.title}, Diss. {ref.publisher} {year}.",
            title=ref.title,
            publisher=ref.publisher,
            year=year,
        )
    else:
        accessed = ""
        if ref.accessed and ref.accessed.year and ref.accessed.month:
            a = ref.accessed
            accessed = f" (abgerufen am {_day_month_year(a.day or 1, a.month or 1, a.year, 'de')})"
        b.note_month(_month(ref))
        b.add(
            f" {ref.title}, in: {ref.container_title}, {_humanities_date(ref, 'de')}, "
            f"{ref.url}{accessed}.",
            title=ref.title,
            container_title=ref.container_title,
            year=year,
            url=ref.url,
        )
    return b.done()


def _abnt(ref: Reference, _locator: str | None) -> Rendered:
    """Brazilian ABNT NBR 6023: ``SILVA, João. Título. São Paulo: Ática, 1994.``"""
    b = _Builder(ref, "abnt-pt")
    authors = ref.author
    if len(authors) > 3:
        b.add(f"{inverted(authors[0], upper=True)} et al.", author=_families(authors[:1]))
    else:
        b.add(_end("; ".join(inverted(a, upper=True) for a in authors)), author=_families(authors))
    year = _year(ref)
    pub = f"{ref.publisher_place}: {ref.publisher}, {year}."
    pub_expected = {
        "publisher_place": ref.publisher_place,
        "publisher": ref.publisher,
        "year": year,
    }
    pages = page_range(ref.page or "", dash="-")
    if ref.type == "book":
        extras_text = "".join(f" {_end(part)}" for part in _book_extras(b, "pt"))
        b.add(f" {_end(ref.title or '')}{extras_text} {pub}", title=ref.title, **pub_expected)
    elif ref.type == "chapter":
        eds = "; ".join(inverted(e, upper=True) for e in ref.editor)
        b.add(
            f" {_end(ref.title or '')} In: {eds} (org.). {_end(ref.container_title or '')} "
            f"{pub} p. {pages}.",
            title=ref.title,
            editor=_families(ref.editor),
            container_title=ref.container_title,
            page=ref.page,
            **pub_expected,
        )
    elif ref.type == "article-journal":
        month = _month(ref)
        date = f"{MONTHS_ABNT[month - 1]} {year}" if month else str(year)
        b.note_month(month)
        b.add(
            f" {_end(ref.title or '')} {ref.container_title}, v. {ref.volume}, n. {ref.issue}, "
            f"p. {pages}, {date}.",
            title=ref.title,
            container_title=ref.container_title,
            volume=ref.volume,
            issue=ref.issue,
            page=ref.page,
            year=year,
        )
    elif ref.type == "thesis":
        b.add(
            f" {_end(ref.title or '')} {year}. Tese (Doutorado em História) – {ref.publisher}, "
            f"{ref.publisher_place}, {year}.",
            title=ref.title,
            publisher=ref.publisher,
            publisher_place=ref.publisher_place,
            year=year,
        )
    else:
        accessed = ""
        if ref.accessed and ref.accessed.year and ref.accessed.month:
            a = ref.accessed
            accessed = f" Acesso em: {a.day or 1} {MONTHS_ABNT[(a.month or 1) - 1]} {a.year}."
        b.add(
            f" {_end(ref.title or '')} {ref.container_title}, {year}. Disponível em: "
            f"{ref.url}.{accessed}",
            title=ref.title,
            container_title=ref.container_title,
            year=year,
            url=ref.url,
        )
    return b.done()


Renderer = Callable[[Reference, "str | None"], Rendered]

STYLES: dict[str, Renderer] = {
    "chicago-note": _chicago_note,
    "chicago-bib": _chicago_bib,
    "apa": _apa,
    "harvard": _harvard,
    "mla": _mla,
    "vancouver": _vancouver,
    "ieee": _ieee,
    "humanities-it": lambda ref, loc: _humanities(ref, loc, "it"),
    "humanities-fr": lambda ref, loc: _humanities(ref, loc, "fr"),
    "humanities-es": lambda ref, loc: _humanities(ref, loc, "es"),
    "humanities-de": _humanities_de,
    "abnt-pt": _abnt,
}

# Styles whose entries cite one place in the work (notes), so a locator may be printed.
NOTE_STYLES = frozenset(
    {"chicago-note", "humanities-it", "humanities-fr", "humanities-es", "humanities-de"}
)


def render(ref: Reference, style: str, *, locator: str | None = None, number: int = 0) -> Rendered:
    """Print ``ref`` in ``style``; ``locator`` is a cited page (note styles only).

    ``number`` is the citation number printed by the numeric styles (``[12]``, ``12.``).
    """
    if style == "vancouver":
        return _vancouver(ref, None, number or 1)
    if style == "ieee":
        return _ieee(ref, None, number or 1)
    return STYLES[style](ref, locator if style in NOTE_STYLES else None)
