"""The reports in a real browser: headless Chromium loads them and the DOM is checked.

Every marker must lead to its note, the counts shown must be the JSON's, scripts must run
without console errors (and hostile text must not run), and the page must still read
with scripts disabled. Screenshots go to ``ci-artifacts/`` (kept by CI, ignored by git).
Skipped only when no Chromium is installed (``.ci/run`` installs Debian's).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import browser
from citex.cli import main
from conftest import CORPUS, PROJECT

CHROMIUM = browser.find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no chromium on PATH (apt-get install --no-install-recommends chromium; "
    ".ci/run installs it)",
)
ARTIFACTS = PROJECT / "ci-artifacts"
FILES = ["kites4-specter-part4.txt", "utopia-rossa-2013-serge-memoirs.txt"]


@pytest.fixture(scope="module")
def page() -> Iterator[browser.Browser]:
    assert CHROMIUM is not None
    with browser.launch(CHROMIUM) as opened:
        yield opened


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Document reports and their JSON for the corpus files, and a corpus report."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the project")
    folder = tmp_path_factory.mktemp("reports")
    runner = CliRunner()
    for name in FILES:
        for form, suffix in (("html", ".html"), ("json", ".json")):
            result = runner.invoke(
                main,
                ["extract", str(CORPUS / name), "-f", form, "-o", str(folder / (name + suffix))],
            )
            assert result.exit_code == 0, result.stderr
    texts = folder / "texts"
    texts.mkdir()
    for name in [*FILES, "damen-1943-russia-we-love.txt"]:
        shutil.copy(CORPUS / name, texts / name)
    result = runner.invoke(
        main,
        [
            "bib",
            str(texts),
            "-o",
            str(folder / "corpus.json"),
            "--no-cache",
            "-j",
            "1",
            "--report",
            str(folder / "corpus.html"),
        ],
    )
    assert result.exit_code == 0, result.stderr
    ARTIFACTS.mkdir(exist_ok=True)
    return folder


def _screenshot(page: browser.Browser, name: str) -> None:
    page.screenshot(ARTIFACTS / name)
    assert (ARTIFACTS / name).stat().st_size > 10_000


COUNTS = (
    "Object.fromEntries(Array.from(document.querySelectorAll('[data-count]'),"
    " e => [e.dataset.count, Number(e.textContent)]))"
)


@pytest.mark.parametrize("name", FILES)
def test_document_report_in_chromium(page: browser.Browser, reports: Path, name: str) -> None:
    data: dict[str, Any] = json.loads((reports / f"{name}.json").read_text(encoding="utf-8"))
    page.errors.clear()
    page.open(reports / f"{name}.html")
    links = page.evaluate(
        "Array.from(document.querySelectorAll('.text .marker'), m => {"
        " const target = m.hash ? document.getElementById(m.hash.slice(1)) : null;"
        " return [m.id, m.textContent, target && target.id, target && target.className]; })"
    )
    assert len(links) == len(data["markers"])
    for (marker_id, label, target, classes), (index, marker) in zip(
        links, enumerate(data["markers"]), strict=True
    ):
        assert (marker_id, label) == (f"marker-{index}", marker["label"])
        if marker["note"] is not None:
            assert target == f"note-{marker['note']}" and "note" in classes
    counts = page.evaluate(COUNTS)
    assert counts["markers"] == len(data["markers"])
    assert counts["notes"] == len(data["notes"])
    assert counts["citations"] == len(data["citations"])
    assert counts["works"] == len(data["works"])
    assert counts["unresolved"] == sum(c["work"] is None for c in data["citations"])

    # A marker and a note label are links both ways.
    page.evaluate("document.getElementById('marker-0').click()")
    assert page.evaluate("location.hash") == "#note-0"
    page.evaluate("document.getElementById('note-0').click()")
    assert page.evaluate("location.hash") == "#marker-0"
    # A citation opens its record in a pop-up; Escape closes it.
    page.evaluate("document.getElementById('cite-0').click()")
    assert page.evaluate("document.getElementById('popup').hidden") is False
    popup = page.evaluate("document.querySelector('#popup .popup-body').textContent")
    assert data["citations"][0]["raw"][:40] in popup
    _screenshot(page, f"report-{name}-popup.png")
    page.evaluate("document.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}))")
    assert page.evaluate("document.getElementById('popup').hidden") is True
    # The filter leaves only unresolved and low-confidence citations.
    page.evaluate("document.getElementById('only-issues').click()")
    shown = page.evaluate(
        "Array.from(document.querySelectorAll('.record')).filter(r => r.offsetParent).length"
    )
    doubtful = page.evaluate("document.querySelectorAll('.record.unresolved, .record.low').length")
    assert shown == doubtful < counts["citations"]
    page.evaluate("window.scrollTo(0, 0)")
    _screenshot(page, f"report-{name}.png")
    assert page.errors == []


def test_corpus_report_in_chromium(page: browser.Browser, reports: Path) -> None:
    items = json.loads((reports / "corpus.json").read_text(encoding="utf-8"))
    page.errors.clear()
    page.open(reports / "corpus.html")
    counts = page.evaluate(COUNTS)
    assert counts["works"] == len(items)
    assert counts["documents"] == 3
    rows = "Array.from(document.querySelectorAll('#works-table tbody tr'))"
    assert page.evaluate(f"{rows}.length") == len(items)
    # Searching hides the other rows; sorting by citations puts the most cited first.
    search = "((box, value) => { box.value = value; box.dispatchEvent(new Event('input')); })"
    page.evaluate(search + "(document.getElementById('search'), 'alexander')")
    shown = page.evaluate(f"{rows}.filter(r => !r.hidden).map(r => r.textContent.toLowerCase())")
    assert 0 < len(shown) < len(items)
    assert all("alexander" in row for row in shown)
    page.evaluate(search + "(document.getElementById('search'), '')")
    assert page.evaluate(f"{rows}.filter(r => !r.hidden).length") == len(items)
    page.evaluate("document.querySelectorAll('#works-table th button')[4].click()")
    page.evaluate("document.querySelectorAll('#works-table th button')[4].click()")
    first = page.evaluate(f"Number({rows}[0].cells[4].textContent)")
    most = max(sum(c["count"] for c in item["custom"]["cited-by"]) for item in items)
    assert first == most
    _screenshot(page, "report-corpus.png")
    assert page.errors == []


def test_hostile_text_does_not_run(page: browser.Browser, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(
        "Text.1\n\nNotes\n1 <script>window.pwned = 1</script><img src=x onerror='window.pwned=2'>"
        " \u202eevil\u202c שלום, Smith, The Title (London: Pub, 1999), 4.\n",
        encoding="utf-8",
    )
    out = tmp_path / "hostile.html"
    result = CliRunner().invoke(main, ["extract", str(hostile), "-f", "html", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    page.errors.clear()
    page.open(out)
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert "<script>" in page.evaluate("document.querySelector('.text').textContent")
    assert page.errors == []


def test_reports_read_without_javascript(page: browser.Browser, reports: Path) -> None:
    page.call("Emulation.setScriptExecutionDisabled", value=True)
    try:
        page.open(reports / f"{FILES[0]}.html")
        assert page.evaluate("document.getElementById('filters').hidden") is True
        text = (CORPUS / FILES[0]).read_text(encoding="utf-8")
        assert page.evaluate("document.querySelector('.text').textContent") == text
        page.evaluate("document.getElementById('cite-0').click()")
        assert page.evaluate("location.hash") == "#record-0"
    finally:
        page.call("Emulation.setScriptExecutionDisabled", value=False)
