"""Patterns of the parser's container and imprint passes: ``In``, journals, series, genres,
publishers, places, ``Place: Publisher``, conferences and newspapers.

No logic lives here. Each pattern is registered with examples it must match and
counter-examples it must not (``citex.registry``), which tests/test_patterns.py checks.
Repetitions are bounded: no pattern may backtrack catastrophically on hostile input.
"""

from __future__ import annotations

import regex

from citex.parse.patterns import HOLE, MONTH
from citex.registry import register as _register

CONTAINER_IN = _register(
    "container_in",
    # "In:", "in", "dans", "en:", "em:" that open the book or journal a part appears in
    regex.compile(
        r"(?:^|(?<=[.,;:”»\"’)?!\x1f]\s{0,2}))(?:[Ii]n:?|[Dd]ans|[Ee]n:?|[Ee]m:?|[Ii]m:)\s{1,3}"
        r"(?=[\p{Lu}\p{N}«“\"„‘]|(?:van|von|de|di|da|le|la|du|del|della|der|den|dos|das)\s\p{Lu})"
    ),
    (
        "In J. Smith (Ed.), Book",
        ", in Selected Works",
        ". In: Proceedings",
        "», dans Annales",
        "’, in van Gennep, E. (ed.)",
    ),
    ("within Reach", "in the garden", "Purity in Print"),
)

