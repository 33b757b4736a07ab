"""Patterns of the notes stage: footnote markers in running text and the starts of notes.

No logic lives here. Each pattern is registered with examples it must match and
counter-examples it must not (``citex.registry``), which tests/test_patterns.py checks.
Repetitions are bounded: no pattern may backtrack catastrophically on hostile input.
"""

from __future__ import annotations

import regex

from citex import lexicon
from citex.registry import alternation
from citex.registry import register as _register
from citex.text.patterns import _SUPERSCRIPT_DIGITS

# What comes before a superscript that is a power, not a marker: a digit or a unit ("10 m²").
POWER_BEFORE = _register(
    "power_before",
    regex.compile(r"(?:\d|(?<!\p{L})(?:m|km|cm|mm|ft|in|sq|\p{L}{1,2}))\Z"),
    ("10", "10 m", "a km", "E = mc", "is πr"),
    ("word", "the"),
)

# A Markdown footnote definition "[^id]: text" at the start of a line.
MARKDOWN_NOTE = _register(
    "markdown_note",
    regex.compile(r"^[ ]{0,3}\[\^(?P<label>[^\]\s]{1,40})\]:[ \t]*", regex.MULTILINE),
    ("[^1]: See Marx.", "[^note-a]: Ibid."),
    ("[^1] in text", "see [1]: no"),
)

# A Project Gutenberg footnote block "[Footnote 1: text]"; the closing bracket is found by
# counting brackets in find.py, so nested "[sic]" does not end the note.
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
        r"^[ \t#*]{0,6}" + alternation(lexicon.words("NOTES_HEADINGS")) + r"[ \t*:.]*$",
        regex.MULTILINE | regex.IGNORECASE,
    ),
    ("Notes", "## Endnotes", "Anmerkungen", "NOTE", "Notas:", "Fussnoten", "Notas finales"),
    ("Notes on the text", "Notes from underground"),
)

