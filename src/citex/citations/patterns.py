"""Patterns of the citations stage: citations in notes, Ibid., op. cit. and short forms.

No logic lives here. Each pattern is registered with examples it must match and
counter-examples it must not (``citex.registry``), which tests/test_patterns.py checks.
Repetitions are bounded: no pattern may backtrack catastrophically on hostile input.
"""

from __future__ import annotations

import regex

from citex import lexicon
from citex.parse.patterns import _MONTH, _YEAR
from citex.registry import alternation
from citex.registry import register as _register

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

# The label of a locator, mapped to a CSL locator label by citations/find.py.
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
# a comma (citations/find.py also looks for Ibid., op. cit. and URL words). Two plain scans.
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
        r"(?<=(?i:" + alternation(lexicon.words("PIECE_NOUNS")) + r")\s{0,2}:?\s{0,2})"
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
# Pages cited with their label, as a sentence of their own (`p. 18–19`, `pp. 22–35`, `S. 3`).
CITED_PAGES_AT_END = _register(
    "cited_pages_at_end",
    regex.compile(r"(?<=\.\s)(?:pp?\.|S\.)\s?" + _PAGES + r"\Z"),
    ("War 1922–23. p. 85", "Penguin. pp. 22–35"),
    ("p. 85 more", "War p. 85"),
)
CITED_PAGES = _register(
    "cited_pages",
    regex.compile(r"(?:pp?\.|S\.)\s?" + _PAGES),
    ("p. 18–19", "pp. 22–35", "p. 59, 282", "S. 3"),
    ("Penguin", "1999"),
)

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

