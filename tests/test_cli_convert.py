"""`citex convert` end to end: real files, stdin, -o, exit codes and messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from citex.cli import main
from citex.formats.bibtex import read_bibtex
from citex.formats.csl import read_csl_json
from conftest import PROJECT
from csl_schema import assert_valid_csl

EXAMPLES = PROJECT / "examples"
LIBRARY_BIB = EXAMPLES / "library.bib"
LIBRARY_JSON = EXAMPLES / "library.json"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_bib_to_csl_json_matches_the_example(runner: CliRunner) -> None:
    result = runner.invoke(main, ["convert", str(LIBRARY_BIB), "--format", "csl-json"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert result.stdout == LIBRARY_JSON.read_text(encoding="utf-8")
    assert_valid_csl(json.loads(result.stdout))


def test_csl_json_to_bibtex_and_back_keeps_every_work(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "back.bib"
    result = runner.invoke(main, ["convert", str(LIBRARY_JSON), "-f", "bibtex", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    back = read_bibtex(out.read_text(encoding="utf-8"))
    assert back.problems == ()
    assert back.references == read_bibtex(LIBRARY_BIB.read_text(encoding="utf-8")).references


def test_reads_stdin_and_detects_json_by_content(runner: CliRunner) -> None:
    stdin = LIBRARY_JSON.read_bytes()
    result = runner.invoke(main, ["convert", "-f", "bibtex"], input=stdin)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("@book{alexander2010newjimcrow,")


def test_merges_several_inputs_and_sorts_by_key(runner: CliRunner, tmp_path: Path) -> None:
    extra = tmp_path / "extra.txt"  # no telling extension: detected by content
    extra.write_text("@misc{aaa, title = {First by key}, year = 1999}\n", encoding="utf-8")
    result = runner.invoke(
        main,
        ["convert", "-", str(extra), "--sort", "-f", "csl-json"],
        input=LIBRARY_BIB.read_bytes(),
    )
    assert result.exit_code == 0, result.stderr
    ids = [item["id"] for item in json.loads(result.stdout)]
    assert ids == sorted(ids)
    assert ids[0] == "aaa"
    assert len(ids) == 10


def test_native_json_keeps_record_field_names(runner: CliRunner) -> None:
    result = runner.invoke(main, ["convert", str(LIBRARY_BIB), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    lenin = next(item for item in json.loads(result.stdout) if item["id"] == "lenin1902whatdone")
    assert lenin["container_title"] == "Collected Works"
    assert lenin["original_date"] == {"year": 1902, "circa": False}
    assert lenin["type"] == "chapter"
    assert lenin["confidence"] == 1.0
    assert lenin["editor"] == [{"literal": "Institute of Marxism-Leninism"}]


def test_bad_entries_are_reported_good_ones_written_exit_1(
    runner: CliRunner, tmp_path: Path
) -> None:
    bib = tmp_path / "mixed.bib"
    bib.write_text(
        "@book{good, title = {Kept}, year = 2001}\n\n@book{bad,\n  title = {Unclosed\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["convert", str(bib), "-f", "csl-json"])
    assert result.exit_code == 1
    assert [item["id"] for item in json.loads(result.stdout)] == ["good"]
    assert f"{bib}: entry 'bad' at line 3: not valid BibTeX" in result.stderr
    assert "1 problem in the input" in result.stderr


def test_bad_csl_item_is_reported_with_line(runner: CliRunner) -> None:
    text = '[\n {"id": "ok", "type": "book", "title": "T"},\n {"id": "no", "issued": 5}\n]'
    result = runner.invoke(main, ["convert", "-", "-f", "bibtex"], input=text)
    assert result.exit_code == 1
    assert "@book{ok," in result.stdout
    assert "<stdin>: entry 'no' at line 3: issued must be a date object" in result.stderr


def test_ignored_fields_are_named_on_stderr(runner: CliRunner) -> None:
    text = "@article{k, title = {T}, abstract = {A}, keywords = {x}}"
    result = runner.invoke(main, ["convert", "-", "--from", "bibtex"], input=text)
    assert result.exit_code == 0
    assert "left out: abstract, keywords" in result.stderr


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        pytest.param("in.bib", b"", "is empty", id="empty"),
        pytest.param("in.bib", b"\x00\x01binary", "looks binary", id="binary"),
        pytest.param("in.bib", b"some text, no entries\n", "no BibTeX entries found", id="no-bib"),
        pytest.param("in.json", b"[1, 2", "found the end of the input", id="truncated-json"),
        pytest.param("in.json", b'{"id": 1,', "invalid JSON at line 1", id="broken-object"),
        pytest.param("in.json", b"@book{k, title={T}}", "must be an array", id="bib-as-json"),
    ],
)
def test_data_errors_exit_1_with_a_message(
    runner: CliRunner, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = runner.invoke(main, ["convert", str(path)])
    assert result.exit_code == 1
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_missing_file_is_a_data_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["convert", str(tmp_path / "missing.bib")])
    assert result.exit_code == 1
    assert result.stderr == f"citex: error: {tmp_path / 'missing.bib'}: no such file\n"


@pytest.mark.parametrize(
    "arguments",
    [
        pytest.param(["convert", "x.bib", "--format", "xml"], id="bad-format"),
        pytest.param(["convert", "--no-such-option"], id="bad-option"),
        pytest.param(["nosuchcommand"], id="bad-command"),
    ],
)
def test_usage_errors_exit_2(runner: CliRunner, arguments: list[str]) -> None:
    result = runner.invoke(main, arguments)
    assert result.exit_code == 2
    assert "Usage:" in result.stderr


def test_help_lists_convert(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "convert" in result.stdout
    assert runner.invoke(main, ["convert", "--help"]).exit_code == 0


def test_unwritable_output_is_a_data_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["convert", str(LIBRARY_BIB), "-o", str(tmp_path / "no" / "x")])
    assert result.exit_code == 1
    assert "cannot write" in result.stderr


def test_output_replaces_the_file_whole(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.bib"
    out.write_text("old content", encoding="utf-8")
    result = runner.invoke(main, ["convert", str(LIBRARY_JSON), "-f", "bibtex", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("@book{alexander2010newjimcrow,")
    assert [path.name for path in tmp_path.iterdir()] == ["out.bib"]


def test_example_json_reads_without_problems() -> None:
    result = read_csl_json(LIBRARY_JSON.read_text(encoding="utf-8"))
    assert result.problems == ()
    assert len(result.references) == 9
