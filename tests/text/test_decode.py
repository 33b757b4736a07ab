"""Reading input as text: encodings, binary and empty input, real corpus files."""

from __future__ import annotations

import codecs
import contextlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.errors import InputError
from citex.text.decode import decode_bytes, read_text

TEXT = "Mémoires d'un révolutionnaire – “Carnets”, p. 126\n"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(TEXT.encode("utf-8"), id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), id="utf-32-le-bom"),
        pytest.param(TEXT.encode("utf-16-le"), id="utf-16-le-no-bom"),
        pytest.param(TEXT.encode("utf-16-be"), id="utf-16-be-no-bom"),
        pytest.param(TEXT.encode("cp1252"), id="windows-1252"),
    ],
)
def test_decodes_common_encodings(data: bytes) -> None:
    assert decode_bytes(data, name="x.txt") == TEXT


def test_latin1_text_reads_as_windows_1252() -> None:
    assert decode_bytes("Città, Müller\r\n".encode("latin-1"), name="x") == "Città, Müller\r\n"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"", "is empty", id="empty"),
        pytest.param(b" \n\t\r\n", "is empty", id="whitespace-only"),
        pytest.param(codecs.BOM_UTF8, "is empty", id="bom-only"),
        pytest.param(b"abc\x00def\x00\x00\x01\x02", "NUL byte at offset 3", id="nul"),
        pytest.param(b"text \x07\x01\x02" * 8, "control characters", id="control"),
        pytest.param(b"%PDF-1.7\n%\xe2\xe3", "is a PDF", id="pdf"),
        pytest.param(b"PK\x03\x04\x14\x00", "ZIP archive", id="zip-docx"),
        pytest.param(b"\x89PNG\r\n\x1a\n", "PNG image", id="png"),
        pytest.param(b"caf\xe9 \x81\x8d", "neither UTF-8 nor Windows-1252", id="undecodable"),
        pytest.param(codecs.BOM_UTF16_LE + b"a\x00\x00\xd8", "byte-order mark", id="bad-utf16"),
    ],
)
def test_rejects_binary_empty_and_undecodable(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as raised:
        decode_bytes(data, name="in.txt")
    assert str(raised.value).startswith("in.txt: ")


def test_keeps_the_odd_control_character_pdf_extraction_leaves() -> None:
    text = "Smith, J. 1999. A \x0ftitle.\n" * 10
    assert decode_bytes(text.encode(), name="x") == text


def test_keeps_line_endings_so_offsets_match_the_file() -> None:
    assert decode_bytes(b"a\r\nb\rc\n", name="x") == "a\r\nb\rc\n"


def test_read_text_errors_name_the_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_text(tmp_path)
    (tmp_path / "empty.bib").write_bytes(b"")
    with pytest.raises(InputError, match=r"empty\.bib: is empty"):
        read_text(tmp_path / "empty.bib")


def test_reads_every_corpus_file(corpus: Path) -> None:
    for path in sorted(corpus.glob("*.txt")):
        text = read_text(path)
        assert text == path.read_bytes().decode("utf-8-sig")


@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), min_size=1))
def test_any_utf8_text_round_trips(text: str) -> None:
    if text.strip():
        assert decode_bytes(text.encode("utf-8"), name="x") == text.lstrip("\ufeff")


@given(st.binary(max_size=200))
def test_never_fails_with_anything_but_input_error(data: bytes) -> None:
    with contextlib.suppress(InputError):
        assert isinstance(decode_bytes(data, name="x"), str)
