"""German words citex knows (data only; `citex.lexicon` unions the languages)."""

MONTHS = {
    "Januar": 1, "Februar": 2, "März": 3, "April": 4, "Mai": 5, "Juni": 6, "Juli": 7,
    "August": 8, "September": 9, "Oktober": 10, "November": 11, "Dezember": 12,
}  # fmt: skip
SEASONS: frozenset[str] = frozenset()
ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})
STOPWORDS = frozenset(
    """der die das des dem den ein eine einer eines einem einen und oder zu zur zum von vom
    im am auf aus mit fur uber""".split()  # noqa: SIM905
)
FUNCTION_WORDS = frozenset(
    """der die das den dem des ein eine einer und oder von zu zur zum mit im in auf für
    über""".split()  # noqa: SIM905
)
SENTENCE_STARTERS = frozenset({"wir", "es", "dies", "diese", "er", "sie"})
PROSE_WORDS = frozenset({"ist", "sind", "nicht", "auch"})
NARRATIVE_WORDS = frozenset({"war"})
ARGUMENT_WORDS = frozenset({"wurde", "wurden", "wir", "dass", "sich"})
DETAIL_WORDS = frozenset({"nr", "hrsg", "diss", "universität", "verlag", "zeitschrift"})
PARTICLES = frozenset({"von", "vom", "zu", "zur", "der", "den"})
NOTES_HEADINGS = frozenset({"anmerkungen", "fußnoten", "fussnoten", "endnoten", "noten"})
# Words opening an article header's contact line ("*For correspondence: …"), lowercased.
CONTACT_WORDS = frozenset(
    {"korrespondenz", "korrespondenzautor", "kontakt", "korrespondierender autor"}
)
HEADING_WORDS = frozenset(
    """schriftenverzeichnis literatur literaturverzeichnis literaturangaben literaturliste
    literaturhinweise verwendete quellen publikationen publikationsliste kapitel teil anhang
    anmerkungen fußnoten fussnoten register glossar danksagung abkürzungen""".split()  # noqa: SIM905
)
GENRE_NOUNS = frozenset(
    "flugschrift erklärung denkschrift rundschreiben erinnerungen stellungnahme broschüre".split()  # noqa: SIM905
)
ORGANISATION_NOUNS = frozenset({"Amt", "Verband", "Agentur", "Stiftung", "Verlag"})
# nouns that make a name a body, never a person ("Harbour Collective", "Statistisches Amt
# Nord"): a creator holding one is a CSL literal
CORPORATE_NOUNS = frozenset(
    """Amt Ministerium Verein Verband Institut Gesellschaft Stiftung Behörde Kommission Ausschuss
    Landtag Bundestag Kammer Arbeitsgemeinschaft Bündnis Senat Magistrat Landkreis Akademie
    Bundesanstalt Landesanstalt Zentrale Genossenschaft Gewerkschaft Kollektiv
    Bürgerinitiative""".split()  # noqa: SIM905
)
# lower-case endings of compounds naming a body ("Landesministerium", "Bundesamt")
CORPORATE_ENDINGS = frozenset(
    """amt ministerium verein verband institut gesellschaft stiftung behörde kommission
    ausschuss kammer verwaltung genossenschaft gewerkschaft initiative""".split()  # noqa: SIM905
)
# legal forms printed after the name of a company or association ("e.V.", "GmbH", "Ltd.")
LEGAL_FORMS = frozenset({"e.V.", "e. V.", "GmbH", "gGmbH", "mbH"})
# German court reports and law journals cited as "BVerfGE 88, 203 (251)", "NJW 2001, 5":
# a court decision (CSL legal_case)
LEGAL_REPORTERS = frozenset(
    """BVerfGE BVerwGE BGHZ BGHSt BAGE BSGE BFHE RGZ RGSt NJW JZ NVwZ DÖV DVBl MDR NStZ
    JuS ZRP NZA EuZW EuGRZ AöR BayVBl""".split()  # noqa: SIM905
)
# the word after a count of volumes ("2 voll.", "3 vols.", "2 Bde."): number-of-volumes
VOLUME_COUNT_WORDS = frozenset({"Bde", "Bände", "Teile"})
SITE_NOUNS: frozenset[str] = frozenset()
PIECE_NOUNS = frozenset({"Einleitung", "Vorwort", "Aufsatz"})
# abbreviations printed with a full stop inside titles, lower case without it ("19. Jh.",
# "hl. Georg", "bzw."): the full stop ends no title
# words qualifying an edition between its number and the noun ("3. überarb. Auflage",
# "2., erweiterte Auflage"), as printed, without a full stop
EDITION_QUALIFIERS = frozenset(
    """überarb überarbeitete erw erweiterte verb verbesserte bearb bearbeitete neubearb
    durchges durchgesehene akt aktualisierte unveränd unveränderte vollst vollständig
    ergänzte neu""".split()  # noqa: SIM905
)
TITLE_ABBREVIATIONS = frozenset(
    {"jh", "jhs", "jhdt", "hl", "st", "bzw", "ca", "vgl", "bd", "bde", "evang", "kath"}
)