# A footnote marker candidate in running text. One alternative per printed form:
#   md      [^id]                       Markdown reference (not a definition: no ":" after)
#   inline  ^[                          Markdown inline note
#   sup     <sup>12</sup>               HTML superscript
#   caret   ^12                         plain-text superscript
#   brack   [12] (12) [A]               bracketed number (or Gutenberg letter) after a word
#   glued   dictatorship.”1  ours9  201821   digits glued to a word or closing punctuation
#   spaced  origins 4 and  4,12 1       a lone number after a word or number (weak: often a
#                                       quantity)
#   yearcomma  1702,4                   digits after a year and a comma
#   run     engines7,8  (38,39)         the next of several markers printed together
#   lead    2Little owl                 digits opening a line, glued to a word
#   alone   [1]                         a bracketed number standing as a paragraph of its own
#   symbol  1944)*                      asterisks glued to a word or closing punctuation
#   year    from 201821                 a year with a marker glued to it (2018 + note 21)
# Every alternative starts with an ASCII character of the leading class, which lets the
# regex engine skip the rest of the text quickly (a class with non-ASCII ranges is several
# times slower); rarer non-ASCII forms are in MARKER_CANDIDATE_RARE. Candidates are chosen
# against the notes in markers.py; these patterns only find them.
# A comma counts only after a letter ("countryside,1 and"), never in "46,800".
# A semicolon or colon after a digit is a volume's or a ratio's ("2001;2:342", "2:1").
_AFTER_WORD = r"(?:[\p{L}\p{Pe}\p{Pf}\p{Pi}.!?'\"%]|(?<!\d)[;:]|(?<=\p{L}),)"
# After a marker's digits: not more of a number ("5.1", "46,800"), but maybe the next marker
# ("7,8").
_NOT_A_NUMBER_GOING_ON = r"(?![\d\p{L}]|\.\d|,\d{3}|[ \u00a0]{0,2}=)"
# The forms that start with a digit (tried at the first digit of a number only).
_DIGIT_FORMS = (
    r"(?<=" + _AFTER_WORD + r"|(?<=[\p{L}\p{Pe}\p{Pf}.;:!?,])(?:—|--))"
    r"(?P<glued>\d{1,7})" + _NOT_A_NUMBER_GOING_ON + ""
    # after a comma (tested first: it rules most places out at once)
    r"|(?<=,[ \u00a0]?)(?:"
    r"(?<=(?<!\d)(?:1[4-9]|20)\d\d,)(?P<yearcomma>\d{1,3})" + _NOT_A_NUMBER_GOING_ON + ""
    r"|(?<=(?<![\d.])\d{1,3},)(?P<run>\d{1,2})(?![\d\p{L}]|\.\d)"
    r"|(?<=(?<![\d.])\d{1,3},[ \u00a0])(?P<run>\d{1,3})(?![\d\p{L}]|\.\d))"
    r"|(?<=\()(?P<run>\d{1,3})(?=,[ \u00a0]?\d)"
    r"|(?<=[ \u00a0])(?<=[\p{L}\p{Pe}\p{Pf},;:\d][ \u00a0])(?P<spaced>\d{1,3})"
    r"(?=[ \u00a0]*(?:[,;:.)]|\s|$))(?![ \u00a0]?\.\d|\.\p{L})"
    r"|(?<=^|\n)(?P<lead>\d{1,3})(?=\p{Lu}\p{Ll})"
    r"|(?<=\p{L}[ \u00a0-])(?P<year>(?:1[4-9]|20)\d\d[1-9]\d{0,2})(?=[\s,;:.)]|$)"
)
# The forms that start with a bracket, caret, tag or asterisk.
_OTHER_FORMS = (
    r"\[\^(?P<md>[^\]\s]{1,40})\](?!:)"
    r"|(?P<inline>\^\[)"
    r"|<sup>[ \t]*(?P<sup>[0-9]{1,3}|[*†‡§])[ \t]*</sup>"
    r"|(?<!\[)\^(?P<caret>\d{1,3})(?!\d)"
    # a square bracket after anything but a line start: "BROTHER,--[1]", "1899[4]", "([4],[5])"
    r"|(?=\[)(?<=\S[ \u00a0]?)(?<!\[)(?P<bo>\[)(?P<brack>\d{1,3}|[A-Z])\](?![(:])"
    r"|(?<=" + _AFTER_WORD + r"[ \u00a0]?)(?P<bo>\()(?P<brack>\d{1,3}|[A-Z])\)"
    r"|(?<=(?:^|\n)\n)\[(?P<alone>\d{1,3})\](?=\n\n)"
    r"|(?<=" + _AFTER_WORD + r"|\d,)(?P<symbol>\*{1,3})(?=[\s,;:.)\]]|$)"
)
MARKER_CANDIDATE = _register(
    "marker_candidate",
    regex.compile(
        r"(?=[0-9\[^<*(])"
        # every form that starts with a digit follows a non-digit: skip a number's later digits
        r"(?!(?<=[0-9])[0-9])"
        r"(?:" + _OTHER_FORMS + "|" + _DIGIT_FORMS + ")"
    ),
    (
        "dictatorship.”1",
        "ours9 (",
        "origins 4 and",
        "[proletariat].1",
        "1944)*",
        "text[^1] more",
        "word<sup>3</sup>",
        "word^4",
        "word [12]",
        "from 201821 on",
        "11.15 Clinton",
        "ibid.^[Note]",
        "countryside,1 and",
        "of 1913,* with",
        "BROTHER,--[1]",
        "in 1899[4] before",
        "follows:—3",
        "in 1702,4 after",
        "engines7,8;",
        "problem (38,39),",
        "Charter 4,12 1",
        "2Little owl",
        "said.\n\n[1]\n\nWhat",
    ),
    (
        "in 1919-20",
        "46,800",
        "COVID-19",
        "* * *",
        "[^1]: definition",
        "g1 = fractions",
        "Revision: 2.Final",
        "Genetics. 2001;2:342",
    ),
)

