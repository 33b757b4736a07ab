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
    if name in PATTERN_EXAMPLES:
        raise ValueError(f"pattern name {name!r} is registered twice")
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
HYPHEN_BREAK = _register(
    "hyphen_break",
    regex.compile(r"(?<=\p{L})(?P<hyphen>[-\u00ad\u2010])[ \t]*\r?\n[ \t\u00a0]*(?=\p{L})"),
    ("Publish-\ners", "previ-\n ously", "Capitalism-\nImperialism"),
    ("1977 -\n ers", "word\nword", "-\n-"),
)

# What comes before a superscript that is a power, not a marker: a digit or a unit ("10 m²").
POWER_BEFORE = _register(
    "power_before",
    regex.compile(r"(?:\d|(?<!\p{L})(?:m|km|cm|mm|ft|in|sq))\Z"),
    ("10", "10 m", "a km"),
    ("word", "the"),
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

# A page number alone on its line ("71", "- 88 -", "p. 12").
FURNITURE_PAGE_NUMBER = _register(
    "furniture_page_number",
    regex.compile(r"^[ \t]*(?:[-–—][ \t]*)?(?:p\.[ \t]*)?\d{1,4}(?:[ \t]*[-–—])?[ \t]*$"),
    ("71", "  88 ", "- 12 -"),
    ("71 percent", "1977),158."),
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
        r"|(?P<label>\d{1,3})(?P<punct>[.)]?)" + _HSPACE + r"+"
        r"|(?P<sup>[" + _SUPERSCRIPT_DIGITS + r"]{1,3})" + _HSPACE + r"*"
        r"|<sup>(?P<label>\d{1,3}|[*†‡§])</sup>[.:]?" + _HSPACE + r"*"
        r"|\^(?P<label>\d{1,3})[.:]?" + _HSPACE + r"+"
        r"|(?P<label>\*{1,3}|[†‡§¶]{1,2})" + _HSPACE + r"*"
        r")"
        r"(?=[^\s\d\]\[)(.,;:*†‡§¶])",
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
        r"^[ \t#*]{0,6}(?:notes?|endnotes?|footnotes?|anmerkungen|fu(?:ß|ss)noten|endnoten|"
        r"notas(?: finales)?|noten|note(?: al testo)?|notes de fin)[ \t*:.]*$",
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
#   spaced  origins 4 and               a lone number after a word (weak: often a quantity)
#   symbol  1944)*                      asterisks glued to a word or closing punctuation
#   year    from 201821                 a year with a marker glued to it (2018 + note 21)
# Every alternative starts with an ASCII character of the leading class, which lets the
# regex engine skip the rest of the text quickly (a class with non-ASCII ranges is several
# times slower); rarer non-ASCII forms are in MARKER_CANDIDATE_RARE. Candidates are chosen
# against the notes in markers.py; these patterns only find them.
# A comma counts only after a letter ("countryside,1 and"), never in "46,800".
_AFTER_WORD = r"(?:[\p{L}\p{Pe}\p{Pf}\p{Pi}.;:!?'\"%]|(?<=\p{L}),)"
MARKER_CANDIDATE = _register(
    "marker_candidate",
    regex.compile(
        r"(?=[0-9\[^<*(])"
        # every form that starts with a digit follows a non-digit: skip a number's later digits
        r"(?!(?<=[0-9])[0-9])"
        r"(?:\[\^(?P<md>[^\]\s]{1,40})\](?!:)"
        r"|(?P<inline>\^\[)"
        r"|<sup>[ \t]*(?P<sup>[0-9]{1,3}|[*†‡§])[ \t]*</sup>"
        r"|(?<!\[)\^(?P<caret>\d{1,3})(?!\d)"
        r"|(?<=" + _AFTER_WORD + r"[ \u00a0]?)(?P<bo>[\[(])(?P<brack>\d{1,3}|[A-Z])[\])]"
        r"|(?<=" + _AFTER_WORD + r")(?P<glued>\d{1,7})(?![\d\p{L}]|[.,]\d)"
        r"|(?<=[\p{L}\p{Pe}\p{Pf},;:][ \u00a0])(?P<spaced>\d{1,3})"
        r"(?=[ \u00a0]*(?:[,;:.)]|\s|$))(?![ \u00a0]?[.,]\d)"
        r"|(?<=" + _AFTER_WORD + r"|\d,)(?P<symbol>\*{1,3})(?=[\s,;:.)\]]|$)"
        r"|(?<=\p{L}[ \u00a0])(?P<year>(?:1[4-9]|20)\d\d[1-9]\d{0,2})(?=[\s,;:.)]|$))"
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
    ),
    ("in 1919-20", "46,800", "COVID-19", "* * *", "[^1]: definition"),
)

# Non-ASCII marker forms, searched only in texts that contain them:
#   usup    ¹²                          Unicode superscript digits
#   symbol  word†  text‡                daggers, section and paragraph signs glued to a word
MARKER_CANDIDATE_RARE = _register(
    "marker_candidate_rare",
    regex.compile(
        r"(?P<usup>[" + _SUPERSCRIPT_DIGITS + r"]{1,3})(?![" + _SUPERSCRIPT_DIGITS + r"])"
        r"|(?<=" + _AFTER_WORD + r"|\d,)(?P<symbol>[†‡§¶]{1,2})(?=[\s,;:.)\]]|$)"
    ),
    ("word¹²", "revolution.³ The", "word† and", "symbol,† and"),
    ("§ 12", "a ‡ b"),
)
# The characters that may start a MARKER_CANDIDATE_RARE match.
RARE_MARKER_CHARS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079†‡§¶"

# --------------------------------------------------------------------------------------
# Reference fields and names (fields.py, names.py)
# --------------------------------------------------------------------------------------

# Building blocks (strings, not patterns). Every repetition is bounded: references are
# short, and a 100 kB line of digits or brackets must not make a pattern backtrack.
_DASH = r"[-‐‑‒–—―]"
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?|"
    r"genn(?:aio|\.)|febbr(?:aio|\.)|marzo|aprile|maggio|giugno|luglio|agosto|sett(?:embre|\.)|"
    r"ott(?:obre|\.)|nov(?:embre|\.)|dic(?:embre|\.)|"
    r"janv(?:ier|\.)|févr(?:ier|\.)|mars|avril|mai|juin|juil(?:let|\.)|août|"
    r"sept(?:embre|\.)|oct(?:obre|\.)|déc(?:embre|\.)|"
    r"enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|"
    r"dez(?:\.)?|fev(?:\.)?|abr(?:\.)?|ago(?:\.)?|set\.|out\.|"
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"Januar|Februar|März|Juni|Juli|Oktober|Dezember|"
    r"Spring|Summer|Fall|Autumn|Winter|Printemps|Été|Automne|Hiver|primavera|estate|autunno|inverno)"
)
# a page or a page range, as a named group: "106-17", "e1234–e1240"
_PAGE = r"(?P<page>[A-Za-z]?\d{1,6}(?:\s{0,2}[-–—‐]{1,2}\s{0,2}[A-Za-z]?\d{1,6})?)(?![\d])"
_YEAR = r"(?<![\d\p{L}])(?:1[5-9]\d\d|20[0-4]\d)(?![\d])"
MONTH = _MONTH  # the month names, for the parser's small date checks

CITATION_NUMBER = _register(
    "citation_number",
    # a leading [12], (12), 12. or "12 " before a capital: the list number, not part of the work
    regex.compile(
        r"^\s{0,20}(?:\[\s{0,3}\d{1,4}[a-z]?\s{0,3}\]|\(\d{1,4}\)|\d{1,3}\.(?=\s)|\d{1,3}\s(?=\p{Lu}))\s{0,20}"
    ),
    ("[12] A. Smith, Title", "12. Smith J. Title", "(63) Kamerlin, S.", "4 Smith, J."),
    ("1984. Title", "Smith, J. 12.", "2003 Smith"),
)

SAME_AUTHOR = _register(
    "same_author",
    # "———." or "Id.," or "ders.:" standing for the author of the reference before
    regex.compile(
        r"^(?:[—–_-]{2,40}\.?|(?:Id|Idem|Ead|Eadem|Ders|Dies|Dens|Ders|idem|id|ead|ders|dies)\.?"
        r"(?=[\s,.:]))[\s,.:]{0,5}"
    ),
    ("———. The Second Book.", "Id., Title", "ders.: Titel", "--- 1999. Title"),
    ("Idea of History", "Identity, Title", "- Title"),
)

DOI = _register(
    "doi",
    regex.compile(
        r"(?:\b(?:doi|DOI)\s{0,2}:?\s{0,2}|https?://(?:dx\.)?doi\.org/)?\b(10\.\d{4,9}/[^\s<>\"]{1,300})"
    ),
    ("doi:10.1000/182", "https://doi.org/10.1093/ajae/aaq063.", "DOI 10.1016/j.cell.2009.01.002"),
    ("10.5 per cent", "version 10.2"),
)

URL = _register(
    "url",
    regex.compile(r"<?\b(?:(?:https?|ftp)://|www\.)[^\s<>\"]{2,2000}>?"),
    ("http://example.org/a?b=1", "<https://x.org/p>", "www.utopiarossa.blogspot.com"),
    ("http: or https", "the www of things"),
)

ONLINE_LABEL = _register(
    "online_label",
    # the words that introduce a URL or DOI: dropped with it
    regex.compile(
        r"(?:\[(?:online|Online|Internet|en ligne|Electronic version)\]|"
        r"(?:Available|available|Retrieved|retrieved|Online|online|Disponível|Disponible|URL)"
        r"(?:\s(?:at|from|on|online|em|en|in|sur))?\s{0,3}:?)\s{0,3}$"
    ),
    ("Retrieved from ", "Available at: ", "[online] "),
    ("Available evidence suggests",),
)

ACCESSED = _register(
    "accessed",
    # "accessed 3 May 2010", "retrieved June 19, 1998", "consultato il 2/3/2012"
    regex.compile(
        r"[(\[]?\b(?:[Aa]ccessed|[Vv]iewed|[Cc]onsultato(?:\sil)?|[Cc]onsulté(?:\sle)?|[Aa]bgerufen(?:\sam)?|[Aa]bruf(?:\sam)?|"
        r"[Aa]cesso\sem|[Cc]onsultado(?:\sel)?|[Zz]ugriff(?:\sam)?|[Cc]ited|[Lastl]{4}\saccessed)\s{0,3}(?:on\s)?:?\s{0,3}"
        r"(?P<date>(?:\d{1,2}(?:st|nd|rd|th)?\.?\s{0,2})?(?:"
        + r"(?i:"
        + _MONTH
        + r")\.?\s{0,2}|\d{1,2}[./-]\d{1,2}[./-])?"
        r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s{0,2})?(?:1[5-9]\d\d|20[0-4]\d)(?:[./-]\d{1,2}[./-]\d{1,2})?)[)\]]?"
    ),
    (
        "accessed 3 May 2010",
        "Accessed June 19, 1998",
        "(accessed 2012-05-01)",
        "abgerufen am 2.3.2012",
    ),
    ("accessed the archive",),
)

ISBN = _register(
    "isbn",
    regex.compile(
        r"\bISBN(?:-1[03])?\s{0,2}:?\s{0,2}(?P<isbn>(?:97[89][\s-]?)?\d[\d\s-]{7,14}[\dXx])\b"
    ),
    ("ISBN 978-0-19-953556-9", "ISBN: 0-14-044913-5", "ISBN-10 014044913X"),
    ("ISBN unknown",),
)

ISSN = _register(
    "issn",
    regex.compile(r"\bISSN\s{0,2}:?\s{0,2}(?P<issn>\d{4}-?\d{3}[\dXx])\b"),
    ("ISSN 0028-0836", "ISSN: 1234567X"),
    ("ISSN pending",),
)

ARXIV = _register(
    "arxiv",
    regex.compile(
        r"\barXiv\s{0,2}:?\s{0,2}(?P<id>\d{4}\.\d{4,5}(?:v\d{1,3})?|[a-z-]{2,20}(?:\.[A-Z]{2})?/\d{7}(?:v\d{1,3})?)"
    ),
    ("arXiv:1706.03762", "arXiv preprint arXiv:1412.6980v9", "arXiv:hep-th/9711200"),
    ("arXiv preprint",),
)

IBID = _register(
    "ibid",
    # "Ibid., 229", "Ivi, p. 3", "Ebd., S. 4": the same work as the citation before
    regex.compile(
        r"^(?:Ibid|ibid|Ibidem|ibidem|Ivi|ivi|Ebd|ebd|Ebenda|ebenda|Ib|ib)\.?"
        r"(?=\s{0,2}(?:[,.;:]|$|\d|pp?\.|S\.))[\s,.;:]{0,4}"
    ),
    ("Ibid., 229.", "Ivi, p. 3", "Ebd., S. 4", "Ibid."),
    ("Ibidem Press, 2003", "Ivins, J."),
)

SHORT_FORM_MARK = _register(
    "short_form_mark",
    # "op. cit.", "cit.", "loc. cit.", "a.a.O.": a work cited in full earlier
    regex.compile(
        r"(?:,\s{0,2})?(?<![\p{L}])(?:op\.\s?cit|loc\.\s?cit|art\.\s?cit|cit|a\.\s?a\.\s?O)\.(?:,)?"
    ),
    ("Trotsky, op. cit., pp. 12-14", "«Trente ans…», cit.", "Marx, a.a.O., S. 3"),
    ("city", "cited by"),
)

LOCATOR_ONLY = _register(
    "locator_only",
    # a cited place and nothing else (match): "229", "p. 126", "ch. 5", "61–69; 106–39"
    regex.compile(
        r"\s{0,3}(?P<label>pp?\.|S\.|pág\.|págs\.|ch\.|chap\.|chapter|cap\.|Kap\.|§|n\.|note)?\s{0,2}"
        r"(?P<value>(?:[A-Za-z]?\d{1,5}[a-z]?|[IVXLCDM]{1,8}|[ivxlcdm]{1,8})"
        r"(?:\s{0,2}" + _DASH + r"{1,2}\s{0,2}\d{1,5})?"
        r"(?:[,;]\s{0,2}\d{1,5}(?:\s{0,2}" + _DASH + r"{1,2}\s{0,2}\d{1,5})?){0,20}"
        r"(?:\s?(?:ff?|sqq?|et seq)\.?)?)\s{0,3}[.;]?\s{0,3}$"
    ),
    ("229.", "p. 126", "ch. 5", "61–69; 106–39"),
    ("Smith", "p. Smith"),
)

THESIS_TAG = _register(
    "thesis_tag",
    # APA's bracketed genre and school after a thesis title
    regex.compile(
        r"\s{0,2}\[(?P<genre>(?:[Dd]octoral|[Mm]aster'?s|[Uu]npublished)[^\[\],]{0,30}(?:dissertation|thesis))"
        r"(?:,\s{0,2}(?P<school>[^\[\]]{2,100}))?\]"
    ),
    ("Exile [Doctoral dissertation, Columbia University].", "[Master's thesis, MIT]"),
    ("[Internet]",),
)

MEDIA_ROLE = _register(
    "media_role",
    # APA's roles after a film's or recording's makers: "(Director)", "(Producers)",
    # "(Writer/Director)", "(Executive Producer)"
    regex.compile(
        r"\s{0,2}\((?:(?:Executive\s)?(?:Director|Producer|Writer|Host|Composer|Performer|Narrator|"
        r"Interviewer|Speaker|Artist|Photographer|Presenter)s?/?){1,3}\)(?:(?<=\.\s{0,2}\(.{1,60})\.)?"
    ),
    ("Moore, M. (Writer/Director).", "Davidson, J. (Director).", "K. (Producers), &"),
    ("(Eds.)", "(Directory)"),
)

NAME_INITIALS_IN_PARENS = _register(
    "name_initials_in_parens",
    # French bibliographies' "SIERVO (M.), GREY (P.)": a family name, its initials in parentheses
    regex.compile(
        r"(?:^|(?<=[,;]\s|\s(?:et|and|&)\s))(?P<family>\p{Lu}[\p{L}'’-]{1,30})\s\("
        r"(?!(?:Eds?|Hg|Hgg|Dir|Comp|Coord|Org|Ders|Id)\.)"
        r"(?P<given>\p{Lu}\p{Ll}?\.(?:\s?-?\p{Lu}\p{Ll}?\.){0,3})\)"
    ),
    ("SIERVO (M.), GREY (P.)", "Kefi (N.), Le château", "Robert (P.-Ch.)"),
    ("Smith (2001)", "Smith (Ed.)"),
)

