"""BibTeX out and in, through bibtexparser v2's model, writer and splitter.

CSL is the record model; BibTeX is a mapping table (:data:`TYPE_TO_BIBTEX`,
:data:`FIELD_TO_BIBTEX`) plus renames. bibtexparser's writer does no escaping, so
:func:`escape_latex` escapes ``& % $ # _ { } ~ ^ \\`` and ``--`` in every value: the
only braces in our output are our own, always balanced. Reading undoes that escaping
and the usual LaTeX accents (``{\\"u}``, ``\\'e``, ``\\c{c}``, ``\\ss``...), so
real-world ``.bib`` files read too. What BibTeX cannot hold is listed in
``docs/bibtex-csl-mapping.md``.
"""

from __future__ import annotations

import calendar
import logging
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from bibtexparser.entrypoint import parse_string, write_string
from bibtexparser.library import Library
from bibtexparser.middlewares.names import (
    parse_single_name_into_parts,
    split_multiple_persons_names,
)
from bibtexparser.middlewares.parsestack import default_unparse_stack
from bibtexparser.model import (
    Block,
    DuplicateBlockKeyBlock,
    Entry,
    Field,
    ImplicitComment,
    ParsingFailedBlock,
    String,
)
from bibtexparser.writer import BibtexFormat

from citex import lexicon
from citex.formats.csl import is_unparsed
from citex.formats.patterns import (
    BIBLATEX_DATE,
    BIBTEX_STRAY_FIELD,
    BIBTEX_VALUE_WORD,
    BIBTEX_WHITESPACE,
    BIBTEX_YEAR,
    PAGE_RANGE_DASH,
)
from citex.records import Date, ImportProblem, ImportResult, Name, Reference
from citex.works.keys import assign_citekeys

# bibtexparser logs each failed block, which Python's last-resort handler prints to stderr
# when the application configured no logging; read_bibtex reports them as problems.
logging.getLogger("bibtexparser").addHandler(logging.NullHandler())

#: CSL type -> BibTeX entry type (anything else is ``misc``).
TYPE_TO_BIBTEX: dict[str, str] = {
    "article-journal": "article",
    "article-magazine": "article",
    "article-newspaper": "article",
    "article": "article",
    "review": "article",
    "review-book": "article",
    "book": "book",
    "classic": "book",
    "collection": "book",
    "chapter": "incollection",
    "entry": "incollection",
    "entry-dictionary": "incollection",
    "entry-encyclopedia": "incollection",
    "paper-conference": "inproceedings",
    "thesis": "phdthesis",
    "report": "techreport",
    "webpage": "online",
    "post": "online",
    "post-weblog": "online",
    "manuscript": "unpublished",
    "pamphlet": "booklet",
    "legal_case": "jurisdiction",
    "legislation": "legislation",
}

#: BibTeX/biblatex entry type -> CSL type, for reading (unknown types read as ``document``).
BIBTEX_TO_TYPE: dict[str, str] = {
    "article": "article-journal",
    "book": "book",
    "mvbook": "book",
    "collection": "book",
    "mvcollection": "book",
    "proceedings": "book",
    "inbook": "chapter",
    "incollection": "chapter",
    "inreference": "entry-encyclopedia",
    "inproceedings": "paper-conference",
    "conference": "paper-conference",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "thesis": "thesis",
    "techreport": "report",
    "report": "report",
    "manual": "report",
    "online": "webpage",
    "www": "webpage",
    "electronic": "webpage",
    "unpublished": "manuscript",
    "booklet": "pamphlet",
    "jurisdiction": "legal_case",
    "legislation": "legislation",
    "misc": "document",
}

#: biblatex ``entrysubtype`` of an ``@article`` that pandoc and biblatex styles understand.
_ARTICLE_SUBTYPES = {"article-magazine": "magazine", "article-newspaper": "newspaper"}

#: Reference attribute -> BibTeX field, for the plain text fields.
FIELD_TO_BIBTEX: dict[str, str] = {
    "title": "title",
    "collection_title": "series",
    "publisher_place": "address",
    "volume": "volume",
    "edition": "edition",
    "number_of_pages": "pagetotal",
    "number_of_volumes": "volumes",
    "isbn": "isbn",
    "issn": "issn",
    "language": "language",
    "genre": "type",
    "medium": "howpublished",
    "note": "note",
}
_VERBATIM = {"doi": "doi", "url": "url"}
_PUBLISHER_FIELD = {"phdthesis": "school", "mastersthesis": "school", "techreport": "institution"}
_NAME_ROLES = ("author", "editor", "translator")

