"""parse_reference(): free-text references of many styles and languages -> Reference."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.parse.reference import parse_reference, parse_references
from citex.records import Locator, Name, Span

CASES = [
    pytest.param(
        "Hearn, Lafcadio. Kwaidan: Stories and Studies of Strange Things. "
        "Boston: Houghton Mifflin, 1904.",
        {
            "author": (Name(family="Hearn", given="Lafcadio"),),
            "title": "Kwaidan: Stories and Studies of Strange Things",
            "publisher": "Houghton Mifflin",
            "publisher_place": "Boston",
            "issued.year": 1904,
            "type": "book",
        },
        id="chicago-bibliography-book",
    ),
    pytest.param(
        "Michelle Alexander, The New Jim Crow (New York: The New Press, 2011), 50–51",
        {
            "author": (Name(family="Alexander", given="Michelle"),),
            "title": "The New Jim Crow",
            "publisher": "The New Press",
            "publisher_place": "New York",
            "issued.year": 2011,
            "locator": Locator(label="page", value="50–51"),
            "page": None,
        },
        id="chicago-note-book-locator",
    ),
    pytest.param(
        "Löic Wacquant, “The New ‘Peculiar Institution’: On the Prison as Surrogate Ghetto,” "
        "Theoretical Criminology 4 no. 3 (2000): 377–89",
        {
            "title": "The New ‘Peculiar Institution’: On the Prison as Surrogate Ghetto",
            "container_title": "Theoretical Criminology",
            "volume": "4",
            "issue": "3",
            "page": "377–89",
            "issued.year": 2000,
            "type": "article-journal",
        },
        id="chicago-note-article",
    ),
    pytest.param(
        "Karen E. Fields and Barbara J. Fields, Racecraft: The Soul of Inequality in American Life "
        "(New York: Verso, 2014), ch. 4",
        {
            "author": (
                Name(family="Fields", given="Karen E."),
                Name(family="Fields", given="Barbara J."),
            ),
            "locator": Locator(label="chapter", value="4"),
            "publisher": "Verso",
        },
        id="chicago-note-chapter-locator",
    ),
    pytest.param(
        "Smith, J. A., & Jones, B. (2019). Reading footnotes at scale. "
        "Journal of Digital Humanities, 12(3), 45-67. "
        "https://doi.org/10.1234/jdh.2019.003",
        {
            "author": (Name(family="Smith", given="J. A."), Name(family="Jones", given="B.")),
            "title": "Reading footnotes at scale",
            "container_title": "Journal of Digital Humanities",
            "volume": "12",
            "issue": "3",
            "page": "45–67",
            "doi": "10.1234/jdh.2019.003",
            "issued.year": 2019,
        },
        id="apa-article-doi",
    ),
    pytest.param(
        "[12] K. Tanaka and L. Moreau, “Sparse citation graphs,” "
        "IEEE Trans. Knowl. Data Eng., vol. 31, no. 4, "
        "pp. 101–115, Apr. 2019.",
        {
            "author": (Name(family="Tanaka", given="K."), Name(family="Moreau", given="L.")),
            "title": "Sparse citation graphs",
            "volume": "31",
            "issue": "4",
            "page": "101–115",
            "issued.year": 2019,
            "issued.month": 4,
        },
        id="ieee-numbered",
    ),
    pytest.param(
        "3. Rossi M, Bianchi GL. Footnote density in early modern print. "
        "Hist Sci. 2015;53(2):120-35.",
        {
            "author": (Name(family="Rossi", given="M"), Name(family="Bianchi", given="GL")),
            "title": "Footnote density in early modern print",
            "volume": "53",
            "issue": "2",
            "page": "120–35",
            "issued.year": 2015,
        },
        id="vancouver",
    ),
    pytest.param(
        "Gli anarchici e l’esperienza della Rivoluzione russa, Jaca Book, Milano 1969, pp. 16-17",
        {
            "author": (),
            "title": "Gli anarchici e l’esperienza della Rivoluzione russa",
            "publisher": "Jaca Book",
            "publisher_place": "Milano",
            "issued.year": 1969,
            "locator": Locator(label="page", value="16-17"),
        },
        id="italian-note-book",
    ),
    pytest.param(
        "«Trente ans après la Révolution russe», in Révolution prolétarienne, n. 309, Nov. 1947",
        {
            "title": "Trente ans après la Révolution russe",
            "container_title": "Révolution prolétarienne",
            "issue": "309",
            "issued.year": 1947,
            "issued.month": 11,
        },
        id="french-guillemets-in",
    ),
    pytest.param(
        "Schmidt, Karl: Die Fußnote als Gattung. In: Zeitschrift für Textkritik 7, 1998, S. 10–19.",
        {
            "author": (Name(family="Schmidt", given="Karl"),),
            "title": "Die Fußnote als Gattung",
            "container_title": "Zeitschrift für Textkritik",
            "volume": "7",
            "page": "10–19",
            "issued.year": 1998,
        },
        id="german-in-colon",
    ),
    pytest.param(
        "García Márquez, Gabriel. Cien años de soledad. Buenos Aires: Sudamericana, 1967.",
        {
            "title": "Cien años de soledad",
            "publisher": "Sudamericana",
            "publisher_place": "Buenos Aires",
            "issued.year": 1967,
        },
        id="spanish-book",
    ),
    pytest.param(
        "———. The Second Book. London: Verso, 2001.",
        {
            "same_author_as_previous": True,
            "author": (),
            "title": "The Second Book",
            "issued.year": 2001,
        },
        id="three-em-dash",
    ),
    pytest.param(
        "Les anarchistes et l’expérience de la Révolution russe, Librairie du Travail, Paris 1921 "
        "[Gli anarchici e l’esperienza della Rivoluzione russa, Jaca Book, Milano 1969, pp. 16-17]",
        {"issued.year": 1921, "related.0.issued.year": 1969, "related.0.publisher": "Jaca Book"},
        id="bracketed-translation",
    ),
    pytest.param(
        "Doe, Jane. 2010. The Archive and Its Margins. PhD thesis, University of Somewhere.",
        {"type": "thesis", "issued.year": 2010},
        id="thesis",
    ),
]


def _get(ref: Any, path: str) -> Any:
    for part in path.split("."):
        ref = ref[int(part)] if part.isdigit() else getattr(ref, part)
    return ref


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parse_reference(text: str, expected: dict[str, Any]) -> None:
    ref = parse_reference(text)
    for path, value in expected.items():
        assert _get(ref, path) == value, path
    assert ref.raw == text
    assert ref.confidence >= 0.5


@pytest.mark.parametrize(
    ("text", "author", "locator"),
    [
        pytest.param("Alexander, 218.", ("Alexander",), "218", id="name-page"),
        pytest.param("Ibid., 229.", (), "229", id="ibid"),
        pytest.param("Ivi, p. 3", (), "3", id="ivi"),
        pytest.param(
            "Parrado and Kandel, 108–109, 117", ("Parrado", "Kandel"), "108–109, 117", id="list"
        ),
        pytest.param("Trotsky, op. cit., pp. 12-14", ("Trotsky",), "12-14", id="op-cit"),
        pytest.param("Wilson, chapter 5", ("Wilson",), "5", id="chapter"),
    ],
)
def test_short_forms_keep_name_and_cited_place(
    text: str, author: tuple[str, ...], locator: str
) -> None:
    ref = parse_reference(text)
    assert tuple(name.family for name in ref.author) == author
    assert ref.locator is not None and ref.locator.value == locator
    assert ref.confidence >= 0.5


def test_span_and_raw_follow_offset() -> None:
    text = "Harvey, David. The Limits to Capital. London: Verso, 2006."
    ref = parse_reference(text, offset=120)
    assert ref.span == Span(start=120, end=120 + len(text))
    assert ref.raw == text


def test_bracketed_related_span_points_into_the_document() -> None:
    document = "x " + "Carnets, Paris 1985 [Taccuini, Roma 1990, p. 3]"
    start = 2
    ref = parse_reference(document[start:], offset=start)
    (related,) = ref.related
    assert related.span is not None
    assert related.span.slice(document) == related.raw


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("This is the first time the memoirs appear in English.", id="english"),
        pytest.param("Su questo punto torneremo più avanti, perché è decisivo.", id="italian"),
        pytest.param("We have not been able to see this edition.", id="english-2"),
    ],
)
def test_commentary_gets_low_confidence(text: str) -> None:
    ref = parse_reference(text)
    assert ref.confidence < 0.5
    assert ref.note == text


def test_parse_references_keeps_order_and_count() -> None:
    texts = ["Smith, J. (2001). A title. Publisher.", "", "not a reference at all"]
    refs = parse_references(texts)
    assert len(refs) == 3
    assert refs[0].issued is not None and refs[0].issued.year == 2001


def test_corpus_full_references(corpus: Path) -> None:
    """The full references of the corpus gold mostly come back with their year and title."""
    years = titles = total = 0
    for gold_file in sorted((corpus / "gold").glob("*.json")):
        for item in json.loads(gold_file.read_text(encoding="utf-8"))["references"]:
            csl = item["csl"]
            if item["kind"] != "full" or "title" not in csl:
                continue
            ref = parse_reference(item["raw"])
            total += 1
            if "issued" in csl:
                years += (
                    ref.issued is not None and ref.issued.year == csl["issued"]["date-parts"][0][0]
                )
            else:
                years += ref.issued is None
            titles += ref.title == csl["title"]
    assert total > 30
    assert years / total >= 0.9
    assert titles / total >= 0.7


HOSTILE = [
    "." * 100_000,
    "1" * 100_000,
    "[(" * 50_000,
    "1-" * 50_000,
    "(1999) " * 14_000,
    ", 12" * 25_000,
    "Smith, J., " * 9_000,
    "“" * 100_000,
    "A. " * 33_000,
    "In: " * 25_000,
]


@pytest.mark.parametrize("text", HOSTILE, ids=[repr(t[:8]) for t in HOSTILE])
def test_hostile_lines_parse_fast(text: str) -> None:
    # CPU time, not wall time: a loaded machine must not fail it (bench/parse_bench.py times).
    start = time.process_time()
    parse_reference(text)
    assert time.process_time() - start < 1.0


@given(st.text(max_size=300))
def test_never_raises(text: str) -> None:
    ref = parse_reference(text)
    assert 0.0 <= ref.confidence <= 1.0
    assert ref.raw == text


# characters and words that build reference-like strings: punctuation, digits, keywords
_REF_ALPHABET = st.sampled_from(
    [
        *"abcdeABCDE xyz.,;:()[]«»“”\"'-–0123456789",
        "In ",
        "pp. ",
        "vol. ",
        "no. ",
        "1999",
        "ed. ",
        "Press",
    ]
)


@given(st.lists(_REF_ALPHABET, max_size=60).map("".join))
def test_field_values_are_substrings_of_the_input(text: str) -> None:
    ref = parse_reference(text)
    source = " ".join(text.split())
    for field in (
        "title",
        "container_title",
        "collection_title",
        "publisher",
        "publisher_place",
        "volume",
        "issue",
        "edition",
        "doi",
        "url",
    ):
        value = getattr(ref, field)
        if value is not None:
            assert " ".join(value.split()) in source, field
    if ref.locator is not None:
        assert ref.locator.value in source


# the substring guards before rarely matching searches: a match must always contain one
# of the guard's words, or the guard would hide it
_GUARD_TEXTS = (
    "Lecture Notes in Computer Science 392",
    "Schriftenreihe des Instituts",
    "Coll. Folio Essais",
    "Colección Austral",
    "Coleção Primeiros Passos",
    "Bibliothèque de la Pléiade",
    "Graduate Texts in Mathematics",
    "Supplements to Vetus Testamentum",
    "Beiheft zu Poetica",
    "Library of Congress",
    "PhD thesis, MIT",
    "Ph. D. diss., Harvard",
    "M.Sc. thesis",
    "Master's thesis",
    "Tesi di laurea",
    "Thèse de doctorat",
    "Tese – USP",
    "Habilitationsschrift",
    "Tech. Rep. 12",
    "Working Paper 3",
    "White paper",
    "Technical Note 7",
    "Bericht 4",
    "Memorandum RM-1",
    "Sous la direction de Pierre Nora",
    "Édité par Jean Dupont",
    "éd. par Jean Dupont",
    "Edición de Juan Pérez",
    "Ed. de Juan Pérez",
    "Org. por Maria Silva",
    "Curated by Anna Smith",
    "Compiled by Anna Smith",
    "Herausgegeben von Karl Marx",
    "Hg. v. Karl Marx",
    "Übersetzt von Karl Marx",
    "Traducción de Juan Pérez",
    "Tradução de Maria Silva",
    "3. Auflage",
    "4a edizione",
    "2a edição",
    "Revised edition",
)


def _guarded() -> list[tuple[str, Any, tuple[str, ...]]]:
    from citex.parse import imprint_patterns as pi
    from citex.parse import shapes, titles

    pairs = [
        ("series_name", pi.SERIES_NAME, shapes._SERIES_NEEDLES),
        ("thesis", pi.THESIS, (*shapes._THESIS_NEEDLES, "ph")),
        ("report", pi.REPORT, shapes._REPORT_NEEDLES),
    ]
    pairs += [
        (pat.pattern[:20], pat, needles) for pat, needles in titles._TITLE_STOPPERS if needles
    ]
    return pairs


@pytest.mark.parametrize(("name", "pattern", "needles"), _guarded())
def test_substring_guards_never_hide_a_match(
    name: str, pattern: Any, needles: tuple[str, ...]
) -> None:
    from citex.registry import PATTERN_EXAMPLES

    examples = next((ex for pat, ex, _ in PATTERN_EXAMPLES.values() if pat is pattern), ())
    matched = 0
    for text in (*examples, *_GUARD_TEXTS):
        m = pattern.search(text)
        if m:
            matched += 1
            assert any(needle in m.group().lower() for needle in needles), (name, text)
    assert matched


_TAIL_PIECES = st.sampled_from(
    [*"0123456789,). ;:(-–§áéIVXxivpS.", "pp. ", "ch. ", "chapter ", "ff.", "et seq", "«", "”"]
)


@given(st.text(max_size=40), st.lists(_TAIL_PIECES, max_size=25).map("".join))
def test_locator_tail_search_from_its_stretch_finds_the_same_match(head: str, tail: str) -> None:
    from citex.parse import patterns as p

    text = head + tail
    window = p.LOCATOR_TAIL.search(text, max(0, len(text) - 100))
    stretch = p.LOCATOR_TAIL_STRETCH.search(text)
    start = stretch.start() if stretch else len(text)
    narrowed = p.LOCATOR_TAIL.search(text, max(start, len(text) - 100))
    assert (window and window.span()) == (narrowed and narrowed.span())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Lenin, What Is To Be Done?, in Selected Works vol. 1 (Moscow: Progress "
            "Publishers, 1977), 119.",
            "chapter",
            id="volume-of-a-published-book",
        ),
        pytest.param(
            'J. Smith, "Title of it", in Journal of Things vol. 4 (1999), 12-19.',
            "article-journal",
            id="volume-of-a-journal",
        ),
    ],
)
def test_a_numbered_volume_with_a_publisher_is_a_book(text: str, expected: str) -> None:
    assert parse_reference(text).type == expected
