"""Patterns of the reference parser: names, dates, titles, containers, imprints, locators.

No logic lives here. Each pattern is registered with examples it must match and
counter-examples it must not (``citex.registry``), which tests/test_patterns.py checks.
Repetitions are bounded: no pattern may backtrack catastrophically on hostile input.
"""

from __future__ import annotations

import regex

from citex import lexicon
from citex.registry import alternation
from citex.registry import register as _register

# Building blocks (strings, not patterns). Every repetition is bounded: references are
# short, and a 100 kB line of digits or brackets must not make a pattern backtrack.
_DASH = r"[-‐‑‒–—―]"


def _abbreviations(months: dict[str, int]) -> set[str]:
    """The month forms of one language written without the full stop they may take: those
    that begin a longer form of the same month ("Jan" of "January", "dez" of "dezembro")."""
    return {
        form
        for form, number in months.items()
        if any(
            other.startswith(form) and n == number and other != form for other, n in months.items()
        )
    }


_MONTH_ABBREVIATIONS = set().union(
    *(_abbreviations(language.MONTHS) for language in lexicon.LANGUAGES)
)

# the month names and seasons of every language (lexicon)
_MONTH = (
    "(?:"
    + alternation(
        lexicon.MONTHS, suffix=lambda form: r"\.?" if form in _MONTH_ABBREVIATIONS else ""
    )
    + "|"
    + alternation(lexicon.words("SEASONS"))
    + ")"
)
# a page or a page range, as a named group: "106-17", "e1234–e1240"
_PAGE = r"(?P<page>[A-Za-z]?\d{1,6}(?:\s{0,2}[-–—‐]{1,2}\s{0,2}[A-Za-z]?\d{1,6})?)(?![\d])"
_YEAR = r"(?<![\d\p{L}])(?:1[5-9]\d\d|20[0-4]\d)(?![\d])"
MONTH = _MONTH  # the month names, for the parser's small date checks

CITATION_NUMBER = _register(
    "citation_number",
    # a leading [12], (12), 12. or "12 " before a capital: the list number, not part of the work
    # (`(2006). Title. Site.` opens with its year: a web page dated first)
    regex.compile(
        r"^\s{0,20}(?:\[\s{0,3}\d{1,4}[a-z]?\s{0,3}\]|\((?!(?:1[5-9]|20)\d\d\))\d{1,4}\)|\d{1,3}\.(?=\s)|\d{1,3}\s(?=\p{Lu}))\s{0,20}"
    ),
    ("[12] A. Smith, Title", "12. Smith J. Title", "(63) Kamerlin, S.", "4 Smith, J."),
    ("1984. Title", "Smith, J. 12.", "2003 Smith", "(2006). Language Courses in New York."),
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

BARE_ADDRESS = _register(
    "bare_address",
    # a web address printed without scheme or www after the words that introduce one (search):
    # `available at archivefolk.net`, `available online at spinners.example/texts/a.pdf`
    regex.compile(
        r"(?<![\p{L}])(?:[Aa]vailable(?:\sonline)?\s(?:at|from|on)|[Oo]nline\sat)\s{1,3}:?\s{0,3}"
        r"(?P<address>[\p{L}\d][\p{L}\d-]{0,62}(?:\.[\p{L}\d-]{1,63}){0,4}\.\p{Ll}{2,24}"
        r"(?![\p{L}\d-])(?:/[^\s<>\"]{0,500})?)"
    ),
    ("available at archivefolk.net.", "Available online at spinners.example/texts/bread.pdf"),
    ("available at the archive.", "available at 10.5 per cent", "available at No. 5"),
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
        r"[(\[]?\b(?:[Aa]ccessed|[Vv]iewed|[Cc]onsultato(?:\sil)?|[Cc]onsulté(?:\sle)?|[Aa]bgerufen(?:\sam)?|[Aa]bruf(?:\sam)?|"
        r"[Aa]cesso\sem|[Cc]onsultado(?:\sel)?|[Zz]ugriff(?:\sam)?|[Cc]ited|[Lastl]{4}\saccessed)\s{0,3}(?:on\s)?:?\s{0,3}"
        r"(?P<date>(?:\d{1,2}(?:st|nd|rd|th)?\.?\s{0,2})?(?:"
        + r"(?i:"
        + _MONTH
        + r")\.?\s{0,2}|\d{1,2}[./-]\d{1,2}[./-])?"
        r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s{0,2})?(?:1[5-9]\d\d|20[0-4]\d)(?:[./-]\d{1,2}[./-]\d{1,2})?)[)\]]?"
    ),
    (
        "accessed 3 May 2010",
        "Accessed June 19, 1998",
        "(accessed 2012-05-01)",
        "abgerufen am 2.3.2012",
    ),
    ("accessed the archive",),
)

ISBN = _register(
    "isbn",
    regex.compile(
        r"\bISBN(?:-1[03])?\s{0,2}:?\s{0,2}(?P<isbn>(?:97[89][\s-]?)?\d[\d\s-]{7,14}[\dXx])\b"
    ),
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
    regex.compile(
        r"\barXiv\s{0,2}:?\s{0,2}(?P<id>\d{4}\.\d{4,5}(?:v\d{1,3})?|[a-z-]{2,20}(?:\.[A-Z]{2})?/\d{7}(?:v\d{1,3})?)"
    ),
    ("arXiv:1706.03762", "arXiv preprint arXiv:1412.6980v9", "arXiv:hep-th/9711200"),
    ("arXiv preprint",),
)

