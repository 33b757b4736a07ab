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
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"Januar|Februar|März|Juni|Juli|Oktober|Dezember|"
    r"Spring|Summer|Fall|Autumn|Winter|Printemps|Été|Automne|Hiver|primavera|estate|autunno|inverno)"
)
_YEAR = r"(?<![\d\p{L}])(?:1[5-9]\d\d|20[0-4]\d)(?![\d])"
MONTH = _MONTH  # the month names, for the parser's small date checks

CITATION_NUMBER = _register(
    "citation_number",
    # a leading [12], (12), 12. or "12 " before a capital: the list number, not part of the work
    regex.compile(r"^\s{0,20}(?:\[\s{0,3}\d{1,4}[a-z]?\s{0,3}\]|\(\d{1,4}\)|\d{1,3}\.(?=\s)|\d{1,3}\s(?=\p{Lu}))\s{0,20}"),
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
        r"[(\[]?\b(?:[Aa]ccessed|[Vv]iewed|[Cc]onsultato(?:\sil)?|[Cc]onsulté(?:\sle)?|[Aa]bgerufen(?:\sam)?|[Aa]bruf(?:\sam)?|[Aa]bruf(?:\sam)?|"
        r"[Aa]cesso\sem|[Cc]onsultado(?:\sel)?|[Zz]ugriff(?:\sam)?|[Cc]ited|[Lastl]{4}\saccessed)\s{0,3}(?:on\s)?:?\s{0,3}"
        r"(?P<date>(?:\d{1,2}(?:st|nd|rd|th)?\.?\s{0,2})?(?:" + _MONTH + r"\.?\s{0,2}|\d{1,2}[./-]\d{1,2}[./-])?"
        r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s{0,2})?(?:1[5-9]\d\d|20[0-4]\d)(?:[./-]\d{1,2}[./-]\d{1,2})?)[)\]]?"
    ),
    ("accessed 3 May 2010", "Accessed June 19, 1998", "(accessed 2012-05-01)", "abgerufen am 2.3.2012"),
    ("accessed the archive",),
)

ISBN = _register(
    "isbn",
    regex.compile(r"\bISBN(?:-1[03])?\s{0,2}:?\s{0,2}(?P<isbn>(?:97[89][\s-]?)?\d[\d\s-]{7,14}[\dXx])\b"),
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
    regex.compile(r"\barXiv\s{0,2}:?\s{0,2}(?P<id>\d{4}\.\d{4,5}(?:v\d{1,3})?|[a-z-]{2,20}(?:\.[A-Z]{2})?/\d{7}(?:v\d{1,3})?)"),
    ("arXiv:1706.03762", "arXiv preprint arXiv:1412.6980v9", "arXiv:hep-th/9711200"),
    ("arXiv preprint",),
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
    regex.compile(r"(?<![\p{L}])(?:n\.\s?d\.|s\.\s?d\.|o\.\s?J\.|s\.\s?f\.|sans date|no date|undated)(?![\p{L}])"),
    ("(n.d.)", "Paris, s.d.", "Berlin o. J.,"),
    ("and.",),
)

DATE = _register(
    "date",
    # month names or numeric days around a year: "June 19, 1998", "4 January 2012", "Nov. 1947"
    regex.compile(
        r"(?:(?P<day1>\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s{0,2}(?:de\s)?)?(?P<month1>" + _MONTH + r")\.?"
        r"(?:\s{0,2}(?P<day2>\d{1,2})(?:st|nd|rd|th)?(?:\s?[-–]\s?\d{1,2})?,?)?\s{0,2}(?:de\s)?"
        r"(?P<year>" + _YEAR + r")"
        r"|(?P<year2>" + _YEAR + r")[,.]?\s{1,2}(?P<month2>" + _MONTH + r")\.?(?:\s{1,2}(?P<day3>\d{1,2})(?![\d]))?"
        r"|(?P<year3>" + _YEAR + r")-(?P<month3>[01]\d)-(?P<day4>[0-3]\d)",
        regex.IGNORECASE,
    ),
    ("June 19, 1998", "4 January 2012", "Nov. 1947", "1994, February", "2012-05-01", "1er mai 1968"),
    ("June", "1998"),
)

