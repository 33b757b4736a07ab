"""Patterns of the sources stage: what reading documents in their own formats needs.

Each pattern is registered with examples it must match and counter-examples it must not
(``citex.registry``), which tests/test_patterns.py checks. Repetitions are bounded.
"""

from __future__ import annotations

import regex

from citex.registry import register as _register

# Characters a Markdown footnote tag ``[^tag]`` cannot hold.
NOT_IN_NOTE_TAG = _register(
    "not_in_note_tag",
    regex.compile(r"[\s\]\[^]+"),
    ("a b", "x]", "^"),
    ("12", "*", "note-a"),
)

# Word's links from a marker to its note: "#_ftn1" (footnote), "#_edn1" (endnote).
WORD_NOTE_FRAGMENT = _register(
    "word_note_fragment",
    regex.compile(r"\A_(?:ftn|edn)[0-9]{1,5}\Z"),
    ("_ftn1", "_edn12"),
    ("_ftnref1", "fn1"),
)

# Wikipedia's links from a marker to its entry in the references list.
WIKIPEDIA_NOTE_FRAGMENT = _register(
    "wikipedia_note_fragment",
    regex.compile(r"cite_note-"),
    ("cite_note-1", "cite_note-Smith2001-3"),
    ("cite_ref-1",),
)

# Brackets and parentheses around a marker's label ("[12]", "(3)").
LABEL_BRACKETS = _register(
    "label_brackets",
    regex.compile(r"[\[\]()]"),
    ("[12]", "(3)"),
    ("12",),
)

# A note's label printed again at its start ("1. Text", "[2] Text", "3) Text", "4 Text").
NOTE_LABEL_START = _register(
    "note_label_start",
    regex.compile(r"\[?(?P<label>[^\s\].)\[]{1,12})(?:[\].)][ ]?|[ ])"),
    ("1. Text", "[2] Text", "3) Text", "4 Text", "* Text"),
    ("1917",),
)

# What a <sup> without a link holds when it may be a marker: digits only.
SUPERSCRIPT_LABEL = _register(
    "superscript_label",
    regex.compile(r"\A[0-9]{1,4}\Z"),
    ("3", "12"),
    ("th", "nd"),
)

# An XML boolean that is true ("1", "true", "on").
XML_TRUE = _register(
    "xml_true",
    regex.compile(r"\A(?:1|true|on)\Z", regex.IGNORECASE),
    ("1", "true", "On"),
    ("0", "false"),
)

# A paragraph style that is a heading, by its name ("heading 2", "Title").
HEADING_STYLE = _register(
    "heading_style",
    regex.compile(r"\A(?:heading ?(?P<level>[1-9])|title)\Z"),
    ("heading 2", "heading1", "title"),
    ("body text", "subtitle"),
)

# A line that is only a page number (arabic or roman).
PAGE_NUMBER = _register(
    "page_number",
    regex.compile(r"\A(?:[0-9]{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})\Z"),
    ("12", "xiv", "IV"),
    ("12a", "Note"),
)

# What a superscript prints when it is a note marker: digits or note symbols.
MARKER_LABEL = _register(
    "marker_label",
    regex.compile(r"\A(?:[0-9]{1,4}|[*†‡§¶]{1,3})\Z"),
    ("1", "12", "*", "††"),
    ("th", "er", "12345"),
)

# A note set with a plain (not superscript) number: "12. Text", "3 Text".
PLAIN_NOTE_START = _register(
    "plain_note_start",
    regex.compile(r"(?P<label>[0-9]{1,4})[.)]?[ ]"),
    ("12. Text", "3 Text"),
    ("1917, Text", "Text 1"),
)

# The label at a note's start and what follows it before the note's text ("⁸ ", "12. ").
NOTE_BODY_START = _register(
    "note_body_start",
    regex.compile(r"(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}|[0-9]{1,4}|[*†‡§¶]{1,3})[.)]?[ ]?"),
    ("⁸ E. P.", "12. Ibid.", "* Text"),
    ("Text",),
)

# How an HTML or XHTML page opens (lowercased): a doctype, <html>, or an XML declaration.
HTML_START = _register(
    "html_start",
    regex.compile(r"<!doctype html|<html[\s>]|<\?xml[^>]{0,200}>\s{0,20}(?:<!doctype html|<html)"),
    ("<!doctype html>", "<html lang='en'>", '<?xml version="1.0"?>\n<!doctype html>'),
    ("<?xml version='1.0'?><bib>", "# Title"),
)

# One token of an HTML page: a tag (start or end, with its attributes), a comment, a
# declaration or processing instruction. Text is what lies between tokens.
HTML_TOKEN = _register(
    "html_token",
    regex.compile(
        r"<!--.*?-->|<![^>]{0,10000}>|<\?[^>]{0,10000}>"
        r"|<(?P<close>/)?(?P<name>[A-Za-z][^\s/>]{0,100})"
        r"(?P<attributes>[^>\"']*+(?:(?:\"[^\"]*+\"|'[^']*+')[^>\"']*+){0,1000})>",
        regex.DOTALL,
    ),
    ('<a href="#fn1">', "</p>", "<!-- note -->", "<!DOCTYPE html>", "<br/>", "<sup class='x'>"),
    ("a < b", "<3"),
)

# One attribute of an HTML tag: a name and maybe a value, quoted or not.
HTML_ATTRIBUTE = _register(
    "html_attribute",
    regex.compile(
        r"(?P<name>[^\s\"'>/=]{1,200})(?:\s*=\s*(?P<value>\"[^\"]*\"|'[^']*'|[^\s\"'>]+))?"
    ),
    ('href="#fn1"', "class=note", "hidden", "epub:type='noteref'"),
    ("  ",),
)
