"""Patterns of the sections stage: bibliography headings, entries and page furniture, front matter.

No logic lives here. Each pattern is registered with examples it must match and
counter-examples it must not (``citex.registry``), which tests/test_patterns.py checks.
Repetitions are bounded: no pattern may backtrack catastrophically on hostile input.
"""

from __future__ import annotations

import regex

from citex import lexicon
from citex.registry import alternation
from citex.registry import register as _register

# Horizontal whitespace only: patterns that may run over several lines (with (?m), or from
# a "\n") must never cross a line end. pdftotext starts each page with a form feed; it
# counts as space.
_HS = r"[^\S\n]"

# The headings of a bibliography in the languages citex reads (lexicon: HEADING_QUALIFIERS,
# BIBLIOGRAPHY_HEADINGS), for verbose patterns (alternation() escapes the spaces). The `regex`
# module tries such an alternation branch by branch, so bibliography.py matches it only on the
# few lines whose first word could start a heading.
_BIBLIOGRAPHY_WORDS = rf"(?:{alternation(lexicon.words('HEADING_QUALIFIERS'))}\ )?" + alternation(
    lexicon.words("BIBLIOGRAPHY_HEADINGS")
)
# Words of a numbered chapter or appendix heading, and of any numbered division heading.
_CHAPTER_WORDS = alternation(lexicon.words("CHAPTER_WORDS"))
_DIVISION_WORDS = alternation(lexicon.words("CHAPTER_WORDS") | lexicon.words("PART_WORDS"))

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
        rf"(?imx)^{_HS}{{0,120}}(?:{_CHAPTER_WORDS}"
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
          {_DIVISION_WORDS}
            {_HS}+(?:\d{{1,3}}|[IVXLC]{{1,6}}|[A-Z]|{alternation(lexicon.words("NUMBER_WORDS"))})
            \b{_HS}*(?:[.:–—\-]{_HS}*)?(?:(?-i:\p{{Lu}})[^\n]{{0,100}})?$
        | {_HEADING_PREFIX}{alternation(lexicon.words("SECTION_END_HEADINGS"))}
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


# A surname and its comma right after a label's full stop: "10.Berg, H." (a label glued to
# the author, issue 11), not "2.Auflage" or "1.5".
_GLUED_NAME = r"\p{Lu}[\p{L}'’\-]{1,40},"

# An entry's label at the start of a line: [12], (12), 12. or 12) then a space or glued to
# an inverted name ("10.Berg, H."), an alphanumeric key ([Smi01], [ABC+01]), or a bullet
# (Markdown "- ", "* ", "•"). At most three digits, so that a year opening a wrapped line
# ("2013. The value") is not a label.
ENUMERATOR = _register(
    "enumerator",
    regex.compile(
        rf"^(?:\[(\d{{1,3}})\]|\((\d{{1,3}})\)|(\d{{1,3}})(?:[.)](?={_HS})|\.(?={_GLUED_NAME}))"
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
        "10.Berg, H. and Lorenz, K.",
    ),
    (
        "2013. The value",
        "1190.",
        "12Smith",
        "2.Auflage Berlin",
        "1.5 mm",
        "(2014). Title",
        "-Smith",
        "——. 2001.",
    ),
)