HEAD_ASIDE = _register(
    "head_aside",
    # a remark in parentheses after the first "Family, Given" (match): "Esty, Joshua (Jed).",
    # "Céline, Louis-Ferdinand (Louis-Ferdinand Destouches).", "Hartner, Marcus (forthcoming)."
    regex.compile(
        r"\p{Lu}[\p{L}'’ -]{1,40},\s\p{Lu}[\p{L}.'’ -]{0,40}?"
        r"(?P<aside>\s\((?![sSnNoO]\.\s?[dDjJ]\.)[^()\d]{2,60}\))(?=[.,])"
    ),
    ("Esty, Joshua (Jed). Unseasonable", "Hartner, Marcus (forthcoming). “Images"),
    ("Smith, J. (2001).", "Contassot, F. (s. d.)."),
)

ROLE_IN_PARENS = _register(
    "role_in_parens",
    # APA's translators or editors after a title: "(F. Brown, Trans.)", "(J. Smith, Ed.)"
    regex.compile(
        r"\s{0,2}\((?:(?P<pre>[^();]{1,40});\s{0,2})?(?P<names>[^();]{2,120}?),\s{0,2}"
        r"(?P<role>[Tt]rans|[Tt]ransl|[Tt]rad|Übers|[Ee]ds?)\.\)"
    ),
    ("Capital (J.-P. Rossi, Trans.). Verso.", "(2nd ed.; C. Müller, Trans.)"),
    ("(2001)", "(Eds.)"),
)

MEDIUM_TAG = _register(
    "medium_tag",
    # a bracketed medium or genre after a title (Vancouver, MLA): not part of the title
    regex.compile(
        r"\s{0,2}\[(?:Internet|internet|[Oo]nline|[Ee]n ligne|CD-ROM|DVD|"
        r"[Mm]onograph on the Internet|[Dd]issertation|[Tt]hesis|[Mm]aster's thesis|"
        r"[Dd]octoral dissertation|[Ee]lectronic version|[Ee]-book|[Ee]book)\]"
    ),
    ("Title [Internet]. Site", "Memory [dissertation].", "[online]"),
    ("[12]", "[Gli anarchici, 1969]"),
)

YEAR = _register(
    "year",
    # a plausible publication year with an optional disambiguating letter (2003a)
    regex.compile(_YEAR + r"(?P<suffix>[a-z](?![\p{L}]))?"),
    ("(2003)", "Paris 1921", "2003a.", "1994,"),
    ("12003", "x1999", "3000"),
)

NO_DATE = _register(
    "no_date",
    regex.compile(
        r"(?<![\p{L}])(?:n\.\s?d\.|s\.\s?d\.|o\.\s?J\.|s\.\s?f\.|sans date|no date|undated)"
        r"(?![\p{L}])"
    ),
    ("(n.d.)", "Paris, s.d.", "Berlin o. J.,"),
    ("and.",),
)

DATE = _register(
    "date",
    # month names or numeric days around a year: "June 19, 1998", "4 January 2012", "Nov. 1947"
    regex.compile(
        r"(?:(?P<day1>\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s{0,2}(?:de\s)?)?(?P<month1>"
        + _MONTH
        + r")\.?"
        r"(?:\s{0,2}(?P<day2>\d{1,2})(?:st|nd|rd|th)?(?:\s?[-–]\s?\d{1,2})?,?)?\s{0,2}(?:de\s)?"
        r"(?P<year>" + _YEAR + r")"
        r"|(?P<year2>"
        + _YEAR
        + r")[,.]?\s{1,2}(?P<month2>"
        + _MONTH
        + r")\.?(?:\s{1,2}(?P<day3>\d{1,2})(?![\d]))?"
        r"|(?P<year3>" + _YEAR + r")-(?P<month3>[01]\d)-(?P<day4>[0-3]\d)",
        regex.IGNORECASE,
    ),
    (
        "June 19, 1998",
        "4 January 2012",
        "Nov. 1947",
        "1994, February",
        "2012-05-01",
        "1er mai 1968",
    ),
    ("June", "1998"),
)

DATE_BEFORE_YEAR = _register(
    "date_before_year",
    # what may stand before a year in a date, ending right at it: "June 19, ", "4 January ",
    # "Nov. ", "1er mai "; fields.py checks the word against its table of month names
    regex.compile(
        r"(?:(?P<day1>\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s{0,2}(?:de\s)?)?(?P<month>\p{L}{3,10})\.?"
        r"(?:\s{0,2}(?P<day2>\d{1,2})(?:st|nd|rd|th)?(?:\s?[-–]\s?\d{1,2})?,?|,)?\s{0,2}(?:de\s)?$"
    ),
    ("June 19, ", "4 January ", "Nov. ", "1er mai ", "15 de março de ", "February, "),
    ("Smith; ",),
)

DATE_AFTER_YEAR = _register(
    "date_after_year",
    # what may follow a year in a date (match at the year's end): ", February", " May 4", "-05-01"
    regex.compile(
        r"(?:[,.]?\s{1,2}(?P<month>\p{L}{3,10})\.?(?:\s{1,2}(?P<day>\d{1,2})(?!\d))?"
        r"|-(?P<iso_month>[01]\d)-(?P<iso_day>[0-3]\d))"
    ),
    (", February", " May 4", "-05-01"),
    (": 12",),
)

PAGE_RANGE = _register(
    "page_range",
    # 106-17, 377–89, e1234–e1240, S12-S19, 1098-1101, XIX
    regex.compile(
        r"(?<![\w/.])(?P<first>[A-Za-z]?\d{1,6}[a-z]?)(?:\s{0,2}"
        + _DASH
        + r"{1,2}\s{0,2}(?P<last>[A-Za-z]?\d{1,6}[a-z]?))?(?![\w/]|\.\d)"
    ),
    ("106-17", "pp. 377–89", "e1234–e1240", "1098 - 1101"),
    ("abc",),
)

PAGE_LABEL = _register(
    "page_label",
    # the label before a page or range, in the languages of our users
    regex.compile(
        r"(?<![\p{L}])(?P<label>pp|p|pgs?|pág|págs|S|Seiten?|pages?|col|cc?)\.?\s{0,2}"
        r"(?=\d|[IVXLCivxlc]{1,7}(?![\p{L}]))",
    ),
    ("pp. 16-17", "p. 126", "S. 45", "pág. 12", "pages 3-9"),
    ("app 12", "Sp12", "ACM SIGMETRICS"),
)

LOCATOR_TAIL = _register(
    "locator_tail",
    # the cited place at the end of a note: ", 218", ", p. 126", ", ch. 4", "),158",
    # ", pp. 86–91, 111"
    regex.compile(
        r"(?:[,)]\s{0,3}|\s)(?P<label>pp?\.|S\.|pág\.|págs\.|ch\.|chap\.|cap\.|chapter|Kap\.|§|n\.|note|para\.|fig\.)?\s{0,2}"
        r"(?P<value>(?:[A-Za-z]?\d{1,5}[a-z]?|[IVXLCDM]{1,8}|[ivxlcdm]{1,8})"
        r"(?:\s{0,2}" + _DASH + r"{1,2}\s{0,2}[A-Za-z]?\d{1,5})?"
        # further pages of a list: short numbers or ranges, never a year (", 1997")
        r"(?:,\s{0,2}(?:\d{1,5}\s{0,2}" + _DASH + r"{1,2}\s{0,2}\d{1,5}|\d{1,3}(?!\d))){0,20}"
        r"(?:\s?(?:ff?|sqq?|et seq)\.?)?)\s{0,3}[.;]?\s{0,3}$"
    ),
    (", 218", "),158", ", p. 126", ", ch. 4", ", pp. 86–91, 111, 121–29", " p. XIX"),
    (", Press", " vol."),
)

LOCATOR_TAIL_STRETCH = _register(
    "locator_tail_stretch",
    # the last stretch (at most 100 characters) made only of characters a LOCATOR_TAIL match
    # can hold: that match starts inside it, so searching from its start finds the same one
    # (searched in reverse, from the end: one pass over the stretch)
    regex.compile(r"(?r)[" + _DASH[1:-1] + r"A-Za-z\d\s,).;§á]{0,100}\Z"),
    ("Verso, 2014), 29–30.", "Id., p. 12", "cit., pp. 86-91, 111"),
)

VOLUME_LABEL = _register(
    "volume_label",
    regex.compile(
        r"(?<![\p{L}])(?:[Vv]ols?|[Vv]olume|[Vv]|Bd|Band|[Tt]|[Tt]ome|[Tt]omo|Jg|Jahrgang|Anno|anno|a)\.?\s{0,2}"
        r"(?P<volume>\d{1,5}[A-Za-z]?|[IVXLCDM]{1,8}\b)(?:\s?[-–/]\s?(?P<to>\d{1,5}))?"
    ),
    ("vol. 1", "Vol 36", "v. 32", "Bd. 4", "t. II", "Vol. XII"),
    ("volume two", "vol. xyz"),
)

ISSUE_LABEL = _register(
    "issue_label",
    regex.compile(
        r"(?<![\p{L}])(?:[Nn]os?|[Nn][°ºo]|[Nn]|[Nn]r|[Nn]úm|[Nn]um|[Nn]umber|[Ii]ssue|[Hh]eft|H|[Ff]asc|[Nn]\.º)\.?\s{0,2}"
        r"(?P<issue>\d{1,5}[A-Za-z]?(?:\s?[/-–]\s?\d{1,5})?)(?![\d])"
    ),
    ("no. 3", "n. 9/10", "nº 59", "Nr. 4", "núm. 12", "issue 2", "Heft 3"),
    ("note 3", "non 3"),
)

VOLUME_ISSUE = _register(
    "volume_issue",
    # journal numbering without labels: 36(2), 6(1), 108 (2), 44: 58
    regex.compile(
        r"(?<![\w.])(?P<volume>\d{1,5})\s{0,2}\((?P<issue>[A-Za-z]{0,8}\s?\d{1,5}(?:\s?[-–/]\s?\d{1,5})?)\)"
    ),
    ("36(2)", "6 (1)", "108(Suppl 2)", "12(3-4)"),
    ("(2)", "1998"),
)

EDITION = _register(
    "edition",
    regex.compile(
        r"(?<![\p{L}])(?P<edition>(?:\d{1,3}(?:st|nd|rd|th|a|e|ª|°|\.)?|[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|"
        r"[Rr]ev(?:ised)?\.?|[Nn]ew|[Ee]xpanded|[Ee]nlarged)\s{0,2}"
        r"(?:[Ee]d|edn|[Ee]dition|Aufl|Auflage|éd|édition|edición|edizione|edição)\b\.?)"
    ),
    ("2nd ed.", "3rd edn", "2. Aufl.", "Revised edition", "4a edizione"),
    ("edited by", "ed. by"),
)

EDITOR_ROLE = _register(
    "editor_role",
    # "(Eds.)", "(ed.)", "(Hg.)", "(a cura di)", "(dir.)" after the editors' names
    regex.compile(
        r"\(\s{0,2}(?:[Ee]ds?|[Ee]ditors?|[Ee]d|Hg|Hgg|Hrsg|hg|hrsg|dir|éds?|coords?|orgs?|"
        r"a cura di|comp|comps)\.?\s{0,2}\)"
        r"|,\s{0,2}(?:eds?|editors?|Eds?|Editors?)\.?(?=\s{0,2}(?:[,.:]|$))"
    ),
    ("(Eds.)", "(ed.)", "(Hg.)", "(a cura di)", ", eds."),
    ("(edited)", "(Edinburgh)"),
)

IMPRINT_AHEAD = _register(
    "imprint_ahead",
    # a place and its colon coming next (match): " New Haven: Yale…" after IEEE's ", Eds."
    regex.compile(r"\s{0,3}\p{Lu}[\p{L}.' -]{0,40}(?:,\s\p{Lu}[\p{L}.]{1,15})?:\s"),
    (" New Haven: Yale", " London: Routledge", " Cambridge, MA: MIT"),
    (" Douglas Massey (New York",),
)

EDITOR_PREFIX = _register(
    "editor_prefix",
    # "ed. Douglas Massey", "edited by A. Chitarin", "a cura di", "hrsg. von", "éd. par"
    regex.compile(
        r"(?<![\p{L}])(?:[Ee]dited\sby|[Ee]d\.\sby|[Ee]ds?\.|[Ee]dited|[Aa]\scura\sdi|[Hh]rsg\.(?:\sv(?:on|\.))?|"
        r"[Hh]g\.(?:\sv(?:on|\.))?|[Hh]erausgegeben\svon|[ÉéEe]d\.\spar|[Éé]dité\spar|[Ss]ous\sla\sdirection\sde|"
        r"[Dd]ir\.|[Ee]dición\sde|[Ee]d\.\sde|[Oo]rg\.(?:\spor)?|[Cc]urated\sby|[Cc]ompiled\sby)\s{1,3}(?=\p{Lu})"
    ),
    ("ed. Douglas Massey", "edited by A. Chitarin", "a cura di M. Rossi", "hrsg. von K. Marx"),
    ("edited volume", "red. wine"),
)

TRANSLATOR_PREFIX = _register(
    "translator_prefix",
    regex.compile(
        r"(?<![\p{L}])(?:[Tt]ranslated\s(?:and\sedited\s)?by|[Tt]rans\.(?:\sby)?|[Tt]ransl\.(?:\sby)?|[Tt]r\.|"
        r"[Tt]rad\.(?:\sit\.|\sfr\.)?(?:\sdi|\spar|\sde)?|[Tt]raduzione\sdi|[Tt]raduit\spar|[Tt]raducción\sde|"
        r"[Tt]radução\sde|[Üü]bers\.(?:\sv(?:on|\.))?|[Üü]bersetzt\svon|[Üü]bersetzung)\s{1,3}(?=\p{Lu})"
    ),
    ("trans. Richard Howard", "translated by M. Sells", "trad. di L. Rossi", "Übers. v. K. Marx"),
    ("transport", "trade"),
)

CONTAINER_IN = _register(
    "container_in",
    # "In:", "in", "dans", "en:", "em:" that open the book or journal a part appears in
    regex.compile(
        r"(?:^|(?<=[.,;:”»\"’)?!\x1f]\s{0,2}))(?:[Ii]n:?|[Dd]ans|[Ee]n:?|[Ee]m:?|[Ii]m:)\s{1,3}"
        r"(?=[\p{Lu}\p{N}«“\"„‘]|(?:van|von|de|di|da|le|la|du|del|della|der|den|dos|das)\s\p{Lu})"
    ),
    (
        "In J. Smith (Ed.), Book",
        ", in Selected Works",
        ". In: Proceedings",
        "», dans Annales",
        "’, in van Gennep, E. (ed.)",
    ),
    ("within Reach", "in the garden", "Purity in Print"),
)

PLACE_PUBLISHER = _register(
    "place_publisher",
    # "New York: Verso", "Athens, GA: University of Georgia Press", "Rio de Janeiro: Aeroplano"
    regex.compile(
        r"(?<![\p{L}])(?P<place>\p{Lu}[\p{L}'’.-]{1,30}(?:\s(?:\p{Lu}[\p{L}'’.-]{0,30}|de|am|an|upon|on|sur|del|and|&|und|e|et)){0,4}"
        r"(?:[/,]\s?\p{Lu}[\p{L}.]{1,15}(?:\s\p{Lu}[\p{L}.]{1,15})?){0,2})\s{0,2}:\s{0,3}(?P<publisher>[^:;]{2,150})$"
    ),
    ("New York: Verso", "Athens, GA: The University of Georgia Press", "Rio de Janeiro: Aeroplano"),
    ("a title: subtitle",),
)

