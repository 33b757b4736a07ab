"""English words citex knows (data only; `citex.lexicon` unions the languages).

Every language module defines the same names; tests/lexicon checks that they do.
"""

# Month names and abbreviations, as written, with their numbers. An abbreviation that
# needs its full stop to be a month is written with it ("genn."); one written without it
# may take one or not ("Jan", "Jan.").
MONTHS = {
    "January": 1, "Jan": 1, "February": 2, "Feb": 2, "March": 3, "Mar": 3, "April": 4,
    "Apr": 4, "May": 5, "June": 6, "Jun": 6, "July": 7, "Jul": 7, "August": 8, "Aug": 8,
    "September": 9, "Sept": 9, "Sep": 9, "October": 10, "Oct": 10, "November": 11,
    "Nov": 11, "December": 12, "Dec": 12,
}  # fmt: skip
# Seasons, which periodicals use in place of a month.
SEASONS = frozenset({"Spring", "Summer", "Fall", "Autumn", "Winter"})
# Articles, dropped from the start of a title when works are compared.
ARTICLES = frozenset({"the", "a", "an"})
# Words left out of a citekey's title part: articles, and the prepositions and
# conjunctions that open titles.
STOPWORDS = frozenset(
    "a an the and or of on in to for from with at by as is be".split()  # noqa: SIM905
)
# Words that carry no content (articles, prepositions, conjunctions, pronouns) and the
# abbreviations of a reference's details: a title may contain them, a note's prose is
# made of other words too.
FUNCTION_WORDS = frozenset(
    """a an the of in on at to for from by with and or but nor as its it is are was were be
    this that these those his her their our my your we he she they them him who whom which
    what where when how than then so not no also into about over under between against
    ed eds edited trans translated tr vol vols pp p ch n nn cit op ibid""".split()  # noqa: SIM905
)
# Words that start a sentence of commentary, never a reference's author or title.
SENTENCE_STARTERS = frozenset(
    """we i it this these those that he she they our my his her their there here as but and
    also not whether among still although though while however thus so then now when where
    which who why some many most all such each if because since despite even one yes
    no""".split()  # noqa: SIM905
)
# Words frequent in running prose and rare in references: verbs, pronouns, conjunctions.
PROSE_WORDS = frozenset(
    """is are was were been has have had this that these those which who it its we our they
    their not also there would could should will can""".split()  # noqa: SIM905
)
# More prose words the reference parser counts (narration: third persons, "first time").
NARRATIVE_WORDS = frozenset(
    "be but he she her his them whom here very first time".split()  # noqa: SIM905
)
# More prose words bibliography finding counts (argument: connectives, modals, first persons).
ARGUMENT_WORDS = frozenset(
    """i us being may might must however thus therefore because although than then into
    such""".split()  # noqa: SIM905
)
# Words of a reference's details: abbreviations (pp., eds.), publishers, journals.
DETAIL_WORDS = frozenset(
    """pp vol vols no nos ed eds trans tr repr edited press university edition editions
    publisher publishers publishing journal review proceedings report thesis dissertation
    isbn issn doi""".split()  # noqa: SIM905
)
# Name particles, lowercase ("van der Berg", "ibn Khaldun"): the Dutch and Arabic ones
# are here because references in English write them so.
PARTICLES = frozenset({"van", "den", "der", "ten", "ter", "bin", "ibn", "al"})
# Headings that open a section of notes (the whole heading, lowercase).
NOTES_HEADINGS = frozenset({"note", "notes", "endnote", "endnotes", "footnote", "footnotes"})
# Words opening an article header's contact line ("*For correspondence: …"), lowercased.
CONTACT_WORDS = frozenset(
    {
        "for correspondence",
        "correspondence",
        "corresponding author",
        "corresponding authors",
        "e-mail",
        "email",
        "contact",
    }
)
# First words of the headings that open or close a bibliography, lowercased.
HEADING_WORDS = frozenset(
    """list table select selected annotated general consolidated reference references cited
    bibliography bibliographies bibliographical works literature sources primary secondary
    printed archival further suggested recommended related own publications chapter part
    appendix appendices annex notes endnotes footnotes note index register glossary
    acknowledgements acknowledgments acknowledgement acknowledgment about contributors
    contents abbreviations vita curriculum tables figures figure funding competing conflict
    conflicts author data supplementary supporting""".split()  # noqa: SIM905
)
# Nouns naming a kind of text a note may cite without a year (issue 11), lowercase; the
# citations stage matches them lowercase or capitalised ("memoir", "Fact Sheet").
GENRE_NOUNS = frozenset(
    """memoir memoirs pamphlet pamphlets statement declaration manifesto letter report
    bulletin newsletter brochure leaflet survey census yearbook guide handbook dictionary
    encyclopedia encyclopaedia encyclopedias encyclopedic reply replies autobiography charter
    memorandum circular""".split()  # noqa: SIM905
) | {"fact sheet", "press release"}
# Nouns that make a capitalised name an organisation's (author, publisher or periodical),
# as printed: capitalised ("Federation of Tenant Leagues", "BBC News").
ORGANISATION_NOUNS = frozenset(
    """Committee Office Government Ministry Department Council League Federation Association
    Union Party Society Institute Institution University Press Agency Bureau Commission Trust
    Foundation Library Museum Archive Archives Secretariat Corporation Parliament Club Circle
    Times News Post Herald Gazette Journal Magazine Review Authority Authorities Board
    Network Centre Center Group Organisation Organization Nations Court Courts Services
    Church Bank Company Academy Assembly Congress Senate""".split()  # noqa: SIM905
)
# nouns that make a name a body, never a person ("Harbour Collective", "Statistisches Amt
# Nord"): a creator holding one is a CSL literal
CORPORATE_NOUNS = frozenset(
    """Collective Council League Federation Association Committee Ministry Department Institute
    Institution Society Agency Bureau Commission Foundation Secretariat Corporation Parliament
    Authority Organisation Organization Coalition Alliance Cooperative Co-operative Syndicate
    Caucus Assembly Congress Senate Academy Consortium Directorate Inspectorate Office
    Corps""".split()  # noqa: SIM905
)
# lower-case endings of compounds naming a body ("Landesministerium", "Bundesamt")
CORPORATE_ENDINGS: frozenset[str] = frozenset()
# legal forms printed after the name of a company or association ("e.V.", "GmbH", "Ltd.")
LEGAL_FORMS = frozenset({"Inc.", "Ltd.", "LLC", "plc", "PLC", "Co.", "LLP"})
# court reports cited as "<reporter> <volume>, <page>" (see de.py)
LEGAL_REPORTERS: frozenset[str] = frozenset()
# the word after a count of volumes ("2 voll.", "3 vols.", "2 Bde."): number-of-volumes
VOLUME_COUNT_WORDS = frozenset({"vols", "volumes"})
# Words that say what kind of site a publisher is ("Academi website"), lowercase.
SITE_NOUNS = frozenset(
    """website site blog online portal homepage encyclopedia encyclopaedia encyclopedias
    encyclopedic encyclopédie""".split()  # noqa: SIM905
) | {"web site"}
# Parts of a work commentary names before a quoted title ("his essay “The Question”"), as
# printed (German nouns capitalised).
PIECE_NOUNS = frozenset(
    "introduction preface foreword afterword postface essay article chapter review".split()  # noqa: SIM905
)
# abbreviations printed with a full stop inside titles, lower case without it ("St. Paul",
# "ca. 1500"): the full stop ends no title
# words qualifying an edition before the noun ("2nd rev. ed.", "3rd enlarged edition")
EDITION_QUALIFIERS = frozenset(
    {"rev", "revised", "expanded", "enlarged", "corr", "corrected", "updated", "new"}
)
TITLE_ABBREVIATIONS = frozenset({"st", "mt", "ca", "c", "vs", "vol", "no"})

