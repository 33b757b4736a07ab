"""Corpus-level merging: the same work written differently becomes one entry."""

from __future__ import annotations

import pickle

import attrs
import pytest

from citex.corpus.bibliography import (
    Bibliography,
    build_bibliography,
    digest_document,
    pack_digest,
)
from citex.pipeline import extract
from citex.records import Citation, Date, Document, Name, Reference, Span
from citex.works.identity import same_edition, same_work


def key_stem(ref: Reference) -> str:
    """A simple citekey stem for tests that must not depend on citex.works.keys."""
    family = (ref.author[0].family or "anon").lower() if ref.author else "anon"
    year = ref.issued.year if ref.issued and ref.issued.year else ""
    return f"{family}{year}{(ref.title or 'untitled').split()[0].lower()}"


def document(title: str, *works: Reference, cites: tuple[str, ...] = ()) -> Document:
    """A document citing ``works`` (ids w0, w1...), each once, plus extra ``cites`` by id."""
    works = tuple(attrs.evolve(ref, id=f"w{i}") for i, ref in enumerate(works))
    ids = [w.id for w in works] + list(cites)
    citations = [
        Citation(kind="full", raw="x", span=Span(start=0, end=1), section="note", work=i)
        for i in ids
    ]
    return Document(self_record=Reference(title=title), works=works, citations=citations)


LENIN_SELECTED = Reference(
    type="chapter",
    author=[Name(family="Lenin")],
    title="What Is To Be Done?",
    container_title="Selected Works",
    volume="1",
    publisher="Progress Publishers",
    publisher_place="Moscow",
    issued=Date(year=1977),
)
LENIN_SHORT = Reference(
    type="book",
    author=[Name(family="Lenin", given="V. I.")],
    title="What Is to Be Done?",
    issued=Date(year=1902),
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(LENIN_SELECTED, LENIN_SHORT, id="lenin-issue-example"),
        pytest.param(
            Reference(
                author=[Name(family="Serge", given="Victor")], title="Memoirs of a Revolutionary"
            ),
            Reference(
                author=[Name(family="Serge", given="V.")], title="Memoirs of a revolutionary"
            ),
            id="abbreviated-given-name",
        ),
        pytest.param(
            Reference(author=[Name(family="Serge")], title="Memoirs of a Revolutionary: 1901–1941"),
            Reference(author=[Name(family="Serge")], title="Memoirs of a Revolutionary"),
            id="with-and-without-subtitle",
        ),
        pytest.param(
            Reference(author=[Name(family="Trotsky")], title="The Revolution Betrayed"),
            Reference(author=[Name(family="Trotsky")], title="Revolution betrayed."),
            id="article-and-punctuation",
        ),
    ],
)
def test_same_work_is_one_entry(a: Reference, b: Reference) -> None:
    entries = build_bibliography(
        [("a.txt", document("A", a)), ("b.txt", document("B", b))], citekey_base=key_stem
    )
    (merged,) = [e for e in entries if not e.documents]
    assert merged.cited_by == (("a.txt", 1), ("b.txt", 1))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(
            Reference(author=[Name(family="Serge", given="Victor")], title="Memoirs"),
            Reference(author=[Name(family="Serge", given="Ralph")], title="Memoirs"),
            id="different-given-names",
        ),
        pytest.param(
            Reference(author=[Name(family="Serge")], title="Memoirs of a Revolutionary"),
            Reference(author=[Name(family="Serge")], title="Memoirs of a Bolshevik"),
            id="different-titles",
        ),
    ],
)
def test_different_works_stay_apart(a: Reference, b: Reference) -> None:
    assert not same_work(a, b)