PAGE_RANGE = _register(
    "page_range",
    # 106-17, 377–89, e1234–e1240, S12-S19, 1098-1101, XIX
    regex.compile(
        r"(?<![\w/.])(?P<first>[A-Za-z]?\d{1,6}[a-z]?)(?:\s{0,2}" + _DASH + r"{1,2}\s{0,2}(?P<last>[A-Za-z]?\d{1,6}[a-z]?))?(?![\w/]|\.\d)"
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
    # the cited place at the end of a note: ", 218", ", p. 126", ", ch. 4", "),158", ", pp. 86–91, 111"
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
        r"\(\s{0,2}(?:[Ee]ds?|[Ee]ditors?|[Ee]d|Hg|Hgg|Hrsg|hg|hrsg|dir|éds?|coords?|orgs?|a cura di|comp|comps)\.?\s{0,2}\)"
        r"|,\s{0,2}(?:eds?|editors?|Eds?|Editors?)\.?(?=\s{0,2}(?:[,.:]|$))"
    ),
    ("(Eds.)", "(ed.)", "(Hg.)", "(a cura di)", ", eds."),
    ("(edited)", "(Edinburgh)"),
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
    regex.compile(r"(?:^|(?<=[.,;:”»\"’)?!\x1f]\s{0,2}))(?:[Ii]n:?|[Dd]ans|[Ee]n:?|[Ee]m:?|[Ii]m:)\s{1,3}(?=[\p{Lu}\p{N}«“\"„‘])"),
    ("In J. Smith (Ed.), Book", ", in Selected Works", ". In: Proceedings", "», dans Annales"),
    ("within Reach", "in the garden", "Purity in Print"),
)

