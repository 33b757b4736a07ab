"""Every compiled `regex` pattern citex uses: named, commented, with examples.

No logic lives here. Each pattern lists ``EXAMPLES`` it must match and
``COUNTER_EXAMPLES`` it must not in :data:`PATTERN_EXAMPLES`, which
``tests/test_patterns.py`` checks. Patterns must not backtrack catastrophically:
bound repetitions (``{0,200}``) or use possessive/atomic forms where input is hostile.
"""

from __future__ import annotations

import regex

# name -> (pattern, examples that must match with .search, counter-examples that must not)
PATTERN_EXAMPLES: dict[str, tuple[regex.Pattern[str], tuple[str, ...], tuple[str, ...]]] = {}


def _register(
    name: str, pattern: regex.Pattern[str], examples: tuple[str, ...], counter: tuple[str, ...] = ()
) -> regex.Pattern[str]:
    """Record a pattern's examples for the pattern tests and return the pattern."""
    PATTERN_EXAMPLES[name] = (pattern, examples, counter)
    return pattern


# --------------------------------------------------------------------------------------
# Text cleaning and footnotes (text.py, markers.py, notes.py)
# --------------------------------------------------------------------------------------

# Inline space characters (no line breaks): ordinary, no-break, thin and the like.
_HSPACE = r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
_SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074-\u2079"

# Where normalise() changes text: a line break inside a word ("Publish-\n ers"; group `hyphen`,
# text.py decides whether the hyphen stays) or any run of whitespace (becomes one space).
NORMALISE_BREAK = _register(
    "normalise_break",
    regex.compile(
        r"(?<=\p{L})(?P<hyphen>[-\u00ad\u2010])[ \t]*\r?\n[ \t\u00a0]*(?=\p{L})|[\s\x1c-\x1f]+"
    ),
    ("Publish-\ners", "previ-\n ously", "Capitalism-\nImperialism", " ", "\n\t\u00a0", "\x1f"),
    ("a", "-"),
)

# The hyphenation alternative of NORMALISE_BREAK alone (text.clean collapses spaces by itself).
LINE_END_HYPHEN = _register(
    "line_end_hyphen",
    regex.compile(r"(?<=\p{L})(?P<hyphen>[-\u00ad\u2010])[ \t]*\r?\n[ \t\u00a0]*(?=\p{L})"),
    ("Publish-\ners", "previ-\n ously", "Capitalism-\nImperialism"),
    ("1977 -\n ers", "word\nword", "-\n-"),
)

# A page number alone on its line ("71", "- 88 -", "p. 12").
PAGE_NUMBER_LINE = _register(
    "page_number_line",
    regex.compile(r"^[ \t]*(?:[-–—][ \t]*)?(?:p\.[ \t]*)?\d{1,4}(?:[ \t]*[-–—])?[ \t]*$"),
    ("71", "  88 ", "- 12 -"),
    ("71 percent", "1977),158."),
)

# A letter-spaced heading as pdftotext renders spaced capitals: "t o  c a p i ta l".
LETTER_SPACED_LINE = _register(
    "letter_spaced_line",
    regex.compile(r"^[ \t]*(?:\S{1,3}[ \t]+){5,}\S{0,3}[ \t]*$"),
    ("t o  c a p i ta l ,  b l ac k  l i v e s", "t h e  i m m i g r a n t  p r o l e ta r i at",
     "c o n c lus i o n"),
    ("a) The end does not justify", "* * *", "1 2"),
)

# The start of a note at the beginning of a line: "1  Lenin", "21 This", "12. Ibid.", "[3] See",
# "(4) Cf.", "¹ Ibid.", "*   An essential", "†  Ibid."; not a Markdown link definition
# ("[1]: https://…"). Group `label` (or `sup` for superscript
# digits) is the label; the note text starts at the end of the match.
NOTE_START = _register(
    "note_start",
    regex.compile(
        r"^[ \t]{0,3}"
        r"(?:"
        r"(?P<open>[\[(])(?P<label>\d{1,3})[\])](?:\.|:(?!" + _HSPACE + r"*(?:<|https?:|www\.)))?"
        + _HSPACE
        + r"*"
        r"|(?P<label>\d{1,3})(?P<punct>[.)]?)" + _HSPACE + r"+"
        r"|(?P<sup>[" + _SUPERSCRIPT_DIGITS + r"]{1,3})" + _HSPACE + r"*"
        r"|<sup>(?P<label>\d{1,3})</sup>[.:]?" + _HSPACE + r"*"
        r"|\^(?P<label>\d{1,3})[.:]?" + _HSPACE + r"+"
        r"|(?P<label>\*{1,3}|[†‡§¶]{1,2})" + _HSPACE + r"*"
        r")"
        r"(?=[^\s\d\]\[)(.,;:*†‡§¶])",
        regex.MULTILINE,
    ),
    ("1  Lenin, What Is", "21 This summary", "12. Ibid., 4.", "[3] See", "(4) Cf. p. 2",
     "¹ Ibid.", "*\u00a0\u00a0 “An essential", "† Ibid.", "10\u00a0\u00a0 Among",
     "<sup>2</sup> Ibid.", "^3 Ibid."),
    ("1977),158.", "5.1 million", "* * *", "2000 and", "1)", "46,800 vacant", "^[inline]",
     "[1]: https://example.org/a"),
)

