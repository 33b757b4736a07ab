"""Reading input files as text: the one place that decides encodings.

UTF-8 (with or without BOM) and UTF-16/32 with a BOM are decoded as such; UTF-16
without a BOM is recognised by its zero bytes. Anything else is tried as UTF-8, then as
Windows-1252 (which covers the printable Latin-1 range) — and only kept when the
result is clearly text. Binary
data (NUL bytes, many control characters, PDF/ZIP/image signatures) and empty input raise
:class:`~citex.errors.InputError` naming the file. Line endings are kept, so spans
index the decoded text exactly as read.
"""

from __future__ import annotations

import codecs
import os

from citex.errors import InputError
from citex.files import MAX_BYTES, read_bytes
from citex.text.patterns import BINARY_CONTROL

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# File signatures of binary formats people feed to text tools by mistake.
_SIGNATURES = (
    (b"%PDF-", "a PDF (extract its text first, e.g. with pdftotext)"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .epub? save it as plain text first)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (save it as plain text first)"),
    (b"{\\rtf", "an RTF document (save it as plain text first)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive (decompress it first)"),
)

_SAMPLE = 4096


def _bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces, and the mark's length."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def _bomless_utf16(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when the zero bytes sit where UTF-16 puts them for Latin text."""
    sample = data[:_SAMPLE]
    if len(sample) < 4 or len(data) % 2:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > 0.6 * half and even_zeros == 0:
        return "utf-16-le"
    if even_zeros > 0.6 * half and odd_zeros == 0:
        return "utf-16-be"
    return None


# More stray control characters than this (per character of text, and at least
# _CONTROL_FLOOR of them) mark a binary file; fewer are kept as the text holds them,
# since pdftotext output carries the odd \x0f or \x1f from a PDF's fonts.
_CONTROL_SHARE = 0.01
_CONTROL_FLOOR = 16


def _check_text(text: str, name: str) -> str:
    """``text`` itself, unless it is full of control characters no text has, or is blank."""
    controls = BINARY_CONTROL.findall(text)
    if len(controls) > max(_CONTROL_FLOOR, _CONTROL_SHARE * len(text)):
        first = BINARY_CONTROL.search(text)
        assert first is not None
        raise InputError(
            f"{name}: looks binary ({len(controls)} control characters, the first "
            f"{first.group()!r} at character {first.start()}); citex reads text files"
        )
    if not text.strip():
        raise InputError(f"{name}: is empty (no text to read)")
    return text


def decode_bytes(data: bytes, *, name: str) -> str:
    """The text of ``data``, decoded as described in the module docstring.

    Args:
        data: The raw bytes of a file or of standard input.
        name: What to call the input in error messages (a path, or ``<stdin>``).

    Returns:
        The decoded text, BOM removed, line endings untouched.

    Raises:
        InputError: The input is empty, binary, or not decodable as text.
    """
    if not data:
        raise InputError(f"{name}: is empty (no text to read)")
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"{name}: is {what}, not a text file")
    announced = _bom_encoding(data)
    if announced is not None:
        encoding, skip = announced
        try:
            return _check_text(data[skip:].decode(encoding), name)
        except UnicodeDecodeError as error:
            raise InputError(
                f"{name}: starts with a {encoding} byte-order mark but byte {error.start + skip} "
                f"is not {encoding}"
            ) from error
    if (utf16 := _bomless_utf16(data)) is not None:
        try:
            return _check_text(data.decode(utf16), name)
        except UnicodeDecodeError:
            pass  # not UTF-16 after all; the NUL check below reports it
    if (nul := data.find(b"\x00")) != -1:
        raise InputError(f"{name}: looks binary (NUL byte at offset {nul}); citex reads text files")
    try:
        return _check_text(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    try:
        return _check_text(data.decode("cp1252"), name)
    except UnicodeDecodeError as error:
        # Bytes 0x81, 0x8D, 0x8F, 0x90, 0x9D are undefined in Windows-1252 and are C1
        # controls in Latin-1: no text file has them.
        raise InputError(
            f"{name}: is neither UTF-8 nor Windows-1252/Latin-1 text (byte "
            f"{data[error.start]:#04x} at offset {error.start}); convert it to UTF-8"
        ) from error


def read_text(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> str:
    """The text of the file at ``path`` (see :func:`decode_bytes`).

    A FIFO or device the caller names is read as a stream; no more than ``max_bytes``
    is ever read (see :func:`citex.files.read_bytes`).

    Raises:
        InputError: The file is missing, unreadable, a directory, larger than
            ``max_bytes``, empty, binary or undecodable.
    """
    return decode_bytes(read_bytes(path, max_bytes=max_bytes, regular_only=False), name=str(path))
