"""Bad documents get a clear InputError, never a crash or a hang."""

from __future__ import annotations

import io
import zipfile

import pytest

from citex.errors import InputError
from citex.sources import read_document, read_source
from citex.sources.archive import Archive
from documents_scoring import DOCUMENTS


def test_encrypted_pdf() -> None:
    with pytest.raises(InputError, match="encrypted PDF"):
        read_document(DOCUMENTS / "encrypted.pdf")


def test_pdf_without_text_layer() -> None:
    with pytest.raises(InputError, match="no text layer: run OCR first"):
        read_document(DOCUMENTS / "scanned.pdf")


def test_broken_pdf() -> None:
    with pytest.raises(InputError, match="not a readable PDF"):
        read_source(b"%PDF-1.4\n garbage", name="broken.pdf")


def test_corrupt_zip() -> None:
    data = (DOCUMENTS / "article.docx").read_bytes()
    with pytest.raises(InputError, match="corrupt"):
        read_source(data[: len(data) // 2], name="cut.docx")


def test_zip_that_is_no_document() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(InputError, match="not a DOCX, ODT or EPUB"):
        read_source(out.getvalue(), name="x.zip")


def test_zip_bomb_stops_at_the_budget() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * 5_000_000)
    data = out.getvalue()
    assert len(data) < 20_000  # 5 MB of zeros packs to a few kB
    with pytest.raises(InputError, match="ZIP bomb"):
        Archive(data, name="bomb.docx", limit=1_000_000).read("word/document.xml")


def test_zip_bomb_over_the_default_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("citex.sources.archive.MAX_UNPACKED", 1_000_000)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * 3_000_000)
    with pytest.raises(InputError, match="ZIP bomb"):
        read_source(out.getvalue(), name="bomb.docx")


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE w [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>',
    ],
)
def test_xml_entities_are_refused(doctype: str) -> None:
    xml = (
        f'<?xml version="1.0"?>{doctype}<w:document xmlns:w="http://schemas.openxmlformats.org/'
        'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body>'
        "</w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", xml)
    with pytest.raises(InputError, match="DTD is refused"):
        read_source(out.getvalue(), name="xxe.docx")


def test_xml_entities_in_utf16_are_refused() -> None:
    xml = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE w [<!ENTITY x "y">]><w/>'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", xml.encode("utf-16"))
    with pytest.raises(InputError, match="DTD is refused"):
        read_source(out.getvalue(), name="xxe16.docx")


def test_malformed_xml() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><w:body>")
    with pytest.raises(InputError, match="not well-formed"):
        read_source(out.getvalue(), name="bad.docx")


def test_epub_without_spine() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr(
            "META-INF/container.xml",
            '<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
            '<rootfile full-path="book.opf"/></rootfiles></container>',
        )
        archive.writestr("book.opf", '<package xmlns="http://www.idpf.org/2007/opf"/>')
    with pytest.raises(InputError, match="spine lists no chapters"):
        read_source(out.getvalue(), name="empty.epub")


def test_missing_file_and_empty_input(tmp_path: object) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document("/nonexistent/file.pdf")
    with pytest.raises(InputError, match="empty"):
        read_source(b"", name="empty.txt")
