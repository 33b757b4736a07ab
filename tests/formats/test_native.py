"""citex's own JSON: record field names, nested records, unset fields left out."""

from __future__ import annotations

import json

from citex.formats.native import record_to_json, to_native_json
from citex.records import Date, Document, Locator, Name, Note, Reference, Span


def test_reference_keeps_citex_fields_by_name() -> None:
    ref = Reference(
        type="book",
        author=[Name(family="Serge", given="Victor")],
        title="Carnets",
        issued=Date(year=1985),
        locator=Locator(label="page", value="126"),
        span=Span(start=5, end=40),
        related=[Reference(title="Notebooks", issued=Date(year=2019))],
    )
    assert record_to_json(ref) == {
        "type": "book",
        "author": [{"family": "Serge", "given": "Victor"}],
        "title": "Carnets",
        "issued": {"year": 1985, "circa": False},
        "locator": {"label": "page", "value": "126"},
        "same_author_as_previous": False,
        "related": [
            {
                "type": "document",
                "title": "Notebooks",
                "issued": {"year": 2019, "circa": False},
                "same_author_as_previous": False,
                "confidence": 1.0,
            }
        ],
        "span": {"start": 5, "end": 40},
        "confidence": 1.0,
    }


def test_documents_serialise_to_json() -> None:
    note = Note(
        label="1", span=Span(start=0, end=9), text="Ibid., 3.", segments=[Span(start=0, end=9)]
    )
    [data] = to_native_json([Document(notes=[note])])
    assert json.loads(json.dumps(data)) == {
        "notes": [
            {
                "label": "1",
                "span": {"start": 0, "end": 9},
                "text": "Ibid., 3.",
                "segments": [{"start": 0, "end": 9}],
                "article": 0,
            }
        ]
    }