# BibTeX fields read into each attribute, first found wins (biblatex names too).
_READ_FIELDS: dict[str, tuple[str, ...]] = {
    **{attr: (field,) for attr, field in FIELD_TO_BIBTEX.items()},
    "publisher_place": ("address", "location"),
    "container_title": ("journal", "journaltitle", "booktitle"),
    "publisher": ("publisher", "school", "institution", "organization"),
}
_USED_FIELDS = frozenset(
    {
        *(field for fields in _READ_FIELDS.values() for field in fields),
        *_VERBATIM.values(),
        *_NAME_ROLES,
        *("year", "month", "day", "date", "origdate", "urldate", "pages", "number", "issue"),
        *("eid", "entrysubtype"),
    }
)

# BibTeX month macros and names are English ("jan", "sept", "january")
_MONTHS = {form.lower(): number for form, number in lexicon.en.MONTHS.items()}

# --------------------------------------------------------------------------------------
# Escaping
# --------------------------------------------------------------------------------------

_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}


def escape_latex(text: str) -> str:
    """``text`` as a BibTeX value: LaTeX specials escaped, ``--`` kept from becoming a dash.

    Runs of spaces, tabs and line breaks become one space, as BibTeX readers do anyway;
    non-ASCII characters are kept as they are (the output is UTF-8).
    """
    out: list[str] = []
    text = BIBTEX_WHITESPACE.sub(" ", text).strip(" ")
    for index, char in enumerate(text):
        out.append(_ESCAPES.get(char, char))
        if char == "-" and text[index + 1 : index + 2] == "-":
            out.append("{}")
    return "".join(out)


def _escape_verbatim(text: str) -> str:
    """A URL or DOI as biblatex's verbatim fields take it: braces and backslashes %-encoded."""
    return text.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20")


# Accent macros -> combining characters.
_ACCENTS = {
    "'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
    ".": "\u0307", "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "r": "\u030a",
    "k": "\u0328", "d": "\u0323", "b": "\u0331", "t": "\u0361",
}  # fmt: skip
# Letter and symbol macros -> text.
_SYMBOLS = {
    "ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å",
    "AA": "Å", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "textbackslash": "\\",
    "textasciitilde": "~", "textasciicircum": "^", "textendash": "–", "textemdash": "—",
    "textquoteleft": "‘", "textquoteright": "’", "textquotedblleft": "“",
    "textquotedblright": "”", "guillemotleft": "«", "guillemotright": "»", "S": "§", "P": "¶",
    "ldots": "…", "dots": "…", "textellipsis": "…", "textregistered": "®",
    "copyright": "©", "textdegree": "°", "euro": "€", "pounds": "£", "dag": "†",
}  # fmt: skip
_DOTTED = {"ı": "i", "ȷ": "j"}  # \i and \j under an accent
_NBSP = "\u00a0"
_ACCENT_ARGUMENT = 4  # longest braced accent argument read: {e}, {\i}, {\'e}


def _read_argument(text: str, index: int) -> tuple[str, int]:
    """The argument of an accent macro at ``index``: ``{x}``, ``{\\i}`` or one character.

    A braced argument is short (``{e}``, ``{\\i}``); a longer group is left to the main
    loop, so nested or unclosed braces cannot make reading quadratic or recursive.
    """
    while index < len(text) and text[index] == " ":
        index += 1
    if text[index : index + 1] == "{":
        close = text.find("}", index + 1, index + _ACCENT_ARGUMENT + 2)
        inner = text[index + 1 : close]
        if close == -1 or "{" in inner:
            return "", index
        return unlatex(inner), close + 1
    if text[index : index + 1] == "\\":
        name_end = index + 1
        while name_end < len(text) and text[name_end].isalpha():
            name_end += 1
        symbol = _SYMBOLS.get(text[index + 1 : name_end], "")
        # TeX drops the space after a control word: `\"\i x` is ïx.
        return symbol, name_end + text.startswith(" ", name_end)
    return text[index : index + 1], index + 1


