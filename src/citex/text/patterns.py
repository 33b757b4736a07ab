"""Patterns of the text stage: decoding, cleaning (line-end hyphens, whitespace) and page layout.

No logic lives here. Each pattern is registered with examples it must match and
counter-examples it must not (``citex.registry``), which tests/test_patterns.py checks.
Repetitions are bounded: no pattern may backtrack catastrophically on hostile input.
"""

from __future__ import annotations

import regex

from citex.registry import register as _register

# Inline space characters (no line breaks): ordinary, no-break, thin and the like.
_HSPACE = r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
# Horizontal whitespace, form feeds included (pdftotext starts a page with one).
_HS = r"[^\S\n]"
_SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074-\u2079"

# Where normalise() changes text: a line break inside a word ("Publish-\n ers"; group `hyphen`,
# clean.py decides whether the hyphen stays) or any run of whitespace (becomes one space).
NORMALISE_BREAK = _register(
    "normalise_break",
    regex.compile(
        r"(?<=\p{L})(?P<hyphen>[-\u00ad\u2010])[ \t]*\r?\n[ \t\u00a0]*(?=\p{L})|[\s\x1c-\x1f]+"
    ),
    ("Publish-\ners", "previ-\n ously", "Capitalism-\nImperialism", " ", "\n\t\u00a0", "\x1f"),
    ("a", "-"),
)

# A line break inside a URL (issue 10): after a URL's part that cannot end it ("…/water-for-
# the-", "…/2020/") or after a host name's dot before its top-level domain and path
# ("riverstrust." + "org/2020/…"). The URL is rejoined without a space, its hyphens kept:
# the character before the break (group "url") stays, the break goes. The lookahead comes
# first so that the look back runs only before a line break.
_URL_BREAK = (
    r"(?=[-/_=&?~][ \t]*\r?\n)"
    r"(?<=(?:https?://|www\.|/)[^\s/]{0,200}(?:/[^\s/]{0,200}){0,20})"
    r"(?P<url>[-/_=&?~])[ \t]*\r?\n[ \t]*(?=[\p{Ll}0-9%#~]|[^\s/]{0,200}/)"
    r"|(?=\.[ \t]*\r?\n)(?<=(?:^|\s)[\w-]{1,63})"
    r"(?P<url>\.)[ \t]*\r?\n[ \t]*(?=\p{Ll}{2,6}/)"
)
URL_LINE_BREAK = _register(
    "url_line_break",
    regex.compile(_URL_BREAK),
    (
        "riverstrust.\norg/2020/",
        "org/2020/05/03/water-for-the-\nnext-decade/",
        "http://a.org/\nb/c",
    ),
    ("the end.\nThe next", "and/or\nmore", "Publish-\ners", "http://a.org/\nSee"),
)

# What normalise() must change: NORMALISE_BREAK without the single spaces it would keep as
# they are, so that clean text costs a step per change, not per word.
NORMALISE_CHANGE = _register(
    "normalise_change",
    regex.compile(
        _URL_BREAK + r"|(?<=\p{L})(?P<hyphen>[-\u00ad\u2010])[ \t]*\r?\n[ \t\u00a0]*(?=\p{L})"
        r"|[\s\x1c-\x1f]{2,}|[^\S ]|[\x1c-\x1f]"
    ),
    ("Publish-\ners", "  ", "\n", "\t", "\x1f", "\u00a0"),
    ("a b", "-"),
)

# The hyphenation alternative of NORMALISE_BREAK alone (text.clean collapses spaces by itself).
HYPHEN_BREAK = _register(
    "hyphen_break",
    regex.compile(r"(?<=\p{L})(?P<hyphen>[-\u00ad\u2010])[ \t]*\r?\n[ \t\u00a0]*(?=\p{L})"),
    ("Publish-\ners", "previ-\n ously", "Capitalism-\nImperialism"),
    ("1977 -\n ers", "word\nword", "-\n-"),
)

# The word before and after a line-end hyphen (searched within a few dozen characters).
LINE_END_WORD_BEFORE = _register(
    "line_end_word_before",
    regex.compile(r"\p{L}{1,40}\Z"),
    ("anti", "Publish"),
    ("12", "anti "),
)
LINE_END_WORD_AFTER = _register(
    "line_end_word_after",
    regex.compile(r"\p{L}{1,40}"),
    ("imperialist", "ers"),
    ("12", "— ,"),
)

