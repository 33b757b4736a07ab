"""Tests of citex.sections.bibliography: bibliography sections found and split into references.

The snippets are written for these tests (styles and languages citex reads); the shared
anystyle data is only for measuring, never copied here.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex import find_bibliography, lexicon
from citex import registry as patterns
from citex.sections.bibliography import (
    Line,
    SectionStyle,
    _is_heading_candidate,
    blank_score,
    enumerator_score,
    indent_score,
    join_lines,
    make_line,
    opening_score,
    reference_likeness,
    terminal_score,
    trim,
    width_score,
    year_score,
)

HANGING = SectionStyle(base_indent=0, hanging=1, width=80)
FIRST_LINE = SectionStyle(base_indent=0, hanging=-1, width=80)
FLAT = SectionStyle(base_indent=0, hanging=0, width=80)
BLANKS = SectionStyle(blank_separated=True, width=80)
NUMBERED = SectionStyle(numbered=True, hanging=1, width=80)


def line(text: str, indent: int = 0, gap: bool = False, page_break: bool = False) -> Line:
    """A Line at offset 0 (offsets do not matter to the scoring functions)."""
    return make_line(0, indent, text, gap=gap, page_break=page_break)


def texts(document: str) -> list[str]:
    """The reference texts find_bibliography() gives for ``document``."""
    return [reference.text for reference in find_bibliography(document)]


# --------------------------------------------------------------------------------------
# Patterns of this stage: examples match, counter-examples do not
# --------------------------------------------------------------------------------------

SEGMENT_PATTERNS = [
    "bibliography_heading",
    "section_end_heading",
    "page_numbered_line",
    "page_number_line",
    "rule_line",
    "letter_spaced_line",
    "lone_carriage_return",
    "enumerator",
    "author_opening",
    "natural_name_opening",
    "continuation_opening",
    "headless_opening",
    "repeated_author",
    "entry_year",
    "undated",
    "text_citation",
    "numeric_detail",
    "continuing_end",
    "bare_word_end",
    "address_cut",
    "address_end",
    "closing_end",
    "initial_end",
    "line_end_hyphen",
    "hyphenated_word",
    "subheading",
]


@pytest.mark.parametrize("name", SEGMENT_PATTERNS)
def test_pattern_examples(name: str) -> None:
    pattern, examples, counter_examples = patterns.PATTERN_EXAMPLES[name]
    for example in examples:
        assert pattern.search(example), example
    for counter in counter_examples:
        assert not pattern.search(counter), counter


@pytest.mark.parametrize("name", ["bibliography_heading", "section_end_heading"])
def test_heading_examples_pass_the_cheap_first_test(name: str) -> None:
    # The finder matches the heading patterns only on lines that pass this test.
    for example in patterns.PATTERN_EXAMPLES[name][1]:
        assert _is_heading_candidate(example), example
    assert _is_heading_candidate("R E F E R E N C E S")


# --------------------------------------------------------------------------------------
# Scoring functions
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "style", "previous", "expected"),
    [
        pytest.param("[4] Smith, J.", NUMBERED, 3, 5, id="label-follows-on"),
        pytest.param("12. Smith, J.", NUMBERED, 3, 4, id="label-out-of-order"),
        pytest.param("Press, 1999.", NUMBERED, 3, -4, id="no-label-continues"),
        pytest.param("2013. The value", NUMBERED, 3, -4, id="year-is-not-a-label"),
        pytest.param("[4] Smith, J.", HANGING, 3, 0, id="unnumbered-style-ignores"),
    ],
)
def test_enumerator_score(text: str, style: SectionStyle, previous: int, expected: int) -> None:
    assert enumerator_score(text, style, previous) == expected


@pytest.mark.parametrize(
    ("indent", "style", "expected"),
    [
        pytest.param(0, HANGING, 2, id="hanging-base"),
        pytest.param(4, HANGING, -3, id="hanging-deeper"),
        pytest.param(4, FIRST_LINE, 2, id="first-line-deeper"),
        pytest.param(0, FIRST_LINE, -2, id="first-line-base"),
        pytest.param(4, FLAT, 0, id="flat"),
    ],
)
def test_indent_score(indent: int, style: SectionStyle, expected: int) -> None:
    assert indent_score(line("Smith, J.", indent=indent), style) == expected


@pytest.mark.parametrize(
    ("gap", "page_break", "style", "expected"),
    [
        pytest.param(True, False, BLANKS, 3, id="blank-style-gap"),
        pytest.param(False, False, BLANKS, -2, id="blank-style-no-gap"),
        pytest.param(True, True, BLANKS, 0, id="page-break-says-nothing"),
        pytest.param(True, False, HANGING, 1, id="other-style-gap"),
        pytest.param(False, False, HANGING, 0, id="other-style-no-gap"),
    ],
)
def test_blank_score(gap: bool, page_break: bool, style: SectionStyle, expected: int) -> None:
    assert blank_score(line("x", gap=gap, page_break=page_break), style) == expected


@pytest.mark.parametrize(
    ("previous", "expected"),
    [
        pytest.param("Journal of Economics 36(4), 771–788.", 1, id="pages-period"),
        pytest.param("Cambridge: Cambridge University Press.", 1, id="word-period"),
        pytest.param("Smith, J., and", -2, id="and"),
        pytest.param("“Unobserved Product Differentia-", -2, id="hyphen"),
        pytest.param("Biodivers Conserv. 18:", -2, id="colon"),
        pytest.param("Abanades, J. C., B. Arias, and E.", -1, id="initial"),
        pytest.param("and the membranes of palladium", -2, id="bare-word"),
        pytest.param("Berlin: Walter de Gruyter", -1, id="capitalised-bare-word"),
        pytest.param("Retrieved from http://www.vox.com/2014/9/17/fed", 1, id="address"),
        pytest.param("Available at http://www.", -2, id="address-cut"),
        pytest.param("AIChE Journal 33(9): 1576-", -2, id="page-range-dash"),
    ],
)
def test_terminal_score(previous: str, expected: int) -> None:
    assert terminal_score(previous) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("———. 1999. Another Title.", 3, id="repeated-author"),
        pytest.param("Alexander, Michelle. The New Jim Crow.", 2, id="inverted-name"),
        pytest.param("de Vivo, M. and A. P. Carmignotto. 2004.", 2, id="particle"),
        pytest.param("Chaneton E.J., J.M. Facelli", 2, id="vancouver"),
        pytest.param("continued title words", -2, id="lowercase"),
        pytest.param("2013. The value of connections", -1, id="year-first"),
        pytest.param("“Quoted title,” Journal", -1, id="quote"),
        pytest.param("International Journal of Hydrogen Energy", 0, id="capitalised-words"),
        pytest.param("P. Yang and J. H. Chern, “Design for", 1, id="initials-first"),
        pytest.param("In Proceedings of the Conference", -1, id="in-proceedings"),
        pytest.param("[12] Smith, J. 2001. Title.", 2, id="after-label"),
    ],
)
def test_opening_score(text: str, expected: int) -> None:
    assert opening_score(text) == expected


@pytest.mark.parametrize(
    ("previous", "first_word", "style", "expected"),
    [
        pytest.param(line("x" * 30), "Smith,", FLAT, 2, id="next-word-would-fit"),
        pytest.param(line("x" * 76), "Smith,", FLAT, -1, id="next-word-wrapped"),
        pytest.param(line("x" * 70), "Smith,", FLAT, 0, id="just-fits"),
        pytest.param(line("x" * 10), "Smith,", SectionStyle(width=30), 0, id="narrow-unknown"),
        pytest.param(line("x" * 76), "Smith,", SectionStyle(wrapped=False), 2, id="unwrapped"),
    ],
)
def test_width_score(previous: Line, first_word: str, style: SectionStyle, expected: int) -> None:
    assert width_score(previous, line(first_word + " J. 1999."), style) == expected


@pytest.mark.parametrize(
    ("text", "entry_has_year", "expected"),
    [
        pytest.param("Abbas, H. F. (2010). “Hydrogen", True, 1, id="next-entry-year"),
        pytest.param("Mangano and S. Brandani (2015). “Emerging", False, -1, id="author-wrap"),
        pytest.param("decomposition: a review of the field", True, 0, id="no-year"),
        pytest.param(
            "of the Royal Society of London, Series B: Biological Sciences, vol. 12 (2001)",
            False,
            0,
            id="late-year",
        ),
    ],
)
def test_year_score(text: str, entry_has_year: bool, expected: int) -> None:
    assert year_score(line(text).year, entry_has_year) == expected


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        pytest.param(
            "Wacquant, Loïc. “The New ‘Peculiar Institution’: On the Prison as Surrogate "
            "Ghetto.” Theoretical Criminology 4, no. 3 (2000): 377–89.",
            True,
            id="article",
        ),
        pytest.param(
            "Serge, Victor. Memorie di un rivoluzionario. Firenze: La Nuova Italia, 1956.",
            True,
            id="book-it",
        ),
        pytest.param(
            "We have shown in this chapter that the results of the survey are robust, and "
            "that they hold when the sample is restricted to the years after 1990.",
            False,
            id="prose",
        ),
        pytest.param("Index", False, id="short"),
    ],
)
def test_reference_likeness(text: str, reference: bool) -> None:
    assert (reference_likeness(text) >= 2) is reference


REFERENCE = "Alexander, Michelle. 2011. The New Jim Crow. New York: The New Press."
PROSE = (
    "We have shown in this chapter that the results of the survey are robust, and that "
    "they hold when the sample is restricted to the years after the war."
)


@pytest.mark.parametrize(
    ("texts", "headless", "expected"),
    [
        pytest.param([REFERENCE] * 3, False, (0, 3), id="all-references"),
        pytest.param([REFERENCE, "Index", REFERENCE], False, (0, 3), id="one-odd-entry-kept"),
        pytest.param([REFERENCE, "Index", "Adorno, 12", REFERENCE], False, (0, 4), id="two-odd"),
        pytest.param(
            [REFERENCE, *["Table 3", "12 14", "Total", "19 22"], REFERENCE],
            False,
            (0, 1),
            id="four-odd-cut",
        ),
        pytest.param([REFERENCE, PROSE, REFERENCE], False, (0, 1), id="prose-cuts"),
        pytest.param([REFERENCE, REFERENCE, "Index"], False, (0, 2), id="trailing-odd-cut"),
        pytest.param(["Thanks.", "Funded by X.", REFERENCE], False, (2, 3), id="two-leading"),
        pytest.param(["Some sources.", REFERENCE], False, (0, 2), id="one-leading-kept"),
        pytest.param(["Some sources.", REFERENCE], True, (1, 2), id="headless-leading"),
        pytest.param([], False, (0, 0), id="empty"),
    ],
)
def test_trim(texts: list[str], headless: bool, expected: tuple[int, int]) -> None:
    assert trim(texts, headless=headless) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ["Product Differentia-", "tion in Models"],
            "Product Differentiation in Models",
            id="hyphenation",
        ),
        pytest.param(["pp. 1160-", "1190."], "pp. 1160-1190.", id="page-range"),
        pytest.param(
            ["seed predators: post-", "dispersal"],
            "seed predators: post-dispersal",
            id="real-hyphen-prefix",
        ),
        pytest.param(["the Anglo-", "American"], "the Anglo-American", id="capital-after"),
        pytest.param(["a  b", "  c "], "a b c", id="spaces"),
        pytest.param(["417–", "423."], "417–423.", id="en-dash"),
    ],
)
def test_join_lines(lines: list[str], expected: str) -> None:
    assert join_lines(lines) == expected


def test_join_lines_keeps_hyphens_the_text_prints() -> None:
    lines = ["tests of light-", "framed walls"]
    assert join_lines(lines) == "tests of lightframed walls"
    assert join_lines(lines, hyphenated={"light-framed"}) == "tests of light-framed walls"


def test_hyphens_printed_elsewhere_in_the_bibliography_are_kept() -> None:
    document = (
        "References\n\n"
        "Dolan, J. D. (1989). The dynamic response of light-framed timber shear walls.\n"
        "    Doctoral dissertation, University of British Columbia.\n"
        "Falk, R. H. (1989). Finite element modeling of wood diaphragms of light-\n"
        "    framed buildings. Journal of Structural Engineering, 115(3), 543-559.\n"
    )
    assert "of light-framed buildings" in texts(document)[1]


# --------------------------------------------------------------------------------------
# Realistic bibliographies
# --------------------------------------------------------------------------------------

CHICAGO = """\
The argument closes here, as every argument must.