PUBLISHER_WORD = _register(
    "publisher_word",
    # words that mark a publisher's name
    regex.compile(
        r"(?<![\p{L}])(?:Press|Presses|University|Universitaires|Universitat|Verlag|Verlags|Publishers?|Publishing|Publications|Books?|"
        r"Edizioni|Editions|Éditions|Ediciones|Edições|Editora|Editorial|Editore|Editori|Editrice|Ed\.|ed\.|Libr(?:airie|eria|ary)|"
        r"Inc|Ltd|Co\.|GmbH|Company|Associates|Academic|Gallimard|Einaudi|Feltrinelli|Laterza|Mondadori|Seuil|"
        r"Suhrkamp|Maspero|Routledge|Wiley|Springer|Elsevier|Macmillan|Penguin|Verso|Norton|Harper|Knopf|"
        r"Blackwell|Sage|Pergamon|Kluwer|UP|Universidade|Università|Universidad|Université|Universität|Hachette|Dunod|PUF|Flammarion|Payot|Bompiani|Garzanti|Rizzoli|Olschki|Rowohlt|Pluto|Fazi|"
        r"Morgan\sKaufmann|Prentice[\s-]Hall|Addison[\s-]Wesley|McGraw[\s-]Hill|North[\s-]Holland|Birkhäuser|"
        r"Erlbaum|Longman|Methuen|Doubleday|Tauris|Benjamins|Mouton|Niemeyer|Vieweg|Teubner|Larousse|Minuit|"
        r"Harmattan|Alianza|Anagrama|Paidós|Adelphi|Donzelli|Carocci|Zanichelli|Hoepli|Giuffrè|Wadsworth|"
        r"Thieme|Karger|Hogrefe|Kohlhammer|Schöningh|Vandenhoeck|Klincksieck|Armand\sColin|Odile\sJacob)(?![\p{L}])"
    ),
    ("Oxford University Press", "Jaca Book", "Suhrkamp Verlag", "Libreria Editrice", "Massari ed."),
    ("pressure", "Booking"),
)

THESIS = _register(
    "thesis",
    regex.compile(
        r"(?<![\p{L}])(?:[Tt]hesis|[Dd]issertation|Diss\.|[Tt]esi(?:\sdi\slaurea)?|[Tt]hèse|[Tt]esis|[Tt]ese|"
        r"Habilitationsschrift|Ph\.?\s?D\.?|M\.?\s?Sc?\.?\s[Tt]hesis|[Mm]aster'?s)(?![\p{L}])"
    ),
    ("PhD thesis", "Unpublished doctoral dissertation", "Tesi di laurea", "Diss. Univ. Wien"),
    ("hypothesis", "thesaurus"),
)

THESIS_LEAD = _register(
    "thesis_lead",
    # the genre words before a thesis's university (match): "Diss. ", "PhD thesis, ", "Tese – "
    regex.compile(
        r"(?:(?:Unpublished\s)?(?:[Dd]octoral\s|[Mm]aster'?s\s|Ph\.?\s?D\.?\s)?(?:[Tt]hesis|[Dd]issertation)|"
        r"Diss\.|[Tt]esi(?:\sdi\slaurea)?|[Tt]hèse|[Tt]esis|[Tt]ese|Habilitationsschrift)[\s,.:–-]{0,4}"
    ),
    ("Diss. Universität Heidelberg", "PhD thesis, MIT", "Tese – USP"),
    ("Universität Heidelberg",),
)

REPORT = _register(
    "report",
    regex.compile(
        r"(?<![\p{L}])(?:[Rr]eport|Tech\.\s[Rr]ep\.|[Ww]orking\s[Pp]aper|[Dd]iscussion\s[Pp]aper|[Rr]apport|Bericht|"
        r"[Mm]emorandum|[Tt]echnical\s[Nn]ote|[Ww]hite\s[Pp]aper)(?![\p{L}])"
    ),
    ("Technical report", "Working Paper 12", "Rapport annuel"),
    ("reporter",),
)

ABBREVIATED_WORD = _register(
    "abbreviated_word",
    # a capitalised word of four or more letters cut short with a full stop (match):
    # "Amer.", "Math." — a journal's abbreviation, not a person's name
    regex.compile(r"\p{Lu}\p{Ll}{3,9}\.(?=\s|$)"),
    ("Amer. Math.", "Math."),
    ("Richard Howard", "A. Smith"),
)

SERIES_NAME = _register(
    "series_name",
    # words that name a book series: "Lecture Notes in Computer Science", "Springer Series in
    # …", "Schriftenreihe des …", "Coll. Folio Essais", "Graduate Texts in Mathematics"
    # ("Series B" of a journal is a section, not a series)
    regex.compile(
        r"(?<![\p{L}])(?:[Ss]eries(?!\s\p{Lu}(?![\p{L}]))|[Ss]erie|[Ll]ecture\s[Nn]otes|\p{L}{0,20}[Rr]eihe|Coll\.|"
        r"[Cc]ollection|[Cc]ollana|[Cc]olección|[Cc]oleção|Bibliothèque|[Tt]exts\sin|[Mm]onographs\sin|"
        r"[Ss]upplements\sto|Beihefte?\szu|[Ss]tudies\sin|Studien|Library\sof|Bibliothek)(?![\p{L}])"
    ),
    (
        "Lecture Notes in Computer Science",
        "Springer Series in Mathematics",
        "Coll. Folio",
        "Schriftenreihe des Kreises",
        "Graduate texts in mathematics",
    ),
    ("Journal of the Royal Statistical Society, Series B", "Collected Papers"),
)

SERIES_OF = _register(
    "series_of",
    # the series after its volume number (match): "volume 989 of Lecture Notes…" leaves
    # "of Lecture Notes in Computer Science"
    regex.compile(r"of\s(?=\p{Lu})"),
    ("of Lecture Notes in Computer Science", "of Math. Sci. Res. Inst. Publ"),
    ("Proceedings of the",),
)

TITLE_SERIES = _register(
    "title_series",
    # a series with its number in parentheses at a title's end: " (Studien zur X 20)",
    # " (BAR International Series, 604)"
    regex.compile(r"\s\((?P<series>\p{Lu}[^()]{3,100}?,?\s(?:[Vv]ol\.\s?)?\d{1,5})\)$"),
    (" (Patristische Studien 20)", " (BAR International Series, 604)"),
    (" (1589-1595)",),
)

SERIES_NUMBER = _register(
    "series_number",
    # a series' own number at its end: " 392", ", 604", ", vol. 12", " Vol. 6"
    regex.compile(r",?\s(?:(?:[Vv]ol|[Nn]o|[Nn]r|[Bb]d|n)\.\s?)?\d{1,5}$"),
    ("Lecture Notes in Computer Science 392", "BAR International Series, 604", "Physics Vol. 6"),
    ("Series",),
)

REPORT_NUMBER_LEFT = _register(
    "report_number_left",
    # what is left of a report's number once its digits were read (fullmatch): "TR-",
    # "CS-TR-", "TU Wien rr-", "#", "COMPSI T-RA", "CIS-"
    regex.compile(
        r"(?:\S{1,15}\s){0,2}\S{0,15}[-#]|[\p{Lu}\p{N}][\p{Lu}\p{N}/#.-]{0,15}(?:\s[\p{Lu}\p{N}][\p{Lu}\p{N}/#.-]{0,15})?"
    ),
    ("TR-", "CS-TR-", "TU Wien rr-", "#", "COMPSI T-RA"),
    (),
)

ACRONYM_PUBLISHER = _register(
    "acronym_publisher",
    # a society publishing a proceedings, named by its acronym (fullmatch): "IEEE", "ACM", "AAAI"
    regex.compile(r"(?!(?:USA|UK|NY|NJ|CA|MA|DC|UAE)$)\p{Lu}{3,6}"),
    ("IEEE", "ACM", "AAAI"),
    ("USA", "ieee"),
)

QUOTED_TITLE_JOURNAL = _register(
    "quoted_title_journal",
    # the one stretch after a quoted title that may name its journal (fullmatch): capitalised
    # words without digits, commas or colons ("Observer", "Applied Optics", "CVPR")
    regex.compile(r"\p{Lu}[^\d,:;]{0,120}"),
    ("Observer", "Applied Optics", "CVPR"),
    ("preprint", "3,712,959"),
)

JOURNAL_ABBREVIATION = _register(
    "journal_abbreviation",
    # a journal's abbreviated name standing alone (fullmatch): "ApJ", "A&A", "MNRAS",
    # "Phys. Rev. Lett", "Nano Lett", "Opt. Express"
    regex.compile(r"\p{Lu}[\p{L}&]{0,7}\.?(?:\s\p{Lu}[\p{L}&]{0,7}\.?){0,4}"),
    ("ApJ", "A&A", "MNRAS", "Phys. Rev. Lett", "Nano Lett"),
    ("a study of things",),
)

GENRE_LEAD = _register(
    "genre_lead",
    # a stretch that opens with a report or thesis genre (match): "Technical Report TR-93",
    # "PhD thesis, …", "Working Paper 12": the kind of work, not a container
    regex.compile(
        r"(?:\p{Lu}{2,6}\s){0,3}(?:(?:[Tt]ech(?:nical|\.)?|[Rr]esearch|[Ii]nternal)\s(?:\p{Lu}\p{Ll}+\s){0,2}"
        r"(?:[Rr]eport|[Rr]ep\.?|Rpt\.?|[Nn]ote|[Mm]emo)"
        r"|[Ww]orking\s[Pp]aper|[Dd]iscussion\s[Pp]aper|(?:Ph\.?\s?D\.?|[Mm]aster'?s|[Dd]octoral)\s(?:[Tt]hesis|[Dd]issertation)"
        r"|[Tt]hesis|[Dd]issertation"
        r"|[Rr]eport(?=\s(?:[Nn]o\.\s?)?[\p{Lu}\p{N}][\p{L}\p{N}/-]{0,14}\d))(?![\p{L}])"
        # the report's number: "TR93-04-03", "No. STAN-CS-92-1462", "UCB/ERL M90/36"
        r"(?:\s{1,2}(?:[Nn]o\.\s?)?[\p{L}\p{N}][\p{L}\p{N}/-]{0,14}\d[\p{L}\p{N}./-]{0,24}"
        r"(?:\s[\p{Lu}\p{N}][\p{L}\p{N}/-]{0,10}\d[\p{L}\p{N}./-]{0,12})?)?"
    ),
    (
        "Technical Report TR93-04-03",
        "Tech. Rep. 12",
        "PhD thesis",
        "Working Paper 5",
        "Report No. STAN-CS-92-1462",
    ),
    ("Technology Review", "Reports on Progress in Physics"),
)

CONFERENCE = _register(
    "conference",
    regex.compile(
        r"(?<![\p{L}])(?:Proc\.|Proceedings|Conference|Conf\.|Symposium|Symp\.|Workshop|Congress|Congresso|Colloque|Tagung|Meeting)(?![\p{L}])"
    ),
    ("Proceedings of the ACM", "Proc. Intern. Conference", "Annual Meeting"),
    ("proceeding slowly",),
)

NEWSPAPER = _register(
    "newspaper",
    regex.compile(
        r"(?<![\p{L}])(?:Times|Post|Guardian|Herald|Tribune|Gazette|Gazzetta|Corriere|Repubblica|Monde|Figaro|"
        r"Zeitung|Journal\s(?=\d{1,2}\s)|País|Daily|Observer|Independent|Chronicle)(?![\p{L}])"
    ),
    ("New York Times", "Le Monde", "Frankfurter Allgemeine Zeitung"),
    ("Timesheet",),
)

SENTENCE_END = _register(
    "sentence_end",
    # a full stop, "?" or "!" that ends a field: not after an initial (J.) or a common abbreviation
    regex.compile(
        r"(?<![\s.(\[][\p{Lu}]|^[\p{Lu}]|\b(?:ed|eds|Ed|Eds|vol|Vol|no|No|pp|p|Dr|Mr|Mrs|Ms|St|Jr|Sr|Inc|Co|Ltd|Bros|ca|cf|vs|al|dir|trans|Proc|Univ|Dept|Conf|Int|Intern|Trans|Jour|Soc|Natl|Am|Rev|Sci|Res|Assoc|Eng|Med|Phys|Chem|Biol|Acad|Mag|Bull|Ann|Stud|Hist|Lit|Phil|Stat|Math|Appl|Comput|Syst|Theor|Mol|Cell|Lett|Eur|Brit|Amer|Polit|Econ|J|jr|Sept|Nov|Dec|Jan|Feb|Mar|Apr|Aug|Oct|repr|transl|tr|trad|übers|Übers|it|n|Nr|S|Bd|Hg|Hrsg|hg|hrsg|ders|Id|id|ibid|Ibid|etc|ed|cap|ch|chap|fig|Fig|sq|sqq|ff|seq|Diss|Ph\.D|Ph\.D|U\.S|U\.K))"
        r"[.?!](?=[\s\"”’»)]{0,3}\s|$)"
    ),
    ("Hearn, Lafcadio. Kwaidan", "Title? Journal", "end."),
    ("J. Smith", "vol. 3", "Proc. Intern"),
)

NAME_INITIALS = _register(
    "name_initials",
    # a token made only of initials: "J.", "J.-P.", "JA", "J.A.", "M.C.L."
    regex.compile(
        r"^(?:\p{Lu}\.?(?:\s?-?\s?\p{Lu}\.?){0,3}|\p{Lu}\p{Ll}?\.(?:-\p{Lu}\p{Ll}?\.){0,2})$"
    ),
    ("J.", "J.-P.", "JA", "M. C. L.", "Th."),
    ("John", "JAMES"),
)

NAME_PARTICLE = _register(
    "name_particle",
    regex.compile(
        r"^(?:van|von|de|di|da|del|della|dello|dei|degli|der|den|des|du|le|la|lo|dos|das|do|ten|ter|zu|zur|vom|y|bin|ibn|al|el|d'|d’|l'|l’)$"
    ),
    ("van", "della", "von", "de"),
    ("Van Gogh", "dell"),
)

NAME_SUFFIX = _register(
    "name_suffix",
    regex.compile(r"^(?:Jr\.?|Sr\.?|Jnr\.?|II|III|IV|Jun\.?|Sen\.?)$"),
    ("Jr.", "III", "Sr"),
    ("Junior Smith",),
)

NAME_SEPARATOR = _register(
    "name_separator",
    # "and", "&", "und", "e", "et", "y", ";" between two people
    regex.compile(r"\s{0,3}(?:;|\s/\s|,?\s(?:and|&|und|e|et|y|i|och|og|en|és)\s|,?\s?&\s?)\s{0,3}"),
    (" and ", ", & ", "; ", " und ", " e ", " / "),
    ("Anderson",),
)

ET_AL = _register(
    "et_al",
    regex.compile(
        r",?\s{0,2}(?:et\s?al\.?|and\sothers|u\.\s?a\.|e\saltri|et\scoll\.|\[et\sal\.\]|…)\s{0,2}$"
    ),
    ("Smith, J., et al.", "Smith J et al", "Müller u. a."),
    ("Smith, Al",),
)

CORPORATE = _register(
    "corporate",
    # words that make a name an organisation, kept whole as a CSL literal
    regex.compile(
        r"(?<![\p{L}])(?:University|Universität|Università|Université|Department|Dept\.|Ministry|Ministero|Ministère|"
        r"Association|Institute|Institut|Istituto|Instituto|Instituut|Organi[sz]ation|Organização|Organización|"
        r"Fundação|Fundación|Ministério|Ministerio|Consejo|Conselho|Comisión|Commissione|Bundesamt|Committee|Commission|Council|Society|Office|Bureau|"
        r"Agency|Board|Center|Centre|Centro|Group|Foundation|Fondazione|Corporation|Company|Inc|Ltd|Bank|Survey|"
        r"Service|Federal|National|International|Government|Council|Union|Unesco|UNESCO|WHO|OECD|Press|Team|Project|Consortium|Network|Census)(?![\p{L}])"
    ),
    ("World Health Organization", "U.S. Department of Transportation", "OECD"),
    ("Johnson",),
)

# function words and verbs that mark a sentence of commentary rather than a reference
# (a word list, not a pattern: fields.py looks words up in it)
PROSE_WORDS = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "this",
        "that",
        "these",
        "those",
        "which",
        "who",
        "whom",
        "it",
        "its",
        "we",
        "our",
        "he",
        "she",
        "they",
        "them",
        "his",
        "her",
        "their",
        "not",
        "but",
        "also",
        "very",
        "first",
        "time",
        "here",
        "there",
        "would",
        "could",
        "should",
        "will",
        "can",
        "è",
        "sono",
        "era",
        "questo",
        "questa",
        "che",
        "non",
        "anche",
        "est",
        "sont",
        "cette",
        "qui",
        "que",
        "pas",
        "ist",
        "sind",
        "war",
        "nicht",
        "auch",
        "fue",
        "esta",
        "este",
        "muy",
        "foi",
        "não",
        "também",
    }
)


