"""How fast the HTML reports are made and how fast a browser opens them.

Usage: python bench/report_bench.py [--mb 5] [--runs 5] [--dev] [--big-from-dev]
                                   [--corpus ../shared/corpus]

- one big document: the corpus texts (``--big-from-dev``: the dev texts) joined and
  repeated to ``--mb`` MB, extracted, rendered, and opened ``--runs`` times in headless
  Chromium (each time from a blank page);
  prints the load-event time (ms from navigation start) per run and their median, and the
  CPU time the renderer's main thread spent loading (what a busy machine does not stretch);
- ``--dev``: every ``corpus/dev/*/text.txt`` rendered and opened once (slowest per kind),
  then the corpus report of the dev corpus, with its per-document reports, made and opened.

Needs ``chromium`` on the PATH (Debian package). Times are wall clock on a shared machine:
run it alone and read the median.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from citex import extract
from citex.corpus.run import collect_corpus, summarise_skips
from citex.formats.report import document_report, write_corpus_report

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import browser

TIMING = "performance.getEntriesByType('navigation')[0].toJSON()"


def _thread_time(page: browser.Browser) -> float:
    """CPU seconds the page's renderer main thread has used (DevTools Performance metrics)."""
    metrics = page.call("Performance.getMetrics")["metrics"]
    return float(next(m["value"] for m in metrics if m["name"] == "ThreadTime"))


def load_ms(page: browser.Browser, path: Path) -> tuple[float, float]:
    """(load-event end, renderer main-thread CPU) in ms, opening ``path`` from a blank page.

    The load event is wall time, which a busy machine stretches; the CPU time the renderer's
    main thread spent meanwhile is what the page costs, and what an idle machine would wait.
    """
    page.call("Page.navigate", url="about:blank")
    page.wait_for("Page.loadEventFired")
    before = _thread_time(page)
    page.open(path, timeout=120)
    timing = page.evaluate(TIMING)
    return float(timing["loadEventEnd"]), (_thread_time(page) - before) * 1000


def big_document(page: browser.Browser, files: list[Path], megabytes: float, runs: int) -> None:
    """Extract, render and open one document of about ``megabytes`` MB made of ``files``."""
    texts = [p.read_text(encoding="utf-8") for p in files]
    joined = "\n\n".join(texts) + "\n\n"
    size = int(megabytes * 1e6)
    text = (joined * (size // len(joined.encode("utf-8")) + 1))[:size]
    start = time.perf_counter()
    doc = extract(text)
    extracted = time.perf_counter() - start
    start = time.perf_counter()
    html = document_report(doc, text, name="big.txt")
    rendered = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "big.html"
        out.write_text(html, encoding="utf-8")
        loads = [load_ms(page, out) for _ in range(runs)]
    print(
        f"document: {len(text.encode('utf-8')) / 1e6:.2f} MB text, {len(doc.markers)} markers, "
        f"{len(doc.notes)} notes, {len(doc.citations)} citations, {len(doc.works)} works; "
        f"extract {extracted:.2f} s, render {rendered:.2f} s, "
        f"HTML {len(html.encode('utf-8')) / 1e6:.2f} MB"
    )
    print(
        "  load event (ms): "
        + ", ".join(f"{load:.0f}" for load, _ in loads)
        + f"; median {statistics.median(load for load, _ in loads):.0f}"
    )
    print(
        "  renderer main-thread CPU (ms): "
        + ", ".join(f"{cpu:.0f}" for _, cpu in loads)
        + f"; median {statistics.median(cpu for _, cpu in loads):.0f}"
    )
    print(f"  load average: {' '.join(f'{n:.1f}' for n in os.getloadavg())}")


def dev_corpus(page: browser.Browser, dev: Path) -> None:
    """Every dev document's report opened once; then the dev corpus report."""
    slowest: dict[str, tuple[float, float, str]] = defaultdict(lambda: (0.0, 0.0, ""))
    with tempfile.TemporaryDirectory() as folder:
        for path in sorted(dev.glob("*/text.txt")):
            text = path.read_text(encoding="utf-8")
            out = Path(folder) / f"{path.parent.name}.html"
            out.write_text(document_report(extract(text), text, name=str(path)), encoding="utf-8")
            load, cpu = load_ms(page, out)
            kind = path.parent.name.split("_")[0]
            slowest[kind] = max(slowest[kind], (load, cpu, path.parent.name))
        for kind, (load, cpu, name) in sorted(slowest.items()):
            print(f"dev {kind:10} slowest load event {load:6.0f} ms, CPU {cpu:4.0f} ms ({name})")
        report = Path(folder) / "corpus.html"
        start = time.perf_counter()
        with collect_corpus([dev], globs=("text.txt",), jobs=2) as (bibliography, skipped):
            stats = bibliography.stats()
            summary = (
                "citex bib: {documents} documents, {notes} notes, {citations} citations, "
                "{works} works, {unresolved} unresolved, ".format(**stats)
                + summarise_skips(skipped)
            )
            collected = time.perf_counter() - start
            write_corpus_report(bibliography, skipped, report, summary=summary, jobs=2)
        made = time.perf_counter() - start - collected
        load, cpu = load_ms(page, report)
        print(summary)
        print(
            f"dev corpus report: bibliography {collected:.1f} s, reports {made:.1f} s, "
            f"corpus.html {report.stat().st_size / 1e6:.2f} MB, load event {load:.0f} ms, "
            f"CPU {cpu:.0f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--dev", action="store_true")
    parser.add_argument(
        "--big-from-dev", action="store_true", help="make the big document of the dev texts"
    )
    parser.add_argument(
        "--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus"
    )
    args = parser.parse_args()
    binary = browser.find_chromium()
    if binary is None:
        sys.exit("report_bench: no chromium on the PATH (apt-get install chromium)")
    with browser.launch(binary) as page:
        page.call("Performance.enable")
        pattern = "dev/*/text.txt" if args.big_from_dev else "*.txt"
        big_document(page, sorted(args.corpus.glob(pattern)), args.mb, args.runs)
        if args.dev:
            dev_corpus(page, args.corpus / "dev")


if __name__ == "__main__":
    main()
