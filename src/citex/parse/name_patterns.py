"""Patterns of the parser's creator and title passes: names, initials, particles, joiners,
roles (``ed.``, ``a cura di``, ``trans.``), and where a name list gives way to a title.

No logic lives here. Each pattern is registered with examples it must match and
counter-examples it must not (``citex.registry``), which tests/test_patterns.py checks.
Repetitions are bounded: no pattern may backtrack catastrophically on hostile input.
"""

from __future__ import annotations

import regex

from citex import lexicon
from citex.parse.patterns import HOLE
from citex.registry import alternation
from citex.registry import register as _register

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

TRANSLATORS_THEN_ROLE = _register(
    "translators_then_role",
    # translators named after a comma with their role in parentheses after them, as printed
    # after a title: "Homo Academicus, Peter Collier (trans.).", "…, Caryl Emerson and Michael
    # Holquist (trans.)"
    regex.compile(
        r",\s{1,2}(?P<names>\p{Lu}[\p{L}\p{M}.'’-]{0,30}(?:\s{1,2}(?:and\s|&\s)?"
        r"\p{Lu}[\p{L}\p{M}.'’-]{0,30}){1,6})\s{1,2}\((?:[Tt]rans|[Tt]ransl|[Tt]r)\.\)"
    ),
    (", Peter Collier (trans.). Stanford", ", Caryl Emerson and Michael Holquist (trans.)"),
    ("Capital (trans.)", ", the poems (trans.)"),
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

INITIAL_FIRST = _register(
    "initial_first",
    # a name written initial first (match): IEEE's editors "R. Lefebvre", "J.-P. Santos"
    regex.compile(r"\s{0,3}\p{Lu}\.(?:-\p{Lu}\.)?\s"),
    (" R. Lefebvre", "J.-P. Santos"),
    ("Anarchism", "Ricœur E."),
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
        r"(?<![\p{L}])(?:[Ee]dited\sby|[Ee]d\.\sby|[Ee]ds?\.|[Ee]dited|[Aa]\sc(?:ura|\.)\sdi|[Hh]rsg\.(?:\sv(?:on|\.))?|"
        r"[Hh]g\.(?:\sv(?:on|\.))?|[Hh]erausgegeben\svon|[Ee]dited\sand\stranslated\sby|[ÉéEe]d\.\spar|[Éé]dité\spar|[Ss]ous\sla\sdirection\sde|"
        r"[Dd]ir\.|[Ee]dición\sde|[Ee]d\.\sde|[Oo]rg\.(?:\spor)?|[Cc]urated\sby|[Cc]ompiled\sby)\s{1,3}(?=\p{Lu})"
    ),
    (
        "ed. Douglas Massey",
        "edited by A. Chitarin",
        "a cura di M. Rossi",
        "a c. di G. Mazzariol",
        "hrsg. von K. Marx",
    ),
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

ABBREVIATED_WORD = _register(
    "abbreviated_word",
    # a capitalised word of four or more letters cut short with a full stop (match):
    # "Amer.", "Math." — a journal's abbreviation, not a person's name
    regex.compile(r"\p{Lu}\p{Ll}{3,9}\.(?=\s|$)"),
    ("Amer. Math.", "Math."),
    ("Richard Howard", "A. Smith"),
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
    # (a spaced dash too, as Italian lists print it: "Rossi A. - Bianchi B.")
    regex.compile(
        r"\s{0,3}(?:;|\s/\s|(?<=\p{L}\.?)/(?=\s?\p{Lu})|\s[-–]\s|,?\s(?:and|&|und|e|et|y|i|och|og|en|és)\s|,?\s?&\s?)\s{0,3}"
    ),
    (" and ", ", & ", "; ", " und ", " e ", " / ", " - ", "Marion/Kaiser"),
    ("Anderson", "Rossi-Bianchi", "and/or"),
)

ET_AL_HERE = _register(
    "et_al_here",
    # "et al." and its kin where a name of the list would start: the list ends after it
    regex.compile(r"(?:et\s?al\.?|u\.\s?a\.|and\sothers|e\saltri|et\scoll\.)(?![\p{L}])"),
    ("et al.", "u. a.", "u.a.", "e altri", "and others"),
    ("et Marie", "u. Berlin", "anderson"),
)

ET_AL = _register(
    "et_al",
    regex.compile(
        r",?\s{0,2}(?:et\s?al\.?|and\sothers|u\.\s?a\.?|e\saltri|et\scoll\.|\[et\sal\.\]|…)\s{0,2}$"
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
    # or a word no initial, joiner or particle follows a complete inverted name with: "Stein,
    # Stanley J. Vassouras, a Brazilian …", "Levine, Robert S. Conspiracy and Romance"
    regex.compile(
        r"\s{1,2}\p{Lu}\p{Ll}{2,30}(?:\s(?!(?:and|und|et|e|y|i|&)\s)\p{Ll}"
        r"|,\s(?!(?:and|und|et|e|y|i|eds?|editors?|hrsg|trans)\b)\p{Ll}"
        r"|\s(?:and|&)\s\p{Lu}\p{Ll}{2,30}[:.])"
    ),
    (" Structure of the", " Studies in Brockden Brown", " Vassouras, a Brazilian",
     " Conspiracy and Romance:"),
    (
        " Fields and Barbara",
        " Baxter. 2004",
        " Paquette, and",
        " Smith, J.",
        " Paquette and B.",
        " Ember, eds.",
    ),
)

SHORT_TITLE_NEXT = _register(
    "short_title_next",
    # after "Dubois M." a one-word title and its full stop (match): " Politics. London"
    regex.compile(r"\s{1,2}\p{Lu}[\p{L}'’-]{1,30}[.?!](?:\s|$)"),
    (" Politics. London", " Anarchism."),
    (" Paquette, and", " Kranz and"),
)

INVERTED_INITIAL = _register(
    "inverted_initial",
    # ", J." inside a name list: people, even when a word of it sounds corporate
    regex.compile(r",\s\p{Lu}\."),
    ("Press, J.", "Union, K. L."),
    ("Press Union",),
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
        # (Italian and Spanish "e"/"y" and a dash join people before an initial or a name
        # with its initial: "Bianchi C. e M. Ferro", "Rossi A. - Bianchi B.")
        r"\s{0,2}(?:and\s|&\s|und\s|et\sal|u\.\s?a\.|e\saltri\b|(?:e|y|[-–])\s(?=\p{Lu}\.|\p{Lu}[\p{L}'’-]{1,30}\s\p{Lu}\.)"
        r"|\p{Lu}\.|\p{Lu}\p{Ll}?\.-|" + HOLE + r"|\(|"
        r"(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]i|[Dd]a|[Dd]el|della|der|den|[Ll]a|[Ll]e|[Dd]u|[Dd]os|das)\s){0,3}\p{Lu}[\p{L}\p{M}'’-]{1,30}"
        r"(?:[,;.&]|\s(?:and|&|und|et|e|y|i)\s|\s\(|\s?" + HOLE + r"|\s\p{Lu}{1,3}[,.]|$))",
    ),
    (" Smith,", " and B.", " K. Jones", " de la Macorra JC,", " e M. Ferro", " u. a. (2008)"),
    (" Title of the paper", " e la storia", " - La storia della città"),
)

NAME_SEGMENT = _register(
    "name_segment",
    # the stretch after a comma in a name list, up to the next separator (\G: only where
    # matching starts, so a search over a long text makes one attempt); an initial ("D.",
    # "Th.") keeps its full stop. (Any character but a capital is tried first: the capital's
    # alternatives come after it in their own order, so the match is the same, three times
    # faster.)
    regex.compile(
        r"\G\s{0,2}((?:[^,.;:(\p{Lu}" + HOLE + r"]"
        r"|(?<![\p{L}])\p{Lu}\.-?|(?<![\p{L}])\p{Lu}\p{Ll}\.(?=\s?\p{Lu})|\p{Lu}){0,80})"
        r"([,.;:(" + HOLE + r"]|$)",
    ),
    (" D. A. Kranz, and", " Lafcadio."),
    (),
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

CLAUSE_BREAK = _register(
    "clause_break",
    # a comma, ``?`` or ``!`` and a space
    regex.compile(r"[,?!]\s"),
    (", ", "? "),
    (",x",),
)

AND_START = _register(
    "and_start",
    # ``and``/``&`` at the start
    regex.compile(r"^(?:and|&)\s"),
    ("and Tragedy", "& Sons"),
    ("Anderson",),
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

IMPRINT_PLACE_AHEAD = _register(
    "imprint_place_ahead",
    # a place opening the text (match): one to three capitalised words, the stretch after a
    # subtitle's comma in ``Klaus Reinhold, Hafenstädte. Eine Sozialgeschichte, Hamburg 1994``
    regex.compile(
        r"\s{0,2}(?P<place>\p{Lu}[\p{L}'’-]{1,25}(?:\s\p{Lu}[\p{L}'’-]{1,25}){0,2})\s{0,2}"
    ),
    ("Hamburg \x1f", "Firenze 1971", "New York, Verso"),
    ("644 (2007)", "proprietà e credito"),
)

# a word of a body's name, or a legal form ("e.V.", "GmbH", "S.p.A.") with its full stops
_BODY_WORD = (
    r"(?:" + alternation(lexicon.words("LEGAL_FORMS")) + r"(?![\p{L}])"
    r"|[\p{L}&][\p{L}\p{M}’'\-]{0,40}+)"
)
CORPORATE_HEAD = _register(
    "corporate_head",
    # up to twelve words, commas allowed, at the head of a reference and closed by its date,
    # a colon, a quoted title or a full stop: ``Landesministerium für Verkehr, Bauen und
    # Wohnen (<year>)``, ``nordlicht e.V. (``, ``Statistisches Amt Nord:``; names.py checks
    # that a body's noun or legal form is among them
    regex.compile(
        r"\A(?P<name>" + _BODY_WORD + r"(?:,?\s{1,2}" + _BODY_WORD + r"){0,11})"
        r"(?P<close>\s{0,2}(?:[,.:]?\s{0,2}(?:" + HOLE + r"|\(|$)|:\s|\.\s))"
    ),
    ("nordlicht e.V. (2014)", "Statistisches Amt Nord: Pendler", "Harbour Collective, \x1f"),
    ("(2014) Title", "“Call for”"),
)

CORPORATE_WORD = _register(
    "corporate_word",
    # a word no person is called by (``Collective``, ``Amt``), a compound ending in one
    # (``Landesministerium``) or a legal form (``e.V.``): the sign that a name may be a body
    regex.compile(
        r"(?<![\p{L}])(?:" + alternation(lexicon.words("CORPORATE_NOUNS")) + r"(?![\p{L}])"
        r"|\p{Lu}\p{L}{2,40}+(?<=" + alternation(lexicon.words("CORPORATE_ENDINGS")) + r")"
        r"|" + alternation(lexicon.words("LEGAL_FORMS")) + r"(?![\p{L}]))"
    ),
    ("Harbour Collective", "Landesministerium für", "nordlicht e.V.", "Statistisches Amt"),
    ("Amtmann", "Hans Meyer", "Ministerial"),
)

ABBREVIATED_BODY = _register(
    "abbreviated_body",
    # a body whose name opens with its country's dotted abbreviation, up to its full stop,
    # date or colon (match; names.py checks it holds "of" or a body's noun): "U.S. Department
    # of Transportation.", "U.S. Army Corps of Engineers (2009)", not "F.H. Clarke."
    regex.compile(
        r"(?P<name>(?:\p{Lu}\.){2,3}(?:\s(?:\p{Lu}[\p{L}\p{M}'’-]{1,30}|of|the|and|for|on|&)){2,12})"
        r"(?=\s{0,2}(?:[.:(]|" + HOLE + r"|$))"
    ),
    ("U.S. Department of Transportation. Title", "U.S. Army Corps of Engineers (2009)"),
    ("F.H. Clarke. Title", "S.G. Calabresi, Title"),
)