# -- the parser's small helpers -------------------------------------------------------------
# fields.py takes recognised anchors out of the reference and leaves HOLE in their place,
# so that the stretches around them never run together; several patterns look for it.
HOLE = "\x1f"

COMMA_BREAK = _register(
    "comma_break",
    # a comma and its spaces, where an imprint splits into publisher and place
    regex.compile(r",\s{0,3}"),
    ("MIT Press, Cambridge",),
    ("MIT Press",),
)

YEAR_RANGE_START = _register(
    "year_range_start",
    # a range of years opening a stretch: "750-900", "1917–1937" (part of a title)
    regex.compile(r"^\d{3,4}\s?[-–]\s?\d{2,4}(?![\d])"),
    ("750-900", "1917–1937"),
    ("12", "1995 Annual Meeting"),
)

TITLE_AFTER_INITIAL = _register(
    "title_after_initial",
    # after "Levine, Robert S." a capitalised word and a lower-case one (not "and"): a title
    regex.compile(r"\s{1,2}\p{Lu}\p{Ll}{2,30}\s(?!(?:and|und|et|e|y|i|&)\s)\p{Ll}"),
    (" Structure of the", " Studies in Brockden Brown"),
    (" Fields and Barbara", " Baxter. 2004", " Paquette, and"),
)

SHORT_TITLE_NEXT = _register(
    "short_title_next",
    # after "Dubois M." a one-word title and its full stop (match): " Politics. London"
    regex.compile(r"\s{1,2}\p{Lu}[\p{L}'’-]{1,30}[.?!](?:\s|$)"),
    (" Politics. London", " Anarchism."),
    (" Paquette, and", " Kranz and"),
)

JOURNAL_NAME = _register(
    "journal_name",
    # a periodical, even when it names a workshop or conference: "History Workshop Journal"
    regex.compile(
        r"(?<![\p{L}])(?:Journal|Review|Quarterly|Bulletin|Transactions|Letters|Annals|Zeitschrift|Rivista|Revue|Revista)(?![\p{L}])"
    ),
    ("History Workshop Journal", "Conference Review"),
    ("Proceedings of the Workshop",),
)

# cities where books are published, to tell "Place, Publisher" from "Publisher, Place"
# (a word list, not a pattern: fields.py looks places up in it)
PUBLISHING_CITIES = frozenset(
    {
        "Amsterdam",
        "Athens",
        "Baltimore",
        "Barcelona",
        "Bari",
        "Basel",
        "Beijing",
        "Berkeley",
        "Berlin",
        "Bern",
        "Bogotá",
        "Bologna",
        "Bordeaux",
        "Boston",
        "Brussels",
        "Bruxelles",
        "Budapest",
        "Buenos Aires",
        "Cambridge",
        "Caracas",
        "Chicago",
        "Coimbra",
        "Copenhagen",
        "Delhi",
        "Dublin",
        "Edinburgh",
        "Firenze",
        "Florence",
        "Frankfurt",
        "Freiburg",
        "Geneva",
        "Genova",
        "Genève",
        "Glasgow",
        "Grenoble",
        "Göttingen",
        "Hamburg",
        "Heidelberg",
        "Helsinki",
        "Jerusalem",
        "Köln",
        "København",
        "Leiden",
        "Leipzig",
        "Leuven",
        "Lille",
        "Lima",
        "Lisboa",
        "Lisbon",
        "London",
        "Louvain",
        "Lyon",
        "Madrid",
        "Manchester",
        "Marseille",
        "Melbourne",
        "Mexico",
        "Milan",
        "Milano",
        "Montevideo",
        "Montreal",
        "Montréal",
        "Moscow",
        "Moskva",
        "Munich",
        "México",
        "München",
        "Nantes",
        "Naples",
        "Napoli",
        "New York",
        "Oslo",
        "Oxford",
        "Padova",
        "Palermo",
        "Paris",
        "Philadelphia",
        "Pisa",
        "Porto",
        "Prague",
        "Praha",
        "Princeton",
        "Québec",
        "Rennes",
        "Rio de Janeiro",
        "Roma",
        "Rome",
        "Salamanca",
        "Santiago",
        "Sevilla",
        "Stockholm",
        "Strasbourg",
        "Stuttgart",
        "Sydney",
        "São Paulo",
        "Tokyo",
        "Torino",
        "Toronto",
        "Toulouse",
        "Turin",
        "Tübingen",
        "Valencia",
        "Venezia",
        "Venice",
        "Vienna",
        "Warszawa",
        "Washington",
        "Wien",
        "Zürich",
    }
)

PRESS_WORD = _register(
    "press_word",
    # words only a publishing house has in its name (unlike "Public Books", a website)
    regex.compile(
        r"(?<![\p{L}])(?:Press|Presses|University|Universit\p{L}{1,4}|Verlag|Publishers?|Publishing|"
        r"Editions|Éditions|Edizioni|Editora|Editorial|Editore|Editrice)(?![\p{L}])"
    ),
    ("Yale University Press", "Suhrkamp Verlag"),
    ("Public Books", "Libcom"),
)

CITY_WORD = _register(
    "city_word",
    # one or two capitalised words (fullmatch) that can name a city: "Roma", "New York"
    regex.compile(r"\p{Lu}\p{Ll}{2,20}(?:[\s-]\p{Lu}\p{Ll}{2,20})?"),
    ("Roma", "New York", "Roma-Bari"),
    ("XII", "CA", "12"),
)

PLACE_SHAPE = _register(
    "place_shape",
    # a place as imprints print it (fullmatch): "Grand Rapids", "Santa Clara, CA",
    # "Cambridge, Mass."
    regex.compile(
        r"\p{Lu}[\p{Ll}'’-]{1,20}(?:\s\p{Lu}[\p{Ll}'’-]{1,20})?"
        r"(?:,\s(?:\p{Lu}{2,3}|\p{Lu}[\p{Ll}]{1,5}\.?|\p{Lu}\.\s?\p{Lu}\.?)){0,2}"
    ),
    ("Grand Rapids", "Santa Clara, CA", "Cambridge, Mass.", "Washington, D. C."),
    ("12",),
)

DOUBLE_ISSUE = _register(
    "double_issue",
    # two numbers joined by a slash standing alone between commas after a journal's name:
    # a double issue when consecutive ("Giovane Critica, 15/16, 1967"); fields.py checks that
    regex.compile(r"(?<=,\s)(?P<first>\d{1,4})/(?P<second>\d{1,4})(?=\s?(?:,|\(|$))"),
    ("Giovane Critica, 15/16, 1967", "Heft, 3/4,"),
    ("n. 47/2010 pp", "15/16 May"),
)

CONTAINER_AUTHOR = _register(
    "container_author",
    # a book's author given by initials before its title, after "in" (match at the
    # container's start): "V. Serge, Socialismo e totalitarismo"
    regex.compile(
        r"(?P<names>(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}’'\-]{1,30}+"
        r"(?:\s(?:and|e|et|und|y)\s(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}’'\-]{1,30}+)?),\s(?=\p{Lu})"
    ),
    ("V. Serge, Socialismo e totalitarismo", "J. Smith and K. Lee, The Book"),
    ("Victor Serge, Socialismo", "Socialismo e totalitarismo"),
)

INVERTED_INITIAL = _register(
    "inverted_initial",
    # ", J." inside a name list: people, even when a word of it sounds corporate
    regex.compile(r",\s\p{Lu}\."),
    ("Press, J.", "Union, K. L."),
    ("Press Union",),
)

CONTROL_CHARACTER = _register(
    "control_character",
    # control and format characters (and the hole mark itself): blanked before parsing
    regex.compile(r"[\p{Cc}\p{Cf}\x1f]"),
    ("a\x00b", "x\u200by"),
    ("plain text",),
)

INLINE_TAG = _register(
    "inline_tag",
    # inline markup left in copied references: <i>, <italic>
    regex.compile(r"</?(?:i|b|em|italic|bold|sup|sub|span)>"),
    ("<italic>Title</italic>", "<i>x"),
    ("a < b",),
)

IMPRINT_CLOSE = _register(
    "imprint_close",
    # the closing parenthesis of a note's imprint: ``(New York: Verso, 2014)``
    regex.compile(r"\([^()]{0,160}(?<!\d)(?:1[5-9]\d\d|20[0-4]\d)[a-z]?\)$"),
    ("(New York: Verso, 2014)", "(Paris 1921)"),
    ("(2)", "(eds.)"),
)

AUTHORS_ARE_EDITORS = _register(
    "authors_are_editors",
    # ``(Eds.)``, ``(Hg.)``, ``, eds.`` right after a name list (match)
    regex.compile(
        r"\s{0,2}(?:\(\s?(?:[Ee]ds?|[Ee]ditors?|Hg|Hgg|Hrsg|hg|hrsg|dir|éds?|coords?|orgs?|"
        r"a cura di|comps?)\.?\s?\)|"
        r"(?<=,)\s(?:eds?|editors?|Eds?|Editors?)\b)\.?[.,:]?",
    ),
    (" (Eds.).", "(Hg.)"),
    ("(2001)",),
)

NAME_WORD = _register(
    "name_word",
    # one word of a person's name, with its trailing comma or colon (fullmatch)
    regex.compile(
        r"(?:\p{Lu}[\p{L}\p{M}'’-]{0,30}\.?|\p{Lu}\.(?:\s?-?\p{Lu}\.){0,3}|\p{Lu}{1,3}|"
        r"(?:van|von|de|di|da|del|della|der|den|des|du|le|la|dos|das|do|ten|ter|zu|y|al|el)\.?|d[’']\p{Lu}\p{L}{1,30})"
        r"[,;:]?",
    ),
    ("Smith,", "J.", "JA", "de", "d’Alembert", "O'Brien;"),
    ("the", "1999"),
)

JOINER = _register(
    "joiner",
    # a word joining two people in a list (match)
    regex.compile(r"(?:and|&|und|et|e|y|with|/|et\sal\.?,?|u\.\s?a\.|\.\.\.|…)$"),
    ("and", "&", "und", "et al.,", "..."),
    ("Anderson",),
)

NOT_A_NAME = _register(
    "not_a_name",
    # capitalised words that open titles, not names, in a list
    regex.compile(
        r"^(?:The|A|An|On|In|Of|Il|La|Le|Les|Lo|Gli|I|Die|Der|Das|Ein|Eine|El|Los|Las|Un|Una|Uno|O|Os|As|Um|Uma|"
        r"Du|Des|Towards?|How|What|Why|When|Where|Who|New|From|To|For|Per|Sur|Über|Zur|Zum|Notes?|Introduction|"
        r"Proceedings|Journal|Report|Studies|Review|History|Theory|Toward|Against|Beyond|After|Before|This|My|Our|Is|Are)$",
    ),
    ("The", "Journal", "New"),
    ("Smith",),
)

TITLE_START = _register(
    "title_start",
    # words that open titles and never names (unlike ``Le``, ``Du``, ``Van``)
    regex.compile(
        r"^(?:The|Il|Gli|Die|Der|Das|Ein|Eine|El|Los|Las|Un|Una|Uno|Les|How|What|Why|When|Where|Towards?|"
        r"From|Per|Sur|Über|Zur|Zum|On|In|Of|Notes|Introduction|Proceedings|Report)[,:]?$",
    ),
    ("The", "Introduction:", "How"),
    ("Le", "Smith"),
)

GIVEN_FAMILY_AFTER_INITIAL = _register(
    "given_family_after_initial",
    # after an initial in a given-name-first list, a middle name and the family name, or an
    # undotted initial and the family name (match): " Bruce Croft.", " J Koenderink and"
    regex.compile(
        r"\s{1,2}(?:\p{Lu}\s\p{Lu}[\p{L}\p{M}'’-]{1,30}(?:[.,]|\s(?:and|&)\s)"
        r"|\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]{1,29}\s\p{Lu}[\p{L}\p{M}'’-]{1,30}(?:[.,]\s|\s(?:and|&)\s))"
    ),
    (" Bruce Croft. Inference", " J Koenderink and A."),
    (" Great expectations of",),
)

CONTINUES_AFTER_INITIAL = _register(
    "continues_after_initial",
    # after ``J. A.``, the text still reads as names (match)
    regex.compile(
        r"\s{0,2}(?:and\s|&\s|und\s|et\sal|\p{Lu}\.|\p{Lu}\p{Ll}?\.-|" + HOLE + r"|\(|"
        r"(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]i|[Dd]a|[Dd]el|della|der|den|[Ll]a|[Ll]e|[Dd]u|[Dd]os|das)\s){0,3}\p{Lu}[\p{L}\p{M}'’-]{1,30}"
        r"(?:[,;.&]|\s(?:and|&|und|et|e|y|i)\s|\s\(|\s?" + HOLE + r"|\s\p{Lu}{1,3}[,.]|$))",
    ),
    (" Smith,", " and B.", " K. Jones", " de la Macorra JC,"),
    (" Title of the paper",),
)

NAME_SEGMENT = _register(
    "name_segment",
    # the stretch after a comma in a name list, up to the next separator (\G: only where
    # matching starts, so a search over a long text makes one attempt)
    regex.compile(
        r"\G\s{0,2}((?:(?<![\p{L}])\p{Lu}\.-?|(?<![\p{L}])\p{Lu}\p{Ll}\.(?=\s?\p{Lu})|[^,.;:("
        + HOLE
        + r"]){0,80})"
        r"([,.;:(" + HOLE + r"]|$)",
    ),
    (" D. A. Kranz, and", " Lafcadio."),
    (),
)

JOURNAL_WORD = _register(
    "journal_word",
    # words that mark a journal, proceedings or newspaper's name
    regex.compile(
        r"(?<![\p{L}])(?:Journal|Jour\.|J\.|Review|Rev\.|Transactions|Trans\.|Bulletin|Bull\.|Annals|Ann\.|Quarterly|"
        r"Letters|Papers|Lett\.|Magazine|Studies|Proceedings|Proc\.?|Conference|Symposium|Workshop|Acta|Archives?|Zeitschrift|"
        r"Rivista|Revue|Revista|Cahiers|Quaderni|Jahrbuch|Newsletter|Notices|Science|Nature|Communications|Gazette|Times|"
        r"Herald|Post|Tribune|Chronicle|Monde|Corriere|Zeitung|Encyclopedia|Dictionary|Handbook|Advances|Research|Forum|"
        r"Medicine|Physics|Chemistry|Biology|Economics|Studi|Storia|History|"
        # the disciplines journals are named after ("Applied Optics", "Artificial Intelligence")
        r"Optics|Intelligence|Computing|Processing|Mathematics|Psychology|Sociology|Linguistics|"
        r"Neuroscience|Genetics|Ecology|Geology|Astronomy|Astrophysics|Statistics|Psychiatry)(?![\p{L}])",
    ),
    ("Journal of Logic", "Proc. Natl.", "Review"),
    ("Verso",),
)

TWO_LETTERS = _register(
    "two_letters",
    # two letters in a row: a stretch with a word in it
    regex.compile(r"\p{L}{2}"),
    ("ab", "«Le»"),
    ("a1", "1."),
)

ROMAN_NUMERAL = _register(
    "roman_numeral",
    # a roman numeral (fullmatch)
    regex.compile(r"[ivxlcdmIVXLCDM]+"),
    ("XIX", "iv"),
    ("12",),
)

YEAR_PAREN_CLOSE = _register(
    "year_paren_close",
    # what closes a parenthesised year: ``)`` or ``, May 4)`` (match)
    regex.compile(r"\s{0,2}(?:,[^()]{0,20})?\)"),
    (")", ", May 4)"),
    ("(1999",),
)

DASH_END = _register(
    "dash_end",
    # a dash at the end
    regex.compile(r"[-–—]\s?$"),
    ("12-", "1999– "),
    ("12",),
)

DIGIT_DASH_END = _register(
    "digit_dash_end",
    # a digit and a dash at the end: the first half of a range
    regex.compile(r"\d[-–—]\s?$"),
    ("12-", "1999– "),
    ("a-",),
)

YEAR_DASH_END = _register(
    "year_dash_end",
    # a year and a dash at the end: a range of years
    regex.compile(r"(?:1[5-9]|20)\d\d\s?[-–—]\s?$"),
    ("1917-", "2001 – "),
    ("339-",),
)

DASH_DIGIT_START = _register(
    "dash_digit_start",
    # a dash and a digit at the start (match)
    regex.compile(r"\s?[-–—]\s?\d"),
    ("-12", " – 9"),
    ("x-y",),
)

