"""Reading the ZIP containers and XML parts of DOCX, ODT and EPUB files safely.

A document's parts together may unpack to at most :data:`MAX_UNPACKED` bytes (a ZIP bomb
unpacks to thousands of times its size), counted on the bytes actually inflated, not on the
sizes the archive declares. An XML part with a DTD is refused, so no entity is ever
declared, expanded or fetched (see :func:`parse_xml`).
"""

from __future__ import annotations

import zipfile
from io import BytesIO
from xml.etree import ElementTree
from xml.etree.ElementTree import Element

from citex.errors import InputError

#: The most bytes the parts of one document may unpack to.
MAX_UNPACKED = 256 * 1024 * 1024
_CHUNK = 1 << 20


class Archive:
    """A ZIP container whose parts are read under one budget of unpacked bytes."""

    def __init__(self, data: bytes, *, name: str, limit: int | None = None) -> None:
        limit = MAX_UNPACKED if limit is None else limit
        self.name = name
        self._left = limit
        self._limit = limit
        try:
            self._zip = zipfile.ZipFile(BytesIO(data))
            self.names = frozenset(self._zip.namelist())
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
            raise InputError(f"{name}: is a corrupt ZIP archive ({error})") from error

    def read(self, member: str) -> bytes:
        """The unpacked bytes of ``member``.

        Raises:
            InputError: The member is missing or corrupt, or the document unpacks to more
                than the budget.
        """
        if member not in self.names:
            raise InputError(f"{self.name}: has no part {member!r}")
        chunks = []
        try:
            with self._zip.open(member) as stream:
                while chunk := stream.read(min(_CHUNK, self._left + 1)):
                    self._left -= len(chunk)
                    if self._left < 0:
                        raise InputError(
                            f"{self.name}: unpacks to more than {self._limit} bytes "
                            "(a ZIP bomb?); not read"
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError) as error:
            raise InputError(f"{self.name}: part {member!r} is corrupt ({error})") from error
        return b"".join(chunks)

    def xml(self, member: str) -> Element:
        """The parsed XML of ``member`` (see :func:`parse_xml`)."""
        return parse_xml(self.read(member), name=f"{self.name}: {member}")


def parse_xml(data: bytes, *, name: str) -> Element:
    """The root element of an XML document; one with a DTD is refused.

    Entities can only be declared in a DTD, so refusing every ``<!DOCTYPE`` means no
    entity is ever expanded or fetched (as defusedxml's ``forbid_dtd``), while the parse
    itself stays in C: no part of a DOCX, ODT or EPUB package has a DTD.

    Raises:
        InputError: The XML has a DTD or is not well-formed.
    """
    if _has_doctype(data):
        raise InputError(
            f"{name}: XML with a DTD is refused (it may declare entities, which citex never "
            "expands or fetches)"
        )
    try:
        return ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise InputError(f"{name}: is not well-formed XML ({error})") from error


def _has_doctype(data: bytes) -> bool:
    """True if the XML holds a document type declaration, in UTF-8 or UTF-16."""
    if b"<!DOCTYPE" in data:
        return True
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data[:4]:
        encoding = "utf-16-be" if data[:2] == b"\xfe\xff" or data[:1] == b"\x00" else "utf-16-le"
        return "<!DOCTYPE" in data.decode(encoding, errors="replace")
    return False
