"""The corpus report (``citex bib --report``) and ``citex extract --format html``, end to end."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner

from citex.cli import main
from citex.formats.report import (
    column_chart,
    corpus_report,
    horizontal_chart,
    write_document_reports,
    years_counted,
)
from conftest import CORPUS
from html_tree import Page

FILES = [
    "kites4-specter-part4.txt",
    "utopia-rossa-2013-serge-memoirs.txt",
    "damen-1943-russia-we-love.txt",
]


@pytest.fixture(scope="module")
def corpus_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, str, list[dict[str, object]]]:
    """``citex bib`` with ``--report`` over the corpus files and one file that is not text."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    folder = tmp_path_factory.mktemp("corpus")
    texts = folder / "texts"
    texts.mkdir()
    for name in FILES:
        shutil.copy(CORPUS / name, texts / name)
    (texts / "broken.txt").write_bytes(b"\x00\x01\x02 binary \xff\xfe")
    result = CliRunner().invoke(
        main,
        [
            "bib",
            str(texts),
            "-o",
            str(folder / "out.json"),
            "--no-cache",
            "-j",
            "1",
            "--report",
            str(folder / "report.html"),
        ],
    )
    assert result.exit_code == 0, result.stderr
    items = json.loads((folder / "out.json").read_text(encoding="utf-8"))
    return folder, result.stderr, items


def test_corpus_report_shows_the_summary_the_command_prints(
    corpus_run: tuple[Path, str, list[dict[str, object]]],
) -> None:
    folder, stderr, items = corpus_run
    page = Page((folder / "report.html").read_text(encoding="utf-8"))
    summary = next(line for line in stderr.splitlines() if "documents," in line)
    assert page.by_id("summary-line").text() == summary
    shown = {e.get("data-count"): int(e.text()) for e in page.find_all() if e.get("data-count")}
    assert shown["works"] == len(items)
    assert f"{shown['documents']} documents" in summary
    assert shown["skipped"] == 1
    (skipped,) = page.one("table", "skipped").find_all("tbody")[0].find_all("tr")
    assert "broken.txt" in skipped.text() and "not text" in skipped.text()


def test_corpus_table_lists_every_work_with_its_counts(
    corpus_run: tuple[Path, str, list[dict[str, object]]],
) -> None:
    folder, _, items = corpus_run
    page = Page((folder / "report.html").read_text(encoding="utf-8"))
    rows = page.by_id("works-table").find_all("tbody")[0].find_all("tr")
    assert [row.find_all("span", "key")[0].text() for row in rows] == [i["id"] for i in items]
    for row, item in zip(rows, items, strict=True):
        cells = row.find_all("td")
        cited_by = item["custom"]["cited-by"]  # type: ignore[index]
        assert int(cells[3].text()) == len(cited_by)
        assert int(cells[4].text()) == sum(c["count"] for c in cited_by)


def test_citations_link_into_the_document_reports(
    corpus_run: tuple[Path, str, list[dict[str, object]]],
) -> None:
    folder, _, _ = corpus_run
    page = Page((folder / "report.html").read_text(encoding="utf-8"))
    links = [
        a.get("href") or ""
        for row in page.by_id("works-table").find_all("tr")
        for a in row.find_all("a")
    ]
    assert len(links) >= 60
    reports: dict[str, Page] = {}
    for link in links:
        parts = urlsplit(link)
        target = folder / parts.path
        assert target.is_file(), link
        if parts.path not in reports:
            reports[parts.path] = Page(target.read_text(encoding="utf-8"))
        assert "cite" in reports[parts.path].by_id(parts.fragment).classes
    for report in reports.values():
        back = report.one("header").find_all("a")[0]
        assert (folder / "report-documents" / (back.get("href") or "")).resolve() == (
            folder / "report.html"
        ).resolve()
    assert len(reports) == 2  # the third document cites nothing


def test_charts_are_inline_svg_with_their_numbers(
    corpus_run: tuple[Path, str, list[dict[str, object]]],
) -> None:
    folder, _, items = corpus_run
    page = Page((folder / "report.html").read_text(encoding="utf-8"))
    figures = page.find_all("figure")
    assert [f.find_all("figcaption")[0].text() for f in figures] == [
        "Works cited most",
        "Works by year",
        "Works by language",
    ]
    for figure in figures:
        assert figure.find_all("svg") and figure.find_all("rect")
    languages = figures[2].find_all("table")[0]
    assert sum(int(td.text()) for td in languages.find_all("td")) == len(items)


def test_charts_scale_and_bin() -> None:
    chart = horizontal_chart("c", "t", [("a", 10), ("b", 5), ("c", 0)])
    assert [bar.width for bar in chart.bars] == [230, 115, 0]
    assert years_counted([1990, 1992]) == [("1990", 1), ("1991", 0), ("1992", 1)]
    assert years_counted([1850, 1990, 1995])[0] == ("1850s", 1)
    assert years_counted([1850, 1990, 1995])[-1] == ("1990s", 2)
    assert years_counted([]) == []
    columns = column_chart("y", "t", years_counted(range(1900, 1960)))
    assert sum(bar.show_label for bar in columns.bars) <= 8


def test_extract_format_html_writes_one_report(tmp_path: Path) -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    out = tmp_path / "report.html"
    source = str(CORPUS / FILES[0])
    result = CliRunner().invoke(main, ["extract", source, "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    page = Page(out.read_text(encoding="utf-8"))
    assert source in page.one("h1").text()
    assert page.one("div", "text").text() == (CORPUS / FILES[0]).read_text(encoding="utf-8")


def test_extract_format_html_takes_one_file() -> None:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    files = [str(CORPUS / name) for name in FILES[:2]]
    result = CliRunner().invoke(main, ["extract", *files, "--format", "html"])
    assert result.exit_code == 2
    assert "one FILE" in result.stderr


def test_document_reports_in_processes_and_a_file_that_cannot_be_read(tmp_path: Path) -> None:
    text = tmp_path / "essay one.txt"
    text.write_text("A claim.1\n\nNotes\n1 Ann Smith, A Title (Rome: Pub, 2000), 12.\n")
    gone = tmp_path / "gone.txt"
    rows = write_document_reports(
        [str(text), str(gone)],
        tmp_path / "reports",
        corpus_link=str(tmp_path / "corpus.html"),
        jobs=2,
    )
    assert rows[0].href is not None and rows[0].problem is None
    assert rows[0].href.startswith("reports/0000-") and " " not in rows[0].href
    report = Page((tmp_path / rows[0].href).read_text(encoding="utf-8"))
    assert report.one("div", "text").text() == text.read_text()
    assert dict(rows[0].counts)["notes"] == 1
    assert rows[1].href is None and rows[1].problem and "gone.txt" in rows[1].problem
    stats = {"documents": 2, "notes": 1, "citations": 1, "works": 0, "unresolved": 0}
    page = Page(corpus_report([], [], stats=stats, summary="citex bib: …", documents=rows))
    listed = page.find_all("section")[2].text()
    assert "no report" in listed and "gone.txt" in listed
    assert page.find_all("figure")[0].text().count("Nothing to chart") == 1
