"""find_bibliography scores each entry text once per section (a memo passed to trim), for
speed: the references must be those the unmemoised scoring gives."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from citex.sections import bibliography
from citex.sections.bibliography import find_bibliography, trim
from citex.sections.scores import reference_likeness

ENTRIES = """References

Adorno, Theodor W. Minima Moralia. Frankfurt am Main: Suhrkamp, 1951.
Benjamin, Walter. Gesammelte Schriften. Frankfurt am Main: Suhrkamp, 1974.
Serge, Victor. Mémoires d’un révolutionnaire. Paris: Éditions du Seuil, 1951.
Trotsky, Leon. The Revolution Betrayed. New York: Doubleday, 1937.
This chapter turns to the question of what the archives say about the strike, and why the
people who kept them thought that it mattered so much to them at the time, and after it.
"""


def test_each_entry_text_is_scored_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: Counter[str] = Counter()

    def counting(text: str) -> int:
        calls[text] += 1
        return reference_likeness(text)

    monkeypatch.setattr(bibliography, "reference_likeness", counting)
    references = find_bibliography(ENTRIES)
    assert [ref.text.split(",")[0] for ref in references] == [
        "Adorno",
        "Benjamin",
        "Serge",
        "Trotsky",
    ]
    assert calls and max(calls.values()) == 1


def test_trim_scores_with_the_function_it_is_given() -> None:
    texts = ["Adorno, Theodor W. Minima Moralia. Frankfurt am Main: Suhrkamp, 1951.", "x"]
    assert trim(texts) == (0, 1)
    assert trim(texts, likeness=lambda text: 5) == (0, 2)
    assert trim(texts, likeness=lambda text: -5) == (0, 0)


def test_memo_gives_the_references_of_unmemoised_scoring(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [
        path.read_text(encoding="utf-8") for path in sorted(corpus.glob("dev/jats_*/text.txt"))
    ]
    memoised = [find_bibliography(text) for text in texts]
    original_trim = bibliography.trim

    def unmemoised(entries: Sequence[str], **options: bool) -> tuple[int, int]:
        # every text scored afresh by the module's own function, as before the memo
        return original_trim(entries, headless=options["headless"], cut=options.get("cut", False))

    monkeypatch.setattr(bibliography, "trim", unmemoised)
    assert [find_bibliography(text) for text in texts] == memoised
    assert all(memoised)
