"""BibTeX export and import: escaped, balanced, parseable, and honest about bad input."""

from __future__ import annotations

import attrs
import bibtexparser
import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.formats.bibtex import (
    escape_latex,
    format_name,
    parse_name,
    read_bibtex,
    to_bibtex,
    unlatex,
)
from citex.formats.csl import is_unparsed
from citex.formats.patterns import BIBTEX_WHITESPACE
from citex.records import Date, Locator, Name, Reference, Span
from citex.works.keys import assign_citekeys
from strategies import LATEX_SPECIALS, references

NEW_JIM_CROW = Reference(
    type="book",
    author=[Name(family="Alexander", given="Michelle")],
    title="The New Jim Crow: Mass Incarceration in the Age of Colorblindness",
    publisher="The New Press",
    publisher_place="New York",
    issued=Date(year=2010),
    isbn="9781595581037",
)


def test_book_fields() -> None:
    text = to_bibtex([NEW_JIM_CROW])
    assert text.startswith("@book{alexander2010newjimcrow,\n")
    assert "  author = {Alexander, Michelle},\n" in text
    assert "  address = {New York},\n" in text
    assert "  year = {2010},\n" in text


@pytest.mark.parametrize(
    ("ref", "entry_type", "fields"),
    [
        pytest.param(
            Reference(
                type="article-journal",
                title="T",
                container_title="Kites",
                issue="4",
                page="16–17",
                volume="2",
            ),
            "article",
            {"journal": "Kites", "number": "4", "pages": "16--17", "volume": "2"},
            id="article",
        ),
        pytest.param(
            Reference(type="article-newspaper", title="T", container_title="Le Monde"),
            "article",
            {"journal": "Le Monde", "entrysubtype": "newspaper"},
            id="newspaper-subtype",
        ),
        pytest.param(
            Reference(type="chapter", title="T", container_title="B", editor=[Name(family="E")]),
            "incollection",
            {"booktitle": "B", "editor": "E, {}"},
            id="incollection",
        ),
        pytest.param(
            Reference(type="chapter", title="T", container_title="B"),
            "inbook",
            {"booktitle": "B"},
            id="inbook",
        ),
        pytest.param(
            Reference(type="thesis", title="T", publisher="EHESS", genre="PhD diss."),
            "phdthesis",
            {"school": "EHESS", "type": "PhD diss."},
            id="phdthesis",
        ),
        pytest.param(
            Reference(type="thesis", title="T", genre="Master's thesis"),
            "mastersthesis",
            {"type": "Master's thesis"},
            id="mastersthesis",
        ),
        pytest.param(
            Reference(type="report", title="T", publisher="ILO", number="12"),
            "techreport",
            {"institution": "ILO", "number": "12"},
            id="techreport",
        ),
        pytest.param(
            Reference(
                type="webpage",
                title="T",
                url="https://libcom.org/a_b%20c",
                accessed=Date(year=2024, month=3, day=9),
            ),
            "online",
            {"url": "https://libcom.org/a_b%20c", "urldate": "2024-03-09"},
            id="online-verbatim-url",
        ),
        pytest.param(
            Reference(type="song", title="T", issued=Date(year=1936, month=7, day=19)),
            "misc",
            {"year": "1936", "month": "7", "date": "1936-07-19"},
            id="misc-full-date",
        ),
        pytest.param(
            Reference(raw="Cfr. Ibid., passim & altrove"),
            "misc",
            {"note": r"Cfr. Ibid., passim \& altrove"},
            id="unparsed-raw-as-note",
        ),
    ],
)
def test_entry_types_and_fields(ref: Reference, entry_type: str, fields: dict[str, str]) -> None:
    [entry] = bibtexparser.parse_string(to_bibtex([ref])).entries
    assert entry.entry_type == entry_type
    assert {key: entry[key] for key in fields} == fields