Bibliography

Adorno, Theodor W. Minima Moralia: Reflexionen aus dem
    beschädigten Leben. Frankfurt am Main: Suhrkamp, 1951.
———. Negative Dialektik. Frankfurt am Main: Suhrkamp,
    1966.
Benjamin, Walter. “Über den Begriff der Geschichte.” In Gesam-
    melte Schriften, vol. 1, 691–704. Frankfurt am Main: Suhr-
    kamp, 1974.
Serge, Victor. Mémoires d’un révolutionnaire, 1901–1941. Paris:
    Éditions du Seuil, 1951.

Index

Adorno, 12, 14
"""


def test_chicago_hanging_indent_with_repeated_author() -> None:
    assert texts(CHICAGO) == [
        "Adorno, Theodor W. Minima Moralia: Reflexionen aus dem beschädigten Leben. "
        "Frankfurt am Main: Suhrkamp, 1951.",
        "———. Negative Dialektik. Frankfurt am Main: Suhrkamp, 1966.",
        "Benjamin, Walter. “Über den Begriff der Geschichte.” In Gesammelte Schriften, vol. 1, "
        "691–704. Frankfurt am Main: Suhrkamp, 1974.",
        "Serge, Victor. Mémoires d’un révolutionnaire, 1901–1941. Paris: Éditions du Seuil, 1951.",
    ]


def test_spans_cover_each_entry_in_the_original() -> None:
    references = find_bibliography(CHICAGO)
    assert references[1].span.slice(CHICAGO) == (
        "———. Negative Dialektik. Frankfurt am Main: Suhrkamp,\n    1966."
    )
    assert references[-1].span.slice(CHICAGO).endswith("Éditions du Seuil, 1951.")


# pdftotext -layout: hanging indents, a running head and a page number between pages,
# and one entry wrapped over the page break.
LAYOUT = """\
     we end the chapter with the usual caveats about external validity.

