"""Bibliographies in the shapes of issue 11: a list that resumes after a page break with no
heading, entry numbers glued to the author, entries broken into blank-line paragraphs.

Snippets from ../shared/cases/citations (26, 27, 28) and the dev corpus (elife mtdna,
wikipedia toronto), inlined so that the tests run without ../shared.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citex import find_bibliography
from citex.sections.bibliography import trim
from citex.sections.scores import is_head_only, make_line, punctuation_score, shape_score

# ../shared/cases/citations/26_bibliography_resumes_after_page_break.txt (its end).
RESUMED = """References
Hale PJ, Moreno L, Fisk T: Tidal mixing in
short estuaries. Estuar Coast 24: 101-110 (2001).
Ortiz R, Kemp J: Salinity fronts and tidal
range. Mar Res Lett 62: 55-71 (2004).
Pryce K, Lund A: Sediment plumes after storms.
Coast Eng 51: 300-312 (2004).
remains unclear [Hale et al., 2001]. Further work on
the sediment budget of small estuaries is needed, and
long records of salinity will help to settle the
question of how quickly the water column mixes after
a storm. Cheap moored profilers should change estuary
science within a decade [Voss, 2007]; several harbour
offices already run them, and the records they keep
grow by several gigabytes a year. Whoever archives
these records well will answer most of the open
questions about mixing in small basins.
Acknowledgements
We thank the harbour office for access to its tide
gauges, and the regional water board for funding
(grant 2009-114 to Dr. Hale).
Tidal Mixing in Small Estuaries
Estuar Stud 2010;3:41-52
51
Quinn D, Marsh E: Residual currents in a
narrow inlet. J Phys Oceanogr 38: 12-25 (2008).
Ruiz M, Abbot C, Tan W: Wind-driven mixing in
shallow basins. Limnol Oceanogr 49: 77-90 (2004).
Voss H: A model of estuarine circulation. Ocean
Model 17: 201-219 (2007).
"""

# ../shared/cases/citations/27_entry_number_glued_to_author.txt
GLUED = """References
8. Lorenz, K. and Abel, T. 2005. Song Types of the Marsh Warbler. Journal of Field Acoustics,
11(2):101-120.
9. Marta Quiroga, Pablo Serra. 2006. Results of the Shared Task on Song Ranking. In Notes of the BIRD
2006 Workshop.
10.Berg, H. and Lorenz, K. 2006a. Sorting Songs with String Kernels. In Proc. of
ICASSP 2006.
11.Berg, H. and Lorenz, K. 2006b. Rules for Song Segmentation. In Proc. of the Animal Sounds Workshop, pages 12–19, Sydney, July
2006.
12. Berg, H. 2007. Song Recognition at Scale. In Proc. of INTERSPEECH 2007.
"""  # noqa: E501 (the case's own line lengths)

# ../shared/cases/citations/28_entry_split_into_paragraphs.txt
PARAGRAPHS = """References

Hale, K., & Ruiz, M. (2003).

Root growth in drying clay soils

. Plant and Soil, 41(2), 101–112.

Moreno, L. (1999).

Soil moisture sensing with buried probes