# MARKER_CANDIDATE cut in two, for markers.py to try each only where its forms may start
# (the first digit of a number; a bracket, caret, "<" or asterisk): a search that lets the
# engine try every position of a long text is several times slower.
MARKER_CANDIDATE_DIGIT = _register(
    "marker_candidate_digit",
    regex.compile(_DIGIT_FORMS),
    ("origins 4 and", "in 1702,4 after", "ours9 ("),
    ("46,800", "COVID-19"),
)
MARKER_CANDIDATE_OTHER = _register(
    "marker_candidate_other",
    regex.compile(_OTHER_FORMS),
    ("text[^1] more", "word<sup>3</sup>", "word^4"),
    ("[^1]: definition", "* * *"),
)
# The characters other than digits a MARKER_CANDIDATE match may start with.
MARKER_OPENERS = "[^<*("
# A run of digits: where every MARKER_CANDIDATE form that starts with a digit may begin.
DIGIT_RUN = _register("digit_run", regex.compile(r"[0-9]+"), ("12", "a1"), ("a", "¹"))

# Non-ASCII marker forms, searched only in texts that contain them:
#   usup    ¹²                          Unicode superscript digits
#   symbol  word†  text‡                daggers, section and paragraph signs glued to a word
MARKER_CANDIDATE_RARE = _register(
    "marker_candidate_rare",
    regex.compile(
        r"(?P<usup>[" + _SUPERSCRIPT_DIGITS + r"]{1,3})(?![" + _SUPERSCRIPT_DIGITS + r"])"
        r"|(?<=" + _AFTER_WORD + r"|\d,?|\*)(?P<symbol>[†‡§¶]{1,2})(?=[\s,;:.)\]]|$)"
    ),
    ("word¹²", "revolution.³ The", "word† and", "symbol,† and", "Annika1†", "SM1*†"),
    ("§ 12", "a ‡ b"),
)
# The characters that may start a MARKER_CANDIDATE_RARE match.
RARE_MARKER_CHARS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079†‡§¶"

# A note's label glued to the end of a page's last body line, where pdftotext lost the line
# break ("gegen die Ra3 Vgl. Jan Bremer"): digits after a lowercase letter, then a
# capitalised word. Tried only on the line above a page number.
GLUED_NOTE_LABEL = _register(
    "glued_note_label",
    regex.compile(r"(?<=\p{Ll})(?P<label>\d{1,3})[ \t]{1,3}(?=\p{Lu}\p{Ll}{0,20}[.,:;\s])"),
    ("gegen die Ra3 Vgl. Jan Bremer", "the harbour3 See the minutes"),
    ("deutlich.1 Gleichzeitig", "in 1931 The", "the harbour3 see"),
)

# A line inside a block of notes whose label was lost: one space where the label stood, then
# the text, opening with a capital or a quotation mark (" Mara Lind, “The river…").
LOST_LABEL_LINE = _register(
    "lost_label_line",
    regex.compile(r"^ (?=[\p{Lu}\"“‘«])", regex.MULTILINE),
    (" Mara Lind, “The river", " “Flood barrier"),
    ("  Two spaces", "Mara Lind", " lower case"),
)

# A line of a page's bottom block where the body resumes after a note whose label was lost:
# one space, then the rest of a sentence (" without any warning at all.").
RESUMED_BODY_LINE = _register(
    "resumed_body_line",
    regex.compile(r"^ (?=\p{Ll})", regex.MULTILINE),
    (" without any warning at all.",),
    ("  two spaces", " Lena Marsh", "without"),
)

# A line break before a line whose first character, after up to three spaces, may open a
# note (a digit, bracket, caret, symbol, superscript): see find._NOTE_FIRST_CHARS.
NOTE_LINE_OPENER = _register(
    "note_line_opener",
    regex.compile(r"\n[^\S\n]{0,3}(?=[0-9\[(<^*†‡§¶" + _SUPERSCRIPT_DIGITS + r"])"),
    ("\n1  Lenin", "\n   [3] See", "\n¹ Ibid.", "\n† Died"),
    ("\nThe end", "\n    1 four spaces"),
)

