"""Italian words citex knows (data only; `citex.lexicon` unions the languages)."""

MONTHS = {
    "gennaio": 1, "genn.": 1, "gen.": 1, "febbraio": 2, "febbr.": 2, "marzo": 3,
    "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "agosto": 8, "settembre": 9,
    "sett.": 9, "ottobre": 10, "ott.": 10, "novembre": 11, "nov.": 11, "dicembre": 12,
    "dic.": 12,
}  # fmt: skip
SEASONS = frozenset({"primavera", "estate", "autunno", "inverno"})
ARTICLES = frozenset({"il", "lo", "la", "i", "gli", "le", "l", "un", "una", "uno"})
STOPWORDS = frozenset(
    """il lo la i gli le l un uno una e ed o di da del dello della dei degli delle nel nella
    nei per con su sul sulla tra fra al allo alla ai agli alle che""".split()  # noqa: SIM905
)
FUNCTION_WORDS = frozenset(
    """il lo la le gli i un una uno di del della dello dei degli delle da dal dalla e ed o
    per con su sul sulla nel nella tra fra che non come""".split()  # noqa: SIM905
)
SENTENCE_STARTERS = frozenset({"noi", "si", "ci", "questo", "questa", "questi"})
PROSE_WORDS = frozenset({"è", "sono", "questo", "che", "non"})
NARRATIVE_WORDS = frozenset({"era", "questa", "anche"})
ARGUMENT_WORDS: frozenset[str] = frozenset()
DETAIL_WORDS = frozenset({"cura", "trad", "università", "editore", "rivista"})
PARTICLES = frozenset({"di", "da", "de", "del", "della", "dello", "dei", "degli", "lo", "la"})
NOTES_HEADINGS = frozenset({"note", "note al testo"})
# Words opening an article header's contact line ("*For correspondence: …"), lowercased.
CONTACT_WORDS = frozenset({"corrispondenza", "autore corrispondente", "contatto"})
HEADING_WORDS = frozenset(
    """bibliografia bibliografie riferimenti opere fonti pubblicazioni capitolo parte appendice note
    indice ringraziamenti""".split()  # noqa: SIM905
)
GENRE_NOUNS = frozenset(
    "opuscolo dichiarazione lettera memorie volantino manifesto appello".split()  # noqa: SIM905
)
ORGANISATION_NOUNS = frozenset({"Ministero", "Comitato", "Partito"})
# nouns that make a name a body, never a person ("Harbour Collective", "Statistisches Amt
# Nord"): a creator holding one is a CSL literal
CORPORATE_NOUNS = frozenset(
    """Istituto Comune Ministero Comitato Associazione Società Accademia Deputazione Consiglio
    Ufficio Soprintendenza Regione Provincia Fondazione Archivio Biblioteca Università Camera
    Commissione Federazione Lega Collettivo Confederazione Sindacato Assessorato
    Direzione""".split()  # noqa: SIM905
)
# lower-case endings of compounds naming a body ("Landesministerium", "Bundesamt")
CORPORATE_ENDINGS: frozenset[str] = frozenset()
# legal forms printed after the name of a company or association ("e.V.", "GmbH", "Ltd.")
LEGAL_FORMS = frozenset({"S.p.A.", "S.r.l.", "Srl", "Spa", "onlus", "Onlus"})
# court reports cited as "<reporter> <volume>, <page>" (see de.py)
LEGAL_REPORTERS: frozenset[str] = frozenset()
# the word after a count of volumes ("2 voll.", "3 vols.", "2 Bde."): number-of-volumes
VOLUME_COUNT_WORDS = frozenset({"voll", "volumi", "tomi"})
SITE_NOUNS: frozenset[str] = frozenset()
PIECE_NOUNS = frozenset(
    {"introduzione", "prefazione", "postfazione", "saggio", "articolo", "capitolo"}
)
# abbreviations printed with a full stop inside titles, lower case without it ("secc. XV",
# "Mons. Rossi", "Tip. Gaspari"): the full stop ends no title
# words qualifying an edition before the noun ("nuova ed.", "2a nuova edizione")
EDITION_QUALIFIERS = frozenset({"nuova", "riveduta"})
TITLE_ABBREVIATIONS = frozenset(
    {"sec", "secc", "sg", "sgg", "mons", "tip", "ss", "ca", "cfr", "vol", "voll", "fasc"}
)

