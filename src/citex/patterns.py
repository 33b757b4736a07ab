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



# --------------------------------------------------------------------------------------
# Reference fields and names (fields.py, names.py)
# --------------------------------------------------------------------------------------



# --------------------------------------------------------------------------------------
# Bibliography sections and reference splitting (segment.py)
# --------------------------------------------------------------------------------------



# --------------------------------------------------------------------------------------
# Citations in notes, ibid and short forms (citations.py, resolve.py)
# --------------------------------------------------------------------------------------

# A year of publication: 1400-2099, not part of a longer number.
_YEAR = r"(?<!\d)(?:1[4-9]\d\d|20\d\d)(?![\d])"
# One printed page, roman or arabic, optionally a range (`377–89`, `XIX`, `16-17`, `62f.`).
# One page, arabic or roman, or volume:page (`1:342`).
_ONE_PAGE = r"(?:\d{1,3}:\d{1,5}|\d{1,5}|[ivxlcdmIVXLCDM]{1,7})"
_PAGE = _ONE_PAGE + r"(?:\s?[-–—]\s?" + _ONE_PAGE + r")?(?:\s?ff?\.)?"
_PAGES = _PAGE + r"(?:\s?,\s?" + _PAGE + r"){0,20}"
# The same with arabic numerals only: a bare roman numeral after a comma is usually a word (`, I`).
_PAGE_D = r"(?:\d{1,3}:)?\d{1,5}(?:\s?[-–—]\s?\d{1,5})?(?:\s?ff?\.)?"
_PAGES_D = _PAGE_D + r"(?:\s?,\s?" + _PAGE_D + r"){0,20}"
_LOCATOR_LABEL = (
    r"(?:pp?\.|ch\.|chaps?\.|chapters?|cap\.|nn?\.|notes?|§§?|sec\.|section|S\.|vol\.|Bd\.)"
)
# A locator as printed: a label and pages (roman allowed), or bare arabic pages.
_LOCATOR = r"(?:" + _LOCATOR_LABEL + r"\s?" + _PAGES + r"|" + _PAGES_D + r")"
# A surname as printed in a short form (`Alexander`, `O’Brien`, `Durand-Ruel`, `de Gaulle`).
_SURNAME = r"(?:(?:de|di|da|van|von|le|la|del|della|du)\s)?\p{Lu}[\p{Ll}\p{Lu}’'\-]{1,30}"
_SURNAMES = _SURNAME + r"(?:\s(?:and|e|et|und|y|&)\s" + _SURNAME + r")?"

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

# A locator as printed after a work: `, 218`, `: 377–89`, `, ch. 3`, `,158`, `, pp. 16-17`.
TRAILING_LOCATOR = _register(
    "trailing_locator",
    regex.compile(
        r"\G\s?(?P<sep>[,:]?)\s?(?P<locator>" + _LOCATOR + r")(?![\p{L}\d])"
    ),
    (", 218", ": 377–89", ", ch. 3", ",158", ", pp. 16-17", ", p. XIX", ", 60, 94, 100, 179"),
    ("",),
)