# A Markdown footnote definition "[^id]: text" at the start of a line.
MARKDOWN_NOTE = _register(
    "markdown_note",
    regex.compile(r"^[ ]{0,3}\[\^(?P<label>[^\]\s]{1,40})\]:[ \t]*", regex.MULTILINE),
    ("[^1]: See Marx.", "[^note-a]: Ibid."),
    ("[^1] in text", "see [1]: no"),
)

# A Project Gutenberg footnote block "[Footnote 1: text]"; the closing bracket is found by
# counting brackets in notes.py, so nested "[sic]" does not end the note.
GUTENBERG_NOTE = _register(
    "gutenberg_note",
    regex.compile(r"\[Footnote[ \t]+(?P<label>[0-9A-Za-z*†‡]{1,6})[ \t]*:[ \t]*"),
    ("[Footnote 1: See Marx.]", "[Footnote A: Ibid.]"),
    ("[Footnotes]", "Footnote 1: no bracket"),
)

# A heading that opens a notes section.
NOTES_HEADING = _register(
    "notes_heading",
    regex.compile(
        r"^[ \t#*]{0,6}(?:notes?|endnotes?|footnotes?|anmerkungen|fußnoten|notas|noten|"
        r"note(?: al testo)?|notes de fin)[ \t*:.]*$",
        regex.MULTILINE | regex.IGNORECASE,
    ),
    ("Notes", "## Endnotes", "Anmerkungen", "NOTE", "Notas:"),
    ("Notes on the text", "Notes from underground"),
)

# A footnote marker candidate in running text. One alternative per printed form:
#   md      [^id]                       Markdown reference (not a definition: no ":" after)
#   inline  ^[                          Markdown inline note
#   sup     <sup>12</sup>               HTML superscript
#   caret   ^12                         plain-text superscript
#   brack   [12] (12) [A]               bracketed number (or Gutenberg letter) after a word
#   glued   dictatorship.”1  ours9  201821   digits glued to a word or closing punctuation
#   spaced  origins 4 and               a lone number after a word (weak: often a quantity)
#   symbol  1944)*                      asterisks glued to a word or closing punctuation
#   year    from 201821                 a year with a marker glued to it (2018 + note 21)
# Every alternative starts with an ASCII character of the leading class, which lets the
# regex engine skip the rest of the text quickly (a class with non-ASCII ranges is several
# times slower); rarer non-ASCII forms are in MARKER_CANDIDATE_RARE. Candidates are chosen
# against the notes in markers.py; these patterns only find them.
_AFTER_WORD = r"[\p{L}\p{Pe}\p{Pf}\p{Pi}.;:!?'\"%]"
MARKER_CANDIDATE = _register(
    "marker_candidate",
    regex.compile(
        r"(?=[0-9\[^<*(])"
        r"(?:\[\^(?P<md>[^\]\s]{1,40})\](?!:)"
        r"|(?P<inline>\^\[)"
        r"|<sup>[ \t]*(?P<sup>[0-9]{1,3}|[*†‡§])[ \t]*</sup>"
        r"|(?<!\[)\^(?P<caret>\d{1,3})(?!\d)"
        r"|(?<=" + _AFTER_WORD + r"[ \u00a0]?)(?P<bo>[\[(])(?P<brack>\d{1,3}|[A-Z])[\])]"
        r"|(?<=" + _AFTER_WORD + r")(?P<glued>\d{1,7})(?![\d\p{L}]|[.,]\d)"
        r"|(?<=[\p{L}\p{Pe}\p{Pf},;:][ \u00a0])(?P<spaced>\d{1,3})"
        r"(?=[ \u00a0]*(?:[,;:.)]|\s|$))(?![ \u00a0]?[.,]\d)"
        r"|(?<=" + _AFTER_WORD + r")(?P<symbol>\*{1,3})(?=[\s,;:.)\]]|$)"
        r"|(?<=\p{L}[ \u00a0])(?P<year>(?:1[4-9]|20)\d\d[1-9]\d{0,2})(?=[\s,;:.)]|$))"
    ),
    ("dictatorship.”1", "ours9 (", "origins 4 and", "[proletariat].1", "1944)*", "text[^1] more",
     "word<sup>3</sup>", "word^4", "word [12]", "from 201821 on", "11.15 Clinton", "ibid.^[Note]"),
    ("in 1919-20", "46,800", "COVID-19", "* * *", "[^1]: definition"),
)

