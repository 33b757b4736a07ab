"""French words citex knows (data only; `citex.lexicon` unions the languages)."""

MONTHS = {
    "janvier": 1, "janv.": 1, "février": 2, "févr.": 2, "mars": 3, "avril": 4, "mai": 5,
    "juin": 6, "juillet": 7, "juil.": 7, "août": 8, "septembre": 9, "sept.": 9,
    "octobre": 10, "oct.": 10, "novembre": 11, "décembre": 12, "déc.": 12,
}  # fmt: skip
SEASONS = frozenset({"Printemps", "Été", "Automne", "Hiver"})
ARTICLES = frozenset({"le", "la", "les", "l", "un", "une"})
STOPWORDS = frozenset(
    """le la les l un une des du de d qu et ou au aux en dans sur pour par avec
    sous""".split()  # noqa: SIM905
)
FUNCTION_WORDS = frozenset(
    """les des du de et ou pour par sur dans au aux avec une un est sont ce cette qui
    que""".split()  # noqa: SIM905
)
SENTENCE_STARTERS = frozenset({"nous", "elle", "ils", "cette", "ce"})
PROSE_WORDS = frozenset({"est", "sont", "pas", "qui", "que", "cette"})
NARRATIVE_WORDS: frozenset[str] = frozenset()
ARGUMENT_WORDS = frozenset({"nous"})
DETAIL_WORDS = frozenset({"université", "éditions", "revue", "trad"})
PARTICLES = frozenset({"de", "du", "des", "le", "la", "d'", "d’", "l'", "l’"})
NOTES_HEADINGS = frozenset({"notes", "notes de fin"})
# Words opening an article header's contact line ("*For correspondence: …"), lowercased.
CONTACT_WORDS = frozenset({"correspondance", "auteur correspondant", "courriel", "contact"})
HEADING_WORDS = frozenset(
    """bibliographie références réferences referénces chapitre partie annexe
    annexes notes index remerciements sommaire""".split()  # noqa: SIM905
)
GENRE_NOUNS = frozenset(
    "déclaration lettre mémoires manifeste tract".split()  # noqa: SIM905
)
ORGANISATION_NOUNS: frozenset[str] = frozenset()
# nouns that make a name a body, never a person ("Harbour Collective", "Statistisches Amt
# Nord"): a creator holding one is a CSL literal
CORPORATE_NOUNS = frozenset(
    """Ministère Institut Société Comité Conseil Fédération Commune Mairie Bibliothèque Académie
    Association Collectif Syndicat Confédération Direction Office Observatoire""".split()  # noqa: SIM905
)
# lower-case endings of compounds naming a body ("Landesministerium", "Bundesamt")
CORPORATE_ENDINGS: frozenset[str] = frozenset()
# legal forms printed after the name of a company or association ("e.V.", "GmbH", "Ltd.")
LEGAL_FORMS = frozenset({"SARL"})
# court reports cited as "<reporter> <volume>, <page>" (see de.py)
LEGAL_REPORTERS: frozenset[str] = frozenset()
# the word after a count of volumes ("2 voll.", "3 vols.", "2 Bde."): number-of-volumes
VOLUME_COUNT_WORDS = frozenset({"vol", "vols", "volumes", "t", "tomes"})
SITE_NOUNS: frozenset[str] = frozenset()
PIECE_NOUNS = frozenset({"introduction", "préface", "avant-propos", "essai", "chapitre"})
# abbreviations printed with a full stop inside titles, lower case without it ("Mgr. Dupont",
# "av. J.-C."): the full stop ends no title
# words qualifying an edition before the noun ("nouvelle éd.", "2e nouvelle édition")
EDITION_QUALIFIERS = frozenset({"nouvelle", "nouv", "rev"})
TITLE_ABBREVIATIONS = frozenset({"st", "ste", "mgr", "av", "apr", "env", "vol", "t"})

# --- Section headings (sections/patterns.py builds its heading patterns from these) ---
HEADING_QUALIFIERS: frozenset[str] = frozenset()
BIBLIOGRAPHY_HEADINGS = frozenset(
    {
        "bibliographie",
        "references bibliographiques",
        "referénces",
        "referénces bibliographiques",
        "réferences",
        "réferences bibliographiques",
        "références",
        "références bibliographiques",
    }
)
SECTION_END_HEADINGS = frozenset(
    {
        "annexe",
        "annexes",
        "index",
        "notes",
        "remerciements",
        "sommaire",
    }
)
CHAPTER_WORDS = frozenset({"chapitre"})
PART_WORDS = frozenset({"annexe", "partie"})
NUMBER_WORDS: frozenset[str] = frozenset()
BACK_MATTER_LABELS = frozenset({"Adresse"})
BIOGRAPHY_VERBS = frozenset({"enseigne", "est"})

# --- The reference tagger's word classes (parse/tagger.py: casefolded, no full stop) ---
# page labels (``pp.``, ``S.``, ``c.`` carta)
PAGE_LABELS = frozenset({"col", "p"})
# volume labels (``vol.``, ``Bd.``, ``t.``)
VOLUME_LABELS = frozenset({"t", "tome", "vol"})
# issue labels (``n.``, ``Heft``, ``fasc.``)
ISSUE_LABELS = frozenset({"n", "no"})
# words that introduce a container (``in``, ``nella``, ``dans``)
CONTAINER_WORDS = frozenset({"dans", "in"})
# editor and translator roles (``a cura di``, ``Hrsg.``, ``trad.``)
ROLE_WORDS = frozenset({"dir", "trad", "éd", "éds"})
# citation abbreviations (``op. cit.``, ``ebd.``, ``vgl.``)
CITE_ABBREVIATIONS = frozenset({"cf", "cit", "ibid", "op"})
# words of publishers' names (``Verlag``, ``Tip.``, ``Press``)
PUBLISHER_WORDS = frozenset({"editions", "presses", "éditions"})
# archives and their units (``ASV``, ``busta``, ``reg.``)
ARCHIVE_WORDS = frozenset({"archives"})
# articles, prepositions and conjunctions inside names and titles
CONNECTIVES = frozenset({"de", "et", "la", "le"})
# function words that tell a reference's language (none: never told)
LANGUAGE_MARKERS = frozenset(
    {
        "dans",
        "de",
        "des",
        "du",
        "en",
        "et",
        "la",
        "le",
        "les",
        "sur",
        "un",
        "une",
    }
)