BIBLIOGRAPHY

Ackerberg, D. A., and M. Rysman (2005): “Unobserved Product Differentia-
   tion in Discrete-Choice Models,” RAND Journal of Economics, 36(4), 771–788.
Bain, J. (1968): Industrial Organization. New York: John Wiley & Sons.
Berry, S., J. Levinsohn, and A. Pakes (1995): “Automobile Prices in Market
   Equilibrium,” Econometrica, 63(4), 841–890.

                                        212
\fBIBLIOGRAPHY                                                          213



Chandra, A., and A. Collard-Wexler (2009): “Mergers in Two-Sided Markets:
   An Application to the Canadian Newspaper Industry,” Journal of Economics
   & Management Strategy, 18, 1045–1070.
Deaton, A., and J. Muellbauer (1980): “An Almost Ideal Demand System,” The
   American Economic Review, 70(3), 312–326.
Fan, Y. (2013): “Ownership Consolidation and Product Characteristics: A Study
   of the US Daily Newspaper Market,” American Economic Review, 103(5),

                                        213
\fBIBLIOGRAPHY                                                          214



   1827–1852.
Gentzkow, M., and J. M. Shapiro (2010): “What Drives Media Slant? Evidence
   from U.S. Daily Newspapers,” Econometrica, 78(1), 35–71.

                                        214
