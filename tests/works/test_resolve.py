"""Resolution: Ibid. and short forms point back to exactly one earlier work, never forward."""

from __future__ import annotations

import importlib
from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.records import Citation, Date, Name, Note, Reference, Span
from citex.works import identity
from citex.works.identity import same_volume
from citex.works.resolve import resolve, works_of


def _keys(refs: Sequence[Reference]) -> tuple[str, ...]:
    """Stand-in citekeys: one per work, in order."""
    return tuple(f"w{i}" for i in range(len(refs)))


def _work(family: str, title: str, year: int = 2000, *, container: str | None = None) -> Reference:
    return Reference(
        author=[Name(family=family, given="A.")],
        title=title,
        container_title=container,
        issued=Date(year=year),
    )


def _full(note: int, ref: Reference) -> Citation:
    return Citation(
        kind="full",
        raw=ref.title or "",
        span=Span(start=note, end=note),
        section="note",
        note=note,
        reference=ref,
    )


def _cite(note: int, kind: str, raw: str) -> Citation:
    return Citation(kind=kind, raw=raw, span=Span(start=note, end=note), section="note", note=note)  # type: ignore[arg-type]


def _notes(count: int, *, restart_at: int | None = None) -> list[Note]:
    return [
        Note(
            label=str(i + 1),
            span=Span(start=i, end=i),
            text="",
            segments=(),
            article=int(restart_at is not None and i >= restart_at),
        )
        for i in range(count)
    ]


def _works(citations: Sequence[Citation]) -> list[str | None]:
    return [c.work for c in resolve(citations, notes=_notes(20), assign_citekeys=_keys)]


def test_short_form_and_ibid_resolve_to_the_full_reference() -> None:
    alexander = _work("Alexander", "The New Jim Crow", 2011)
    wilson = _work("Wilson", "When Work Disappears", 1997)
    cites = [
        _full(0, wilson),
        _full(1, alexander),
        _cite(2, "short", "Wilson, 37–41"),
        _cite(2, "short", "Alexander, 51"),
        _cite(3, "short", "Alexander, 218"),
        _cite(4, "ibid", "Ibid., 229"),
    ]
    assert _works(cites) == ["w0", "w1", "w0", "w1", "w1", "w1"]


def test_short_title_picks_one_of_two_works_by_the_same_author() -> None:
    cites = [
        _full(0, _work("Sassen", "The Mobility of Labor and Capital", 1988)),
        _full(1, _work("Sassen", "Globalization and its Discontents", 1998)),
        _cite(2, "short", "Sassen, Mobility, 22"),
        _cite(3, "short", "Sassen, 12"),
    ]
    resolved = resolve(cites, notes=_notes(5), assign_citekeys=_keys)
    assert [c.work for c in resolved] == ["w0", "w1", "w0", None]
    assert "2 earlier works match Sassen" in (resolved[3].unresolved or "")


def test_quoted_short_title_with_cit_matches_title_or_container() -> None:
    cites = [
        _full(0, _work("Serge", "Trente ans après la Révolution russe", 1947)),
        _full(0, _work("Serge", "Trent’anni dopo", 1997, container="Socialismo e totalitarismo")),
        _cite(1, "op-cit", "«Trente ans», cit., p. 162"),
        _cite(2, "short", "“Trente ans…”"),
        _cite(3, "op-cit", "«Moral and revolution» (in Socialismo e totalitarismo, cit.)"),
    ]
    assert _works(cites) == ["w0", "w1", "w0", "w0", "w1"]


def test_author_date_short_form_picks_the_year() -> None:
    cites = [
        _full(0, _work("Smith", "First", 2001)),
        _full(1, _work("Smith", "Second", 2005)),
        _cite(2, "short", "Smith 2005, 45"),
        _cite(3, "short", "Smith, 1999: 3"),
    ]
    resolved = resolve(cites, notes=_notes(4), assign_citekeys=_keys)
    assert [c.work for c in resolved] == ["w0", "w1", "w1", None]
    assert resolved[3].unresolved == "no earlier full reference matches Smith 1999"


@pytest.mark.parametrize(
    "short", ["Massey, Durand, and Malone, 45", "Massey et al., 45", "Durand and Malone, 3"]
)
def test_short_forms_naming_several_authors(short: str) -> None:
    work = Reference(
        author=[Name(family="Massey"), Name(family="Durand"), Name(family="Malone")],
        title="Beyond Smoke and Mirrors",
        issued=Date(year=2002),
    )
    assert _works([_full(0, work), _cite(1, "short", short)]) == ["w0", "w0"]


def test_misspelt_surname_resolves_only_when_unique() -> None:
    cites = [
        _full(0, _work("Grieg", "Mexican Places in Southern Spaces")),
        _cite(1, "short", "Greig, 62–63"),
    ]
    assert _works(cites) == ["w0", "w0"]


def test_two_authors_with_one_family_name_are_one_candidate() -> None:
    fields = Reference(
        author=[Name(family="Fields", given="Karen E."), Name(family="Fields", given="Barbara J.")],
        title="Racecraft",
        issued=Date(year=2014),
    )
    assert _works([_full(0, fields), _cite(1, "short", "Fields, 12")]) == ["w0", "w0"]


