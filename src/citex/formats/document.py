"""A :class:`~citex.records.Document` as the JSON object ``citex extract --format json`` prints."""

from __future__ import annotations

from typing import Any

from citex.formats.csl import reference_to_csl, to_csl_json
from citex.records import Citation, Document, Reference


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


def citation_to_json(citation: Citation) -> dict[str, Any]:
    """One citation as JSON data.

    ``{"kind", "raw", "start", "end", "note", "section", "locator", "work", "unresolved"}``:
    ``locator`` is ``{"label", "value"}`` or ``null``; ``work`` is the id of an item of
    ``works`` or ``null``, and then ``unresolved`` says why.
    """
    locator = citation.locator
    return {
        "kind": citation.kind,
        "raw": citation.raw,
        "start": citation.span.start,
        "end": citation.span.end,
        "note": citation.note,
        "section": citation.section,
        "locator": {"label": locator.label, "value": locator.value} if locator else None,
        "work": citation.work,
        "unresolved": citation.unresolved,
    }


def extraction_to_json(doc: Document) -> dict[str, Any]:
    """Everything ``citex extract --format json`` prints for one text.

    ``document`` is the CSL-JSON item of the text itself (or ``null``), ``markers`` and
    ``notes`` as :func:`document_to_json` gives them, ``citations`` as
    :func:`citation_to_json` gives them, and ``works`` the cited works as CSL-JSON items
    whose ``id`` is the citekey citations point to.

    Args:
        doc: What :func:`citex.extract` found in one text.

    Returns:
        A dict ready for :func:`json.dumps`.
    """
    return {
        "document": reference_to_csl(doc.self_record) if doc.self_record else None,
        **document_to_json(doc),
        "citations": [citation_to_json(c) for c in doc.citations],
        "works": to_csl_json(doc.works),
    }


def extraction_to_text(doc: Document) -> str:
    """A readable summary of one text's extraction: counts, works, then citations by note."""
    unresolved = sum(1 for c in doc.citations if c.work is None)
    lines = [
        f"{len(doc.markers)} markers, {len(doc.notes)} notes, {len(doc.citations)} citations, "
        f"{len(doc.works)} works, {unresolved} unresolved"
    ]
    if doc.self_record is not None:
        lines.append(f"document: {_describe(doc.self_record)}")
    counts: dict[str, int] = {}
    for citation in doc.citations:
        if citation.work:
            counts[citation.work] = counts.get(citation.work, 0) + 1
    if doc.works:
        lines.append("works:")
        lines += [
            f"  [{w.id}] {_describe(w)} (cited {counts.get(w.id or '', 0)}x)" for w in doc.works
        ]
    if doc.citations:
        lines.append("citations:")
    for citation in doc.citations:
        where = (
            f"note {doc.notes[citation.note].label}"
            if citation.note is not None
            else citation.section
        )
        locator = f" {citation.locator.label} {citation.locator.value}" if citation.locator else ""
        target = f"-> {citation.work}" if citation.work else f"unresolved: {citation.unresolved}"
        lines.append(f"  {where}: {citation.kind} {citation.raw!r}{locator} {target}")
    return "\n".join(lines) + "\n"


def _describe(ref: Reference) -> str:
    """``Family, Given. Title. Container. Year.`` as far as known; the raw text otherwise."""
    names = "; ".join(
        n.literal or ", ".join(p for p in (n.family, n.given) if p)
        for n in ref.author or ref.editor
    )
    year = str(ref.issued.year) if ref.issued and ref.issued.year else None
    parts = [
        p.rstrip(".") for p in (names, ref.title, ref.container_title, ref.publisher, year) if p
    ]
    return ". ".join(parts) + "." if parts else repr(ref.raw or "")
