"""Running extraction over many files: order, cache, bad files, engines, atomic output."""

from __future__ import annotations

import json
import os
from pathlib import Path

import bibtexparser
import pytest

from citex.corpus import run as corpus
from citex.corpus.bibliography import Bibliography
from citex.formats.bibtex import unlatex
from citex.records import Citation, Date, Document, Locator, Name, Note, Reference, Span
from citex.sources import Source
from csl_schema import assert_valid_csl

CALLS: list[str] = []


def fake_extract(source: Source) -> Document:
    """Build a Document from a JSON description, so corpus tests need no real pipeline."""
    text = source.text
    CALLS.append(text)
    if text.startswith("crash"):
        raise IndexError("no such group")
    data = json.loads(text)
    works = [
        Reference(
            id=f"w{i}",
            author=[Name(family=w["family"], given=w.get("given"))],
            title=w["title"],
            issued=Date(year=w["year"]) if "year" in w else None,
        )
        for i, w in enumerate(data["works"])
    ]
    notes = [
        Note(label=str(n + 1), span=Span(start=0, end=1), text="", segments=[Span(start=0, end=1)])
        for n in range(len(data["cites"]))
    ]
    citations = [
        Citation(
            kind="full",
            raw="",
            span=Span(start=0, end=1),
            section="note",
            note=n,
            locator=Locator(label="page", value=page) if page else None,
            work=None if work is None else f"w{work}",
        )
        for n, (work, page) in enumerate(data["cites"])
    ]
    return Document(
        self_record=Reference(title=data["title"]), works=works, notes=notes, citations=citations
    )


def key_stem(ref: Reference) -> str:
    """A simple citekey stem for tests that must not depend on citex.works.keys."""
    family = ref.author[0].family.lower() if ref.author and ref.author[0].family else "anon"
    return f"{family}{(ref.title or 'x').split()[0].lower()}"


SERGE = {"family": "Serge", "given": "Victor", "title": "Memoirs of a Revolutionary", "year": 1951}
SERGE_SHORT = {"family": "Serge", "given": "V.", "title": "Memoirs of a revolutionary: 1901-1941"}
LENIN = {"family": "Lenin", "given": "V. I.", "title": "What Is to Be Done?", "year": 1902}


def write_doc(path: Path, title: str, works: list[dict], cites: list[list]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"title": title, "works": works, "cites": cites}))


@pytest.fixture
def texts(tmp_path: Path) -> Path:
    root = tmp_path / "texts"
    write_doc(root / "a.txt", "Essay A", [SERGE, LENIN], [[0, "12"], [1, None], [0, "13"]])
    write_doc(root / "sub" / "b.md", "Essay B", [SERGE_SHORT], [[0, "7"], [None, "9"]])
    write_doc(root / "ignored.log", "Not taken", [LENIN], [])
    return root


def collect(root: Path, **options: object) -> tuple[list[object], list[corpus.Skipped], bytes]:
    """Entries, skipped files, and the bytes of the BibTeX, CSL-JSON and CSV written."""
    options = {"extract": fake_extract, "citekey_base": key_stem, "jobs": 1, **options}
    with corpus.collect_corpus([root], **options) as (bibliography, skipped):  # type: ignore[arg-type]
        out = root.parent / "out"
        out.mkdir(exist_ok=True)
        corpus.write_bibliography(bibliography, out / "corpus.bib", format="bibtex")
        corpus.write_bibliography(bibliography, out / "corpus.json", format="csl-json")
        corpus.write_citations(bibliography, out / "citations.csv")
        written = b"".join((out / name).read_bytes() for name in sorted(os.listdir(out)))
        return list(bibliography.entries()), skipped, written


def written_csv(root: Path) -> list[str]:
    """The lines of the citations table the last :func:`collect` wrote."""
    return (root.parent / "out" / "citations.csv").read_text().splitlines()


