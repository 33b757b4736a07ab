"""Author lists at the head of a reference (parse/creators.py, parse/names.py)."""

from __future__ import annotations

import pytest

from citex.parse.reference import parse_reference


@pytest.mark.parametrize(
    ("raw", "families", "title"),
    [
        pytest.param(  # ../shared/cases/parser/it.jsonl
            "Bianchi C. e M. Ferro, Il porto di Chioggia, Venezia 1970.",
            ["Bianchi", "Ferro"],
            "Il porto di Chioggia",
            id="italian-e-before-an-initial",
        ),
        pytest.param(  # issue 12: "Rossi A. - Bianchi B."
            "Rossi A. - Bianchi B., La laguna di Venezia, Venezia 1970.",
            ["Rossi", "Bianchi"],
            "La laguna di Venezia",
            id="spaced-dash-between-people",
        ),
        pytest.param(  # a dash before a title is no joiner
            "Rossi A. - La storia della città, Venezia 1970.",
            ["Rossi"],
            "La storia della città",
            id="dash-before-a-title",
        ),
    ],
)
def test_italian_author_lists(raw: str, families: list[str], title: str) -> None:
    reference = parse_reference(raw)
    assert [name.family for name in reference.author] == families
    assert reference.title == title