LEAD_IN_WORD = _register(
    "lead_in_word",
    # a word sending the reader to the work, before its author (match; issue 12): "Vgl.
    # Bauer, Thomas: …", "Cfr. Rossi A., …", "See Smith, J. …"; a name must follow
    regex.compile(
        r"(?:[Vv]gl\.|[Cc]fr\.|[Cc]f\.|[Ss]iehe|[Ss]ee(?:\salso)?|[Vv]edi|[Vv]oir)\s{1,3}"
        r"(?=\p{Lu}[\p{L}'’-]{1,30}(?:,|\s\p{Lu}))"
    ),
    ("Vgl. Bauer, Thomas", "Cfr. Rossi A.", "See also Smith, J.", "Vedi Paolo Renzi"),
    ("See You later", "Vgl. 12", "Seeger, Pete"),
)

ARCHIVAL_REFERENCE = _register(
    "archival_reference",
    # an archive's siglum, a comma, then a shelf-mark with an archival unit and its number
    # (match; issue 12): "ASV, Senato, Deliberazioni Terra, reg. 12, c. 34r", "ASP, Notarile,
    # b. 103", "BAV, Vat. lat. 3195, f. 12v"
    regex.compile(
        r"(?P<archive>\p{Lu}{2,5}[a-z]{0,2}),\s(?P<location>[^,]{1,80}(?:,\s[^,]{1,80}){0,6}?"
        r"(?:,?\s(?:reg|regg|b|bb|busta|filza|fz|fasc|c|cc|f|ff|fol|ms|mss|cod|prot|n|nn)\."
        r"\s?\d{1,5}[rv]?(?:\s?[-–]\s?\d{1,5}[rv]?)?){1,4})"
    ),
    (
        "ASV, Senato, Deliberazioni Terra, reg. 12, c. 34r",
        "ASP, Notarile, b. 103",
        "BAV, Vat. lat. 3195, f. 12v",
    ),
    ("UNESCO, Report on education, Paris 1990", "Smith, J., The Book, p. 12", "ASV 12"),
)

IBID = _register(
    "ibid",
    # "Ibid., 229", "Ivi, p. 3", "Ebd., S. 4": the same work as the citation before
    regex.compile(
        r"^(?:Ibid|ibid|Ibidem|ibidem|Ivi|ivi|Ebd|ebd|Ebenda|ebenda|Ib|ib)\.?"
        r"(?=\s{0,2}(?:[,.;:]|$|\d|pp?\.|S\.))[\s,.;:]{0,4}"
    ),
    ("Ibid., 229.", "Ivi, p. 3", "Ebd., S. 4", "Ibid."),
    ("Ibidem Press, 2003", "Ivins, J."),
)

SHORT_FORM_MARK = _register(
    "short_form_mark",
    # "op. cit.", "cit.", "loc. cit.", "a.a.O.": a work cited in full earlier
    regex.compile(
        r"(?:,\s{0,2})?(?<![\p{L}])(?:op\.\s?cit|loc\.\s?cit|art\.\s?cit|cit|a\.\s?a\.\s?O)\.(?:,)?"
    ),
    ("Trotsky, op. cit., pp. 12-14", "«Trente ans…», cit.", "Marx, a.a.O., S. 3"),
    ("city", "cited by"),
)

NAME_THEN_TITLE_SENTENCE = _register(
    "name_then_title_sentence",
    # `Family, Given.` and then a sentence of two words or more (match): a person and a
    # title, as web citation templates print an undated page, not a short form
    # (`Okafor, Ada. A History of River Ferries.`; `Sassen, Mobility, 22` is one)
    regex.compile(
        r"\s{0,3}\p{Lu}[\p{Ll}’'\-]{1,30}(?:[\s\-]\p{Lu}[\p{Ll}’']{1,30})?,\s{1,2}"
        r"\p{Lu}\p{Ll}{1,30}(?:\s\p{Lu}\.){0,2}\.\s{1,2}[\"“‘]?\p{Lu}[\p{L}’'\-]{0,30}"
        r"\s{1,2}[\p{L}\d]"
    ),
    ("Okafor, Ada. A History of River Ferries.", "Hunt, Alex. The UK's EU referendum"),
    ("Sassen, Mobility, 22", "Alexander, 218", "Smith, Wealth. p. 5", "Okafor, A. A History"),
)

LOCATOR_ONLY = _register(
    "locator_only",
    # a cited place and nothing else (match): "229", "p. 126", "ch. 5", "61–69; 106–39"
    regex.compile(
        r"\s{0,3}(?P<label>pp?\.|S\.|pág\.|págs\.|ch\.|chap\.|chapter|cap\.|Kap\.|§|n\.|note)?\s{0,2}"
        r"(?P<value>(?:[A-Za-z]?\d{1,5}[a-z]?|[IVXLCDM]{1,8}|[ivxlcdm]{1,8})"
        r"(?:\s{0,2}" + _DASH + r"{1,2}\s{0,2}\d{1,5})?"
        r"(?:[,;]\s{0,2}\d{1,5}(?:\s{0,2}" + _DASH + r"{1,2}\s{0,2}\d{1,5})?){0,20}"
        r"(?:\s?(?:ff?|sqq?|et seq)\.?)?)\s{0,3}[.;]?\s{0,3}$"
    ),
    ("229.", "p. 126", "ch. 5", "61–69; 106–39"),
    ("Smith", "p. Smith"),
)

THESIS_TAG = _register(
    "thesis_tag",
    # APA's bracketed genre and school after a thesis title
    # (or in parentheses, as APA's sixth edition prints it: "(Unpublished doctoral dissertation)")
    regex.compile(
        r"\s{0,2}(?:\[(?P<genre>(?:[Dd]octoral|[Mm]aster'?s|[Uu]npublished)[^\[\],]{0,30}"
        r"(?:dissertation|thesis))(?:,\s{0,2}(?P<school>[^\[\]]{2,100}))?\]"
        r"|\((?P<genre>(?:[Dd]octoral|[Mm]aster'?s|[Uu]npublished)[^(),]{0,30}"
        r"(?:dissertation|thesis))(?:,\s{0,2}(?P<school>[^()]{2,100}))?\))"
    ),
    (
        "Exile [Doctoral dissertation, Columbia University].",
        "[Master's thesis, MIT]",
        "Rhythm (Unpublished doctoral dissertation). Univ",
    ),
    ("[Internet]",),
)