def test_merges_across_documents_and_writes_citations(texts: Path) -> None:
    entries, skipped, _ = collect(texts)
    assert skipped == []
    serge = next(e for e in entries if e.key == "sergememoirs")
    assert serge.cited_by == ((f"{texts.as_posix()}/a.txt", 2), (f"{texts.as_posix()}/sub/b.md", 1))
    assert len(entries) == 4  # two works, two self-records
    assert written_csv(texts) == [
        "document,note,locator,work",
        f"{texts.as_posix()}/a.txt,1,page 12,sergememoirs",
        f"{texts.as_posix()}/a.txt,2,,leninwhat",
        f"{texts.as_posix()}/a.txt,3,page 13,sergememoirs",
        f"{texts.as_posix()}/sub/b.md,1,page 7,sergememoirs",
        f"{texts.as_posix()}/sub/b.md,2,page 9,",
    ]


def test_process_pool_gives_the_same_result(texts: Path) -> None:
    assert collect(texts, jobs=2) == collect(texts, jobs=1)


def test_cache_re_extracts_only_changed_files(texts: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    CALLS.clear()
    first = collect(texts, cache_dir=cache)
    assert len(CALLS) == 2
    CALLS.clear()
    assert collect(texts, cache_dir=cache) == first
    assert CALLS == []
    write_doc(texts / "a.txt", "Essay A, revised", [LENIN], [[0, "1"]])
    collect(texts, cache_dir=cache)
    assert len(CALLS) == 1 and "revised" in CALLS[0]


def test_bad_files_are_skipped_with_a_reason(texts: Path) -> None:
    (texts / "binary.txt").write_bytes(b"PK\x03\x04\x00\x00")
    (texts / "undecodable.txt").write_bytes(b"caf\xc3 \x81\x8d")
    (texts / "dangling.txt").symlink_to(texts / "missing")
    (texts / "huge.txt").write_text("x" * 5000)
    (texts / "crash.txt").write_text("crash the extractor")
    entries, skipped, _ = collect(texts, max_bytes=4000)
    kinds = {Path(s.name).name: s.kind for s in skipped}
    assert kinds == {
        "crash.txt": "failed",
        "binary.txt": "not text",
        "dangling.txt": "unreadable",
        "huge.txt": "enormous",
        "undecodable.txt": "not text",
    }
    assert (
        corpus.summarise_skips(skipped)
        == "5 files skipped (2 not text, 1 failed, 1 unreadable, 1 enormous)"
    )
    assert len(entries) == 4


def test_dask_engine_matches_local(texts: Path) -> None:
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        assert collect(texts, engine="dask", scheduler=client) == collect(texts)


def test_exports_are_valid_bibtex_and_csl(texts: Path) -> None:
    collect(texts)
    library = bibtexparser.parse_string((texts.parent / "out" / "corpus.bib").read_text())
    assert library.failed_blocks == []
    serge = library.entries_dict["sergememoirs"]
    assert (
        unlatex(serge["citedby"])
        == f"{texts.as_posix()}/a.txt (2); {texts.as_posix()}/sub/b.md (1)"
    )
    assert "corpusdocument" in library.entries_dict["anonessaya"].fields_dict
    items = json.loads((texts.parent / "out" / "corpus.json").read_text())
    assert_valid_csl(items)
    assert {"document": f"{texts.as_posix()}/a.txt", "count": 2} in items[-1]["custom"]["cited-by"]


def test_output_is_atomic(texts: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = texts.parent / "corpus.bib"
    out.write_text("old\n")

    def failing(entry: object) -> str:
        raise RuntimeError("disk full")

    monkeypatch.setattr(corpus, "entry_to_bibtex", failing)
    bibliography = Bibliography()
    bibliography.add(corpus.digest_file(texts / "a.txt", "a.txt", extract=fake_extract))
    bibliography.assign_keys(key_stem)
    with pytest.raises(RuntimeError):
        corpus.write_bibliography(bibliography, out, format="bibtex")
    assert out.read_text() == "old\n"
    assert sorted(p.name for p in out.parent.iterdir()) == ["corpus.bib", "texts"]


def test_glob_and_file_order(texts: Path) -> None:
    found = [name for _, name in corpus.find_files([texts], globs=("*.txt", "*.log"))]
    assert [n.removeprefix(texts.as_posix()) for n in found] == ["/a.txt", "/ignored.log"]


def test_progress_bar_counts_files_on_stderr(
    texts: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    collect(texts, progress=True)
    captured = capsys.readouterr()
    assert "2/2" in captured.err and captured.out == ""
