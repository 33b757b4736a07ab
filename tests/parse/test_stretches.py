"""Labelled stretches -> CSL fields: names without role words, numbering, pages, archives."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citex.parse import stretches, tagger
from citex.records import Name


def _read(labelled: list[tuple[str, str]]) -> dict[str, object]:
    text = " ".join(token for token, _ in labelled)
    spans = tagger.tokenise(text)
    return stretches.fields_from_labels(text, spans, [label for _, label in labelled])


def test_a_journal_article() -> None:
    fields = _read(
        [("Ferrari", "author"), ("L.,", "author"), ("Un", "title"), ("inventario,", "title"),
         ("«Ateneo", "container"), ("Trevigiano»,", "container"), ("XXXIV", "volume"),
         ("(1961),", "date"), ("pp.", "pages"), ("45", "pages"), ("-", "pages"), ("67.", "pages")]
    )  # fmt: skip
    assert fields["author"] == (Name(family="Ferrari", given="L"),)
    assert fields["title"] == "Un inventario"
    assert fields["container_title"] == "Ateneo Trevigiano"
    assert fields["volume"] == "XXXIV"
    assert fields["page"] == "45–67"
    assert fields["issued"].year == 1961


def test_editors_lose_their_role_words() -> None:
    fields = _read([("a", "editor"), ("cura", "editor"), ("di", "editor"), ("G.", "editor"),
                    ("Borelli,", "editor"), ("Verona", "place")])  # fmt: skip
    assert fields["editor"] == (Name(family="Borelli", given="G."),)
    assert fields["publisher_place"] == "Verona"


@pytest.mark.parametrize(
    ("numbering", "volume", "issue", "year"),
    [
        ("vol. XIX,", "XIX", None, None),
        ("12 (1965),", "12", None, 1965),
        ("12/3:", "12", "3", None),
        ("44. Jg., Heft 5", "44", "5", None),
        ("t. 36 (1888).", "36", None, 1888),
    ],
)
def test_numbering(numbering: str, volume: str, issue: str | None, year: int | None) -> None:
    fields: dict[str, object] = {}
    stretches._numbering(numbering, fields)
    assert fields.get("volume") == volume
    assert fields.get("issue") == issue
    issued = fields.get("issued")
    assert (issued.year if issued else None) == year  # type: ignore[attr-defined]


def test_an_archival_reference_keeps_its_location_whole() -> None:
    fields = _read([("ASV,", "archive"), ("Senato,", "archive_location"),
                    ("reg.", "archive_location"), ("12,", "archive_location"),
                    ("c.", "archive_location"), ("34r.", "archive_location")])  # fmt: skip
    assert fields["archive"] == "ASV"
    assert fields["archive_location"] == "Senato, reg. 12, c. 34r"


@given(st.lists(st.sampled_from(tagger.LABELS), max_size=30), st.text(max_size=120))
def test_any_labelling_reads_without_raising(labels: list[str], text: str) -> None:
    spans = tagger.tokenise(text)[: len(labels)]
    stretches.fields_from_labels(text, spans, labels[: len(spans)])


def test_an_archival_list_entry_with_no_function_word_is_archival() -> None:
    # LinkedBooks valid: "Miste: Reg. 1 - 43", a fonds in an archival list
    labels = ["archive_location"] * 5
    tokens = ["Miste:", "Reg.", "1", "-", "43"]
    assert stretches.is_archival(labels, "x", tokens)
    assert stretches.is_archival(labels, "it")
    assert not stretches.is_archival(labels, "en", tokens)
    # no telling language and no archival word: a web page's title, say
    assert not stretches.is_archival(labels[:3], "x", ["Canada", "Provinces.", "Statoids.com"])
    assert not stretches.is_archival(["title", "title", "archive_location"], "x", tokens)


@pytest.mark.parametrize(
    ("numbering", "volume"),
    [
        # LinkedBooks valid: OCR prints "vol." as "voi." and III as "Ill"
        ("voi. II,", "II"),
        ("vol. Ill,", "Ill"),
        ("voi VII:", "VII"),
    ],
)
def test_ocr_volume_labels_and_numerals(numbering: str, volume: str) -> None:
    text = "Storia di Venezia, " + numbering
    spans = tagger.tokenise(text)
    labels = ["title"] * 3 + ["volume"] * (len(spans) - 3)
    assert stretches.fields_from_labels(text, spans, labels)["volume"] == volume


def test_a_title_stretch_that_runs_into_its_container_is_split_at_in() -> None:
    # ../shared/cases/parser (de), as if the tagger had read title and container as one title
    text = "Weber, Anna: Die Stadtwerke, in: Zeitschrift für Kommunalwirtschaft, Jg. 61"
    spans = tagger.tokenise(text)
    labels = ["author", "author"] + ["title"] * 6 + ["volume", "volume"]
    fields = stretches.fields_from_labels(text, spans, labels)
    assert fields["title"] == "Die Stadtwerke"
    assert fields["container_title"] == "Zeitschrift für Kommunalwirtschaft"
    # an "in" inside a title joins nothing
    text = "Rossi, La questione del giacobinismo in Italia, Roma 1988."
    spans = tagger.tokenise(text)
    labels = ["author"] + ["title"] * 6 + ["place", "date"]
    fields = stretches.fields_from_labels(text, spans, labels)
    assert fields["title"] == "La questione del giacobinismo in Italia"
    assert "container_title" not in fields


def test_editors_after_in_and_before_a_portuguese_role() -> None:
    """ABNT ``In: ROSSI, Anna (org.).`` and Vancouver ``In: di Nolfo U, editor.``."""
    fields = _read([("In:", "editor"), ("ROSSI,", "editor"), ("Anna", "editor"),
                    ("(org.).", "editor"), ("Paz.", "container")])  # fmt: skip
    assert fields["editor"] == (Name(family="ROSSI", given="Anna"),)
    fields = _read([("In:", "editor"), ("di", "editor"), ("Nolfo", "editor"), ("U,", "editor"),
                    ("editor.", "editor"), ("State.", "container")])  # fmt: skip
    assert fields["editor"] == (Name(family="Nolfo", given="U", particle="di"),)


def test_an_issue_is_the_number_after_its_label() -> None:
    """A stretch ``(813), Nr. 11`` (a damaged year before the issue) gives ``11``, a piece
    of the text, not ``(813),11``; Spanish ``núm.`` is a label too."""
    fields = _read([("13", "volume"), ("(813),", "issue"), ("Nr.", "issue"), ("11,", "issue")])
    assert fields["issue"] == "11"
    assert _read([("núm.", "issue"), ("9,", "issue")])["issue"] == "9"


def test_pages_lose_brackets_and_spanish_labels() -> None:
    """APA's ``(pp. 865–883)`` after the book's title; Spanish ``pág. 268``."""
    assert _read([("(pp.", "pages"), ("865–883).", "pages")])["page"] == "865–883"
    assert _read([("pág.", "pages"), ("268.", "pages")])["page"] == "268"


def test_a_quoted_title_read_with_its_journal_is_split() -> None:
    """A container stretch ``«Sociedad en cultura», Ayer`` and no title: Spanish, Italian and
    French notes quote the article's title, then name the journal."""
    fields = _read([("«Sociedad", "container"), ("en", "container"), ("cultura»,", "container"),
                    ("Ayer,", "container"), ("vol.", "volume"), ("119", "volume")])  # fmt: skip
    assert (fields["title"], fields["container_title"]) == ("Sociedad en cultura", "Ayer")
    fields = _read([("Un", "title"), ("inventario,", "title"), ("«Ateneo", "container"),
                    ("Trevigiano»,", "container"), ("XXXIV", "volume")])  # fmt: skip
    assert (fields["title"], fields["container_title"]) == ("Un inventario", "Ateneo Trevigiano")


def test_a_sentence_in_a_container_stretch_with_no_title_is_the_title() -> None:
    """APA ``Memory. Il Manifesto. https://…`` labelled container throughout."""
    fields = _read([("Memory.", "container"), ("Il", "container"), ("Manifesto.", "container")])
    assert (fields["title"], fields["container_title"]) == ("Memory", "Il Manifesto")


def test_editors_end_at_their_closing_role() -> None:
    """ABNT ``In: DUBOIS, Michelle (org.). Exílio.`` with the book labelled editor too: the
    book after ``(org.).`` is no editor."""
    fields = _read([("In:", "editor"), ("DUBOIS,", "editor"), ("Michelle", "editor"),
                    ("(org.).", "editor"), ("Exílio.", "editor")])  # fmt: skip
    assert fields["editor"] == (Name(family="DUBOIS", given="Michelle"),)
