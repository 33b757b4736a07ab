"""Portuguese words citex knows (data only; `citex.lexicon` unions the languages)."""

MONTHS = {
    "janeiro": 1, "fevereiro": 2, "fev": 2, "março": 3, "abril": 4, "abr": 4, "maio": 5,
    "junho": 6, "julho": 7, "agosto": 8, "ago": 8, "setembro": 9, "set.": 9, "outubro": 10,
    "out.": 10, "novembro": 11, "dezembro": 12, "dez": 12,
}  # fmt: skip
SEASONS: frozenset[str] = frozenset()
ARTICLES = frozenset({"o", "os", "a", "as", "um", "uma"})
STOPWORDS = frozenset(
    """os as um uma uns umas do da dos das no na nos nas pelo pela com em""".split()  # noqa: SIM905
)
FUNCTION_WORDS = frozenset(
    "os as do da dos das em no na um uma com por para pelo pela".split()  # noqa: SIM905
)
SENTENCE_STARTERS = frozenset({"nós", "ele", "ela", "isto"})
PROSE_WORDS = frozenset({"foi", "não"})
NARRATIVE_WORDS = frozenset({"também"})
ARGUMENT_WORDS = frozenset({"são", "uma"})
DETAIL_WORDS = frozenset({"universidade", "editora", "trad"})
PARTICLES = frozenset({"de", "da", "do", "dos", "das"})
NOTES_HEADINGS = frozenset({"notas"})
# Words opening an article header's contact line ("*For correspondence: …"), lowercased.
CONTACT_WORDS = frozenset({"correspondência", "autor correspondente", "contato", "contacto"})
HEADING_WORDS = frozenset(
    """bibliografia bibliografias referências obras capítulo parte apêndice anexo notas
    índice""".split()  # noqa: SIM905
)
GENRE_NOUNS = frozenset(
    "folheto declaração carta memórias manifesto".split()  # noqa: SIM905
)
ORGANISATION_NOUNS: frozenset[str] = frozenset()
# nouns that make a name a body, never a person ("Harbour Collective", "Statistisches Amt
# Nord"): a creator holding one is a CSL literal
CORPORATE_NOUNS = frozenset(
    """Ministério Instituto Sociedade Associação Conselho Comissão Prefeitura Câmara Fundação
    Universidade Federação Confederação Coletivo Sindicato Academia Secretaria""".split()  # noqa: SIM905
)
# lower-case endings of compounds naming a body ("Landesministerium", "Bundesamt")
CORPORATE_ENDINGS: frozenset[str] = frozenset()
# legal forms printed after the name of a company or association ("e.V.", "GmbH", "Ltd.")
LEGAL_FORMS = frozenset({"Ltda."})
# court reports cited as "<reporter> <volume>, <page>" (see de.py)
LEGAL_REPORTERS: frozenset[str] = frozenset()
# the word after a count of volumes ("2 voll.", "3 vols.", "2 Bde."): number-of-volumes
VOLUME_COUNT_WORDS = frozenset({"vols", "volumes", "tomos"})
SITE_NOUNS: frozenset[str] = frozenset()
PIECE_NOUNS = frozenset({"introdução", "prefácio", "ensaio", "artigo"})
# abbreviations printed with a full stop inside titles, lower case without it ("séc. XVI",
# "Sto. António"): the full stop ends no title
# words qualifying an edition before the noun ("nova ed.")
EDITION_QUALIFIERS = frozenset({"nova"})
TITLE_ABBREVIATIONS = frozenset({"séc", "sta", "sto", "ss", "vol", "ca"})

# --- Section headings (sections/patterns.py builds its heading patterns from these) ---
HEADING_QUALIFIERS: frozenset[str] = frozenset()
BIBLIOGRAPHY_HEADINGS = frozenset(
    {
        "bibliografia",
        "bibliografia citada",
        "bibliografia consultada",
        "bibliografias",
        "referencias",
        "referências",
        "referências bibliograficas",
        "referências bibliográficas",
    }
)
SECTION_END_HEADINGS = frozenset({"notas", "índice"})
CHAPTER_WORDS = frozenset({"capitulo", "capítulo"})
PART_WORDS = frozenset({"anexo", "apendice", "apêndice", "parte"})
NUMBER_WORDS: frozenset[str] = frozenset()
BACK_MATTER_LABELS: frozenset[str] = frozenset()
BIOGRAPHY_VERBS: frozenset[str] = frozenset()

# --- The reference tagger's word classes (parse/tagger.py: casefolded, no full stop) ---
# page labels (``pp.``, ``S.``, ``c.`` carta)
PAGE_LABELS = frozenset({"p"})
# volume labels (``vol.``, ``Bd.``, ``t.``)
VOLUME_LABELS = frozenset({"t", "tomo", "vol"})
# issue labels (``n.``, ``Heft``, ``fasc.``)
ISSUE_LABELS = frozenset({"n"})
# words that introduce a container (``in``, ``nella``, ``dans``)
CONTAINER_WORDS = frozenset({"in"})
# editor and translator roles (``a cura di``, ``Hrsg.``, ``trad.``)
ROLE_WORDS = frozenset({"ed", "trad"})
# citation abbreviations (``op. cit.``, ``ebd.``, ``vgl.``)
CITE_ABBREVIATIONS = frozenset({"cf", "ibid"})
# words of publishers' names (``Verlag``, ``Tip.``, ``Press``)
PUBLISHER_WORDS: frozenset[str] = frozenset()
# archives and their units (``ASV``, ``busta``, ``reg.``)
ARCHIVE_WORDS: frozenset[str] = frozenset()
# articles, prepositions and conjunctions inside names and titles
CONNECTIVES = frozenset({"de", "e"})
# function words that tell a reference's language (none: never told)
LANGUAGE_MARKERS: frozenset[str] = frozenset()
