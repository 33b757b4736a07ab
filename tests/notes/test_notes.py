"""find_notes on the shared corpus (golden) and on small snippets of each note format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citex import find_notes
from notes_scoring import score_notes

GOLDEN = ["kites4-specter-part4", "utopia-rossa-2013-serge-memoirs"]


@pytest.mark.parametrize("name", GOLDEN)
def test_corpus_against_gold(corpus: Path, name: str) -> None:
    text = (corpus / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((corpus / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    scores = score_notes(gold, find_notes(text))
    print(name, {key: round(value, 4) for key, value in scores.items()})
    assert scores["marker_f1"] >= 0.98
    assert scores["note_f1"] >= 0.98
    assert scores["link_accuracy"] >= 0.98
    assert scores["note_text_equal"] >= 0.95


def test_essay_without_notes_has_none(corpus: Path) -> None:
    text = (corpus / "damen-1943-russia-we-love.txt").read_text(encoding="utf-8")
    doc = find_notes(text)
    assert doc.markers == ()
    assert doc.notes == ()


def test_numbering_restarts_across_concatenated_documents(corpus: Path) -> None:
    """Articles whose numbering restarts: every gold note is still found, in its article."""
    names = ["kites4-specter-part4", "utopia-rossa-2013-serge-memoirs", "kites4-specter-part4"]
    texts = [(corpus / f"{name}.txt").read_text(encoding="utf-8") for name in names]
    doc = find_notes("\n\n".join(texts))
    offset = 0
    for article, (name, text) in enumerate(zip(names, texts, strict=True)):
        gold = json.loads((corpus / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        starts = {n.span.start: n for n in doc.notes}
        for note in gold["notes"]:
            found = starts[note["start_offset"] + offset]
            assert found.article == article
            assert " ".join(found.text.split()) == " ".join(note["text"].split())
        offset += len(text) + 2
    assert len(doc.notes) == 45 + 12 + 45