# Particles that may open an inverted name ("de Vivo, M.", "van der Berg, A.").
_PARTICLE = rf"(?:{alternation(lexicon.words('PARTICLES'))}\ ){{0,3}}"
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
          (?:,|:\ |\ (?:and|&|\(|\d))
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
        "Voss H: A model of estuarine circulation",
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

# An initial standing for a given name ("Hale, K.", "M.-C."): an entry's head names people.
NAME_INITIAL = _register(
    "name_initial",
    regex.compile(r"(?<!\p{L})\p{Lu}\.(?!\p{L})"),
    ("Hale, K., & Ruiz, M.", "Moreno, L. (1999)", "Shan, M.-C."),
    ("Chongqing, China (1986)", "Proc.", "U.S.A"),
)

# A full stop then a word of four letters or more: a sentence (a title) has begun.
SENTENCE_BREAK = _register(
    "sentence_break",
    regex.compile(r"\.\s\p{L}{4}"),
    ("Stephens. Mitochondrial Disorders", "Smith, J. Title of a book"),
    ("Hale, K., & Ruiz, M. (2003)", "Smith, J. A. and"),
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

# A subheading inside a bibliography ("Primary Sources", "II. Articles"): short,
# capitalised, no digits, no closing punctuation.
SUBHEADING = _register(
    "subheading",
    regex.compile(rf"^(?:[IVX]{{1,4}}\.|[A-H]\.)?{_HS}*\p{{Lu}}[\p{{L}}&’'/\- ]{{2,48}}:?$"),
    ("Primary Sources", "II. Articles", "Archival material:", "Books"),
    ("Smith, J. 1999.", "Press, 2001", "Cambridge University Press."),
)


# A front-matter block at the very start: `---` ... `---` or `...` (pandoc's YAML metadata).
# Bounded: at most 20,000 characters between the fences.
FRONT_MATTER = _register(
    "front_matter",
    regex.compile(
        r"\A\ufeff?(?P<fence>---|\+\+\+)[ \t]*\r?\n"
        r"(?P<body>(?:[^\n]{0,2000}\n){0,200}?)"
        r"(?:(?P=fence)|(?<=\n)\.\.\.)[ \t]*(?:\r?\n|\Z)"
    ),
    (
        "---\ntitle: The Russia We Love\nauthor: Damen, Onorato\n...\n",
        '+++\ntitle = "Capital"\n+++\n',
    ),
    ("Text\n---\ntitle: x\n---\n", "---\n", "+++\ntitle = x\n---\n"),
)

# A pandoc title block at the very start: `% Title`, then `% Author; Author` and `% Date`
# (either may be empty). Lines are bounded; continuation lines are not read.
PANDOC_TITLE_BLOCK = _register(
    "pandoc_title_block",
    regex.compile(
        r"\A\ufeff?%[ \t]*(?P<title>[^\n%][^\n]{0,300})\r?\n"
        r"(?:%[ \t]*(?P<author>[^\n]{0,300})(?:\r?\n|\Z)"
        r"(?:%[ \t]*(?P<date>[^\n]{0,100})(?:\r?\n|\Z))?)?"
    ),
    ("% Capital\n% Karl Marx\n% 1867\n", "% Capital\n\nText"),
    ("Capital\n% Karl Marx\n", "%\n% Karl Marx\n"),
)

# One `key: value` line of front matter.
FRONT_MATTER_LINE = _register(
    "front_matter_line",
    regex.compile(r"^(?P<key>[A-Za-z][\w-]{0,40})\s?:(?:\s+(?P<value>.{0,2000}))?$"),
    ("title: The Russia We Love", "date: 1943"),
    ("- Damen",),
)

# One list item under a key (`author:` then `  - Damen, Onorato`).
FRONT_MATTER_ITEM = _register(
    "front_matter_item",
    regex.compile(r"^\s{0,8}-\s+(?P<value>.{1,2000})$"),
    ("  - Damen, Onorato",),
    ("title: x",),
)

# `1943`, `1943-12`, `2013-03-11`: an ISO date as front matter writes it, with the time
# Jekyll and Hugo add (`2013-03-11 10:00:00 +0000`, `2013-03-11T10:00:00-05:00`).
ISO_DATE = _register(
    "iso_date",
    regex.compile(
        r"^(?P<year>\d{4})(?:-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2}))?)?"
        r"(?:[T ][\d:.Z+ -]{0,30})?$"
    ),
    ("1943", "2013-03-11", "1943-12", "2013-03-11 10:00:00 +0000", "2013-03-11T10:00:00-05:00"),
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

# Back matter after a bibliography: a contact block or an author's biography (issue 11).
BACK_MATTER = _register(
    "back_matter",
    regex.compile(
        rf"^{alternation(lexicon.words('BACK_MATTER_LABELS'))}\s?:"
        r"|[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,5}"
        r"|^(?:\p{Lu}[\p{L}’'\-]{1,30}\s){1,3}"
        rf"{alternation(lexicon.words('BIOGRAPHY_VERBS'))}\s"
    ),
    (
        "Correspondence: Department of Sociology",
        "e-mail a.berg@eastfield.example",
        "Annika Berg is a lecturer in the Department",
    ),
    ("Berg, Annika. Bread at Night. Malmö 2001.", "Is a lecturer"),
)

# Dot leaders before a page number: a table-of-contents line (`Bibliography ..... 11`).
CONTENTS_LEADERS = _register(
    "contents_leaders",
    regex.compile(rf"\.{_HS}?\.{_HS}?\.{_HS}{{0,40}}\d{{1,4}}{_HS}{{0,40}}$"),
    ("Bibliography ..... 11", "References . . . 204"),
    ("Smith, J. 2001.", "Bibliography"),
)