# --- Section headings (sections/patterns.py builds its heading patterns from these) ---
# Words that may come before a bibliography heading ("Selected Bibliography"), lowercase.
HEADING_QUALIFIERS = frozenset(
    {
        "annotated",
        "consolidated",
        "general",
        "list of",
        "select",
        "selected",
        "table of",
    }
)
# Whole headings of a bibliography (after any qualifier), lowercase.
BIBLIOGRAPHY_HEADINGS = frozenset(
    {
        "archival sources",
        "bibliographical references",
        "bibliographies",
        "bibliographies and references",
        "bibliography",
        "bibliography and references",
        "cited literature",
        "cited references",
        "further reading",
        "literature",
        "literature cited",
        "own publications",
        "primary sources",
        "printed sources",
        "publications",
        "recommended reading",
        "reference",
        "reference and notes",
        "reference cited",
        "reference list",
        "references",
        "references and notes",
        "references cited",
        "references list",
        "related publications",
        "secondary sources",
        "sources",
        "sources cited",
        "sources consulted",
        "suggested reading",
        "suggested readings",
        "works cited",
        "works consulted",
        "works referenced",
    }
)
# Whole headings of a section that is never a bibliography and ends one, lowercase.
SECTION_END_HEADINGS = frozenset(
    {
        "abbreviations",
        "about the author",
        "about the authors",
        "acknowledgement",
        "acknowledgements",
        "acknowledgment",
        "acknowledgments",
        "annex",
        "annexes",
        "appendices",
        "appendix",
        "author contributions",
        "competing interests",
        "conflict of interest",
        "conflict of interests",
        "conflicts of interest",
        "conflicts of interests",
        "contents",
        "contributors",
        "curriculum vitae",
        "data availability",
        "endnotes",
        "figure captions",
        "figure legends",
        "figures",
        "footnotes",
        "funding",
        "glossary",
        "index",
        "list of abbreviations",
        "list of figures",
        "list of tables",
        "notes",
        "register",
        "supplementary data",
        "supplementary information",
        "supplementary material",
        "supporting information",
        "table of contents",
        "tables",
        "vita",
    }
)
# Words of a numbered chapter or appendix heading ("Chapter 7: References"), lowercase.
CHAPTER_WORDS = frozenset({"appendix", "chapter"})
# More words of a numbered division heading that ends a bibliography ("Part II"), lowercase.
PART_WORDS = frozenset({"annex", "part"})
# Numbers written out in a division heading ("Chapter One"), lowercase.
NUMBER_WORDS = frozenset(
    {
        "eight",
        "five",
        "four",
        "nine",
        "one",
        "seven",
        "six",
        "ten",
        "three",
        "two",
    }
)
# Labels, as written, opening a contact block after a bibliography ("Correspondence:").
BACK_MATTER_LABELS = frozenset(
    {
        "Address",
        "Contact",
        "Correspondence",
        "E-mail",
        "Email",
        "Phone",
        "Tel",
        "Tel.",
    }
)
# Verbs after a name that open an author's biography ("Annika Berg is a ...").
BIOGRAPHY_VERBS = frozenset({"has been", "is", "lives", "teaches", "was", "works"})