# A locator standing alone after `;` (`Ibid., 61–69; 106–39`), continuing the one before.
LOCATOR_ONLY = _register(
    "locator_only",
    regex.compile(
        r"^" + _LOCATOR + r"\.?$"
    ),
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
IBID = _register(
    "ibid",
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
ANY_YEAR = _register("any_year", regex.compile(_YEAR), ("Berlin 1972",), ("p. 33",))

# The end of an imprint: `London: Verso`, `Paris: Seuil, 1980`, `Berlin 1990`.
IMPRINT_TAIL = _register(
    "imprint_tail",
    regex.compile(r"\p{Lu}[\p{L}.\- ]{1,40}:\s?\p{Lu}|" + _YEAR),
    ("London: Verso", "New York: Routledge", "Berlin 1990"),
    ("and so on",),
)

# A short form: surname(s), optional short title, locator (`Alexander, 218`, `Sassen, Mobility, 22`,
# `Wilson, chapter 5`, `Massey, “Conclusion”`), or with `op. cit.` / `cit.` / `a.a.O.`.
SHORT_FORM = _register(
    "short_form",
    regex.compile(
        r"(?P<name>" + _SURNAMES + r")(?:\s?,\s?|\s(?=" + _YEAR + r"))"
        r"(?:(?P<year>" + _YEAR + r"[a-z]?)\s?[,:]\s?)?"
        r"(?:(?P<title>[“\"«„‘][^”\"»“]{1,120}[”\"»“’](?:[^,;()\[\]]{0,60}?)|\p{Lu}[^,;()\[\]]{0,60}?)"
        r"\s?,?\s?)??"
        r"(?P<opcit>(?:op\.\s?cit\.|cit\.|a\.\s?a\.\s?O\.|loc\.\s?cit\.)\s?,?\s?)?"
        r"(?P<locator>" + _LOCATOR + r")?"
        # the end of the citation, or commentary after it (`Wilson, chapter 5 for a study`)
        r"(?P<end>\.?\s*$|\.?\s+(?=for\b|on\b|where\b|which\b|per\b|pour\b)|,\s(?=for\b|on\b|where\b))",
    ),
    ("Alexander, 218", "Wilson, chapter 5", "Sassen, Mobility, 22, 145",
     "Parrado and Kandel, 108–109, 117",
     "Massey, “Conclusion”", "Wilson, op. cit., 12", "Ehrenhalt, ch. 2.", "Marx, Capital, 1:342",
     "Lenin, “Left-Wing” Communism, 45", "Smith 2005, 45", "Marx, 1976: 342"),
    ("However, 12 workers went home",
     "Lenin, What Is To Be Done?, in Selected Works (Moscow, 1977)"),
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
    ("«Trente ans», cit., p. 162", "“Trente ans…”",
     "«Moral and revolution» (in Socialismo e totalitarismo, cit.)"),
    ("“modern slavery” in", "«Trent’anni dopo», in V. Serge"),
)

# A bare year standing where a locator might (`February, 1938`): a date, not a page.
YEAR_ONLY = _register("year_only", regex.compile(_YEAR), ("1938",), ("218", "37–41"))

# A year that may close a work's imprint or date: after a capitalised word (`Paris 1921`,
# `Nov. 1947`), a comma (`, 1977`), a slash (`n. 47/2010`) or a closing parenthesis.
IMPRINT_YEAR = _register(
    "imprint_year",
    # A year followed by a colon dates what the colon introduces (`Kiev, May-June 1922: “The …”`).
    regex.compile(
        r"(?:(?<=\p{Lu}[\p{L}.]{0,30}\s)|(?<=,\s?)|(?<=\)\s)|(?<=/))"
        + _YEAR
        + r"(?:[-–]\d{2,4})?(?!\s?:)"
    ),
    ("Paris 1921", "Nov. 1947", "Verso, 2014", "n. 47/2010", "(N.J.) 1996"),
    ("in 1919", "November 17 1947", "from 1951", "May-June 1922: “The"),
)

# A parenthesis holding a year: `(New York: Verso, 2014)`, `(2000)`, `(Masses, n. 9/10, June 1947)`.
YEAR_PAREN = _register(
    "year_paren",
    regex.compile(r"\((?P<inner>[^()\[\]]{0,200}?" + _YEAR + r"[^()\[\]]{0,80}?)\)"),
    ("(New York: Verso, 2014)", "(2000)", "(1936-39)", "(end of May 1945)"),
    ("(p. 219)", "(N.J.)"),
)

# A parenthesis holding only a year, as author-date notes print it: `(2005)`, `(1999a)`.
YEAR_PAREN_ONLY = _register(
    "year_paren_only",
    regex.compile(r"\(\s?" + _YEAR + r"[a-z]?\s?\)"),
    ("(2005)", "(1999a)"),
    ("(p. 4)",),
)

# Markdown emphasis around a title (`*Settlers*`, `_Capital_`, `**Title**`): the parser
# sees the words without the marks.
MARKDOWN_EMPHASIS = _register(
    "markdown_emphasis",
    regex.compile(r"(?<![\w*_])(?P<mark>\*{1,3}|_{1,3})(?=\S)(?P<text>[^\n]{1,300}?)(?<=\S)(?P=mark)(?![\w*_])"),
    ("*Settlers*", "_Capital_", "**Black Bolshevik**"),
    ("2 * 3 * 4", "snake_case_name"),
)

# A web address cited as a source.
URL = _register(
    "url",
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
        r"abgerufen(?:\sam)?|consultado(?:\sel)?)\s(?:on\s)?[^;()]{1,30}?" + _YEAR
        + r"|(?:(?:available|online)\s(?:at|from):?\s|URL:?\s)?"
        r"(?P<url>(?:https?://|www\.|doi:\s?)[^\s<>\"”»]{2,500})"
        r")"
    ),
    (", accessed May 5, 2018", ", https://example.org/a", ". doi:10.1000/xyz",
     ", available at www.a.org"),
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
        r"ad\sesempio|par\sexemple|por\sejemplo|(?:quoted|cited|citato|cité|citado|zit\.)\s(?:in|by|da|dans|en|nach|n\.))"
        r"(?![\p{L}])[\s,]{0,3}|:\s?){1,8}",
        regex.IGNORECASE,
    ),
    ("Also see ", "See ", "Cf. ", "and in ", ": "),
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
    ("Löic Wacquant, ", "Emilio Parrado and Wiliam Kandel, ", "Susan Weissman , ",
     "Douglas Massey, Jorge Durand, and Nolan Malone, "),
    ("Serge analyses “modern slavery” in ",),
)

# A sentence of a note that opens with an author as a bibliography writes it:
# `Smith, John.`, `Müller, Hans: Titel`, `Smith, J. A.`; or that is only a name, `John Smith.`
AUTHOR_OPENING = _register(
    "author_opening",
    regex.compile(
        r"\p{Lu}[\p{L}’'\-]+,\s(?:\p{Lu}[\p{L}’'\-]*\.?\s?){1,3}(?=[.:]|\s*$)"
        r"|(?:\p{Lu}[\p{L}’'\-]*\.?\s){1,3}\p{Lu}[\p{L}’'\-]+(?=\.?\s*$)"
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
    regex.compile(r";|\[|(?:(?<=[.!?])|(?<=\.[”»\"’)]))\s+(?=[\p{Lu}“«\"‘])"),
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