def unlatex(text: str, *, dashes: bool = True) -> str:
    """Plain unicode text from a BibTeX value (the inverse of :func:`escape_latex`).

    Handles escaped specials, accent and letter macros, ``~`` (no-break space), ``--``
    and ``---`` (dashes, unless ``dashes`` is False) and drops grouping braces, ``$`` and
    formatting commands such as ``\\emph`` (keeping their text). Unknown macros stay.
    """
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\":
            index = _read_macro(text, index + 1, out)
        elif char in "{}$":
            index += 1
        elif char == "~":
            out.append(_NBSP)
            index += 1
        elif char == "-" and dashes and text.startswith("--", index):
            triple = text.startswith("---", index)
            out.append("—" if triple else "–")
            index += 3 if triple else 2
        else:
            out.append(char)
            index += 1
    plain: str = BIBTEX_WHITESPACE.sub(" ", "".join(out))
    return plain.strip(" ")


def _read_macro(text: str, index: int, out: list[str]) -> int:
    """Append the meaning of the macro after a backslash at ``index``; return the next index."""
    if index >= len(text):
        out.append("\\")
        return index
    char = text[index]
    if char in _ACCENTS and not (char.isalpha() and text[index + 1 : index + 2].isalpha()):
        base, end = _read_argument(text, index + 1)
        # An accent goes on a dotless i or j (`\'\i`) and LaTeX prints í, not ı́.
        base = _DOTTED.get(base[:1], base[:1]) + base[1:]
        accented = unicodedata.normalize("NFC", base[:1] + _ACCENTS[char])
        out.append(accented + base[1:])
        return end
    if not char.isalpha():
        out.append(" " if char == "\\" else char)  # \\ is a line break; \{ \% \& ... literal
        return index + 1
    end = index
    while end < len(text) and text[end].isalpha():
        end += 1
    name = text[index:end]
    if name in _SYMBOLS:
        out.append(_SYMBOLS[name])
        if text.startswith("{}", end):
            return end + 2
        return end + 1 if text[end : end + 1] == " " else end
    if text[end : end + 1] == "{":
        return end  # \emph{...}, \textit{...}: keep the argument, drop the command
    out.append("\\" + name)
    return end


# --------------------------------------------------------------------------------------
# Export
# --------------------------------------------------------------------------------------


def _needs_group(part: str, *, family: bool) -> bool:
    """Whether a name part must be braced to survive BibTeX's name splitting."""
    words = part.split()
    return (
        "," in part
        or any(word.lower() == "and" for word in words)
        or (family and (len(words) > 1 or not part[:1].isupper()))
    )


def _name_part(part: str, *, family: bool = False) -> str:
    """One part of a name, escaped and braced where BibTeX would split it wrongly."""
    escaped = escape_latex(part)
    return "{" + escaped + "}" if _needs_group(part, family=family) else escaped


def format_name(name: Name) -> str:
    """A name in BibTeX form: ``von Last, Jr, First``, or ``{Literal}`` for bodies."""
    if name.family is None:
        literal = name.literal or " ".join(filter(None, (name.given, name.suffix))) or ""
        return "{" + escape_latex(literal) + "}"
    last = _name_part(name.family, family=True)
    von_last = f"{escape_latex(name.particle)} {last}" if name.particle else last
    first = _name_part(name.given) if name.given else "{}"
    if name.suffix:
        return f"{von_last}, {_name_part(name.suffix)}, {first}"
    return f"{von_last}, {first}"


