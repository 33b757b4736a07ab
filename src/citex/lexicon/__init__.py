"""Language data, no logic: the words citex knows in each language it reads.

Each language is one module (`en`, `it`, `fr`, `de`, `es`, `pt`) defining the same names
(tests/lexicon checks that none is missing); `places` holds the publishing cities and
towns. Stages read the union of all languages through `words` and `MONTHS`, so adding a
language is adding one module to `LANGUAGES`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType, ModuleType

from citex.lexicon import de, en, es, fr, it, pt
from citex.lexicon.places import PUBLISHING_CITIES, TOWNS

LANGUAGES: tuple[ModuleType, ...] = (en, it, fr, de, es, pt)


def words(name: str) -> frozenset[str]:
    """The union over all languages of the word set called ``name`` (e.g. "PROSE_WORDS")."""
    return frozenset().union(*(getattr(language, name) for language in LANGUAGES))


def _months() -> Mapping[str, int]:
    """Every month form of every language, as written, with its number."""
    forms: dict[str, int] = {}
    for language in LANGUAGES:
        forms.update(language.MONTHS)
    return MappingProxyType(forms)


# Month names and abbreviations of all languages as written ("Jan", "genn.", "März"),
# with their numbers.
MONTHS = _months()

__all__ = ["LANGUAGES", "MONTHS", "PUBLISHING_CITIES", "TOWNS", "words"]
