"""Property: Markdown with random footnotes, made into DOCX, ODT, EPUB and HTML by pandoc,
reads back as exactly those notes, each linked from its marker."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citex.sources import read_document

pytestmark = pytest.mark.skipif(
    shutil.which("pandoc") is None, reason="pandoc is installed by .ci/run; not here"
)

WORDS = (
    "Marx",
    "capital",
    "Roma",
    "1919",
    "pp.",
    "12-14",
    "città",
    "über",
    "edited",
    "by",
    "and",
    "the",
    "Œuvres",
    "vol.",
    "III",
    "Laterza,",
    "Paris:",
    "«Lettere»",
    "ibid.",
)
words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join)
# each paragraph opens with a word, as one opening with "III." or "(1921)" is a Markdown list
note_texts = st.lists(words.map(lambda text: f"See {text}."), min_size=1, max_size=2)
paragraphs = st.lists(st.tuples(words, st.lists(note_texts, max_size=3)), min_size=1, max_size=4)


def markdown(document: list[tuple[str, list[list[str]]]]) -> tuple[str, list[str]]:
    """The Markdown of ``document`` and the text of each of its notes, in order."""
    body, definitions, notes = [], [], []
    for text, paragraph_notes in document:
        line = text
        for note in paragraph_notes:
            label = str(len(notes) + 1)
            line += f"[^{label}] and more words"
            definitions.append(f"[^{label}]: " + "\n\n    ".join(note))
            notes.append("\n\n".join(note))
        body.append(line + ".")
    return "\n\n".join(body + definitions) + "\n", notes


@settings(
    max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(document=paragraphs)
def test_every_format_gives_back_the_notes(
    tmp_path: Path, document: list[tuple[str, list[list[str]]]]
) -> None:
    text, notes = markdown(document)
    source_file = tmp_path / "doc.md"
    source_file.write_text(text, encoding="utf-8")
    for suffix in ("docx", "odt", "epub", "html"):
        target = tmp_path / f"doc.{suffix}"
        subprocess.run(
            ["pandoc", str(source_file), "-o", str(target), "--metadata", "title=T"],
            check=True,
            capture_output=True,
        )
        source = read_document(target)
        assert [(n.label, n.text) for n in source.notes] == [
            (str(i + 1), note) for i, note in enumerate(notes)
        ], suffix
        assert [(m.label, m.note) for m in source.markers] == [
            (str(i + 1), i) for i in range(len(notes))
        ], suffix