DASH_NUMBER_START = _register(
    "dash_number_start",
    # a dash and the number after it, at the start (match)
    regex.compile(r"\s?[-–—]\s?(\d+)"),
    ("-1937", " – 9"),
    ("x-y",),
)

PAGE_CUE_END = _register(
    "page_cue_end",
    # a page label or a colon at the end: a number after it is a page
    regex.compile(r"(?:pp?\.|S\.|:)\s?$"),
    ("pp. ", "S.", "36:"),
    ("Smith ",),
)

YEAR_PAREN_REST = _register(
    "year_paren_rest",
    # after a year in parentheses: ``a)``, ``, May)`` (match)
    regex.compile(r"[a-z]?\s{0,2}(?:,[^()]{0,20})?\)"),
    (")", "a)", ", May)"),
    ("x (",),
)

FIELD_END = _register(
    "field_end",
    # a full stop or comma (and an opening parenthesis) at the end
    regex.compile(r"[.,]\s{0,2}\(?$"),
    ("Smith, J. ", "Smith, J., ("),
    ("Smith J",),
)

LETTER = _register(
    "letter",
    # any letter
    regex.compile(r"\p{L}"),
    ("a", "é"),
    ("12 ,.",),
)

YEAR_RANGE_CLOSE = _register(
    "year_range_close",
    # the end of a range of years in parentheses: ``-39)`` (match)
    regex.compile(r"\s?[-–]\s?\d{2,4}\)"),
    ("-39)", "–1937)"),
    ("-3)",),
)

DIGITS = _register(
    "digits",
    # a run of digits
    regex.compile(r"\d+"),
    ("12",),
    ("ab",),
)

LEAD_IN_END = _register(
    "lead_in_end",
    # a colon or comma at the end: a lead-in before a quoted title
    regex.compile(r"[:,]\s{0,2}$"),
    ("1922: ", "Smith,"),
    ("Smith",),
)

EDITORS_SUFFIX = _register(
    "editors_suffix",
    # ``, eds.`` closing a list of editors
    regex.compile(r",\s(?:eds?|editors?|Eds?|Editors?)\.?$"),
    ("Keane, eds.", "Smith, editor"),
    ("Smith, Eddie",),
)

JOINER_START = _register(
    "joiner_start",
    # ``and``/``&``/``und`` at the start (match)
    regex.compile(r"\s{0,2}(?:and|&|und|et|y|e)\s"),
    (" and ", "& "),
    ("andere",),
)

EDITOR_WORD_START = _register(
    "editor_word_start",
    # an editor role word at the start (match)
    regex.compile(r"\s{0,2}(?:eds?|editors?|Hg|Hrsg)\b"),
    (" ed.", "editors"),
    ("edible",),
)

IMPRINT_OPEN = _register(
    "imprint_open",
    # the parenthesis that opens a note's imprint: ``(New York: …`` or ``(CUP, <year>``
    regex.compile(r"\s\((?=[^()]{0,80}:|[^()]{0,60}" + HOLE + r")"),
    (" (New York: Verso", " (CUP, \x1f)"),
    (" (AAAI)",),
)

PAGES_AFTER_ISSUE = _register(
    "pages_after_issue",
    # pages right after ``36(2)``: ``:123-9``, ``, pp. 4-5`` (match)
    regex.compile(r"\s{0,2}[:,]\s{0,2}(?:pp?\.\s?)?" + _PAGE),
    (":123-9", ", pp. 4-5"),
    ("; 12",),
)

VOLUME_COLON_PAGES = _register(
    "volume_colon_pages",
    # ``44: 58-67``: volume and pages
    regex.compile(r"(?<![\w.])(?P<volume>\d{1,5})\s{0,2}:\s{0,2}" + _PAGE),
    ("Bartonia 44: 58-67", "12:3"),
    ("a:12",),
)

VOLUME_DOT_ISSUE = _register(
    "volume_dot_issue",
    # ``Film Comment 40.1 (…)``: volume.issue after a journal's name
    regex.compile(r"(?<=\p{L}\s)(?P<v>\d{1,4})\.(?P<i>\d{1,3})(?=\s{0,2}[(,:" + HOLE + r"])"),
    ("Inquiry 13.2 (1989)", "Comment 40.1\x1f"),
    ("version 2.0 of",),
)

PAGES_AFTER_DATE = _register(
    "pages_after_date",
    # ``(2000): 377-89``: pages after a date in parentheses
    regex.compile(r"(?<=[)" + HOLE + r"])\s{0,2}:\s{0,2}" + _PAGE),
    ("(2000): 377-89", "\x1f:17"),
    ("Title: 12",),
)

VOLUME_COMMA_NUMBER = _register(
    "volume_comma_number",
    # ``ApJ, 650, 102`` / ``Optics Express 12, 3988 (2004)``: volume and page (or issue)
    regex.compile(
        r"(?:(?<=\p{L}\.?\s)|(?<=[\p{L}"
        + HOLE
        + r"\.],\s))(?P<v>[A-Z]?\d{1,5}[A-Z]?),\s{0,2}(?P<n>[A-Za-z]?\d{1,6})(?=\s{0,2}(?:[.;(]|"
        + HOLE
        + r"|$))"
    ),
    ("ApJ, 650, 102", "Express 12, 3988 (2004)"),
    ("1, 2, 3",),
)

VOLUME_BEFORE_HOLE = _register(
    "volume_before_hole",
    # a bare number just before a taken anchor: the volume of ``Cognition, 38, <pages>``
    regex.compile(r"(?:^|[\s,])(?P<v>\d{1,4})(?=\s{0,2}[,.]?\s{0,2}" + HOLE + r")"),
    ("Cognition, 38, \x1f",),
    ("Cognition \x1f",),
)

RANGE_DASH = _register(
    "range_dash",
    # the dash of a page range, with any spaces around it
    regex.compile(r"\s{0,2}[-–—‐]{1,2}\s{0,2}"),
    ("-", " – ", "--"),
    ("12",),
)

CLAUSE_BREAK = _register(
    "clause_break",
    # a comma, ``?`` or ``!`` and a space
    regex.compile(r"[,?!]\s"),
    (", ", "? "),
    (",x",),
)

CONTAINER_TRAILING_NUMBER = _register(
    "container_trailing_number",
    # the volume at the end of a journal's name: ``… Research 36``, ``…, XLIII``, ``… 13.2``
    regex.compile(
        r"(?:\s(?P<volume>[A-Z]?\d{1,4})|,\s(?P<volume>[IVXLC]{1,7}))(?:\.(?P<issue>\d{1,3}))?$"
    ),
    ("Operations Research 36", "Review, XLIII", "Inquiry 13.2", "Phys. A16"),
    ("ASPLOS IV",),
)

DIGIT_OR_LOWER_START = _register(
    "digit_or_lower_start",
    # a digit anywhere or a lower-case start: not a publisher's name
    regex.compile(r"\d|^\p{Ll}"),
    ("version 2", "to appear"),
    ("Verso",),
)

NOT_A_PUBLISHER = _register(
    "not_a_publisher",
    # short remarks that are no publisher (fullmatch-like)
    regex.compile(r"(?i)^(?:trans|preprint|ed|eds|n\.p)\.?$"),
    ("trans", "Preprint", "n.p."),
    ("Verso",),
)

AND_START = _register(
    "and_start",
    # ``and``/``&`` at the start
    regex.compile(r"^(?:and|&)\s"),
    ("and Tragedy", "& Sons"),
    ("Anderson",),
)

CONTAINER_TRAILING_DATE = _register(
    "container_trailing_date",
    # a day and month left at a periodical's end once its year was read: ", 7 March",
    # " 27 May", ", June 21", " May(26", " 93(September/October"
    regex.compile(
        r"(?i)(?:,?\s(?:\d{1,2}\.?\s)?" + _MONTH + r"(?:\s?\(?\d{1,2}\)?)?(?:\s?\d{4})?"
        r"|,?\s?\d{0,4}\(" + _MONTH + r"[^()]{0,30})$"
    ),
    ("Wired, 7 March", "Newsweek 27 May", "Vox September(17", "Review 93(September/October"),
    ("Wall Street Journal",),
)

DEPARTMENT = _register(
    "department",
    # the part of an institution that publishes a report or thesis: "Dept. of Computer
    # Science", "School of …", "Computer Science Division", "Knowledge Systems Laboratory"
    regex.compile(
        r"(?<![\p{L}])(?:Department|Dept|School|Institute|Laboratory|Laboratories|Lab|Labs|Division|Center|"
        r"Centre|Faculty|Fakultät|Dipartimento|Département)(?![\p{L}])"
    ),
    ("Dept. of Computer Science", "Computer Science Division", "Knowledge Systems Laboratory"),
    ("Departure", "Labour"),
)

LIST_END = _register(
    "list_end",
    # the last part of a name that is a comma list ("…, Man, and Cybernetics", "Infection,
    # Genetics and Evolution", "Travail, genre et société") or an inverted one ("…, IEEE
    # Transactions on")
    regex.compile(
        r"^(?:and|&|et|und|e|y)\s|^\S+(?:\s\S+)?\s(?:and|&|et|und|e|y)\s\S+(?:\s\S+)?$"
        r"|^\p{Lu}[\p{L}\s]{0,60}\s(?:on|of|for)$"
    ),
    ("and Cybernetics", "Genetics and Evolution", "genre et société", "IEEE Transactions on"),
    ("Springer", "Department of Statistics"),
)

MONTH_ONLY = _register(
    "month_only",
    # a month name (and a day or days) and nothing else: "October", "Nov. 7", "April 8-11"
    regex.compile(r"(?i)^" + _MONTH + r"\.?(?:\s\d{1,2}(?:\s?[-–]\s?\d{1,2})?)?$"),
    ("October", "Nov.", "Nov 7", "April 8-11"),
    ("November 1990", "Novel"),
)

REMARK = _register(
    "remark",
    # remarks about the state of a work, at the start (match)
    regex.compile(
        r"(?i)(?:to\sappear|in\spress|forthcoming|in\spreparation|submitted|unpublished|also\s|retrieved|available|see\s|disponível|disponible|consultato|\S{0,80}/\S{0,80}$)"
    ),
    ("to appear", "In press"),
    ("Pressure",),
)

IN_PREFIX = _register(
    "in_prefix",
    # a leading ``In``/``in:``/``dans`` of a container
    regex.compile(r"^(?:[Ii]n:?|[Dd]ans|[Ee]n:|[Ee]m:)\s+"),
    ("In: Proc", "dans Annales"),
    ("Index",),
)

PAGE_RANGE_ONLY = _register(
    "page_range_only",
    # a single page range and nothing else
    regex.compile(r"^[A-Za-z]?\d{1,6}\s{0,2}[-–—‐]{1,2}\s{0,2}[A-Za-z]?\d{1,6}$"),
    ("106-17", "e12–e19"),
    ("12, 14",),
)

IMPRINT_YEAR_END = _register(
    "imprint_year_end",
    # a year (or n.d.) closing an imprint: ``Milano 1969``, ``Verso, 2014)``
    regex.compile(r"(?:(?<!\d)(?:1[5-9]\d\d|20[0-4]\d)[a-z]?|n\.\s?d\.|s\.\s?d\.)\)?$"),
    ("Milano 1969", "Verso, 2014)", "Paris, s.d."),
    ("1969 Press",),
)

ORIGINAL_DATE_CUE = _register(
    "original_date_cue",
    # what marks an earlier year as the original date: ``(1969)``, ``repr.``, ``1990, <year>``
    regex.compile(
        r"\(\s?(?:1[5-9]\d\d|20[0-4]\d)[a-z]?\s?\)|repr|(?:1[5-9]\d\d|20[0-4]\d)\s?[,;]\s?"
        + HOLE
        + r"|orig|first publ"
    ),
    ("(1969)", "1921; repr.", "1990, \x1f"),
    ("1969",),
)

# Common ISO 4 abbreviations of words in journal names longer than five letters: the full
# stop after them does not end a stretch ("J. Approx. Theory", "Artif. Intell.")
_JOURNAL_ABBREVIATIONS = (
    r"Approx|Comput|Intell|Theor|Artif|Struct|Electr|Electron|Commun|Assoc|Psychol|Philos|"
    r"Neurosci|Pharmacol|Biochem|Biophys|Technol|Manag|Geophys|Physiol|Environ|Internat|"
    r"Mathem|Statist|Linguist|Sociol|Philol|Archaeol|Anthropol|Zool|Bot|Ecol|Genet|Microbiol|"
    r"Immunol|Oncol|Radiol|Cardiol|Neurol|Surg|Dermatol|Endocrinol|Gastroenterol|Ophthalmol|"
    r"Pediatr|Psychiatr|Rehabil|Inform|Optim|Numer|Progr|Proced|Transl|Lett|Mech|Hist|Geogr"
)

SEGMENT_BREAK = _register(
    "segment_break",
    # where the stretches after the title split: holes, sentence ends (not after ``Proc.``),
    # ``;``, brackets (not around ``(AAAI)``); each branch starts with its literal character
    # and looks behind only from there, so the lookbehinds run at dots and brackets only
    regex.compile(
        HOLE
        + r"|\.(?<=[\p{Ll}\p{N})]{2}\.)(?<!(?:^|[\s.("
        + HOLE
        + r"])(?:\p{Lu}\p{Ll}{1,4}|"
        + _JOURNAL_ABBREVIATIONS
        + r")\.)\s|\.(?<=,\s\p{Lu}{2}\.)\s(?=\p{Lu})|;\s"
        + r"|\s\((?!\p{Lu}[\p{Lu}\p{N}'-]{1,14}\))|\)(?<!\(\p{Lu}[\p{Lu}\p{N}'-]{1,14}\))\s?|\[|\]"
    ),
    ("Behavior. New York", "a; b", "x (y)", "San Jose, CA. AAAI Press"),
    ("Proc. Natl", "Conference (AAAI)", "J. Approx. Theory", "Artif. Intell. 12"),
)


# --------------------------------------------------------------------------------------
# Bibliography sections and reference splitting (segment.py)
# --------------------------------------------------------------------------------------

# Horizontal whitespace only: patterns that may run over several lines (with (?m), or from
# a "\n") must never cross a line end. pdftotext starts each page with a form feed; it
# counts as space.
_HS = r"[^\S\n]"

# The words that head a bibliography, in the languages citex reads (verbose syntax: spaces
# inside names are escaped). The `regex` module tries such an alternation branch by branch,
# so segment.py matches it only on the few lines whose first word could start a heading.
_BIBLIOGRAPHY_WORDS = r"""
(?:list\ of\ |table\ of\ |select(?:ed)?\ |annotated\ |general\ |consolidated\ )?
(?:references?(?:\ cited|\ list|\ and\ notes)?|reference\ list|cited\ references
 |bibliograph(?:y|ies|ie)(?:\ and\ references)?|schriftenverzeichnis
 |bibliographical\ references|bibliograf[ií]as?(?:\ citada|\ consultada|\ essenziale)?
 |works\ (?:cited|consulted|referenced)|literature(?:\ cited)?|cited\ literature
 |sources(?:\ cited|\ consulted)?|(?:primary|secondary|printed|archival)\ sources
 |further\ reading|suggested\ readings?|recommended\ reading
 |(?:related\ |own\ )?publications|publikationen|publikationsliste|pubblicazioni
 |literatur(?:verzeichnis|angaben|liste|hinweise)?|verwendete\ literatur
 |quellen(?:\ und\ literatur|-?\ und\ literaturverzeichnis)?
 |obras\ (?:citadas|consultadas)|referencias(?:\ bibliogr[aá]ficas)?
 |refer[eê]ncias(?:\ bibliogr[aá]ficas)?|r[ée]f[ée]rences(?:\ bibliographiques)?
 |riferimenti\ bibliografici|opere\ citate|fonti(?:\ e\ bibliografia)?)
"""

# Optional Markdown heading marks and a section number ("1.3", "V.", "A.") before a heading.
_HEADING_PREFIX = (
    rf"(?:\#{{1,6}}{_HS}*)?(?:\*\*|__)?"
    rf"(?:(?:\d{{1,2}}(?:\.\d{{1,2}}){{0,3}}|[IVX]{{1,5}}|[A-H])\.?{_HS}{{1,8}})?"
)