MEDIA_ROLE = _register(
    "media_role",
    # APA's roles after a film's or recording's makers: "(Director)", "(Producers)",
    # "(Writer/Director)", "(Executive Producer)"
    regex.compile(
        r"\s{0,2}\((?:(?:Executive\s)?(?:Director|Producer|Writer|Host|Composer|Performer|Narrator|"
        r"Interviewer|Speaker|Artist|Photographer|Presenter)s?/?){1,3}\)(?:(?<=\.\s{0,2}\(.{1,60})\.)?"
    ),
    ("Moore, M. (Writer/Director).", "Davidson, J. (Director).", "K. (Producers), &"),
    ("(Eds.)", "(Directory)"),
)

NAME_INITIALS_IN_PARENS = _register(
    "name_initials_in_parens",
    # French bibliographies' "SIERVO (M.), GREY (P.)": a family name, its initials in parentheses
    regex.compile(
        r"(?:^|(?<=[,;]\s|\s(?:et|and|&)\s))(?P<family>\p{Lu}[\p{L}'’-]{1,30})\s\("
        r"(?!(?:Eds?|Hg|Hgg|Dir|Comp|Coord|Org|Ders|Id)\.)"
        r"(?P<given>\p{Lu}\p{Ll}?\.(?:\s?-?\p{Lu}\p{Ll}?\.){0,3})\)"
    ),
    ("SIERVO (M.), GREY (P.)", "Kefi (N.), Le château", "Robert (P.-Ch.)"),
    ("Smith (2001)", "Smith (Ed.)"),
)

HEAD_ASIDE = _register(
    "head_aside",
    # a remark in parentheses after the first "Family, Given" (match): "Esty, Joshua (Jed).",
    # "Céline, Louis-Ferdinand (Louis-Ferdinand Destouches).", "Hartner, Marcus (forthcoming)."
    regex.compile(
        r"\p{Lu}[\p{L}'’ -]{1,40},\s\p{Lu}[\p{L}.'’ -]{0,40}?"
        r"(?P<aside>\s\((?![sSnNoO]\.\s?[dDjJ]\.)[^()\d]{2,60}\))(?=[.,])"
    ),
    ("Esty, Joshua (Jed). Unseasonable", "Hartner, Marcus (forthcoming). “Images"),
    ("Smith, J. (2001).", "Contassot, F. (s. d.)."),
)

MEDIUM_TAG = _register(
    "medium_tag",
    # a bracketed medium or genre after a title (Vancouver, MLA): not part of the title
    regex.compile(
        r"\s{0,2}\[(?:Internet|internet|[Oo]nline|[Ee]n ligne|CD-ROM|DVD|"
        r"[Mm]onograph on the Internet|[Dd]issertation|[Tt]hesis|[Mm]aster's thesis|"
        r"[Dd]octoral dissertation|[Ee]lectronic version|[Ee]-book|[Ee]book|"
        # APA's descriptions of what a work is: "[Motion picture]", "[Computer software]"
        r"(?i:motion picture|film|video(?: file| recording)?|audio (?:podcast|recording|file)|"
        r"podcast|computer (?:software|program)|data ?set|brochure|blog post|web log post|"
        r"television (?:series|broadcast|series episode)|radio broadcast|lecture notes|"
        r"powerpoint slides|fact sheet|press release|letter to the editor))\]"
    ),
    ("Title [Internet]. Site", "Memory [dissertation].", "[online]", "fresh [Motion picture]."),
    ("[12]", "[Gli anarchici, 1969]"),
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
    regex.compile(
        r"(?<![\p{L}])(?:n\.\s?d\.|s\.\s?d\.|o\.\s?J\.|s\.\s?f\.|sans date|no date|undated)"
        r"(?![\p{L}])"
    ),
    ("(n.d.)", "Paris, s.d.", "Berlin o. J.,"),
    ("and.",),
)

QUOTED_STRETCH = _register(
    "quoted_stretch",
    # a stretch between double quotes or guillemets (search): a year inside it belongs to the
    # quoted title (`“The Weavers’ Council and Its Critics (1911),”`), not to the imprint
    regex.compile(r'“[^“”\n]{1,300}”|"[^"\n]{1,300}"|«[^«»\n]{1,300}»|„[^„“”\n]{1,300}[“”]'),
    ("“The Weavers’ Council and Its Critics (1911),”", '"Census 2011"', "«Il 1848»"),
    ("“unclosed 1911", "Smith 2001"),
)

DATE = _register(
    "date",
    # month names or numeric days around a year: "June 19, 1998", "4 January 2012", "Nov. 1947"
    regex.compile(
        r"(?:(?P<day1>\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s{0,2}(?:de\s)?)?(?P<month1>"
        + _MONTH
        + r")\.?"
        r"(?:\s{0,2}(?P<day2>\d{1,2})(?:st|nd|rd|th)?(?:\s?[-–]\s?\d{1,2})?,?)?\s{0,2}(?:de\s)?"
        r"(?P<year>" + _YEAR + r")"
        r"|(?P<year2>"
        + _YEAR
        + r")[,.]?\s{1,2}(?P<month2>"
        + _MONTH
        + r")\.?(?:\s{1,2}(?P<day3>\d{1,2})(?![\d]))?"
        r"|(?P<year3>" + _YEAR + r")-(?P<month3>[01]\d)-(?P<day4>[0-3]\d)",
        regex.IGNORECASE,
    ),
    (
        "June 19, 1998",
        "4 January 2012",
        "Nov. 1947",
        "1994, February",
        "2012-05-01",
        "1er mai 1968",
    ),
    ("June", "1998"),
)

