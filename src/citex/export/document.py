"""A :class:`~citex.records.Document` as the JSON object ``citex extract --format json`` prints."""

from __future__ import annotations

from typing import Any

from citex.records import Document


def document_to_json(doc: Document) -> dict[str, Any]:
    """The markers and notes of ``doc`` as plain JSON data.

    Markers are ``{"label", "start", "end", "note"}`` (``note`` indexes ``notes`` or is
    ``null``); notes are ``{"label", "start", "end", "text", "segments", "markers", "article"}``
    with ``segments`` as ``[start, end]`` pairs. Offsets index the decoded input text.

    Args:
        doc: What citex found in one text.

    Returns:
        A dict ready for :func:`json.dumps`.
    """
    return {
        "markers": [
            {"label": m.label, "start": m.span.start, "end": m.span.end, "note": m.note}
            for m in doc.markers
        ],
        "notes": [
            {
                "label": n.label,
                "start": n.span.start,
                "end": n.span.end,
                "text": n.text,
                "segments": [[s.start, s.end] for s in n.segments],
                "markers": list(n.markers),
                "article": n.article,
            }
            for n in doc.notes
        ],
    }