\fBIBLIOGRAPHY                                                          215
"""


def test_layout_text_leaves_page_furniture_out() -> None:
    found = texts(LAYOUT)
    assert found[0] == (
        "Ackerberg, D. A., and M. Rysman (2005): “Unobserved Product Differentiation in "
        "Discrete-Choice Models,” RAND Journal of Economics, 36(4), 771–788."
    )
    assert found[5] == (
        "Fan, Y. (2013): “Ownership Consolidation and Product Characteristics: A Study of the "
        "US Daily Newspaper Market,” American Economic Review, 103(5), 1827–1852."
    )
    assert len(found) == 7
    assert not any("BIBLIOGRAPHY" in text or "213" in text.split() for text in found)


@pytest.mark.parametrize("document", [CHICAGO, LAYOUT], ids=["chicago", "layout"])
@pytest.mark.parametrize("line_end", ["\r\n", "\r"], ids=["windows", "old-mac"])
def test_other_line_ends_give_the_same_references(document: str, line_end: str) -> None:
    changed = document.replace("\n", line_end)
    found = find_bibliography(changed)
    assert [reference.text for reference in found] == texts(document)
    assert all(not reference.span.slice(changed).endswith("\r") for reference in found)
    if line_end == "\r":  # same length as the original: the very same spans
        assert [r.span for r in found] == [r.span for r in find_bibliography(document)]


NUMBERED_LIST = """\
References

[1] A. Basile, S. Campanari, G. Manzolini, Methane steam reforming in a Pd-Ag
    membrane reformer, Int. J. Hydrogen Energy 36 (2011) 1531-1539.
[2] J. Wilcox, Carbon Capture, Springer, New York, 2012.
[3] Y. Zhang, T. Ozaki, M. Komaki, C. Nishimura, Hydrogen permeation of Pd-Ag
    alloy coated V-15Ni composite membrane, J. Membr. Sci. 224 (2003) 81-91.
"""


def test_numbered_list_labels_left_out() -> None:
    references = find_bibliography(NUMBERED_LIST)
    assert [reference.text[:12] for reference in references] == [
        "A. Basile, S",
        "J. Wilcox, C",
        "Y. Zhang, T.",
    ]
    assert references[1].span.slice(NUMBERED_LIST) == (
        "J. Wilcox, Carbon Capture, Springer, New York, 2012."
    )


DOTTED_NUMBERS = """\
Literaturverzeichnis

