"""`citex bib` end to end on real files (needs the pipeline and the exporters)."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import pytest
from click.testing import CliRunner

from citex.cli import main
from citex.corpus.run import collect_corpus
from citex.works import identity

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["bib", *args])
    return result.exit_code, result.stderr


def test_examples_to_bibtex_and_citations(tmp_path: Path) -> None:
    out, table = tmp_path / "bibliography.bib", tmp_path / "citations.csv"
    code, stderr = run(str(EXAMPLES), "-o", str(out), "--citations", str(table), "--no-cache")
    assert code == 0, stderr
    assert "citex bib: 3 documents," in stderr and "0 files skipped" in stderr
    library = bibtexparser.parse_string(out.read_text(encoding="utf-8"))
    assert library.failed_blocks == []
    keys = [entry.key for entry in library.entries]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)
    documents = [e for e in library.entries if "corpusdocument" in e.fields_dict]
    assert len(documents) == 3
    assert any(
        "kites4-specter-part4.txt" in e["citedby"]
        for e in library.entries
        if "citedby" in e.fields_dict
    )
    rows = table.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "document,note,locator,work" and len(rows) > 10
    assert set(row.split(",")[-1] for row in rows[1:]) - {""} <= set(keys)


def test_examples_to_csl_json_is_identical_with_two_jobs(tmp_path: Path) -> None:
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    assert run(str(EXAMPLES), "-o", str(one), "--jobs", "1", "--no-cache")[0] == 0
    cache = tmp_path / "cache"
    assert run(str(EXAMPLES), "-o", str(two), "--jobs", "2", "--cache-dir", str(cache))[0] == 0
    assert run(str(EXAMPLES), "-o", str(two), "--jobs", "2", "--cache-dir", str(cache))[0] == 0
    assert one.read_bytes() == two.read_bytes()
    items = json.loads(one.read_text(encoding="utf-8"))
    assert all("cited-by" in item["custom"] for item in items)


def test_strict_fails_on_a_skipped_file_and_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "texts" / "essay.txt").write_text("An essay without notes.\n")
    out = tmp_path / "out.bib"
    code, stderr = run(str(tmp_path / "texts"), "-o", str(out), "--no-cache")
    assert code == 0 and "skipped" in stderr and "binary.txt" in stderr and out.exists()
    out.unlink()
    code, stderr = run(str(tmp_path / "texts"), "-o", str(out), "--no-cache", "--strict")
    assert code == 1 and "--strict" in stderr and not out.exists()


def test_no_duplicate_works_on_the_shared_corpus(corpus: Path) -> None:
    # The three hand-gold documents only: ../shared/corpus/dev has its own scorers.
    documents = sorted(corpus.glob("*.txt"))
    with collect_corpus(documents, globs=("*.txt",), jobs=1) as (bibliography, skipped):
        entries = list(bibliography.entries())
    assert skipped == []
    seen: dict[tuple[str, str], list[str]] = {}
    for entry in entries:
        ref = entry.reference
        if entry.documents or not ref.title:
            continue
        # A work is its creators and main title; without creators, its full title and year.
        people = identity.creators(ref)
        year = ref.issued.year if ref.issued else None
        work = (
            (identity.family(people[0]), identity.main_title_words(ref.title), None)
            if people
            else ("", identity.title_words(ref.title), year)
        )
        seen.setdefault(work, []).append(entry.key)
    for keys in seen.values():
        # Same author and main title twice: only as linked editions, never as duplicates.
        linked = {e.key: set(e.related) for e in entries if e.key in keys}
        assert all(set(keys) - {key} <= linked[key] for key in keys), keys


def test_dask_engine_writes_the_same_bytes(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    local, remote = tmp_path / "local.bib", tmp_path / "dask.bib"
    assert run(str(EXAMPLES), "-o", str(local), "--no-cache")[0] == 0
    assert run(str(EXAMPLES), "-o", str(remote), "--engine", "dask")[0] == 2  # needs --scheduler
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        code, stderr = run(
            str(EXAMPLES),
            "-o",
            str(remote),
            "--no-cache",
            "--engine",
            "dask",
            "--scheduler",
            cluster.scheduler_address,
        )
    assert code == 0, stderr
    assert remote.read_bytes() == local.read_bytes()
