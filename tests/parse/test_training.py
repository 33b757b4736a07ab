"""Training data for the tagger: references the project renders itself, labelled from the
record they were printed from (citex.parse.training)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from citex.parse import tagger, training
from citex.records import Date, Name, Reference
from render import render


def _labelled(text: str, labels: list[str]) -> list[tuple[str, str]]:
    return [(text[s:e], label) for (s, e), label in zip(tagger.tokenise(text), labels, strict=True)]


def test_a_rendered_chapter_is_labelled_from_its_record() -> None:
    ref = Reference(
        type="chapter",
        author=(Name(given="Mario", family="Bianchi"),),
        editor=(Name(given="Jacques", family="Ginzburg"),),
        title="Guerra",
        container_title="Stato",
        publisher="Mondadori",
        publisher_place="Milano",
        issued=Date(year=1992),
        page="364–387",
    )
    text = render(ref, "humanities-it").text
    assert text == (
        "M. Bianchi, «Guerra», in J. Ginzburg (a cura di), Stato, Mondadori, Milano 1992, "
        "pp. 364-387."
    )
    assert _labelled(text, training.label_rendered(text, ref)) == [
        ("M.", "author"), ("Bianchi,", "author"), ("«Guerra»,", "title"), ("in", "in"),
        ("J.", "editor"), ("Ginzburg", "editor"), ("(a", "editor"), ("cura", "editor"),
        ("di),", "editor"), ("Stato,", "container"), ("Mondadori,", "publisher"),
        ("Milano", "place"), ("1992,", "date"), ("pp.", "pages"), ("364-387.", "pages"),
    ]  # fmt: skip


def test_a_cited_page_and_a_german_article_are_labelled() -> None:
    ref = Reference(
        type="article-journal",
        author=(Name(given="Hans", family="Müller"), Name(given="Karl", family="Schmidt")),
        title="Arbeit und Staat",
        container_title="Historische Zeitschrift",
        volume="12",
        issue="3",
        issued=Date(year=1994),
        page="45–67",
    )
    text = render(ref, "humanities-de", locator="50").text
    labelled = _labelled(text, training.label_rendered(text, ref, "50"))
    assert labelled[:5] == [
        ("Müller,", "author"), ("Hans", "author"), ("/", "author"), ("Schmidt,", "author"),
        ("Karl:", "author"),
    ]  # fmt: skip
    assert ("in:", "in") in labelled and ("12", "volume") in labelled
    assert labelled[-2:] == [("S.", "pages"), ("50.", "pages")]


def test_rendered_examples_are_the_same_every_time() -> None:
    first = list(training.rendered_examples(per_style=2))
    assert first == list(training.rendered_examples(per_style=2))
    assert len(first) == 2 * 12
    for text, labels in first:
        assert len(labels) == len(tagger.tokenise(text))
        assert "title" in labels and set(labels) <= set(tagger.LABELS)


def test_another_model_can_be_used_and_the_shipped_one_restored(tmp_path: Path) -> None:
    text = "Smith, J. The Book. London: Verso, 1990."
    spans = tagger.tokenise(text)
    try:
        tagger.use_model(tmp_path / "missing.crfsuite")
        assert not tagger.has_model()
        assert tagger.tag(text, spans, {}) == []
    finally:
        tagger.use_model()
    assert tagger.has_model()
    assert len(tagger.tag(text, spans, {})) == len(spans)


def test_training_is_deterministic(tmp_path: Path) -> None:
    """CRFsuite's SGD shuffles with the C library's unseeded rand(): the first model a fresh
    process trains is the same every time (``make`` and the folds of bench/core_crossval.py
    each train in a fresh process)."""
    script = (
        "import sys; from pathlib import Path; from citex.parse import training; "
        "training.train(list(training.rendered_examples(per_style=3)), Path(sys.argv[1]), "
        "iterations=3)"
    )
    models = [tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"]
    for model in models:
        subprocess.run([sys.executable, "-c", script, str(model)], check=True)
    assert models[0].read_bytes() == models[1].read_bytes()