1. Benjamin, W.: Das Passagen-Werk. Hrsg. von R. Tiedemann. Frankfurt am Main:
   Suhrkamp 1982.
2. Kracauer, S.: Die Angestellten. Aus dem neuesten Deutschland. Frankfurt am
   Main: Societäts-Verlag 1930.
3. Simmel, G.: Philosophie des Geldes. Leipzig: Duncker & Humblot 1900.
"""


def test_german_numbered() -> None:
    assert texts(DOTTED_NUMBERS) == [
        "Benjamin, W.: Das Passagen-Werk. Hrsg. von R. Tiedemann. Frankfurt am Main: "
        "Suhrkamp 1982.",
        "Kracauer, S.: Die Angestellten. Aus dem neuesten Deutschland. Frankfurt am Main: "
        "Societäts-Verlag 1930.",
        "Simmel, G.: Philosophie des Geldes. Leipzig: Duncker & Humblot 1900.",
    ]


BLANK_SEPARATED = """\
Riferimenti bibliografici

Bordiga, A. (1951). Proprietà e capitale. Milano: Edizioni Prometeo.

Damen, O. (1943). La Russia che amiamo e difendiamo. Prometeo, 1(4),
12-15.

Massari, R. (1990). Trotsky e la ragione rivoluzionaria. Bolsena: Massari
editore.
"""


def test_blank_separated_flush_entries() -> None:
    assert texts(BLANK_SEPARATED) == [
        "Bordiga, A. (1951). Proprietà e capitale. Milano: Edizioni Prometeo.",
        "Damen, O. (1943). La Russia che amiamo e difendiamo. Prometeo, 1(4), 12-15.",
        "Massari, R. (1990). Trotsky e la ragione rivoluzionaria. Bolsena: Massari editore.",
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "Bibliographie",
        "Obras citadas",
        "Referências",
        "Références",
        "Works Cited",
        "## Bibliografia",
        "R E F E R E N C E S",
        "4.2 Literature",
        " " * 38 + "BIBLIOGRAPHY",
    ],
)
def test_headings_in_several_languages(heading: str) -> None:
    document = (
        f"Texte.\n\n{heading}\n\n"
        "Guérin, Daniel. Pour un marxisme libertaire. Paris: Laffont, 1969.\n"
        "Marie, Jean-Jacques. Trotsky. Paris: Payot, 2006.\n"
    )
    assert len(texts(document)) == 2


def test_one_reference_per_line_as_copied_from_the_web() -> None:
    document = (
        "Works Cited\n"
        "Alexander, Michelle. The New Jim Crow: Mass Incarceration in the Age of Colorblindness. "
        "New York: The New Press, 2011.\n"
        "Fields, Karen E., and Barbara J. Fields. Racecraft: The Soul of Inequality in American "
        "Life. New York: Verso, 2014.\n"
        "Wilson, William Julius. When Work Disappears: The World of the New Urban Poor. New York: "
        "Vintage Books, 1997.\n"
    )
    assert [text.split(",")[0] for text in texts(document)] == ["Alexander", "Fields", "Wilson"]


def test_section_ends_at_a_chapter_heading_and_prose_is_trimmed() -> None:
    document = (
        "References\n\n"
        "Hunter, J. (1960). A new hydrogen purification process. Platinum Metals Review 4: "
        "130-131.\n"
        "Itoh, N. (1987). A membrane reactor using palladium. AIChE Journal 33: 1576-1578.\n\n"
        "Chapter 2 – Methods\n\n"
        "Smith, J. (2001). This reference belongs to no bibliography. Journal 3: 1-2.\n"
    )
    assert len(texts(document)) == 2
    trailing_prose = document.replace(
        "Chapter 2 – Methods\n\n",
        "We now turn to the methods that this study has used and "
        "which we think are the right ones.\nThey are described in the next pages, and it "
        "is not necessary to repeat them here at all.\n\n",
    )
    assert len(texts(trailing_prose)) == 3 - 1  # the reference after the prose is cut too


def test_alphanumeric_labels() -> None:
    document = (
        "Bibliography\n\n"
        "[Knu84]  Donald E. Knuth. Literate programming. The Computer Journal,\n"
        "         27(2):97–111, 1984.\n"
        "[Lam94]  Leslie Lamport. LaTeX: A Document Preparation System. Addison-Wesley,\n"
        "         Reading, MA, 2nd edition, 1994.\n"
        "[Wir71]  Niklaus Wirth. Program development by stepwise refinement.\n"
        "         Communications of the ACM, 14(4):221–227, 1971.\n"
    )
    assert [text[:12] for text in texts(document)] == [
        "Donald E. Kn",
        "Leslie Lampo",
        "Niklaus Wirt",
    ]


# Page furniture of another kind: a footer with "Page N of M", a chapter running head with
# its page number, and the second page set five columns further right (mirrored margins).
FURNITURE = """CHAPTER 5. CONCLUSION                                                  194