def _iso(date: Date) -> str:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (the printed form when there is no year)."""
    if date.year is None:
        return date.raw or ""
    parts = [f"{date.year:04d}"]
    if date.month is not None:
        parts.append(f"{date.month:02d}")
        if date.day is not None:
            parts.append(f"{date.day:02d}")
    return "-".join(parts)


def _entry_type(ref: Reference) -> str:
    """The BibTeX entry type of a reference."""
    if ref.type == "thesis" and ref.genre and "master" in ref.genre.lower():
        return "mastersthesis"
    if ref.type == "chapter" and not ref.editor and ref.container_title:
        return "inbook"  # a part of a book by the same author(s)
    return TYPE_TO_BIBTEX.get(ref.type, "misc")


def _issued_fields(date: Date) -> dict[str, str]:
    """``year`` (and ``month`` and an ISO ``date``) of the issued date."""
    fields = {"year": escape_latex(str(date.year) if date.year is not None else date.raw or "")}
    if date.year is not None and date.month is not None:
        fields["month"] = str(date.month)
        fields["date"] = _iso(date)
    return fields


def reference_to_bibtex_fields(ref: Reference) -> dict[str, str]:
    """The BibTeX fields of one reference, values escaped, in a readable order."""
    entry_type = _entry_type(ref)
    fields: dict[str, str] = {}
    for role in _NAME_ROLES:
        if names := getattr(ref, role):
            fields[role] = " and ".join(format_name(name) for name in names)
    if ref.title is not None:
        fields["title"] = escape_latex(ref.title)
    if ref.container_title is not None:
        key = "journal" if entry_type == "article" else "booktitle"
        fields[key] = escape_latex(ref.container_title)
    if ref.publisher is not None:
        publisher_key = _PUBLISHER_FIELD.get(entry_type, "publisher")
        fields[publisher_key] = escape_latex(ref.publisher)
    if ref.issued is not None and (ref.issued.year is not None or ref.issued.raw):
        fields.update(_issued_fields(ref.issued))
    for attr, key in (("original_date", "origdate"), ("accessed", "urldate")):
        date = getattr(ref, attr)
        if date is not None and _iso(date):
            fields[key] = escape_latex(_iso(date))
    if ref.page is not None:
        fields["pages"] = escape_latex(PAGE_RANGE_DASH.sub("--", ref.page)).replace("-{}-", "--")
    if entry_type == "article":
        if ref.issue is not None:
            fields["number"] = escape_latex(ref.issue)
        if ref.number is not None:
            fields["eid"] = escape_latex(ref.number)
    else:
        if ref.issue is not None:
            fields["issue"] = escape_latex(ref.issue)
        if ref.number is not None:
            fields["number"] = escape_latex(ref.number)
    for attr, key in FIELD_TO_BIBTEX.items():
        value = getattr(ref, attr)
        if value is not None and key not in fields:
            fields[key] = escape_latex(value)
    if ref.note is None and is_unparsed(ref) and ref.raw:
        fields["note"] = escape_latex(ref.raw)
    for attr, key in _VERBATIM.items():
        if (value := getattr(ref, attr)) is not None:
            fields[key] = _escape_verbatim(value)
    if ref.type in _ARTICLE_SUBTYPES:
        fields["entrysubtype"] = _ARTICLE_SUBTYPES[ref.type]
    return fields


def to_bibtex_library(references: Iterable[Reference], *, sort_by_key: bool = False) -> Library:
    """A bibtexparser :class:`~bibtexparser.library.Library` of ``references``.

    Keys come from :func:`citex.works.keys.assign_citekeys` (own ids kept when safe and unique).
    """
    refs = tuple(references)
    keys = assign_citekeys(refs, keep_ids=True)
    entries: list[Block] = [
        Entry(
            _entry_type(ref),
            key,
            [Field(name, value) for name, value in reference_to_bibtex_fields(ref).items()],
        )
        for ref, key in zip(refs, keys, strict=True)
    ]
    if sort_by_key:
        entries.sort(key=lambda entry: entry.key if isinstance(entry, Entry) else "")
    return Library(entries)


def to_bibtex(references: Iterable[Reference], *, sort_by_key: bool = False) -> str:
    """BibTeX text for ``references`` (UTF-8; every value braced and escaped).

    Args:
        references: The references.
        sort_by_key: Order entries by citekey instead of keeping the input order, so the
            output is the same whatever order the references come in.

    Returns:
        The ``.bib`` text, entries separated by a blank line (empty for no references).
    """
    library = to_bibtex_library(references, sort_by_key=sort_by_key)
    if not library.entries:
        return ""
    return _write_library(library)


def bibtex_entry(ref: Reference, key: str) -> str:
    """One reference as a BibTeX entry under ``key``, exactly as :func:`to_bibtex` writes it
    (entries of a library are these joined by blank lines; ``citex parse`` streams them)."""
    fields = [Field(name, value) for name, value in reference_to_bibtex_fields(ref).items()]
    return _write_library(Library([Entry(_entry_type(ref), key, fields)]))


def _write_library(library: Library) -> str:
    """The ``.bib`` text of ``library``: two-space indents, entries apart by a blank line."""
    layout = BibtexFormat()  # type: ignore[no-untyped-call]  # bibtexparser leaves it untyped
    layout.indent = "  "
    layout.block_separator = "\n"
    # The library is ours and thrown away: let the unparse stack work in place, not on copies.
    stack = default_unparse_stack(allow_inplace_modification=True)
    return write_string(library, unparse_stack=stack, bibtex_format=layout)


# --------------------------------------------------------------------------------------
# Import
# --------------------------------------------------------------------------------------


def parse_name(text: str) -> Name:
    """A :class:`Name` from one BibTeX name (``{Literal}``, ``von Last, Jr, First``...)."""
    stripped = text.strip()
    if _is_one_group(stripped):
        return Name(literal=unlatex(stripped[1:-1]) or None)
    parts = parse_single_name_into_parts(stripped, strict=False)

    def join(words: list[str]) -> str | None:
        return unlatex(" ".join(words)) or None

    family = join(parts.last)
    if family is None:
        return Name(literal=unlatex(stripped) or None)
    return Name(
        family=family,
        given=join(parts.first),
        particle=join(parts.von),
        suffix=join(parts.jr),
    )


def _is_one_group(text: str) -> bool:
    """Whether ``text`` is one brace group ``{...}`` from its first to its last character."""
    if not (text.startswith("{") and text.endswith("}")):
        return False
    depth = 0
    for index, char in enumerate(text):
        if char == "{" and text[index - 1 : index] != "\\":
            depth += 1
        elif char == "}" and text[index - 1 : index] != "\\":
            depth -= 1
            if depth == 0 and index < len(text) - 1:
                return False
    return True


#: BibTeX's predefined month macros, as ``plain.bst`` defines them.
MONTH_MACROS: dict[str, str] = {
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May",
    "jun": "June", "jul": "July", "aug": "August", "sep": "September", "oct": "October",
    "nov": "November", "dec": "December",
}  # fmt: skip
_SHOWN = 40  # characters of bad input quoted in a problem


def _group_end(raw: str, start: int) -> int:
    """The index just past the ``{...}`` or ``"..."`` group opening at ``start``, or -1.

    Braces nest; a quoted group ends at the first ``"`` outside braces. A character after
    a backslash is never a delimiter, as bibtexparser's splitter reads it.
    """
    quoted = raw[start] == '"'
    depth = 0
    index = start + 1
    while index < len(raw):
        char = raw[index]
        if char == "\\":
            index += 2
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            if depth == 0:
                return -1 if quoted else index + 1
            depth -= 1
        elif char == '"' and quoted and depth == 0:
            return index + 1
        index += 1
    return -1


def evaluate_value(raw: str, macros: Mapping[str, str]) -> tuple[str, list[str]]:
    """A field's value from its BibTeX expression, and what was wrong with it.

    The expression is ``{...}``, ``"..."``, a number or a macro name, or several joined
    by ``#``. Macros come from ``@string`` and the month names (case-insensitive); an
    undefined one reads as empty, as in BibTeX, and is reported. Text after a complete
    value (usually left by an extra ``}``) is reported, never silently dropped.
    """
    parts: list[str] = []
    problems: list[str] = []
    index, expect_value = 0, True
    while True:
        while index < len(raw) and raw[index].isspace():
            index += 1
        if index == len(raw):
            break
        char = raw[index]
        if not expect_value:
            if char != "#":
                problems.append(f"unexpected text after the value: {raw[index:][:_SHOWN]!r}")
                break
            index, expect_value = index + 1, True
            continue
        if char in '{"':
            end = _group_end(raw, index)
            if end == -1:
                problems.append(f"unbalanced {char!r} in {raw[index:][:_SHOWN]!r}")
                break
            parts.append(raw[index + 1 : end - 1])
        elif (word := BIBTEX_VALUE_WORD.match(raw, index)) is not None:
            end = word.end()
            if word.group().isdigit():
                parts.append(word.group())
            elif (value := macros.get(word.group().lower())) is not None:
                parts.append(value)
            else:
                problems.append(f"undefined macro {word.group()!r} (read as empty)")
        else:
            problems.append(f"unexpected {char!r} in {raw[index:][:_SHOWN]!r}")
            break
        index, expect_value = end, False
    if expect_value and parts:
        problems.append("'#' with nothing after it")
    return "".join(parts), problems


def _checked_date(
    year: int, month: int | None, day: int | None, printed: str, problems: list[str]
) -> Date:
    """A date whose month and day exist; a bad month or day is dropped and reported."""
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


def _date(text: str, problems: list[str]) -> Date:
    """A date from a biblatex ISO date, a year, or anything else kept as printed."""
    plain = unlatex(text)
    if (match := BIBLATEX_DATE.search(plain.strip())) is not None:
        month, day = match["month"], match["day"]
        return _checked_date(
            int(match["year"]),
            int(month) if month else None,
            int(day) if day else None,
            plain.strip(),
            problems,
        )
    return Date(raw=plain)


def _issued(fields: dict[str, str], problems: list[str]) -> Date | None:
    """The issued date from ``date``, else ``year`` and ``month``."""
    if "date" in fields:
        return _date(fields["date"], problems)
    if "year" not in fields:
        return None
    year_text = unlatex(fields["year"]).strip()
    if (match := BIBTEX_YEAR.search(year_text)) is None:
        return Date(raw=year_text)
    month_text = unlatex(fields.get("month", "")).strip().lower().rstrip(".")
    month = int(month_text) if month_text.isdecimal() else _MONTHS.get(month_text)
    if month_text and not (month and 1 <= month <= 12):
        problems.append(f"month {month_text!r} is not a month; only the year was kept")
        month = None
    return Date(year=int(match["year"]), month=month)


def _reference(fields: dict[str, str], entry: Entry, problems: list[str]) -> Reference:
    """A :class:`Reference` from an entry's evaluated fields (lower-case names)."""
    entry_type = entry.entry_type.lower()
    ref_type = BIBTEX_TO_TYPE.get(entry_type, "document")
    subtype = unlatex(fields.get("entrysubtype", "")).strip().lower()
    if entry_type == "article" and subtype in ("magazine", "newspaper"):
        ref_type = f"article-{subtype}"
    values: dict[str, Any] = {"id": entry.key, "type": ref_type}
    for role in _NAME_ROLES:
        if role in fields:
            values[role] = tuple(parse_name(n) for n in split_multiple_persons_names(fields[role]))
    for attr, keys in _READ_FIELDS.items():
        found = next((fields[key] for key in keys if key in fields), None)
        if found is not None:
            values[attr] = unlatex(found)
    for attr, key in _VERBATIM.items():
        if key in fields:
            values[attr] = fields[key].strip()
    values["issued"] = _issued(fields, problems)
    for attr, key in (("original_date", "origdate"), ("accessed", "urldate")):
        if key in fields:
            values[attr] = _date(fields[key], problems)
    if "pages" in fields:
        values["page"] = unlatex(fields["pages"], dashes=False).replace("--", "-")
    issue_key, number_key = ("number", "eid") if entry_type == "article" else ("issue", "number")
    for attr, key in (("issue", issue_key), ("number", number_key)):
        if key in fields:
            values[attr] = unlatex(fields[key])
    return Reference(**values)