# Non-ASCII marker forms, searched only in texts that contain them:
#   usup    ¹²                          Unicode superscript digits
#   symbol  word†  text‡                daggers, section and paragraph signs glued to a word
MARKER_CANDIDATE_RARE = _register(
    "marker_candidate_rare",
    regex.compile(
        r"(?P<usup>[" + _SUPERSCRIPT_DIGITS + r"]{1,3})(?![" + _SUPERSCRIPT_DIGITS + r"])"
        r"|(?<=" + _AFTER_WORD + r")(?P<symbol>[†‡§¶]{1,2})(?=[\s,;:.)\]]|$)"
    ),
    ("word¹²", "revolution.³ The", "word† and"),
    ("§ 12", "a ‡ b"),
)
# The characters that may start a MARKER_CANDIDATE_RARE match.
RARE_MARKER_CHARS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079†‡§¶"


# --------------------------------------------------------------------------------------
# Reference fields and names (fields.py, names.py)
# --------------------------------------------------------------------------------------



# --------------------------------------------------------------------------------------
# Bibliography sections and reference splitting (segment.py)
# --------------------------------------------------------------------------------------



# --------------------------------------------------------------------------------------
# Citations in notes, ibid and short forms (citations.py, resolve.py)
# --------------------------------------------------------------------------------------



# --------------------------------------------------------------------------------------
# Document metadata (front matter, title blocks)
# --------------------------------------------------------------------------------------


# --------------------------------------------------------------------------------------
# Citekeys, input decoding and BibTeX/CSL export (keys.py, sources.py, export/)
# --------------------------------------------------------------------------------------

# What separates words for a citekey: anything but letters, marks and digits (so dashes and
# apostrophes split ``1901–1941`` and ``l'épée``), before accents are folded away.
CITEKEY_SEPARATOR = _register(
    "CITEKEY_SEPARATOR", regex.compile(r"[^\p{L}\p{M}\p{N}]+"), ("1901–1941", "l'épée"), ("épée",)
)

# A word of a title or name for a citekey: letters and digits only (already ASCII-folded).
CITEKEY_WORD = _register("CITEKEY_WORD", regex.compile(r"[a-z0-9]{1,60}"), ("new", "1984"), ("--",))

# An id we keep as a BibTeX key: ASCII letters, digits and ``_:.+/-``; BibTeX breaks on
# spaces, commas, braces, quotes, ``#``, ``%``, ``=`` and parentheses.
CITEKEY_SAFE = _register(
    "CITEKEY_SAFE",
    regex.compile(r"^[A-Za-z0-9_:.+/\-]{1,200}\Z"),
    ("alexander2010newjimcrow", "doi:10.1000/182", "serge_1951"),
    ("has space", "a,b", "{x}", "ünï"),
)

# Control characters that never occur in text (everything below U+0020 except tab, LF,
# VT, FF, CR, and ESC used by terminals): their presence marks binary input.
BINARY_CONTROL = _register(
    "BINARY_CONTROL",
    regex.compile(r"[\x00-\x08\x0E-\x1A\x1C-\x1F]"),
    ("\x00", "PK\x03\x04"),
    ("plain text\n", "tab\there", "\x0cform feed"),
)

# A page range separator to write as BibTeX ``--``: hyphen or dash between two non-spaces.
PAGE_RANGE_DASH = _register(
    "PAGE_RANGE_DASH",
    regex.compile(r"(?<=\S)\s{0,3}(?:\p{Pd}){1,3}\s{0,3}(?=\S)"),
    ("16-17", "16–17", "xii -- 4"),
    ("16", "-4"),
)

# Whitespace BibTeX treats as one space in a value (line breaks of wrapped values); not
# no-break or typographic spaces, which are text.
BIBTEX_WHITESPACE = _register(
    "BIBTEX_WHITESPACE", regex.compile(r"[ \t\r\n]+"), ("a  b", "line\n  wrapped"), ("a\u00a0b",)
)

# An ISO date as biblatex ``date``/``urldate``/``origdate`` hold it: ``1902``, ``1902-03-01``.
BIBLATEX_DATE = _register(
    "BIBLATEX_DATE",
    regex.compile(r"^(?P<year>-?\d{1,4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?\Z"),
    ("1902", "2010-05", "2012-01-16"),
    ("May 1902", "1902/1903"),
)

# A BibTeX ``year`` that holds a year (perhaps negative for BCE).
BIBTEX_YEAR = _register(
    "BIBTEX_YEAR", regex.compile(r"^(?P<year>-?\d{1,4})\Z"), ("1902", "2010"), ("n.d.", "c. 1900")
)