PLACE_PUBLISHER = _register(
    "place_publisher",
    # "New York: Verso", "Athens, GA: University of Georgia Press", "Rio de Janeiro: Aeroplano"
    regex.compile(
        r"(?<![\p{L}])(?P<place>\p{Lu}[\p{L}'’.-]{1,30}(?:\s(?:\p{Lu}[\p{L}'’.-]{0,30}|de|am|an|upon|on|sur|del|and|&|und|e|et)){0,4}"
        r"(?:[/,]\s?\p{Lu}[\p{L}.]{1,15}(?:\s\p{Lu}[\p{L}.]{1,15})?){0,2})\s{0,2}:\s{0,3}(?P<publisher>[^:;]{2,150})$"
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
        r"Blackwell|Sage|Pergamon|Kluwer|UP|Universidade|Università|Universidad|Université|Universität|Hachette|Dunod|PUF|Flammarion|Payot|Bompiani|Garzanti|Rizzoli|Olschki|Rowohlt|Pluto|Fazi|"
        r"Morgan\sKaufmann|Prentice[\s-]Hall|Addison[\s-]Wesley|McGraw[\s-]Hill|North[\s-]Holland|Birkhäuser|"
        r"Erlbaum|Longman|Methuen|Doubleday|Tauris|Benjamins|Mouton|Niemeyer|Vieweg|Teubner|Larousse|Minuit|"
        r"Harmattan|Alianza|Anagrama|Paidós|Adelphi|Donzelli|Carocci|Zanichelli|Hoepli|Giuffrè|Wadsworth|"
        r"Thieme|Karger|Hogrefe|Kohlhammer|Schöningh|Vandenhoeck|Klincksieck|Armand\sColin|Odile\sJacob|"
        # Italian printers: "Tip. Gaspari", "Tipografia del Seminario", "Stamperia Reale"
        r"Tip\.|Tipografia|Tipografica|Stamperia|Litografia)(?![\p{L}])"
    ),
    (
        "Oxford University Press",
        "Jaca Book",
        "Suhrkamp Verlag",
        "Libreria Editrice",
        "Massari ed.",
        "Tip. Gaspari",
    ),
    ("pressure", "Booking", "Tipo"),
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

THESIS_LEAD = _register(
    "thesis_lead",
    # the genre words before a thesis's university (match): "Diss. ", "PhD thesis, ", "Tese – "
    regex.compile(
        r"(?:(?:Unpublished\s)?(?:[Dd]octoral\s|[Mm]aster'?s\s|Ph\.?\s?D\.?\s)?(?:[Tt]hesis|[Dd]issertation)|"
        r"Diss\.|[Tt]esi(?:\sdi\slaurea)?|[Tt]hèse|[Tt]esis|[Tt]ese|Habilitationsschrift)[\s,.:–-]{0,4}"
    ),
    ("Diss. Universität Heidelberg", "PhD thesis, MIT", "Tese – USP"),
    ("Universität Heidelberg",),
)

REPORT = _register(
    "report",
    regex.compile(
        r"(?<![\p{L}])(?:[Rr]eport|Tech\.\s[Rr]ep\.|[Ww]orking\s[Pp]aper|[Dd]iscussion\s[Pp]aper|[Rr]apport|Bericht|"
        r"[Mm]emorandum|[Tt]echnical\s[Nn]ote|[Ww]hite\s[Pp]aper)(?![\p{L}])"
    ),
    ("Technical report", "Working Paper 12", "Rapport annuel"),
    ("reporter",),
)

SERIES_NAME = _register(
    "series_name",
    # words that name a book series: "Lecture Notes in Computer Science", "Springer Series in
    # …", "Schriftenreihe des …", "Coll. Folio Essais", "Graduate Texts in Mathematics"
    # ("Series B" of a journal is a section, not a series)
    regex.compile(
        r"(?<![\p{L}])(?:[Ss]eries(?!\s\p{Lu}(?![\p{L}]))|[Ss]erie|[Ll]ecture\s[Nn]otes|\p{L}{0,20}[Rr]eihe|Coll\.|"
        r"[Cc]ollection|[Cc]ollana|[Cc]olección|[Cc]oleção|Bibliothèque|[Tt]exts\sin|[Mm]onographs\sin|"
        r"[Ss]upplements\sto|Beihefte?\szu|[Ss]tudies\sin|Studien|Library\sof|Bibliothek)(?![\p{L}])"
    ),
    (
        "Lecture Notes in Computer Science",
        "Springer Series in Mathematics",
        "Coll. Folio",
        "Schriftenreihe des Kreises",
        "Graduate texts in mathematics",
    ),
    ("Journal of the Royal Statistical Society, Series B", "Collected Papers"),
)

SERIES_OF = _register(
    "series_of",
    # the series after its volume number (match): "volume 989 of Lecture Notes…" leaves
    # "of Lecture Notes in Computer Science"
    regex.compile(r"of\s(?=\p{Lu})"),
    ("of Lecture Notes in Computer Science", "of Math. Sci. Res. Inst. Publ"),
    ("Proceedings of the",),
)

TITLE_SERIES = _register(
    "title_series",
    # a series with its number in parentheses at a title's end: " (Studien zur X 20)",
    # " (BAR International Series, 604)"
    regex.compile(r"\s\((?P<series>\p{Lu}[^()]{3,100}?,?\s(?:[Vv]ol\.\s?)?\d{1,5})\)$"),
    (" (Patristische Studien 20)", " (BAR International Series, 604)"),
    (" (1589-1595)",),
)

SERIES_NUMBER = _register(
    "series_number",
    # a series' own number at its end: " 392", ", 604", ", vol. 12", " Vol. 6"
    regex.compile(r",?\s(?:(?:[Vv]ol|[Nn]o|[Nn]r|[Bb]d|n)\.\s?)?\d{1,5}$"),
    ("Lecture Notes in Computer Science 392", "BAR International Series, 604", "Physics Vol. 6"),
    ("Series",),
)

REPORT_NUMBER_LEFT = _register(
    "report_number_left",
    # what is left of a report's number once its digits were read (fullmatch): "TR-",
    # "CS-TR-", "TU Wien rr-", "#", "COMPSI T-RA", "CIS-"
    regex.compile(
        r"(?:\S{1,15}\s){0,2}\S{0,15}[-#]|[\p{Lu}\p{N}][\p{Lu}\p{N}/#.-]{0,15}(?:\s[\p{Lu}\p{N}][\p{Lu}\p{N}/#.-]{0,15})?"
    ),
    ("TR-", "CS-TR-", "TU Wien rr-", "#", "COMPSI T-RA"),
    (),
)

ACRONYM_PUBLISHER = _register(
    "acronym_publisher",
    # a society publishing a proceedings, named by its acronym (fullmatch): "IEEE", "ACM", "AAAI"
    regex.compile(r"(?!(?:USA|UK|NY|NJ|CA|MA|DC|UAE)$)\p{Lu}{3,6}"),
    ("IEEE", "ACM", "AAAI"),
    ("USA", "ieee"),
)

QUOTED_TITLE_JOURNAL = _register(
    "quoted_title_journal",
    # the one stretch after a quoted title that may name its journal (fullmatch): capitalised
    # words without digits, commas or colons ("Observer", "Applied Optics", "CVPR")
    regex.compile(r"\p{Lu}[^\d,:;]{0,120}"),
    ("Observer", "Applied Optics", "CVPR"),
    ("preprint", "3,712,959"),
)

SITE_OR_ORGANISATION = _register(
    "site_or_organisation",
    # the name of a site or organisation closing a web page's reference (fullmatch): capitalised
    # words, a few joiners, no digits or commas ("BBC History", "Friends of the Earth
    # Scotland", "Scottish History online", "Foreign & Commonwealth Office")
    regex.compile(
        r"\A\p{Lu}[\p{L}’'.\-]{0,30}(?:\s(?:(?:of|the|for|and|on|in|&|–|online)\s){0,2}"
        r"\p{Lu}[\p{L}’'.\-]{0,30}){0,7}(?:\sonline)?\Z"
    ),
    ("BBC History", "Friends of the Earth Scotland", "Scottish History online", "EDF Energy"),
    ("Paper presented at NWAV", "Wiley, New York", "Reuters 30 October", "Proceedings 35"),
)

JOURNAL_ABBREVIATION = _register(
    "journal_abbreviation",
    # a journal's abbreviated name standing alone (fullmatch): "ApJ", "A&A", "MNRAS",
    # "Phys. Rev. Lett", "Nano Lett", "Opt. Express"
    regex.compile(r"\p{Lu}[\p{L}&]{0,7}\.?(?:\s\p{Lu}[\p{L}&]{0,7}\.?){0,4}"),
    ("ApJ", "A&A", "MNRAS", "Phys. Rev. Lett", "Nano Lett"),
    ("a study of things",),
)

ABBREVIATED_JOURNAL_HEAD = _register(
    "abbreviated_journal_head",
    # right after the authors, a journal's abbreviated name and its volume, no title (match):
    # physics and chemistry cite so, "Phys. Rev. Lett. 83, 3370 (1999)", "Adv. Theor. Math.
    # Phys. 2 (1998) 231-252", "Nano Lett. 2010, 10, 1979" (the year taken out before)
    regex.compile(
        r"(?P<journal>\p{Lu}[\p{L}&]{0,7}\.?(?:\s\p{Lu}[\p{L}&]{0,7}\.?){0,4})"
        r"(?:\s(?P<volume>[A-Z]?\d{1,5})(?:,\s{0,2}(?P<page>[A-Za-z]?\d{1,6}(?:[-–]\d{1,6})?))?"
        r"(?=\s{0,2}[,(" + HOLE + r"]|$)"
        r"|(?=\s{0,2}" + HOLE + r",\s{0,2}\d{1,5},\s{0,2}[A-Za-z]?\d))"
    ),
    ("Phys. Rev. Lett. 83, 3370", "Adv. Theor. Math. Phys. 2 \x1f", "Nano Lett. \x1f, 10, 1979"),
    ("Nasal states and processes. \x1f", "Paz. 5. ed. Lisboa"),
)

TITLE_PART = _register(
    "title_part",
    # the number of a part after a title's full stop (match): "Fourier integral operators. II.
    # Acta …", "Reactions at oxide surfaces. 1. Oxidation of …": the title runs on through it
    # (not an edition's number: "Paz. 5. ed. Lisboa", "3. Aufl.")
    regex.compile(
        r"\s{1,2}(?:[IVX]{1,4}|\d{1,2})\.(?=\s{1,2}\p{Lu}|$)(?!\s{1,2}(?:Aufl|Ed|Edn|Edition|Éd)\b)"
    ),
    (" II. Acta", " 1. Oxidation", " II."),
    (" 12(3)", " Acta", " 5. ed. Lisboa", " 3. Aufl. Berlin"),
)

GENRE_LEAD = _register(
    "genre_lead",
    # a stretch that opens with a report or thesis genre (match): "Technical Report TR-93",
    # "PhD thesis, …", "Working Paper 12": the kind of work, not a container
    regex.compile(
        r"(?:\p{Lu}{2,6}\s){0,3}(?:(?:[Tt]ech(?:nical|\.)?|[Rr]esearch|[Ii]nternal)\s(?:\p{Lu}\p{Ll}+\s){0,2}"
        r"(?:[Rr]eport|[Rr]ep\.?|Rpt\.?|[Nn]ote|[Mm]emo)"
        r"|[Ww]orking\s[Pp]aper|[Dd]iscussion\s[Pp]aper|(?:Ph\.?\s?D\.?|[Mm]aster'?s|[Dd]octoral)\s(?:[Tt]hesis|[Dd]issertation)"
        r"|[Tt]hesis|[Dd]issertation"
        r"|[Rr]eport(?=\s(?:[Nn]o\.\s?)?[\p{Lu}\p{N}][\p{L}\p{N}/-]{0,14}\d))(?![\p{L}])"
        # the report's number: "TR93-04-03", "No. STAN-CS-92-1462", "UCB/ERL M90/36"
        r"(?:\s{1,2}(?:[Nn]o\.\s?)?[\p{L}\p{N}][\p{L}\p{N}/-]{0,14}\d[\p{L}\p{N}./-]{0,24}"
        r"(?:\s[\p{Lu}\p{N}][\p{L}\p{N}/-]{0,10}\d[\p{L}\p{N}./-]{0,12})?)?"
    ),
    (
        "Technical Report TR93-04-03",
        "Tech. Rep. 12",
        "PhD thesis",
        "Working Paper 5",
        "Report No. STAN-CS-92-1462",
    ),
    ("Technology Review", "Reports on Progress in Physics"),
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

COMMA_BREAK = _register(
    "comma_break",
    # a comma and its spaces, where an imprint splits into publisher and place
    regex.compile(r",\s{0,3}"),
    ("MIT Press, Cambridge",),
    ("MIT Press",),
)

JOURNAL_NAME = _register(
    "journal_name",
    # a periodical, even when it names a workshop or conference: "History Workshop Journal"
    regex.compile(
        r"(?<![\p{L}])(?:Journal|Review|Quarterly|Bulletin|Transactions|Letters|Annals|Zeitschrift|Rivista|Revue|Revista)(?![\p{L}])"
    ),
    ("History Workshop Journal", "Conference Review"),
    ("Proceedings of the Workshop",),
)

PRESS_WORD = _register(
    "press_word",
    # words only a publishing house has in its name (unlike "Public Books", a website)
    regex.compile(
        r"(?<![\p{L}])(?:Press|Presses|University|Universit\p{L}{1,4}|Verlag|Publishers?|Publishing|"
        r"Editions|Éditions|Edizioni|Editora|Editorial|Editore|Editrice)(?![\p{L}])"
    ),
    ("Yale University Press", "Suhrkamp Verlag"),
    ("Public Books", "Libcom"),
)

CITY_WORD = _register(
    "city_word",
    # one or two capitalised words (fullmatch) that can name a city: "Roma", "New York"
    regex.compile(r"\p{Lu}\p{Ll}{2,20}(?:[\s-]\p{Lu}\p{Ll}{2,20})?"),
    ("Roma", "New York", "Roma-Bari"),
    ("XII", "CA", "12"),
)

PLACE_SHAPE = _register(
    "place_shape",
    # a place as imprints print it (fullmatch): "Grand Rapids", "Santa Clara, CA",
    # "Cambridge, Mass."
    regex.compile(
        r"\p{Lu}[\p{Ll}'’-]{1,20}(?:\s\p{Lu}[\p{Ll}'’-]{1,20})?"
        r"(?:,\s(?:\p{Lu}{2,3}|\p{Lu}[\p{Ll}]{1,5}\.?|\p{Lu}\.\s?\p{Lu}\.?)){0,2}"
    ),
    ("Grand Rapids", "Santa Clara, CA", "Cambridge, Mass.", "Washington, D. C."),
    ("12",),
)

STATE_AFTER_CITY = _register(
    "state_after_city",
    # the state's postal code printed after a city (match right after it): "Chicago, IL",
    # "Boulder, CO": one place with it
    regex.compile(r",\s\p{Lu}{2}(?=[\s.,:;)]|$)"),
    (", IL. Chicago", ", CO."),
    (", Illinois", ", ACM"),
)

CITY_BEFORE_STATE = _register(
    "city_before_state",
    # the city before a state or province read alone (search at the end of the text before
    # it): "Boulder, " of "Boulder, CO"
    regex.compile(
        r"(?<![\p{L}])(?P<city>\p{Lu}[\p{Ll}'’-]{1,20}\.?(?:\s\p{Lu}[\p{Ll}'’-]{1,20}){0,2}),\s$"
    ),
    ("Press Boulder, ", "Santa Monica, "),
    ("Boulder ",),
)

CONTAINER_AUTHOR = _register(
    "container_author",
    # a book's author given by initials before its title, after "in" (match at the
    # container's start): "V. Serge, Socialismo e totalitarismo"
    regex.compile(
        r"(?P<names>(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}’'\-]{1,30}+"
        r"(?:\s(?:and|e|et|und|y)\s(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{Ll}’'\-]{1,30}+)?),\s(?=\p{Lu})"
    ),
    ("V. Serge, Socialismo e totalitarismo", "J. Smith and K. Lee, The Book"),
    ("Victor Serge, Socialismo", "Socialismo e totalitarismo"),
)

JOURNAL_WORD = _register(
    "journal_word",
    # words that mark a journal, proceedings or newspaper's name
    regex.compile(
        r"(?<![\p{L}])(?:Journal|Jour\.|J\.|Review|Rev\.|Transactions|Trans\.|Bulletin|Bull\.|Annals|Ann\.|Quarterly|"
        r"Letters|Papers|Lett\.|Magazine|Studies|Proceedings|Proc\.?|Conference|Symposium|Workshop|Acta|Archives?|Zeitschrift|"
        r"Rivista|Revue|Revista|Cahiers|Quaderni|Jahrbuch|Newsletter|Notices|Science|Nature|Communications|Gazette|Times|"
        r"Herald|Post|Tribune|Chronicle|Monde|Corriere|Zeitung|Encyclopedia|Dictionary|Handbook|Advances|Research|Forum|"
        r"Medicine|Physics|Chemistry|Biology|Economics|Studi|Storia|History|"
        # the disciplines journals are named after ("Applied Optics", "Artificial Intelligence")
        r"Optics|Intelligence|Computing|Processing|Mathematics|Psychology|Sociology|Linguistics|"
        r"Neuroscience|Genetics|Ecology|Geology|Astronomy|Astrophysics|Statistics|Psychiatry)(?![\p{L}])",
    ),
    ("Journal of Logic", "Proc. Natl.", "Review"),
    ("Verso",),
)

CONTAINER_TRAILING_NUMBER = _register(
    "container_trailing_number",
    # the volume at the end of a journal's name: ``… Research 36``, ``…, XLIII``, ``… 13.2``
    regex.compile(
        # (a roman numeral well formed: not the state of "Chicago, IL")
        r"(?:\s(?P<volume>[A-Z]?\d{1,4})"
        r"|,\s(?P<volume>(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})))"
        r"(?:\.(?P<issue>\d{1,3}))?$"
    ),
    ("Operations Research 36", "Review, XLIII", "Inquiry 13.2", "Phys. A16"),
    ("ASPLOS IV", "Chicago, IL"),
)

MAGAZINE_ISSUE = _register(
    "magazine_issue",
    # a periodical and its issue number, no volume (issue 11): ``Red Lantern #12``,
    # ``Arbeiterstimme Nr. 4``, ``Umanità Nova n. 12``
    regex.compile(
        r"(?P<container>\p{Lu}[\p{L}’'\-]{0,30}+(?:\s[\p{L}’'\-&]{1,30}+){0,6})"
        r",?\s(?:#\s?|(?:[Nn]o|[Nn]r|n)\.\s?|n°\s?)(?P<issue>\d{1,4})"
    ),
    ("Red Lantern #12", "Arbeiterstimme Nr. 4", "Umanità Nova n. 12", "The Dial, no. 3"),
    ("Red Lantern", "#12", "red lantern #12"),
)

DIGIT_OR_LOWER_START = _register(
    "digit_or_lower_start",
    # a digit anywhere or a lower-case start: not a publisher's name
    regex.compile(r"\d|^\p{Ll}"),
    ("version 2", "to appear"),
    ("Verso",),
)

NOT_A_PUBLISHER = _register(
    "not_a_publisher",
    # short remarks that are no publisher (fullmatch-like)
    regex.compile(r"(?i)^(?:trans|preprint|ed|eds|n\.p)\.?$"),
    ("trans", "Preprint", "n.p."),
    ("Verso",),
)

CONTAINER_TRAILING_DATE = _register(
    "container_trailing_date",
    # a day and month left at a periodical's end once its year was read: ", 7 March",
    # " 27 May", ", June 21", " May(26", " 93(September/October"
    regex.compile(
        r"(?i)(?:,?\s(?:\d{1,2}\.?\s)?" + MONTH + r"(?:\s?\(?\d{1,2}\)?)?(?:\s?\d{4})?"
        r"|,?\s?\d{0,4}\(" + MONTH + r"[^()]{0,30})$"
    ),
    ("Wired, 7 March", "Newsweek 27 May", "Vox September(17", "Review 93(September/October"),
    ("Wall Street Journal",),
)

DEPARTMENT = _register(
    "department",
    # the part of an institution that publishes a report or thesis: "Dept. of Computer
    # Science", "School of …", "Computer Science Division", "Knowledge Systems Laboratory"
    regex.compile(
        r"(?<![\p{L}])(?:Department|Dept|School|Institute|Laboratory|Laboratories|Lab|Labs|Division|Center|"
        r"Centre|Faculty|Fakultät|Dipartimento|Département)(?![\p{L}])"
    ),
    ("Dept. of Computer Science", "Computer Science Division", "Knowledge Systems Laboratory"),
    ("Departure", "Labour"),
)

LIST_END = _register(
    "list_end",
    # the last part of a name that is a comma list ("…, Man, and Cybernetics", "Infection,
    # Genetics and Evolution", "Travail, genre et société") or an inverted one ("…, IEEE
    # Transactions on")
    regex.compile(
        r"^(?:and|&|et|und|e|y)\s|^\S+(?:\s\S+)?\s(?:and|&|et|und|e|y)\s\S+(?:\s\S+)?$"
        r"|^\p{Lu}[\p{L}\s]{0,60}\s(?:on|of|for)$"
    ),
    ("and Cybernetics", "Genetics and Evolution", "genre et société", "IEEE Transactions on"),
    ("Springer", "Department of Statistics"),
)

REMARK = _register(
    "remark",
    # remarks about the state of a work, at the start (match)
    regex.compile(
        r"(?i)(?:to\sappear|in\spress|forthcoming|in\spreparation|submitted|unpublished|also\s|retrieved|available|see\s|disponível|disponible|consultato|\S{0,80}/\S{0,80}$)"
    ),
    ("to appear", "In press"),
    ("Pressure",),
)

IN_PREFIX = _register(
    "in_prefix",
    # a leading ``In``/``in:``/``dans`` of a container
    regex.compile(r"^(?:[Ii]n:?|[Dd]ans|[Ee]n:|[Ee]m:)\s+"),
    ("In: Proc", "dans Annales"),
    ("Index",),
)

# Common ISO 4 abbreviations of words in journal names longer than five letters: the full
# stop after them does not end a stretch ("J. Approx. Theory", "Artif. Intell.")
_JOURNAL_ABBREVIATIONS = (
    r"Approx|Comput|Intell|Theor|Artif|Struct|Electr|Electron|Commun|Assoc|Psychol|Philos|"
    r"Neurosci|Pharmacol|Biochem|Biophys|Technol|Manag|Geophys|Physiol|Environ|Internat|"
    r"Mathem|Statist|Linguist|Sociol|Philol|Archaeol|Anthropol|Zool|Bot|Ecol|Genet|Microbiol|"
    r"Immunol|Oncol|Radiol|Cardiol|Neurol|Surg|Dermatol|Endocrinol|Gastroenterol|Ophthalmol|"
    r"Pediatr|Psychiatr|Rehabil|Inform|Optim|Numer|Progr|Proced|Transl|Lett|Mech|Hist|Geogr"
)

SEGMENT_BREAK = _register(
    "segment_break",
    # where the stretches after the title split: holes, sentence ends (not after ``Proc.``),
    # ``;``, brackets (not around ``(AAAI)``); each branch starts with its literal character
    # and looks behind only from there, so the lookbehinds run at dots and brackets only
    regex.compile(
        HOLE
        + r"|\.(?<=[\p{Ll}\p{N})]{2}\.)(?<!(?:^|[\s.("
        + HOLE
        + r"])(?:\p{Lu}\p{Ll}{1,4}|"
        + _JOURNAL_ABBREVIATIONS
        + r")\.)\s|\.(?<=,\s\p{Lu}{2}\.)\s(?=\p{Lu})|;\s"
        + r"|\s\((?!\p{Lu}[\p{Lu}\p{N}'-]{1,14}\))|\)(?<!\(\p{Lu}[\p{Lu}\p{N}'-]{1,14}\))\s?|\[|\]"
    ),
    ("Behavior. New York", "a; b", "x (y)", "San Jose, CA. AAAI Press"),
    ("Proc. Natl", "Conference (AAAI)", "J. Approx. Theory", "Artif. Intell. 12"),
)

QUALIFIED_PLACE = _register(
    "qualified_place",
    # a German place with the river or region that tells it apart, abbreviated with full
    # stops that end no sentence: "Frankfurt a.M.", "Frankfurt a. M./New York", "Freiburg i.
    # Br.", "Halle a. d. Saale" (issue 12); standing alone in the imprint (after a sentence
    # end, comma or hole; before ":", ",", a hole or the end)
    regex.compile(
        r"(?:^|(?<=[.,;:)" + HOLE + r"]\s{0,2}))"
        r"(?P<place>\p{Lu}[\p{L}'’-]{1,25}\s(?:a\.\s?M|i\.\s?Br|a\.\s?Rh|a\.\s?d\.\s?\p{Lu}\p{Ll}{1,12}"
        r"|[ai]\.\s?d\.\s?\p{Lu}|a\.\s?N)\.?"
        r"(?:\s?/\s?\p{Lu}[\p{L}'’-]{1,25}(?:\s\p{Lu}[\p{L}'’-]{1,25})?){0,2})"
        r"(?=\s{0,2}(?:[:,;" + HOLE + r"]|$))"
    ),
    (
        "Frankfurt a.M.",
        "Frankfurt a. M.: Nordlicht Verlag",
        "Frankfurt a.M./New York: Campus",
        "Freiburg i. Br. \x1f",
        "Halle a. d. Saale, Verlag",
    ),
    ("Frankfurt am Main", "Werner a. Meier", "Title. Frankfurt a. M. Schmidt"),
)