def _evaluated_fields(
    entry: Entry, macros: Mapping[str, str], problems: list[str]
) -> dict[str, str]:
    """An entry's fields by lower-case name, values evaluated (see :func:`evaluate_value`)."""
    fields: dict[str, str] = {}
    for field in entry.fields:
        value, wrong = evaluate_value(str(field.value), macros)
        problems += [f"{field.key}: {message}" for message in wrong]
        if value or not wrong:  # a field that read as nothing but errors is left out
            fields[field.key.lower()] = value
    return fields


def reference_from_entry(
    entry: Entry, macros: Mapping[str, str] = MONTH_MACROS
) -> tuple[Reference, list[str]]:
    """A :class:`Reference` from one entry as bibtexparser splits it (values unevaluated).

    Args:
        entry: the entry, parsed with an empty parse stack (raw value expressions).
        macros: ``@string`` macros by lower-case name, month names included.

    Returns:
        The reference and what was wrong with the entry (it loaded all the same).

    Raises:
        ValueError: the entry cannot make a reference at all.
    """
    problems: list[str] = []
    fields = _evaluated_fields(entry, macros, problems)
    return _reference(fields, entry, problems), problems


def _failure_message(block: ParsingFailedBlock) -> str:
    """A one-line reason for a block bibtexparser could not parse."""
    error = block.error
    reason = getattr(error, "abort_reason", None) or str(error) or type(error).__name__
    return "not valid BibTeX: " + " ".join(reason.split())