# A locator with its label at the very end of a note (`, ch. 8`, `, p. 282`): a bare number
# there is as often part of a title (`Global Rankings 2016`).
LABELLED_LOCATOR_AT_END = _register(
    "labelled_locator_at_end",
    regex.compile(r"(?:\s?[,:]\s?|\s)(?P<locator>" + _LOCATOR_LABEL + r"\s?" + _PAGES + r")\.?$"),
    ("Manufacturing Population, ch. 8", "Studies in Good and Evil, p. 282."),
    ("Global Rankings 2016", "Toronto Architecture"),
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

# A date in parentheses as author-date notes print it: `(2005)`, `(2 August 2012)`,
# `(May 24, 2012)`, `(2010-02-28)`.
_DATE_IN_PAREN = (
    r"\(\s?(?:(?:\d{1,2}\.?\s)?"
    + _MONTH
    + r"\.?\s(?:\d{1,2},?\s)?)?"
    + _CITE_YEAR
    + r"(?:[a-z]|-\d\d-\d\d)?\s?\)"
)
DATE_PAREN_ONLY = _register(
    "date_paren_only",
    regex.compile(_DATE_IN_PAREN),
    ("(2005)", "(1999a)", "(2 August 2012)", "(May 24, 2012)", "(2010-02-28)"),
    ("(p. 4)", "(London: Verso, 2005)"),
)

# An author-date head: names, then the date in parentheses (`Ferguson, Niall (2004)`,
# `Whyte, John; FitzGerald, Garret (1991)`), then the end of the sentence or a space.
AUTHOR_DATE_HEAD = _register(
    "author_date_head",
    # `(2009):` as German author-date notes print it, or `(2004).`
    regex.compile(r"(?P<author>\p{Lu}[^()\n]{1,150}?)\s?" + _DATE_IN_PAREN + r"(?=[.:]?(?:\s|$))"),
    (
        "Ferguson, Niall (2004). Empire",
        "Mulgrew, John (2 August 2012)",
        "Whyte, J.; Fitz, G. (1991)",
        "Tessmann, Jörg (2009): Die neue Kaje",
    ),
    ("(2004)", "Ferguson (p. 4)", "Ferguson (2004)a"),
)

# A site named by its domain (`Statoids.com`, `www.artn.com`, `archivefolk.net`).
_SITE = (
    r"(?:www\.)?[\p{L}\d\-]{1,60}(?:\.[\p{L}\d\-]{1,60}){0,4}"
    r"\.(?:com|org|net|gov|edu|info|ca|uk|de|fr|it|es|au|eu|int|io|example)"
)
SITE_NAME = _register(
    "site_name",
    regex.compile(_SITE + r"(?![\p{L}\d])", regex.IGNORECASE),
    ("Statoids.com", "www.artn.com", "archivefolk.net", "Attorneygeneral.jus.gov.on.ca"),
    ("Statoids", "Dr. Smith"),
)

# An identifier with its value or an address (`doi:10.1093/icon/2.3.545`, `ISBN 0-921912-91-9`):
# part of a reference, whatever lowercase words it spells.
IDENTIFIER = _register(
    "identifier",
    regex.compile(r"\b(?:doi|DOI|ISBN|ISSN)(?::\s?|\s)\d\S{0,200}|(?:https?://|www\.)\S{2,300}"),
    ("doi:10.1093/icon/2.3.545", "ISBN 978-0-415-13103-2", "https://x.org/a/b"),
    ("the doi of it", "ISBNs"),
)

# A genre noun as a note prints it: lowercase, capitalised or title-cased (`Fact Sheet`).
_GENRE = alternation(
    form
    for noun in lexicon.words("GENRE_NOUNS")
    for form in (noun, noun[:1].upper() + noun[1:], noun.title())
)

# Signs of a work in a note without a year closing an imprint (issue 11), each its own cue:
# an address, a site, an ISBN or DOI, the date it was read, an issue number, a genre noun,
# an organisation as author or publisher.
WORK_CUE = _register(
    "work_cue",
    regex.compile(
        r"(?P<url>(?:https?://|www\.)\S{2,300})"
        r"|(?P<site>(?<![\p{L}\d.@])" + _SITE + r"(?![\p{L}\d]))"
        r"|(?P<isbn>\b(?:ISBN|ISSN|doi)[:\s])"
        r"|(?P<read>\b(?:Retrieved|Accessed|accessed|abgerufen\sam|consultato\sil|consulté\sle)\b)"
        r"|(?P<issue>(?:#|\b(?:[Nn]o|[Nn]r|n|Heft)\.?\s?)\d{1,4}\b)"
        r"|(?P<genre>\b" + _GENRE + r"\b)"
        r"|(?P<organisation>\b" + alternation(lexicon.words("ORGANISATION_NOUNS")) + r"\b)"
    ),
    (
        "www.x.org",
        "Statoids.com",
        "ISBN 978",
        "Retrieved 17 July",
        "#12",
        "Nr. 12",
        "memoir",
        "Committee",
        "BBC News",
    ),
    ("the club met", "in 1998"),
)

# A capitalised word of a name, and the small words that join such words in an
# organisation's name (`Office for National Statistics`, `Verein für Küstengeschichte`).
_NAME_WORD = r"\p{Lu}[\p{L}’'\-]{0,30}+"
_NAME_JOIN = r"(?:(?:of|for|the|and|on|für|der|des|di|de|del|du|la|le)\s)?"
_ORGANISATION = (
    r"(?:"
    + _NAME_WORD
    + r"\s"
    + _NAME_JOIN
    + r"){0,5}"
    + alternation(lexicon.words("ORGANISATION_NOUNS"))
    + r"(?![\p{L}])(?:\s"
    + _NAME_JOIN
    + _NAME_WORD
    + r"){0,4}"
)

# An organisation whose name is printed in lower case, known by its legal form (`nordlicht
# e.V.`, `taz Verlags GmbH`).
LOWERCASE_ORGANISATION = _register(
    "lowercase_organisation",
    regex.compile(
        r"\p{Ll}[\p{L}\-]{1,40}+(?:\s[\p{L}\-]{1,40}+){0,3}\s"
        r"(?:e\.\s?V\.|gGmbH|GmbH|AG|eG|Inc\.|Ltd\.|LLC|S\.p\.A\.)(?![\p{L}])"
    ),
    ("nordlicht e.V. (2014)", "taz Verlags GmbH"),
    ("nordlicht ev", "the union AGM"),
)

# An organisation opening a note as its author, then a colon or a full stop before the
# title (`Statistisches Amt Nord: Pendlerzählung`, `Lower Valley Rowing Club. History`).
ORGANISATION_HEAD = _register(
    "organisation_head",
    regex.compile(r"(?P<organisation>" + _ORGANISATION + r")\s?[:.]\s"),
    (
        "Statistisches Amt Nord: Pendlerzählung",
        "Lower Valley Rowing Club. History of the club",
        "Office for National Statistics. 2011 Census",
    ),
    ("Lower Valley Rowing. History", "the club: history"),
)

# A title printed without quotes or italics: capitalised words and the small words between
# them (`Salt and Iron`, `Founding Charter of the Coastal Workers’ League`).
_TITLE_JOIN = r"(?:and|of|the|a|an|in|on|for|to|und|der|die|das|des|von|di|de|del|la|le|et|e|y)"
_BARE_TITLE = _NAME_WORD + r"(?:\s(?:" + _TITLE_JOIN + r"\s){0,2}" + _NAME_WORD + r"){0,8}"
# A genre or piece noun as a sentence names a work with it.
_GENRE_OR_PIECE = (
    r"(?:" + _GENRE + r"|" + alternation(lexicon.words("PIECE_NOUNS")) + r")(?![\p{L}])"
)

# A work named in a sentence: a genre noun, its title, and its author after it, a person
# who goes on to say something (`autobiography, Salt and Iron, Marta Velez recalls`) or
# `by` an organisation (`the pamphlet Bread and Looms by the Northern Spinners’ Circle`).
WORK_IN_PROSE = _register(
    "work_in_prose",
    regex.compile(
        r"(?<![\p{L}])" + _GENRE_OR_PIECE + r"\s?,?\s(?P<title>" + _BARE_TITLE + r")"
        r"(?:,\s(?P<person>\p{Lu}\p{Ll}{1,20}\s\p{Lu}[\p{Ll}’'\-]{1,30})(?=\s\p{Ll})"
        r"|\sby\s(?:the\s)?(?P<by>" + _ORGANISATION + r"))"
    ),
    (
        "In her short autobiography, Salt and Iron, Marta Velez recalls how",
        "the pamphlet Bread and Looms by the Northern Spinners’ Circle (available",
    ),
    ("her memoir, Salt and Iron, was lost", "the pamphlet Bread and Looms by hand"),
)

# Where a work named in a sentence can be read, right after it: `(available online at www…)`.
ADDRESS_AFTER = _register(
    "address_after",
    regex.compile(
        r"\s?\(?\s?(?i:available|accessible|abrufbar|disponibile|disponible)(?:\sonline)?"
        r"\s(?:at|on|unter|su|sur|en)\s(?P<url>(?:https?://|www\.)[^\s<>\"”»\]\)]{2,500})"
    ),
    (" (available online at www.spinners.example/texts/bread.pdf )", ", available at https://a.b"),
    (" (available in print)",),
)

# A part cited of a work named in a sentence: `Chapter 4 of the Founding Charter of …`.
PART_OF_WORK = _register(
    "part_of_work",
    regex.compile(
        r"(?<![\p{L}])(?P<part>(?i:chapter|section|capitolo|§)\s(?:\d{1,3}|[IVXLC]{1,6}))"
        r"\sof\s(?:the\s)?(?P<title>" + _BARE_TITLE + r")"
    ),
    ("Chapter 4 of the Founding Charter of the Coastal Workers’ League sets",),
    ("chapter four of the book", "Chapter 4 of his"),
)

# The organisation a title names as its owner at its end (`… of the Coastal Workers’ League`).
OWNED_BY_ORGANISATION = _register(
    "owned_by_organisation",
    # `of the`: an organisation's name takes the article (`Wealth of Nations` names none)
    regex.compile(r"\sof\sthe\s(?P<organisation>" + _ORGANISATION + r")\Z"),
    ("Founding Charter of the Coastal Workers’ League",),
    ("Wealth of Nations", "Charter of Labour Party"),
)

# A genre noun anywhere (`Charter`, `Manifesto`), as printed in a title.
GENRE_WORD = _register(
    "genre_word",
    regex.compile(r"(?<![\p{L}])" + _GENRE + r"(?![\p{L}])"),
    ("Founding Charter", "the memoir"),
    ("Chartered",),
)

# A site name after a full stop closing a note (`Networked Readiness Index. weforum.org.`).
SITE_AFTER_STOP = _register(
    "site_after_stop",
    regex.compile(r"\.\s(?P<site>" + _SITE + r")\.?\s*$", regex.IGNORECASE),
    ("Index. weforum.org.", "Fact Sheet. www.artn.com"),
    ("weforum.org", "Index. Weforum"),
)

# Words naming what kind of site a publisher is (`Academi website`, `BBC Online`).
SITE_NOUN = _register(
    "site_noun",
    regex.compile(r"\b" + alternation(lexicon.words("SITE_NOUNS")) + r"\b"),
    ("Academi website", "Britannica Online encyclopedia"),
    ("Sites",),
)

# A possessive (`Fenn’s`, `Woelfl's`).
POSSESSIVE = _register("possessive", regex.compile(r"\p{L}[’']s\b"), ("Fenn’s",), ("Fenns",))


# An organisation printed as its initials (`FIFA`, `BBC`, `CNN`, `UNESCO`).
ACRONYM = _register(
    "acronym",
    regex.compile(r"\p{Lu}{2,8}"),
    ("FIFA", "BBC"),
    ("Fifa", "B"),
)

# A quoted title: a capital after the opening quote, bounded, on one line.
QUOTED_TITLE = _register(
    "quoted_title",
    regex.compile(r"[“«\"„]\p{Lu}[^«»“”\"„\n]{1,150}[»”\"“]"),
    ("“Notes on the River Strike,”", '"Die Fähre fährt nicht mehr"'),
    ("“on what”", "“"),
)

# Who wrote a work named by its title: a person or an organisation, maybe possessive
# (`Dana Whitlow,`, `Hanna Berglund:`, `Omar Fenn’s`, `Federation of Tenant Leagues,`).
WORK_AUTHOR = _register(
    "work_author",
    regex.compile(
        r"\p{Lu}[\p{L}.’'\-]{0,40}"
        r"(?:(?:\s(?:of|for|the|and|für|der|des|di|de|del|du|la|le))?\s\p{Lu}[\p{L}.’'\-]{0,40}){0,6}"
        r"(?:[’']s)?\s?[,:]?\s{0,3}"
    ),
    ("Dana Whitlow, ", "Hanna Berglund: ", "Omar Fenn’s ", "Federation of Tenant Leagues, "),
    ("see the", "in this"),
)

# A genre noun just before a quoted title names what it is (`the leagues’ joint replies, “…”`).
GENRE_BEFORE_TITLE = _register(
    "genre_before_title",
    regex.compile(r"(?<![\p{L}])" + _GENRE + r"\s?[,:]?\s{0,2}\Z"),
    ("joint replies, ", "the pamphlet ", "die Erklärung "),
    ("the leagues, ", "replies were "),
)

# What joins quoted titles in a list (`“A Roof Is Not a Favour,” and “No Evictions”`).
TITLE_LIST_JOIN = _register(
    "title_list_join",
    regex.compile(r"\s?[,;]?\s?(?:(?:and|or|und|oder|e|o|et|ou|y)\s)?"),
    (", and ", ", ", " und "),
    (),
)

# Where what follows a quoted title stops describing it: the next work (`, and “…”`).
TITLE_TAIL_STOP = _register(
    "title_tail_stop",
    regex.compile(r",?\s(?:and|und|e|et|y)\s|;"),
    (", and ", " und "),
    ("Anderson",),
)

# `available at` before an address (`, available at https://…`, `available online at`).
AVAILABLE_AT = _register(
    "available_at",
    regex.compile(
        r",?\s?(?:available|accessible|abrufbar|disponibile|disponible)(?:\sonline)?\s(?:at|on|unter|su|sur|en)\s",
        regex.IGNORECASE,
    ),
    ("available at ", ", available online at "),
    ("at",),
)

# What follows a year that closes no imprint: a capitalised word starting a new phrase
# without punctuation (`…, 1921 Studium der Agrarwissenschaft`).
RUNS_ON = _register(
    "runs_on",
    regex.compile(r"[ \t]\p{Lu}\p{Ll}{2,}"),
    (" Studium", " Referent"),
    ("Studium", " S. 12", " [Gli"),
)

# A parenthesis holding only a year or a range of years: `(1987)`, `(1972–4)`, `(1977-1979)`.
BARE_YEAR_PAREN = _register(
    "bare_year_paren",
    regex.compile(r"\(\s?" + _CITE_YEAR + r"(?:\s?[-–]\s?\d{1,4})?[a-z]?\s?\)"),
    ("(1987)", "(1972–4)", "(1977-1979)"),
    ("(London: Verso, 2005)", "(p. 4)"),
)

# Between two names listed with years: a comma or `and`, then a few capitalised words.
LISTED_NAME = _register(
    "listed_name",
    regex.compile(
        r"\s?(?:,|,?\s(?:and|und|e|et|y|or|oder))\s"
        r"(?:(?:\p{Lu}[\p{L}.’'\-]{0,40}|der|die|das|the|of|von|van|de|di)\s?){1,6}"
    ),
    (", Peter Lenz ", " und Rolf Kirch ", ", Der Landarzt "),
    (", published in the ", "; London "),
)

# `op. cit.` and its German and Latin kin, as a short form prints them.
_OP_CIT = r"(?:op\.\s?cit\.|cit\.|a\.\s?a\.\s?O\.|loc\.\s?cit\.)"

# A short form: surname(s), optional short title, locator (`Alexander, 218`, `Sassen, Mobility, 22`,
# `Wilson, chapter 5`, `Massey, “Conclusion”`), or with `op. cit.` / `cit.` / `a.a.O.`.
SHORT_FORM = _register(
    "short_form",
    regex.compile(
        # a given name may come first when op. cit. follows (`Martin Ebersold, a. a. O.`)
        r"(?P<name>(?:\p{Lu}\p{Ll}{1,20}\s(?="
        + _CITE_SURNAME
        + r",\s?"
        + _OP_CIT
        + r"))?"
        + _SURNAMES
        + r")(?:\s?,\s?|\s(?="
        + _CITE_YEAR
        + r"))"
        r"(?:(?P<year>" + _CITE_YEAR + r"[a-z]?)\s?[,:]\s?)?"
        r"(?:(?P<title>[“\"«„‘][^”\"»“]{1,120}[”\"»“’](?:[^,;()\[\]]{0,60}?)|\p{Lu}[^,;()\[\]]{0,60}?)"
        r"\s?,?\s?)??"
        r"(?P<opcit>" + _OP_CIT + r"\s?,?\s?)?"
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
        "Martin Ebersold, a. a. O., S. 88",
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
        r"(?:(?<=\p{Lu}[\p{L}.]{0,30}\s)|(?<=,\s?)|(?<=\)\s)|(?<=/)"
        # a numeric date after a comma, as German newspapers are cited (`, 12.11.1996`)
        r"|(?<=,\s?\d{1,2}\.\s?\d{1,2}\.\s?))"
        + r"(?:"
        + _CITE_YEAR
        + r"(?:[-–]\d{2,4})?(?!\s?:)"
        # or the mark of an imprint without a year (`Rostock o.J.`, `s.d.`, `n.d.`)
        + r"|(?:o\.\s?J|s\.\s?d|n\.\s?d|s\.\s?a)\.(?![\p{L}\d]))"
    ),
    (
        "Paris 1921",
        "Nov. 1947",
        "Verso, 2014",
        "n. 47/2010",
        "(N.J.) 1996",
        ", 12.11.1996",
        "Rostock o.J.",
        "Paris, s.d.",
    ),
    (
        "in 1919",
        "Rostock o.",
        "and s.a.m.",
        "am 12.11.1996",
        "November 17 1947",
        "from 1951",
        "May-June 1922: “The",
    ),
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

# A sentence opening with an author in natural order and a title after a comma, which a full
# stop before its subtitle cut (`Klaus Reinhold, Hafenstädte.` before `Eine Sozialgeschichte,
# Hamburg 1994`).
NAME_THEN_TITLE = _register(
    "name_then_title",
    regex.compile(r"(?:\p{Lu}[\p{L}’'\-]{1,40}\.?\s){1,3}\p{Lu}[\p{L}’'\-]{1,40},\s[\p{Lu}“«\"„]"),
    ("Klaus Reinhold, Hafenstädte", "Martin Ebersold, Die stillen Jahre"),
    ("Reinhold, Klaus", "see the book, Then"),
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
