"""Documents through the command line and the pipeline: extract, text, bib."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

import citex
from citex.cli import main
from documents_scoring import DOCUMENTS


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_read_document_is_public_and_extract_takes_it() -> None:
    assert {"read_document", "Source"} <= set(citex.__all__)
    source = citex.read_document(DOCUMENTS / "article.docx")
    doc = citex.extract(source)
    assert [(n.label, n.text) for n in doc.notes] == [(n.label, n.text) for n in source.notes]
    assert doc.markers == source.markers
    # the notes' citations are found and point into the document's text
    notes = [c for c in doc.citations if c.section == "note"]
    assert any("Hobsbawm" in c.raw for c in notes)
    for citation in doc.citations:
        assert citation.span.slice(source.text).split()[0] in citation.raw


def test_a_document_without_note_markup_goes_to_the_plain_text_finder() -> None:
    source = citex.read_document(DOCUMENTS / "article.md")
    assert source.format == "text" and not source.notes_encoded
    assert len(citex.extract(source).notes) == len(citex.extract(source.text).notes) > 0


def test_extract_json_names_the_source_and_its_format() -> None:
    path = str(DOCUMENTS / "article.odt")
    code, out, stderr = invoke("extract", path, "-f", "json")
    assert code == 0, stderr
    data = json.loads(out)
    assert data["source"] == {"path": path, "format": "odt"}
    assert len(data["notes"]) == 31 and len(data["markers"]) == 31


def test_text_prints_what_spans_index() -> None:
    path = str(DOCUMENTS / "article-latex.pdf")
    code, text, stderr = invoke("text", path)
    assert code == 0, stderr
    _, out, _ = invoke("extract", path, "-f", "json")
    data = json.loads(out)
    assert data["source"]["format"] == "pdf"
    for marker in data["markers"]:
        assert text[marker["start"] : marker["end"]].translate(SUPERSCRIPT) == marker["label"]
    for note in data["notes"]:
        assert text[note["start"] : note["end"]]


SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def test_extract_reports_a_bad_document_and_goes_on() -> None:
    code, out, stderr = invoke(
        "extract", str(DOCUMENTS / "scanned.pdf"), str(DOCUMENTS / "article.html"), "-f", "json"
    )
    assert code == 1
    assert "no text layer: run OCR first" in stderr
    assert json.loads(out)["source"]["format"] == "html"


def test_bib_reads_every_format_and_skips_bad_documents(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("article.docx", "article-lo.pdf", "encrypted.pdf", "scanned.pdf"):
        shutil.copy(DOCUMENTS / name, folder / name)
    (folder / "broken.epub").write_bytes(b"PK\x03\x04 not really a zip")
    out = tmp_path / "bibliography.json"
    code, _, stderr = invoke("bib", str(folder), "-o", str(out), "--no-cache", "-j", "1")
    assert code == 0, stderr
    assert "encrypted.pdf: not text: is an encrypted PDF" in stderr
    assert "scanned.pdf: not text: has no text layer: run OCR first" in stderr
    assert "broken.epub: not text: is a corrupt ZIP archive" in stderr
    assert "citex bib: 2 documents," in stderr
    titles = {item.get("title") for item in json.loads(out.read_text(encoding="utf-8"))}
    assert "Trotskij e il fascismo" in titles