def _failed_key(block: ParsingFailedBlock) -> str | None:
    """The key of a failed block, read from its raw text (``@book{key,``)."""
    raw = getattr(block, "raw", None) or ""
    head = raw.partition("{")[2].partition(",")[0].strip()
    return head or None


def _line(block: Block) -> int | None:
    """A block's first line, 1-based."""
    return block.start_line + 1 if block.start_line is not None else None


def _macros(blocks: Iterable[Block], problems: list[ImportProblem]) -> dict[str, str]:
    """``@string`` macros in file order, each evaluated with those defined before it."""
    macros = dict(MONTH_MACROS)
    for block in blocks:
        if isinstance(block, String):
            value, wrong = evaluate_value(str(block.value), macros)
            macros[block.key.lower()] = value
            problems += [
                ImportProblem(entry=f"@string {block.key}", line=_line(block), message=message)
                for message in wrong
            ]
    return macros


def _stray_fields(block: Block, previous: Entry | None) -> ImportProblem | None:
    """A problem when text outside any entry looks like fields an extra ``}`` cut off."""
    if not isinstance(block, ImplicitComment) or previous is None:
        return None
    found = BIBTEX_STRAY_FIELD.search(block.comment)
    if found is None:
        return None
    line = block.comment[found.start() :].partition("\n")[0].strip(" \t},")
    message = (
        f"fields after the end of the entry ({line[:_SHOWN]!r}...) were not read: "
        "an extra '}' may have closed the entry early"
    )
    return ImportProblem(entry=previous.key, line=_line(block), message=message)