@pytest.mark.parametrize(
    ("name", "bibtex"),
    [
        pytest.param(Name(family="Serge", given="Victor"), "Serge, Victor", id="person"),
        pytest.param(
            Name(family="Gaulle", particle="de", given="Charles"),
            "de Gaulle, Charles",
            id="particle",
        ),
        pytest.param(
            Name(family="King", given="Martin Luther", suffix="Jr."),
            "King, Jr., Martin Luther",
            id="suffix",
        ),
        pytest.param(Name(family="hooks", given="bell"), "{hooks}, bell", id="lowercase-family"),
        pytest.param(
            Name(family="Oliveira e Silva", given="Ana"),
            "{Oliveira e Silva}, Ana",
            id="multiword-family",
        ),
        pytest.param(
            Name(literal="Partito Comunista d'Italia"),
            "{Partito Comunista d'Italia}",
            id="corporate",
        ),
        pytest.param(Name(family="Marx"), "Marx, {}", id="family-only"),
        pytest.param(
            Name(family="Smith", given="Anna and Bob"), "Smith, {Anna and Bob}", id="and-in-given"
        ),
    ],
)
def test_names_format_and_parse_back(name: Name, bibtex: str) -> None:
    assert format_name(name) == bibtex
    assert parse_name(bibtex) == name


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        pytest.param(r"{\"U}ber die {S}tra{\ss}e", "Über die Straße", id="accents-ss"),
        pytest.param(r"Fran\c{c}ois \'Emile \v{S}koda", "François Émile Škoda", id="cedilla-caron"),
        pytest.param(r"Pe\~{n}a y Lillo \`a l'{\'e}cole", "Peña y Lillo à l'école", id="tilde"),
        pytest.param(r"1914--1918 --- a~b", "1914–1918 — a\u00a0b", id="dashes-tie"),
        pytest.param(r"\emph{Capital}, \textit{vol.} 1", "Capital, vol. 1", id="emphasis"),
        pytest.param(r"50\% \& \$5 \_x \{y\}", "50% & $5 _x {y}", id="escapes"),
        pytest.param("wrapped\n   value", "wrapped value", id="line-wrap"),
        pytest.param(r"\unknownmacro stays", r"\unknownmacro stays", id="unknown-macro"),
    ],
)
def test_unlatex_reads_real_world_latex(latex: str, text: str) -> None:
    assert unlatex(latex) == text


@given(st.text(st.sampled_from(LATEX_SPECIALS + "ab -'\"`"), max_size=30))
def test_escape_is_balanced_and_inverted(text: str) -> None:
    escaped = escape_latex(text)
    depth = 0
    for index, char in enumerate(escaped):
        if char in "{}" and escaped[index - 1 : index] != "\\":
            depth += 1 if char == "{" else -1
            assert depth >= 0
    assert depth == 0
    assert unlatex(escaped) == BIBTEX_WHITESPACE.sub(" ", text).strip(" ")


def test_real_bib_with_a_broken_entry_loads_the_good_ones() -> None:
    text = """@string{nlr = {New Left Review}}

@article{good1,
  author = {M{\\"u}ller, J{\\"o}rg and van der Linden, Marcel},
  title = {{Workers} of the World},
  journaltitle = nlr,
  year = 2003, month = jan,
  pages = {1--20},
  abstract = {ignored},
}

@book{broken,
  title = {Unclosed {brace,
  year = {1999}

@book{good2, title = "Quoted", date = {2012-01-16}, location = {Milano}}
"""
    result = read_bibtex(text)
    assert [ref.id for ref in result.references] == ["good1", "good2"]
    first, second = result.references
    assert first.author == (
        Name(family="Müller", given="Jörg"),
        Name(family="Linden", particle="van der", given="Marcel"),
    )
    assert first.container_title == "New Left Review"
    assert first.issued == Date(year=2003, month=1)
    assert first.page == "1-20"
    assert second.issued == Date(year=2012, month=1, day=16)
    assert second.publisher_place == "Milano"
    [problem] = result.problems
    assert problem.entry == "broken"
    assert problem.line == 12
    assert "entry 'broken' at line 12" in str(problem)
    assert result.ignored_fields == ("abstract",)


