"""DOCX and ODT note markup: numbering, custom marks, endnotes, paragraphs."""

from __future__ import annotations

import io
import zipfile

from citex.sources import read_source

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx(body: str, footnotes: str = "", endnotes: str = "", settings: str = "") -> bytes:
    """A minimal DOCX with these parts (XML inside the root elements)."""
    parts = {
        "word/document.xml": f"<w:document {W}><w:body>{body}</w:body></w:document>",
        "word/footnotes.xml": f"<w:footnotes {W}>{footnotes}</w:footnotes>",
        "word/endnotes.xml": f"<w:endnotes {W}>{endnotes}</w:endnotes>",
        "word/settings.xml": f"<w:settings {W}>{settings}</w:settings>",
    }
    return _zip(parts)


def _zip(parts: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return out.getvalue()


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def note(kind: str, number: int, *paragraphs: str) -> str:
    ref = f"<w:r><w:{kind}Ref/></w:r>"
    body = "".join(f"<w:p>{ref if i == 0 else ''}{run(p)}</w:p>" for i, p in enumerate(paragraphs))
    return f'<w:{kind} w:id="{number}">{body}</w:{kind}>'


SEPARATOR = (
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
)


def test_docx_footnotes_endnotes_and_a_custom_mark() -> None:
    body = (
        "<w:p>"
        + run("One.")
        + '<w:r><w:footnoteReference w:id="2"/></w:r>'
        + run(" Two.")
        + '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="3"/><w:t>*</w:t></w:r>'
        + run(" Three.")
        + '<w:r><w:endnoteReference w:id="4"/></w:r>'
        + '<w:r><w:footnoteReference w:id="5"/></w:r>'
        + "</w:p>"
        + '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>'
        + "<w:del><w:r><w:delText>gone</w:delText></w:r></w:del>"
        + run("Notes")
        + "</w:p>"
    )
    footnotes = (
        SEPARATOR
        + note("footnote", 2, " Marx, Capital.", "Second paragraph.")
        + note("footnote", 3, " Custom.")
        + note("footnote", 5, " Ibid.")
    )
    source = read_source(docx(body, footnotes, note("endnote", 4, " An endnote.")), name="t.docx")
    assert [(n.label, n.text) for n in source.notes] == [
        ("1", "Marx, Capital.\n\nSecond paragraph."),
        ("*", "Custom."),
        ("i", "An endnote."),
        ("2", "Ibid."),
    ]
    assert source.text.startswith("One.[^1] Two.[^*] Three.[^i][^2]\n\nNotes\n\n[^1]: Marx")
    assert [m.note for m in source.markers] == [0, 1, 2, 3]


def test_docx_number_formats_from_settings() -> None:
    body = "<w:p>" + run("A.") + '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
    settings = '<w:footnotePr><w:numFmt w:val="lowerLetter"/></w:footnotePr>'
    source = read_source(docx(body, note("footnote", 1, "Note."), settings=settings), name="t")
    assert [n.label for n in source.notes] == ["a"]


ODT = (
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
    "{}</office:text></office:body></office:document-content>"
)


def odt(content: str) -> bytes:
    return _zip(
        {
            "mimetype": "application/vnd.oasis.opendocument.text",
            "content.xml": ODT.format(content),
        }
    )


def test_odt_notes_with_citations_and_custom_labels() -> None:
    content = (
        '<text:h text:outline-level="1">Title</text:h><text:p>One<text:s text:c="2"/>two.'
        '<text:note text:id="ftn0" text:note-class="footnote"><text:note-citation>1'
        "</text:note-citation><text:note-body><text:p>Marx, <text:span>Capital</text:span>."
        "</text:p><text:p>More.</text:p></text:note-body></text:note> Three."
        '<text:note text:note-class="endnote"><text:note-citation text:label="†">†'
        "</text:note-citation><text:note-body><text:p>Dagger.</text:p></text:note-body>"
        "</text:note></text:p>"
    )
    source = read_source(odt(content), name="t.odt")
    assert source.format == "odt"
    assert [(n.label, n.text) for n in source.notes] == [
        ("1", "Marx, Capital.\n\nMore."),
        ("†", "Dagger."),
    ]
    assert source.text.startswith("# Title\n\nOne two.[^1] Three.[^†]\n\n[^1]: Marx, Capital.")