def read_bibtex(text: str) -> ImportResult:
    """References from BibTeX/biblatex text; bad entries become problems, good ones load.

    ``@string`` macros and ``#`` concatenation are resolved, undefined macros reported;
    LaTeX accents and escapes are turned into unicode. What is wrong with an entry that
    still loads (an impossible date, text after a value, fields cut off by an extra
    ``}``) is reported as a problem too.

    Args:
        text: The ``.bib`` text.

    Returns:
        The references (in file order), a problem for each entry that failed or loaded
        with losses (naming its key and first line), and the fields citex has no place for.
    """
    library = parse_string(text, parse_stack=[])
    problems: list[ImportProblem] = []
    macros = _macros(library.blocks, problems)
    references: list[Reference] = []
    ignored: set[str] = set()
    previous: Entry | None = None
    for block in library.blocks:
        if (stray := _stray_fields(block, previous)) is not None:
            problems.append(stray)
        duplicate = block.ignore_error_block if isinstance(block, DuplicateBlockKeyBlock) else None
        entry = block if isinstance(block, Entry) else duplicate
        if not isinstance(entry, Entry):
            if isinstance(block, ParsingFailedBlock):
                message = _failure_message(block)
                problems.append(
                    ImportProblem(entry=_failed_key(block), line=_line(block), message=message)
                )
            previous = None
            continue
        previous = entry
        line = _line(block)
        try:
            reference, wrong = reference_from_entry(entry, macros)
        except (ValueError, TypeError) as error:
            problems.append(ImportProblem(entry=entry.key, line=line, message=str(error)))
            continue
        if duplicate is not None:
            # Keep the work; only its key is taken. It gets a new key on export.
            reference = attrs.evolve(reference, id=None)
            wrong.insert(0, f"duplicate key {entry.key!r}: loaded, with a new key on export")
        problems += [ImportProblem(entry=entry.key, line=line, message=m) for m in wrong]
        references.append(reference)
        ignored |= {key.lower() for key in entry.fields_dict} - _USED_FIELDS
    problems.sort(key=lambda problem: problem.line or 0)
    return ImportResult(
        references=references, problems=problems, ignored_fields=tuple(sorted(ignored))
    )