. Journal of Soil Physics, 11(4), 300–312. doi: https://doi.org/10.1000/jsp.1999.114
"""


def _texts(text: str) -> list[str]:
    return [reference.text for reference in find_bibliography(text)]


def test_list_resumes_after_body_text_and_page_footer() -> None:
    texts = _texts(RESUMED)
    assert [text.split(":")[0] for text in texts] == [
        "Hale PJ, Moreno L, Fisk T",
        "Ortiz R, Kemp J",
        "Pryce K, Lund A",
        "Quinn D, Marsh E",
        "Ruiz M, Abbot C, Tan W",
        "Voss H",
    ]
    assert not any("remains unclear" in text or "Estuar Stud" in text for text in texts)


def test_list_does_not_resume_without_a_page_break() -> None:
    # The same text without its page footer: the body text and acknowledgements end it.
    unbroken = RESUMED.replace(
        "Tidal Mixing in Small Estuaries\nEstuar Stud 2010;3:41-52\n51\n", ""
    )
    assert len(_texts(unbroken)) == 3


def test_list_does_not_resume_with_prose_after_the_page_break() -> None:
    prose = RESUMED.split("51\n")[0] + "51\nThe tide gauges were read by hand every hour.\n"
    assert len(_texts(prose)) == 3


def test_glued_entry_numbers_are_labels() -> None:
    references = find_bibliography(GLUED)
    assert [reference.text[:9] for reference in references] == [
        "Lorenz, K",
        "Marta Qui",
        "Berg, H. ",
        "Berg, H. ",
        "Berg, H. ",
    ]
    assert references[1].text.endswith("In Notes of the BIRD 2006 Workshop.")
    assert GLUED[references[2].span.start :].startswith("Berg, H. and Lorenz, K. 2006a.")


def test_entry_in_blank_line_paragraphs_is_one_reference() -> None:
    assert _texts(PARAGRAPHS) == [
        "Hale, K., & Ruiz, M. (2003). Root growth in drying clay soils. Plant and Soil, "
        "41(2), 101–112.",
        "Moreno, L. (1999). Soil moisture sensing with buried probes. Journal of Soil "
        "Physics, 11(4), 300–312. doi: https://doi.org/10.1000/jsp.1999.114",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Hale, K., & Ruiz, M. (2003).", True, id="authors-and-year"),
        pytest.param("Moreno, L. (1999).", True, id="one-author"),
        # elife mtdna: an imprint and a title before the year
        pytest.param(
            "Chinnery PF, RA Pagon, MP Adam. Mitochondrial Disorders Overview. GeneReviews. "
            "Seattle, Washington: 1993.",
            False,
            id="title-and-imprint",
        ),
        # wikipedia toronto: a place and a year, no one named
        pytest.param("Chongqing, China (1986)", False, id="no-initial"),
        pytest.param("Smith, J. (2003). The title of a book.", False, id="year-not-last"),
        pytest.param("Smith, J. and the rest of them (2003).", False, id="lowercase-words"),
        pytest.param("12. Smith, J. (2003).", False, id="labelled"),
    ],
)
def test_is_head_only(text: str, expected: bool) -> None:
    assert is_head_only(text) is expected


def test_shape_score_keeps_a_head_open_for_its_title() -> None:
    title = make_line(0, 0, "Root growth in drying clay soils")
    author = make_line(0, 0, "Moreno, L. (1999).")
    assert shape_score(title, head_only=True) < 0
    assert shape_score(author, head_only=True) == 0
    assert shape_score(title, head_only=False) == 0


def test_punctuation_score_finishes_an_unfinished_line() -> None:
    unfinished = make_line(0, 0, "Root growth in drying clay soils")
    finished = make_line(0, 0, "Toronto: The Unknown City. Arsenal Pulp Press. ISBN 1-55152-146-6.")
    rest = make_line(40, 0, ". Plant and Soil, 41(2), 101–112.", gap=True)
    assert punctuation_score(unfinished, rest) < 0
    assert punctuation_score(finished, rest) == 0
    assert punctuation_score(unfinished, make_line(40, 0, "Plant and Soil")) == 0


_PIECES = st.sampled_from(
    [
        "References",
        "Acknowledgements",
        "51",
        "\f",
        "",
        "Quinn D, Marsh E: Residual currents in a",
        "narrow inlet. J Phys Oceanogr 38: 12-25 (2008).",
        "10.Berg, H. and Lorenz, K. 2006a. Sorting Songs. In Proc. of",
        "Hale, K., & Ruiz, M. (2003).",
        ". Plant and Soil, 41(2), 101–112.",
        "the sediment budget of small estuaries is needed, and",
        "Tidal Mixing in Small Estuaries",
    ]
)


@given(
    pieces=st.lists(st.one_of(_PIECES, st.text(max_size=30)), max_size=40),
)
@settings(max_examples=100, deadline=None)
def test_spans_point_at_the_text_and_never_overlap(pieces: list[str]) -> None:
    text = "\n".join(pieces)
    references = find_bibliography(text)
    end = 0
    for reference in references:
        assert end <= reference.span.start < reference.span.end <= len(text)
        assert text[reference.span.start : reference.span.end].strip()
        end = reference.span.end


# ../shared/corpus/dev elife 02304 (neofunctionalization): the reference list ends where the
# decision letter begins; its reviewing editor's affiliation is not a reference.
DECISION_LETTER = """References

Zhu G, Keithly JS. Alpha-proteobacterial relationship of apicomplexan lactate and malate
dehydrogenases. The Journal of Eukaryotic Microbiology. 2002;49:255-261.

Zheng W, Khrapko K, Coller HA, Thilly WG, Copeland WC. Origins of human mitochondrial point
mutations as DNA polymerase gamma-mediated errors. Mutation Research. 2006;599:11-20.

Decision letter

LevittMichaelReviewing editor
Stanford University, United States

eLife posts the editorial decision letter and author response on a selection of the published
articles (subject to the approval of the authors). An edited version of the letter sent to the
authors after peer review is shown, indicating the substantive concerns or comments; minor
concerns are not usually shown.
"""


def test_list_ends_before_the_affiliation_that_precedes_a_letter() -> None:
    assert [text[:6] for text in _texts(DECISION_LETTER)] == ["Zhu G,", "Zheng "]


@pytest.mark.parametrize(
    ("texts", "cut", "expected"),
    [
        pytest.param(["Smith, J. 2001. Title. Press.", "Broad Institute, United States"], True,
                     (0, 1), id="bare-entry-at-a-cut"),
        pytest.param(["Smith, J. 2001. Title. Press.", "Broad Institute, United States"], False,
                     (0, 2), id="bare-entry-at-the-end-stays"),
        pytest.param(["Smith, J. 2001. Title. Press.", "Smith, J. Title. n.d."], True,
                     (0, 2), id="undated-stays"),
    ],
)  # fmt: skip
def test_trim_sheds_bare_entries_at_a_cut(
    texts: list[str], cut: bool, expected: tuple[int, int]
) -> None:
    assert trim(texts, cut=cut) == expected
