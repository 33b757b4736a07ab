"""One entry point for every input: detect a document's format from its bytes and read it."""

from __future__ import annotations

import os
from pathlib import Path

from citex.errors import InputError
from citex.sources import patterns
from citex.sources.archive import Archive
from citex.sources.docx import read_docx
from citex.sources.epub import read_epub
from citex.sources.html import read_html
from citex.sources.model import Format, Source
from citex.sources.odt import read_odt
from citex.sources.pdf import read_pdf
from citex.text.decode import decode_bytes

_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_EPUB_MIMETYPE = b"application/epub+zip"
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
# How far into a file the PDF header may sit (some producers put junk before it).
_PDF_HEADER_REACH = 1024
# How much of a text file is looked at to tell HTML from plain text.
_HTML_SNIFF = 2048


def detect_format(data: bytes, *, name: str = "") -> Format:
    """The format of a document from its first bytes (the file name only breaks a tie).

    A ZIP is a DOCX, ODT or EPUB by its parts; text is HTML when it opens like an HTML page
    (or is named ``.html`` and holds tags).

    Raises:
        InputError: a ZIP that is none of the three (or is corrupt).
    """
    if b"%PDF-" in data[:_PDF_HEADER_REACH]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return _zip_format(Archive(data, name=name))
    head = data[:_HTML_SNIFF].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if patterns.HTML_START.match(head.decode("latin-1")):
        return "html"
    if Path(name).suffix.lower() in _HTML_SUFFIXES and b"<" in head:
        return "html"
    return "text"


def _zip_format(archive: Archive) -> Format:
    """DOCX, ODT or EPUB, by the parts of the archive."""
    if "mimetype" in archive.names:
        mimetype = archive.read("mimetype").strip()
        if mimetype == _EPUB_MIMETYPE:
            return "epub"
        if mimetype == _ODT_MIMETYPE:
            return "odt"
    if "word/document.xml" in archive.names:
        return "docx"
    if "META-INF/container.xml" in archive.names:
        return "epub"
    raise InputError(f"{archive.name}: is a ZIP archive but not a DOCX, ODT or EPUB document")


def read_source(data: bytes, *, name: str, path: str | None = None) -> Source:
    """The :class:`Source` of a document's bytes, in whatever format they are.

    Args:
        data: the file's content.
        name: how messages name it.
        path: the path recorded in the source (``None`` for standard input).

    Raises:
        InputError: the document cannot be read (see :func:`read_document`).
    """
    if not data:
        raise InputError(f"{name}: is empty (no text to read)")
    kind = detect_format(data, name=name)
    if kind == "pdf":
        return read_pdf(data, name=name, path=path)
    if kind == "html":
        return read_html(decode_bytes(data, name=name), path=path)
    if kind == "text":
        return Source(text=decode_bytes(data, name=name), format="text", path=path)
    archive = Archive(data, name=name)
    reader = {"docx": read_docx, "odt": read_odt, "epub": read_epub}[kind]
    return reader(archive, path=path)


def read_document(path: str | os.PathLike[str]) -> Source:
    """Read a document in its own format: text, Markdown, HTML, EPUB, DOCX, ODT or PDF.

    The format is told from the content, not the extension. Notes and markers that the format
    encodes come with the text; for a PDF, the page layout too. ``citex.extract(source)``
    then finds the citations.

    Args:
        path: the file.

    Returns:
        The document's :class:`Source`.

    Raises:
        InputError: the file is missing or unreadable, or cannot be read as a document: an
            encrypted PDF, a PDF with no text layer ("run OCR first"), a corrupt ZIP, a ZIP
            that unpacks to too much, XML that declares entities, binary data.
    """
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError as error:
        raise InputError(f"{path}: no such file") from error
    except IsADirectoryError as error:
        raise InputError(f"{path}: is a directory, not a file") from error
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from error
    return read_source(data, name=str(path), path=str(path))
