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
        pytest.param(
            "---\ntitle: Manifesto\nauthor: [Marx, Karl; Engels, Friedrich]\n---\n",
            "Manifesto",
            (Name(family="Marx", given="Karl"), Name(family="Engels", given="Friedrich")),
            id="flow-list-with-semicolons",
        ),
        pytest.param(
            "---\ntitle: >\n  The Communist\n  Manifesto\nauthor: Karl Marx\n---\n",
            "The Communist Manifesto",
            (Name(family="Marx", given="Karl"),),
            id="folded-title",
        ),
        pytest.param(
            "---\ntitle: Capital\nauthor:\n  - name: Karl Marx\n    affiliation: none\n---\n",
            "Capital",
            (Name(family="Marx", given="Karl"),),
            id="pandoc-author-maps",
        ),
        pytest.param(
            "---\ntitle: Capital\nauthor:\n  - family: Marx\n    given: Karl\n---\n",
            "Capital",
            (Name(family="Marx", given="Karl"),),
            id="csl-author-maps",
        ),
        pytest.param(
            '+++\ntitle = "Capital"\nauthors = ["Karl Marx"]\ndate = 1867-09-14\n+++\nBody',
            "Capital",
            (Name(family="Marx", given="Karl"),),
            id="hugo-toml",
        ),
        pytest.param(
            '---\nlayout: post\ntitle: "Capital: A Critique"\nauthor:\n  name: Karl Marx\n'
            "date: 2013-03-11 10:00:00 +0000\ncategories: [economy]\n---\n",
            "Capital: A Critique",
            (Name(family="Marx", given="Karl"),),
            id="jekyll-post",
        ),
        pytest.param(
            "---\ntitle: Capital: A Critique of Political Economy\nauthor: Karl Marx\n---\n",
            "Capital: A Critique of Political Economy",
            (Name(family="Marx", given="Karl"),),
            id="not-yaml-read-line-by-line",
        ),
        pytest.param(
            "% Capital\n% Karl Marx; Friedrich Engels\n% 1867\n\nBody",
            "Capital",
            (Name(family="Marx", given="Karl"), Name(family="Engels", given="Friedrich")),
            id="pandoc-title-block",
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


def test_jekyll_date_and_isbn() -> None:
    record = find_self_record(
        "---\ntitle: Capital\ndate: 2013-03-11 10:00:00 +0000\nisbn: 0968308600\n---\n"
    )
    assert record is not None
    assert record.issued == Date(year=2013, month=3, day=11, raw="2013-03-11 10:00:00 +0000")
    assert record.isbn == "0-9683086-0-0"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("---\n- a list\n- not a mapping\n---\n", id="yaml-list"),
        pytest.param("---\nA horizontal rule, then prose.\n---\n", id="yaml-scalar"),
        pytest.param("+++\ntitle = \n+++\n", id="bad-toml"),
        pytest.param("---\ntitle: [1, [2, [3]]]\n---\n", id="nested-title"),
    ],
)
def test_front_matter_that_is_not_metadata(text: str) -> None:
    assert find_self_record(text) is None


def test_yaml_aliases_are_not_expanded() -> None:
    # A "billion laughs" block: each list names the one before nine times.
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    record = find_self_record("---\ntitle: T\n" + "\n".join(lines) + "\nauthor: *a8\n---\n")
    assert record is not None and record.title == "T" and record.author == ()
