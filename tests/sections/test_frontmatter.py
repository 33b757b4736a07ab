"""The document's self-record: front matter and title blocks."""

from __future__ import annotations

from pathlib import Path

import pytest

from citex.records import Date, Name
from citex.sections.frontmatter import find_self_record


def test_damen_front_matter(corpus: Path) -> None:
    text = (corpus / "damen-1943-russia-we-love.txt").read_text(encoding="utf-8")
    record = find_self_record(text)
    assert record is not None
    assert record.title == "The Russia We Love and Defend"
    assert record.author == (Name(family="Damen", given="Onorato"),)
    assert record.issued == Date(year=1943, raw="1943")
    assert record.url == "https://www.marxists.org/archive/damen/1943/love-russia.htm"
    assert record.span is not None and text[record.span.start : record.span.end].startswith(
        "---\ntitle:"
    )
    assert text[record.span.end :].lstrip().startswith("It is no accident")


@pytest.mark.parametrize(
    ("text", "title", "authors"),
    [
        pytest.param(
            "---\ntitle: 'A: B'\nauthor:\n  - Smith, Jane\n  - John Doe\n"
            "date: 2013-03-11\n---\nBody",
            "A: B",
            (Name(family="Smith", given="Jane"), Name(family="Doe", given="John")),
            id="list-of-authors",
        ),
        pytest.param(
            "---\ntitle: Essay\nsubtitle: More\nauthor: Ann Lee and Bo Kim\n...\n",
            "Essay: More",
            (Name(family="Lee", given="Ann"), Name(family="Kim", given="Bo")),
            id="subtitle-and-two-authors",
        ),
        pytest.param(
            "# The Russia We Love\n\nby Onorato Damen\n\nIt is no accident.",
            "The Russia We Love",
            (Name(family="Damen", given="Onorato"),),
            id="title-block",
        ),
    ],
)
def test_self_record_fields(text: str, title: str, authors: tuple[Name, ...]) -> None:
    record = find_self_record(text)
    assert record is not None
    assert (record.title, record.author) == (title, authors)


def test_front_matter_date_parts() -> None:
    record = find_self_record("---\ntitle: X\ndate: 2013-03-11\n---\n")
    assert record is not None and record.issued == Date(
        year=2013, month=3, day=11, raw="2013-03-11"
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("Just prose.\n---\ntitle: late\n---\n", id="fence-not-at-start"),
        pytest.param("---\nno closing fence\n", id="unclosed"),
        pytest.param("---\nfoo: bar\n---\n", id="no-known-keys"),
        pytest.param("---\n" + "x: y\n" * 500 + "---\n", id="too-long"),
    ],
)
def test_no_self_record(text: str) -> None:
    assert find_self_record(text) is None


def test_corpus_texts_without_metadata(corpus: Path) -> None:
    for name in ("kites4-specter-part4.txt", "utopia-rossa-2013-serge-memoirs.txt"):
        assert find_self_record((corpus / name).read_text(encoding="utf-8")) is None