def test_empty_input_reads_as_nothing_and_writes_as_nothing() -> None:
    assert read_bibtex("% only a comment\n").references == ()
    assert to_bibtex([]) == ""


def bibtex_projection(ref: Reference, key: str) -> Reference:
    """What BibTeX keeps of ``ref`` (the lossy mappings of docs/bibtex-csl-mapping.md)."""

    def date(value: Date | None) -> Date | None:
        if value is None or value.year is None:
            return value and Date(raw=value.raw)
        return Date(year=value.year, month=value.month, day=value.day)

    note = ref.raw if ref.note is None and is_unparsed(ref) else ref.note
    return attrs.evolve(
        ref,
        id=key,
        issued=date(ref.issued),
        original_date=date(ref.original_date),
        accessed=date(ref.accessed),
        note=note,
        locator=None,
        same_author_as_previous=False,
        related=(),
        raw=None,
        span=None,
        confidence=1.0,
    )


@given(st.lists(references(), max_size=5))
def test_export_parses_back_with_no_failed_blocks_and_equal_fields(refs: list[Reference]) -> None:
    text = to_bibtex(refs)
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    assert len(library.entries) == len(refs)
    result = read_bibtex(text)
    assert result.problems == ()
    keys = assign_citekeys(refs, keep_ids=True)
    expected = tuple(bibtex_projection(ref, key) for ref, key in zip(refs, keys, strict=True))
    assert result.references == expected


@given(st.lists(references(), max_size=5), st.randoms(use_true_random=False))
def test_sorted_output_is_independent_of_input_order(refs: list[Reference], rnd) -> None:
    shuffled = list(refs)
    rnd.shuffle(shuffled)
    assert to_bibtex(shuffled, sort_by_key=True) == to_bibtex(refs, sort_by_key=True)


def test_citex_only_fields_are_dropped_not_written() -> None:
    ref = attrs.evolve(
        NEW_JIM_CROW,
        locator=Locator(label="page", value="218"),
        span=Span(start=0, end=5),
        raw="Alexander, New Jim Crow",
        confidence=0.5,
    )
    assert to_bibtex([ref]) == to_bibtex([NEW_JIM_CROW])


@pytest.mark.parametrize(
    "hostile",
    [
        pytest.param("\\'{" * 50_000, id="unclosed-accent-arguments"),
        pytest.param("{" * 50_000 + "x" + "}" * 50_000, id="deep-nesting"),
        pytest.param("\\'{" * 30_000 + "e" + "}" * 30_000, id="nested-accents"),
        pytest.param("\\" * 50_001, id="backslashes"),
    ],
)
def test_unlatex_survives_pathological_input(hostile: str) -> None:
    assert isinstance(unlatex(hostile), str)


def test_enormous_value_round_trips() -> None:
    ref = Reference(title="Á{}%&$ " * 20_000, issued=Date(year=1999))
    [back] = read_bibtex(to_bibtex([ref])).references
    assert back.title == ref.title.strip()


def test_number_of_volumes_is_written_as_volumes_and_read_back() -> None:
    ref = Reference(id="zanetti1799", type="book", title="Delle monete", number_of_volumes="2")
    text = to_bibtex([ref])
    assert "volumes = {2}" in text
    assert read_bibtex(text).references == (ref,)


@pytest.mark.parametrize(
    ("csl_type", "entry_type"), [("legal_case", "jurisdiction"), ("legislation", "legislation")]
)
def test_legal_types_use_biblatex_entry_types(csl_type: str, entry_type: str) -> None:
    ref = Reference(id="bverfge88", type=csl_type, container_title="BVerfGE", volume="88")
    text = to_bibtex([ref])
    assert text.startswith(f"@{entry_type}{{bverfge88,")
    assert read_bibtex(text).references[0].type == csl_type


@given(st.integers(1, 99).map(str), st.sampled_from(["book", "legal_case", "legislation"]))
def test_number_of_volumes_round_trips(count: str, csl_type: str) -> None:
    ref = Reference(id="k", type=csl_type, title="T", number_of_volumes=count)
    assert read_bibtex(to_bibtex([ref])).references == (ref,)
