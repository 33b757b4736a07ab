"""parse_names(): printed name lists -> CSL names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.parse.names import parse_names
from citex.records import Name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Hearn, Lafcadio", (Name(family="Hearn", given="Lafcadio"),), id="inverted"),
        pytest.param(
            "Karen E. Fields and Barbara J. Fields",
            (Name(family="Fields", given="Karen E."), Name(family="Fields", given="Barbara J.")),
            id="direct-and",
        ),
        pytest.param(
            "Smith, J. A., Jones, B., & Brown, C.",
            (
                Name(family="Smith", given="J. A."),
                Name(family="Jones", given="B."),
                Name(family="Brown", given="C."),
            ),
            id="apa-ampersand",
        ),
        pytest.param(
            "Rossi M, Bianchi GL, Verdi A",
            (
                Name(family="Rossi", given="M"),
                Name(family="Bianchi", given="GL"),
                Name(family="Verdi", given="A"),
            ),
            id="vancouver",
        ),
        pytest.param(
            "Lakoff, George, and Mark Johnson",
            (Name(family="Lakoff", given="George"), Name(family="Johnson", given="Mark")),
            id="chicago-first-inverted",
        ),
        pytest.param(
            "Ludwig van Beethoven",
            (Name(family="Beethoven", given="Ludwig", particle="van"),),
            id="particle-direct",
        ),
        pytest.param(
            "van Arragon, Paul",
            (Name(family="Arragon", given="Paul", particle="van"),),
            id="particle-inverted",
        ),
        pytest.param(
            "King, Martin Luther, Jr.",
            (Name(family="King", given="Martin Luther", suffix="Jr."),),
            id="suffix",
        ),
        pytest.param("Müller, K. u. a.", (Name(family="Müller", given="K."),), id="german-u-a"),
        pytest.param("Rossi, M. et al.", (Name(family="Rossi", given="M."),), id="et-al"),
        pytest.param(
            "World Health Organization",
            (Name(literal="World Health Organization"),),
            id="corporate",
        ),
        pytest.param("Lenin", (Name(family="Lenin"),), id="single-word"),
        pytest.param("V. Serge", (Name(family="Serge", given="V."),), id="initial-direct"),
        pytest.param("", (), id="empty"),
    ],
)
def test_parse_names(text: str, expected: tuple[Name, ...]) -> None:
    assert parse_names(text) == expected


@given(st.text(max_size=200))
def test_parse_names_never_raises(text: str) -> None:
    for name in parse_names(text):
        assert any((name.family, name.given, name.literal))