def test_editions_are_separate_and_linked() -> None:
    first = Reference(
        author=[Name(family="Serge")],
        title="Mémoires d’un révolutionnaire",
        publisher="Seuil",
        issued=Date(year=1951),
    )
    later = Reference(
        author=[Name(family="Serge")],
        title="Memoires d'un revolutionnaire",
        publisher="Robert Laffont",
        issued=Date(year=2001),
    )
    translation = Reference(author=[Name(family="Serge")], title="Memorie di un rivoluzionario")
    with_translation = attrs.evolve(first, related=(translation,))
    assert same_work(first, later) and not same_edition(first, later)
    entries = build_bibliography(
        [("a.txt", document("A", with_translation)), ("b.txt", document("B", later))],
        citekey_base=key_stem,
    )
    by_title = {e.reference.title: e for e in entries}
    original = by_title["Mémoires d’un révolutionnaire"]
    assert set(original.related) == {
        by_title["Memoires d'un revolutionnaire"].key,
        by_title["Memorie di un rivoluzionario"].key,
    }
    assert by_title["Memoires d'un revolutionnaire"].related == (original.key,)


def test_counts_and_self_records() -> None:
    entries = build_bibliography(
        [("a.txt", document("Essay A", LENIN_SHORT, cites=("w0", "w0")))], citekey_base=key_stem
    )
    assert [(e.reference.title, e.cited_by, e.documents) for e in entries] == [
        ("Essay A", (), ("a.txt",)),
        ("What Is to Be Done?", (("a.txt", 3),), ()),
    ]


def test_representative_is_the_richest_record_whatever_the_order() -> None:
    docs = [("a.txt", document("A", LENIN_SHORT)), ("b.txt", document("B", LENIN_SELECTED))]
    forward = build_bibliography(docs, citekey_base=key_stem)
    backward = build_bibliography(docs[::-1], citekey_base=key_stem)
    assert forward == backward
    assert [e.reference.publisher for e in forward if not e.documents] == ["Progress Publishers"]


def test_citekeys_stable_when_unrelated_document_added() -> None:
    twin = Reference(
        author=[Name(family="Lenin")],
        title="What the Friends of the People Are",
        issued=Date(year=1977),
    )
    docs = [("a.txt", document("A", LENIN_SELECTED, twin))]
    before = {e.reference.title: e.key for e in build_bibliography(docs, citekey_base=key_stem)}
    unrelated = Reference(author=[Name(family="Damen")], title="Russia We Love")
    docs.insert(0, ("0.txt", document("Zero", unrelated)))
    after = {e.reference.title: e.key for e in build_bibliography(docs, citekey_base=key_stem)}
    assert before.items() <= after.items()
    assert before["What Is To Be Done?"] != before["What the Friends of the People Are"]


def test_unparsed_references_merge_only_when_identical() -> None:
    raw_a = Reference(raw="Archivio centrale, busta 12.")
    raw_b = Reference(raw="Archivio  centrale, busta 12")
    raw_c = Reference(raw="Archivio centrale, busta 13.")
    entries = build_bibliography(
        [("a.txt", document("A", raw_a, raw_c)), ("b.txt", document("B", raw_b))],
        citekey_base=key_stem,
    )
    assert sorted(len(e.cited_by) for e in entries if not e.documents) == [1, 2]


def test_suffixed_key_never_takes_another_works_key() -> None:
    works = [
        Reference(author=[Name(family="Lenin")], title=title, issued=Date(year=1977))
        for title in ("What Is To Be Done?", "What the Friends of the People Are", "Whata Book")
    ]
    entries = build_bibliography([("a.txt", document("A", *works))], citekey_base=key_stem)
    keys = {e.reference.title: e.key for e in entries if not e.documents}
    assert keys == {
        "Whata Book": "lenin1977whata",
        "What Is To Be Done?": "lenin1977whatb",
        "What the Friends of the People Are": "lenin1977whatc",
    }


def test_edited_volumes_match_by_editor() -> None:
    a = Reference(
        editor=[Name(family="Wolfe", given="Bertram D.")], title="Three Who Made a Revolution"
    )
    b = Reference(editor=[Name(family="Wolfe", given="B.")], title="Three who made a revolution.")
    c = Reference(editor=[Name(family="Deutscher")], title="Three Who Made a Revolution")
    assert same_work(a, b) and not same_work(a, c)