References

Bordiga, A. (1951). Proprietà e capitale. Milano: Edizioni Prometeo. This
    entry is long enough to wrap onto a second line of the page.
Damen, O. (1943). La Russia che amiamo e difendiamo. Prometeo, 1(4), 12-15.
Massari, R. (1990). Trotsky e la ragione rivoluzionaria. Bolsena: Massari
    editore.
                              Page 1 of 2
\fCHAPTER 5. CONCLUSION                                                  195
     Serge, V. (1951). Mémoires d’un révolutionnaire, 1901–1941. Paris: Seuil,
         with a second line.
     Trotsky, L. (1936). La révolution trahie. Paris: Grasset.
                              Page 2 of 2
\fCHAPTER 5. CONCLUSION                                                  196
     Wilson, W. J. (1997). When Work Disappears. New York: Vintage Books, and a
         second line as well.
"""


def test_footers_running_heads_and_shifted_pages() -> None:
    found = texts(FURNITURE)
    assert [text.split(",")[0] for text in found] == [
        "Bordiga",
        "Damen",
        "Massari",
        "Serge",
        "Trotsky",
        "Wilson",
    ]
    assert found[3].endswith("Paris: Seuil, with a second line.")
    assert not any("Page" in text or "CHAPTER" in text for text in found)


def test_style_is_measured_without_the_chapter_that_follows() -> None:
    entries = [
        f"Author{index}, A. ({1990 + index}). A title that is long enough to wrap. Journal "
        f"of Things {index}: 1-{index + 10}."
        for index in range(4)
    ]
    bibliography = "\n\n".join("\n".join(textwrap.wrap(entry, 60)) for entry in entries)
    chapter = "\n".join(["    " + line for line in textwrap.wrap(PROSE * 6, 70)])
    document = f"References\n\n{bibliography}\n\n{chapter}\n"
    assert texts(document) == entries


def test_chapter_in_a_wrapped_entry_is_not_a_heading() -> None:
    document = (
        "References\n\n"
        "Solon, G. (1999). Intergenerational mobility in the labor market. In O.\n"
        "    Ashenfelter and D. Card (Eds.), Handbook of Labor Economics, vol. 3,\n"
        "    Chapter 29. Amsterdam: Elsevier.\n"
        "Wilson, W. J. (1997). When Work Disappears. New York: Vintage Books.\n"
    )
    assert len(texts(document)) == 2


def test_markdown_bullets() -> None:
    document = (
        "## Further reading\n\n"
        "- Alexander, Michelle. *The New Jim Crow: Mass Incarceration in the Age of\n"
        "  Colorblindness*. New York: The New Press, 2011.\n"
        "- Davis, Mike. *City of Quartz*. London: Verso, 1990.\n"
        "- Fields, Karen E., and Barbara J. Fields. *Racecraft*. New York: Verso,\n"
        "  2014.\n"
    )
    assert [text.split(".")[0] for text in texts(document)] == [
        "Alexander, Michelle",
        "Davis, Mike",
        "Fields, Karen E",
    ]


def test_table_of_contents_line_is_not_a_heading() -> None:
    document = "Contents\n1 Introduction ........ 1\nReferences ........ 36\nIndex ........ 40\n"
    assert texts(document) == []


def test_headless_bibliography_at_the_end() -> None:
    document = (
        "This essay owes much to the works listed below, which the reader may consult.\n\n"
        "Alexander, Michelle. 2011. The New Jim Crow. New York: The New Press.\n"
        "Davis, Mike. 1990. City of Quartz. London: Verso.\n"
        "Fields, Karen E., and Barbara J. Fields. 2014. Racecraft. New York: Verso.\n"
        "Solnit, Rebecca. 2000. Hollow City. London: Verso.\n"
        "Wilson, William Julius. 1997. When Work Disappears. New York: Vintage.\n"
    )
    assert [text.split(",")[0] for text in texts(document)] == [
        "Alexander",
        "Davis",
        "Fields",
        "Solnit",
        "Wilson",
    ]


def test_notes_section_is_not_a_bibliography() -> None:
    document = (
        "The argument ends here.\n\nNotes\n\n"
        "1 Michelle Alexander, The New Jim Crow (New York: The New Press, 2011), 50–51.\n"
        "2 Ibid., 52.\n"
        "3 William Julius Wilson, When Work Disappears (New York: Vintage Books, 1997), 29.\n"
        "4 Alexander, 218.\n"
        "5 Karen E. Fields and Barbara J. Fields, Racecraft (New York: Verso, 2014), ch. 4.\n"
    )
    assert texts(document) == []


def test_notes_then_bibliography_gives_only_the_bibliography() -> None:
    document = (
        "Notes\n\n"
        "1. Alexander, The New Jim Crow, 218.\n"
        "2. Ibid., 229.\n"
        "3. Wilson, When Work Disappears, 29–30.\n\n"
        "Bibliography\n\n"
        "Alexander, Michelle. The New Jim Crow. New York: The New Press, 2011.\n"
        "Wilson, William Julius. When Work Disappears. New York: Vintage Books, 1997.\n"
    )
    assert [text.split(",")[0] for text in texts(document)] == ["Alexander", "Wilson"]


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(
            [
                "Alexander, Michelle, 12, 45–47",
                "Bordiga, Amadeo, 3",
                "Damen, Onorato, 7, 9",
                "Serge, Victor, 1–20",
                "Trotsky, Leon, 88",
            ],
            id="index",
        ),
        pytest.param(
            [
                "Attalea, Panama (36)",
                "Dipteryx, Costa Rica (19)",
                "Gustavia, Panama (3)",
                "Virola, Ecuador (20)",
                "Euterpe, Brazil (14)",
            ],
            id="figure-labels",
        ),
    ],
)
def test_lists_of_names_without_years_are_no_bibliography(lines: list[str]) -> None:
    assert texts("Some text.\n\n" + "\n".join(lines) + "\n\nMore text.\n") == []


# --------------------------------------------------------------------------------------
# The shared corpus: prose and notes are not bibliographies
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "damen-1943-russia-we-love.txt",  # an essay with years and no references
        "utopia-rossa-2013-serge-memoirs.txt",  # its sources are in notes
        "kites4-specter-part4.txt",  # footnotes at page bottoms
    ],
)
def test_corpus_files_have_no_bibliography(corpus: Path, name: str) -> None:
    assert find_bibliography((corpus / name).read_text(encoding="utf-8")) == ()


# --------------------------------------------------------------------------------------
# Properties
# --------------------------------------------------------------------------------------


def assert_well_formed(document: str) -> None:
    """Spans in bounds, ordered, non-overlapping; each text drawn from its span in order."""
    previous_end = 0
    for reference in find_bibliography(document):
        span = reference.span
        assert previous_end <= span.start < span.end <= len(document)
        previous_end = span.end
        source = iter(span.slice(document))
        # Every character of the text, but joining spaces and removed hyphens, comes from
        # the span in order (a subsequence): nothing is invented.
        assert all(char in source for char in reference.text if not char.isspace())


@given(st.text())
def test_never_raises_on_any_text(document: str) -> None:
    assert_well_formed(document)


@given(
    st.lists(
        st.sampled_from(
            [
                "References",
                "Bibliography",
                "Smith, J. (2001). Title. Press.",
                "    continued 1999.",
                "",
                "  12",
                "[1] Doe, A. 2001. X.",
                "———. 2002. Y.",
                "Notes",
                "Chapter 3",
                "\f",
                "Ibid.",
                "Eco-",
                "nomic history 1990-",
                "1991.",
                "We think this is prose that was written in 1990.",
            ]
        ),
        max_size=40,
    )
)
def test_well_formed_on_bibliography_like_text(lines: list[str]) -> None:
    assert_well_formed("\n".join(lines))


_SURNAMES = st.sampled_from(
    [
        "Abanades",
        "Bordiga",
        "Chen",
        "de Vivo",
        "Damen",
        "Fields",
        "Guérin",
        "Marie",
        "O’Brien",
        "Rostrup-Nielsen",
        "Serge",
        "Wilson",
        "Zhang",
    ]
)
_WORDS = st.lists(
    st.sampled_from(
        [
            "membrane",
            "capital",
            "storia",
            "der",
            "Geschichte",
            "of",
            "the",
            "revolution",
            "hydrogen",
            "économie",
            "política",
            "market",
            "seed",
            "predation",
            "théorie",
        ]
    ),
    min_size=2,
    max_size=12,
)


@st.composite
def references(draw: st.DrawFn) -> str:
    """One rendered reference: author, year, title, container, volume and pages."""
    authors = draw(
        st.lists(st.tuples(_SURNAMES, st.sampled_from("ABCJKMR")), min_size=1, max_size=4)
    )
    names = ", ".join(f"{surname}, {initial}." for surname, initial in authors)
    year = draw(st.integers(1850, 2024))
    title = " ".join(draw(_WORDS)).capitalize()
    journal = " ".join(word.capitalize() for word in draw(_WORDS))
    volume = draw(st.integers(1, 300))
    first = draw(st.integers(1, 1200))
    last = first + draw(st.integers(1, 200))
    return f"{names} ({year}). {title}. {journal} {volume}: {first}-{last}."


def wrap(text: str, width: int) -> list[str]:
    """Greedy word wrap (never breaks inside a word)."""
    lines: list[str] = []
    for word in text.split(" "):
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


@given(
    entries=st.lists(references(), min_size=1, max_size=8),
    layout=st.sampled_from(["hanging", "blank", "numbered", "one-per-line"]),
    width=st.integers(50, 100),
    indent=st.integers(2, 8),
    heading=st.sampled_from(["References", "Bibliography", "Literatur", "Obras citadas"]),
)
def test_generated_bibliography_splits_back(
    entries: list[str], layout: str, width: int, indent: int, heading: str
) -> None:
    blocks = []
    for number, entry in enumerate(entries, 1):
        if layout == "one-per-line":
            blocks.append(entry)
            continue
        label = f"[{number}] " if layout == "numbered" else ""
        lines = wrap(label + entry, width)
        pad = " " * indent if layout != "blank" else ""
        blocks.append("\n".join([lines[0]] + [pad + rest for rest in lines[1:]]))
    separator = "\n\n" if layout == "blank" else "\n"
    document = f"Some closing words of the essay.\n\n{heading}\n\n" + separator.join(blocks) + "\n"
    assert texts(document) == entries


def test_bibliography_ends_where_back_matter_begins() -> None:
    """Issue 11 (case 29): an author's biography and address end the list."""
    text = (
        "Night work remains common (Lund 2001).\n\nBibliography\n"
        "LUND Annika, 2001, Bread at Night, Malmö, Harbour Press.\n"
        "MORENO Luis, 1999, Small Firms and Working Time, Leeds, Northgate Books.\n\n"
        "Annika Berg is a lecturer in the Department of Sociology at the University of "
        "Eastfield,\nwhere she works on working time and small firms.\n"
        "Correspondence: Department of Sociology, University of Eastfield, 12 Mill Lane,\n"
        "Eastfield EF1 2AB; e-mail: a.berg@eastfield.example\n\n"
        "Recent titles from our series\n(order from the publisher)\n"
    )
    assert [entry.text[:12] for entry in find_bibliography(text)] == [
        "LUND Annika,",
        "MORENO Luis,",
    ]


