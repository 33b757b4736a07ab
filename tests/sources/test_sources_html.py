"""HTML note markup of every kind the issue names, read into markers and notes."""

from __future__ import annotations

import pytest

from citex.sources.html import parse_html, read_html


def notes_of(markup: str) -> list[tuple[str, str, tuple[int, ...]]]:
    """(label, text, markers) of each note read from ``markup``."""
    return [(n.label, n.text, n.markers) for n in read_html(markup).notes]


@pytest.mark.parametrize(
    "markup",
    [
        pytest.param(
            '<p>Text.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref">'
            '<sup>1</sup></a></p><section class="footnotes" role="doc-endnotes"><hr/><ol>'
            '<li id="fn1"><p>Marx, Capital.<a href="#fnref1" class="footnote-back" '
            'role="doc-backlink">↩︎</a></p></li></ol></section>',
            id="pandoc",
        ),
        pytest.param(
            '<p>Text.<a epub:type="noteref" href="#n1">1</a></p>'
            '<aside epub:type="footnote" id="n1"><p>Marx, Capital.</p></aside>',
            id="epub-type",
        ),
        pytest.param(
            '<p>Text.<a role="doc-noteref" href="#n1">[1]</a></p>'
            '<div role="doc-endnotes"><div role="doc-endnote" id="n1">Marx, Capital.</div></div>',
            id="dpub-aria",
        ),
        pytest.param(
            '<p class=MsoNormal>Text.<a style="mso-footnote-id:ftn1" href="#_ftn1" '
            'name="_ftnref1" title=""><span class=MsoFootnoteReference>[1]</span></a></p>'
            '<div style="mso-element:footnote-list"><div style="mso-element:footnote" id=ftn1>'
            '<p class=MsoFootnoteText><a style="mso-footnote-id:ftn1" href="#_ftnref1" '
            'name="_ftn1" title=""><span class=MsoFootnoteReference>[1]</span></a> Marx, '
            "Capital.</p></div></div>",
            id="word",
        ),
        pytest.param(
            '<p>Text.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a>'
            '</sup></p><h2>References</h2><ol class="references"><li id="cite_note-1">'
            '<span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> '
            '<span class="reference-text">Marx, Capital.</span></li></ol>',
            id="wikipedia",
        ),
        pytest.param(
            '<p>Text.<sup><a href="#n1">1</a></sup></p><p id="n1">1. Marx, Capital.</p>',
            id="plain-sup-link",
        ),
    ],
)
def test_note_markup_gives_the_note_and_its_marker(markup: str) -> None:
    source = read_html(markup)
    assert notes_of(markup) == [("1", "Marx, Capital.", (0,))]
    (marker,) = source.markers
    assert (marker.label, marker.note) == ("1", 0)
    assert source.text.startswith("Text.[^1]")
    assert "↩" not in source.text and "^ Marx" not in source.text


def test_a_note_cited_twice_links_both_markers() -> None:
    markup = (
        '<p>One<a href="#n1" role="doc-noteref">1</a> and again<a href="#n1" '
        'role="doc-noteref">1</a>.</p><aside id="n1" epub:type="footnote">Ibid.</aside>'
    )
    source = read_html(markup)
    assert [m.note for m in source.markers] == [0, 0]
    assert source.notes[0].markers == (0, 1)


def test_a_notes_paragraphs_are_kept() -> None:
    markup = (
        '<p>Text<a href="#n1" role="doc-noteref">1</a></p><aside epub:type="footnote" id="n1">'
        "<p>First  paragraph.</p><p>Second\nparagraph.</p></aside>"
    )
    (note,) = read_html(markup).notes
    assert note.text == "First paragraph.\n\nSecond paragraph."
    source = read_html(markup)
    assert [s.slice(source.text) for s in note.segments] == [
        "First paragraph.",
        "Second paragraph.",
    ]


def test_sup_without_link_is_left_to_the_plain_text_finder() -> None:
    source = read_html("<p>Text.<sup>12</sup></p><p>12 Marx, Capital.</p>")
    assert not source.notes_encoded
    assert "Text.¹²" in source.text


def test_back_links_of_a_sup_link_are_not_markers() -> None:
    markup = (
        '<p>Text<sup id="r1"><a href="#n1">1</a></sup></p>'
        '<p id="n1"><sup><a href="#r1">^</a></sup> Note one.</p>'
    )
    assert notes_of(markup) == [("1", "Note one.", (0,))]


def test_headings_script_and_entities() -> None:
    source = read_html(
        "<html><head><title>T</title><style>p{}</style></head><body><h2>Part &amp; whole</h2>"
        "<script>if (a < b) {}</script><p>caf&eacute; &#8212; ok</p></body></html>"
    )
    assert source.text == "## Part & whole\n\ncafé — ok"
    assert not source.notes_encoded


def test_parse_html_closes_what_html_leaves_open() -> None:
    root = parse_html("<ul><li>one<li>two</ul><p>a<p>b")
    (ul, p1, p2) = [c for c in root.children if not isinstance(c, str)]
    assert [li.text() for li in ul.children if not isinstance(li, str)] == ["one", "two"]
    assert (p1.text(), p2.text()) == ("a", "b")
