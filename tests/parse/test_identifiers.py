"""ISBN and ISSN: check digits and one written form."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.parse.identifiers import isbn_key, normalise_isbn, normalise_issn
from citex.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("printed", "normalised", "key"),
    [
        pytest.param("0968308600", "0-9683086-0-0", "9780968308608", id="isbn10-bare"),
        pytest.param("978-0802067784", "978-0-8020-6778-4", "9780802067784", id="isbn13-badly-cut"),
        pytest.param("978 0 19 953556 9", "978-0-19-953556-9", "9780199535569", id="spaces"),
        pytest.param("0-14-044913-X", "0-14-044913-X", "", id="check-digit-fails"),
        pytest.param("12345", "12345", "", id="too-short"),
    ],
)
def test_isbn(printed: str, normalised: str, key: str) -> None:
    assert (normalise_isbn(printed), isbn_key(printed)) == (normalised, key)


def test_isbn10_and_isbn13_of_one_book_have_one_key() -> None:
    assert isbn_key("0-8020-6778-6") == isbn_key("978-0-8020-6778-4") == "9780802067784"


@pytest.mark.parametrize(
    ("printed", "normalised"),
    [("00280836", "0028-0836"), ("0028 0836", "0028-0836"), ("1234-5678", "1234-5678")],
)
def test_issn(printed: str, normalised: str) -> None:
    assert normalise_issn(printed) == normalised


def test_parsed_references_carry_normalised_numbers() -> None:
    book = parse_reference("Smith, J. A Title. London: Verso, 2001. ISBN 0968308600.")
    article = parse_reference("Smith, J. A Study. Nature 3 (2001): 4-5. ISSN 00280836.")
    assert (book.isbn, article.issn) == ("0-9683086-0-0", "0028-0836")


@given(st.text(alphabet="0123456789Xx -", max_size=20))
def test_normalising_is_idempotent(printed: str) -> None:
    once = normalise_isbn(printed)
    assert normalise_isbn(once) == once
    assert isbn_key(once) == isbn_key(printed)