# --- Section headings (sections/patterns.py builds its heading patterns from these) ---
HEADING_QUALIFIERS: frozenset[str] = frozenset()
BIBLIOGRAPHY_HEADINGS = frozenset(
    {
        "bibliografia",
        "bibliografia citata",
        "bibliografia consultata",
        "bibliografia essenziale",
        "bibliografie",
        "fonti",
        "fonti e bibliografia",
        "opere citate",
        "pubblicazioni",
        "riferimenti bibliografici",
    }
)
SECTION_END_HEADINGS = frozenset({"indice", "note", "ringraziamenti"})
CHAPTER_WORDS = frozenset({"capitolo"})
PART_WORDS = frozenset({"appendice", "parte"})
NUMBER_WORDS: frozenset[str] = frozenset()
BACK_MATTER_LABELS = frozenset({"Indirizzo"})
BIOGRAPHY_VERBS = frozenset({"insegna", "è"})

# --- The reference tagger's word classes (parse/tagger.py: casefolded, no full stop) ---
# page labels (``pp.``, ``S.``, ``c.`` carta)
PAGE_LABELS = frozenset(
    {
        "c",
        "carta",
        "carte",
        "cc",
        "col",
        "coll",
        "p",
        "pag",
        "pagg",
        "pp",
        "seg",
        "segg",
        "sgg",
    }
)
# volume labels (``vol.``, ``Bd.``, ``t.``)
VOLUME_LABELS = frozenset({"a", "anno", "t", "tomo", "vol", "voll", "volume"})
# issue labels (``n.``, ``Heft``, ``fasc.``)
ISSUE_LABELS = frozenset({"fasc", "fascicolo", "n", "num"})
# words that introduce a container (``in``, ``nella``, ``dans``)
CONTAINER_WORDS = frozenset({"in", "negli", "nel", "nella", "nelle"})
# editor and translator roles (``a cura di``, ``Hrsg.``, ``trad.``)
ROLE_WORDS = frozenset({"cura", "curatore", "curatori", "ed", "trad"})
# citation abbreviations (``op. cit.``, ``ebd.``, ``vgl.``)
CITE_ABBREVIATIONS = frozenset({"cfr", "cit", "ibid", "ibidem", "id", "idem", "ivi", "op"})
# words of publishers' names (``Verlag``, ``Tip.``, ``Press``)
PUBLISHER_WORDS = frozenset(
    {
        "editore",
        "editori",
        "edizioni",
        "libreria",
        "officina",
        "stamperia",
        "tip",
        "tipografia",
        "università",
    }
)
# archives and their units (``ASV``, ``busta``, ``reg.``)
ARCHIVE_WORDS = frozenset(
    {
        "archivio",
        "asp",
        "asv",
        "asve",
        "b",
        "biblioteca",
        "bmc",
        "busta",
        "filza",
        "reg",
        "registro",
        "senato",
    }
)
# articles, prepositions and conjunctions inside names and titles
CONNECTIVES = frozenset(
    {
        "degli",
        "dei",
        "del",
        "della",
        "delle",
        "di",
        "e",
        "ed",
        "il",
        "la",
        "le",
        "lo",
    }
)
# function words that tell a reference's language (none: never told)
LANGUAGE_MARKERS = frozenset(
    {
        "alla",
        "con",
        "da",
        "degli",
        "dei",
        "del",
        "della",
        "delle",
        "di",
        "e",
        "il",
        "la",
        "nel",
        "nella",
        "per",
        "sulla",
    }
)
