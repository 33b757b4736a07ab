"""The lexicon: every language defines the same words, and no stage keeps its own list."""

from __future__ import annotations

import ast
import pkgutil
from pathlib import Path
from types import ModuleType

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import citex
from citex import lexicon, parse_reference
from citex.lexicon import en
from citex.parse import dates
from citex.parse import patterns as parse_patterns
from citex.registry import alternation

PACKAGE = Path(citex.__file__).resolve().parent
LEXICON = PACKAGE / "lexicon"
# The language modules: every module of the lexicon but the places, which no language owns.
LANGUAGE_NAMES = sorted(
    module.name for module in pkgutil.iter_modules([str(LEXICON)]) if module.name != "places"
)
# Word sets the stages look lowercased words up in.
LOOKUP_SETS = (
    "ARTICLES", "STOPWORDS", "FUNCTION_WORDS", "SENTENCE_STARTERS", "PROSE_WORDS",
    "DETAIL_WORDS", "PARTICLES", "HEADING_WORDS", "NOTES_HEADINGS", "HEADING_QUALIFIERS",
    "BIBLIOGRAPHY_HEADINGS", "SECTION_END_HEADINGS", "CHAPTER_WORDS", "PART_WORDS", "NUMBER_WORDS",
    "CONTACT_WORDS", "PAGE_LABELS", "VOLUME_LABELS", "ISSUE_LABELS", "CONTAINER_WORDS",
    "ROLE_WORDS", "CITE_ABBREVIATIONS", "PUBLISHER_WORDS", "ARCHIVE_WORDS", "CONNECTIVES",
    "LANGUAGE_MARKERS",
)  # fmt: skip
# A literal collection of this many bare words, or a string split into as many, is a word
# list: it belongs in the lexicon.
MIN_WORD_LIST = 12
_WORD = regex.compile(r"^\p{L}[\p{L}'’]*$")


def _keys(language: ModuleType) -> set[str]:
    return {name for name in vars(language) if name.isupper()}


def test_every_language_module_is_read() -> None:
    assert sorted(language.__name__.rsplit(".", 1)[1] for language in lexicon.LANGUAGES) == (
        LANGUAGE_NAMES
    )


@pytest.mark.parametrize("language", lexicon.LANGUAGES, ids=lambda module: module.__name__)
def test_language_defines_every_key_the_others_have(language: ModuleType) -> None:
    every_key = set().union(*(_keys(other) for other in lexicon.LANGUAGES))
    assert every_key - _keys(language) == set()
    for key in every_key:
        assert type(getattr(language, key)) is type(getattr(en, key)), key


@pytest.mark.parametrize("language", lexicon.LANGUAGES, ids=lambda module: module.__name__)
def test_language_names_all_twelve_months(language: ModuleType) -> None:
    assert sorted(set(language.MONTHS.values())) == list(range(1, 13))


@pytest.mark.parametrize("key", LOOKUP_SETS)
def test_lookup_words_are_lowercase(key: str) -> None:
    """Stages look lowercased words up: a capitalised entry would never be found."""
    assert [word for word in lexicon.words(key) if word != word.lower()] == []


def test_words_unions_the_languages() -> None:
    assert {"the", "il", "le", "der", "el", "o"} <= lexicon.words("ARTICLES")
    assert lexicon.MONTHS["genn."] == 1
    assert lexicon.MONTHS["März"] == 3
    assert "Leipzig" in lexicon.PUBLISHING_CITIES


def _is_word_list(node: ast.AST) -> bool:
    """A set, list or tuple of at least MIN_WORD_LIST bare words, or a string of as many
    words split into a list."""
    if isinstance(node, ast.Set | ast.List | ast.Tuple):
        items = [
            item.value
            for item in node.elts
            if isinstance(item, ast.Constant) and isinstance(item.value, str)
        ]
        return sum(bool(_WORD.match(item)) for item in items) >= MIN_WORD_LIST
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "split"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
        and len(node.func.value.value.split()) >= MIN_WORD_LIST
    )


def _word_lists(tree: ast.AST) -> list[str]:
    """The names assigned a literal word list anywhere in ``tree``."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(_is_word_list(part) for part in ast.walk(node.value)):
                found += [target.id for target in targets if isinstance(target, ast.Name)]
    return found


# Literal lists that are not words of a language: the public API's names, the CSL schema's
# item types, HTML's void and block elements, and the stems that let the parser skip
# SERIES_NAME on most strings (they mirror that pattern's alternation, not a word list), and
# the learned tagger's label names.
NOT_LANGUAGE = {
    "__init__.py": ["__all__"],
    "formats/csl.py": ["CSL_TYPES"],
    "parse/shapes.py": ["_SERIES_NEEDLES"],
    "parse/tagger.py": ["LABELS"],
    "sources/html.py": ["_VOID", "_BLOCK"],
}


def test_word_list_detector_finds_lists() -> None:
    assert _word_lists(ast.parse('W = frozenset("a b c d e f g h i j k l".split())')) == ["W"]
    assert _word_lists(ast.parse(f"def f():\n    W = {list('abcdefghijkl')!r}")) == ["W"]
    assert _word_lists(ast.parse("W = ('a', 'b', 'c')")) == []


def test_no_word_list_outside_the_lexicon() -> None:
    """Words live in the lexicon once; stages read it. (Regex alternations, such as the
    bibliography headings' phrase grammar, are not literal lists and are not checked.)"""
    found = {
        str(path.relative_to(PACKAGE)): names
        for path in sorted(PACKAGE.rglob("*.py"))
        if LEXICON not in path.parents
        and (names := _word_lists(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert found == NOT_LANGUAGE


@pytest.mark.parametrize(("form", "number"), sorted(lexicon.MONTHS.items()))
def test_parser_reads_every_month_form(form: str, number: int) -> None:
    """The date patterns and the month reader know the same months (they drifted apart:
    "février" and "juillet" matched the patterns but were read as no month)."""
    assert parse_patterns.MONTH_ONLY.match(form)
    assert dates._month(form) == number


def test_french_month_in_a_reference_is_read() -> None:
    # anystyle core.xml
    parsed = parse_reference(
        "COLLECTIF. Les risques professionnels à l’hôpital (dossier). L’Aide-soignante, "
        "février 2004, n°54. p. 11-19."
    )
    assert parsed.issued is not None
    assert (parsed.issued.year, parsed.issued.month) == (2004, 2)


_WORDS = st.lists(st.text(alphabet="ab. é’", min_size=1, max_size=5), max_size=8)


@given(words=_WORDS, other=st.text(alphabet="ab. é’", max_size=6))
@settings(max_examples=200, deadline=None)
def test_alternation_matches_exactly_the_words(words: list[str], other: str) -> None:
    pattern = regex.compile(alternation(words))
    assert all(pattern.fullmatch(word) for word in words)
    assert bool(pattern.fullmatch(other)) == (other in words)


def test_alternation_prefers_the_longer_word_and_adds_suffixes() -> None:
    longer = regex.match(alternation(["Jan", "January"]), "January 1990")
    assert longer is not None
    assert longer[0] == "January"
    jan = regex.compile(alternation(["Jan", "genn."], suffix=lambda w: "" if "." in w else r"\.?"))
    assert [bool(jan.fullmatch(t)) for t in ("Jan", "Jan.", "genn.", "genn")] == [1, 1, 1, 0]