@pytest.mark.parametrize(
    "contents",
    [
        pytest.param("Conclusion\n\n9\n\nBibliography\n\n11\n\n", id="number-on-its-own-line"),
        pytest.param("Conclusion ..... 9\nBibliography ..... 11\n\n", id="dot-leaders"),
    ],
)
def test_contents_line_opens_no_bibliography(contents: str) -> None:
    """Issue 11 (case 30): `Bibliography` in a table of contents is not the section."""
    text = (
        f"Shift Work\n\nContents\n\n{contents}INTRODUCTION\n"
        "Shifts differ from large plants [Lund et al., 2001] and from family workshops\n"
        "[Ferri, 1995], and follow the oven [Moreno et al., 1999].\n\n"
        "Bibliography\nLUND Annika, 2001, Bread at Night, Malmö, Harbour Press.\n"
        "MORENO Luis, 1999, Small Firms and Working Time, Leeds, Northgate Books.\n"
    )
    assert [entry.text[:12] for entry in find_bibliography(text)] == [
        "LUND Annika,",
        "MORENO Luis,",
    ]


@pytest.mark.parametrize(
    "heading",
    sorted(
        lexicon.words("BIBLIOGRAPHY_HEADINGS") | lexicon.words("SECTION_END_HEADINGS"),
    ),
)
def test_every_lexicon_heading_passes_the_cheap_heading_test(heading: str) -> None:
    """The first-word filter (HEADING_WORDS) lets every heading of the lexicon through: a
    heading only the patterns know would never be tried ("Bibliografie" was not)."""
    assert _is_heading_candidate(heading.title())
    assert _is_heading_candidate(heading.upper())