# A note's label alone on its line, its text on the next ("  12" / "    Times, Oct. 12th"): how
# LaTeX footnotes come out of pdftotext, with the label printed in a column of its own.
NOTE_LABEL_LINE = _register(
    "note_label_line",
    regex.compile(
        r"^[ \t]{0,8}(?:\[(?P<label>\d{1,4})\]|(?P<label>\d{1,4}|[†‡§¶]{1,2}|\*{1,3})"
        r"|(?P<sup>[" + _SUPERSCRIPT_DIGITS + r"]{1,4}))[ \t]*$",
        regex.MULTILINE,
    ),
    ("  1", "12", "³", "[85]", "†"),
    ("1.5", "12 Smith", "  1990 was"),
)

# The back-link of a note copied from a web page: "^" (or "^ a b" for a note cited several
# times, as Wikipedia prints it) before the text, "↩" after it. Not part of the note.
NOTE_BACKLINK_START = _register(
    "note_backlink_start",
    regex.compile(r"\^(?:[ \t]+a(?:[ \t]+[b-z]){1,25}(?=[ \t]))?[ \t]*(?!\[)"),
    ("^ Smith", "^ a b Smith", "^"),
    ("^[inline note]", "Smith"),
)
NOTE_BACKLINK_END = _register(
    "note_backlink_end",
    regex.compile(r"\s{0,20}↩\ufe0e?\s{0,5}\Z"),
    ("Ibid. ↩", "p. 3\n\n     ↩", "x↩\ufe0e"),
    ("↩ Ibid.", "Ibid."),
)

# The next of several markers printed together after a comma ("122,123", "51, 52"): the
# finder keeps it only if it is one more than the marker before.
NEXT_IN_RUN = _register(
    "next_in_run",
    regex.compile(r",[ \u00a0]?(?P<run>\d{1,3})(?![\d\p{L}]|\.\d)"),
    (",123", ", 52"),
    (",1234", ",5.1"),
)

# The contact line of an article header ("*For correspondence: …", "Corresponding author:
# …"): the corresponding author's address, which the header's "*" points to; front matter,
# not a note. A symbol before the words or a colon after them (so "contact with" in a
# paragraph is none).
_CONTACT = alternation(lexicon.words("CONTACT_WORDS"))
CONTACT_LINE = _register(
    "contact_line",
    regex.compile(
        r"^[ \t]{0,3}(?:[*†‡]{1,2}[ \t]?" + _CONTACT + r"\b|" + _CONTACT + r"[ \t]?:)",
        regex.IGNORECASE | regex.MULTILINE,
    ),
    ("*For correspondence: a@b.org", "* Corresponding author. E-mail", "Correspondence: Dept"),
    ("contact with the natives", "*Notes on the text", "Correspondence was slow"),
)

# An affiliation line of an article header, opened by its number ("1University of Muenster",
# "2 Max Planck Institute"), which the digits after the authors' names point to.
AFFILIATION_LINE = _register(
    "affiliation_line",
    regex.compile(r"^[ \t]{0,3}(?P<number>\d{1,2})[ \t]?(?=\p{Lu}\p{L})", regex.MULTILINE),
    ("1University of Muenster", "2 Max Planck Institute"),
    ("1990 was", "12. Ibid.", "a University"),
)

# Where an article header may be: a line break before a contact line or before affiliations
# numbered 1 and 2 on consecutive lines. Starting with the line break lets the engine skip
# the text quickly (a search for "^" tries every position).
HEADER_HINT = _register(
    "header_hint",
    regex.compile(
        r"\n[ \t]{0,3}(?:(?i:[*†‡]{1,2}[ \t]?" + _CONTACT + r"\b|" + _CONTACT + r"[ \t]?:)"
        r"|1[ \t]?\p{Lu}\p{L}[^\n]{0,400}\n[ \t]{0,3}2[ \t]?\p{Lu}\p{L})"
    ),
    ("\n*For correspondence: a@b.org", "\n1University of X\n2Max Planck"),
    ("\n1University of X\n3Max Planck", "\ncontact with"),
)

