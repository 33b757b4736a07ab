"""One notion of "same work": levels work, edition, volume; the terms that find candidates."""

from __future__ import annotations

import unicodedata

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.records import Date, Name, Reference
from citex.works import identity
from citex.works.identity import Level, compare, relation, work_key
from strategies import references

MARX = [Name(family="Marx", given="Karl")]
CAPITAL_1 = Reference(
    type="book",
    author=MARX,
    title="Capital",
    volume="1",
    publisher="Penguin",
    publisher_place="London",
    issued=Date(year=1976),
)
LENIN_SELECTED = Reference(
    type="chapter",
    author=[Name(family="Lenin")],
    title="What Is To Be Done?",
    container_title="Selected Works",
    volume="1",
    publisher="Progress Publishers",
    issued=Date(year=1977),
)
LENIN_SHORT = Reference(
    type="book",
    author=[Name(family="Lenin", given="V. I.")],
    title="What Is to Be Done?",
    issued=Date(year=1902),
)


@pytest.mark.parametrize(
    ("a", "b", "level"),
    [
        pytest.param(CAPITAL_1, attrs.evolve(CAPITAL_1, title="Capital."), Level.VOLUME, id="same"),
        pytest.param(CAPITAL_1, attrs.evolve(CAPITAL_1, volume="2"), Level.EDITION, id="volumes"),
        pytest.param(
            CAPITAL_1, attrs.evolve(CAPITAL_1, volume=None), Level.EDITION, id="volume-or-none"
        ),
        pytest.param(
            CAPITAL_1,
            attrs.evolve(CAPITAL_1, publisher="Vintage", issued=Date(year=1977)),
            Level.WORK,
            id="other-imprint",
        ),
        pytest.param(
            CAPITAL_1,
            attrs.evolve(CAPITAL_1, translator=[Name(family="Moore")]),
            Level.VOLUME,
            id="translator-on-one-side-only",
        ),
        pytest.param(
            attrs.evolve(CAPITAL_1, translator=[Name(family="Fowkes")]),
            attrs.evolve(CAPITAL_1, translator=[Name(family="Moore")]),
            Level.WORK,
            id="other-translation",
        ),
        pytest.param(LENIN_SELECTED, LENIN_SHORT, Level.VOLUME, id="bare-year-joins-imprint"),
        pytest.param(
            Reference(author=MARX, title="Capital", issued=Date(year=1976)),
            Reference(author=MARX, title="Capital", issued=Date(year=1978)),
            Level.WORK,
            id="two-bare-years",
        ),
        pytest.param(
            CAPITAL_1,
            attrs.evolve(CAPITAL_1, title="Capital Accumulation"),
            Level.OTHER,
            id="title",
        ),
        pytest.param(
            CAPITAL_1,
            attrs.evolve(CAPITAL_1, author=[Name(family="Marx", given="Eleanor")]),
            Level.OTHER,
            id="other-initials",
        ),
        pytest.param(
            Reference(title="Annual Report", issued=Date(year=2001)),
            Reference(title="Annual Report", issued=Date(year=2015)),
            Level.OTHER,
            id="no-creators-other-year",
        ),
        pytest.param(
            Reference(title="City of Toronto"),
            Reference(title="City of Toronto: Emergency Services"),
            Level.OTHER,
            id="no-creators-needs-the-full-title",
        ),
        pytest.param(
            Reference(author=MARX, title="Das Kapital", doi="10.1000/1"),
            Reference(author=[Name(family="Marx")], title="Capital", doi="10.1000/1"),
            Level.VOLUME,
            id="same-doi",
        ),
        pytest.param(
            attrs.evolve(CAPITAL_1, doi="10.1000/1"),
            attrs.evolve(CAPITAL_1, doi="10.1000/2"),
            Level.EDITION,
            id="other-doi-never-one-entry",
        ),
        pytest.param(
            Reference(author=[Name(literal="Technology")], title="Verlag", isbn="9780761473145"),
            Reference(title="How it Works", isbn="978-0-7614-7314-5"),
            Level.VOLUME,
            id="same-isbn",
        ),
        pytest.param(
            Reference(title="Introduction", container_title="Reader", isbn="9780761473145"),
            Reference(title="Conclusion", container_title="Reader", isbn="9780761473145"),
            Level.OTHER,
            id="chapters-share-their-books-isbn",
        ),
        pytest.param(
            Reference(raw="Archivio centrale, busta 12."),
            Reference(raw="Archivio  centrale, busta 12"),
            Level.VOLUME,
            id="untitled-same-text",
        ),
    ],
)
def test_levels(a: Reference, b: Reference, level: Level) -> None:
    assert relation(a, b) == level
    assert relation(b, a) == level


def test_same_work_edition_volume_are_the_levels() -> None:
    volume_2 = attrs.evolve(CAPITAL_1, volume="2")
    assert identity.same_work(CAPITAL_1, volume_2) and identity.same_edition(CAPITAL_1, volume_2)
    assert not identity.same_volume(CAPITAL_1, volume_2)


@given(st.text(max_size=40))
def test_folding_leaves_no_accents_capitals_or_punctuation(text: str) -> None:
    folded = identity.fold(text)
    assert folded == folded.strip() and folded.casefold() == folded
    assert not any(unicodedata.combining(ch) for ch in folded)


def test_folding() -> None:
    assert identity.fold("Qu’est-ce que «la» Propriété?") == "qu est ce que la propriete"
    assert identity.fold("ℌistory of İstanbul") == "history of istanbul"
    assert identity.title_words("The State and Revolution") == ("state", "and", "revolution")
    assert identity.title_words("The") == ("the",)
    assert identity.main_title_words("Settlers: The Mythology") == ("settlers",)
    assert identity.family(Name(family="Gaulle", particle="de")) == "gaulle"
    assert identity.family(Name(literal="V. I. Lenin")) == identity.surname("Lenin")
    assert identity.initials(Name(given="Vladimir Ilyich")) == "vi"


def _pairs() -> st.SearchStrategy[tuple[Reference, Reference]]:
    """Two references, often variants of one another (so every level is drawn)."""

    def variant(ref: Reference, data: st.DataObject) -> Reference:
        changes = data.draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "volume": st.sampled_from([None, "1", "2"]),
                    "issued": st.sampled_from([None, Date(year=1976), Date(year=1978)]),
                    "publisher": st.sampled_from([None, "Penguin", "Verso"]),
                    "title": st.sampled_from([None, "Capital", "Capital: A Critique"]),
                    "doi": st.sampled_from([None, "10.1/a", "10.1/b"]),
                    "isbn": st.sampled_from([None, "978-0-19-953556-9", "0-14-044913-5"]),
                },
            )
        )
        return attrs.evolve(ref, **changes)

    return st.builds(lambda a, data: (a, variant(a, data)), references(), st.data())


@given(_pairs())
def test_compare_is_symmetric_and_candidates_find_every_match(
    pair: tuple[Reference, Reference],
) -> None:
    a, b = (work_key(ref) for ref in pair)
    level = compare(a, b)
    assert compare(b, a) == level
    if level >= Level.WORK:
        # resolution and the corpus only compare works that share a term
        assert set(identity.query_terms(a)) & set(identity.index_terms(b))


def test_candidates_are_capped_and_the_exact_term_comes_first() -> None:
    key = work_key(CAPITAL_1)
    exact, *rest = identity.query_terms(key)
    crowd = list(range(1000))
    filed = {term: crowd for term in rest} | {exact: [5000]}
    found = identity.candidates(filed.get(term, []) for term in identity.query_terms(key))
    assert found[0] == 5000 and len(found) == identity.MAX_CANDIDATES