# A line that is only a bibliography heading. A table-of-contents line ("References ....
# 36") has more after the words, so it does not match.
BIBLIOGRAPHY_HEADING = _register(
    "bibliography_heading",
    regex.compile(
        rf"(?imx)^{_HS}{{0,120}}(?:(?:chapter|kapitel|chapitre|capitolo|cap[ií]tulo|appendix)"
        rf"{_HS}+\w{{1,4}}{_HS}*[.:–—\-]?{_HS}+)?{_HEADING_PREFIX}{_BIBLIOGRAPHY_WORDS}"
        rf"{_HS}{{0,3}}:?(?:\*\*|__)?{_HS}{{0,60}}$"
    ),
    (
        "References",
        "Bibliography",
        "1.3 References",
        "  WORKS CITED",
        "## Bibliografia",
        "**Works Cited**",
        "Literaturverzeichnis",
        "Obras citadas",
        "Referências",
        "Références bibliographiques",
        "Riferimenti bibliografici",
        "Select Bibliography:",
        "\fReferences",
        "Chapter 7: References",
        " " * 50 + "BIBLIOGRAPHY",
        "REFERENCES AND NOTES",
        "List of Publications",
    ),
    (
        "References .......................... 36",
        "1.3 REFERENCES ..... 36",
        "References to the war are rare.",
        "Chapter 2 – Literature Review",
        "Notes",
    ),
)

# A heading that ends a bibliography: a chapter or appendix, or a section that is never
# one (notes, index, acknowledgements). Notes sections belong to the notes finder.
SECTION_END_HEADING = _register(
    "section_end_heading",
    regex.compile(
        rf"""(?imx)^{_HS}{{0,120}}(?:\#{{1,6}}{_HS}*)?(?:\*\*|__)?(?:
          (?:chapter|chapitre|capitolo|cap[ií]tulo|kapitel|part|partie|parte|teil
            |appendix|appendice|ap[eê]ndice|anexo|annexe?|anhang)
            {_HS}+(?:\d{{1,3}}|[IVXLC]{{1,6}}|[A-Z]|one|two|three|four|five|six|seven|eight|nine|ten)
            \b{_HS}*(?:[.:–—\-]{_HS}*)?(?:(?-i:\p{{Lu}})[^\n]{{0,100}})?$
        | {_HEADING_PREFIX}(?:notes|endnotes|footnotes|anmerkungen|fu(?:ß|ss)noten|notas|note
            |index|indice|[ií]ndice|register|glossary|glossar|acknowledge?ments?|remerciements
            |ringraziamenti|agradecimientos|danksagung|about\ the\ authors?|contributors
            |appendix|appendices|anhang|annexes?|contents|table\ of\ contents|sommaire
            |list\ of\ (?:figures|tables|abbreviations)|abbreviations|abkürzungen|vita
            |curriculum\ vitae|tables|figures|figure\ (?:legends|captions)|funding
            |competing\ interests|conflicts?\ of\ interests?|author\ contributions
            |data\ availability|supplementary\ (?:material|data|information)
            |supporting\ information)
            {_HS}{{0,3}}:?(?:\*\*|__)?{_HS}{{0,60}}$
        )"""
    ),
    (
        "Chapter 2 – Literature Review",
        "CHAPTER 3",
        "Appendix A: Survey",
        "Notes",
        "  ENDNOTES",
        "Index",
        "Acknowledgements",
        "Supplementary Material",
        "Figure legends",
    ),
    (
        "Chapter 5 in Smith, J. (ed.) Handbook.",
        "Notes on the text of Hamlet are rare. Really.",
        "Indexes of prices",
    ),
)

# A line carrying a page number at either end after a wide gap: a running head or a
# table-of-contents line ("CHAPTER 4. RESULTS          89", "88      CHAPTER 4: SEEDS").
PAGE_NUMBERED_LINE = _register(
    "page_numbered_line",
    regex.compile(rf"\S{_HS}{{3,}}\d{{1,4}}{_HS}*$|^{_HS}*\d{{1,4}}{_HS}{{3,}}\S"),
    ("CHAPTER 4. RESULTS          89", "88      CHAPTER 4: SEEDS"),
    ("Chapter 4 – Results", "Chapter 12"),
)

# A line that is only a page number (arabic or roman, maybe between dashes): page furniture.
PAGE_NUMBER_LINE = _register(
    "page_number_line",
    regex.compile(
        rf"^{_HS}*(?:[-–—]{_HS}*)?(?:(?:[Pp]age|[Pp]\.|[Ss]eite|S\.){_HS}+)?"
        rf"(?:\d{{1,4}}|[ivxlcdm]{{1,7}}|[IVXLCDM]{{1,7}})(?:{_HS}+(?:of|von|de|di){_HS}+\d{{1,4}})?"
        rf"(?:{_HS}*[-–—])?{_HS}*$"
    ),
    ("  195", "- 12 -", "xiv", "\f88", "Page 12 of 30", "Seite 4"),
    ("1990.", "12 Smith", "Ibid"),
)

# A rule under or between headings (Markdown setext underline, "* * *").
RULE_LINE = _register(
    "rule_line",
    regex.compile(rf"^{_HS}*(?:[=_*~#]{_HS}*){{3,}}$|^{_HS}*-{{3,}}{_HS}*$"),
    ("==========", "* * *", "-----"),
    ("———. 1999. Title.", "--- 1999"),
)

# A heading printed letter-spaced ("R E F E R E N C E S"); the finder closes the gaps and
# tries BIBLIOGRAPHY_HEADING again.
LETTER_SPACED_LINE = _register(
    "letter_spaced_line",
    regex.compile(rf"(?m)^{_HS}*(?:\p{{L}}{_HS}{{1,2}}){{4,30}}\p{{L}}{_HS}*$"),
    ("R E F E R E N C E S", "B i b l i o g r a p h y"),
    ("References", "A B"),
)


# A carriage return that is not part of CR LF: a line end in old Mac text.
LONE_CARRIAGE_RETURN = _register(
    "lone_carriage_return", regex.compile(r"\r(?!\n)"), ("a\rb", "a\r"), ("a\r\nb",)
)

# An entry's label at the start of a line: [12], (12), 12. or 12) then a space, an
# alphanumeric key ([Smi01], [ABC+01]), or a bullet (Markdown "- ", "* ", "•"). At most
# three digits, so that a year opening a wrapped line ("2013. The value") is not a label.
ENUMERATOR = _register(
    "enumerator",
    regex.compile(
        rf"^(?:\[(\d{{1,3}})\]|\((\d{{1,3}})\)|(\d{{1,3}})[.)](?={_HS})"
        rf"|\[(\p{{Lu}}[\p{{L}}\d+\-]{{1,10}})\](?={_HS})|[-*+•·▪◦‣](?={_HS})){_HS}*"
    ),
    (
        "[12] Smith, J.",
        "12. Smith, J.",
        "(3) Jones",
        "7) Doe",
        "[ABC+01] Abel, A.",
        "- Smith, J. 2001.",
        "• Devaney, Johanna",
    ),
    ("2013. The value", "1190.", "12Smith", "(2014). Title", "-Smith", "——. 2001."),
)

# Particles that may open an inverted name ("de Vivo, M.", "van der Berg, A.").
_PARTICLE = r"(?:(?:de|da|di|do|dos|das|del|della|van|von|der|den|du|le|la|ter|ten|zu|y)\ ){0,3}"
# A surname: capitalised, maybe hyphenated or with an apostrophe ("O’Brien", "Rostrup-Nielsen").
_SURNAME = r"\p{Lu}[\p{L}'’\-]{0,40}"

# The start of a reference that names its author first: "Surname, X", "Surname, Given",
# "Surname X.Y.," (Vancouver), "SURNAME", or a repeated-author dash.
# Words that open a continuation line, not a name ("In O. C. A. and D. Card (Ed.)").
_NOT_A_NAME = r"(?:In|Im|In:|Dans|En|Nel|Nella|Em|Proc|Proceedings|Vol|Ed|Eds|Hrsg|Trans|Tech)\b"

AUTHOR_OPENING = _register(
    "author_opening",
    regex.compile(
        rf"""(?x)^(?!{_NOT_A_NAME})(?:
          {_PARTICLE}{_SURNAME}(?:[\ \-]{_SURNAME}){{0,2}},\ {{1,3}}(?!\p{{Lu}}{{2}}\b)
          (?:{_PARTICLE}\p{{Lu}})
        | {_SURNAME}(?:[\ \-]{_SURNAME}){{0,1}}\ \p{{Lu}}{{1,3}}(?:\.?\ ?\p{{Lu}}){{0,2}}\.?
          (?:,|\ (?:and|&|\(|\d))
        | \p{{Lu}}{{2,30}}(?:\ \p{{Lu}}{{2,30}}){{0,2}}\ ?,
        )"""
    ),
    (
        "Abanades, J. C., B. Arias",
        "de Vivo, M. and A. P. Carmignotto",
        "Rostrup-Nielsen, J. R. (1984)",
        "O’Brien, Patrick",
        "Chaneton E.J., J.M. Facelli",
        "Alroy J, Smith K",
        "Beck H. and J. Terborgh",
        "DAMEN, Onorato",
        "Le Quéré, C.",
    ),
    (
        "Journal of Hydrogen Energy",
        "the market, Science",
        "In The Handbook",
        "Mangano and S. Brandani",
        "In O. C. A. and D. Card (Ed.)",
        "Hillsdale, NJ: Erlbaum.",
    ),
)

# A name in natural order opening a reference: initials first ("P. Yang and", "A. Cau,"),
# or given name, middle initial and surname ("Sarita V. Adve."), or two names joined
# by "and". Weaker evidence than an inverted name: place names look the same.
NATURAL_NAME_OPENING = _register(
    "natural_name_opening",
    regex.compile(
        rf"""(?x)^(?!{_NOT_A_NAME})(?:
          (?:\p{{Lu}}\.[\ \-]?){{1,3}}\ ?{_SURNAME}(?:,|\.|\ and\ |\ &\ )
        | \p{{Lu}}\p{{Ll}}{{1,20}}\ \p{{Lu}}\.\ {_SURNAME}(?:,|\.|\ and\ |\ &\ )
        | \p{{Lu}}\p{{Ll}}{{1,20}}\ {_SURNAME}\ (?:and|&)\ \p{{Lu}}
        )"""
    ),
    (
        "P. Yang and J. H. Chern",
        "A. Cau, R. Kuiper",
        "Y. Robert. The Impact",
        "Sarita V. Adve.",
        "Marc Shapiro and Susan Horwitz.",
        "W.-P. de Roever",
    ),
    ("In O. C. A. and D. Card", "San Jose, CA.", "The Impact of Vector", "Proc. SPIE"),
)

# Words that open the middle of a reference, not a new one: "In Proceedings...", "Proc.",
# "pp.", "Vol.", "(Eds.)".
CONTINUATION_OPENING = _register(
    "continuation_opening",
    regex.compile(r"^(?:In:?|Im|Dans|Nel|Nella|Em|Proc\.|Proceedings|pp?\.|Vol\.|vol\.)(?:\ |$)"),
    ("In Proceedings of", "In: Smith, J.", "Proc. SPIE", "pp. 12-14.", "Vol. 3"),
    ("Ingram, J.", "Smith, J.", "Improving the"),
)

# Where a bibliography without a heading may start: a line opening with an inverted name
# ("Surname, X") or a repeated-author dash, maybe after a bracketed label. Footnotes open
# with a number and a name in natural order, so they do not match. Anchored on the "\n"
# before the line (a literal the engine finds fast; the finder puts one before the text).
HEADLESS_OPENING = _register(
    "headless_opening",
    regex.compile(
        rf"\n{_HS}{{0,12}}(?:\[\d{{1,3}}\]{_HS}*|[-*•]{_HS}+)?"
        rf"(?:{_SURNAME}(?:[ \-]{_SURNAME}){{0,2}}, {{1,3}}\p{{Lu}}|[—―]{{2,}})"
    ),
    (
        "\nAbanades, J. C. (2015)",
        "\n  Le Quéré, C. 2004.",
        "\n[3] Smith, John. 1999.",
        "\n- Smith, John. 1999.",
        "\n———. 2001.",
    ),
    ("\n3  Löic Wacquant, “The New", "\nHe said, Smith", "\n1. Smith, J.", "Smith, J. 1999."),
)

# A dash (or underline) standing for the author of the previous entry.
REPEATED_AUTHOR = _register(
    "repeated_author",
    regex.compile(r"^(?:[—―–\-_]{2,}|[—―])(?:\.|,|\ |$)"),
    ("———. 1999. Title.", "---, ed. Papers", "——, Title", "________. Title"),
    ("- a dash", "Smith"),
)

# A year as references print it: 1500-2099, maybe with a letter (2005a), or "n.d.".
ENTRY_YEAR = _register(
    "entry_year",
    regex.compile(r"(?<![\d\p{L}])(?:1[5-9]|20)\d\d(?!\d)"),
    ("(2015)", "2005a.", "1888.", "1999-2000"),
    ("12345", "page 150", "ISBN 978", "A1999"),
)

# A reference's stand-in for a year: no date, forthcoming, in press (checked only where
# YEAR fails: a separate pattern keeps YEAR's scan fast).
UNDATED = _register(
    "undated",
    regex.compile(r"\b(?:n\. ?d\.|s\. ?d\.|o\. ?J\.|[Ff]orthcoming|[Ii]n press|im Druck)"),
    ("Smith, J. n.d. Title.", "forthcoming.", "In press", "o. J."),
    ("and", "press on"),
)

# A citation in running text, "(Ma et al. 2007", "(Cheah and Heywood, 2008)": prose that
# cites, which a reference itself seldom does.
TEXT_CITATION = _register(
    "text_citation",
    regex.compile(
        r"\(\p{Lu}[\p{L}'’\-]{1,40}(?:\ et\ al\.?|\ (?:and|&)\ \p{Lu}[\p{L}'’\-]{1,40})?,?"
        r"\ (?:1[5-9]|20)\d\d"
    ),
    ("(Ma et al. 2007, Ma et al. 2008)", "(Cheah and Heywood, 2008)", "(Wilson 1997: 29)"),
    ("Wilson, W. J. (1997). When Work", "In Smith (Ed.), 2001"),
)

# Numbers as references print them: page ranges (771–788), volume(issue) (35(3)),
# volume:pages (292:1893). One character class each side, so the scan stays fast.
NUMERIC_DETAIL = _register(
    "numeric_detail",
    regex.compile(r"\d ?[-–—:(] ?\d"),
    ("Science 292:1893-1896", "35(3)", "pp. 771–788", "vol. 3: 12"),
    ("the cat sat on the mat", "2nd ed."),
)

# A line end that promises more of the same entry: a comma, hyphen, colon, an open
# bracket, "and"/"&"/"in"/"of", an abbreviation that wants a number ("p.", "vol.").
CONTINUING_END = _register(
    "continuing_end",
    regex.compile(
        r"(?:[,;:&(\[/\-‐–]|\b(?:and|und|et|e|y|in|of|the|for|to|on|from|de|des|du|di|del|der"
        r"|die|im|zur|zum)|(?<!\d\ )\b(?:pp?|[Vv]ol|[Nn]o|[Nn]r|[Hh]rsg|[Ee]ds?)\.)$"
    ),
    ("Pages 465-492 in", "Eco-", "Smith, J.,", "Journal of", "palladium and", "Magazine, p."),
    ("Press.", "1896.", "(2012).", "Penguin, 1988. 368 pp.", "International Journal"),
)

# A line ending in a bare word (no punctuation); the group is its first letter: a
# lowercase word is mid-sentence, a capitalised one may be a place ending an entry.
BARE_WORD_END = _register(
    "bare_word_end",
    regex.compile(r"(?<!\p{L})(\p{L})\p{L}{0,40}$"),
    ("International Journal of Hydrogen", "Walter de Gruyter", "methane steam"),
    ("Press.", "1896", "Smith,"),
)

# A web address cut at a line end ("http://www." / "boston.com/..."): more follows.
ADDRESS_CUT = _register(
    "address_cut",
    regex.compile(r"(?:https?://|www\.)\S{0,300}(?:www\.|[/\-_=?&#~])$"),
    ("Available at http://www.", "https://www.cia.gov/", "http://x.org/a_b-"),
    ("http://x.org/a.htm", "www.vox.com/fed."),
)

