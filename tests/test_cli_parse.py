"""`citex parse` end to end: one item per non-empty line, in order, in every format."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import pytest
from click.testing import CliRunner

from citex import batch
from citex.cli import main, render_references
from citex.parse.reference import parse_reference
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


# Streamed output (issue 12): items are written as they are parsed, by one or more workers.
# The same lines twice over make colliding citekeys, which the stream settles at the end.
MANY = [line for _ in range(6) for line in LINES]


def whole_list_output(lines: list[str], output_format: str, *, learned: bool) -> str:
    """What `citex parse` wrote before it streamed: every record, then one dump."""
    refs = []
    offset = 0
    for line in lines:
        if line.strip():
            start = offset + line.index(line.strip())
            refs.append(parse_reference(line.strip(), offset=start, learned=learned))
        offset += len(line) + 1  # the newline joining the lines
    return render_references(refs, output_format)


@pytest.mark.parametrize(
    ("output_format", "learned"),
    [("csl-json", True), ("json", True), ("bibtex", False), ("csl-json", False)],
)
def test_streamed_output_is_what_the_whole_list_writers_give(
    runner: CliRunner, output_format: str, learned: bool
) -> None:
    mode = "--learned" if learned else "--rules-only"
    result = runner.invoke(main, ["parse", "-f", output_format, mode], input="\n".join(MANY))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == whole_list_output(MANY, output_format, learned=learned)
    if output_format == "csl-json":
        items = json.loads(result.stdout)
        assert len(items) == len([line for line in MANY if line.strip()])
        assert len({item["id"] for item in items}) == len(items)
        assert_valid_csl(items)


@pytest.mark.parametrize("output_format", ["csl-json", "json", "bibtex"])
def test_one_and_two_workers_write_the_same_bytes(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output_format: str
) -> None:
    monkeypatch.setattr(batch, "CHUNK_LINES", 4)  # several chunks, shared between the workers
    source = tmp_path / "refs.txt"
    source.write_text("\n".join(MANY), encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        target = tmp_path / f"out-{jobs}"
        result = runner.invoke(
            main, ["parse", str(source), "-f", output_format, "-j", jobs, "-o", str(target)]
        )
        assert result.exit_code == 0, result.stderr
        outputs.append(target.read_text(encoding="utf-8"))
    assert outputs[0] == outputs[1]
    if output_format == "bibtex":
        assert len(bibtexparser.parse_string(outputs[1]).entries) == len(MANY) - 12
    else:
        assert len(json.loads(outputs[1])) == len(MANY) - 12


def test_spans_hold_across_every_kind_of_line_break(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "refs.txt"
    text = (
        "  Serge, V. Carnets. Arles: Actes Sud, 1985.\r\n\r\nSmith, J. Title. 2001.\u2028Id., 45\r"
    )
    source.write_bytes(text.encode("utf-8"))
    result = runner.invoke(main, ["parse", str(source), "-f", "json", "-j", "1"])
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert [r["raw"] for r in records] == [
        "Serge, V. Carnets. Arles: Actes Sud, 1985.",
        "Smith, J. Title. 2001.",
        "Id., 45",
    ]
    for record in records:
        assert text[record["span"]["start"] : record["span"]["end"]] == record["raw"]