PLACE_PUBLISHER = _register(
    "place_publisher",
    # "New York: Verso", "Athens, GA: University of Georgia Press", "Rio de Janeiro: Aeroplano"
    regex.compile(
        r"(?<![\p{L}])(?P<place>\p{Lu}[\p{L}'’.-]{1,30}(?:\s(?:\p{Lu}[\p{L}'’.-]{0,30}|de|am|an|upon|on|sur|del|and|&|und|e|et)){0,4}"
        r"(?:,\s\p{Lu}[\p{L}.]{1,15}){0,2})\s{0,2}:\s{1,3}(?P<publisher>[^:;]{2,150})$"
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
        r"Blackwell|Sage|Pergamon|ACM|IEEE|Kluwer|Hachette|Dunod|PUF|Flammarion|Payot|Bompiani|Garzanti|Rizzoli|Olschki|Beck|Fischer|Rowohlt|Pluto|Fazi)(?![\p{L}])"
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

REPORT = _register(
    "report",
    regex.compile(
        r"(?<![\p{L}])(?:[Rr]eport|Tech\.\sRep\.|[Ww]orking\s[Pp]aper|[Dd]iscussion\s[Pp]aper|[Rr]apport|Bericht|"
        r"[Mm]emorandum|[Tt]echnical\s[Nn]ote|[Ww]hite\s[Pp]aper)(?![\p{L}])"
    ),
    ("Technical report", "Working Paper 12", "Rapport annuel"),
    ("reporter",),
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
        r"(?<![\s.(\[][\p{Lu}]|^[\p{Lu}]|\b(?:ed|eds|Ed|Eds|vol|Vol|no|No|pp|p|Dr|Mr|Mrs|Ms|St|Jr|Sr|Inc|Co|Ltd|Bros|ca|cf|vs|al|dir|trans|Proc|Univ|Dept|Conf|Int|Intern|Trans|Jour|Soc|Natl|Am|Rev|Sci|Res|Assoc|Eng|Med|Phys|Chem|Biol|Acad|Mag|Bull|Ann|Stud|Hist|Lit|Phil|Stat|Math|Appl|Comput|Syst|Theor|Mol|Cell|Lett|Eur|Brit|Amer|Polit|Econ|J|jr|Sept|Nov|Dec|Jan|Feb|Mar|Apr|Aug|Oct|repr|transl|tr|trad|n|Nr|S|Bd|Hg|Hrsg|hg|hrsg|ders|Id|id|ibid|Ibid|etc|ed|cap|ch|chap|fig|Fig|sq|sqq|ff|seq|Diss|Ph\.D|Ph\.D|U\.S|U\.K))"
        r"[.?!](?=[\s\"”’»)]{0,3}\s|$)"
    ),
    ("Hearn, Lafcadio. Kwaidan", "Title? Journal", "end."),
    ("J. Smith", "vol. 3", "Proc. Intern"),
)

NAME_INITIALS = _register(
    "name_initials",
    # a token made only of initials: "J.", "J.-P.", "JA", "J.A.", "M.C.L."
    regex.compile(r"^(?:\p{Lu}\.?(?:\s?-?\s?\p{Lu}\.?){0,3}|\p{Lu}\p{Ll}?\.(?:-\p{Lu}\p{Ll}?\.){0,2})$"),
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
    regex.compile(r"\s{0,3}(?:;|,?\s(?:and|&|und|e|et|y|i|och|og|en|és)\s|,?\s?&\s?)\s{0,3}"),
    (" and ", ", & ", "; ", " und ", " e "),
    ("Anderson",),
)

ET_AL = _register(
    "et_al",
    regex.compile(r",?\s{0,2}(?:et\s?al\.?|and\sothers|u\.\s?a\.|e\saltri|et\scoll\.|\[et\sal\.\]|…)\s{0,2}$"),
    ("Smith, J., et al.", "Smith J et al", "Müller u. a."),
    ("Smith, Al",),
)

CORPORATE = _register(
    "corporate",
    # words that make a name an organisation, kept whole as a CSL literal
    regex.compile(
        r"(?<![\p{L}])(?:University|Universität|Università|Université|Department|Dept\.|Ministry|Ministero|Ministère|"
        r"Association|Institute|Institut|Istituto|Organi[sz]ation|Committee|Commission|Council|Society|Office|Bureau|"
        r"Agency|Board|Center|Centre|Centro|Group|Foundation|Fondazione|Corporation|Company|Inc|Ltd|Bank|Survey|"
        r"Service|Federal|National|International|Government|Council|Union|Unesco|UNESCO|WHO|OECD|Press|Team|Project|Consortium|Network|Census)(?![\p{L}])"
    ),
    ("World Health Organization", "U.S. Department of Transportation", "OECD"),
    ("Johnson",),
)

PROSE_WORD = _register(
    "prose_word",
    # function words and verbs that mark a sentence of commentary rather than a reference
    regex.compile(
        r"(?<![\p{L}])(?:is|are|was|were|be|been|has|have|had|this|that|these|those|which|who|whom|it|its|we|our|"
        r"he|she|they|them|his|her|their|not|but|also|very|first|time|here|there|would|could|should|will|can|"
        r"è|sono|era|questo|questa|che|non|anche|il|lo|gli|ci|si|est|sont|cette|ce|qui|que|pas|ist|sind|war|"
        r"das|nicht|auch|es|son|fue|esta|este|muy|foi|não|também)(?![\p{L}])",
        regex.IGNORECASE,
    ),
    ("This is the first time", "che non"),
    ("Thesis",),
)



# --------------------------------------------------------------------------------------
# Bibliography sections and reference splitting (segment.py)
# --------------------------------------------------------------------------------------



# --------------------------------------------------------------------------------------
# Citations in notes, ibid and short forms (citations.py, resolve.py)
# --------------------------------------------------------------------------------------



# --------------------------------------------------------------------------------------
# Document metadata (front matter, title blocks)
# --------------------------------------------------------------------------------------


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