# A line ending in a web address or DOI, which ends its entry.
ADDRESS_END = _register(
    "address_end",
    regex.compile(r"(?:https?://|www\.|doi:\ ?|\b10\.\d{4,9}/)\S{0,300}[\p{L}\d)]$"),
    ("Retrieved from http://hrsonline.isr.umich.edu/data", "doi: 10.1046/j.1365-2419.2003.00268.x"),
    ("http://www.cia.gov/", "Journal of Hydrogen"),
)

# A line end that closes an entry: a number, bracket or quote then a period, or a word of
# three or more letters then a period (not an initial like "J." or "Trop." alone).
CLOSING_END = _register(
    "closing_end",
    # {3,40}, not {3,}: an unbounded run of letters would be rescanned from every start.
    regex.compile(r"(?:[\d)\]”\"'’»]\.?|\p{L}{3,40}\.{1,3}|\p{L}{3,40}\.[”\"'’»]|\.\))$"),
    ("Science 292:1893-1896.", "Press.", "Wageningen..", "(Eds.)", "Available at SSRN 2429710"),
    ("J.", "Smith,", "of"),
)

# A line ending in an initial ("... and J."), which the next line's surname continues.
INITIAL_END = _register(
    "initial_end",
    regex.compile(r"(?:^|[\s.,])\p{Lu}\.$"),
    ("M. Galetti, and J.", "S.J. Mazer, H."),
    ("Press.", "1896."),
)

