"""Real clients: pandoc's citeproc renders our CSL-JSON and BibTeX exports.

Skipped only when pandoc is missing outside CI; in CI (``CI`` set) a missing pandoc
fails, since ``.ci/run`` installs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from citex.formats.bibtex import read_bibtex, to_bibtex
from citex.formats.csl import dumps_csl_json
from citex.records import Date, Name, Reference
from conftest import PROJECT

PANDOC = shutil.which("pandoc")

HOSTILE = (
    Reference(
        type="article-journal",
        author=[Name(family="Gaulle", particle="de", given="Charles"), Name(literal="ACME & Co.")],
        title="Profits of 50% & $5 #1 under_score {braced} ~tilde^ back\\slash -- dash",
        container_title="Revue d'histoire",
        volume="3",
        page="16-17",
        issued=Date(year=1921, month=3),
    ),
    Reference(
        type="book",
        author=[Name(family="Müller-Lüdenscheidt", given="Jörg")],
        title="Über die Straße: Ästhetik und Ökonomie",
        publisher="Suhrkamp",
        publisher_place="Frankfurt am Main",
        issued=Date(year=1977),
    ),
)


def _references() -> tuple[Reference, ...]:
    library = read_bibtex((PROJECT / "examples" / "library.bib").read_text(encoding="utf-8"))
    return library.references + HOSTILE


def _plain(text: str) -> str:
    """Text compared loosely: NFC, case-folded, straight apostrophes, whitespace collapsed."""
    folded = unicodedata.normalize("NFC", text).casefold().replace("’", "'")
    return " ".join(folded.split())


def _render(bibliography: Path, tmp_path: Path) -> list[str]:
    """The entries pandoc's citeproc renders for every item of ``bibliography``."""
    if PANDOC is None:
        if os.environ.get("CI"):
            pytest.fail("pandoc is not installed; .ci/run installs it with apt-get")
        pytest.skip("pandoc is not installed (apt-get install pandoc); CI runs this test")
    document = tmp_path / "cite.md"
    document.write_text("---\nnocite: '@*'\n---\n", encoding="utf-8")
    completed = subprocess.run(
        [PANDOC, "--citeproc", "--bibliography", str(bibliography), "--wrap=none", "-t", "plain",
         str(document)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert completed.returncode == 0, completed.stderr
    assert "[WARNING]" not in completed.stderr, completed.stderr
    return [_plain(entry) for entry in completed.stdout.split("\n\n") if entry.strip()]


@pytest.mark.parametrize(
    ("suffix", "render"),
    [
        pytest.param(".json", dumps_csl_json, id="csl-json"),
        pytest.param(".bib", to_bibtex, id="bibtex"),
    ],
)
def test_pandoc_renders_every_entry_with_title_and_year(suffix, render, tmp_path: Path) -> None:
    refs = _references()
    bibliography = tmp_path / f"library{suffix}"
    bibliography.write_text(render(refs), encoding="utf-8")
    entries = _render(bibliography, tmp_path)
    assert len(entries) == len(refs)
    for ref in refs:
        assert ref.title is not None and ref.issued is not None
        title = _plain(ref.title).rstrip("?.")
        [entry] = [entry for entry in entries if title in entry] or [f"no entry has {title!r}"]
        assert f"{ref.issued.year}." in entry, entry