NUMERIC_DAY_MONTH = _register(
    "numeric_day_month",
    # a day and month in figures ending right before a year, as German dates print them
    # (``7.11.1996``; issue 11): searched a few characters before the year
    regex.compile(r"(?<![\d.])(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?$"),
    ("7.11.", ", 12.11.", "7. 11. "),
    ("3.2.1.", "Nr. 12.", "7.11"),
)

DATE_BEFORE_YEAR = _register(
    "date_before_year",
    # what may stand before a year in a date, ending right at it: "June 19, ", "4 January ",
    # "Nov. ", "1er mai "; reference.py checks the word against its table of month names
    regex.compile(
        r"(?:(?P<day1>\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s{0,2}(?:de\s)?)?(?P<month>\p{L}{3,10})\.?"
        r"(?:\s{0,2}(?P<day2>\d{1,2})(?:st|nd|rd|th)?(?:\s?[-–]\s?\d{1,2})?,?|,)?\s{0,2}(?:de\s)?$"
    ),
    ("June 19, ", "4 January ", "Nov. ", "1er mai ", "15 de março de ", "February, "),
    ("Smith; ",),
)

DATE_AFTER_YEAR = _register(
    "date_after_year",
    # what may follow a year in a date (match at the year's end): ", February", " May 4", "-05-01"
    regex.compile(
        r"(?:[,.]?\s{1,2}(?P<month>\p{L}{3,10})\.?(?:\s{1,2}(?P<day>\d{1,2})(?!\d))?"
        r"|-(?P<iso_month>[01]\d)-(?P<iso_day>[0-3]\d))"
    ),
    (", February", " May 4", "-05-01"),
    (": 12",),
)