def test_a_linked_translation_that_is_a_work_of_its_own_is_counted_once() -> None:
    original = Reference(id="w0", author=[Name(family="Serge")], title="Les anarchistes")
    translation = Reference(id="w1", title="Gli anarchici", related=(original,))
    linked = attrs.evolve(original, related=(translation,))
    doc = Document(
        works=(linked, attrs.evolve(translation, related=(original,))),
        citations=tuple(
            Citation(
                kind="full", raw=w.title or "", span=Span(start=0, end=1), section="note", work=w.id
            )
            for w in (original, translation)
        ),
    )
    entries = build_bibliography([("a.txt", doc)], citekey_base=key_stem)
    by_title = {e.reference.title: e for e in entries}
    assert by_title["Les anarchistes"].cited_by == (("a.txt", 1),)
    assert by_title["Gli anarchici"].cited_by == (("a.txt", 1),)
    assert by_title["Les anarchistes"].related == (by_title["Gli anarchici"].key,)


def test_merging_packed_digests_never_unpickles_a_record() -> None:
    # Workers pack digests; the parent must merge them by keys alone (its CPU bounds --jobs).
    untitled = Document(works=(attrs.evolve(LENIN_SELECTED, id="w0"),))
    packed = pack_digest(digest_document("texts/essay.txt", untitled))
    assert pickle.loads(packed[1][0]) == Reference(title="essay.txt")  # titled by its file
    opaque = (b"not a pickle", *packed[2][0][1:])
    bibliography = Bibliography()
    for name in ("a.txt", "b.txt"):
        bibliography.add_packed((name, packed[1], (opaque,), *packed[3:]))
    assert len(bibliography) == 2 and bibliography.stats()["documents"] == 2
    bibliography.close()


CAPITAL_NOTES = (
    "The commodity form is analysed at length.1 Circulation is treated later.2\n\n"
    "Notes\n\n"
    "1. Karl Marx, Capital, vol. 1 (London: Penguin, 1976), 125.\n"
    "2. Karl Marx, Capital, vol. 2 (London: Penguin, 1976), 109.\n"
)


def test_volumes_of_one_work_are_two_entries_linked() -> None:
    # issue 9: extract() gave two works, the corpus one ("vol. 1, cited 2 times").
    document = extract(CAPITAL_NOTES)
    assert sorted(w.volume or "" for w in document.works) == ["1", "2"]
    entries = [e for e in build_bibliography([("capital.txt", document)]) if not e.documents]
    assert sorted((e.reference.volume, e.cited_by) for e in entries) == [
        ("1", (("capital.txt", 1),)),
        ("2", (("capital.txt", 1),)),
    ]
    one, two = entries
    assert one.related == (two.key,) and two.related == (one.key,)


def test_doi_and_isbn_merge_what_titles_would_not() -> None:
    by_doi = Reference(author=[Name(family="Marx")], title="Das Kapital", doi="10.1000/182")
    also = Reference(author=[Name(family="Marx")], title="Capital", doi="10.1000/182")
    by_isbn = Reference(title="How it Works", isbn="978-0-7614-7314-5")
    misparsed = Reference(author=[Name(literal="Technology")], title="Verlag", isbn="0761473149")
    entries = build_bibliography(
        [("a.txt", document("A", by_doi, by_isbn)), ("b.txt", document("B", also, misparsed))],
        citekey_base=key_stem,
    )
    assert sorted(len(e.cited_by) for e in entries if not e.documents) == [2, 2]


def _sqlite_steps(works: int) -> int:
    """SQLite VM steps (in thousands) to merge ``works`` works of one author and title word."""
    docs = [
        document(
            "A",
            *(
                Reference(
                    author=[Name(family="Smith", given="John")],
                    title=f"The History of Work Number {n}",
                    issued=Date(year=1900 + n % 120),
                )
                for n in range(start, start + 20)
            ),
        )
        for start in range(0, works, 20)
    ]
    bibliography = Bibliography()
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    bibliography._db.set_progress_handler(count, 1000)
    for i, doc in enumerate(docs):
        bibliography.add(digest_document(f"{i}.txt", doc))
    bibliography.close()
    return steps[0]


def test_merging_works_that_share_a_block_is_linear() -> None:
    # D22: every work was compared, in SQL, with every earlier one of its block.
    small, large = _sqlite_steps(400), _sqlite_steps(1600)
    assert large < 6 * small  # linear: 4 times; quadratic: 16 times
