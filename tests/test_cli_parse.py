"""`citex parse` end to end: one item per non-empty line, in order, in every format."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import pytest
from click.testing import CliRunner

from citex.cli import main
from csl_schema import assert_valid_csl

LINES = [
    "Hearn, Lafcadio. Kwaidan: Stories and Studies of Strange Things. "
    "Boston: Houghton Mifflin, 1904.",
    "",
    "«Trente ans après la Révolution russe», in Révolution prolétarienne, n. 309, Nov. 1947",
    "   ",
    "This is the first time the memoirs appear in English.",
    "Smith, J. A., & Jones, B. (2019). Reading footnotes at scale. "
    "Journal of Digital Humanities, 12(3), 45-67.",
]
NON_EMPTY = [line for line in LINES if line.strip()]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_csl_json_has_one_valid_item_per_line(runner: CliRunner) -> None:
    result = runner.invoke(main, ["parse", "--format", "csl-json"], input="\n".join(LINES))
    assert result.exit_code == 0, result.stderr
    items = json.loads(result.stdout)
    assert len(items) == len(NON_EMPTY)
    assert_valid_csl(items)
    assert items[0]["title"] == "Kwaidan: Stories and Studies of Strange Things"
    assert items[1]["container-title"] == "Révolution prolétarienne"
    assert items[2]["note"] == NON_EMPTY[2]  # commentary kept whole, not dropped
    assert items[3]["volume"] == "12"


def test_json_spans_point_into_the_file(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "refs.txt"
    text = "\n".join(LINES) + "\n"
    source.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["parse", str(source), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert len(records) == len(NON_EMPTY)
    for record, line in zip(records, NON_EMPTY, strict=True):
        assert record["raw"] == line


def test_bibtex_parses_back(runner: CliRunner) -> None:
    result = runner.invoke(main, ["parse", "-f", "bibtex"], input="\n".join(LINES))
    assert result.exit_code == 0, result.stderr
    library = bibtexparser.parse_string(result.stdout)
    assert not library.failed_blocks
    assert len(library.entries) == len(NON_EMPTY)


def test_empty_input_is_a_data_error(runner: CliRunner) -> None:
    result = runner.invoke(main, ["parse"], input="\n\n")
    assert result.exit_code == 1
    assert "empty" in result.stderr


def test_missing_file_is_a_usage_or_data_error(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["parse", str(tmp_path / "absent.txt")])
    assert result.exit_code in (1, 2)
    assert "absent.txt" in result.stderr
