"""Documents in their own formats (PDF, HTML, EPUB, DOCX, ODT) -> text and encoded notes."""

from citex.sources.model import Page, PageLine, Source
from citex.sources.read import detect_format, read_document, read_source

__all__ = ["Page", "PageLine", "Source", "detect_format", "read_document", "read_source"]
