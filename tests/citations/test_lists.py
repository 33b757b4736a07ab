"""Notes in a list of references (issue 11): a title alone between notes that cite works."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.citations.chunks import chunks, nesting_depths
from citex.citations.find import _listed_title, split_citations
from citex.citations.lists import notes_in_reference_lists
from citex.citations.undated import listed_title
from citex.pipeline import extract


@pytest.mark.parametrize(
    ("citing", "expected"),
    [
        pytest.param({0, 2}, {1}, id="between-two"),
        pytest.param({0, 1, 2, 3}, {1, 2}, id="inside-a-run"),
        pytest.param({1}, set(), id="one-neighbour"),
        pytest.param({0, 3}, set(), id="too-far"),
        pytest.param(set(), set(), id="no-citations"),
    ],
)
def test_notes_in_reference_lists(citing: set[int], expected: set[int]) -> None:
    assert notes_in_reference_lists(4, citing) == expected


@pytest.mark.parametrize(
    ("text", "raw", "locator"),
    [
        pytest.param("Battle of York.", "Battle of York", None, id="wikipedia-title"),
        pytest.param(
            "^ Jews in Britain: Origin and Growth of Anglo-Jewry. p. 7.",
            "Jews in Britain: Origin and Growth of Anglo-Jewry. p. 7",
            "7",
            id="backlink-and-page",
        ),
        pytest.param(
            "About the BBC – What is the BBC. BBC Online.",
            "About the BBC – What is the BBC. BBC Online",
            None,
            id="title-and-site",
        ),
        pytest.param(
            "Manufacturing Population, ch. 8.", "Manufacturing Population, ch. 8", "8", id="engels"
        ),
        pytest.param("Toronto.ca.", "Toronto.ca", None, id="site-name"),
        pytest.param("Global Rankings 2016.", "Global Rankings 2016", None, id="year-in-title"),
    ],
)
def test_a_title_alone(text: str, raw: str, locator: str | None) -> None:
    (piece,) = _listed_title(text)
    assert text[piece.start : piece.end] == raw
    assert (piece.locator.value if piece.locator else None) == locator


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Below, here.", id="adverbs"),
        pytest.param("Volunteers and patches are welcome.", id="sentence"),
        pytest.param("John Curwen published his _Grammar of Vocal Music_ in 1842.", id="verb"),
        pytest.param("note", id="lower-case"),
        pytest.param("Translated by the author.", id="remark"),
        pytest.param("This Was Not Printed.", id="sentence-opener"),
        pytest.param(
            "Sinn Féin, an Irish republican party, also contests elections in the Republic.",
            id="explanation",
        ),
    ],
)
def test_commentary_is_no_title(text: str) -> None:
    assert _listed_title(text) == ()


@given(st.text(max_size=300))
def test_listed_title_never_raises_and_stays_in_bounds(text: str) -> None:
    piece = listed_title(text, 0, chunks(text, nesting_depths(text)))
    if piece is not None:
        assert 0 <= piece.start < piece.end <= len(text)
        assert text[piece.start : piece.end].strip() == text[piece.start : piece.end]


_LIST = """Body text.[1] More.[2] And more.[3]

References

1. ^ Smith, John (2005). A Book. London: Verso.
2. ^ {middle}
3. ^ Jones, Ann (2001). Other Things. New York: Norton.
"""


def test_a_title_between_citing_notes_is_a_work() -> None:
    """Wikipedia's `n. ^ Title.` between two cited works: a web page cited by title alone."""
    text = _LIST.format(middle="Battle of York.")
    doc = extract(text)
    full = [c for c in doc.citations if c.kind == "full"]
    assert [c.raw for c in full] == [
        "Smith, John (2005). A Book. London: Verso",
        "Battle of York",
        "Jones, Ann (2001). Other Things. New York: Norton",
    ]
    middle = full[1]
    assert text[middle.span.start : middle.span.end] == "Battle of York"
    assert middle.note == 1
    assert middle.reference is not None and middle.reference.title == "Battle of York"


def test_a_title_needs_the_list_around_it() -> None:
    """The same note without works around it is no evidence of a work."""
    text = """Body text.[1] More.[2] And more.[3]

Notes

1. ^ Of course not.
2. ^ Battle of York.
3. ^ As said above.
"""
    assert [c for c in extract(text).citations if c.kind == "full"] == []


def test_commentary_between_citing_notes_stays_commentary() -> None:
    doc = extract(_LIST.format(middle="Volunteers and patches are welcome."))
    assert [c.note for c in doc.citations if c.kind == "full"] == [0, 2]


def test_a_journal_sentence_with_its_doi_goes_on_with_the_work() -> None:
    """`… (2004). "Title". Journal 2 (3): 545–627. doi:10.1093/icon/2.3.545.`: the DOI's
    lowercase parts are no prose, so the journal and its numbers stay with the work."""
    text = (
        'Elliot, M. (2004). "United Kingdom: Parliamentary sovereignty under pressure". '
        "International Journal of Constitutional Law 2 (3): 545–627. doi:10.1093/icon/2.3.545."
    )
    (piece,) = split_citations(text)
    assert text[piece.start : piece.end] == text.rstrip(".")