# An author's line in an article header, ending in affiliation digits and symbols glued to
# the name ("ChngSerene C3", "HerzogWiebke124*", "HelkerChristian SM1*†", "Jane Doe1,2").
AUTHOR_LINE = _register(
    "author_line",
    regex.compile(r"\p{L}[*†‡]{0,2}\d{1,3}(?:,\d{1,2}){0,4}[*†‡]{0,2}[ \t]*\Z"),
    ("ChngSerene C3", "HerzogWiebke124*", "HelkerChristian SM1*†", "Jane Doe1,2"),
    ("in 1990", "Ibid., p. 3", "Chapter 12."),
)

# --- notes of a table (issue 10): letter labels in the cells, the notes under the table ---

# Superscript small letters a-h, which print table note labels ("41.2ᵃ").
SUPERSCRIPT_LETTERS = "ᵃᵇᶜᵈᵉᶠᵍʰ"

# The first note under a table, searched through a whole text from the line break before
# it: label "a" (or "ᵃ", "(a)", "a)", "a."), then its text, opening with no small letter as
# TABLE_NOTE_LABEL says, or nothing (the text below).
TABLE_NOTE_FIRST = _register(
    "table_note_first",
    regex.compile(r"\n[ \t]{0,12}\(?[aᵃ][.)]?(?:[ \t]{1,12}[^\s\p{Ll}]|[ \t]{0,12}(?:\n|\Z))"),
    ("\na Source: census", "\n  (a) Figures", "\na\nFigures", "\nᵃ Survey"),
    ("\nabout it", "\nb Source", "a Source", "\na consensus"),
)

# A note of a table at a line start: group `label` the letter (or `sup`), then its text
# opening with no small letter (prose goes on in small letters: "a consensus over…") or
# nothing (the label alone on its line, the text below).
TABLE_NOTE_LABEL = _register(
    "table_note_label",
    regex.compile(
        r"^[ \t]{0,12}\(?(?:(?P<label>[a-z])|(?P<sup>[" + SUPERSCRIPT_LETTERS + r"]))"
        r"(?:[.)]?[ \t]{1,12}(?=[^\s\p{Ll}])|[.)]?[ \t]{0,12}$)",
        regex.MULTILINE,
    ),
    ("a Source: census, 2000.", "b", "  (c) 1998 figures", "d) Estimated.", "ᵉ Survey"),
    ("a consensus over", "ab", "1 Lenin", "see a\nconsensus"),
)

# A table note's label at the end of a cell: a small letter glued to a number or a closing
# bracket ("41.2a", "38%b", "(0.4)c"), or after a word and one space ("Guild a", "Total b");
# a superscript letter after anything ("41.2ᵃ"); several apart by commas ("41.2a,b").
# Searched in the last characters of a cell.
# Not a unit after a number and a space ("25.13 s") nor the end of a word ("km").
TABLE_CELL_LABEL = _register(
    "table_cell_label",
    regex.compile(
        r"(?:(?<=[0-9%)\]])|(?<=\p{L}\p{L}[ ]))(?P<label>[a-z](?:,[a-z]){0,4})\Z"
        r"|(?P<sup>[" + SUPERSCRIPT_LETTERS + r"](?:,[" + SUPERSCRIPT_LETTERS + r"]){0,4})\Z"
    ),
    ("41.2a", "Guild a", "Total b", "38%b", "(0.4)c", "41.2ᵃ", "41.2a,b", "19.4ᵃ,ᵇ"),
    ("25.13 s", "12 km", "North", "x a"),
)

# A note on a whole table, on one line between the table and its lettered notes: a word and
# a colon ("Source: …", "Note: …", "Quelle: …").
TABLE_GENERAL_NOTE = _register(
    "table_general_note",
    regex.compile(r"[ \t]{0,12}\p{Lu}\p{Ll}{1,15}[ \t]?:[ \t]"),
    ("Source: Guild yearbook.", "  Notes: Shares in %.", "Quelle: Zensus 2000."),
    ("see: above", "The source is this", "Sources of income", "Table 1: Shares"),
)
