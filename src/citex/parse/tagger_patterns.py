"""Patterns of the learned tagger: its token tests (``citex.parse.tagger``) and the tests
that read its labelled stretches into CSL fields (``citex.parse.stretches``).

No logic lives here. Each pattern is registered with examples it must match and
counter-examples it must not (``citex.registry``), which tests/test_patterns.py checks.
Repetitions are bounded: no pattern may backtrack catastrophically on hostile input.
"""

from __future__ import annotations

import regex

from citex.registry import register as _register

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
        r"orgs?\.?|coords?\.?|comps?\.?|"
        r"übers\.?(?:\s{1,3}v(?:on|\.))?|tr\.)(?![\p{L}])\)?[,:]?"
    ),
    ("a cura di G. Borelli", "Vianello, Riccardo (a cura di)", "hrsg. v. K. Meyer"),
    ("Edoardo", "Treviso"),
)
STRETCH_QUOTED_HEAD = _register(
    "stretch_quoted_head",
    # a quoted title, its quote closed, then more after a comma (match): a container stretch
    # "«Sociedad en cultura», Ayer" is the article's title and its journal
    regex.compile(
        r"\s{0,3}[«“„\"](?P<title>[^«»“”„\"]{1,300})(?:[»”\"]\s{0,3}[,.]|(?<=[,.])[»”\"])"
        r"\s{0,3}(?P<rest>\S)"
    ),
    ("«Sociedad en cultura», Ayer", "“Labour,” Past & Present"),
    ("«Ateneo Trevigiano»", "«Studi storici»,"),
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
STRETCH_TITLE_IN = _register(
    "stretch_title_in",
    # an "in" that joins a container to the title in one title stretch: ", in: Aspetti",
    # ". In «Studi", ", nella Rivista" (a comma or full stop before it, a capital after it)
    regex.compile(r"[,.]\s{1,3}(?:in|In|nel|nella|dans|im|dalla)\s{0,3}:?\s{1,3}(?=[\p{Lu}«“\"„])"),
    ("Appunti sui bilanci, in: Bilanci generali", "La normativa, in La cappella", ". In «Studi"),
    ("La questione del giacobinismo in Italia", "Venezia, in età moderna"),
)
STRETCH_VOLUME_LABEL = _register(
    "stretch_volume_label",
    # a volume's label before its number: "vol.", "voll.", "t.", "Bd.", "a." (anno), "Jg.";
    # "voi." / "voli." are OCR's "vol." / "voll."
    regex.compile(
        r"(?i)^(?:vols?\.?|voll\.?|vol?i\.|volume|tomo|t\.|v\.|bd\.?|band|tome|a\.|anno|jg\.?"
        r"|jahrgang)\s{0,3}"
    ),
    ("vol. XIX", "t. 36", "Bd. 3", "v. 91", "voi. II"),
    ("XIX", "36"),
)
STRETCH_ISSUE = _register(
    "stretch_issue",
    # an issue's label and number: "n. 83", "Heft 5", "no. 4", "fasc. 2"
    regex.compile(
        r"(?i)(?:^|[\s,])(?:n\.|no\.|nr\.|n°|n[uú]m\.|fasc\.|h\.|(?:no|nr|heft)(?![\p{L}]))"
        r"\s{0,3}([^\s,;]{1,20})"
    ),
    ("n. 83", "44. Jg., Heft 5", "vol. 3, no. 4", "vol. 96, núm. 10"),
    ("none", "Hefte"),
)
STRETCH_NUMBER = _register(
    "stretch_number",
    # a volume number: arabic (with a letter) or roman, a whole word (not the "i" of OCR's
    # "voi." for "vol."; OCR's mixed-case "Ill" / "Vili" for III / VIII are kept as printed)
    regex.compile(
        r"[0-9]{1,6}[A-Za-z]?|(?<![\p{L}])(?:[IVXLCDM]{1,8}|[ivxlcdm]{1,8}|[IVXL][ivxl]{1,7})"
        r"(?![\p{L}])"
    ),
    ("XXXIV", "12", "3a", "Ill", "voi. II"),
    ("Heft", "voi."),
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
    regex.compile(r"(?i)^(?:pp?\.|pagg?\.|p[aá]gs?\.|pages?|s\.|ss\.|col\.|cc?\.)\s{0,3}"),
    ("pp. 45", "S. 12", "pagg. 162", "pág. 268"),
    ("45", "Seite"),
)
STRETCH_DASH = _register(
    "stretch_dash",
    # a dash between page numbers, with the spaces around it
    regex.compile(r"\s{0,3}[-–—‐]{1,2}\s{0,3}"),
    ("45 - 67", "45–67"),
    ("45 67",),
)