# Where a line ends in a hyphen: the letter before it and the hyphen itself (hyphen-minus,
# soft hyphen, U+2010 hyphen).
LINE_END_HYPHEN = _register(
    "line_end_hyphen",
    regex.compile(r"(\p{L}{1,20})[\-\u00ad\u2010]$"),
    ("Differentia-", "Eco-"),
    ("1160-", "word"),
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

# A subheading inside a bibliography ("Primary Sources", "II. Articles"): short,
# capitalised, no digits, no closing punctuation.
SUBHEADING = _register(
    "subheading",
    regex.compile(rf"^(?:[IVX]{{1,4}}\.|[A-H]\.)?{_HS}*\p{{Lu}}[\p{{L}}&’'/\- ]{{2,48}}:?$"),
    ("Primary Sources", "II. Articles", "Archival material:", "Books"),
    ("Smith, J. 1999.", "Press, 2001", "Cambridge University Press."),
)


# --------------------------------------------------------------------------------------
# Citations in notes, ibid and short forms (citations.py, resolve.py)
# --------------------------------------------------------------------------------------

# A year of publication: 1400-2099, not part of a longer number.
_CITE_YEAR = r"(?<!\d)(?:1[4-9]\d\d|20\d\d)(?![\d])"
# One printed page, roman or arabic, optionally a range (`377–89`, `XIX`, `16-17`, `62f.`).
# One page, arabic or roman, or volume:page (`1:342`).
_ONE_PAGE = r"(?:\d{1,3}:\d{1,5}|\d{1,5}|[ivxlcdmIVXLCDM]{1,7})"
_CITE_PAGE = _ONE_PAGE + r"(?:\s?[-–—]\s?" + _ONE_PAGE + r")?(?:\s?ff?\.)?"
_PAGES = _CITE_PAGE + r"(?:\s?,\s?" + _CITE_PAGE + r"){0,20}"
# The same with arabic numerals only: a bare roman numeral after a comma is usually a word (`, I`).
_PAGE_D = r"(?:\d{1,3}:)?\d{1,5}(?:\s?[-–—]\s?\d{1,5})?(?:\s?ff?\.)?"
_PAGES_D = _PAGE_D + r"(?:\s?,\s?" + _PAGE_D + r"){0,20}"
_LOCATOR_LABEL = (
    r"(?:pp?\.|ch\.|chaps?\.|chapters?|cap\.|nn?\.|notes?|§§?|sec\.|section|S\.|vol\.|Bd\.)"
)
# A locator as printed: a label and pages (roman allowed), or bare arabic pages.
_LOCATOR = r"(?:" + _LOCATOR_LABEL + r"\s?" + _PAGES + r"|" + _PAGES_D + r")"
# A surname as printed in a short form (`Alexander`, `O’Brien`, `Durand-Ruel`, `de Gaulle`).
_CITE_SURNAME = r"(?:(?:de|di|da|van|von|le|la|del|della|du)\s)?\p{Lu}[\p{Ll}\p{Lu}’'\-]{1,30}"
# One to five surnames as a short form names authors: `Bloom and Martin`,
# `Massey, Durand, and Malone`, `Massey et al.` (a bare comma list would swallow a short title).
_SURNAMES = (
    _CITE_SURNAME
    + r"(?:(?:,\s"
    + _CITE_SURNAME
    + r"){0,3},?\s(?:and|e|et|und|y|&)\s"
    + _CITE_SURNAME
    + r"|\set\sal\.)?"
)

# The label of a locator, mapped to a CSL locator label by citations.py.
LOCATOR_LABEL = _register(
    "locator_label",
    regex.compile(
        r"(?P<label>pp?\.|pages?|ch\.|chaps?\.|chapters?|cap\.|capp\.|capitolo|chap\.|"
        r"nn?\.|notes?|§§?|sec\.|sect\.|section|S\.|Bd\.|vol\.|par\.)\s?",
        regex.IGNORECASE,
    ),
    ("p. ", "pp. ", "ch. ", "chapter ", "n. ", "§ "),
    ("xyz",),
)

# A note that opens by dating the text it annotates (`From February, 1938.`, `Dated 12 March
# 1920.`): the date is that work's only description; the group is what the parser reads.
CITE_DATE_ONLY = _register(
    "cite_date_only",
    regex.compile(
        r"(?i)^\s{0,3}(?:(?:from|of|dated|written(?:\s(?:in|on))?|del|dal|du|vom|von|de)\s{1,3})?"
        r"(?P<date>(?:\d{1,2}(?:st|nd|rd|th|er|º)?\.?\s{1,3})?" + _MONTH + r"\.?"
        r"(?:\s{1,3}\d{1,2}(?:st|nd|rd|th)?)?,?\s{1,3}" + _YEAR + r")\s{0,3}\.?\s{0,3}$"
    ),
    ("From February, 1938.", "Dated 12 March 1920.", "June 1941", "Del 3 maggio 1937."),
    ("From February, 1938, Serge wrote", "1938.", "See February 1938."),
)

# What any citation in a chunk of a note shows: a digit or a quote, or a roman page after
# a comma (citations.py also looks for Ibid., op. cit. and URL words). Two plain scans.
CITE_SIGN_CHAR = _register(
    "cite_sign_char",
    regex.compile(r"[\d“«\"„‘]"),
    ("Alexander, 218", "Massey, “Conclusion”"),
    ("Ibid.",),
)
CITE_ROMAN_PAGE = _register(
    "cite_roman_page",
    regex.compile(r", [ivxlcdmIVXLCDM]{1,8}(?![\p{L}])"),
    ("Smith, xii", "Smith, XIX."),
    ("Smith, said", "He was wrong."),
)

# A quoted title named as a piece of writing in commentary: `our introduction :«Marxisti
# libertari oggi»`, `his essay “The Question”`, `la prefazione «Ai lettori»`.
CITE_NAMED_PIECE = _register(
    "cite_named_piece",
    # the quote first, the word before it looked behind: a scan stops only at quotes
    regex.compile(
        r"(?<=(?i:introduction|preface|foreword|afterword|postface|essay|article|chapter|review|"
        r"introduzione|prefazione|postfazione|saggio|articolo|capitolo|préface|avant-propos|"
        r"essai|chapitre|Einleitung|Vorwort|Aufsatz|introducción|prólogo|ensayo|"
        r"artículo|introdução|prefácio|ensaio|artigo)\s{0,2}:?\s{0,2})"
        r"(?P<title>[«“\"„]\p{Lu}[^«»“”\"„\n]{1,150}[»”\"“])"
    ),
    ("our introduction :«Marxisti libertari oggi»", "his essay “The Question”"),
    ("the introduction to the book", "an essay «on what»"),
)

# A sentence that ends with an author given by initials and a title, no imprint: a work
# announced or cited by author and title alone (`Soon to be published, D. Guérin, Per il
# comunismo libertario.`).
CITE_INITIALS_TITLE = _register(
    "cite_initials_title",
    regex.compile(
        r"(?<![\p{L}.])(?P<work>(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}’'\-]{1,30}+(?:\s\p{Lu}[\p{Ll}’'\-]{1,30}+)?"
        r",\s\p{Lu}[\p{L}’'\-]{0,30}+(?:\s[\p{L}’'\-]{1,30}+){1,12})\.?\s{0,3}$"
    ),
    ("Soon to be published, D. Guérin, Per il comunismo libertario.", "J. Smith, The Book"),
    ("As noted by J. Smith, the results are wrong.", "D. Guérin wrote it."),
)

# Where works just cited can all be read, later in the same sentence (searched a little
# after a work): `, followed by «Precisazioni» (2010), both in www.utopiarossa.blogspot.com`.
SHARED_URL = _register(
    "shared_url",
    regex.compile(
        r"(?<![\p{L}])(?i:both|all|all\sof\sthem|entrambi|entrambe|tutti|tutte|"
        r"tous\sdeux|toutes\sdeux|beide|ambos|ambas)\s(?i:in|at|on|su|dans|sur|auf|en|em)\s"
        r"(?P<url>(?:https?://|www\.)[^\s<>\"”»\]\)]{2,500})"
    ),
    ("both in www.utopiarossa.blogspot.com.", "entrambi su https://a.org/b"),
    (", in www.a.org", "both in the book"),
)

# A translation's lead inside brackets: `[it. tr. …]`, `[trad. fr. …]`, `[Engl. transl.: …]`,
# `[English translation: …]`. A fragment of LEADING_CUES and TRANSLATION_GAP.
_TRANSLATION_LEAD = (
    r"(?:it|ital|fr|engl?|sp|esp|dt|pt|port)\.\s?(?:tr|trad|transl?|übers)\.|"
    r"(?:tr|trad|transl?|übers)\.\s?(?:it|ital|fr|engl?|sp|esp|dt|pt|port)\.|"
    r"(?:english|italian|french|german|spanish|portuguese)\stranslation|"
    r"traduzione\sitaliana|traduction\sfrançaise|traducción\sespañola"
)

# What stands between a work and its translation or other edition given in square brackets
# right after it: `…, Paris 1921 [Gli anarchici …, Milano 1969]`. Matched (fullmatch) on the
# text between the two citations, so the bound keeps it linear.
TRANSLATION_GAP = _register(
    "TRANSLATION_GAP",
    regex.compile(
        r"\A\s{0,8}[,.;:]?\s{0,8}\[\s{0,8}(?:" + _TRANSLATION_LEAD + r")?[:,]?\s{0,8}\Z",
        regex.IGNORECASE,
    ),
    (" [", ", [", " [it. tr. ", "\n[", ". [Engl. transl.: ", " [trad. it.: "),
    (" and ", " (", "[[[", " [see "),
)

# A letter cited in commentary by its recipient and date: `the letter-testament to Magdeleine
# Paz and others, from February 1st 1933`, `letter from Marx to Engels, 3 May 1868`.
CITE_LETTER = _register(
    "cite_letter",
    regex.compile(
        r"(?<![\p{L}])(?:(?:the|his|her|a)\s)?(?:[Ll]etter|[Ll]ettera|[Ll]ettre|[Bb]rief|[Cc]arta)"
        r"(?:-[\p{L}]{2,20})?\s(?:to|from|a|à|an|de|di)\s\p{Lu}[^.;:()\[\]]{0,120}?,?\s"
        r"(?:(?:from|of|dated|del|du|vom)\s)?"
        r"(?:\d{1,2}(?:st|nd|rd|th|er|º)?\.?\s)?"
        + _MONTH
        + r"\.?(?:\s\d{1,2}(?:st|nd|rd|th)?)?,?\s"
        + _YEAR
    ),
    (
        "the letter-testament to Magdeleine Paz and others, from February 1st 1933",
        "letter from Marx to Engels, 3 May 1868",
    ),
    ("the letter was lost in 1933", "a letter to him"),
)

# A page cited in parentheses inside commentary, after the short title it belongs to or
# after a quotation from the work under discussion: `the Memoirs (p. 219)`, `fragments (pp. 235-6)`.
CITE_PAREN_PAGE = _register(
    "cite_paren_page",
    regex.compile(
        r"(?:(?<![\p{L}\d])(?P<title>(?:(?:the|The|il|Il|la|La|le|Le|les|Les|die|Die|der|Der|el|El)\s)?"
        r"\p{Lu}[\p{Ll}’'\-]{2,30})\s)?\((?P<locator>(?:pp?\.|S\.)\s?" + _PAGES + r")\)"
    ),
    ("the Memoirs (p. 219)", "(pp. 235-6)", "Carnets (p. 12)"),
    ("(1938)", "(p.)"),
)

# A locator as printed after a work: `, 218`, `: 377–89`, `, ch. 3`, `,158`, `, pp. 16-17`.
TRAILING_LOCATOR = _register(
    "trailing_locator",
    regex.compile(r"\G\s?(?P<sep>[,:]?)\s?(?P<locator>" + _LOCATOR + r")(?![\p{L}\d])"),
    (", 218", ": 377–89", ", ch. 3", ",158", ", pp. 16-17", ", p. XIX", ", 60, 94, 100, 179"),
    ("",),
)

# A locator standing alone after `;` (`Ibid., 61–69; 106–39`), continuing the one before.
CITE_LOCATOR_ONLY = _register(
    "cite_locator_only",
    regex.compile(r"^" + _LOCATOR + r"\.?$"),
    ("106–39", "pp. 3-4", "12."),
    ("Alexander, 51", "1999 was a year"),
)

# The locator at the very end of a citation, with what separates it from the work.
LOCATOR_AT_END = _register(
    "locator_at_end",
    regex.compile(r"(?:\s?[,:]\s?|\s)(?P<locator>" + _LOCATOR + r")\.?$"),
    ("(New York: Verso, 2006), 380–85", "(1977),158", "2014), ch. 4", "Paris 1921, pp. 16-17"),
    ("The New Jim Crow",),
)

# Ibid. and its relatives at the start of a citation: `Ibid., 229`, `Ivi, p. 3`, `ebd., S. 4`.
CITE_IBID = _register(
    "cite_ibid",
    # Used with .match(text, pos): no `^`, which would not match at pos > 0.
    regex.compile(
        r"(?:ibid(?:em)?\.?|ivi|ibd\.|ebd\.|ebenda|id\.|idem|eadem|ead\.)(?=[\s,.;:]|$)",
        regex.IGNORECASE,
    ),
    ("Ibid., 229", "Ivi, p. 12", "ebd., S. 4", "Id., 33", "ibidem"),
    ("Ibidsen, 4", "Identity, 1999", "Ivins, 4"),
)

# `op. cit.` standing alone at the start of a citation, with no author before it.
OP_CIT_ALONE = _register(
    "op_cit_alone",
    regex.compile(r"(?:op\.\s?cit\.|a\.\s?a\.\s?O\.|loc\.\s?cit\.)", regex.IGNORECASE),
    ("Op. cit., p. 4", "a.a.O., S. 5"),
    ("opera",),
)

# Any year, for telling `Id., 33` (ibid) from `Id., Das Elend, Berlin 1972` (same author).
ANY_YEAR = _register("any_year", regex.compile(_CITE_YEAR), ("Berlin 1972",), ("p. 33",))

# The end of an imprint: `London: Verso`, `Paris: Seuil, 1980`, `Berlin 1990`.
IMPRINT_TAIL = _register(
    "imprint_tail",
    regex.compile(r"\p{Lu}[\p{L}.\- ]{1,40}:\s?\p{Lu}|" + _CITE_YEAR),
    ("London: Verso", "New York: Routledge", "Berlin 1990"),
    ("and so on",),
)

# A short form: surname(s), optional short title, locator (`Alexander, 218`, `Sassen, Mobility, 22`,
# `Wilson, chapter 5`, `Massey, “Conclusion”`), or with `op. cit.` / `cit.` / `a.a.O.`.
SHORT_FORM = _register(
    "short_form",
    regex.compile(
        r"(?P<name>" + _SURNAMES + r")(?:\s?,\s?|\s(?=" + _CITE_YEAR + r"))"
        r"(?:(?P<year>" + _CITE_YEAR + r"[a-z]?)\s?[,:]\s?)?"
        r"(?:(?P<title>[“\"«„‘][^”\"»“]{1,120}[”\"»“’](?:[^,;()\[\]]{0,60}?)|\p{Lu}[^,;()\[\]]{0,60}?)"
        r"\s?,?\s?)??"
        r"(?P<opcit>(?:op\.\s?cit\.|cit\.|a\.\s?a\.\s?O\.|loc\.\s?cit\.)\s?,?\s?)?"
        r"(?P<locator>" + _LOCATOR + r")?"
        # the end of the citation, or commentary after it (`Wilson, chapter 5 for a study`)
        r"(?P<end>\.?\s*$|\.?\s+(?=for\b|on\b|where\b|which\b|per\b|pour\b)|,\s(?=for\b|on\b|where\b))",
    ),
    (
        "Alexander, 218",
        "Wilson, chapter 5",
        "Sassen, Mobility, 22, 145",
        "Parrado and Kandel, 108–109, 117",
        "Massey, “Conclusion”",
        "Wilson, op. cit., 12",
        "Ehrenhalt, ch. 2.",
        "Marx, Capital, 1:342",
        "Lenin, “Left-Wing” Communism, 45",
        "Smith 2005, 45",
        "Marx, 1976: 342",
        "Massey, Durand, and Malone, 45",
        "Massey et al., 45",
    ),
    (
        "However, 12 workers went home",
        "Lenin, What Is To Be Done?, in Selected Works (Moscow, 1977)",
    ),
)

# A quoted short title marked as such: `«Trente ans», cit., p. 162`, `“Trente ans…”`,
# `«Moral and revolution» (in Socialismo e totalitarismo, cit.)`.
SHORT_TITLE = _register(
    "short_title",
    regex.compile(
        r"(?P<quoted>[“«\"](?P<title>[^”»“«\"]{1,120}?)(?P<ellipsis>…|\.\.\.)?[”»\"])"
        r"(?:\s?\(in\s(?P<container>[^()]{1,120}?),\s?(?:op\.\s?)?cit\.\)"
        r"|(?P<cit>\s?,\s?(?:op\.\s?)?cit\.)(?:\s?,\s?(?P<locator>" + _LOCATOR + r"))?"
        r"|(?<=…[”»\"]|\.\.\.[”»\"]))"
    ),
    (
        "«Trente ans», cit., p. 162",
        "“Trente ans…”",
        "«Moral and revolution» (in Socialismo e totalitarismo, cit.)",
    ),
    ("“modern slavery” in", "«Trent’anni dopo», in V. Serge"),
)

# A bare year standing where a locator might (`February, 1938`): a date, not a page.
YEAR_ONLY = _register("year_only", regex.compile(_CITE_YEAR), ("1938",), ("218", "37–41"))

# A year that may close a work's imprint or date: after a capitalised word (`Paris 1921`,
# `Nov. 1947`), a comma (`, 1977`), a slash (`n. 47/2010`) or a closing parenthesis.
IMPRINT_YEAR = _register(
    "imprint_year",
    # A year followed by a colon dates what the colon introduces (`Kiev, May-June 1922: “The …”`).
    regex.compile(
        r"(?:(?<=\p{Lu}[\p{L}.]{0,30}\s)|(?<=,\s?)|(?<=\)\s)|(?<=/))"
        + _CITE_YEAR
        + r"(?:[-–]\d{2,4})?(?!\s?:)"
    ),
    ("Paris 1921", "Nov. 1947", "Verso, 2014", "n. 47/2010", "(N.J.) 1996"),
    ("in 1919", "November 17 1947", "from 1951", "May-June 1922: “The"),
)

# A parenthesis holding a year: `(New York: Verso, 2014)`, `(2000)`, `(Masses, n. 9/10, June 1947)`.
YEAR_PAREN = _register(
    "year_paren",
    regex.compile(r"\((?P<inner>[^()\[\]]{0,200}?" + _CITE_YEAR + r"[^()\[\]]{0,80}?)\)"),
    ("(New York: Verso, 2014)", "(2000)", "(1936-39)", "(end of May 1945)"),
    ("(p. 219)", "(N.J.)"),
)

# A parenthesis holding only a year, as author-date notes print it: `(2005)`, `(1999a)`.
YEAR_PAREN_ONLY = _register(
    "year_paren_only",
    regex.compile(r"\(\s?" + _CITE_YEAR + r"[a-z]?\s?\)"),
    ("(2005)", "(1999a)"),
    ("(p. 4)",),
)

# Markdown emphasis around a title (`*Settlers*`, `_Capital_`, `**Title**`): the parser
# sees the words without the marks.
MARKDOWN_EMPHASIS = _register(
    "markdown_emphasis",
    regex.compile(
        r"(?<![\w*_])(?P<mark>\*{1,3}|_{1,3})(?=\S)(?P<text>[^\n]{1,300}?)(?<=\S)(?P=mark)(?![\w*_])"
    ),
    ("*Settlers*", "_Capital_", "**Black Bolshevik**"),
    ("2 * 3 * 4", "snake_case_name"),
)

# A web address cited as a source.
CITE_URL = _register(
    "cite_url",
    regex.compile(r"(?:https?://|www\.)[^\s<>\"”»\]\)]{2,500}"),
    ("http://data.cmsny.org/", "www.utopiarossa.blogspot.com"),
    ("see the web",),
)

# What follows a web source's date: when it was read and where (`, accessed May 5, 2018`,
# `, https://…`, `. doi:10.1000/xyz`, `, available at https://…`).
WEB_TAIL = _register(
    "web_tail",
    regex.compile(
        r"\s?[,.]?\s?(?:"
        r"(?:(?:last\s)?accessed|retrieved|viewed|consultato(?:\sil)?|consulté(?:\sle)?|"
        r"abgerufen(?:\sam)?|consultado(?:\sel)?)\s(?:on\s)?[^;()]{1,30}?"
        + _CITE_YEAR
        + r"|(?:(?:available|online)\s(?:at|from):?\s|CITE_URL:?\s)?"
        r"(?P<url>(?:https?://|www\.|doi:\s?)[^\s<>\"”»]{2,500})"
        r")"
    ),
    (
        ", accessed May 5, 2018",
        ", https://example.org/a",
        ". doi:10.1000/xyz",
        ", available at www.a.org",
    ),
    (", for a discussion",),
)

# Words that introduce a cited work inside commentary (`See`, `Cf.`, `draws from`, `edition of`).
CUE = _register(
    "cue",
    regex.compile(
        r"(?<![\p{L}])(?:see(?:\salso)?|also|cf\.|compare|vedi|vedasi|voir|siehe|vgl\.|véase|ver|veja|"
        r"in|from|of|and|e|et|und|y|followed\sby|by|our|nostro|nostra)(?![\p{L}])\s?|:\s?",
        regex.IGNORECASE,
    ),
    ("see ", "Cf. ", "draws from ", ": "),
    ("seed",),
)

# Connectors to strip at the start of a citation (`Also see`, `See also`, `and`, `Cf.`).
LEADING_CUES = _register(
    "leading_cues",
    regex.compile(
        r"(?:(?:also|and|or|but|e|et|und|y|then|see(?:\salso)?|cf\.|compare|vedi|voir|siehe|vgl\.|"
        r"véase|ver|veja|in|on|from|for\sexample|for\sinstance|e\.\s?g\.|z\.\s?B\.|"
        r"ad\sesempio|par\sexemple|por\sejemplo|(?:quoted|cited|citato|cité|citado|zit\.)\s(?:in|by|da|dans|en|nach|n\.)|"
        + _TRANSLATION_LEAD
        + r")"
        r"(?![\p{L}])[\s,]{0,3}|:\s?){1,8}",
        regex.IGNORECASE,
    ),
    ("Also see ", "See ", "Cf. ", "and in ", ": ", "it. tr. ", "trad. fr.: ", "Engl. transl. "),
    ("Zoo",),
)

# An author list ending in a comma before a title: `Löic Wacquant, `,
# `Emilio Parrado and Wiliam Kandel, `.
AUTHOR_LIST = _register(
    "author_list",
    regex.compile(
        r"^(?:(?:\p{Lu}[\p{L}’'\-]*\.?\s){0,3}\p{Lu}[\p{L}’'\-]+\s?,\s?){1,6}$"
        r"|^(?:(?:\p{Lu}[\p{L}’'\-]*\.?\s){0,3}\p{Lu}[\p{L}’'\-]+\s?,?\s){1,5}(?:and|e|et|und|y|&)\s"
        r"(?:\p{Lu}[\p{L}’'\-]*\.?\s){0,3}\p{Lu}[\p{L}’'\-]+\s?,\s?$"
    ),
    (
        "Löic Wacquant, ",
        "Emilio Parrado and Wiliam Kandel, ",
        "Susan Weissman , ",
        "Douglas Massey, Jorge Durand, and Nolan Malone, ",
    ),
    ("Serge analyses “modern slavery” in ",),
)

# A sentence of a note that opens with an author as a bibliography writes it:
# `Smith, John.`, `Müller, Hans: Titel`, `Smith, J. A.`; or that is only a name, `John Smith.`
CITE_AUTHOR_OPENING = _register(
    "cite_author_opening",
    regex.compile(
        # words bounded and possessive: a run of capitals must not be re-split many ways
        r"\p{Lu}[\p{L}’'\-]{1,40}+,\s\p{Lu}[\p{L}’'\-]{0,40}+\.?"
        r"(?:\s\p{Lu}[\p{L}’'\-]{0,40}+\.?){0,2}(?=[.:]|\s*$)"
        r"|(?:\p{Lu}[\p{L}’'\-]{0,40}+\.?\s){1,3}\p{Lu}[\p{L}’'\-]{1,40}+(?=\.?\s*$)"
    ),
    ("Smith, John", "Müller, Hans: Titel der Arbeit", "Smith, J. A.", "John Smith"),
    ("This is discussed at length", "see the book"),
)

# A few capitalised words closing a sentence: the start of a title a full stop cut
# (`Il terrorismo.` before `Storia, concetti, metodi (1979)`).
TITLE_TAIL = _register(
    "title_tail",
    regex.compile(r"\p{Lu}[\p{L}’'\-]*(?:\s[\p{L}’'\-]+){0,5}\.?"),
    ("Il terrorismo.", "Capital"),
    ("12",),
)

# What separates the parts of an author-and-title head: a comma, a colon, a full stop.
HEAD_SEPARATOR = _register(
    "head_separator", regex.compile(r",|:|\.\s"), ("Smith, John", "Titel. Berlin"), ("Kiev",)
)

# Where a note may split into citations: `;`, `[` (a translation in brackets), a sentence end.
CHUNK_BREAK = _register(
    "chunk_break",
    regex.compile(r"[;\[]|(?<=[.!?]|\.[”»\"’)])\s+(?=[\p{Lu}“«\"‘])"),
    # `?` or `!` before a closing quote usually ends a title (`«L’Urss …?» (Masses, …)`).
    ("a; b", "[It. tr.]", "end. The", ".” In"),
    ("and the", "socialiste?» (Masses", "Heir?” In"),
)

# Abbreviations after which a full stop does not end a sentence (`ed.`, `vol.`, initials `E.`).
ABBREVIATION = _register(
    "abbreviation",
    regex.compile(
        r"(?:^|[\s(\[])(?:\p{Lu}|ed|eds|éd|vol|vols|no|nos|pp?|ch|chap|cap|nn?|cf|trans|tr|transl|trad|repr|"
        r"rev|St|Dr|Mr|Mrs|Ms|Jr|Sr|ibid|id|op|cit|ca|c|S|Hg|Hrsg|vgl|ders|al|Bd|Jg|Aufl|dir|coord|"
        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|fig|ff|f|art|sec|vs|Univ|Co|Inc|Ltd|N\.J|"
        r"[\p{Lu}]\.[\p{Lu}])\.$",
        regex.IGNORECASE,
    ),
    (" ed.", " vol.", " E.", " Ibid.", " pp."),
    (" Crow.", " 2011."),
)


# --------------------------------------------------------------------------------------
# Document metadata (front matter, title blocks)
# --------------------------------------------------------------------------------------

# A front-matter block at the very start: `---` ... `---` or `...` (pandoc's YAML metadata).
# Bounded: at most 20,000 characters between the fences.
FRONT_MATTER = _register(
    "front_matter",
    regex.compile(
        r"\A\ufeff?---[ \t]*\r?\n"
        r"(?P<body>(?:[^\n]{0,2000}\n){0,200}?)"
        r"(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)"
    ),
    ("---\ntitle: The Russia We Love\nauthor: Damen, Onorato\n...\n",),
    ("Text\n---\ntitle: x\n---\n", "---\n"),
)

# One `key: value` line of front matter.
FRONT_MATTER_LINE = _register(
    "front_matter_line",
    regex.compile(r"(?P<key>[A-Za-z][\w-]{0,40})\s?:(?:\s+(?P<value>.{0,2000}))?$"),
    ("title: The Russia We Love", "date: 1943"),
    ("- Damen",),
)

# One list item under a key (`author:` then `  - Damen, Onorato`).
FRONT_MATTER_ITEM = _register(
    "front_matter_item",
    regex.compile(r"\s{0,8}-\s+(?P<value>.{1,2000})$"),
    ("  - Damen, Onorato",),
    ("title: x",),
)

# `1943`, `1943-12`, `2013-03-11`: an ISO date as front matter writes it.
ISO_DATE = _register(
    "iso_date",
    regex.compile(
        r"^(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?(?:[T ][\d:.Z+-]{0,30})?$"
    ),
    ("1943", "2013-03-11", "1943-12"),
    ("December 1943",),
)

# A title line then a `By …` line at the very start (`# Title` allowed): a document's own heading.
TITLE_BLOCK = _register(
    "title_block",
    regex.compile(
        r"\A\ufeff?\s{0,200}?(?:#{1,2}\s)?(?P<title>[^\n#]{3,200})\n(?:[ \t]*\n){0,2}"
        r"[ \t]*(?:[Bb]y|[Dd]i|[Pp]ar|[Vv]on|[Pp]or)\s"
        r"(?P<author>[\p{Lu}][^\n]{2,120}?)[ \t]*(?:\n|\Z)"
    ),
    ("# The Russia We Love\n\nby Onorato Damen\n",),
    ("Some text here\nand more\n",),
)

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

# Control characters that text files rarely hold (everything below U+0020 except tab, LF,
# VT, FF, CR, and ESC used by terminals). A few stray ones come out of PDF extraction;
# many of them mark binary input (see sources.py for the threshold).
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


# --------------------------------------------------------------------------------------
# Corpus bibliography: normalised keys for merging works (bibliography.py)
# --------------------------------------------------------------------------------------

# Anything that is not a letter or digit separates words when titles and names are
# compared: punctuation, quotes and dashes differ between documents citing one work.
NON_WORD = _register(
    "NON_WORD",
    regex.compile(r"[^\p{L}\p{N}]++"),
    examples=("What Is To Be Done?", "Lenin, V. I.", "«Critica sociale»"),
    counter=("Lenin", "1902"),
)

# Where a main title ends and its subtitle begins: a colon or semicolon, a dash set off
# by spaces, or a sentence end (". ", "? ", "! ") before a capital. Only the first
# separator counts, so "What Is To Be Done? Burning Questions" keeps "What Is To Be Done".
SUBTITLE_SEPARATOR = _register(
    "SUBTITLE_SEPARATOR",
    # No unbounded run of \s: a repetition at the start would rescan long runs of spaces.
    regex.compile(r"[:;]\s|\s\p{Pd}\s|[.?!]\s{1,3}(?=\p{Lu})"),
    examples=(
        "Memoirs of a Revolutionary: 1901-1941",
        "What Is To Be Done? Burning Questions of Our Movement",
        "Il sindacalismo – storia e teoria",
    ),
    counter=("What Is To Be Done?", "Pre-war Russia", "Vol. 1"),
)

# Leading articles dropped from a title before it is used as a key ("The State and
# Revolution" = "State and Revolution"), in the six languages citex reads.
LEADING_ARTICLE = _register(
    "LEADING_ARTICLE",
    regex.compile(
        r"^(?:the|an?|il|lo|la|i|gli|le|l|les|un|una|uno|une|el|los|las|der|die|das|ein|eine"
        r"|o|os|as|um|uma)\s",
    ),
    examples=("the state and revolution", "l ordine nuovo", "der staat"),
    counter=("state and revolution", "theory of the state"),
)