# --- Section headings (sections/patterns.py builds its heading patterns from these) ---
HEADING_QUALIFIERS: frozenset[str] = frozenset()
BIBLIOGRAPHY_HEADINGS = frozenset(
    {
        "bibliographie",
        "literatur",
        "literaturangaben",
        "literaturhinweise",
        "literaturliste",
        "literaturverzeichnis",
        "publikationen",
        "publikationsliste",
        "quellen",
        "quellen und literatur",
        "quellen und literaturverzeichnis",
        "quellen- und literaturverzeichnis",
        "schriftenverzeichnis",
        "verwendete literatur",
    }
)
SECTION_END_HEADINGS = frozenset(
    {
        "abkürzungen",
        "anhang",
        "anmerkungen",
        "danksagung",
        "fussnoten",
        "fußnoten",
        "glossar",
        "register",
    }
)
CHAPTER_WORDS = frozenset({"kapitel"})
PART_WORDS = frozenset({"anhang", "teil"})
NUMBER_WORDS: frozenset[str] = frozenset()
BACK_MATTER_LABELS = frozenset({"Adresse", "Anschrift", "Korrespondenz"})
BIOGRAPHY_VERBS = frozenset({"arbeitet", "ist", "lehrt", "war"})

# --- The reference tagger's word classes (parse/tagger.py: casefolded, no full stop) ---
# page labels (``pp.``, ``S.``, ``c.`` carta)
PAGE_LABELS = frozenset({"f", "ff", "s", "ss"})
# volume labels (``vol.``, ``Bd.``, ``t.``)
VOLUME_LABELS = frozenset({"band", "bd", "bde", "jahrgang", "jg"})
# issue labels (``n.``, ``Heft``, ``fasc.``)
ISSUE_LABELS = frozenset({"h", "heft", "nr"})
# words that introduce a container (``in``, ``nella``, ``dans``)
CONTAINER_WORDS = frozenset({"im", "in"})
# editor and translator roles (``a cura di``, ``Hrsg.``, ``trad.``)
ROLE_WORDS = frozenset({"herausgegeben", "hg", "hgg", "hrsg", "übers"})
# citation abbreviations (``op. cit.``, ``ebd.``, ``vgl.``)
CITE_ABBREVIATIONS = frozenset({"ders", "dies", "ebd", "ebenda", "vgl"})
# words of publishers' names (``Verlag``, ``Tip.``, ``Press``)
PUBLISHER_WORDS = frozenset({"typ", "universitätsverlag", "verlag"})
# archives and their units (``ASV``, ``busta``, ``reg.``)
ARCHIVE_WORDS = frozenset({"archiv", "bibliothek"})
# articles, prepositions and conjunctions inside names and titles
CONNECTIVES = frozenset({"und", "van", "von"})
# function words that tell a reference's language (none: never told)
LANGUAGE_MARKERS = frozenset(
    {
        "das",
        "den",
        "der",
        "des",
        "die",
        "für",
        "im",
        "mit",
        "und",
        "von",
        "zum",
        "zur",
        "über",
    }
)
