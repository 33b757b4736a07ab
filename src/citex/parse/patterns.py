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
    regex.compile(
        r"^\s{0,20}(?:\[\s{0,3}\d{1,4}[a-z]?\s{0,3}\]|\(\d{1,4}\)|\d{1,3}\.(?=\s)|\d{1,3}\s(?=\p{Lu}))\s{0,20}"
    ),
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
    regex.compile(
        r"\s{0,2}\[(?P<genre>(?:[Dd]octoral|[Mm]aster'?s|[Uu]npublished)[^\[\],]{0,30}(?:dissertation|thesis))"
        r"(?:,\s{0,2}(?P<school>[^\[\]]{2,100}))?\]"
    ),
    ("Exile [Doctoral dissertation, Columbia University].", "[Master's thesis, MIT]"),
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

ROLE_IN_PARENS = _register(
    "role_in_parens",
    # APA's translators or editors after a title: "(F. Brown, Trans.)", "(J. Smith, Ed.)"
    regex.compile(
        r"\s{0,2}\((?:(?P<pre>[^();]{1,40});\s{0,2})?(?P<names>[^();]{2,120}?),\s{0,2}"
        r"(?P<role>[Tt]rans|[Tt]ransl|[Tt]rad|Übers|[Ee]ds?)\.\)"
    ),
    ("Capital (J.-P. Rossi, Trans.). Verso.", "(2nd ed.; C. Müller, Trans.)"),
    ("(2001)", "(Eds.)"),
)

MEDIUM_TAG = _register(
    "medium_tag",
    # a bracketed medium or genre after a title (Vancouver, MLA): not part of the title
    regex.compile(
        r"\s{0,2}\[(?:Internet|internet|[Oo]nline|[Ee]n ligne|CD-ROM|DVD|"
        r"[Mm]onograph on the Internet|[Dd]issertation|[Tt]hesis|[Mm]aster's thesis|"
        r"[Dd]octoral dissertation|[Ee]lectronic version|[Ee]-book|[Ee]book)\]"
    ),
    ("Title [Internet]. Site", "Memory [dissertation].", "[online]"),
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
        r"\(\s{0,2}(?:[Ee]ds?|[Ee]ditors?|[Ee]d|Hg|Hgg|Hrsg|hg|hrsg|dir|éds?|coords?|orgs?|"
        r"a cura di|comp|comps)\.?\s{0,2}\)"
        r"|,\s{0,2}(?:eds?|editors?|Eds?|Editors?)\.?(?=\s{0,2}(?:[,.:]|$))"
    ),
    ("(Eds.)", "(ed.)", "(Hg.)", "(a cura di)", ", eds."),
    ("(edited)", "(Edinburgh)"),
)