# Prefixes whose hyphen stays at a line end ("anti-"/"imperialist"): only those that are not
# also a common first syllable of a word ("re-flect", "de-mocracy", "mid-dle", "pre-sent").
REAL_HYPHEN_PREFIX = _register(
    "real_hyphen_prefix",
    regex.compile(r"(?:anti|non|self|neo|post|quasi|pseudo|ultra|counter|well)\Z"),
    ("anti", "self", "non"),
    ("re", "de", "pre", "mid", "ex", "semi", "antique"),
)

# A line that is only a page number (arabic or roman, maybe between dashes): page furniture.
PAGE_NUMBER_LINE = _register(
    "page_number_line",
    regex.compile(
        rf"^{_HS}*(?:[-–—]{_HS}*)?(?:(?:[Pp]age|[Ss]eite|S\.){_HS}+|[Pp]\.{_HS}*)?"
        rf"(?:\d{{1,4}}|[ivxlcdm]{{1,7}}|[IVXLCDM]{{1,7}})(?:{_HS}+(?:of|von|de|di){_HS}+\d{{1,4}})?"
        rf"(?:{_HS}*[-–—])?{_HS}*$"
    ),
    ("  195", "- 12 -", "xiv", "\f88", "Page 12 of 30", "Seite 4", "p. 12", "71"),
    ("1990.", "12 Smith", "Ibid", "71 percent", "1977),158."),
)

# A carriage return that is not part of CR LF: a line end in old Mac text.
LONE_CARRIAGE_RETURN = _register(
    "lone_carriage_return", regex.compile(r"\r(?!\n)"), ("a\rb", "a\r"), ("a\r\nb",)
)


# A letter-spaced heading as pdftotext renders spaced capitals: "t o  c a p i ta l".
FURNITURE_LETTER_SPACED = _register(
    "furniture_letter_spaced",
    regex.compile(r"^[ \t]*(?:\S{1,3}[ \t]+){5,}\S{0,3}[ \t]*$"),
    (
        "t o  c a p i ta l ,  b l ac k  l i v e s",
        "t h e  i m m i g r a n t  p r o l e ta r i at",
        "c o n c lus i o n",
    ),
    ("a) The end does not justify", "* * *", "1 2"),
)

# The same, searched through a whole text from the line break before each line.
FURNITURE_LETTER_SPACED_LINE = _register(
    "furniture_letter_spaced_line",
    regex.compile(r"\n[ \t]*(?:\S{1,3}[ \t]+){5,}\S{0,3}[ \t]*\r?(?=\n|\Z)"),
    ("\nt o  c a p i ta l ,  b l ac k  l i v e s\n", "\nc o n c lus i o n"),
    ("\nthe conclusion of it all\n", "c o n c lus i o n"),
)

# What a note's text may open with after most labels: not a space, digit, bracket or mark.
_NOTE_TEXT_FIRST = r"[^\s\d\]\[)(.,;:*†‡§¶]"
# The start of a note at the beginning of a line: "1  Lenin", "21 This", "12. Ibid.", "[3] See",
# "(4) Cf.", "¹ Ibid.", "*   An essential", "†  Ibid."; not a Markdown link definition
# ("[1]: https://…"). Group `label` (or `sup` for superscript
# digits) is the label; the note text starts at the end of the match.
NOTE_START = _register(
    "note_start",
    regex.compile(
        r"^[ \t]{0,3}"
        r"(?:"
        r"(?P<open>[\[(])(?P<label>\d{1,3})[\])](?:\.|:(?!"
        + _HSPACE
        + r"*(?:<|https?:|www\.)))?"
        + _HSPACE
        + r"*"
        r"(?=" + _NOTE_TEXT_FIRST + r"|\[\p{L}|\d)"
        # a bare label may open a text with "(" or "§" ("2 (Compare…"), and "12. " one with
        # a number too ("2. 1 Kings is…", "369. 8 Eliz."); four digits only in that form
        r"|(?P<label>\d{1,3})(?P<punct>[.)]?)" + _HSPACE + r"+(?=[(§]|" + _NOTE_TEXT_FIRST + r")"
        r"|(?P<label>\d{1,4})(?P<punct>\.)" + _HSPACE + r"+(?=[\d(§*†‡¶]|" + _NOTE_TEXT_FIRST + r")"
        r"|(?:(?P<sup>[" + _SUPERSCRIPT_DIGITS + r"]{1,3})" + _HSPACE + r"*"
        r"|<sup>(?P<label>\d{1,3}|[*†‡§])</sup>[.:]?" + _HSPACE + r"*"
        r"|\^(?P<label>\d{1,3})[.:]?" + _HSPACE + r"+"
        r"|(?P<label>\*{1,3}|[†‡§¶]{1,2})" + _HSPACE + r"*"
        r")(?=" + _NOTE_TEXT_FIRST + r"))",
        regex.MULTILINE,
    ),
    (
        "1  Lenin, What Is",
        "21 This summary",
        "12. Ibid., 4.",
        "[3] See",
        "(4) Cf. p. 2",
        "¹ Ibid.",
        "*\u00a0\u00a0 “An essential",
        "† Ibid.",
        "10\u00a0\u00a0 Among",
        "<sup>2</sup> Ibid.",
        "^3 Ibid.",
        "2. 1 Kings is",
        "2 (Compare the",
        "1000. John Smith",
        "[4] 1680-1762.",
        "[08] [over-dot]c, perfect",
    ),
    (
        "1977),158.",
        "5.1 million",
        "* * *",
        "2000 and",
        "1)",
        "46,800 vacant",
        "^[inline]",
        "[1]: https://example.org/a",
    ),
)