def test_same_author_as_previous_takes_the_authors_before() -> None:
    marx = _work("Marx", "Das Kapital", 1962)
    idem = Reference(
        title="Das Elend der Philosophie", issued=Date(year=1972), same_author_as_previous=True
    )
    resolved = resolve(
        [_full(0, marx), _full(1, idem), _cite(2, "short", "Marx, Das Elend, 4")],
        notes=_notes(3),
        assign_citekeys=_keys,
    )
    assert resolved[1].reference is not None and resolved[1].reference.author == marx.author
    assert [c.work for c in resolved] == ["w0", "w1", "w1"]


def test_ibid_after_unresolved_stays_unresolved() -> None:
    cites = [_cite(0, "short", "Nobody, 12"), _cite(1, "ibid", "Ibid., 3")]
    resolved = resolve(cites, notes=_notes(2), assign_citekeys=_keys)
    assert [c.work for c in resolved] == [None, None]
    assert resolved[0].unresolved == "no earlier full reference matches Nobody"
    assert resolved[1].unresolved == "the citation before Ibid. is itself unresolved"


def test_ibid_after_a_note_citing_two_works_is_ambiguous() -> None:
    cites = [
        _full(0, _work("Alpha", "First")),
        _full(0, _work("Beta", "Second")),
        _cite(1, "ibid", "Ibid."),
    ]
    resolved = resolve(cites, notes=_notes(2), assign_citekeys=_keys)
    assert resolved[2].work is None
    assert "cites 2 works" in (resolved[2].unresolved or "")


def test_ibid_first_is_unresolved() -> None:
    (citation,) = resolve([_cite(0, "ibid", "Ibid., 4")], notes=_notes(1), assign_citekeys=_keys)
    assert citation.work is None and citation.unresolved


def test_short_form_does_not_cross_an_article() -> None:
    cites = [
        _full(0, _work("Alexander", "The New Jim Crow")),
        _cite(3, "short", "Alexander, 5"),
        _cite(3, "ibid", "Ibid."),
    ]
    resolved = resolve(cites, notes=_notes(5, restart_at=2), assign_citekeys=_keys)
    assert [c.work for c in resolved] == ["w0", None, None]


def test_short_form_never_points_forward() -> None:
    cites = [_cite(0, "short", "Alexander, 5"), _full(1, _work("Alexander", "The New Jim Crow"))]
    assert _works(cites) == [None, "w0"]


def test_bibliography_entries_serve_every_note_wherever_printed() -> None:
    entry = Citation(
        kind="full",
        raw="Alexander",
        span=Span(start=90, end=99),
        section="bibliography",
        reference=_work("Alexander", "The New Jim Crow"),
    )
    cites = [_cite(0, "short", "Alexander, 5"), _cite(3, "short", "Alexander, 6"), entry]
    resolved = resolve(cites, notes=_notes(5, restart_at=2), assign_citekeys=_keys)
    assert [c.work for c in resolved] == ["w0", "w0", "w0"]


def test_works_cited_twice_in_full_are_one_work() -> None:
    first = Reference(
        author=[Name(family="Massey", given="D. S.")], title="Conclusion", issued=Date(year=2008)
    )
    again = Reference(
        author=[Name(family="Massey", given="Douglas")], title="Conclusion.", issued=Date(year=2008)
    )
    assert same_volume(first, again)
    resolved = resolve([_full(0, first), _full(5, again)], notes=_notes(6), assign_citekeys=_keys)
    assert [c.work for c in resolved] == ["w0", "w0"]
    assert resolved[1].reference is not None and resolved[1].reference.id == "w0"


def test_untitled_references_are_the_same_work_only_with_the_same_text() -> None:
    assert not same_volume(Reference(raw="http://a.org/"), Reference(raw="http://b.org/"))
    assert same_volume(Reference(raw="http://a.org/"), Reference(raw="http://a.org/"))


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        pytest.param(
            "Settlers: The Mythology of the White Proletariat",
            "Settlers: The Mythology of the White Proletariat from Mayflower to Modern",
            True,
            id="title-and-longer-title",
        ),
        pytest.param(
            "*Black Bolshevik*",
            "Black Bolshevik: Autobiography of an Afro-American",
            True,
            id="markup-and-subtitle",
        ),
        pytest.param("Capital", "Capital Accumulation", False, id="one-word-prefix"),
        pytest.param("The New Jim Crow", "New Jim Crow", True, id="leading-article"),
        pytest.param("Limits to Capital", "Spaces of Capital", False, id="different"),
    ],
)
def test_same_work_by_title(first: str, second: str, same: bool) -> None:
    assert same_volume(_work("Smith", first, 2014), _work("Smith", second, 2014)) is same