PAGE_RANGE = _register(
    "page_range",
    # 106-17, 377–89, e1234–e1240, S12-S19, 1098-1101, XIX
    regex.compile(
        r"(?<![\w/.])(?P<first>[A-Za-z]?\d{1,6}[a-z]?)(?:\s{0,2}"
        + _DASH
        + r"{1,2}\s{0,2}(?P<last>[A-Za-z]?\d{1,6}[a-z]?))?(?![\w/]|\.\d)"
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
    # the cited place at the end of a note: ", 218", ", p. 126", ", ch. 4", "),158",
    # ", pp. 86–91, 111"
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

LEGAL_CASE = _register(
    "legal_case",
    # a court decision by its report alone: reporter, volume (or year), first page and the
    # pinpoint in parentheses or after a comma: ``BVerfGE 88, 203 (251)``, ``NJW 2001, 5``
    # (fullmatch)
    regex.compile(
        r"(?P<reporter>" + alternation(lexicon.words("LEGAL_REPORTERS")) + r")\s{1,2}"
        r"(?P<volume>\d{1,4}),\s{0,2}(?P<page>\d{1,5})"
        r"(?:\s{0,2}\((?P<pin>\d{1,5}(?:\s?" + _DASH + r"\s?\d{1,5}|\s?ff?\.)?)\)"
        r"|,\s{0,2}(?P<pin2>\d{1,5}(?:\s?ff?\.)?))?\s{0,2}[.;]?"
    ),
    ("BVerfGE 88, 203 (251).", "NJW 2001, 5", "BGHZ 12, 34, 36", "JZ 1990, 12 (14 f.)"),
    ("Nature 412, 105.", "BVerfGE 88"),
)

LEGISLATION = _register(
    "legislation",
    # a section of a statute: ``§ 5 Rn. 7``, ``§ 823 Abs. 1 BGB``, ``Art. 5 Abs. 3 GG``
    # (fullmatch)
    regex.compile(
        r"(?P<sign>§§?|Art\.)\s{0,2}(?P<section>\d{1,4}[a-z]?"
        r"(?:\s{1,2}(?:Abs\.|Satz|S\.|Nr\.)\s{0,2}\d{1,3}){0,3})"
        r"(?:\s{1,2}(?P<code>\p{Lu}[\p{L}]{1,12}))?"
        r"(?:,?\s{1,2}Rn\.\s{0,2}(?P<margin>\d{1,4}(?:\s?" + _DASH + r"\s?\d{1,4}|\s?ff?\.)?))?"
        r"\s{0,2}[.;]?"
    ),
    ("§ 5 Rn. 7", "§ 823 Abs. 1 BGB", "Art. 5 Abs. 3 GG.", "§ 12 BGB, Rn. 4"),
    ("Paragraph 5", "Art. Deco", "§ Rn. 7"),
)

AUTHOR_DATE_CITE = _register(
    "author_date_cite",
    # a short author-date cite before its pinpoint: ``Krause 2008:`` (214 ff.),
    # ``Meyer/Schulz 1999a:``, ``Roth und Weber (2004):`` (fullmatch)
    regex.compile(
        r"\p{Lu}[\p{L}'’\-]{1,30}+(?:\s?(?:/|und|and|&|et\sal\.|u\.\s?a\.)\s?"
        r"(?:\p{Lu}[\p{L}'’\-]{1,30}+)?){0,3}\s{1,2}\(?" + _YEAR + r"[a-z]?\)?\s{0,2}:"
    ),
    ("Krause 2008:", "Meyer/Schulz 1999a:", "Roth und Weber (2004):", "Müller et al. 2001:"),
    ("Krause 2008, 214", "krause 2008:", "Krause: 2008"),
)

LOCATOR_TAIL_STRETCH = _register(
    "locator_tail_stretch",
    # the last stretch (at most 100 characters) made only of characters a LOCATOR_TAIL match
    # can hold: that match starts inside it, so searching from its start finds the same one
    # (searched in reverse, from the end: one pass over the stretch)
    regex.compile(r"(?r)[" + _DASH[1:-1] + r"A-Za-z\d\s,).;§á]{0,100}\Z"),
    ("Verso, 2014), 29–30.", "Id., p. 12", "cit., pp. 86-91, 111"),
)

VOLUME_LABEL = _register(
    "volume_label",
    regex.compile(
        # (a one-letter label is followed by its full stop or a space: not "VIC" = V + IC)
        r"(?<![\p{L}])(?:(?:[Vv]ols?|[Vv]olume|Bd|Band|[Tt]ome|[Tt]omo|Jg|Jahrgang|Anno|anno)\.?\s{0,2}"
        r"|(?:[Vv]|[Tt]|a)(?:\.\s{0,2}|\s{1,2}))"
        r"(?P<volume>\d{1,5}[A-Za-z]?|[IVXLCDM]{1,8}\b)(?:\s?[-–/]\s?(?P<to>\d{1,5}))?"
    ),
    ("vol. 1", "Vol 36", "v. 32", "Bd. 4", "t. II", "Vol. XII"),
    ("volume two", "vol. xyz", "VIC: AV Channel"),
)

VOLUME_ORDINAL = _register(
    "volume_ordinal",
    # a German volume printed as an ordinal before its label: ``44. Jg.``, ``3. Bd.``
    regex.compile(
        r"(?<![\p{L}\d.])(?<!(?:S|p|pp|Nr|H)\.\s)(?P<volume>\d{1,4})\.\s{0,2}(?:Jg|Jahrgang|Jahrg|Bd|Band)(?![\p{L}])\.?"
    ),
    ("44. Jg., Heft 5", "12. Jahrgang", "3. Bd."),
    ("S. 44. Jg", "44 Jg.", "2. Bde."),
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
    # journal numbering without labels: 36(2), 6(1), 108 (2), 44: 58, and the chemists'
    # 288, (5465)
    regex.compile(
        r"(?<![\w.])(?P<volume>\d{1,5}),?\s{0,2}\((?P<issue>[A-Za-z]{0,8}\s?\d{1,5}(?:\s?[-–/]\s?\d{1,5})?)\)"
    ),
    ("36(2)", "6 (1)", "108(Suppl 2)", "12(3-4)", "Science 2000, 288, (5465), 494"),
    ("(2)", "1998"),
)

# words between an edition's number and its noun ("überarb.", "rev.", "nouvelle"), any case
_EDITION_QUALIFIER = (
    r"(?i:"
    + alternation(lexicon.words("EDITION_QUALIFIERS"))
    + r")(?!\p{L})\.?,?\s{1,2}(?:(?:und|and|et|e|y)\s{1,2})?"
)
EDITION = _register(
    "edition",
    # an edition statement wherever it stands: "2nd ed.", "3. überarb. Auflage", "2a ed.",
    # "nouvelle éd.", "Revised edition" (issue 12)
    regex.compile(
        r"(?<![\p{L}])(?P<edition>(?:(?:\d{1,3}(?:st|nd|rd|th|a|e|ª|º|°|\.[ªº]|\.,?)?|[Ff]irst|[Ss]econd"
        r"|[Tt]hird|[Ff]ourth)\s{0,2}(?:" + _EDITION_QUALIFIER + r"){0,3}"
        r"|(?:" + _EDITION_QUALIFIER + r"){1,3}|[Rr]ev\.\s{0,2})"
        r"(?:(?:[Ee]d|edn|Aufl|éd)\b\.?|(?:[Ee]dition|Auflage|édition|edición|edizione|edição)\b))"
    ),
    (
        "2nd ed.",
        "3rd edn",
        "2. Aufl.",
        "Revised edition",
        "4a edizione",
        "3. überarb. Auflage",
        "2., überarbeitete und erweiterte Auflage",
        "2nd rev. ed.",
        "nouvelle éd.",
        "Rev. ed.",
        "3.ª ed.",
    ),
    ("edited by", "ed. by", "Die neue Kaje", "Neue Folge"),
)

CORPORATE_EDITOR_HEAD = _register(
    "corporate_editor_head",
    # a body that edited the work, opening the reference (match): "Verein für
    # Küstengeschichte (Hg.),", "Società storica (a cura di),", "Harbour Trust (ed.)"; up to
    # eight words, the first capitalised
    regex.compile(
        r"(?P<name>\p{Lu}[\p{L}\p{M}.'’&-]{0,40}(?:\s[\p{L}\p{M}.'’&-]{1,40}){0,7})"
        r"\s{0,2}\(\s?(?P<role>(?:Hg|Hgg|Hrsg|[Ee]ds?|éds?|a cura di|dir|coord|org)\.?)"
        r"\s?\)[\s.,:]{0,3}"
    ),
    ("Verein für Küstengeschichte (Hg.), Chronik", "Società storica (a cura di), Atti"),
    ("Chronik der Werften, Rostock", "(Hg.) Title"),
)

EDITION_NOUN = _register(
    "edition_noun",
    # the noun every edition statement ends with: found first (a cheap search), so that
    # EDITION, whose qualifiers could start anywhere, runs only in a window before it
    regex.compile(
        r"(?<!\p{L})(?:[Ee]d|edn|Aufl|éd|[Ee]dition|Auflage|édition|edición|edizione|edição)\b"
    ),
    ("2nd ed.", "3. Aufl.", "nouvelle éd."),
    ("published", "Edinburgh"),
)

SENTENCE_END = _register(
    "sentence_end",
    # a full stop, "?" or "!" that ends a field: not after an initial (J.) or a common abbreviation
    regex.compile(
        r"(?<![\s.(\[][\p{Lu}]|^[\p{Lu}]|\b(?:ed|eds|Ed|Eds|vol|Vol|no|No|pp|p|Dr|Mr|Mrs|Ms|St|Jr|Sr|Inc|Co|Ltd|Bros|ca|cf|vs|al|dir|trans|Proc|Univ|Dept|Conf|Int|Intern|Trans|Jour|Soc|Natl|Am|Rev|Sci|Res|Assoc|Eng|Med|Phys|Chem|Biol|Acad|Mag|Bull|Ann|Stud|Hist|Lit|Phil|Stat|Math|Appl|Comput|Syst|Theor|Mol|Cell|Lett|Eur|Brit|Amer|Polit|Econ|J|jr|Sept|Nov|Dec|Jan|Feb|Mar|Apr|Aug|Oct|repr|transl|tr|trad|übers|Übers|it|n|Nr|S|Bd|Hg|Hrsg|hg|hrsg|ders|Id|id|ibid|Ibid|etc|ed|cap|ch|chap|fig|Fig|sq|sqq|ff|seq|Diss|Ph\.D|Ph\.D|U\.S|U\.K))"
        r"[.?!](?=[\s\"”’»)]{0,3}\s|$)"
    ),
    ("Hearn, Lafcadio. Kwaidan", "Title? Journal", "end."),
    ("J. Smith", "vol. 3", "Proc. Intern"),
)

# function words and verbs that mark a sentence of commentary rather than a reference
# (a word set, not a pattern: reference.py looks words up in it)
PROSE_WORDS = lexicon.words("PROSE_WORDS") | lexicon.words("NARRATIVE_WORDS")


# -- the parser's small helpers -------------------------------------------------------------
# reference.py takes recognised anchors out of the reference and leaves HOLE in their place,
# so that the stretches around them never run together; several patterns look for it.
HOLE = "\x1f"

# cities where books are published, to tell "Place, Publisher" from "Publisher, Place"
PUBLISHING_CITIES = lexicon.PUBLISHING_CITIES

DOUBLE_ISSUE = _register(
    "double_issue",
    # two numbers joined by a slash standing alone between commas after a journal's name:
    # a double issue when consecutive ("Giovane Critica, 15/16, 1967"); reference.py checks that
    regex.compile(r"(?<=,\s)(?P<first>\d{1,4})/(?P<second>\d{1,4})(?=\s?(?:,|\(|$))"),
    ("Giovane Critica, 15/16, 1967", "Heft, 3/4,"),
    ("n. 47/2010 pp", "15/16 May"),
)

NUMBER_OF_VOLUMES = _register(
    "number_of_volumes",
    # a count of volumes standing alone between commas or full stops: "…, 2 voll., Venezia",
    # "… Italien. 3 Bde. Leipzig"; not after a one-letter label ("c. 15 t." counts leaves)
    regex.compile(
        # (the digits first, then what stands before them: a search tries few places)
        r"(?P<count>[1-9]\d?)(?<=(?:^|,\s{1,2}|(?<!(?:^|[\s(.])\p{L})\.\s{1,2})\d{1,2})\s{0,2}"
        + alternation(lexicon.words("VOLUME_COUNT_WORDS"))
        + r"\.?(?=\s{0,2}(?:[,.;:("
        + HOLE
        + r"]|$)|\s{1,2}\p{Lu})"
    ),
    ("Candia, 2 voll., Venezia", "Italien. 3 Bde. Leipzig", "2 vols. London", "Paris, 3 t., 1872"),
    ("vol. 2, Milano", "c. 15 t.", "in 2 voll", "12 volumes of letters"),
)

CONTROL_CHARACTER = _register(
    "control_character",
    # control and format characters (and the hole mark itself): blanked before parsing
    regex.compile(r"[\p{Cc}\p{Cf}\x1f]"),
    ("a\x00b", "x\u200by"),
    ("plain text",),
)

INLINE_TAG = _register(
    "inline_tag",
    # inline markup left in copied references: <i>, <italic>
    regex.compile(r"</?(?:i|b|em|italic|bold|sup|sub|span)>"),
    ("<italic>Title</italic>", "<i>x"),
    ("a < b",),
)

IMPRINT_CLOSE = _register(
    "imprint_close",
    # the closing parenthesis of a note's imprint: ``(New York: Verso, 2014)``
    regex.compile(r"\([^()]{0,160}(?<!\d)(?:1[5-9]\d\d|20[0-4]\d)[a-z]?\)$"),
    ("(New York: Verso, 2014)", "(Paris 1921)"),
    ("(2)", "(eds.)"),
)

TWO_LETTERS = _register(
    "two_letters",
    # two letters in a row: a stretch with a word in it
    regex.compile(r"\p{L}{2}"),
    ("ab", "«Le»"),
    ("a1", "1."),
)

ROMAN_NUMERAL = _register(
    "roman_numeral",
    # a roman numeral (fullmatch)
    regex.compile(r"[ivxlcdmIVXLCDM]+"),
    ("XIX", "iv"),
    ("12",),
)

PLACE_BEFORE_YEAR = _register(
    "place_before_year",
    # the place of an imprint printed right before its year with no comma, at the end of the
    # text before the year (search): "…, Bassano 1958", "Frankfurt a. M. 1997", "San Donà di
    # Piave 1980" (issue 12: Italian and German imprints); one to three capitalised words
    regex.compile(
        r"(?:^|[,;:" + HOLE + r"]|\.\s)\s{0,3}"
        r"(?P<place>\p{Lu}[\p{L}'’-]{1,25}"
        r"(?:\s(?:a\.\s?M\.|(?:d[aeiu]l?|de|am|an|upon|sur|sul)\s\p{Lu}[\p{L}'’-]{1,25}"
        r"|\p{Lu}[\p{L}'’-]{1,25})){0,2}"
        # more cities: "Venezia - Roma", "Frankfurt/New York", "Milano - Napoli"
        r"(?:\s?[-–/]\s?\p{Lu}[\p{L}'’-]{1,25}(?:\s\p{Lu}[\p{L}'’-]{1,25})?){0,2})$"
    ),
    (
        "Rialto, Bassano",
        "Bühne. Frankfurt a. M.",
        "Titolo, San Donà di Piave",
        "Kiel",
        "Donà, Venezia - Roma",
        "Alter. Frankfurt/New York",
    ),
    ("Rialto, Bassano,", "Smith, J.", "il porto di venezia", "Jahre (Kiel"),
)

YEAR_PAREN_CLOSE = _register(
    "year_paren_close",
    # what closes a parenthesised year: ``)`` or ``, May 4)`` (match)
    regex.compile(r"\s{0,2}(?:,[^()]{0,20})?\)"),
    (")", ", May 4)"),
    ("(1999",),
)

DASH = _register(
    "dash",
    # any dash: a range of pages has one (a cheap test before searching for the range)
    regex.compile(_DASH),
    ("106-17", "377–89"),
    ("106 17",),
)

DASH_END = _register(
    "dash_end",
    # a dash at the end
    regex.compile(r"[-–—]\s?$"),
    ("12-", "1999– "),
    ("12",),
)

DIGIT_DASH_END = _register(
    "digit_dash_end",
    # a digit and a dash at the end: the first half of a range
    regex.compile(r"\d[-–—]\s?$"),
    ("12-", "1999– "),
    ("a-",),
)

YEAR_DASH_END = _register(
    "year_dash_end",
    # a year and a dash at the end: a range of years
    regex.compile(r"(?:1[5-9]|20)\d\d\s?[-–—]\s?$"),
    ("1917-", "2001 – "),
    ("339-",),
)

DASH_DIGIT_START = _register(
    "dash_digit_start",
    # a dash and a digit at the start (match)
    regex.compile(r"\s?[-–—]\s?\d"),
    ("-12", " – 9"),
    ("x-y",),
)

DASH_NUMBER_START = _register(
    "dash_number_start",
    # a dash and the number after it, at the start (match)
    regex.compile(r"\s?[-–—]\s?(\d+)"),
    ("-1937", " – 9"),
    ("x-y",),
)

PAGE_CUE_END = _register(
    "page_cue_end",
    # a page label or a colon at the end: a number after it is a page
    regex.compile(r"(?:pp?\.|S\.|:)\s?$"),
    ("pp. ", "S.", "36:"),
    ("Smith ",),
)

YEAR_PAREN_REST = _register(
    "year_paren_rest",
    # after a year in parentheses: ``a)``, ``, May)`` (match)
    regex.compile(r"[a-z]?\s{0,2}(?:,[^()]{0,20})?\)"),
    (")", "a)", ", May)"),
    ("x (",),
)

FIELD_END = _register(
    "field_end",
    # a full stop or comma (and an opening parenthesis) at the end
    regex.compile(r"[.,]\s{0,2}\(?$"),
    ("Smith, J. ", "Smith, J., ("),
    ("Smith J",),
)

LETTER = _register(
    "letter",
    # any letter
    regex.compile(r"\p{L}"),
    ("a", "é"),
    ("12 ,.",),
)

YEAR_BEFORE_SUBTITLE = _register(
    "year_before_subtitle",
    # what follows a year that a title goes on after: a spaced dash and a capitalised word
    # (``Pendlerzählung 2015 – Tabellen nach Kreisen``) (match); not a hyphen, which Italian
    # dates print before the regime's year (``1940 - XIX``) or an archive's unit (``- Cod.``)
    regex.compile(r"\s[–—]\s\p{Lu}\p{Ll}"),
    (" – Tabellen", " — Eine"),
    (" - Cod.", " – XIX", "–1961", ", Kiel"),
)

WORD_BEFORE = _register(
    "word_before",
    # a word and one space closing a stretch (search): ``Pendlerzählung `` before its year
    regex.compile(r"(?<![\p{L}\p{M}])(?P<word>\p{L}[\p{L}\p{M}]{1,30}+)\s$"),
    ("Pendlerzählung ", "in Lübeck "),
    ("Kiel, ", "12 "),
)

YEAR_RANGE_CLOSE = _register(
    "year_range_close",
    # the end of a range of years in parentheses: ``-39)`` (match)
    regex.compile(r"\s?[-–]\s?\d{2,4}\)"),
    ("-39)", "–1937)"),
    ("-3)",),
)

DIGITS = _register(
    "digits",
    # a run of digits
    regex.compile(r"\d+"),
    ("12",),
    ("ab",),
)

PAGES_AFTER_ISSUE = _register(
    "pages_after_issue",
    # pages right after ``36(2)``: ``:123-9``, ``, pp. 4-5`` (match)
    regex.compile(r"\s{0,2}[:,]\s{0,2}(?:pp?\.\s?)?" + _PAGE),
    (":123-9", ", pp. 4-5"),
    ("; 12",),
)

VOLUME_COLON_PAGES = _register(
    "volume_colon_pages",
    # ``44: 58-67``: volume and pages
    regex.compile(r"(?<![\w.])(?P<volume>\d{1,5})\s{0,2}:\s{0,2}" + _PAGE),
    ("Bartonia 44: 58-67", "12:3"),
    ("a:12",),
)

VOLUME_SLASH_ISSUE = _register(
    "volume_slash_issue",
    # German ``volume/issue: pages`` after a journal's name: ``Vierteljahresschrift 12/3: 88-97``
    regex.compile(r"(?<=\p{L}\s)(?P<volume>\d{1,4})/(?P<issue>\d{1,3})\s{0,2}:\s{0,2}" + _PAGE),
    ("Vierteljahresschrift 12/3: 88-97", "Leviathan 4/2:101"),
    ("n. 47/2010", "Heft 12 / 3: 88", "12/3 88"),
)

ISSUE_SLASH_YEAR = _register(
    "issue_slash_year",
    # German ``issue/year`` after a journal's name: ``Blätter für Stadtforschung 21/2009``
    # (the year may be taken out already)
    regex.compile(
        r"(?<=\p{L}\s)(?P<issue>\d{1,3})/(?:(?P<year>" + _YEAR + r")|" + HOLE + r")"
        r"(?=\s{0,2}(?:[,.;(]|" + HOLE + r"|$))"
    ),
    ("Stadtforschung 21/2009, S. 14", "Stadtforschung 21/\x1f, S. 14", "Heft 3/1999."),
    ("n. 47/2010 pp", "Info 3, 12 / 1991", "15/16,"),
)

VOLUME_DOT_ISSUE = _register(
    "volume_dot_issue",
    # ``Film Comment 40.1 (…)``: volume.issue after a journal's name
    regex.compile(r"(?<=\p{L}\s)(?P<v>\d{1,4})\.(?P<i>\d{1,3})(?=\s{0,2}[(,:" + HOLE + r"])"),
    ("Inquiry 13.2 (1989)", "Comment 40.1\x1f"),
    ("version 2.0 of",),
)

PAGES_AFTER_DATE = _register(
    "pages_after_date",
    # ``(2000): 377-89``: pages after a date in parentheses
    regex.compile(r"(?<=[)" + HOLE + r"])\s{0,2}:\s{0,2}" + _PAGE),
    ("(2000): 377-89", "\x1f:17"),
    ("Title: 12",),
)

VOLUME_COMMA_NUMBER = _register(
    "volume_comma_number",
    # ``ApJ, 650, 102`` / ``Optics Express 12, 3988 (2004)``: volume and page (or issue)
    regex.compile(
        r"(?:(?<=\p{L}\.?\s)|(?<=[\p{L}"
        + HOLE
        + r"\.],\s))(?P<v>[A-Z]?\d{1,5}[A-Z]?),\s{0,2}(?P<n>[A-Za-z]?\d{1,6})(?=\s{0,2}(?:[.;(]|"
        + HOLE
        + r"|$))"
    ),
    ("ApJ, 650, 102", "Express 12, 3988 (2004)"),
    ("1, 2, 3",),
)

VOLUME_BEFORE_HOLE = _register(
    "volume_before_hole",
    # a bare number just before a taken anchor: the volume of ``Cognition, 38, <pages>``
    regex.compile(r"(?:^|[\s,])(?P<v>\d{1,4})(?=\s{0,2}[,.]?\s{0,2}" + HOLE + r")"),
    ("Cognition, 38, \x1f",),
    ("Cognition \x1f",),
)

RANGE_DASH = _register(
    "range_dash",
    # the dash of a page range, with any spaces around it
    regex.compile(r"\s{0,2}[-–—‐]{1,2}\s{0,2}"),
    ("-", " – ", "--"),
    ("12",),
)

MONTH_ONLY = _register(
    "month_only",
    # a month name (and a day or days) and nothing else: "October", "Nov. 7", "April 8-11"
    regex.compile(r"(?i)^" + _MONTH + r"\.?(?:\s\d{1,2}(?:\s?[-–]\s?\d{1,2})?)?$"),
    ("October", "Nov.", "Nov 7", "April 8-11"),
    ("November 1990", "Novel"),
)

PAGE_RANGE_ONLY = _register(
    "page_range_only",
    # a single page range and nothing else
    regex.compile(r"^[A-Za-z]?\d{1,6}\s{0,2}[-–—‐]{1,2}\s{0,2}[A-Za-z]?\d{1,6}$"),
    ("106-17", "e12–e19"),
    ("12, 14",),
)

IMPRINT_YEAR_END = _register(
    "imprint_year_end",
    # a year (or n.d.) closing an imprint: ``Milano 1969``, ``Verso, 2014)``
    regex.compile(r"(?:(?<!\d)(?:1[5-9]\d\d|20[0-4]\d)[a-z]?|n\.\s?d\.|s\.\s?d\.)\)?$"),
    ("Milano 1969", "Verso, 2014)", "Paris, s.d."),
    ("1969 Press",),
)

ORIGINAL_DATE_CUE = _register(
    "original_date_cue",
    # what marks an earlier year as the original date: ``(1969)``, ``repr.``, ``1990, <year>``
    regex.compile(
        r"\(\s?(?:1[5-9]\d\d|20[0-4]\d)[a-z]?\s?\)|repr|(?:1[5-9]\d\d|20[0-4]\d)\s?[,;]\s?"
        + HOLE
        + r"|orig|first publ"
    ),
    ("(1969)", "1921; repr.", "1990, \x1f"),
    ("1969",),
)

CITED_PAGE = _register(
    "cited_page",
    # one page, maybe with "ff."/"f."/"sgg.": in a note on a whole book, the place cited
    regex.compile(r"^[0-9]{1,5}[a-z]?(?:\s{0,2}(?:ff?\.?|sgg?\.?|ss\.?|e\s{1,2}segg?\.?))?$"),
    ("14", "214 ff.", "41 f.", "77 sgg."),
    ("45–67", "xii"),
)