IMPRINT_AHEAD = _register(
    "imprint_ahead",
    # a place and its colon coming next (match): " New Haven: Yale…" after IEEE's ", Eds."
    regex.compile(r"\s{0,3}\p{Lu}[\p{L}.' -]{0,40}(?:,\s\p{Lu}[\p{L}.]{1,15})?:\s"),
    (" New Haven: Yale", " London: Routledge", " Cambridge, MA: MIT"),
    (" Douglas Massey (New York",),
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
        r"Thieme|Karger|Hogrefe|Kohlhammer|Schöningh|Vandenhoeck|Klincksieck|Armand\sColin|Odile\sJacob)(?![\p{L}])"
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

ABBREVIATED_WORD = _register(
    "abbreviated_word",
    # a capitalised word of four or more letters cut short with a full stop (match):
    # "Amer.", "Math." — a journal's abbreviation, not a person's name
    regex.compile(r"\p{Lu}\p{Ll}{3,9}\.(?=\s|$)"),
    ("Amer. Math.", "Math."),
    ("Richard Howard", "A. Smith"),
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

JOURNAL_ABBREVIATION = _register(
    "journal_abbreviation",
    # a journal's abbreviated name standing alone (fullmatch): "ApJ", "A&A", "MNRAS",
    # "Phys. Rev. Lett", "Nano Lett", "Opt. Express"
    regex.compile(r"\p{Lu}[\p{L}&]{0,7}\.?(?:\s\p{Lu}[\p{L}&]{0,7}\.?){0,4}"),
    ("ApJ", "A&A", "MNRAS", "Phys. Rev. Lett", "Nano Lett"),
    ("a study of things",),
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

NAME_INITIALS = _register(
    "name_initials",
    # a token made only of initials: "J.", "J.-P.", "JA", "J.A.", "M.C.L."
    regex.compile(
        r"^(?:\p{Lu}\.?(?:\s?-?\s?\p{Lu}\.?){0,3}|\p{Lu}\p{Ll}?\.(?:-\p{Lu}\p{Ll}?\.){0,2})$"
    ),
    ("J.", "J.-P.", "JA", "M. C. L.", "Th."),
    ("John", "JAMES"),
)

NAME_PARTICLE = _register(
    "name_particle",
    regex.compile("^" + alternation(lexicon.words("PARTICLES")) + "$"),
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
    regex.compile(r"\s{0,3}(?:;|\s/\s|,?\s(?:and|&|und|e|et|y|i|och|og|en|és)\s|,?\s?&\s?)\s{0,3}"),
    (" and ", ", & ", "; ", " und ", " e ", " / "),
    ("Anderson",),
)

ET_AL = _register(
    "et_al",
    regex.compile(
        r",?\s{0,2}(?:et\s?al\.?|and\sothers|u\.\s?a\.|e\saltri|et\scoll\.|\[et\sal\.\]|…)\s{0,2}$"
    ),
    ("Smith, J., et al.", "Smith J et al", "Müller u. a."),
    ("Smith, Al",),
)

CORPORATE = _register(
    "corporate",
    # words that make a name an organisation, kept whole as a CSL literal
    regex.compile(
        r"(?<![\p{L}])(?:University|Universität|Università|Université|Department|Dept\.|Ministry|Ministero|Ministère|"
        r"Association|Institute|Institut|Istituto|Instituto|Instituut|Organi[sz]ation|Organização|Organización|"
        r"Fundação|Fundación|Ministério|Ministerio|Consejo|Conselho|Comisión|Commissione|Bundesamt|Committee|Commission|Council|Society|Office|Bureau|"
        r"Agency|Board|Center|Centre|Centro|Group|Foundation|Fondazione|Corporation|Company|Inc|Ltd|Bank|Survey|"
        r"Service|Federal|National|International|Government|Council|Union|Unesco|UNESCO|WHO|OECD|Press|Team|Project|Consortium|Network|Census)(?![\p{L}])"
    ),
    ("World Health Organization", "U.S. Department of Transportation", "OECD"),
    ("Johnson",),
)

# function words and verbs that mark a sentence of commentary rather than a reference
# (a word set, not a pattern: reference.py looks words up in it)
PROSE_WORDS = lexicon.words("PROSE_WORDS") | lexicon.words("NARRATIVE_WORDS")


# -- the parser's small helpers -------------------------------------------------------------
# reference.py takes recognised anchors out of the reference and leaves HOLE in their place,
# so that the stretches around them never run together; several patterns look for it.
HOLE = "\x1f"

COMMA_BREAK = _register(
    "comma_break",
    # a comma and its spaces, where an imprint splits into publisher and place
    regex.compile(r",\s{0,3}"),
    ("MIT Press, Cambridge",),
    ("MIT Press",),
)

YEAR_RANGE_START = _register(
    "year_range_start",
    # a range of years opening a stretch: "750-900", "1917–1937" (part of a title)
    regex.compile(r"^\d{3,4}\s?[-–]\s?\d{2,4}(?![\d])"),
    ("750-900", "1917–1937"),
    ("12", "1995 Annual Meeting"),
)

TITLE_AFTER_INITIAL = _register(
    "title_after_initial",
    # after "Levine, Robert S." a capitalised word and a lower-case one (not "and"): a title
    regex.compile(r"\s{1,2}\p{Lu}\p{Ll}{2,30}\s(?!(?:and|und|et|e|y|i|&)\s)\p{Ll}"),
    (" Structure of the", " Studies in Brockden Brown"),
    (" Fields and Barbara", " Baxter. 2004", " Paquette, and"),
)

SHORT_TITLE_NEXT = _register(
    "short_title_next",
    # after "Dubois M." a one-word title and its full stop (match): " Politics. London"
    regex.compile(r"\s{1,2}\p{Lu}[\p{L}'’-]{1,30}[.?!](?:\s|$)"),
    (" Politics. London", " Anarchism."),
    (" Paquette, and", " Kranz and"),
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

# cities where books are published, to tell "Place, Publisher" from "Publisher, Place"
PUBLISHING_CITIES = lexicon.PUBLISHING_CITIES

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

DOUBLE_ISSUE = _register(
    "double_issue",
    # two numbers joined by a slash standing alone between commas after a journal's name:
    # a double issue when consecutive ("Giovane Critica, 15/16, 1967"); reference.py checks that
    regex.compile(r"(?<=,\s)(?P<first>\d{1,4})/(?P<second>\d{1,4})(?=\s?(?:,|\(|$))"),
    ("Giovane Critica, 15/16, 1967", "Heft, 3/4,"),
    ("n. 47/2010 pp", "15/16 May"),
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

INVERTED_INITIAL = _register(
    "inverted_initial",
    # ", J." inside a name list: people, even when a word of it sounds corporate
    regex.compile(r",\s\p{Lu}\."),
    ("Press, J.", "Union, K. L."),
    ("Press Union",),
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

AUTHORS_ARE_EDITORS = _register(
    "authors_are_editors",
    # ``(Eds.)``, ``(Hg.)``, ``, eds.`` right after a name list (match)
    regex.compile(
        r"\s{0,2}(?:\(\s?(?:[Ee]ds?|[Ee]ditors?|Hg|Hgg|Hrsg|hg|hrsg|dir|éds?|coords?|orgs?|"
        r"a cura di|comps?)\.?\s?\)|"
        r"(?<=,)\s(?:eds?|editors?|Eds?|Editors?)\b)\.?[.,:]?",
    ),
    (" (Eds.).", "(Hg.)"),
    ("(2001)",),
)

NAME_WORD = _register(
    "name_word",
    # one word of a person's name, with its trailing comma or colon (fullmatch)
    regex.compile(
        r"(?:\p{Lu}[\p{L}\p{M}'’-]{0,30}\.?|\p{Lu}\.(?:\s?-?\p{Lu}\.){0,3}|\p{Lu}{1,3}|"
        r"(?:van|von|de|di|da|del|della|der|den|des|du|le|la|dos|das|do|ten|ter|zu|y|al|el)\.?|d[’']\p{Lu}\p{L}{1,30})"
        r"[,;:]?",
    ),
    ("Smith,", "J.", "JA", "de", "d’Alembert", "O'Brien;"),
    ("the", "1999"),
)

JOINER = _register(
    "joiner",
    # a word joining two people in a list (match)
    regex.compile(r"(?:and|&|und|et|e|y|with|/|et\sal\.?,?|u\.\s?a\.|\.\.\.|…)$"),
    ("and", "&", "und", "et al.,", "..."),
    ("Anderson",),
)

NOT_A_NAME = _register(
    "not_a_name",
    # capitalised words that open titles, not names, in a list
    regex.compile(
        r"^(?:The|A|An|On|In|Of|Il|La|Le|Les|Lo|Gli|I|Die|Der|Das|Ein|Eine|El|Los|Las|Un|Una|Uno|O|Os|As|Um|Uma|"
        r"Du|Des|Towards?|How|What|Why|When|Where|Who|New|From|To|For|Per|Sur|Über|Zur|Zum|Notes?|Introduction|"
        r"Proceedings|Journal|Report|Studies|Review|History|Theory|Toward|Against|Beyond|After|Before|This|My|Our|Is|Are)$",
    ),
    ("The", "Journal", "New"),
    ("Smith",),
)

TITLE_START = _register(
    "title_start",
    # words that open titles and never names (unlike ``Le``, ``Du``, ``Van``)
    regex.compile(
        r"^(?:The|Il|Gli|Die|Der|Das|Ein|Eine|El|Los|Las|Un|Una|Uno|Les|How|What|Why|When|Where|Towards?|"
        r"From|Per|Sur|Über|Zur|Zum|On|In|Of|Notes|Introduction|Proceedings|Report)[,:]?$",
    ),
    ("The", "Introduction:", "How"),
    ("Le", "Smith"),
)

GIVEN_FAMILY_AFTER_INITIAL = _register(
    "given_family_after_initial",
    # after an initial in a given-name-first list, a middle name and the family name, or an
    # undotted initial and the family name (match): " Bruce Croft.", " J Koenderink and"
    regex.compile(
        r"\s{1,2}(?:\p{Lu}\s\p{Lu}[\p{L}\p{M}'’-]{1,30}(?:[.,]|\s(?:and|&)\s)"
        r"|\p{Lu}\p{Ll}[\p{Ll}\p{M}'’-]{1,29}\s\p{Lu}[\p{L}\p{M}'’-]{1,30}(?:[.,]\s|\s(?:and|&)\s))"
    ),
    (" Bruce Croft. Inference", " J Koenderink and A."),
    (" Great expectations of",),
)

CONTINUES_AFTER_INITIAL = _register(
    "continues_after_initial",
    # after ``J. A.``, the text still reads as names (match)
    regex.compile(
        r"\s{0,2}(?:and\s|&\s|und\s|et\sal|\p{Lu}\.|\p{Lu}\p{Ll}?\.-|" + HOLE + r"|\(|"
        r"(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]i|[Dd]a|[Dd]el|della|der|den|[Ll]a|[Ll]e|[Dd]u|[Dd]os|das)\s){0,3}\p{Lu}[\p{L}\p{M}'’-]{1,30}"
        r"(?:[,;.&]|\s(?:and|&|und|et|e|y|i)\s|\s\(|\s?" + HOLE + r"|\s\p{Lu}{1,3}[,.]|$))",
    ),
    (" Smith,", " and B.", " K. Jones", " de la Macorra JC,"),
    (" Title of the paper",),
)

NAME_SEGMENT = _register(
    "name_segment",
    # the stretch after a comma in a name list, up to the next separator (\G: only where
    # matching starts, so a search over a long text makes one attempt)
    regex.compile(
        r"\G\s{0,2}((?:(?<![\p{L}])\p{Lu}\.-?|(?<![\p{L}])\p{Lu}\p{Ll}\.(?=\s?\p{Lu})|[^,.;:("
        + HOLE
        + r"]){0,80})"
        r"([,.;:(" + HOLE + r"]|$)",
    ),
    (" D. A. Kranz, and", " Lafcadio."),
    (),
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

YEAR_PAREN_CLOSE = _register(
    "year_paren_close",
    # what closes a parenthesised year: ``)`` or ``, May 4)`` (match)
    regex.compile(r"\s{0,2}(?:,[^()]{0,20})?\)"),
    (")", ", May 4)"),
    ("(1999",),
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

LEAD_IN_END = _register(
    "lead_in_end",
    # a colon or comma at the end: a lead-in before a quoted title
    regex.compile(r"[:,]\s{0,2}$"),
    ("1922: ", "Smith,"),
    ("Smith",),
)

EDITORS_SUFFIX = _register(
    "editors_suffix",
    # ``, eds.`` closing a list of editors
    regex.compile(r",\s(?:eds?|editors?|Eds?|Editors?)\.?$"),
    ("Keane, eds.", "Smith, editor"),
    ("Smith, Eddie",),
)

JOINER_START = _register(
    "joiner_start",
    # ``and``/``&``/``und`` at the start (match)
    regex.compile(r"\s{0,2}(?:and|&|und|et|y|e)\s"),
    (" and ", "& "),
    ("andere",),
)

EDITOR_WORD_START = _register(
    "editor_word_start",
    # an editor role word at the start (match)
    regex.compile(r"\s{0,2}(?:eds?|editors?|Hg|Hrsg)\b"),
    (" ed.", "editors"),
    ("edible",),
)

IMPRINT_OPEN = _register(
    "imprint_open",
    # the parenthesis that opens a note's imprint: ``(New York: …`` or ``(CUP, <year>``
    regex.compile(r"\s\((?=[^()]{0,80}:|[^()]{0,60}" + HOLE + r")"),
    (" (New York: Verso", " (CUP, \x1f)"),
    (" (AAAI)",),
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

CLAUSE_BREAK = _register(
    "clause_break",
    # a comma, ``?`` or ``!`` and a space
    regex.compile(r"[,?!]\s"),
    (", ", "? "),
    (",x",),
)

CONTAINER_TRAILING_NUMBER = _register(
    "container_trailing_number",
    # the volume at the end of a journal's name: ``… Research 36``, ``…, XLIII``, ``… 13.2``
    regex.compile(
        r"(?:\s(?P<volume>[A-Z]?\d{1,4})|,\s(?P<volume>[IVXLC]{1,7}))(?:\.(?P<issue>\d{1,3}))?$"
    ),
    ("Operations Research 36", "Review, XLIII", "Inquiry 13.2", "Phys. A16"),
    ("ASPLOS IV",),
)

_ORG_WORD = r"\p{Lu}[\p{L}’'\-]{0,30}+"
_ORG_JOIN = r"(?:(?:of|for|the|and|on|für|der|des|di|de|del|du|la|le)\s)?"
_ORG_NOUN = alternation(lexicon.words("ORGANISATION_NOUNS")) + r"(?![\p{L}])"
# an organisation's name, whole: two to five capitalised words then its noun, or its noun
# followed by more words (``Emily Post`` is a person)
_ORGANISATION_WHOLE = (
    r"\A(?:(?:" + _ORG_WORD + r"\s" + _ORG_JOIN + r"){2,5}" + _ORG_NOUN
    + r"|(?:" + _ORG_WORD + r"\s" + _ORG_JOIN + r"){0,5}" + _ORG_NOUN
    + r"(?:\s" + _ORG_JOIN + _ORG_WORD + r"){1,4})\Z"
)  # fmt: skip
ORGANISATION_NAME = _register(
    "organisation_name",
    # a name made of capitalised words with an organisation's noun (issue 11), kept whole as a
    # literal: ``Federation of Tenant Leagues``, ``Statistisches Amt Nord``, ``Lower Valley
    # Rowing Club``
    regex.compile(_ORGANISATION_WHOLE),
    ("Federation of Tenant Leagues", "Statistisches Amt Nord", "Lower Valley Rowing Club"),
    ("Emily Post", "Smith, John", "Jane Emily Post was here"),
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

AND_START = _register(
    "and_start",
    # ``and``/``&`` at the start
    regex.compile(r"^(?:and|&)\s"),
    ("and Tragedy", "& Sons"),
    ("Anderson",),
)

CONTAINER_TRAILING_DATE = _register(
    "container_trailing_date",
    # a day and month left at a periodical's end once its year was read: ", 7 March",
    # " 27 May", ", June 21", " May(26", " 93(September/October"
    regex.compile(
        r"(?i)(?:,?\s(?:\d{1,2}\.?\s)?" + _MONTH + r"(?:\s?\(?\d{1,2}\)?)?(?:\s?\d{4})?"
        r"|,?\s?\d{0,4}\(" + _MONTH + r"[^()]{0,30})$"
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

MONTH_ONLY = _register(
    "month_only",
    # a month name (and a day or days) and nothing else: "October", "Nov. 7", "April 8-11"
    regex.compile(r"(?i)^" + _MONTH + r"\.?(?:\s\d{1,2}(?:\s?[-–]\s?\d{1,2})?)?$"),
    ("October", "Nov.", "Nov 7", "April 8-11"),
    ("November 1990", "Novel"),
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

# -- the learned tagger's token tests (citex.parse.tagger) --------------------------------

TAGGER_TOKEN = _register(
    "tagger_token",
    # one token: a run of non-space characters (bounded, so a 100 kB run is cut into pieces)
    regex.compile(r"\S{1,200}"),
    ("Venezia,", "«Ateneo"),
    (" ",),
)
TAGGER_YEAR = _register(
    "tagger_year",
    # a printed year as a whole word core: "1887", "2009a"
    regex.compile(r"^(?:1[4-9]\d\d|20[0-4]\d)[a-z]?$"),
    ("1887", "2009a"),
    ("12345", "887"),
)
TAGGER_RANGE = _register(
    "tagger_range",
    # a page range written as one word: "45-67", "e12–e19"
    regex.compile(r"^[A-Za-z]?\d{1,6}[-–—‐]{1,2}[A-Za-z]?\d{1,6}$"),
    ("45-67", "e12–e19"),
    ("45", "a-b"),
)
TAGGER_ROMAN = _register(
    "tagger_roman",
    # a roman numeral (volume numbers in Italian references): "XXXIV", "ii"
    regex.compile(r"^(?:[IVXLCDM]{1,8}|[ivxlcdm]{1,8})$"),
    ("XXXIV", "ii"),
    ("Xi", "XIV1"),
)
TAGGER_INITIAL = _register(
    "tagger_initial",
    # initials with their full stops: "A.", "J.-P.", "G.B."
    regex.compile(r"^\p{Lu}\.(?:[-‐]?\p{Lu}\.){0,3}$"),
    ("A.", "J.-P.", "G.B."),
    ("Ab.", "a."),
)
TAGGER_INNER = _register(
    "tagger_inner",
    # the first letter or digit of a token: what lies before it is leading punctuation
    regex.compile(r"[\p{L}\p{N}]"),
    ("«Ateneo", "(1961)"),
    ("«»", "--"),
)

# -- reading the tagger's labelled stretches (citex.parse.stretches) ----------------------

STRETCH_ROLE = _register(
    "stretch_role",
    # role words inside a names stretch: "a cura di", "(ed.)", "Hrsg. v.", "edited by", "trad."
    regex.compile(
        r"(?i)\(?(?<![\p{L}])(?:a\s{1,3}cura\s{1,3}di|a\s{1,3}c\.\s{1,3}di|"
        r"hrsg\.?\s{1,3}v(?:on|\.)|hg\.\s{1,3}v(?:on|\.)|edited\s{1,3}by|translated\s{1,3}by|"
        r"ed(?:s|d|ited|itor|itors)?\.?|hrsg\.?|hg\.?|éds?\.?|dir\.?|cur\.?|trad\.?|transl?\.?|"
        r"übers\.?(?:\s{1,3}v(?:on|\.))?|tr\.)(?![\p{L}])\)?[,:]?"
    ),
    ("a cura di G. Borelli", "Vianello, Riccardo (a cura di)", "hrsg. v. K. Meyer"),
    ("Edoardo", "Treviso"),
)
STRETCH_LEADING_IN = _register(
    "stretch_leading_in",
    # the word that introduces a container: "in", "In:", "nella", "dans"
    regex.compile(
        r"(?i)^(?:in|nel(?:la|l’|l')?|negli|nelle|dans|im|en|dalla)(?![\p{L}])\s{0,3}:?\s{0,3}"
    ),
    ("in «Studi", "In: Acta", "nella Rivista"),
    ("Indice", "Nello"),
)
STRETCH_VOLUME_LABEL = _register(
    "stretch_volume_label",
    # a volume's label before its number: "vol.", "voll.", "t.", "Bd.", "a." (anno), "Jg."
    regex.compile(
        r"(?i)^(?:vols?\.?|voll\.?|volume|tomo|t\.|bd\.?|band|tome|a\.|anno|jg\.?|jahrgang)\s{0,3}"
    ),
    ("vol. XIX", "t. 36", "Bd. 3"),
    ("XIX", "36"),
)
STRETCH_ISSUE = _register(
    "stretch_issue",
    # an issue's label and number: "n. 83", "Heft 5", "no. 4", "fasc. 2"
    regex.compile(
        r"(?i)(?:^|[\s,])(?:n\.|no\.|nr\.|n°|num\.|fasc\.|h\.|(?:no|nr|heft)(?![\p{L}]))"
        r"\s{0,3}([^\s,;]{1,20})"
    ),
    ("n. 83", "44. Jg., Heft 5", "vol. 3, no. 4"),
    ("none", "Hefte"),
)
STRETCH_NUMBER = _register(
    "stretch_number",
    # a volume number: arabic (with a letter) or roman
    regex.compile(r"[0-9]{1,6}[A-Za-z]?|[IVXLCDM]{1,8}(?![\p{L}])|[ivxlcdm]{1,8}(?![\p{L}])"),
    ("XXXIV", "12", "3a"),
    ("Heft",),
)
STRETCH_SECOND_NUMBER = _register(
    "stretch_second_number",
    # the issue after a volume number: "/3", "(2)", ", 5", ".7"
    regex.compile(r"^(?:/|\(|,\s{0,3}|\.)\s{0,3}([0-9]{1,6})\)?"),
    ("/3", "(2)", ", 5"),
    ("-3", "x"),
)
STRETCH_YEAR = _register(
    "stretch_year",
    # a year inside a stretch
    regex.compile(r"(?<!\d)(?:1[4-9]\d\d|20[0-4]\d)(?!\d)"),
    ("(1965)", "dicembre 1933"),
    ("12345", "965"),
)
STRETCH_PAGE_LABEL = _register(
    "stretch_page_label",
    # a page label before the numbers: "pp.", "p.", "pagg.", "S.", "col."
    regex.compile(r"(?i)^(?:pp?\.|pagg?\.|pages?|s\.|ss\.|col\.|cc?\.)\s{0,3}"),
    ("pp. 45", "S. 12", "pagg. 162"),
    ("45", "Seite"),
)
STRETCH_DASH = _register(
    "stretch_dash",
    # a dash between page numbers, with the spaces around it
    regex.compile(r"\s{0,3}[-–—‐]{1,2}\s{0,3}"),
    ("45 - 67", "45–67"),
    ("45 67",),
)
CITED_PAGE = _register(
    "cited_page",
    # one page, maybe with "ff."/"f."/"sgg.": in a note on a whole book, the place cited
    regex.compile(r"^[0-9]{1,5}[a-z]?(?:\s{0,2}(?:ff?\.?|sgg?\.?|ss\.?|e\s{1,2}segg?\.?))?$"),
    ("14", "214 ff.", "41 f.", "77 sgg."),
    ("45–67", "xii"),
)