def test_a_work_is_described_by_its_fullest_record() -> None:
    short = _work("Sakai", "Settlers: The Mythology", 2014)
    entry = Citation(
        kind="full",
        raw="Sakai, J. 2014. Settlers: The Mythology of the White Proletariat.",
        span=Span(start=50, end=60),
        section="bibliography",
        reference=_work("Sakai", "Settlers: The Mythology of the White Proletariat", 2014),
    )
    resolved = resolve([_full(0, short), entry], notes=_notes(1), assign_citekeys=_keys)
    assert [c.work for c in resolved] == ["w0", "w0"]
    works = {c.reference.title for c in resolved if c.reference}
    assert works == {"Settlers: The Mythology", "Settlers: The Mythology of the White Proletariat"}
    (work,) = works_of(resolved)
    assert (work.id, work.title) == ("w0", "Settlers: The Mythology of the White Proletariat")


def test_same_title_other_year_or_volume_is_another_work() -> None:
    assert not same_volume(_work("Marx", "Capital", 1976), _work("Marx", "Capital", 1978))
    one = Reference(
        author=[Name(family="Marx")], title="Capital", volume="1", issued=Date(year=1976)
    )
    two = Reference(
        author=[Name(family="Marx")], title="Capital", volume="2", issued=Date(year=1976)
    )
    assert not same_volume(one, two)


# -- property tests: generated documents -------------------------------------------------

_SURNAMES = ["Alexander", "Wilson", "Harvey", "Sassen", "Massey", "Ehrenhalt", "Solnit", "Smith"]


@st.composite
def _documents(draw: st.DrawFn) -> tuple[list[Citation], list[str | None]]:
    """Notes citing works in full, short and ibid forms, with the work each one must get."""
    authors = draw(st.lists(st.sampled_from(_SURNAMES), min_size=1, max_size=5, unique=True))
    works = {a: _work(a, f"Book by {a}", 1990 + i) for i, a in enumerate(authors)}
    cites: list[Citation] = []
    expected: list[str | None] = []
    cited: set[str] = set()
    order: list[str] = []
    last: str | None = None
    for note in range(draw(st.integers(1, 25))):
        kind = draw(st.sampled_from(["full", "short", "ibid"]))
        author = draw(st.sampled_from(authors))
        if kind == "full" or author not in cited:
            if author not in order:
                order.append(author)
            cites.append(_full(note, works[author]))
            cited.add(author)
            last = author
        elif kind == "short":
            cites.append(_cite(note, "short", f"{author}, {note + 10}"))
            last = author
        else:
            cites.append(_cite(note, "ibid", f"Ibid., {note}"))
        expected.append(last)
    remap = {a: f"w{i}" for i, a in enumerate(order)}
    return cites, [remap[a] if a else None for a in expected]


@given(_documents())
def test_generated_documents_resolve_to_the_right_works(
    doc: tuple[list[Citation], list[str | None]],
) -> None:
    cites, expected = doc
    resolved = resolve(cites, notes=_notes(25), assign_citekeys=_keys)
    assert [c.work for c in resolved] == expected


@given(_documents())
def test_resolution_never_points_forward(doc: tuple[list[Citation], list[str | None]]) -> None:
    cites, _ = doc
    resolved = resolve(cites, notes=_notes(25), assign_citekeys=_keys)
    first_full: dict[str, int] = {}
    for i, c in enumerate(resolved):
        if c.kind == "full" and c.work:
            first_full.setdefault(c.work, i)
    for i, c in enumerate(resolved):
        if c.work is not None:
            assert first_full[c.work] <= i


@given(_documents())
def test_a_works_citations_all_point_to_it(doc: tuple[list[Citation], list[str | None]]) -> None:
    cites, _ = doc
    resolved = resolve(cites, notes=_notes(25), assign_citekeys=_keys)
    for c in resolved:
        if c.kind == "full":
            assert c.reference is not None and c.reference.id == c.work
        assert (c.work is None) != (c.unresolved is None)


@pytest.mark.parametrize("kind", ["short", "op-cit"])
def test_unreadable_short_form_says_why(kind: str) -> None:
    (citation,) = resolve([_cite(0, kind, "12, 13")], notes=_notes(1), assign_citekeys=_keys)
    assert citation.unresolved and "cannot read" in citation.unresolved


def test_grouping_one_authors_works_of_one_year_is_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 15 D3: 400 works by one author in one year are not compared pairwise."""
    module = importlib.import_module("citex.works.identity")
    compare = module.compare
    calls = 0

    def counted(a: identity.WorkKey, b: identity.WorkKey) -> identity.Level:
        nonlocal calls
        calls += 1
        return compare(a, b)

    monkeypatch.setattr(module, "compare", counted)
    titles = [f"Report number {i} on the harbour" for i in range(400)]
    citations = [_full(i, _work("Smith", title, 1990)) for i, title in enumerate(titles)]
    citations += [_full(400, _work("Smith", "Report number 7 on the harbour", 1990))]
    citations += [_full(401, _work("Smith", "Report number 9", 1990))]  # a title cut short
    resolved = resolve(citations)
    assert len({c.work for c in resolved}) == 400
    assert resolved[400].work == resolved[7].work
    assert resolved[401].work == resolved[9].work
    assert calls <= 2 * len(citations)
