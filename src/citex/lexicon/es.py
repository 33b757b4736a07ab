"""Spanish words citex knows (data only; `citex.lexicon` unions the languages)."""

MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}  # fmt: skip
SEASONS: frozenset[str] = frozenset()
ARTICLES = frozenset({"el", "la", "los", "las", "un", "una", "uno"})
STOPWORDS = frozenset(
    "el los las unos unas y del al con por para sobre".split()  # noqa: SIM905
)
FUNCTION_WORDS = frozenset(
    "el los las y en con por para del al una unos unas que".split()  # noqa: SIM905
)
SENTENCE_STARTERS = frozenset({"nosotros", "este", "esta", "estos", "ello"})
PROSE_WORDS = frozenset({"fue"})
NARRATIVE_WORDS = frozenset({"esta", "este", "muy"})
ARGUMENT_WORDS = frozenset({"es", "son", "pero"})
DETAIL_WORDS = frozenset({"universidad", "editorial", "trad"})
PARTICLES = frozenset({"de", "del", "y", "el", "la"})
NOTES_HEADINGS = frozenset({"notas", "notas finales"})
# Words opening an article header's contact line ("*For correspondence: …"), lowercased.
CONTACT_WORDS = frozenset(
    {
        "correspondencia",
        "autor de correspondencia",
        "autor para correspondencia",
        "correo electrónico",
    }
)
HEADING_WORDS = frozenset(
    """bibliografía bibliografías referencias obras capítulo capitulo parte apendice anexo
    notas índice agradecimientos""".split()  # noqa: SIM905
)
GENRE_NOUNS = frozenset(
    "folleto declaración carta memorias manifiesto".split()  # noqa: SIM905
)
ORGANISATION_NOUNS: frozenset[str] = frozenset()
# nouns that make a name a body, never a person ("Harbour Collective", "Statistisches Amt
# Nord"): a creator holding one is a CSL literal
CORPORATE_NOUNS = frozenset(
    """Ministerio Instituto Sociedad Asociación Consejo Comisión Ayuntamiento Junta Universidad
    Fundación Federación Confederación Colectivo Sindicato Academia Secretaría""".split()  # noqa: SIM905
)
# lower-case endings of compounds naming a body ("Landesministerium", "Bundesamt")
CORPORATE_ENDINGS: frozenset[str] = frozenset()
# legal forms printed after the name of a company or association ("e.V.", "GmbH", "Ltd.")
LEGAL_FORMS: frozenset[str] = frozenset()
# court reports cited as "<reporter> <volume>, <page>" (see de.py)
LEGAL_REPORTERS: frozenset[str] = frozenset()
# the word after a count of volumes ("2 voll.", "3 vols.", "2 Bde."): number-of-volumes
VOLUME_COUNT_WORDS = frozenset({"vols", "volúmenes", "tomos"})
SITE_NOUNS: frozenset[str] = frozenset()
PIECE_NOUNS = frozenset({"introducción", "prólogo", "ensayo", "artículo"})
# abbreviations printed with a full stop inside titles, lower case without it ("s. XVI",
# "Sta. María"): the full stop ends no title
# words qualifying an edition before the noun ("nueva ed.")
EDITION_QUALIFIERS = frozenset({"nueva"})
TITLE_ABBREVIATIONS = frozenset({"sta", "sto", "ss", "vol", "ca", "dña"})

# --- Section headings (sections/patterns.py builds its heading patterns from these) ---
HEADING_QUALIFIERS: frozenset[str] = frozenset()
BIBLIOGRAPHY_HEADINGS = frozenset(
    {
        "bibliografía",
        "bibliografía citada",
        "bibliografía consultada",
        "bibliografías",
        "obras citadas",
        "obras consultadas",
        "referencias",
        "referencias bibliograficas",
        "referencias bibliográficas",
    }
)
SECTION_END_HEADINGS = frozenset({"agradecimientos", "notas", "índice"})
CHAPTER_WORDS = frozenset({"capitulo", "capítulo"})
PART_WORDS = frozenset({"anexo", "apendice", "parte"})
NUMBER_WORDS: frozenset[str] = frozenset()
BACK_MATTER_LABELS: frozenset[str] = frozenset()
BIOGRAPHY_VERBS = frozenset({"enseña", "es"})

# --- The reference tagger's word classes (parse/tagger.py: casefolded, no full stop) ---
# page labels (``pp.``, ``S.``, ``c.`` carta)
PAGE_LABELS = frozenset({"p"})
# volume labels (``vol.``, ``Bd.``, ``t.``)
VOLUME_LABELS = frozenset({"t", "tomo", "vol"})
# issue labels (``n.``, ``Heft``, ``fasc.``)
ISSUE_LABELS = frozenset({"n"})
# words that introduce a container (``in``, ``nella``, ``dans``)
CONTAINER_WORDS = frozenset({"en"})
# editor and translator roles (``a cura di``, ``Hrsg.``, ``trad.``)
ROLE_WORDS = frozenset({"ed", "trad"})
# citation abbreviations (``op. cit.``, ``ebd.``, ``vgl.``)
CITE_ABBREVIATIONS = frozenset({"cf", "ibid"})
# words of publishers' names (``Verlag``, ``Tip.``, ``Press``)
PUBLISHER_WORDS: frozenset[str] = frozenset()
# archives and their units (``ASV``, ``busta``, ``reg.``)
ARCHIVE_WORDS: frozenset[str] = frozenset()
# articles, prepositions and conjunctions inside names and titles
CONNECTIVES = frozenset({"de"})
# function words that tell a reference's language (none: never told)
LANGUAGE_MARKERS: frozenset[str] = frozenset()
