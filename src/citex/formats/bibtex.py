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

import logging
import unicodedata
from collections.abc import Iterable
from typing import Any

import attrs
from bibtexparser.entrypoint import parse_string, write_string
from bibtexparser.library import Library
from bibtexparser.middlewares.names import (
    parse_single_name_into_parts,
    split_multiple_persons_names,
)
from bibtexparser.middlewares.parsestack import default_unparse_stack
from bibtexparser.model import Block, DuplicateBlockKeyBlock, Entry, Field, ParsingFailedBlock
from bibtexparser.writer import BibtexFormat

from citex import lexicon
from citex.formats.csl import is_unparsed
from citex.formats.patterns import BIBLATEX_DATE, BIBTEX_WHITESPACE, BIBTEX_YEAR, PAGE_RANGE_DASH
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
    layout = BibtexFormat()  # type: ignore[no-untyped-call]  # bibtexparser leaves it untyped
    layout.indent = "  "
    layout.block_separator = "\n"
    # The library is ours and thrown away: let the unparse stack work in place, not on copies.
    stack = default_unparse_stack(allow_inplace_modification=True)
    return write_string(library, unparse_stack=stack, bibtex_format=layout)


# --------------------------------------------------------------------------------------
# Import
# --------------------------------------------------------------------------------------


def _text_value(value: Any) -> str:
    """A field value as text (bibtexparser leaves unresolved macros such as ``jan`` bare)."""
    return value if isinstance(value, str) else str(value)


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


def _date(text: str) -> Date:
    """A date from a biblatex ISO date, a year, or anything else kept as printed."""
    plain = unlatex(text)
    if (match := BIBLATEX_DATE.search(plain.strip())) is not None:
        month, day = match["month"], match["day"]
        return Date(
            year=int(match["year"]),
            month=int(month) if month else None,
            day=int(day) if day else None,
        )
    return Date(raw=plain)


def _issued(fields: dict[str, str]) -> Date | None:
    """The issued date from ``date``, else ``year`` and ``month``."""
    if "date" in fields:
        return _date(fields["date"])
    if "year" not in fields:
        return None
    year_text = unlatex(fields["year"]).strip()
    if (match := BIBTEX_YEAR.search(year_text)) is None:
        return Date(raw=year_text)
    month_text = unlatex(fields.get("month", "")).strip().lower().rstrip(".")
    month = int(month_text) if month_text.isdigit() else _MONTHS.get(month_text)
    return Date(year=int(match["year"]), month=month if month and 1 <= month <= 12 else None)


def reference_from_entry(entry: Entry) -> Reference:
    """A :class:`Reference` from one parsed bibtexparser entry."""
    fields = {key.lower(): _text_value(value) for key, value in entry.items()}
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
    values["issued"] = _issued(fields)
    for attr, key in (("original_date", "origdate"), ("accessed", "urldate")):
        if key in fields:
            values[attr] = _date(fields[key])
    if "pages" in fields:
        values["page"] = unlatex(fields["pages"], dashes=False).replace("--", "-")
    issue_key, number_key = ("number", "eid") if entry_type == "article" else ("issue", "number")
    for attr, key in (("issue", issue_key), ("number", number_key)):
        if key in fields:
            values[attr] = unlatex(fields[key])
    return Reference(**values)


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


def read_bibtex(text: str) -> ImportResult:
    """References from BibTeX/biblatex text; bad entries become problems, good ones load.

    ``@string`` macros are resolved; LaTeX accents and escapes are turned into unicode.

    Args:
        text: The ``.bib`` text.

    Returns:
        The references (in file order), a problem for each entry that failed (naming
        its key and first line), and the fields citex has no place for.
    """
    library = parse_string(text)
    references: list[Reference] = []
    problems: list[ImportProblem] = []
    ignored: set[str] = set()
    for entry in library.entries:
        try:
            references.append(reference_from_entry(entry))
        except (ValueError, TypeError) as error:
            line = entry.start_line + 1 if entry.start_line is not None else None
            problems.append(ImportProblem(entry=entry.key, line=line, message=str(error)))
            continue
        ignored |= {key.lower() for key in entry.fields_dict} - _USED_FIELDS
    for block in library.failed_blocks:
        line = block.start_line + 1 if block.start_line is not None else None
        duplicate = block.ignore_error_block
        if isinstance(block, DuplicateBlockKeyBlock) and isinstance(duplicate, Entry):
            # Keep the work; only its key is taken. It gets a new key on export.
            references.append(attrs.evolve(reference_from_entry(duplicate), id=None))
            message = f"duplicate key {block.key!r}: loaded, with a new key on export"
            problems.append(ImportProblem(entry=block.key, line=line, message=message))
            continue
        problems.append(
            ImportProblem(entry=_failed_key(block), line=line, message=_failure_message(block))
        )
    problems.sort(key=lambda problem: problem.line or 0)
    return ImportResult(
        references=references, problems=problems, ignored_fields=tuple(sorted(ignored))
    )