# --- The reference tagger's word classes (parse/tagger.py: casefolded, no full stop) ---
# page labels (``pp.``, ``S.``, ``c.`` carta)
PAGE_LABELS = frozenset({"col", "ff", "p", "pp"})
# volume labels (``vol.``, ``Bd.``, ``t.``)
VOLUME_LABELS = frozenset({"vol", "vols", "volume"})
# issue labels (``n.``, ``Heft``, ``fasc.``)
ISSUE_LABELS = frozenset({"issue", "no", "nos"})
# words that introduce a container (``in``, ``nella``, ``dans``)
CONTAINER_WORDS = frozenset({"in"})
# editor and translator roles (``a cura di``, ``Hrsg.``, ``trad.``)
ROLE_WORDS = frozenset(
    {
        "ed",
        "edd",
        "edited",
        "editor",
        "editors",
        "eds",
        "tr",
        "trans",
        "transl",
        "translated",
    }
)
# citation abbreviations (``op. cit.``, ``ebd.``, ``vgl.``)
CITE_ABBREVIATIONS = frozenset({"cf", "cit", "ibid", "idem", "op", "see"})
# words of publishers' names (``Verlag``, ``Tip.``, ``Press``)
PUBLISHER_WORDS = frozenset({"press", "university"})
# archives and their units (``ASV``, ``busta``, ``reg.``)
ARCHIVE_WORDS = frozenset({"archives"})
# articles, prepositions and conjunctions inside names and titles
CONNECTIVES = frozenset({"and", "of", "the"})
# function words that tell a reference's language (none: never told)
LANGUAGE_MARKERS = frozenset(
    {
        "a",
        "an",
        "and",
        "for",
        "from",
        "in",
        "of",
        "on",
        "the",
        "to",
        "with",
    }
)