# A word with a hyphen inside it ("light-framed"): where the text prints a word so within
# a line, a line break after its hyphen keeps the hyphen. Anchored on the hyphen (the part
# before it in a lookbehind, group `first`; after it, group `second`) so that a scan of a
# whole text stops only at hyphens, not at every word.
HYPHENATED_WORD = _register(
    "hyphenated_word",
    regex.compile(
        r"(?<=(?<![\p{L}\-])(?P<first>\p{L}{1,40}))-(?P<second>\p{L}{1,40})(?![\p{L}\-])"
    ),
    ("light-framed walls", "a cross-sectional study"),
    ("Differentia-\ntion", "1160-1190", "--"),
)

# Control characters that text files rarely hold (everything below U+0020 except tab, LF,
# VT, FF, CR, and ESC used by terminals). A few stray ones come out of PDF extraction;
# many of them mark binary input (see decode.py for the threshold).
BINARY_CONTROL = _register(
    "BINARY_CONTROL",
    regex.compile(r"[\x00-\x08\x0E-\x1A\x1C-\x1F]"),
    ("\x00", "PK\x03\x04"),
    ("plain text\n", "tab\there", "\x0cform feed"),
)

# What separates the cells of a table row as plain text prints it: a tab, a "|" (with the
# spaces around it), or a run of two or more spaces (pdftotext -layout, pandoc's simple
# tables). Used by text/tables.py; one space separates words, not cells.
TABLE_CELL_GAP = _register(
    "table_cell_gap",
    regex.compile(r"[ ]{0,40}[|\t][ \t]{0,40}|[ ]{2,80}"),
    ("North    41.2", "| North | 41.2 |", "North\t41.2"),
    ("North 41.2", "Guild a"),
)

# A cell that holds a number: a count, a share, a measure, a signed or bracketed value,
# perhaps with a letter glued to it (a table note's label, "41.2a"). Matched on a whole cell.
TABLE_NUMBER_CELL = _register(
    "table_number_cell",
    regex.compile(r"[(\[]?[-+−±]?(?:\d{1,20}(?:[.,]\d{1,20}){0,6}|[.,]\d{1,20})[)\]]?%?\p{Ll}?\Z"),
    ("41.2", "1,423", "-0.507", "(0.197)", "38%", "12.5a", ".75"),
    ("North", "1.01x faster", "12 km", "41.2ab"),
)

# A rule of a table drawn in text: dashes, equals signs, "+" and "|" corners, ":" alignment
# marks (pandoc's simple and grid tables, Markdown pipe tables, reST tables).
TABLE_RULE = _register(
    "table_rule",
    regex.compile(r"(?<![^\n])[ \t]{0,40}[-=+|:~][-=+|: \t~]{2,400}\Z"),
    ("  -------------- ---------------", "+------+------+", "|--------|:-----:|", "=====  ====="),
    ("- item", "-- Smith", "North", "word ----"),
)
