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
    regex.compile(r"(?<=\p{L})(?P<hyphen>[-\u00ad\u2010])[ \t]*\r?\n[ \t\u00a0]*(?=\p{L})|\s+"),
    ("Publish-\ners", "previ-\n ously", "Capitalism-\nImperialism", " ", "\n\t\u00a0"),
    ("a", "-"),
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
    regex.compile(r"^[ \t]*(?:\S{1,2}[ \t]+){5,}\S{0,2}[ \t]*$"),
    ("t o  c a p i ta l ,  b l ac k  l i v e s", "t h e  i m m i g r a n t  p r o l e ta r i at"),
    ("a) The end does not justify", "* * *", "1 2"),
)

# The start of a note at the beginning of a line: "1  Lenin", "21 This", "12. Ibid.", "[3] See",
# "(4) Cf.", "¹ Ibid.", "*   An essential", "†  Ibid.". Group `label` (or `sup` for superscript
# digits) is the label; the note text starts at the end of the match.
NOTE_START = _register(
    "note_start",
    regex.compile(
        r"^[ \t]{0,3}"
        r"(?:"
        r"(?P<open>[\[(])(?P<label>\d{1,3})[\])][.:]?" + _HSPACE + r"*"
        r"|(?P<label>\d{1,3})(?P<punct>[.)]?)" + _HSPACE + r"+"
        r"|(?P<sup>[" + _SUPERSCRIPT_DIGITS + r"]{1,3})" + _HSPACE + r"*"
        r"|(?P<label>\*{1,3}|[†‡§¶]{1,2})" + _HSPACE + r"*"
        r")"
        r"(?=[^\s\d\]\[)(.,;:*†‡§¶])",
        regex.MULTILINE,
    ),
    ("1  Lenin, What Is", "21 This summary", "12. Ibid., 4.", "[3] See", "(4) Cf. p. 2",
     "¹ Ibid.", "*\u00a0\u00a0 “An essential", "† Ibid.", "10\u00a0\u00a0 Among"),
    ("1977),158.", "5.1 million", "* * *", "2000 and", "1)", "46,800 vacant"),
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
#   brack   [12] (12)                   bracketed number after a word or punctuation
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
        r"|(?<=" + _AFTER_WORD + r"[ \u00a0]?)(?P<bo>[\[(])(?P<brack>\d{1,3})[\])]"
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
