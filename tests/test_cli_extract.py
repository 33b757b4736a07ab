"""`citex extract` end to end on the corpus: every output format, many files, bad input."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import bibtexparser
import pytest
from click.testing import CliRunner

from citex.cli import main
from conftest import CORPUS
from csl_schema import assert_valid_csl

FILES = [
    "kites4-specter-part4.txt",
    "utopia-rossa-2013-serge-memoirs.txt",
    "damen-1943-russia-we-love.txt",
]
PANDOC = shutil.which("pandoc")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _run(runner: CliRunner, *args: str) -> str:
    result = runner.invoke(main, ["extract", *args])
    assert result.exit_code == 0, result.stderr or result.output
    return result.stdout


@pytest.mark.parametrize("name", FILES)
def test_json_contract(runner: CliRunner, name: str) -> None:
    text = (CORPUS / name).read_text(encoding="utf-8")
    out = json.loads(_run(runner, str(CORPUS / name), "--format", "json"))
    assert set(out) == {"source", "document", "markers", "notes", "citations", "works"}
    assert out["source"] == {"path": str(CORPUS / name), "format": "text"}
    ids = {work["id"] for work in out["works"]}
    for citation in out["citations"]:
        assert set(citation) == {
            "kind",
            "raw",
            "start",
            "end",
            "note",
            "section",
            "locator",
            "work",
            "unresolved",
        }
        assert citation["kind"] in ("full", "short", "ibid", "op-cit")
        assert (citation["work"] is None) != (citation["unresolved"] is None)
        assert citation["work"] is None or citation["work"] in ids
        first, last = citation["raw"].split()[0], citation["raw"].split()[-1]
        assert text[citation["start"] :].startswith(first)
        assert text[: citation["end"]].endswith(last)
    assert_valid_csl(out["works"])
    if out["document"] is not None:
        assert_valid_csl([out["document"]])


def test_damen_has_a_self_record_and_no_notes(runner: CliRunner) -> None:
    out = json.loads(_run(runner, str(CORPUS / "damen-1943-russia-we-love.txt"), "-f", "json"))
    assert out["document"]["title"] == "The Russia We Love and Defend"
    assert out["document"]["author"] == [{"family": "Damen", "given": "Onorato"}]
    assert out["markers"] == [] and out["notes"] == [] and out["citations"] == []


def test_kites_short_forms_and_ibid_resolve(runner: CliRunner) -> None:
    out = json.loads(_run(runner, str(CORPUS / "kites4-specter-part4.txt"), "-f", "json"))
    by_raw = {c["raw"]: c for c in out["citations"]}
    alexander = by_raw[
        "Michelle Alexander, The New Jim Crow (New York: The New Press, 2011), 50–51"
    ]
    assert by_raw["Alexander, 218"]["work"] == alexander["work"]
    assert by_raw["Alexander, 218"]["locator"] == {"label": "page", "value": "218"}
    assert by_raw["Ibid., 229"]["work"] == alexander["work"]
    assert by_raw["Wilson, chapter 5"]["locator"] == {"label": "chapter", "value": "5"}


@pytest.mark.parametrize("name", FILES)
def test_csl_json_validates(runner: CliRunner, name: str) -> None:
    items = json.loads(_run(runner, str(CORPUS / name), "--format", "csl-json"))
    assert_valid_csl(items)
    assert len({item["id"] for item in items}) == len(items)


@pytest.mark.parametrize("name", FILES)
def test_bibtex_parses_back(runner: CliRunner, name: str, tmp_path: Path) -> None:
    bib = _run(runner, str(CORPUS / name), "--format", "bibtex")
    works = json.loads(_run(runner, str(CORPUS / name), "--format", "csl-json"))
    library = bibtexparser.parse_string(bib)
    assert not library.failed_blocks
    assert [entry.key for entry in library.entries] == [w["id"] for w in works]
    if works:
        _render_with_pandoc(bib, tmp_path)


def _render_with_pandoc(bib: str, tmp_path: Path) -> None:
    """pandoc's citeproc renders every entry without a warning."""
    if PANDOC is None:
        if os.environ.get("CI"):
            pytest.fail("pandoc is not installed; .ci/run installs it")
        return
    (tmp_path / "refs.bib").write_text(bib, encoding="utf-8")
    (tmp_path / "cite.md").write_text("---\nnocite: '@*'\n---\n", encoding="utf-8")
    done = subprocess.run(
        [PANDOC, "--citeproc", "--bibliography", str(tmp_path / "refs.bib"), "-t", "plain",
         str(tmp_path / "cite.md")],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "[WARNING]" not in done.stderr, done.stderr


def test_text_summary(runner: CliRunner) -> None:
    out = _run(runner, str(CORPUS / "kites4-specter-part4.txt"), "--format", "text")
    assert out.startswith("45 markers, 45 notes")
    assert "'Alexander, 218' page 218 -> " in out


def test_default_format_off_a_terminal_is_json(runner: CliRunner) -> None:
    out = _run(runner, str(CORPUS / "damen-1943-russia-we-love.txt"))
    assert json.loads(out)["notes"] == []


def test_many_files_give_json_lines(runner: CliRunner) -> None:
    paths = [str(CORPUS / name) for name in FILES]
    lines = _run(runner, *paths, "--format", "json").splitlines()
    assert len(lines) == len(FILES)
    assert [len(json.loads(line)["notes"]) for line in lines] == [45, 12, 0]


def test_many_files_bibtex_names_each_file(runner: CliRunner) -> None:
    paths = [str(CORPUS / name) for name in FILES[:2]]
    out = _run(runner, *paths, "--format", "bibtex")
    assert out.startswith(f"% {paths[0]}\n") and f"% {paths[1]}\n" in out


def test_output_file(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    assert _run(runner, str(CORPUS / FILES[0]), "-f", "csl-json", "-o", str(target)) == ""
    assert_valid_csl(json.loads(target.read_text(encoding="utf-8")))


def test_stdin(runner: CliRunner) -> None:
    text = (CORPUS / "damen-1943-russia-we-love.txt").read_bytes()
    result = runner.invoke(main, ["extract", "-", "-f", "json"], input=text)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["document"]["title"] == "The Russia We Love and Defend"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"\x00\x01\x02binary\xff\xfe", "binary", id="binary"),
        pytest.param(b"", "empty", id="empty"),
    ],
)
def test_bad_file_is_reported_and_the_others_still_processed(
    runner: CliRunner, tmp_path: Path, content: bytes, message: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    result = runner.invoke(main, ["extract", str(bad), str(CORPUS / FILES[2]), "-f", "json"])
    assert result.exit_code == 1
    assert "bad.txt" in result.stderr
    assert json.loads(result.stdout.splitlines()[0])["document"] is not None


def test_missing_file_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code in (1, 2)
    assert "nope.txt" in result.stderr
